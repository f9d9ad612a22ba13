# Machine translation; to be reviewed by a native speaker.

## Haven — core messages (Polish).

## Guided prompts

form-generic-title = formularz
form-intro = Rozpoczynamy: { $title }. Na każdym etapie możesz wpisać /back, aby wrócić, /cancel, aby przerwać, lub /help, aby uzyskać pomoc.
form-help-generic = Odpowiedz, używając przycisków, lub wpisz odpowiedź. /back wraca do poprzedniego pytania, a /cancel przerywa bez zapisywania.
form-help-review = Sprawdź swoje odpowiedzi. Naciśnij „Wyślij”, aby je wysłać, „Zmień odpowiedź”, aby którąś poprawić, lub „Anuluj”, aby przerwać bez zapisywania.
form-back-at-start = To jest pierwsze pytanie, więc nie ma do czego wracać.
form-cannot-skip = To pytanie wymaga odpowiedzi, zanim przejdziemy dalej.
form-use-buttons = Wybierz jeden z przycisków.
form-type-answer = Wpisz odpowiedź w wiadomości.
form-too-many = Możesz wybrać maksymalnie { $max }. Najpierw odznacz jedną z opcji.
form-pick-one = Wybierz co najmniej jedną opcję, a następnie naciśnij „Gotowe”.
form-text-too-long = Liczba znaków: { $length }; limit w tym miejscu to { $max }. Skróć tekst i wyślij go ponownie.
form-text-too-short = Wpisz co najmniej { $min ->
    [one] jeden znak
    [few] { $min } znaki
    [many] { $min } znaków
   *[other] { $min } znaków
}.
form-date-unreadable = Nie udało mi się odczytać tej daty. Spróbuj wpisać „dziś 14:30”, „wczoraj” lub „21/11/2026 09:15”.
form-date-future = Podany czas jest w przyszłości. Podaj, kiedy to się wydarzyło.
form-date-past = Podany czas już minął. Podaj czas w przyszłości.
form-done = Gotowe
form-yes = Tak
form-no = Nie
form-now = Teraz
form-today = Dziś, wcześniej
form-yesterday = Wczoraj
form-time-of-day = O której godzinie w dniu { $date }? Wpisz ją tak: 14:30. Jeśli nie znasz dokładnej godziny, podaj ją w przybliżeniu.
form-skip = Pomiń
form-skipped = (pominięto)
form-submit = Wyślij
form-change = Zmień odpowiedź
form-cancel = Anuluj
form-review = Sprawdź swoje odpowiedzi ({ $title }):
    { $answers }
form-choose-change = Którą odpowiedź chcesz zmienić?
form-already-open = Masz już coś w toku: { $title }. Kontynuuj poniżej lub najpierw wpisz /cancel, aby to przerwać.
form-outdated = Ten formularz zmienił się od czasu jego rozpoczęcia, więc Twoje niedokończone odpowiedzi zostały usunięte. Zacznij od nowa.
form-stale-button = Ten przycisk należy do wcześniejszej wiadomości, więc został zignorowany. Oto miejsce, w którym teraz jesteś:
form-cancelled = Anulowano: { $title }. Nic nie zostało zachowane.
form-text-only = Tutaj mogę przyjąć tylko wpisany tekst. Opisz to słowami.
form-idle-reminder = Czeka na dokończenie: { $title }. Kontynuuj, kiedy tylko zechcesz, lub wpisz /cancel. Niedokończone odpowiedzi są usuwane po jednym dniu.
form-expired = Twoje niedokończone odpowiedzi ({ $title }) zostały usunięte, ponieważ przez cały dzień nic się w nich nie zmieniło. Nic nie zostało wysłane.
form-intro-kept = Rozpoczynamy: { $title }. Na każdym etapie możesz wpisać /back, aby wrócić, /cancel, aby przerwać, lub /help. Jeśli potrzebujesz przerwy, niedokończone odpowiedzi są przechowywane do { $until } (koniec następnego dnia szkolnego) od Twojej ostatniej odpowiedzi.
form-idle-reminder-kept = Masz niedokończony formularz: { $title }. Kontynuuj, kiedy zechcesz, lub wpisz /cancel. Twoje odpowiedzi są przechowywane do { $until }.
form-expiry-warning = Twój niedokończony formularz ({ $title }) zostanie usunięty { $until }, jeśli go nie dokończysz. Odpowiedz na pytanie powyżej, aby go zachować, lub wpisz /cancel.
form-expired-kept = Twój niedokończony formularz ({ $title }) został usunięty { $until }, na koniec dnia szkolnego, do którego był przechowywany. Nic nie zostało wysłane.
form-none-open = Nie ma nic w toku, do czego można by wrócić lub co można by anulować.
form-remove-failed = Nie udało mi się usunąć z tego czatu jednej z Twoich wcześniejszych wiadomości. Usuń ją samodzielnie.

## Accounts and linking

welcome-unlinked = Dzień dobry! Tu szkolny asystent Haven. Aby zacząć, wyślij mi kod powiązania otrzymany w sekretariacie szkoły, w ten sposób: /link ABCD-EFGH-JKMN
welcome-back = Witaj ponownie, { $name }. Wpisz /help, aby zobaczyć, w czym mogę pomóc.
link-usage = Wyślij swój kod powiązania po poleceniu, w ten sposób: /link ABCD-EFGH-JKMN
link-private-only = Dla Twojego bezpieczeństwa kody powiązania działają tylko w prywatnym czacie ze mną. Napisz do mnie bezpośrednio.
link-too-many-tries = Z tego konta wpisano zbyt wiele błędnych kodów. Odczekaj godzinę lub poproś sekretariat szkoły o nowy kod.
link-code-wrong = Ten kod jest nieprawidłowy. Sprawdź go i spróbuj ponownie (w tej godzinie { $left ->
    [one] pozostała jeszcze jedna próba
    [few] pozostały jeszcze { $left } próby
    [many] pozostało jeszcze { $left } prób
   *[other] pozostało jeszcze { $left } prób
}).
link-code-wrong-last = Ten kod jest nieprawidłowy i była to ostatnia próba w tej godzinie. Odczekaj godzinę przed kolejną próbą albo poproś sekretariat szkoły o nowy kod.
link-code-replaced = Ten kod został zastąpiony nowszym kodem, który wydał ci sekretariat szkoły. Użyj najnowszego otrzymanego kodu albo poproś sekretariat o nowy.
link-code-expired = Ten kod wygasł. Poproś sekretariat szkoły o nowy.
link-code-used = Ten kod został już użyty. Jeśli nie został użyty przez Ciebie, poinformuj o tym sekretariat szkoły.
link-done = Dziękuję, { $name }. To konto jest teraz powiązane ze szkołą { $school }.
unlink-done = To konto nie jest już powiązane z profilem: { $name }. Możesz je ponownie powiązać za pomocą nowego kodu z sekretariatu szkoły.
not-linked = Jeszcze nie wiem, kim jesteś. Wyślij mi kod powiązania otrzymany w sekretariacie szkoły: /link ABCD-EFGH-JKMN. Jeśli niepokoisz się o bezpieczeństwo dziecka, od razu skontaktuj się z { -office(case: "instrumental") }.
private-only = Użyj tego w prywatnym czacie ze mną.
sent-privately = Wysłano Ci prywatną wiadomość.
group-pointer-unlinked = Aby zacząć, napisz do mnie prywatnie.
whoami = Jesteś: { $name }.
    Role: { $roles }
    Powiązane platformy: { $platforms }
    Język: { $language }

-office =
    { $case ->
       *[nominative] sekretariat szkoły
        [genitive] sekretariatu szkoły
        [instrumental] sekretariatem szkoły
    }

platform-console = Konsola
platform-telegram = Telegram
platform-discord = Discord
platform-teams = Microsoft Teams

role-staff = pracownik
role-volunteer = wolontariusz
role-visitor = gość
role-dsl = Wyznaczony Koordynator ds. Ochrony Dzieci (DSL)
role-deputy_dsl = zastępca Koordynatora ds. Ochrony Dzieci (DSL)
role-online_safety_lead = koordynator ds. bezpieczeństwa w sieci
role-headteacher = Dyrektor szkoły
role-chair_of_governors = Przewodniczący Rady Szkoły
role-vice_chair = Wiceprzewodniczący Rady Szkoły
role-safeguarding_governor = Członek Rady Szkoły ds. ochrony dzieci
role-governor = członek Rady Szkoły
role-slt = kadra kierownicza
role-it_lead = koordynator ds. IT
role-stream_organiser = organizator transmisji na żywo
role-roster_admin = administrator listy osób
role-parent = rodzic lub opiekun

language-name-en-GB = English
language-name-cy = Cymraeg
language-name-pl = Polski
language-name-ar = العربية
language-choose = W jakim języku mam do Ciebie pisać?
language-set = Od teraz będę pisać do Ciebie w tym języku: { $language }.
language-unknown = Nie znam tego języka. Wpisz /language, aby zobaczyć dostępne opcje.

help-unlinked = Pomagam szkole dbać o bezpieczeństwo dzieci w internecie. Aby zacząć, wyślij mi kod powiązania z sekretariatu szkoły: /link ABCD-EFGH-JKMN
help-staff = Oto, w czym mogę pomóc:
    { $commands }
help-parent = Oto, w czym mogę pomóc:
    { $commands }
    Szkoła będzie wysyłać Ci tutaj prywatne wiadomości, na przykład szczegóły transmisji na żywo i przypomnienia.
help-line = { $command } — { $what }

## Errors and fallbacks

error-internal = Przepraszamy, po naszej stronie coś poszło nie tak i nic nie zostało zmienione. Jeśli problem będzie się powtarzał, poinformuj sekretariat szkoły i podaj numer referencyjny { $reference }.
error-busy = Przepraszamy, Haven jest teraz bardzo zajęty i nie mógł przyjąć Twojej wiadomości, więc nic nie zostało zmienione. { $again ->
        [itself] Zostanie przyjęta sama za chwilę: nie trzeba jej wysyłać ponownie.
       *[resend] Wyślij ją ponownie za minutę.
    } Jeśli problem będzie się powtarzał, poinformuj sekretariat szkoły i podaj numer referencyjny { $reference }.
error-answer-given-back = Nie udało mi się zapisać Twojej odpowiedzi, więc oto ona — nic nie zginęło:
    { $text }
text-not-understood = Nie do końca rozumiem, o co chodzi. Wpisz /help, aby zobaczyć, w czym mogę pomóc.
attachment-not-expected = Nie mogę przyjmować plików ani zdjęć. Nie wysyłaj tutaj zdjęć dzieci.
command-unknown = Nie znam polecenia /{ $command }. Wpisz /help, aby zobaczyć, w czym mogę pomóc.
open-private-chat = Otwórz czat prywatny
delivery-unreachable = Nie udało się dostarczyć wiadomości do odbiorcy { $name } na platformie { $platform }: { $reason }. Skontaktuj się z tą osobą w inny sposób.
delivery-reason-unreachable = nie można się z tą osobą tam skontaktować (mogła zablokować bota lub wyłączyć wiadomości prywatne)
delivery-reason-not-linked = ta osoba nie ma powiązanego konta czatu
delivery-remove-failed-group = Nie udało mi się usunąć wiadomości z czatu grupowego na platformie { $platform } (czat { $group }): { $reason }. Dopilnuj, aby została tam teraz usunięta, w razie potrzeby przez moderatora tego czatu.
delivery-remove-reason-forbidden = bot nie ma tam uprawnień do usuwania wiadomości (na Discordzie potrzebuje uprawnienia Manage Messages na tym kanale; na Telegramie musi być administratorem z prawem usuwania wiadomości, i to tylko z ostatnich 48 godzin; w Microsoft Teams bot nigdy nie może usuwać wiadomości innych osób)
delivery-remove-reason-other = aplikacja czatu nie przyjęła prośby

## Command menu descriptions

cmd-help = W czym mogę pomóc
cmd-whoami = Kim według mnie jesteś
cmd-language = Wybierz język
cmd-concern = Zgłoś niepokój prywatnie
cmd-cases = Sprawy, które możesz zobaczyć (/cases closed: zamknięte)
cmd-cancel = Przerwij bieżące działanie
cmd-case = Otwórz sprawę i zapisz, co się wydarzyło
cmd-back = Wróć do poprzedniego pytania
cmd-link = Połącz to konto za pomocą kodu z sekretariatu szkoły
cmd-unlink = Odłącz to konto
cmd-start = Zacznij, podając kod z sekretariatu szkoły, jeśli go masz
cmd-clock = Pokaż lub przestaw zegar Haven (tylko lokalna konsola)

## The local console

console-welcome = Konsola Haven. Wpisz /as IMIĘ, aby pisać jako ktoś inny (spróbuj /as Daniel), /people, aby wyświetlić listę wszystkich osób, /in group NAZWA lub /in private, aby wybrać, gdzie piszesz, numer, aby nacisnąć przycisk, /clock +2h, aby przesunąć czas do przodu, lub /quit, aby wyjść.
console-to-private = ── do: { $who } (czat prywatny)
console-to-group = ── do grupy { $who }
console-removed = ── (usunięto wiadomość z czatu: { $who })
console-now-private = Piszesz w prywatnym czacie z Haven.
console-now-group = Piszesz w grupie { $group }.
console-now-person = Jesteś teraz: { $name }.
console-now-stranger = W katalogu nie ma nikogo o imieniu { $name }; piszesz jako niepowiązane konto.
console-ambiguous = Pasuje więcej niż jedna osoba: { $names }. Wpisz dłuższy fragment imienia lub nazwiska.
console-choose-person = Najpierw wybierz, kim jesteś: /as IMIĘ (wpisz /people, aby wyświetlić listę wszystkich osób).
console-clock-now = Zegar Haven wskazuje { $time } (czas szkoły). Przestaw go do przodu: /clock +30m, +2h, +3d lub /clock 2027-02-08 09:00.
console-clock-usage = /clock pokazuje czas Haven. /clock +30m, +2h, +3d lub +1w przestawia go o tyle do przodu; /clock 2027-02-08 09:00 ustawia tę godzinę (czas szkoły).
console-clock-backwards = Zegar Haven nigdy nie cofa się: jest już { $time }, później niż { $asked }.
console-clock-fixed = Ten zegar pokazuje rzeczywisty czas i nie można go przestawić.
console-clock-moved = Zegar Haven wskazuje teraz { $time }. Wykonuję to, co przypadło na ten czas…
console-clock-sent = { $count ->
    [0] Nic nie wysłano.
    [one] Wysłano 1 wiadomość (powyżej).
    [few] Wysłano { $count } wiadomości (powyżej).
   *[other] Wysłano { $count } wiadomości (powyżej).
}
clock-console-only = /clock przestawia czas tylko w lokalnej konsoli, do wypróbowania Haven. Tutaj Haven używa rzeczywistego czasu.

## Operator commands

check-school = Szkoła: { $name } (strefa czasowa { $tz })
check-database = Baza danych: { $url }
check-key-ok = Klucz szyfrowania: znaleziony
check-key-missing = Klucz szyfrowania: brak. Ustaw HAVEN_SECRETS__KEY lub secrets.key_file; bez klucza Haven nie uruchomi żadnej platformy czatu.
check-console-only = Nie skonfigurowano tokenu żadnej platformy czatu: Haven uruchomi lokalną konsolę.
check-platforms = Platformy czatu, które zostaną uruchomione: { $platforms }
check-calendar = Kalendarz szkoły: okresy semestrów: { $terms }, dni zamknięcia: { $closures }; dni ustawowo wolne: { $bank ->
    [none] brak
   *[other] Anglia i Walia
}.
check-calendar-next = Najbliższy dzień nauki: { $date }
check-calendar-no-next = Brak dnia nauki w ciągu najbliższych dziesięciu lat: sprawdź school_hours.days i [school.calendar].
check-calendar-last-term = Ostatni semestr kończy się { $date }; potem każdy szkolny dzień tygodnia liczy się jako dzień nauki, dopóki nie zostaną dodane kolejne semestry.
calendar-file-unreadable = Nie można odczytać pliku kalendarza szkoły { $file }: { $error }
calendar-file-bad = Plik kalendarza szkoły { $file } zawiera błąd w wierszu { $line }: { $problem }
calendar-file-bad-whole = Nie można użyć pliku kalendarza szkoły { $file }: { $problem }
calendar-problem-format = jego nazwa musi kończyć się na .ics (iCalendar) lub .csv.
calendar-problem-not-ics = to nie jest plik iCalendar (brak wiersza BEGIN:VCALENDAR).
calendar-problem-unfinished = to wydarzenie (BEGIN:VEVENT) nie ma END:VEVENT.
calendar-problem-no-start = to wydarzenie nie ma DTSTART.
calendar-problem-date = „{ $value }” nie jest datą (iCalendar: YYYYMMDD; CSV: YYYY-MM-DD).
calendar-problem-end-before-start = kończy się, zanim się zacznie.
calendar-problem-header = pierwszy wiersz musi być nagłówkiem kind,start,end,name.
calendar-problem-kind = „{ $value }” nie jest rodzajem: użyj term lub closure.
calendar-problem-row = nie można odczytać wiersza.
config-file-missing = Plik konfiguracyjny { $path } nie istnieje.
start-key-missing = Brak klucza szyfrowania: ustaw HAVEN_SECRETS__KEY lub secrets.key_file ({ $path } nie istnieje). Haven nie będzie przechowywać zgłoszeń bez szyfrowania.
report-period-backwards = Początek okresu (--from { $from }) jest późniejszy niż jego koniec (--to { $to }).

## Kroki formularza dotyczące osób (kogo dotyczy zgłoszenie)

form-people-none = Żadna z nich
form-people-unsure = Nie mam pewności
form-people-pick = Zaznacz osoby, których to dotyczy, i naciśnij Gotowe; albo naciśnij "Żadna z nich" lub "Nie mam pewności".
form-people-pick-any = Zaznacz osoby i naciśnij Gotowe; albo naciśnij "Żadna z nich".
form-people-not-found = Nie znalazłem w katalogu szkoły nikogo o takim imieniu lub nazwisku. Sprawdź pisownię, spróbuj podać nazwisko lub rolę albo użyj przycisków.
form-people-review = { $names }
form-people-review-unsure = Brak pewności: { $names }
## Link codes that cannot be hijacked

link-code-seen-in-group = To wyglądało na kod połączenia, więc już nie działa, a ja poprosiłem o usunięcie wiadomości. Kody połączenia wolno wysyłać mi wyłącznie na czacie prywatnym. Jego właściciel może dostać nowy w sekretariacie szkoły.
link-code-revoked-owner = Twój kod połączenia został opublikowany na czacie grupowym, więc go anulowałem, aby chronić Twoje konto. Poproś sekretariat szkoły o nowy i wyślij go tylko do mnie, na czacie prywatnym.
link-code-revoked-office = Kod połączenia osoby { $name } ({ $external_id }) został opublikowany na czacie grupowym w { $platform }, więc został anulowany. Wydaj nowy poleceniem: haven invite --person { $external_id }
link-code-revoked = Ten kod został anulowany, ponieważ pojawił się poza czatem prywatnym. Poproś sekretariat szkoły o nowy.
link-relink-confirm = Ktoś właśnie użył kodu połączenia do Twojego rekordu z innego konta { $platform }. Jeśli to Ty (na przykład na nowym telefonie), naciśnij „Tak, przenieś mnie”, a to konto zostanie odłączone. Jeśli to nie Ty, naciśnij „Nie”, a sekretariat szkoły zostanie powiadomiony.
link-relink-yes = Tak, przenieś mnie
link-relink-no = Nie, to nie ja
link-relink-waiting = Ta osoba ma już konto połączone w { $platform }. Poprosiłem to konto o potwierdzenie przeniesienia; dam znać, gdy to nastąpi. Jeśli nie będzie to możliwe, sekretariat szkoły może zatwierdzić przeniesienie po okresie oczekiwania.
link-relink-declined = Przeniesienie nie zostało potwierdzone, więc to konto nie zostało połączone. Jeśli uważasz, że to pomyłka, skontaktuj się z sekretariatem szkoły.
link-relink-kept = Dziękuję. Twoje konto pozostaje połączone, a drugie konto nie zostało połączone. Sekretariat szkoły został powiadomiony.
link-relink-declined-office = Kodu połączenia osoby { $name } ({ $external_id }) użyto z nowego konta { $platform }, a jej obecne konto odpowiedziało, że to nie ona. Nowe konto nie zostało połączone.
link-relink-moved = Twój rekord został przeniesiony na inne konto { $platform }, więc to konto nie jest już połączone. Jeśli to nie Ty, natychmiast skontaktuj się z sekretariatem szkoły.

## Safeguarding roles need a second person

role-confirm-ask = Potwierdź rolę związaną z ochroną dzieci: szkolny katalog nadaje teraz osobie { $name } ({ $external_id }) rolę „{ $role }”. Dopóki jej nie potwierdzisz, ta osoba nie otrzymuje ani nie widzi żadnych zgłoszeń. Potwierdź tylko, jeśli wiesz, że to prawidłowe; jeśli tego nie rozpoznajesz, odmów.
role-confirm-yes = Potwierdź
role-confirm-no = Odmów
role-pending-notice = Do wiadomości: szkolny katalog nadaje teraz osobie { $name } ({ $external_id }) rolę „{ $role }”. Zacznie obowiązywać dopiero po potwierdzeniu przez dyrektora lub przewodniczącego rady szkoły.
role-confirmed = { $by } potwierdził(a) rolę „{ $role }” dla { $name } ({ $external_id }). Obowiązuje od teraz.
role-refused = { $by } odmówił(a) roli „{ $role }” dla { $name } ({ $external_id }). Nie zacznie obowiązywać.
role-granted-you = Masz teraz w Haven rolę „{ $role }”.
role-removed-notice = { $name } ({ $external_id }) nie ma już w Haven ról: { $roles } — zmienił się szkolny katalog.
role-leaver-notice = { $name } ({ $external_id }), z rolami: { $roles }, została oznaczona w szkolnym katalogu jako osoba, która odeszła, i nie otrzymuje ani nie widzi już zgłoszeń.
role-removed-you = Nie masz już w Haven ról: { $roles } — zmienił się szkolny katalog. Jeśli to pomyłka, porozmawiaj z dyrektorem.
role-holder-new-account-you = Twój rekord w Haven został właśnie połączony także z kontem { $platform }. Jeśli to nie Ty, natychmiast powiedz o tym dyrektorowi lub DSL.
role-holder-new-account = Do wiadomości: { $name } połączył(a) z Haven nowe konto { $platform }.

## A safeguarding-role holder's new account waits for confirmation

role-leaver-you = W katalogu szkoły oznaczono Cię jako osobę, która odeszła, więc nie pełnisz już w Haven funkcji: { $roles } i nie otrzymujesz ani nie widzisz zgłoszeń. Jeśli to pomyłka, porozmawiaj z dyrektorem.
link-add-confirm = Ktoś właśnie użył kodu połączenia do Twojego rekordu z nowego konta { $platform }. Ponieważ pełnisz funkcję związaną z ochroną dzieci, zostanie ono połączone dopiero po Twoim potwierdzeniu. Jeśli to Ty, naciśnij „Tak, dodaj je”. Jeśli nie, naciśnij „Nie, to nie ja”, a zespół DSL zostanie powiadomiony.
link-add-yes = Tak, dodaj je
link-add-confirm-lead = Właśnie użyto kodu połączenia dla { $name } ({ $external_id }) z nowego konta { $platform }. Ponieważ ta osoba pełni funkcję związaną z ochroną dzieci, konto zostanie połączone dopiero po potwierdzeniu przez nią (z już połączonego konta), dyrektora lub przewodniczącego rady. Potwierdź tylko, jeśli wiesz, że to jej konto.
link-add-waiting = Ta osoba pełni funkcję związaną z ochroną dzieci i ma już konto połączone z Haven. To konto zostanie połączone dopiero po potwierdzeniu przez tamto konto, dyrektora lub przewodniczącego rady; dam Ci znać, gdy to nastąpi.
link-add-kept = Dziękuję. Nowe konto nie zostało połączone. Zespół DSL i sekretariat szkoły zostali powiadomieni.
link-add-declined-notice = Kod połączenia dla { $name } ({ $external_id }) został użyty z nowego konta { $platform }, a { $by } stwierdził(a), że nie należy go łączyć. Nowe konto nie zostało połączone.
