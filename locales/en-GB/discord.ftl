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

discord-cmd-case = Open a case and record what happened
discord-cmd-link = Link this Discord account with your code from the school office
discord-cmd-unlink = Unlink this Discord account
discord-cmd-back = Go back to the previous question

discord-opt-case = The case reference, then what to do
discord-opt-language = The language to use (English, Cymraeg, Polski, العربية)
discord-opt-code = Your link code, like ABCD-EFGH-JKMN
