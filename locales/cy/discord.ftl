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
discord-name-aup = aup
discord-name-stream = stream
discord-name-streams = streams
discord-name-broadcast = broadcast
discord-name-campaign = campaign
discord-name-optout = optout
discord-name-optin = optin


discord-opt-case = Cyfeirnod yr achos, yna beth i'w wneud
discord-opt-language = Yr iaith i'w defnyddio (English, Cymraeg, Polski, العربية)
discord-opt-code = Eich cod cysylltu, fel ABCD-EFGH-JKMN
discord-opt-aup = Gadewch yn wag i weld eich polisïau; report neu publish (arweinydd diogelwch ar-lein)
discord-opt-cases = Gadewch yn wag am achosion agored; closed am y rhai sydd wedi cau
discord-opt-stream = Gadewch yn wag am help; neu new, report ID, time ID …, rotate ID, cancel ID, log
discord-opt-broadcast = Gadewch yn wag i ysgrifennu un; neu status, status ID, cancel ID
discord-opt-campaign = sid; yna date BBBB-MM-DD, theme a'r thema, neu confirm

## Atebion wedi'u hysgrifennu mewn ffenestr: teitlau a labeli hyd at 45 nod.

discord-write-button = Ysgrifennu fy ateb
discord-write-title = Ysgrifennwch eich ateb
discord-write-label = Eich ateb
discord-write-placeholder = Ni fydd dim a ysgrifennwch yma'n aros yn y sgwrs hon.
discord-write-stale = Mae'r botwm hwnnw'n perthyn i gwestiwn cynharach. Atebwch y cwestiwn diweddaraf, neu teipiwch eich ateb fel neges.
discord-name-report = report
discord-opt-report = Gadewch yn wag am y flwyddyn ysgol hyd yma; neu ddau ddyddiad, O HYD (BBBB-MM-DD)
