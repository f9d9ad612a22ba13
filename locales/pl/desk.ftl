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
