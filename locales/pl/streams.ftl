# Machine translation; to be reviewed by a native speaker.

## Transmisje na żywo (polityka 000 "Livestreaming"; polityka 003 "Use of Video Conferencing Technology")

cmd-stream = Zaplanuj transmisję na żywo lub nią zarządzaj
cmd-streams = Twoje nadchodzące transmisje na żywo

stream-usage = Jak używać /stream:
    /stream new — zaplanuj prywatną transmisję na żywo dla rodziców
    /stream report ID — komu wysłano dane do dołączenia
    /stream time ID 18/11/2026 13:30-14:30 — przenieś transmisję
    /stream rotate ID — ustaw nowy kod dostępu i wyślij go ponownie
    /stream cancel ID — odwołaj transmisję i powiadom rodziców
    /stream attendance ID — zapisz, kto dołączył, po nazwisku
    /stream attendance ID N — zapisz, ile osób dołączyło
    /stream log — rejestr transmisji
    /streams — nadchodzące transmisje
stream-organisers-only = Transmisje na żywo mogą planować i zmieniać tylko ich organizatorzy oraz kadra kierownicza.
stream-button-unknown = Ten przycisk jest już nieważny, więc nic nie zostało zmienione.
stream-not-found = Nie ma transmisji o numerze { $id }. Wpisz /streams, aby zobaczyć nadchodzące.
stream-not-yours = Transmisję { $id } zaplanował ktoś inny. Zmienić ją może tylko jej organizator lub kadra kierownicza.
stream-not-open = „{ $title }” już się zakończyła lub została odwołana, więc nie można jej już zmienić.

## Formularz

stream-form-title = planowanie transmisji na żywo
stream-q-title = Jak nazywa się transmisja? Na przykład: Apel dożynkowy klasy 3
stream-l-title = Tytuł
stream-q-audience = Dla których rodziców jest przeznaczona?
stream-l-audience = Odbiorcy
stream-audience-classes = Wybrane klasy
stream-audience-whole-school = Cała szkoła
stream-q-classes = Które klasy? Wpisz ich nazwy oddzielone przecinkami.
stream-l-classes = Klasy
stream-classes-known = Klasy to: { $classes }.
stream-classes-unknown = Nie znam klasy „{ $unknown }”. Klasy to: { $classes }.
stream-q-start = Kiedy się zaczyna? Na przykład: 18/11/2026 14:00 lub tomorrow 9:30. Transmisje mogą odbywać się tylko w godzinach pracy szkoły.
stream-l-start = Początek
stream-q-end = O której się kończy? Na przykład: 15:00
stream-l-end = Koniec
stream-end-unreadable = Nie mogę odczytać godziny zakończenia albo nie jest ona późniejsza niż początek. Wpisz godzinę, np. 15:00.
stream-q-service = Z jakiej usługi skorzystasz? Musi to być konto szkoły w tej usłudze.
stream-l-service = Usługa
stream-service-zoom = Zoom
stream-service-teams = Microsoft Teams
stream-service-meet = Google Meet
stream-service-other = inna usługa
stream-q-link = Wpisz link do dołączenia. Usunę twoją wiadomość z tego czatu i przechowam link w postaci zaszyfrowanej; trafi wyłącznie prywatnie do rodziców.
stream-link-invalid = To nie wygląda na link do dołączenia. Wpisz cały link, zaczynając od https://
stream-q-meeting-id = Jaki jest identyfikator spotkania? Naciśnij Pomiń, jeśli go nie ma.
stream-q-passcode = Jaki jest kod dostępu? Naciśnij Pomiń, jeśli go nie ma.
stream-label-link = Link do dołączenia
stream-label-meeting-id = Identyfikator spotkania
stream-label-passcode = Kod dostępu
stream-q-supervisors = Którzy pracownicy będą nadzorować transmisję? Polityka wymaga co najmniej dwóch osób; ty możesz być jedną z nich. Wpisz ich nazwiska oddzielone przecinkami.
stream-l-supervisors = Nadzorujący pracownicy
stream-supervisor-unknown = Nie mogę znaleźć pracownika o nazwisku „{ $name }”.
stream-supervisor-ambiguous = Do „{ $name }” pasuje więcej niż jeden pracownik. Wpisz pełne imię i nazwisko.
stream-supervisor-not-staff = { $name } nie jest pracownikiem szkoły, więc nie może nadzorować transmisji.
stream-supervisors-none = Wpisz co najmniej jedno nazwisko.
stream-q-account = Czy transmisja odbywa się na koncie szkoły (a nie prywatnym)?
stream-l-account = Na koncie szkoły
stream-q-recorded = Czy transmisja będzie nagrywana?
stream-l-recorded = Nagrywana
stream-q-chat = A co z czatem?
stream-l-chat = Czat
stream-chat-off = Czat wyłączony
stream-chat-monitored = Czat włączony, nadzorowany przez dorosłego
stream-chat-unmonitored = Czat włączony, bez nadzoru
stream-q-monitor = Który dorosły będzie na bieżąco nadzorował czat?
stream-l-monitor = Czat nadzoruje
stream-q-files = Czy udostępnianie plików będzie włączone?
stream-l-files = Udostępnianie plików włączone

## Odmowy

stream-refused = Nie mogę utworzyć tej transmisji: naruszyłaby szkolne zasady transmisji na żywo (zasady 000 „Livestreaming”).
    { $reasons }
stream-refused-step = Ta odpowiedź naruszyłaby szkolne zasady transmisji na żywo (zasady 000 „Livestreaming”):
    { $reasons }
    Odpowiedz ponownie.
stream-refused-hours = Musi odbyć się w godzinach pracy szkoły ({ $from }–{ $to } w dniu nauki), zaczynając się i kończąc tego samego dnia.
stream-refused-closed = Szkoła jest zamknięta w dniu { $date } (ferie, dzień ustawowo wolny lub dzień zamknięcia w kalendarzu szkoły).{ $has_next ->
    [1] {" "}Najbliższy dzień nauki to { $next }.
   *[0] {""}
}
stream-refused-end-before-start = Musi kończyć się po rozpoczęciu.
stream-refused-past = Godzina rozpoczęcia już minęła.
stream-refused-supervisors = Muszą ją nadzorować co najmniej dwie osoby z personelu.
stream-refused-account = Musi odbywać się na koncie szkoły, nigdy na prywatnym.
stream-refused-recorded = Nie wolno jej nagrywać.
stream-refused-chat = Czat może być włączony tylko wtedy, gdy dorosły na bieżąco go nadzoruje. Wyłącz czat albo podaj osobę, która będzie go nadzorować.
stream-refused-files = Udostępnianie plików musi być wyłączone.

## Zapisano, zatwierdzono, wysłano

stream-saved-sending = Transmisja { $id }, „{ $title }” ({ $start }–{ $end }), została zaplanowana. Wysyłam dane do dołączenia prywatnie. Rodzice: { $queued }; rodzice bez połączonego konta czatu: { $not_linked }. Gdy wszystko zostanie wysłane, prześlę ci raport z doręczenia.
    Zarządzanie: /stream report { $id }, /stream rotate { $id }, /stream cancel { $id }
stream-saved-awaiting = Transmisja { $id }, „{ $title }” ({ $start }–{ $end }), została zapisana i czeka na zatwierdzenie. { $asked ->
        [0] W kadrze kierowniczej nie ma nikogo innego, kogo można zapytać: porozmawiaj z nimi.
       *[other] Poprosiłem kadrę kierowniczą o zatwierdzenie.
    } Nic nie zostanie wysłane do rodziców przed zatwierdzeniem.
stream-approval-request = { $organiser } prosi o zatwierdzenie prywatnej transmisji na żywo:
    „{ $title }”, { $start }–{ $end }, w usłudze { $service }
    Dla: { $audience }
    Nadzorujący pracownicy: { $supervisors }
    Czat: { $chat ->
        [monitored] włączony, nadzoruje { $monitor }
       *[off] wyłączony
    }
    Bez nagrywania, bez udostępniania plików, na koncie szkoły.
    Nic nie zostanie wysłane do rodziców przed zatwierdzeniem.
stream-approve = Zatwierdź
stream-decline = Odrzuć
stream-approval-not-slt = Transmisje mogą zatwierdzać tylko członkowie kadry kierowniczej.
stream-approval-own = To ty zorganizowałeś tę transmisję, więc musi ją zatwierdzić inny członek kadry kierowniczej.
stream-approval-already = W sprawie „{ $title }” już zdecydowano, więc nic nie zostało zmienione.
stream-approval-too-late = „{ $title }” już się rozpoczęła, więc nie można jej teraz zatwierdzić.
stream-approval-done-approved = Zatwierdzono. Dane do dołączenia do „{ $title }” są wysyłane rodzicom.
stream-approval-done-declined = Odrzucono. Nic na temat „{ $title }” nie zostanie wysłane rodzicom.
stream-approved = { $by } zatwierdził(a) transmisję { $id }, „{ $title }”. Wysyłam dane do dołączenia prywatnie. Rodzice: { $queued }; bez połączonego konta czatu: { $not_linked }.
stream-declined = { $by } odrzucił(a) transmisję { $id }, „{ $title }”. Nic nie zostało wysłane rodzicom, a dane do dołączenia zostały usunięte.

## Co otrzymują rodzice

stream-safety = Zachowaj te dane dla siebie: nie udostępniaj nikomu linku ani kodu dostępu i nigdy nie publikuj ich na czacie grupowym.
    • Sesja nie jest nagrywana, a udostępnianie plików jest wyłączone.
    • Czat: { $chat ->
        [monitored] włączony, nadzoruje go { $monitor }
       *[off] wyłączony
    }.
    • Dołącz ze wspólnego pokoju w domu, pod własnym imieniem i nazwiskiem, z wyłączoną kamerą i mikrofonem, chyba że nauczyciel poprosi inaczej.
    • Korzystaj tylko z linku z tej prywatnej wiadomości: szkoła nigdy nie wysyła go na grupie.
stream-credentials = Prywatna transmisja na żywo ze szkoły: „{ $title }”
    { $start }–{ $end }, w usłudze { $service }
    { $details }
    { stream-safety }
stream-credentials-rotated = Nowe dane do dołączenia do „{ $title }” ({ $start }–{ $end }, w usłudze { $service }). Poprzednie już nie działają.
    { $details }
    { stream-safety }
stream-credentials-again = Zgodnie z prośbą, dane do dołączenia do „{ $title }” ({ $start }–{ $end }, w usłudze { $service }):
    { $details }
    { stream-safety }
stream-reminder = Przypomnienie: „{ $title }” zaczyna się o { $at }, za { $about ->
        [yes] około { $minutes }
       *[no] { $minutes }
    } min. Użyj danych do dołączenia, które wysłałem ci prywatnie, i nie udostępniaj ich. Naciśnij przycisk, jeśli potrzebujesz ich ponownie.
stream-cancelled-notice = Transmisja „{ $title }” ({ $start }) została odwołana. Nie korzystaj z otrzymanych danych do dołączenia.
stream-moved-notice = Transmisja „{ $title }” została przeniesiona: odbędzie się { $start }–{ $end }. Twoje dane do dołączenia się nie zmieniają.
stream-list-parent = „{ $title }”: { $start }–{ $end }, w usłudze { $service }.
stream-list-staff = { $id }. „{ $title }”: { $start }–{ $end }, dla: { $audience } ({ $status }).
stream-list-none = Nie masz nadchodzących transmisji na żywo.
stream-send-again = Wyślij mi dane do dołączenia
stream-not-for-you = Przykro mi, dane do dołączenia do transmisji mogę wysłać tylko rodzicom, dla których jest przeznaczona.
stream-details-gone = Dane do dołączenia do „{ $title }” zostały usunięte.
stream-status-awaiting_approval = czeka na zatwierdzenie
stream-status-scheduled = zaplanowana
stream-status-declined = odrzucona
stream-status-cancelled = odwołana
stream-status-held = odbyła się
stream-status-live = trwa
stream-status-not_approved = nigdy nie zatwierdzona

## Zarządzanie transmisją

stream-cancelled = Transmisja { $id }, „{ $title }”, została odwołana. Powiadomieni rodzice: { $told }. Zatrzymane niewysłane wiadomości: { $stopped }. Jej dane do dołączenia zostały usunięte.
stream-moved = Transmisja { $id }, „{ $title }”, odbędzie się { $start }–{ $end }. Powiadomieni rodzice: { $told }.
stream-time-unreadable = Nie mogę tego odczytać. Wpisz datę i godziny w ten sposób: /stream time 3 18/11/2026 13:30-14:30
stream-attendance-too-early = Obecność na „{ $title }” można zapisać po jej rozpoczęciu.
stream-attendance-recorded = Zapisano: do „{ $title }” ({ $start }) dołączyło { $attendance } osób.{ $replaced ->
        [-1] {""}
       *[other] {" "}Zastępuje to wcześniej zapisaną liczbę { $replaced }.
    }
stream-attendance-already = Obecność na „{ $title }” jest już zapisana jako { $old }, więc ją zachowałem. Aby zapisać { $new }, wyślij: /stream attendance { $id } { $new } replace
stream-ended-attendance = „{ $title }” się zakończyła ({ $minutes } min). Zapisz, kto dołączył: /stream attendance { $id }, aby zaznaczyć rodziców po nazwisku, albo /stream attendance { $id } N, aby podać liczbę.
stream-attendance-title = obecność na transmisji
stream-q-present = Którzy rodzice dołączyli? Zaznacz każdego, kto dołączył (albo wpisz część nazwiska), i naciśnij Gotowe. Jeśli nikt nie dołączył, naciśnij „Żadna z nich”.
stream-l-present = Dołączyli
stream-help-present = Zaznacz rodziców, którzy dołączyli do transmisji; naciśnij ponownie, aby odznaczyć. To rodzice, do których wysłano dane do połączenia. Nazwiska zobaczysz tylko Ty i kadra kierownicza.
stream-attendance-names-already = Obecność na „{ $title }” jest już zapisana jako { $old }, więc ją zachowałem. Aby zamiast tego zapisać, kto dołączył, po nazwisku, wyślij: /stream attendance { $id } replace
stream-attendance-not-listed = { $invited ->
        [0] Dane do połączenia z „{ $title }” nie zostały nikomu wysłane, więc nie ma nazwisk do wyboru.
       *[other] Dane do połączenia z „{ $title }” otrzymało { $invited } rodziców, więcej niż { $max }, które mogę wymienić.
    } Zapisz, ile osób dołączyło: /stream attendance { $id } N
stream-attendance-names-recorded = Zapisano: do „{ $title }” ({ $start }) dołączyło { $attendance }{ $attendance ->
        [0] .
       *[other] : { $names }.
    }{ $replaced ->
        [-1] {""}
       *[other] {" "}Zastępuje to wcześniej zapisaną liczbę { $replaced }.
    }
stream-report-attendance = Obecność na „{ $title }”: dołączyło { $attendance }{ $named ->
        [0] {" "}(zapisano jako liczbę).
       *[other] : { $names }.
    }
stream-report-nothing-sent = Dla „{ $title }” nic jeszcze nie wysłano: czeka na zatwierdzenie.
stream-report = Raport z doręczenia dla transmisji { $id }, „{ $title }” ({ $start }):
    Wysłano: { $sent }. Nieudane: { $failed }. Oczekujące: { $pending }. Zatrzymane: { $cancelled }.
    { $unreached_count ->
        [0] Dotarliśmy do wszystkich rodziców z listy odbiorców.
       *[other] Nie dotarliśmy do — skontaktuj się z nimi zwykłą drogą przez sekretariat:
            { $unreached }
    }
stream-unreached-blocked = Nie można dotrzeć (mogli zablokować bota)
stream-unreached-not-linked = Brak połączonego konta czatu
stream-log-empty = Nie zaplanowano jeszcze żadnych transmisji.
stream-log-header = Ostatnie transmisje ({ $count }), od najnowszej:
stream-log-entry = { $id }. „{ $title }”: { $start }–{ $end }, { $minutes } min, dla: { $audience } ({ $status })
    Nadzorujący pracownicy: { $supervisors }
    Obecność: { $attendance ->
        [-1] jeszcze nie zapisana
       *[other] { $attendance }
    }

## Nowy kod dostępu

stream-rotate-title = nowy kod dostępu do transmisji
stream-q-new-passcode = Najpierw zmień kod dostępu w usłudze spotkań, a potem wpisz tutaj nowy. Usunę twoją wiadomość z tego czatu.
stream-q-new-link = Jeśli link do dołączenia też się zmienił (na przykład dlatego, że zawierał stary kod), wpisz nowy link; w przeciwnym razie naciśnij Pomiń.
stream-rotated = Nowe dane do dołączenia do „{ $title }” zostały zapisane. Wysyłam je prywatnie. Rodzice: { $queued }. Zatrzymane niewysłane wiadomości ze starymi danymi: { $stopped }.
stream-rotated-unsent = Nowe dane do dołączenia do „{ $title }” zostały zapisane. Trafią do rodziców po zatwierdzeniu transmisji.
stream-rotate-gone = Tej transmisji nie można już zmienić, więc nic nie zostało zapisane.

## Ochrona przed wyciekiem

stream-leak-warning = Prosimy nie udostępniać na grupie danych do dołączenia do transmisji. Poprosiłem o usunięcie tej wiadomości, a organizator został powiadomiony.
stream-leak-alert = Uwaga: { $what } transmisji { $id }, „{ $title }”, pojawił(y) się na czacie grupowym w { $platform } (czat { $group }). Poprosiłem o usunięcie wiadomości i ostrzegłem grupę. Zmień kod dostępu w usłudze spotkań i wyślij rodzicom nowe dane: /stream rotate { $id }
stream-leaked-link = link do dołączenia
stream-leaked-meeting-id = identyfikator spotkania
stream-leaked-passcode = kod dostępu
stream-passcode-weak = Ten kod dostępu jest krótki (mniej niż { $min } liter lub cyfr), więc łatwo go odgadnąć. Zachowałem go; jeśli usługa na to pozwala, wybierz dłuższy i zmień go przyciskiem Zmień odpowiedź przed wysłaniem.
