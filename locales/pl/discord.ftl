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

discord-cmd-case = Otwórz sprawę i zapisz, co się wydarzyło
discord-cmd-link = Połącz to konto Discord za pomocą kodu z sekretariatu szkoły
discord-cmd-unlink = Odłącz to konto Discord
discord-cmd-back = Wróć do poprzedniego pytania

discord-opt-case = Numer sprawy, a potem co zrobić
discord-opt-language = Język (English, Cymraeg, Polski, العربية)
discord-opt-code = Twój kod, np. ABCD-EFGH-JKMN
