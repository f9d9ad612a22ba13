# Machine translation; to be reviewed by a native speaker.
## Akceptowalne zasady korzystania (AUP) — podpisywanie (/aup).

cmd-aup = Przeczytaj i podpisz zasady korzystania z systemów szkoły
aup-usage = Wpisz /aup, aby zobaczyć zasady, które musisz podpisać. Koordynator ds. bezpieczeństwa w sieci może też użyć /aup publish i /aup report.
aup-none = W tej chwili nie masz do podpisania żadnych zasad korzystania z systemów szkoły.
aup-lead-hint = Jako koordynator ds. bezpieczeństwa w sieci lub dyrektor możesz użyć /aup report, aby zobaczyć, kto podpisał; koordynator może opublikować nową wersję poleceniem /aup publish.

## Twój stan

aup-status-signed = { $title } (wersja { $version }): podpisano wersję { $signed_version } dnia { $signed }. Poprosimy o ponowny podpis do { $due }.
aup-status-due = { $title } (wersja { $version }): przeczytaj i podpisz do { $due }. Ostatnio podpisano wersję { $signed_version } dnia { $signed }.
aup-status-overdue = { $title } (wersja { $version }): termin minął { $due }. Przeczytaj i podpisz teraz; do tego czasu nie korzystaj z systemów szkoły.
aup-status-never_signed = { $title } (wersja { $version }): jeszcze tego nie podpisano. Przeczytaj i podpisz do { $due }, zanim skorzystasz z jakiegokolwiek urządzenia lub konta szkoły.

aup-button-read = Przeczytaj
aup-button-agree = Zgadzam się
aup-button-ask = Zadaj pytanie
aup-button-invalid = Przepraszam, ten przycisk nie dotyczy zasad, które musisz podpisać, więc go pominąłem. Wpisz /aup, aby zobaczyć swoje zasady.
aup-button-superseded = Ten przycisk dotyczył wersji { $old } dokumentu { $title }, którą zastąpiła wersja { $version }. Oto aktualna:

## Czytanie i podpisywanie

aup-text-part = { $title }, wersja { $version } ({ $part }/{ $parts })

    { $text }
aup-read-link = Możesz też przeczytać to online: { $link }
aup-read-done = To cały dokument { $title }, wersja { $version } (odcisk { $hash }). Jeśli zgadzasz się go przestrzegać, naciśnij Zgadzam się. Jeśli coś jest niejasne, najpierw zadaj pytanie.
aup-read-done-signed = To cały dokument { $title }, wersja { $version } (odcisk { $hash }). Ten dokument jest już podpisany.
aup-read-first = Najpierw przeczytaj { $title }: naciśnij Przeczytaj, a przycisk Zgadzam się pojawi się po tekście.
aup-already-signed = { $title } (wersja { $version }) podpisano już dnia { $signed }. Poprosimy o ponowny podpis do { $due }.
aup-signed = Dziękuję. Podpisano { $title }, wersja { $version } (odcisk { $hash }), dnia { $signed }. Poprosimy o ponowny podpis do { $due }.

## Pytania

aup-question-title = pytanie o zasady korzystania
aup-question-prompt = O co chcesz zapytać koordynatora ds. bezpieczeństwa w sieci? Wpisz pytanie w jednej wiadomości (do { $max } znaków).
aup-question-label = Pytanie
aup-question-help = Pytanie trafi prywatnie do koordynatora ds. bezpieczeństwa w sieci, który odpowie. Zadanie pytania nie oznacza podpisania zasad.
aup-question-to-lead = { $name } ma pytanie o { $title } (wersja { $version }) przed podpisaniem:
    { $question }
    Naciśnij Odpowiedz, aby odpowiedzieć tej osobie prywatnie.
aup-question-sent = Dziękuję. Pytanie trafiło do koordynatora ds. bezpieczeństwa w sieci. Nie podpisano jeszcze zasad: naciśnij Zgadzam się, gdy wszystko będzie jasne.
aup-question-nobody = Przepraszam, szkoła nie ma w Haven koordynatora ds. bezpieczeństwa w sieci ani dyrektora, do których można to wysłać. Zapytaj w sekretariacie.
aup-button-reply = Odpowiedz
aup-answer-title = odpowiedź na pytanie o zasady korzystania
aup-answer-prompt = Jaka jest Twoja odpowiedź? Wpisz ją w jednej wiadomości (do { $max } znaków).
aup-answer-label = Odpowiedź
aup-answer-help = Odpowiedź trafi prywatnie tylko do osoby, która zadała pytanie.
aup-answer-to-asker = { $name } odpowiada na Twoje pytanie o { $title } (wersja { $version }):
    { $answer }
    Wpisz /aup, aby przeczytać lub podpisać zasady.
aup-answer-sent = Odpowiedź została wysłana prywatnie do: { $name }.
aup-reply-not-lead = Przepraszam, na pytania o zasady korzystania może odpowiadać tylko koordynator ds. bezpieczeństwa w sieci (lub dyrektor, jeśli szkoła go nie ma). Nic nie zostało wysłane.
aup-reply-answered = Na to pytanie już odpowiedziano, więc nic więcej nie zostało wysłane.
aup-reply-unknown = Przepraszam, nie mogę już znaleźć tego pytania, więc nic nie zostało wysłane.

## Publikowanie

aup-publish-not-allowed = Tylko koordynator ds. bezpieczeństwa w sieci może opublikować nową wersję zasad korzystania.
aup-publish-title = nowa wersja zasad
aup-publish-ask-title = Jak nazywają się zasady? (np. Zasady korzystania dla personelu). Tytuł użyty wcześniej oznacza nową wersję tych samych zasad.
aup-publish-label-title = Tytuł
aup-publish-help-title = Użyj tego samego tytułu co wcześniej, aby zastąpić zasady nową wersją; nowy tytuł tworzy osobne zasady.
aup-publish-ask-version = Jak nazywa się ta wersja? (np. 2026.1, bez spacji)
aup-publish-label-version = Wersja
aup-publish-help-version = Krótkie oznaczenie, np. 2026.1 lub v3. Każda wersja zasad potrzebuje nowego oznaczenia.
aup-publish-ask-audience = Kto musi podpisać? Zaznacz wszystkie grupy, a potem naciśnij Gotowe.
aup-publish-label-audience = Kto podpisuje
aup-publish-help-audience = Personel to wszyscy zatrudnieni w szkole, łącznie z dyrektorem i sekretariatem. Rodzice są proszeni tylko wtedy, gdy ich zaznaczysz.
aup-publish-ask-rule = Kiedy trzeba podpisać ponownie?
aup-publish-label-rule = Ponowny podpis
aup-publish-help-rule = Albo 12 miesięcy po ostatnim podpisie każdej osoby, albo co roku do 1 września. Inne stałe daty można ustawić poleceniem haven aup publish.
aup-publish-ask-source = Jaki tekst mają mieć zasady?
aup-publish-label-source = Tekst
aup-publish-help-source = Przykład to zasady korzystania dla personelu przygotowane w Haven na podstawie szkolnych zasad bezpieczeństwa w sieci. Możesz też wkleić własny tekst.
aup-publish-ask-text = Wklej tekst zasad w jednej wiadomości (do { $max } znaków). Dłuższe teksty opublikuj poleceniem haven aup publish z plikiem.
aup-publish-label-text = Wklejony tekst
aup-publish-help-text = Wklej całe zasady. Ludzie przeczytają dokładnie ten tekst, a podpis zapisze jego odcisk.
aup-publish-ask-effective = Od kiedy obowiązują? Wpisz datę i godzinę, np. 01/12/2026 08:00, albo naciśnij Pomiń, aby obowiązywały od razu.
aup-publish-label-effective = Obowiązują od
aup-publish-help-effective = Do tego czasu podpisuje się obecną wersję. Od tej chwili każdy, kto musi podpisać, dostaje termin i przypomnienia.

aup-audience-staff = Personel
aup-audience-volunteer = Wolontariusze
aup-audience-visitor = Goście i wykonawcy
aup-audience-governor = Członkowie rady szkoły
aup-audience-parent = Rodzice i opiekunowie
aup-rule-annual = 12 miesięcy po podpisie
aup-rule-september = Co roku do 1 września
aup-source-sample = Przykładowe zasady dla personelu
aup-source-paste = Wkleję tekst

aup-publish-bad-audience = Wybierz co najmniej jedną grupę, która musi podpisać.
aup-publish-bad-title = Tytuł musi mieć od 1 do 120 znaków.
aup-publish-bad-version = Wersja musi mieć od 1 do 30 znaków, bez spacji. Naciśnij Zmień odpowiedź, aby ją poprawić.
aup-publish-empty-text = Tekst zasad jest pusty.
aup-publish-exists = Te zasady mają już wersję o tym oznaczeniu. Naciśnij Zmień odpowiedź i wybierz inne oznaczenie wersji.
aup-published = Opublikowano { $title }, wersja { $version } (odcisk { $hash }). { $count ->
        [one] Jedna osoba musi
        [few] { $count } osoby muszą
       *[other] { $count } osób musi
    } podpisać do { $due }; poproszę o to w godzinach pracy i będę przypominać aż do podpisu.
aup-published-later = Opublikowano { $title }, wersja { $version } (odcisk { $hash }). Obowiązuje od { $effective }; do tego czasu podpisuje się obecną wersję.

## Przypomnienia

aup-remind-first = Zanim skorzystasz z systemów szkoły, przeczytaj i podpisz { $title } (wersja { $version }) do { $due }.
aup-remind-new-version = Jest nowa wersja dokumentu { $title } (wersja { $version }). Przeczytaj ją i podpisz do { $due }.
aup-remind-renew = Czas ponownie podpisać { $title }: ostatni podpis złożono { $signed }. Przeczytaj i podpisz wersję { $version } do { $due }.
aup-remind-soon = Przypomnienie: przeczytaj i podpisz { $title } (wersja { $version }) do { $due } ({ $days ->
        [one] został jeden dzień
        [few] zostały { $days } dni
       *[other] zostało { $days } dni
    }).
aup-remind-today = Przypomnienie: termin podpisania { $title } (wersja { $version }) mija dzisiaj. Przeczytaj i podpisz.
aup-remind-overdue = Termin podpisania { $title } (wersja { $version }) minął { $due }, { $days ->
        [one] jeden dzień temu
       *[other] { $days } dni temu
    }. Przeczytaj i podpisz teraz.

## Cotygodniowe podsumowanie

aup-digest-line = { $name }: { $title } (wersja { $version }), termin { $due }, { $days ->
        [one] jeden dzień po terminie
       *[other] { $days } dni po terminie
    }
aup-digest-lead = Zasady korzystania: { $count ->
        [one] jedna osoba nie podpisała
        [few] { $count } osoby nie podpisały
       *[other] { $count } osób nie podpisało
    } w terminie.
    { $people }
aup-digest-head = Zasady korzystania: { $count ->
        [one] jedna osoba nie podpisała
        [few] { $count } osoby nie podpisały
       *[other] { $count } osób nie podpisało
    } od co najmniej { $weeks } tygodni po terminie.
    { $people }

## Raport

aup-report-not-allowed = Raport o zasadach korzystania widzą tylko koordynator ds. bezpieczeństwa w sieci i dyrektor.
aup-report-none = Nie opublikowano jeszcze żadnych zasad korzystania. Koordynator ds. bezpieczeństwa w sieci może to zrobić poleceniem /aup publish.
aup-report-policy = { $title }, wersja { $version }: do podpisania { $total }; podpisane { $signed }, w terminie { $due }, po terminie { $overdue }, nigdy niepodpisane { $never }.
    { $people }
aup-report-line-signed = { $name }: podpisano wersję { $signed_version } dnia { $signed }; kolejny termin { $due }
aup-report-line-due = { $name }: termin { $due }; ostatnio podpisano wersję { $signed_version } dnia { $signed }
aup-report-line-overdue = { $name }: po terminie od { $due }; ostatnio podpisano wersję { $signed_version } dnia { $signed }
aup-report-line-overdue-unsigned = { $name }: po terminie od { $due }; nigdy niepodpisane
aup-report-line-never_signed = { $name }: nigdy niepodpisane; termin { $due }

## Wiersz poleceń (haven aup)

aup-cli-published = Opublikowano { $title }, wersja { $version } (odcisk { $hash }), obowiązuje od { $effective }. Liczba osób, które muszą podpisać do { $due }: { $count }; Haven poprosi je w godzinach pracy.
aup-cli-bad-audience = „{ $group }” nie jest grupą. Użyj staff, volunteer, visitor, governor lub parent, oddzielając przecinkami.
aup-cli-bad-rule = „{ $rule }” nie jest zasadą ponownego podpisu. Użyj annual albo fixed:MM-DD, np. fixed:09-01.
aup-cli-bad-effective = „{ $effective }” nie jest datą. Użyj RRRR-MM-DD (północ czasu szkoły) lub RRRR-MM-DD GG:MM.
aup-cli-bad-version = Wersja musi mieć od 1 do 30 znaków, bez spacji: podaj inną w --version.
aup-cli-exists = Ta zasada ma już wersję o tej etykiecie: podaj inną w --version.
