# Machine translation; to be reviewed by a native speaker.
## Haven — zgłoszenia: zgłaszający uzupełnia swoje zgłoszenie, zarzuty wobec dorosłych, pilne
## zalecenia polityki 002 i wstępna ocena sekstingu (polski).

## /concern add

concern-usage = Użyj /concern, aby zgłosić nowy niepokój. Aby coś dodać do swojego zgłoszenia, użyj /concern add i jego numeru, np. /concern add C-2026-0042.
concern-add-refused = Nie mogę dodać nic do tego zgłoszenia. Albo takie zgłoszenie nie istnieje, albo nie możesz go uzupełnić. Numery wyglądają tak: C-2026-0042.
concern-button-add = Uzupełnij moje zgłoszenie
concern-add-title = uzupełnienie zgłoszenia
concern-add-q-text = Co chcesz dodać? Napisz własnymi słowami. Przeczytają to tylko osoby zajmujące się zgłoszeniem; nie zobaczysz sprawy.
concern-add-l-text = Co dodajesz
concern-add-h-text = Dodaj wszystko, co zauważyłeś lub sobie przypomniałeś od zgłoszenia: co się stało, kiedy, kto tam był. Nie wysyłaj zdjęć ani plików. Jeśli dziecku grozi teraz niebezpieczeństwo, zadzwoń pod 999.
concern-add-saved = Zapisano. To, co napisałeś, zostało dodane do { $ref }. { $told ->
        [0] Nie znalazłem nikogo, kogo mógłbym powiadomić. Skontaktuj się teraz z LADO: { $lado }.
       *[other] Osoby zajmujące się sprawą zostały powiadomione.
    }
concern-add-not-saved = Nie mogłem tego zapisać: zgłoszenie jest zamknięte albo nie możesz go już uzupełnić. Nic nie zapisano. Jeśli to nadal ważne, powiedz DSL osobiście albo zgłoś to przez /concern. Oto, co napisałeś, żeby nie przepadło:
    { $text }
concern-added-alert = Zgłaszający uzupełnił { $ref }. W powiadomieniach nie ma szczegółów. Otwórz prywatnie: /case { $ref }
concern-entry-reporter = Dodane przez zgłaszającego

## Zarzuty i drobne zastrzeżenia wobec dorosłych (Keeping Children Safe in Education, część czwarta)

concern-cat-k_coerce = Kontakt: przymus, szantaż lub sekstorsja
concern-cat-a_boundaries = Dorośli: granice zawodowe lub niewłaściwa relacja z uczniem
concern-cat-a_lowlevel = Dorośli: drobne zastrzeżenie wobec osoby dorosłej
concern-group-adults = Zgłoszenia dotyczące dorosłych

## Zalecana pilność (polityka 002)

concern-urgent-advised = zalecana pilność
concern-urgent-advised-criteria = Zalecana pilność dla { $ref }. Polityka 002 („Postępowanie w przypadku sekstingu / nagiego selfie”) mówi, że należy natychmiast zgłosić sprawę policji i/lub opiece społecznej, jeśli:
    1. w zdarzenie zamieszana jest osoba dorosła;
    2. jest powód, by sądzić, że młoda osoba była zmuszana, szantażowana lub uwodzona, albo są wątpliwości co do jej zdolności do wyrażenia zgody (np. z powodu specjalnych potrzeb edukacyjnych);
    3. to, co wiadomo o zdjęciach, wskazuje na czynności seksualne nietypowe dla etapu rozwoju młodej osoby lub na przemoc;
    4. masz powód, by sądzić, że uczniowi grozi bezpośrednia krzywda, np. ma myśli samobójcze lub się samookalecza.
    Każde zgłoszenie dotyczące niewłaściwego postępowania pracownika trafia do dyrektora, a jeśli dotyczy dyrektora — do przewodniczącego rady szkoły i LADO (polityka 002, „Postępowanie w przypadku incydentów”).

## Wstępna ocena sekstingu (polityka 002)

concern-button-review = Wstępna ocena
case-review-title = wstępna ocena sekstingu
case-review-help = Odpowiadaj na podstawie tego, co wiadomo na wstępnym spotkaniu. Pytania 1–4 to kryteria polityki 002 natychmiastowego zgłoszenia: „Tak” na którekolwiek oznacza zgłoszenie policji i/lub opiece społecznej teraz. Pozostałe pytania można pominąć, jeśli odpowiedź nie jest jeszcze znana.
case-review-q-adult = 1. Czy w zdarzenie lub w udostępnianie zdjęć zamieszane są osoby dorosłe?
case-review-l-adult = Zamieszana osoba dorosła
case-review-q-coerced = 2. Czy jest powód, by sądzić, że młoda osoba była zmuszana, szantażowana lub uwodzona, albo są wątpliwości co do jej zdolności do wyrażenia zgody (np. z powodu specjalnych potrzeb edukacyjnych)?
case-review-l-coerced = Przymus, szantaż lub uwodzenie albo wątpliwa zdolność do zgody
case-review-q-extreme = 3. Czy to, co wiadomo o zdjęciach, wskazuje na czynności seksualne nietypowe dla etapu rozwoju młodej osoby lub na przemoc?
case-review-l-extreme = Czynności nietypowe dla etapu rozwoju lub przemoc
case-review-q-risk = 4. Czy uczniowi grozi bezpośrednia krzywda z powodu udostępnienia, np. ma myśli samobójcze lub się samookalecza?
case-review-l-risk = Uczniowi grozi bezpośrednia krzywda
case-review-q-knowledge = Czy zdjęcia udostępniono i odebrano za wiedzą ucznia, który na nich jest?
case-review-l-knowledge = Udostępnione za wiedzą ucznia na zdjęciach
case-review-q-widely = Czy zdjęcia zostały szeroko rozpowszechnione? Pomiń, jeśli nie wiadomo.
case-review-l-widely = Szeroko rozpowszechnione
case-review-q-vulnerable = Czy zaangażowani uczniowie są szczególnie narażeni?
case-review-l-vulnerable = Szczególna podatność
case-review-q-before = Czy młoda osoba brała już wcześniej udział w takiej aktywności?
case-review-l-before = Zdarzyło się wcześniej
case-review-q-remove = Czy należy natychmiast usunąć zdjęcia z urządzeń lub usług internetowych?
case-review-l-remove = Zdjęcia do natychmiastowego usunięcia
case-review-q-setting = Czy trzeba skontaktować się z inną szkołą, uczelnią, placówką lub osobą?
case-review-l-setting = Inna szkoła, placówka lub osoba do kontaktu
case-review-q-parents = Czy rodzice lub opiekunowie zaangażowanych uczniów zostaną powiadomieni? W większości przypadków powinni.
case-review-l-parents = Rodzice lub opiekunowie do powiadomienia
case-review-q-note = Notatki z oceny: dlaczego zdjęcia udostępniono, kto je udostępnił, gdzie, jaki jest wpływ na uczniów i co postanowiono.
case-review-l-note = Notatki
case-review-h-note = Opisz zdjęcia wyłącznie słowami; nigdy ich nie oglądaj, nie kopiuj ani nie przesyłaj. Zapisz, kto był na spotkaniu, i powody podjętych decyzji.
concern-entry-review = Wstępna ocena
concern-review-outcome = Polityka 002
concern-review-refer-now = zgłoś teraz policji i/lub opiece społecznej
concern-review-no-criterion = żadne kryterium natychmiastowego zgłoszenia nie jest spełnione; szkoła może zareagować bez policji i opieki społecznej i w każdej chwili może sprawę eskalować
concern-review-added = Dodano wstępną ocenę do chronologii { $ref } jako wpis #{ $n }. Polityka 002: { $outcome }.
