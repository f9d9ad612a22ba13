# Machine translation; to be reviewed by a native speaker.
## Microsoft Teams: what the adapter adds to Haven's messages.

teams-answer-label = Twoja odpowiedź
teams-answer-placeholder = Napisz tutaj swoją odpowiedź. Nie pojawi się na czacie.
teams-answer-send = Wyślij odpowiedź
teams-answer-length = Napisz od { $min } do { $max } znaków.
teams-answer-received = Odpowiedź otrzymana.

teams-app-short = Zgłoszenia dotyczące ochrony, zasady i wiadomości szkolne
teams-app-full = Haven przenosi zasady bezpieczeństwa w sieci szkoły do Teams: prywatne zgłaszanie obaw, czytanie i podpisywanie Zasad dopuszczalnego użytkowania oraz otrzymywanie danych transmisji na żywo i przypomnień szkolnych na czacie prywatnym.
teams-package-no-app-id = Pakiet wskazuje bota: najpierw ustaw [teams] app_id (lub HAVEN_TEAMS__APP_ID).
teams-package-https = Teams przyjmuje w pakiecie tylko adresy HTTPS: { $value }
teams-package-written = Pakiet aplikacji Teams jest w { $value }. Prześlij go w centrum administracyjnym Teams (Zarządzaj aplikacjami, Przekaż nową aplikację).
