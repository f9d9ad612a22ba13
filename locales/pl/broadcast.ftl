# Machine translation; to be reviewed by a native speaker.
## Komunikaty i kampania Dnia Bezpiecznego Internetu (pl).

cmd-broadcast = Wyślij wiadomość do pracowników, rodziców lub członków rady szkoły
cmd-optout = Nie otrzymuj nieobowiązkowych komunikatów szkoły
cmd-optin = Otrzymuj ponownie komunikaty szkoły
cmd-campaign = Dzień Bezpiecznego Internetu: data, temat i wiadomości

## Kto może wysyłać komunikaty i jak

b-not-allowed = Komunikaty i kampanie mogą wysyłać tylko koordynator bezpieczeństwa w sieci i kadra kierownicza. Nic nie zostało wysłane.
b-usage = Użyj /broadcast, aby napisać nową wiadomość, /broadcast status (lub /broadcast status 12), aby śledzić wysyłkę, albo /broadcast cancel 12, aby ją zatrzymać.
b-cancel-usage = Podaj, który komunikat anulować, na przykład: /broadcast cancel 12. /broadcast status pokazuje ostatnie komunikaty.
b-button-stale = Ten przycisk jest już nieaktualny (komunikat został wysłany, anulowany lub należy do kogoś innego), więc nic nie zostało zmienione.
b-unknown-id = Nie ma komunikatu o numerze { $id }.

## Formularz

b-form-title = komunikat
b-aud-staff = Wszyscy pracownicy
b-aud-parents = Wszyscy rodzice
b-aud-classes = Rodzice wybranych klas
b-aud-governors = Członkowie rady szkoły
b-ask-audience = Kto ma otrzymać wiadomość? Zaznacz wszystkich odbiorców i naciśnij Gotowe. Każda osoba otrzyma ją raz, prywatnie, w swoim języku.
b-label-audience = Odbiorcy
b-help-audience = Pracownicy to wszyscy, którzy pracują w szkole lub pomagają jako wolontariusze. Opcja „Rodzice wybranych klas” pozwoli wybrać klasy w następnym kroku.
b-classes-list = Klasy: { $classes }.
b-ask-classes = Które klasy? Wpisz ich nazwy lub numery, oddzielone przecinkami (na przykład: 1, 2).
b-label-classes = Klasy
b-help-classes = Wpisz nazwy klas lub ich numery z listy, oddzielone przecinkami.
b-classes-unknown = Nie znam jednej z tych klas. Klasy to: { $classes }. Wpisz je ponownie.
b-content-sid-staff = Dzień Bezpiecznego Internetu (pracownicy, z materiałami na lekcje)
b-content-sid-parents = Dzień Bezpiecznego Internetu (rodzice)
b-content-sid-today = Dziś Dzień Bezpiecznego Internetu (rodzice)
b-content-workshop = Warsztaty dla rodziców o bezpieczeństwie w sieci
b-content-aup = Przypomnienie o zasadach korzystania z internetu (AUP)
b-content-custom = Mój własny tekst
b-ask-content = Co ma zawierać wiadomość? Wybierz gotową treść (każdy przeczyta ją w swoim języku) lub napisz własną.
b-label-content = Treść
b-help-content = Gotowe wiadomości są tłumaczone dla każdego odbiorcy. Własny tekst zostanie wysłany tak, jak go napiszesz, z krótkim przetłumaczonym wstępem.
b-ask-text = Wpisz wiadomość (do { $max } znaków). Zostanie wysłana dokładnie tak, jak ją napiszesz.
b-label-text = Twój tekst
b-help-text = Napisz wiadomość tak, jak mają ją przeczytać rodzice lub pracownicy. Nie podawaj informacji o konkretnym dziecku.
b-ask-details = Dodaj jedną linijkę szczegółów, np. datę, godzinę i miejsce (do { $max } znaków), albo naciśnij Pomiń.
b-label-details = Szczegóły
b-help-details = Ta linijka zostanie dodana na końcu gotowej wiadomości, tak jak ją wpiszesz.
b-ask-essential = Czy ta wiadomość jest obowiązkowa? Rodzice, którzy zrezygnowali z komunikatów, i tak otrzymają wiadomości obowiązkowe.
b-label-essential = Obowiązkowa
b-help-essential = Oznacz wiadomość jako obowiązkową tylko wtedy, gdy każdy rodzic musi ją zobaczyć (np. ostrzeżenie o bezpieczeństwie).
b-when-now = Wyślij teraz
b-when-later = Wyślij później
b-ask-when = Kiedy wysłać?
b-label-when = Kiedy
b-help-when = „Wyślij teraz” od razu kolejkuje wiadomość. „Wyślij później” pozwala wybrać datę i godzinę.
b-ask-at = Kiedy wysłać? Na przykład „21/11/2026 09:00” lub „tomorrow 16:00”.
b-label-at = Wyślij o
b-help-at = Wpisz przyszłą datę i godzinę. Wiadomości do rodziców przypadające w godzinach ciszy poczekają do rana.
b-form-incomplete = Brakowało niektórych odpowiedzi, więc nic nie zostało zapisane. Zacznij od nowa: /broadcast.

## Podgląd i potwierdzenie

b-preview-intro = Tak wygląda wiadomość w Twoim języku. Pozostali otrzymają ją w swoich językach:
b-preview = Komunikat nr { $id } – odbiorcy: { $total }; wysyłka { $later ->
        [0] po naciśnięciu „Wyślij”
       *[other] o { $at }
    }.
    Według platformy:
    { $platforms }
    Według języka:
    { $languages }
    Bez połączonego konta (nie otrzymają): { $not_linked }
    Rodzice, którzy zrezygnowali (nie otrzymają): { $opted_out }
b-button-send = Wyślij
b-button-drop = Anuluj
b-dropped = Anulowano. Komunikat nie został wysłany.
b-scheduled = Komunikat nr { $id } zaplanowano na { $at }. Śledź go przez /broadcast status { $id } lub zatrzymaj przez /broadcast cancel { $id }.
b-queued = Komunikat nr { $id } jest wysyłany (odbiorcy: { $queued }){ $held ->
        [0] .
       *[other] ; { $held } rodziców otrzyma go po zakończeniu godzin ciszy.
    } Bez połączonego konta: { $not_linked }. Wyślę Ci raport, gdy wszystkie wiadomości zostaną doręczone lub się nie powiodą.

## Status, anulowanie i raport

b-status-none = Nie ma jeszcze żadnych komunikatów.
b-state-draft = szkic
b-state-scheduled = zaplanowany
b-state-queued = wysyłany
b-state-cancelled = anulowany
b-status = Komunikat nr { $id } ({ $state }): { $content }
    Do: { $audience }{ $has_classes ->
        [0] {""}
       *[other] {" "}({ $classes })
    }
    Czas: { $at }
    Doręczone: { $sent }, oczekujące: { $pending }, nieudane: { $failed }, anulowane: { $cancelled }
    Bez połączonego konta: { $not_linked }, rezygnacje: { $opted_out }, wstrzymane na godziny ciszy: { $held }
b-already-cancelled = Komunikat nr { $id } był już anulowany.
b-cancel-too-late = Komunikat nr { $id } został już doręczony, więc nie ma czego anulować.
b-cancelled = Komunikat nr { $id } został anulowany. { $queued ->
        [0] Nic nie zostało wysłane.
       *[other] Zatrzymano { $count } jeszcze niedoręczonych wiadomości; doręczonych nie da się cofnąć.
    }
b-report = Komunikat nr { $id } ({ $content }) został zakończony.
    Doręczone: { $delivered }
    Nieosiągalni: { $unreachable } (bez połączonego konta: { $not_linked }; zablokowali bota lub wiadomości: { $blocked })
    Nieudane: { $failed }{ $unconfirmed ->
        [0] {""}
       *[other] {" "}(w tym { $unconfirmed } niepotwierdzonych: wysyłanie zostało przerwane, więc mogły dotrzeć lub nie, i nie zostały wysłane ponownie)
    }
    Rodzice, którzy zrezygnowali: { $opted_out }
    Anulowane przed doręczeniem: { $cancelled }

## Co czytają odbiorcy

b-header = 📣 Wiadomość ze szkoły
b-header-essential = ❗ Ważna (obowiązkowa) wiadomość ze szkoły
b-footer-school = Pytania dotyczące tej wiadomości? Porozmawiaj z koordynatorem bezpieczeństwa w sieci.
b-footer-optout = Aby nie otrzymywać nieobowiązkowych wiadomości szkoły, takich jak ta, wyślij /optout.
b-footer-essential = Szkoła oznaczyła tę wiadomość jako obowiązkową, dlatego otrzymują ją wszyscy rodzice.
b-tpl-sid-staff = { $header }
    Dzień Bezpiecznego Internetu przypada { $date }.{ $has_theme ->
        [0] {""}
       *[other] {" "}Tegoroczny temat to „{ $theme }”.
    } Zaplanuj, proszę, krótkie zajęcia z klasą w tygodniu poprzedzającym.
    Bezpłatne materiały na lekcje dla każdego wieku:
    • pakiety edukacyjne UK Safer Internet Centre: https://saferinternet.org.uk/safer-internet-day
    • materiały Childnet: https://www.childnet.com/resources
    • Project EVOLVE (Education for a Connected World): https://projectevolve.co.uk
    Wszelkie obawy dotyczące bezpieczeństwa w sieci zgłaszaj jak zwykle przez /concern.{ $details }
    { $footer }
b-tpl-sid-parents = { $header }
    { $school } bierze udział w Dniu Bezpiecznego Internetu { $date }.{ $has_theme ->
        [0] {""}
       *[other] {" "}Tegoroczny temat to „{ $theme }”.
    } Dziecko będzie rozmawiać w szkole o bezpieczeństwie w sieci. W domu możesz pomóc:
    • zapytaj dziecko, co lubi robić w internecie i z kim rozmawia;
    • ustalcie rodzinne zasady dotyczące ekranów, aplikacji i gier;
    • sprawdźcie razem kontrolę rodzicielską i ustawienia prywatności.
    Porady dla rodziców: https://saferinternet.org.uk/guide-and-resource/parents-and-carers oraz https://www.internetmatters.org{ $details }
    { $footer }
b-tpl-sid-today = { $header }
    Dziś jest Dzień Bezpiecznego Internetu.{ $has_theme ->
        [0] {""}
       *[other] {" "}Tegoroczny temat to „{ $theme }”.
    } Zapytaj wieczorem dziecko, czego się dziś nauczyło i co by zrobiło, gdyby coś w internecie je zaniepokoiło. Jeśli martwisz się o bezpieczeństwo dziecka w sieci, skontaktuj się ze szkołą.{ $details }
    { $footer }
b-tpl-workshop = { $header }
    Serdecznie zapraszamy na warsztaty dla rodziców o bezpieczeństwie w sieci w { $school }. Omówimy aplikacje i gry, z których korzystają dzieci, kontrolę rodzicielską oraz to, jak rozmawiać z dzieckiem o jego życiu w sieci.{ $details }
    { $footer }
b-tpl-aup = { $header }
    Przypomnienie od { $school }: przeczytaj, proszę, zasady korzystania z internetu (AUP) i podpisz je przez /aup, jeśli nie zrobiłeś tego jeszcze w tym roku.{ $details }
    { $footer }
b-custom = { $header }
    { $text }
    — { $sender }, { $school }
    { $footer }

## Kampania Dnia Bezpiecznego Internetu

b-campaign-usage = /campaign sid pokazuje datę, temat i plan Dnia Bezpiecznego Internetu; /campaign sid date RRRR-MM-DD zmienia datę; /campaign sid theme z tematem ustawia temat; /campaign sid confirm planuje wiadomości.
b-button-confirm = Potwierdź i zaplanuj
b-plan-staff = Pracownicy (z materiałami na lekcje)
b-plan-parents = Rodzice
b-sid-plan = Dzień Bezpiecznego Internetu { $year }: { $date } ({ $day_set ->
        [0] wtorek między 5 a 11 lutego
       *[other] data ustalona przez szkołę
    }).
    Temat: { $has_theme ->
        [0] jeszcze nieustalony
       *[other] { $theme }
    }
    Wiadomości:
    { $plan }
    { $confirmed ->
        [0] Jeszcze niepotwierdzone: nic nie zostanie zaplanowane przed potwierdzeniem.
       *[other] Potwierdzone: te wiadomości są zaplanowane.
    }
b-sid-date-usage = Podaj datę w ten sposób: /campaign sid date 2027-02-09
b-sid-date-past = Ta data już minęła. Podaj przyszłą datę.
b-sid-date-set = Data została ustawiona. { $confirmed_before ->
        [0] Potwierdź plan, gdy będziesz gotowy.
       *[other] Wiadomości zaplanowane na starą datę zostały anulowane; potwierdź ponownie, aby zaplanować je na nową.
    }
b-sid-theme-usage = Wpisz temat po poleceniu, na przykład: /campaign sid theme Razem dla lepszego internetu (do { $max } znaków).
b-sid-theme-set = Temat został ustawiony. Jeszcze niewysłane wiadomości będą o nim wspominać.
b-sid-over = Dzień Bezpiecznego Internetu { $year } już się odbył, więc nie ma czego potwierdzać.
b-sid-confirmed = Dzień Bezpiecznego Internetu { $year } został potwierdzony. { $count ->
        [0] Nie trzeba było planować nowych wiadomości.
        [one] Zaplanowano jedną wiadomość:
       *[other] Zaplanowano wiadomości: { $count }.
    }
    { $plan }
    Śledź je przez /broadcast status.
b-sid-ask = W lutym przypada Dzień Bezpiecznego Internetu { $year }. Jako koordynator bezpieczeństwa w sieci sprawdź, proszę, datę i temat poniżej i potwierdź je, aby zaplanować wiadomości do pracowników i rodziców. Aby je zmienić: /campaign sid date RRRR-MM-DD lub /campaign sid theme z tematem.

## Rezygnacja

b-optout-parents-only = Z komunikatów szkoły mogą zrezygnować tylko rodzice.
b-optout-done = Gotowe: nie będziesz już otrzymywać nieobowiązkowych komunikatów szkoły. Wiadomości oznaczone przez szkołę jako obowiązkowe nadal będą docierać. Wyślij /optin, aby znów otrzymywać wszystkie.
b-optin-done = Gotowe: znów będziesz otrzymywać komunikaty szkoły. Wyślij /optout, aby zrezygnować z nieobowiązkowych.

## Polecenia administratora

b-cli-sid-title = Dzień Bezpiecznego Internetu { $year } (według reguły: { $computed })
b-bench-database = Baza danych: { $engine }
b-bench-setup = Zakolejkowano { $count } wiadomości dla { $recipients } odbiorców (platformy: { $platforms }) w { $ms } ms.
b-bench-platform = { $platform }: { $sent } wiadomości w { $seconds } s; { $rate } na sekundę w pełnych sekundach, przy limicie { $limit } na sekundę ({ $percent }% limitu).
b-bench-window = { $platform }, { $scope ->
        [global] wszystkie czaty
        [private] każdy czat prywatny
        [group] każda grupa
        [tenant] każdy dzierżawca
       *[other] każdy czat
    } w ciągu { $period } s: najwięcej { $busiest } przy limicie { $limit }.
b-bench-restart = Dyspozytorzy zostali zatrzymani po { $sent } wiadomościach i uruchomieni ponownie: { $interrupted } w trakcie wysyłki (niepotwierdzone, nie wysłane ponownie), { $released } zwolnione do ponownej wysyłki.
b-bench-instance = Instancja { $instance }{ $state ->
    [killed] {" "}(zabita)
   *[running] {""}
}: { $sent } wiadomości ({ $percent }% wszystkich).
b-bench-failover = Instancja { $instance } została zabita po { $sent } wiadomościach; { $platform } dostał następną wiadomość { $seconds } s później, od innej instancji.
b-bench-result = Odbiorcy: { $recipients }. Dokładnie raz: { $once }. Duplikaty: { $duplicates }. Utracone: { $lost }. Niepotwierdzone (w trakcie wysyłki przy zatrzymaniu, nie wysłane ponownie): { $unconfirmed }.
b-bench-cpu = Czas procesora na wiadomość: { $micros } µs ({ $cpu_ms } ms w ciągu { $wall_ms } ms).
b-bench-reporters = { $reporters } zgłaszających, jeden krok co { $pace } ms przy limitach Telegrama, a w kolejce do zespołu DSL { $alerts } alertów: zmierzono { $answers } odpowiedzi; w tym czasie { $others } wiadomości do innych.
b-bench-latency = Od odpowiedzi do następnego pytania Haven: p50 { $p50 } ms, p99 { $p99 } ms, maks. { $max } ms.
b-bench-load = Średnie obciążenie (1, 5, 15 minut): { $load }.
