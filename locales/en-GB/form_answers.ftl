## Answers written for one question outside the chat (on Discord, in a modal), when that
## question has moved on. The text comes back only to its writer, in their private chat.

form-answer-moved-on = The question you wrote this for has moved on (it was answered another way, changed or closed), so I have not saved your answer anywhere. Here is what you wrote, so nothing is lost:
    { $text }

## A sensitive answer that was refused (too long, too short) is removed from the chat like an
## accepted one; its writer gets it back for ten minutes, to correct it.

form-answer-refused-given-back = I have removed your answer from the chat. Here is what you wrote, so you can correct it; this message is removed in 10 minutes:
    { $text }
