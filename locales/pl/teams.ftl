# Microsoft Teams: what the adapter adds to Haven's messages.

teams-answer-label = Twoja odpowiedź
teams-answer-placeholder = Napisz tutaj swoją odpowiedź. Nie pojawi się na czacie.
teams-answer-send = Wyślij odpowiedź
teams-answer-length = Napisz od { $min } do { $max } znaków.
teams-answer-received = Odpowiedź otrzymana.

teams-app-short = Zgłoszenia dotyczące ochrony, zasady i wiadomości szkolne
teams-app-full = Haven przenosi zasady bezpieczeństwa w sieci szkoły do Teams: prywatne zgłaszanie obaw, czytanie i podpisywanie Zasad dopuszczalnego użytkowania oraz otrzymywanie danych transmisji na żywo i przypomnień szkolnych na czacie prywatnym.
