# Machine translation; to be reviewed by a native speaker.
## Discord: gorchmynion slaes. Nid yw Cymraeg yn un o ieithoedd Discord, felly mae'r enwau'n
## aros yn Saesneg; defnyddir y disgrifiadau gan Haven yn unig.

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

discord-cmd-case = Agor achos a chofnodi beth ddigwyddodd
discord-cmd-link = Cysylltu'r cyfrif Discord hwn â'ch cod gan swyddfa'r ysgol
discord-cmd-unlink = Datgysylltu'r cyfrif Discord hwn
discord-cmd-back = Mynd yn ôl i'r cwestiwn blaenorol

discord-opt-case = Cyfeirnod yr achos, yna beth i'w wneud
discord-opt-language = Yr iaith i'w defnyddio (English, Cymraeg, Polski, العربية)
discord-opt-code = Eich cod cysylltu, fel ABCD-EFGH-JKMN
