## Discord: slash commands and their options. Command names must be 1–32 lower-case letters,
## digits, "-" or "_"; descriptions at most 100 characters.

discord-name-concern = concern
discord-name-cases = cases
discord-name-case = case
discord-name-whoami = whoami
discord-name-language = language
discord-name-link = link
discord-name-unlink = unlink
discord-name-help = help
discord-name-back = back
discord-name-cancel = cancel
discord-name-aup = aup
discord-name-stream = stream
discord-name-streams = streams
discord-name-broadcast = broadcast
discord-name-campaign = campaign
discord-name-optout = optout
discord-name-optin = optin


discord-opt-case = The case reference, then what to do
discord-opt-language = The language to use (English, Cymraeg, Polski, العربية)
discord-opt-code = Your link code, like ABCD-EFGH-JKMN
discord-opt-aup = Leave empty to see your policies; report or publish (online safety lead)
discord-opt-cases = Leave empty for open cases; closed for the closed ones
discord-opt-stream = Leave empty for help; or new, report ID, time ID …, rotate ID, cancel ID, log
discord-opt-broadcast = Leave empty to write one; or status, status ID, cancel ID
discord-opt-campaign = sid; then date YYYY-MM-DD, theme and the theme, or confirm

## Typed answers written in a modal: titles and labels at most 45 characters, the
## placeholder at most 100.

discord-write-button = Write my answer
discord-write-title = Write your answer
discord-write-label = Your answer
discord-write-placeholder = Nothing you write here stays in this chat.
discord-write-stale = That button belongs to an earlier question. Please answer the newest question, or type your answer as a message.
discord-name-report = report
discord-opt-report = Leave empty for the school year so far; or two dates, FROM TO (YYYY-MM-DD)
