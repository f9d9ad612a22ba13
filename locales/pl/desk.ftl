# Machine translation; to be reviewed by a native speaker.
## Haven — biurko spraw: logowanie z czatu i strony biurka (pl).

## /desk na czacie

cmd-desk = Zaloguj się do biurka spraw
discord-name-desk = biurko
desk-link = Twój link do logowania do biurka spraw. Działa raz, tylko dla Ciebie, przez { $minutes } min. Nie przekazuj go dalej.
    { $url }
desk-private-only = Wyślij /desk w prywatnym czacie ze mną, nie w grupie.
desk-off = Biurko spraw nie jest włączone w tej szkole.
desk-not-for-you = Biurko spraw jest dla pracowników, wolontariuszy i członków rady szkoły.
desk-link-too-many = W ciągu ostatniej godziny poprosiłeś(-aś) o kilka linków do logowania. Użyj ostatniego albo spróbuj później.

## Strona wokół wszystkiego

desk-name = Biurko spraw Haven
desk-skip = Przejdź do treści
desk-nav = Biurko spraw
desk-nav-open = Otwarte sprawy
desk-nav-closed = Zamknięte sprawy
desk-nav-search = Szukaj
desk-nav-access = Dziennik dostępu
desk-nav-export = Eksport akt
desk-nav-dashboard = Panel dla członków rady
desk-signed-in-as = Zalogowano jako { $name }
desk-sign-out = Wyloguj
desk-failed-title = Coś poszło nie tak
desk-failed = Nic nie zostało zmienione. Spróbuj ponownie. Jeśli to się powtórzy, podaj ten numer osobie, która prowadzi Haven: { $reference }

## Logowanie i wylogowanie

desk-signed-out-title = Zaloguj się do biurka spraw
desk-signed-out = Aby się zalogować, wyślij /desk do Haven w prywatnym czacie i otwórz przesłany link. Linki działają raz i przez pięć minut.
desk-signin-title = Zaloguj się do biurka spraw
desk-signin-intro = Ten link loguje Cię jeden raz. Naciśnij przycisk, aby kontynuować.
desk-signin-button = Zaloguj się
desk-link-refused-title = Tego linku do logowania nie można użyć
desk-link-used = Ten link został już użyty. Każdy link loguje tylko raz.
desk-link-expired = Ten link wygasł. Linki działają przez pięć minut.
desk-link-unknown = Ten link jest nieprawidłowy.
desk-link-again = Wyślij /desk do Haven w prywatnym czacie, aby dostać nowy link.
desk-forbidden-title = Nie przyjęto
desk-forbidden = Nie udało się sprawdzić tego formularza, więc nic nie zostało zmienione. Wróć, odśwież stronę i spróbuj ponownie.
desk-signed-out-done-title = Wylogowano
desk-signed-out-done = Wylogowano z biurka spraw. Wyślij /desk do Haven, aby zalogować się ponownie.

## Listy spraw

desk-open-title = Otwarte sprawy
desk-no-cases = Nie ma tu spraw dla Ciebie.
desk-col-ref = Numer
desk-col-urgency = Pilność
desk-col-status = Status
desk-col-reported = Zgłoszono
desk-col-acknowledged = Potwierdzono
desk-not-acknowledged = Niepotwierdzona
desk-closed-title = Zamknięte sprawy
desk-ago-days = { $n ->
        [one] 1 dzień temu
       *[other] { $n } dni temu
    }
desk-ago-hours = { $n ->
        [one] 1 godzinę temu
       *[other] { $n } godz. temu
    }
desk-ago-minutes = { $n ->
        [one] 1 minutę temu
       *[other] { $n } min temu
    }

## Wyszukiwanie

desk-search-title = Szukaj spraw
desk-search-ref = Numer
desk-search-pupil = Imię i nazwisko ucznia
desk-search-category = Kategoria
desk-search-from = Zgłoszone w dniu lub po
desk-search-to = Zgłoszone w dniu lub przed
desk-search-status = Status
desk-search-any = Dowolna
desk-search-button = Szukaj
desk-search-found = Znalezione sprawy: { $count }

## Dziennik dostępu

desk-access-title = Dziennik dostępu
desk-access-intro = Kto otwierał lub zmieniał prowadzone przez Ciebie sprawy, od najnowszych.
desk-access-none = Dla prowadzonych przez Ciebie spraw nic nie zapisano.
desk-col-when = Kiedy
desk-col-who = Kto
desk-col-what = Co
desk-col-entry = Wpis
desk-audit-view = Wyświetlono
desk-audit-ack = Potwierdzono
desk-audit-entry = Dodano wpis
desk-audit-status = Zmieniono status
desk-audit-close = Zamknięto
desk-audit-hold = Zmieniono blokadę prawną
desk-audit-refused = Próba otwarcia odrzucona
desk-audit-export = Wyeksportowano
desk-audit-report = Zgłoszono
desk-audit-other = Inne

## Jedna sprawa

desk-case-title = Sprawa { $ref }
desk-not-found-title = Nie znaleziono sprawy
desk-not-found = Nie ma takiej sprawy albo nie możesz jej otworzyć.
desk-summary = Podsumowanie
desk-about = Dotyczy
desk-groups = Grupy kategorii
desk-categories = Kategorie
desk-occurred = Kiedy to się stało
desk-place = Gdzie
desk-reported-by = Zgłosił(a)
desk-hold = Blokada prawna
desk-chronology = Chronologia
desk-chronology-hint = W kolejności zapisania wpisów. Każdy pokazuje, kiedy został zapisany i jakiego czasu dotyczy.
desk-referrals = Skierowania
desk-referrals-none = Nie zapisano żadnych skierowań.
desk-review = Wstępna ocena (sexting)
desk-review-entry = Ocena we wpisie #{ $n }
desk-viewed = Kto wyświetlał tę sprawę

## Formularze sprawy

desk-actions = Działania
desk-ack-hint = Potwierdź, że przeczytałeś(-aś) tę sprawę. Zgłaszający i pozostałe osoby prowadzące zostaną powiadomione.
desk-entry-title = Dodaj wpis
desk-entry-reason = Uzasadnienie (wymagane dla decyzji)
desk-entry-agency = Instytucja (dla skierowania)
desk-entry-corrects = Numer poprawianego wpisu (dla poprawki)
desk-entry-when = Kiedy to się stało
desk-entry-when-hint = Zostaw puste, jeśli teraz. Czas lokalny szkoły.
desk-entry-button = Dodaj wpis
desk-status-title = Zmień status
desk-status-button = Zmień status
desk-close-title = Zamknij sprawę
desk-close-button = Zamknij sprawę
desk-reopen-title = Otwórz sprawę ponownie
desk-form-choose-status = Wybierz status. Nic nie zostało zmienione.
desk-form-choose-outcome = Wybierz wynik. Nic nie zostało zmienione.
concern-desk-open = Otwórz w biurku spraw: { $url }
concern-entry-problem-kind = Takiego wpisu nie można tu dodać. Nic nie zapisano.
concern-entry-problem-text = Opisz, co zapisuje wpis (od 2 do 2000 znaków). Nic nie zapisano.
concern-entry-problem-reason = Decyzja wymaga uzasadnienia (od 2 do 1000 znaków). Nic nie zapisano.
concern-entry-problem-agency = Skierowanie wymaga podania instytucji. Nic nie zapisano.
concern-entry-problem-agency-ref = Numer instytucji może mieć najwyżej 100 znaków. Nic nie zapisano.
concern-entry-problem-corrects = Poprawka wymaga numeru poprawianego wpisu. Nic nie zapisano.
concern-entry-problem-future = Czas, którego dotyczy wpis, nie może być w przyszłości. Nic nie zapisano.
concern-entry-problem-when = Nie udało się odczytać tego czasu. Nic nie zapisano.
concern-entry-problem-close-reason = Podaj powód (od 5 do 2000 znaków). Nic nie zostało zmienione.

## Potwierdzenie logowania w czacie (drugi składnik szkoły)

desk-confirm = Ktoś loguje się do biurka spraw jako Ty, przez link wysłany Ci przez Haven. Czy to Ty? Jeśli nic nie zrobisz, logowanie wygaśnie za { $minutes } min.
desk-confirm-yes = Tak, to ja
desk-confirm-no = Nie, to nie ja
desk-confirmed = Dziękujemy: jesteś zalogowany(-a) do biurka spraw. Wróć na stronę i naciśnij Dalej.
desk-confirm-refused = Logowanie zostało zatrzymane i niczego nie pokazuje. Jeśli ktoś inny mógł mieć Twój link do logowania, powiedz o tym swojemu DSL.
desk-confirm-waiting-title = Potwierdź, że to Ty
desk-confirm-waiting = Haven wysłał pytanie do Twojego prywatnego czatu. Naciśnij tam „Tak, to ja”, a potem naciśnij Dalej.
desk-confirm-continue = Dalej
