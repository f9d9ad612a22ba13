# Machine translation; to be reviewed by a native speaker.
## Discord: polecenia z ukośnikiem. Nazwy: 1–32 małe litery, cyfry, "-" lub "_".

discord-name-concern = zgłoszenie
discord-name-cases = sprawy
discord-name-case = sprawa
discord-name-whoami = kim-jestem
discord-name-language = język
discord-name-link = połącz
discord-name-unlink = odłącz
discord-name-help = pomoc
discord-name-back = wstecz
discord-name-cancel = anuluj
discord-name-aup = regulamin
discord-name-stream = transmisja
discord-name-streams = transmisje
discord-name-broadcast = komunikat
discord-name-campaign = kampania
discord-name-optout = wypisz-mnie
discord-name-optin = zapisz-mnie


discord-opt-case = Numer sprawy, a potem co zrobić
discord-opt-language = Język (English, Cymraeg, Polski, العربية)
discord-opt-code = Twój kod, np. ABCD-EFGH-JKMN
discord-opt-aup = Puste: Twoje zasady; albo report lub publish (koordynator bezpieczeństwa w sieci)
discord-opt-cases = Puste: sprawy otwarte; closed: zamknięte
discord-opt-stream = Puste: pomoc; albo new, report ID, time ID …, rotate ID, cancel ID, log
discord-opt-broadcast = Puste: nowa wiadomość; albo status, status ID, cancel ID
discord-opt-campaign = sid; potem date RRRR-MM-DD, theme i temat albo confirm

## Odpowiedzi pisane w oknie: tytuły i etykiety do 45 znaków.

discord-write-button = Napisz odpowiedź
discord-write-title = Napisz swoją odpowiedź
discord-write-label = Twoja odpowiedź
discord-write-placeholder = Nic, co tu napiszesz, nie zostanie w tym czacie.
discord-write-stale = Ten przycisk należy do wcześniejszego pytania. Odpowiedz na najnowsze pytanie albo wpisz odpowiedź jako wiadomość.
discord-name-report = raport
discord-opt-report = Zostaw puste dla bieżącego roku szkolnego; lub dwie daty, OD DO (RRRR-MM-DD)
