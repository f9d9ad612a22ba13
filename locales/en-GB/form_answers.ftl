## Answers written for one question outside the chat (on Discord, in a modal), when that
## question has moved on. The text comes back only to its writer, in their private chat.

form-answer-moved-on = The question you wrote this for has moved on (it was answered another way, changed or closed), so I have not saved your answer anywhere. Here is what you wrote, so nothing is lost:
    { $text }
