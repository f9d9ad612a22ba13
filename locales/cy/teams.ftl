# Machine translation; to be reviewed by a native speaker.
## Microsoft Teams: what the adapter adds to Haven's messages.

teams-answer-label = Eich ateb
teams-answer-placeholder = Ysgrifennwch eich ateb yma. Nid yw'n ymddangos yn y sgwrs.
teams-answer-send = Anfon fy ateb
teams-answer-length = Ysgrifennwch rhwng { $min } a { $max } nod.
teams-answer-received = Ateb wedi dod i law.

teams-app-short = Pryderon diogelu, polisïau a negeseuon ysgol
teams-app-full = Mae Haven yn dod â pholisi diogelwch ar-lein yr ysgol i Teams: rhoi gwybod am bryder yn breifat, darllen a llofnodi'r Polisi Defnydd Derbyniol, a chael manylion ffrydiau byw a nodiadau atgoffa'r ysgol mewn sgwrs breifat.
teams-package-no-app-id = Mae'r pecyn yn enwi'r bot: gosodwch [teams] app_id (neu HAVEN_TEAMS__APP_ID) yn gyntaf.
teams-package-https = Dim ond cyfeiriadau HTTPS y mae Teams yn eu derbyn yn y pecyn: { $value }
teams-package-written = Mae pecyn ap Teams yn { $value }. Llwythwch ef i fyny yng nghanolfan weinyddu Teams (Rheoli apiau, Llwytho ap newydd i fyny).
