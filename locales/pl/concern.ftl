# Machine translation; to be reviewed by a native speaker.
## Haven — zgłoszenia niepokoju i akta spraw (polski).

## Kto może zgłaszać

concern-not-linked = Jeszcze nie wiem, kim jesteś, więc nie mogę tu przyjąć zgłoszenia. Jeśli martwisz się o dziecko, skontaktuj się natychmiast z { $office }. Jeśli dziecko jest teraz w niebezpieczeństwie, zadzwoń pod 999.
concern-parent = Dziękujemy, że chcesz pomóc chronić dzieci. Zgłoszenia rodziców i opiekunów trafiają bezpośrednio do szkoły: skontaktuj się z { $office }. Jeśli dziecko jest teraz w niebezpieczeństwie, zadzwoń pod 999. Nic, co tu napiszesz, nie jest zapisywane jako zgłoszenie.

## Formularz zgłaszającego

concern-title = zgłoszenie niepokoju
concern-attachment-refused = Proszę nie wysyłać tu zdjęć ani plików. Nigdy nie oglądaj, nie kopiuj, nie przesyłaj dalej ani nie rób zrzutu ekranu nieprzyzwoitego obrazu dziecka, nawet żeby to zgłosić: opisz słowami, co widziałeś(-aś), i powiedz DSL, gdzie to jest.

concern-q-danger = Czy dziecku grozi teraz bezpośrednia krzywda?
concern-l-danger = Bezpośrednie zagrożenie
concern-h-danger = Odpowiedz Tak, jeśli dziecko może zostać skrzywdzone, zanim ktoś zdąży zareagować, na przykład jest teraz w niebezpieczeństwie albo zaraz ma się spotkać z kimś, kto może je skrzywdzić. Jeśli odpowiesz Tak, pokażę ci numery alarmowe i od razu powiadomię właściwe osoby: natychmiast, jeśli chodzi o ucznia, albo gdy tylko powiesz mi, kim jest ta osoba dorosła.

concern-danger-now = Jeśli dziecko jest teraz w niebezpieczeństwie, zadzwoń pod 999.
    Potem zadzwoń do zespołu DSL: { $dsl_phone }.
concern-danger-now-who = Jeśli dziecko jest teraz w niebezpieczeństwie, zadzwoń pod 999.
    Potem zadzwoń do zespołu DSL: { $dsl_phone }.
    Teraz powiedz mi, kim jest ta osoba dorosła, a natychmiast powiadomię właściwe osoby — nigdy osobę, której to dotyczy.
concern-urgent-sent = Powiadomiłem o pilnym zgłoszeniu: { $rung }. Kontynuuj poniżej, żeby przekazać szczegóły.{ $ooh ->
        [none] {""}
       *[other] {"\u000A"}Jest teraz poza godzinami pracy szkoły, więc możesz też zadzwonić: { $ooh }.
    }
concern-urgent-nobody = Nie mogłem nikogo powiadomić przez Haven: nikt, kto powinien to otrzymać, nie jest tu osiągalny. Zadzwoń teraz — zespół DSL: { $dsl_phone }, a poza godzinami pracy szkoły: { $ooh }. Kontynuuj poniżej, żeby zgłoszenie zostało zapisane.
concern-urgent-closed = Twoje niedokończone zgłoszenie zostało zamknięte{ $why ->
        [expired] {" "}bez żadnych zmian do końca czasu, przez który był przechowywany
       *[other] {""}
    } i nie zostało zapisane. Pilne powiadomienie zostało już wysłane (odbiorca: { $rung }). Jeśli dziecko jest teraz w niebezpieczeństwie, zadzwoń pod 999.
concern-urgent-closed-nobody = Twoje niedokończone zgłoszenie zostało zamknięte{ $why ->
        [expired] {" "}bez żadnych zmian do końca czasu, przez który był przechowywany
       *[other] {""}
    } i nie zostało zapisane. Przez Haven nie udało się nikogo powiadomić: zadzwoń teraz do zespołu DSL. Jeśli dziecko jest teraz w niebezpieczeństwie, zadzwoń pod 999.
concern-urgent-followed = Przekazałem (odbiorca: { $rung }), że to ty rozpocząłeś niedokończone pilne zgłoszenie, aby mogli się z tobą skontaktować w tej sprawie.
concern-urgent-followed-nobody = Przez Haven nie można dotrzeć do nikogo, kto powinien zająć się twoim niedokończonym pilnym zgłoszeniem. Zadzwoń do zespołu DSL: { $dsl_phone }, a poza godzinami pracy szkoły: { $ooh }.

## Wyrażenia rzeczownikowe w mianowniku, wstawiane w środek zdania ({ $rung }, { $first }),
## zawsze po dwukropku lub w nawiasie, żeby nie trzeba było ich odmieniać.
concern-rung-dsl = zespół DSL
concern-rung-head = dyrektor szkoły
concern-rung-chair = przewodniczący Rady Szkoły
concern-rung-governors = wiceprzewodniczący Rady Szkoły i członek Rady Szkoły ds. ochrony dzieci

concern-q-about = Kogo dotyczy zgłoszenie?
concern-l-about = Dotyczy
concern-h-about = Wybierz osobę, której zachowanie lub bezpieczeństwo cię niepokoi. Zgłoszenie dotyczące pracownika (w tym DSL lub innego koordynatora) trafia do Dyrektora; dotyczące Dyrektora — do Przewodniczącego Rady Szkoły; dotyczące Przewodniczącego — do Wiceprzewodniczącego. Osoba, której dotyczy zgłoszenie, nigdy nie zostaje o tym poinformowana.
concern-about-pupil = Ucznia lub uczniów
concern-about-staff = Pracownika, wolontariusza lub wykonawcy
concern-about-head = Dyrektora
concern-about-adult = Innej osoby dorosłej (rodzica, gościa)
concern-about-online = Kogoś nieznanego w internecie
concern-about-self = Mnie samego (drobne zgłoszenie dotyczące mojego zachowania)

concern-q-categories = Jakiego rodzaju jest to zgłoszenie? Wybierz do { $max }, potem naciśnij Gotowe.
concern-l-categories = Rodzaj zgłoszenia
concern-h-categories = Wybierz najbliższe. Treść to coś zobaczonego; kontakt to ktoś docierający do dziecka; zachowanie to czyjeś postępowanie; handel to pieniądze. Wybierz Inne, jeśli nic nie pasuje.
concern-cat-c_harmful = Treść: szkodliwe lub nielegalne treści
concern-cat-c_filter = Treść: obejście filtrowania
concern-cat-c_extreme = Treść: materiały ekstremistyczne
concern-cat-c_selfharm = Treść: treści o samookaleczeniu
concern-cat-k_groom = Kontakt: grooming
concern-cat-k_adult = Kontakt: kontakt od nieznanej osoby dorosłej
concern-cat-k_meet = Kontakt: prośba o spotkanie
concern-cat-d_bully = Zachowanie: cyberprzemoc
concern-cat-d_nudes = Zachowanie: udostępnianie nagich lub półnagich zdjęć
concern-cat-d_info = Zachowanie: udostępnianie danych osobowych
concern-cat-d_challenge = Zachowanie: szkodliwe wyzwanie internetowe
concern-cat-m_gamble = Handel: hazard
concern-cat-m_scam = Handel: oszustwa lub phishing
concern-cat-s_password = Dane: przejęte hasło
concern-cat-s_device = Dane: zgubione lub skradzione urządzenie
concern-cat-s_data = Dane: dane osobowe wysłane do niewłaściwej osoby
concern-cat-other = Inne

concern-group-content = Treść
concern-group-contact = Kontakt
concern-group-conduct = Zachowanie
concern-group-commerce = Handel
concern-group-data = Dane i bezpieczeństwo
concern-group-other = Inne

concern-q-pupils = Których uczniów to dotyczy? Podaj pełne imiona i nazwiska oraz klasy (np. "Ada Lovelace, Year 5"). Usunę twoją wiadomość z tego czatu po zapisaniu.
concern-l-pupils = Uczniowie
concern-h-pupils = Pełne imiona i nazwiska pomagają DSL znaleźć właściwy rekord. Jeśli nie znasz imienia, opisz ucznia.

concern-q-staff = Którego pracownika, wolontariusza lub wykonawcy to dotyczy? Wpisz imię i nazwisko albo rolę tej osoby, tak jak je znasz. Sprawdzę je razem z tobą na liście pracowników, żeby ta osoba nigdy nie została poinformowana i nie mogła tego zobaczyć. Usunę twoją wiadomość z tego czatu po zapisaniu.
concern-l-staff = Pracownik
concern-h-staff = Wystarczy imię, nazwisko z tytułem ("Mrs Thornbury") lub rola po angielsku ("the head", "our DSL"). Pokażę ci wszystkie osoby, o które może chodzić, i poproszę o potwierdzenie.

concern-q-adult = Kim jest ta osoba dorosła? Podaj imię i nazwisko oraz związek ze szkołą (np. "rodzic ucznia Year 3"), jeśli wiesz. Usunę twoją wiadomość z tego czatu po zapisaniu.
concern-l-adult = Osoba dorosła
concern-h-adult = Każda informacja pomaga: imię, związek z uczniem, kiedy była na terenie szkoły.

concern-q-online = Co o nich wiesz? Np. nazwę użytkownika, aplikację lub grę albo link do profilu. Nie odwiedzaj profilu, żeby dowiedzieć się więcej. Usunę twoją wiadomość z tego czatu po zapisaniu.
concern-l-online = Kontakt w internecie
concern-h-online = Zapisz tylko to, co już wiesz. Nie kontaktuj się z nimi i ich nie wyszukuj.

concern-q-subjects = Czy to zgłoszenie dotyczy którejś z tych osób? Zaznacz wszystkie, których dotyczy, i naciśnij Gotowe. Jeśli dotyczy kogoś innego w szkole, wpisz imię i nazwisko tej osoby. Nikt, kogo wybierzesz lub co do kogo nie masz pewności, nie zostanie poinformowany ani nie będzie mógł tego zobaczyć.
concern-l-subjects = Dotyczy
concern-h-subjects = Na podstawie tego, co napisałeś(-aś), znalazłem te osoby w katalogu szkoły. Wybierz wszystkie, których dotyczy zgłoszenie. Naciśnij "Nie mam pewności", żeby żadna z nich nie miała do niego dostępu; naciśnij "Żadna z nich", jeśli nie dotyczy żadnej z nich.
concern-q-mentioned = W twoim zgłoszeniu wymienione są te osoby. Czy zgłoszenie dotyczy którejś z nich? Zaznacz wszystkie, których dotyczy, i naciśnij Gotowe albo wpisz imię i nazwisko innej osoby ze szkoły. Nikt, kogo wybierzesz lub co do kogo nie masz pewności, nie zostanie poinformowany ani nie będzie mógł tego zobaczyć.
concern-l-mentioned = Dotyczy także
concern-h-mentioned = Osoba, która tylko coś widziała lub słyszała, nie jest osobą, której dotyczy zgłoszenie: naciśnij "Żadna z nich". Jeśli któraś z tych osób brała udział w tym, co się stało, wybierz ją, żeby zgłoszenie ją ominęło.

concern-q-children = Czy dotyczy to jakichś uczniów? Podaj ich pełne imiona i nazwiska oraz klasy albo naciśnij Pomiń. Usunę twoją wiadomość z tego czatu po zapisaniu.
concern-l-children = Uczniowie, których dotyczy
concern-h-children = Jeśli uczeń został skrzywdzony, powiedział ci o tym lub był obecny, podaj go tutaj.

concern-q-account = Co się stało? Napisz fakty: co widziałeś(-aś) lub słyszałeś(-aś), a jeśli powiedziało ci to dziecko — jego własnymi słowami, jak najdokładniej. Nie dodawaj opinii ani przypuszczeń. Do { $max } znaków. Usunę twoją wiadomość z tego czatu po zapisaniu.
concern-l-account = Co się stało
concern-h-account = Napisz, co widziano lub powiedziano, kto i w jakiej kolejności. Tam, gdzie możesz, użyj słów dziecka w cudzysłowie. Nie prowadź dochodzenia i nie zadawaj pytań sugerujących.

concern-q-when = Kiedy to się stało? Naciśnij Teraz, Dziś, wcześniej lub Wczoraj albo wpisz datę i godzinę, np. "dziś 10:15" lub "16/11/2026 14:30".
concern-l-when = Kiedy
concern-h-when = Jeśli nie masz pewności, podaj przybliżony czas i zaznacz to w opisie.

concern-q-place = Gdzie to się stało?
concern-l-place = Gdzie
concern-h-place = Wybierz "W internecie, w domu" dla zdarzenia w internecie poza szkołą.
concern-place-school = W szkole
concern-place-home = W internecie, w domu
concern-place-trip = Na wycieczce szkolnej
concern-place-other = Gdzie indziej

concern-q-action = Co już zrobiłeś(-aś)? Np. "rozmawiałem(-am) z wychowawcą". Albo naciśnij Pomiń. Usunę twoją wiadomość z tego czatu po zapisaniu.
concern-l-action = Podjęte działania
concern-h-action = Napisz, co zrobiłeś(-aś) i kiedy. Nigdy sam(a) nie kopiuj, nie przesyłaj ani nie usuwaj zdjęć.

concern-q-told_dsl = Czy powiedziałeś(-aś) o tym osobiście DSL?
concern-l-told_dsl = Powiedziano DSL osobiście
concern-h-told_dsl = Zgodnie z polityką każdy niepokój o dobro dziecka trzeba natychmiast zgłosić DSL. Odpowiedz szczerze; to zgłoszenie i tak do nich trafi.

concern-q-conflict = Czy na zwykłej ścieżce występuje konflikt interesów? Np. osoba, która zwykle by to otrzymała, jest w to zamieszana lub blisko związana ze sprawą. Jeśli odpowiesz Tak, zgłoszenie trafi o szczebel wyżej (co najmniej do Przewodniczącego Rady Szkoły) oraz do LADO.
concern-l-conflict = Konflikt interesów
concern-h-conflict = Odpowiedz Tak, jeśli uważasz, że osoby, które zwykle by się tym zajęły, nie powinny, bo są w to zamieszane.

## Po wysłaniu

concern-receipt = Zapisano. Numer twojego zgłoszenia to { $ref }.
    Właśnie powiadomiłem: { $rung }. Zgłoszenie zostanie przeczytane i zapadnie decyzja o dalszych krokach.{ $subjects ->
        [none] {""}
       *[other] {" "}Osoby, których według ciebie dotyczy zgłoszenie, nie zostały poinformowane i nie mogą go zobaczyć.
    }{ $lado ->
        [none] {""}
       *[other] {"\u000A"}Możesz też skontaktować się z LADO: { $lado }.
    }
    Dostaniesz informację, gdy zgłoszenie zostanie przeczytane. Nie rozmawiaj o nim z innymi i zapisz wszystko, co jeszcze sobie przypomnisz: możesz to dodać do zgłoszenia poleceniem /concern add { $ref }.
concern-receipt-passed-over = Przez Haven nie udało się dotrzeć do pierwszych odbiorców ({ $first }), więc twoje zgłoszenie trafiło od razu do kolejnych osób na jego ścieżce.
concern-receipt-nobody = Zapisano. Numer twojego zgłoszenia to { $ref }.
    Przez Haven nie udało mi się dotrzeć do nikogo, kto powinien je otrzymać. Zadzwoń teraz — zespół DSL: { $dsl_phone }, LADO: { $lado }, a poza godzinami pracy szkoły: { $ooh }. Podaj numer { $ref }.
concern-receipt-urgent = Napisałeś(-aś), że dziecku grozi bezpośrednia krzywda. Jeśli dziecko jest teraz w niebezpieczeństwie, zadzwoń pod 999, a potem do zespołu DSL: { $dsl_phone }.{ $ooh ->
        [none] {""}
       *[other] {" "}Jest teraz poza godzinami pracy szkoły, więc możesz też zadzwonić: { $ooh }.
    }
concern-receipt-tell-dsl = Porozmawiaj też dziś osobiście z DSL, jak wymaga polityka.
concern-read = Twoje zgłoszenie { $ref } zostało przeczytane i jest rozpatrywane. Dziękujemy za zgłoszenie.
concern-read-by = Twoje zgłoszenie { $ref } przeczytał(a) { $name } i jest ono rozpatrywane. Dziękujemy za zgłoszenie.

## Powiadomienia (nigdy bez szczegółów)

concern-urgency-urgent = PILNE
concern-urgency-normal = Zwykłe
concern-urgent-alert = PILNE: pracownik zgłasza, że dziecku może grozić bezpośrednia krzywda (szkic { $draft }). Ta osoba otrzymała numery alarmowe i może teraz do ciebie zadzwonić. Pełne zgłoszenie nadejdzie, gdy je wyśle.{ $ooh ->
        [none] {""}
       *[other] {"\u000A"}Poza godzinami pracy szkoły: { $ooh }.
    }
concern-urgent-unfinished = Pilne zgłoszenie { $draft } nie zostało wysłane (formularz anulowano lub wygasł). Rozpoczął je { $reporter }. Skontaktuj się bezpośrednio z tą osobą.
concern-alert = Nowe zgłoszenie { $ref } · { $urgency }{ $advised ->
        [none] {""}
       *[other] {" "}(zalecane jako pilne: zobacz kryteria skierowania w sprawie)
    } · { $groups }{ $draft ->
        [none] {""}
       *[other] {" "}(szkic { $draft })
    }.
    Powiadomienia nie zawierają szczegółów. Otwórz je prywatnie: /case { $ref }{ $lado ->
        [none] {""}
       *[other] {"\u000A"}LADO: { $lado }
    }{ $ooh ->
        [none] {""}
       *[other] {"\u000A"}Poza godzinami pracy szkoły: { $ooh }.
    }
concern-escalated = { $count ->
        [one] To zgłoszenie nie zostało potwierdzone na czas i teraz wymaga twojej uwagi:
       *[other] Te zgłoszenia ({ $count }) nie zostały potwierdzone na czas i teraz wymagają twojej uwagi:
    }
    { $cases }
    Otwórz każde prywatnie poleceniem /case i numerem.{ $ooh ->
        [none] {""}
       *[other] {"\u000A"}Poza godzinami pracy szkoły: { $ooh }.
    }
concern-button-open = Otwórz sprawę

## Prowadzenie spraw

concern-case-usage = Użyj /case i numeru, np. /case C-2026-0042. Możesz dodać: ack (potwierdź), note (dodaj do chronologii), review (wstępna ocena sekstingu), status, close albo hold on / hold off.
concern-case-refused = Nie mogę otworzyć tej sprawy. Albo taka sprawa nie istnieje, albo nie możesz jej otworzyć. Numery wyglądają tak: C-2026-0042.
concern-button-refused = Przepraszam, nie mogę tego zrobić. Ten przycisk nie jest czymś, co mogę dla ciebie wykonać.
concern-form-refused = Nie mogłem tego zapisać: nie możesz już zmieniać tej sprawy. Nic nie zapisano.
concern-lead-only = Tylko osoby prowadzące sprawę { $ref } mogą to zrobić. Możesz ją czytać i dodawać wpisy do chronologii.
concern-cases-none = Nie masz otwartych spraw.
concern-cases-closed-none = Nie ma dla Ciebie zamkniętych spraw.
concern-cases-closed = { $count ->
        [one] Jedna zamknięta sprawa:
        [few] { $count } zamknięte sprawy:
       *[other] { $count } zamkniętych spraw:
    }
    { $cases }
concern-cases-usage = Wpisz /cases, aby zobaczyć otwarte sprawy, lub /cases closed, aby zobaczyć zamknięte.
concern-cases = { $count ->
        [one] Jedna otwarta sprawa:
        [few] { $count } otwarte sprawy:
       *[other] { $count } otwartych spraw:
    }
    { $cases }
concern-list-urgent-unread = Pilne, jeszcze niepotwierdzone
concern-list-unread = Jeszcze niepotwierdzone

concern-case = Sprawa { $ref } · { $urgency } · { $status }
    Dotyczy: { $about }
    Rodzaj: { $categories } ({ $groups })
    Kiedy: { $occurred } · { $place }
    Zgłosił(a): { $reporter } · Powiedziano DSL osobiście: { $told_dsl }
    Blokada prawna: { $hold }
    { $details }
    Chronologia:
    { $chronology }
    Ta wiadomość zostanie usunięta z czatu za kilka minut.
concern-case-pupils = Uczniowie
concern-case-person = Osoba
concern-case-account = Co się stało
concern-case-action = Działania zgłaszającego
concern-case-corrects = Poprawia wpis
concern-case-recorded = Zapisano
concern-case-refers-to = Dotyczy chwili
concern-case-status = Nowy status
concern-case-outcome = Wynik
concern-case-agency = Instytucja
concern-case-text = Szczegóły
concern-case-reason = Powód
concern-case-agency-ref = Numer instytucji
concern-hold-on = włączona
concern-hold-off = wyłączona

concern-sexting-review = Sprawa { $ref } dotyczy nagich lub półnagich zdjęć. Wstępna ocena (polityka: postępowanie w przypadku sekstingu / nagiego selfie), prowadzona przez DSL:
    • Czy młodej osobie grozi bezpośrednie niebezpieczeństwo? Dlaczego zdjęcia udostępniono; czy ktoś był zmuszany lub naciskany?
    • Kto je udostępnił, gdzie i czy za wiedzą ucznia na zdjęciu?
    • Czy zamieszani są dorośli? Jaki jest wpływ na uczniów; czy mają dodatkowe trudności; czy młoda osoba rozumie zgodę? Czy zdarzyło się to wcześniej?
    • Czy należy zgłosić sprawę policji i/lub opiece społecznej?
    • Czy zdjęcia rozeszły się szeroko i przez jakie serwisy lub platformy?
    • Czy należy natychmiast usunąć zdjęcia z urządzeń lub serwisów internetowych?
    • Czy są istotne fakty o młodych osobach, które wpływają na ocenę ryzyka?
    • Czy trzeba skontaktować się z inną szkołą, placówką lub osobą?
    • Czy skontaktować się z rodzicami lub opiekunami? W większości przypadków powinni być zaangażowani.
    Natychmiast zgłoś policji i/lub opiece społecznej, jeśli: zamieszana jest osoba dorosła; młoda osoba była zmuszana, szantażowana lub uwodzona albo są wątpliwości co do jej zdolności do wyrażenia zgody; zdjęcia przedstawiają czynności nietypowe dla etapu rozwoju młodej osoby lub przemoc; albo uczniowi grozi bezpośrednia krzywda.
    Nigdy nie oglądaj, nie kopiuj ani nie przesyłaj tych zdjęć.
    Zapisz odpowiedzi oceny przyciskiem Wstępna ocena (prowadzący sprawę) albo /case { $ref } review.

concern-entry-reported = Zgłoszono
concern-entry-acknowledged = Potwierdzono
concern-entry-action = Podjęte działanie
concern-entry-decision = Decyzja
concern-entry-referral = Skierowanie
concern-entry-note = Notatka
concern-entry-correction = Korekta
concern-entry-status = Zmiana statusu
concern-entry-hold_on = Nałożono blokadę prawną
concern-entry-hold_off = Zdjęto blokadę prawną
concern-entry-closed = Zamknięto

concern-status-open = Otwarta
concern-status-investigating = W trakcie wyjaśniania
concern-status-referred = Skierowana
concern-status-monitoring = Monitorowana
concern-status-closed = Zamknięta

concern-outcome-nfa = Bez dalszych działań
concern-outcome-school = Rozwiązana w szkole
concern-outcome-early_help = Wczesna pomoc
concern-outcome-social_care = Skierowana do opieki społecznej
concern-outcome-police = Skierowana na policję
concern-outcome-lado = Skierowana do LADO
concern-outcome-other = Inny

concern-agency-social_care = Opieka społeczna nad dziećmi
concern-agency-police = Policja
concern-agency-lado = Wyznaczony urzędnik władz lokalnych (LADO)
concern-agency-ceop = CEOP
concern-agency-iwf = Internet Watch Foundation (IWF)
concern-agency-early_help = Wczesna pomoc
concern-agency-other = Inna

concern-button-ack = Potwierdź
concern-button-note = Dodaj do chronologii
concern-button-status = Ustaw status
concern-button-close = Zamknij sprawę
concern-button-reopen = Otwórz ponownie
concern-button-hold-on = Włącz blokadę prawną
concern-button-hold-off = Wyłącz blokadę prawną

concern-acknowledged = Potwierdziłeś(-aś) { $ref }. Eskalacja została zatrzymana, a zgłaszający wie, że zgłoszenie przeczytano.
concern-already-acknowledged = { $ref } zostało już potwierdzone.
concern-acknowledged-team = { $ref } potwierdził(a) { $name }.
concern-status-choose = Wybierz nowy status { $ref }. Aby zamknąć sprawę, użyj Zamknij sprawę.
concern-status-use-close = Aby zamknąć { $ref }, użyj /case { $ref } close: potrzebny jest wynik i powód.
concern-status-same = { $ref } ma już ten status.
concern-status-set = { $ref } ma teraz status: { $status }.
concern-hold-usage = Użyj /case { $ref } hold on albo /case { $ref } hold off.
concern-hold-set-on = Blokada prawna włączona dla { $ref }: sprawa nie zostanie usunięta bez względu na okres przechowywania.
concern-hold-set-off = Blokada prawna wyłączona dla { $ref }: sprawa zostanie usunięta po upływie okresu przechowywania od zamknięcia.
concern-already-closed = { $ref } jest już zamknięta.
concern-entry-bad-correction = Tego numeru wpisu nie ma w chronologii { $ref }, więc na razie nic nie dodano. Twój tekst jest zachowany: naciśnij Zmień odpowiedź, aby podać właściwy numer, lub Anuluj.
concern-entry-no-such-entry = { $ref } nie ma wpisu o tym numerze. Wpisz numer od 1 do { $last } (# w chronologii).
concern-entry-given-back = Nic nie dodano, więc oto, co wpisałeś(-aś), do zachowania lub wykorzystania gdzie indziej:
    { $text }
concern-entry-added = Dodano wpis #{ $n } do chronologii { $ref }.
concern-closed = { $ref } jest zamknięta. Wynik: { $outcome }.
concern-status-use-reopen = Sprawa { $ref } jest zamknięta. Aby ją ponownie otworzyć, użyj /case { $ref } reopen: potrzebny jest powód.
concern-not-closed = Sprawa { $ref } nie jest zamknięta, więc nie ma czego ponownie otwierać.
concern-reopened = Sprawa { $ref } jest ponownie otwarta. Powód zapisano w chronologii, a pozostałe osoby prowadzące zostały powiadomione.
concern-reopened-team = Sprawa { $ref } została ponownie otwarta. Otwórz sprawę, aby przeczytać dlaczego.
concern-closed-team = Sprawa { $ref } została zamknięta. Otwórz sprawę, aby przeczytać wynik i powód.

## Formularze wpisu do chronologii i zamknięcia

case-entry-title = wpis do chronologii
case-close-title = zamknięcie sprawy
case-q-kind = Co zapisujesz?
case-l-kind = Rodzaj
case-h-kind = Działanie: coś zrobionego. Decyzja: coś postanowionego, z powodem. Skierowanie: do innej instytucji. Korekta: poprawia wcześniejszy wpis (wpisów nigdy się nie zmienia).
case-q-corrects = Który wpis poprawiasz? Wpisz jego numer (# w chronologii).
case-l-corrects = Poprawia wpis
case-h-corrects = Otwórz sprawę, aby zobaczyć numery wpisów. Stary wpis zostaje; nowy na niego wskazuje.
case-q-text = Opisz to rzeczowo. Usunę twoją wiadomość z tego czatu po zapisaniu.
case-l-text = Szczegóły
case-h-text = Kto co zrobił albo co postanowiono. Fakty, nie opinie.
case-q-reason = Jaki jest powód tej decyzji? Usunę twoją wiadomość z tego czatu po zapisaniu.
case-l-reason = Powód
case-h-reason = Każda decyzja musi mieć zapisany powód (Keeping Children Safe in Education).
case-q-agency = Do jakiej instytucji skierowano sprawę?
case-l-agency = Instytucja
case-h-agency = Wybierz Inna i podaj nazwę w szczegółach, jeśli jej nie ma na liście.
case-q-agency_ref = Numer nadany przez instytucję, jeśli go masz (albo naciśnij Pomiń). Usunę twoją wiadomość z tego czatu po zapisaniu.
case-l-agency_ref = Numer instytucji
case-h-agency_ref = Numer nadany przez instytucję, aby można było powiązać akta z ich aktami.
case-q-when = Kiedy to się stało? Naciśnij Teraz albo wpisz datę i godzinę.
case-l-when = Kiedy
case-h-when = Np. "dziś 14:30" lub "16/11/2026 09:00".
case-q-outcome = Jaki jest wynik?
case-l-outcome = Wynik
case-h-outcome = Wybierz wynik, który najlepiej opisuje zakończenie sprawy.
case-q-close_reason = Dlaczego sprawa jest zamykana? Usunę twoją wiadomość z tego czatu po zapisaniu.
case-l-close_reason = Powód zamknięcia
case-h-close_reason = Powód jest wymagany i pozostaje w aktach.
case-reopen-title = ponowne otwarcie sprawy
case-q-reopen_reason = Dlaczego sprawa jest ponownie otwierana? Po zapisaniu usunę Twoją wiadomość z tego czatu.
case-l-reopen_reason = Powód ponownego otwarcia
case-h-reopen_reason = Powód jest wymagany i zostaje zapisany w dokumentacji.

## Raport dla rady szkoły (haven report concerns)

concern-report-title = Zgłoszenia od { $from } do { $to } (zanonimizowane liczby)
concern-report-total = Razem
concern-report-urgent = Pilne
concern-report-by-group = Według grupy kategorii (zgłoszenie w dwóch grupach liczy się w obu)
concern-report-by-month = Według miesiąca
concern-report-by-status = Według statusu
concern-report-by-ack = Czas do potwierdzenia
concern-report-median = Mediana czasu do potwierdzenia: { $minutes } min
concern-report-median-none = Mediana czasu do potwierdzenia: jeszcze nic nie potwierdzono
concern-report-ack-15m = W ciągu 15 minut
concern-report-ack-1h = W ciągu godziny
concern-report-ack-1d = W ciągu dnia
concern-report-ack-longer = Dłużej niż dzień
concern-report-ack-not_yet = Jeszcze niepotwierdzone

## Gdy osoby na ścieżce są nieosiągalne

concern-moved-on = Twoje zgłoszenie { $ref } nie dotarło do osób, do których trafiło najpierw, więc zostało przekazane dalej. Powiadomiono: { $rung }.
concern-nobody-reachable = Twoje zgłoszenie { $ref } nie zostało potwierdzone, a przez Haven nie można dotrzeć do nikogo, kto powinien je otrzymać. Zadzwoń teraz — zespół DSL: { $dsl_phone }, LADO: { $lado }, a poza godzinami pracy szkoły: { $ooh }. Podaj numer { $ref }.
concern-referral-lado = Wyznaczony urzędnik władz lokalnych dla tej szkoły: { $lado }.
concern-referral-iwf = Internet Watch Foundation usuwa z internetu obrazy i filmy przedstawiające wykorzystywanie seksualne dzieci. Zgłoś adres, pod którym je widziano, na https://report.iwf.org.uk (nigdy nie kopiuj, nie przesyłaj dalej ani nie pobieraj samego materiału).
