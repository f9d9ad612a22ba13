# Machine translation; to be reviewed by a native speaker.

### Roster import and link-code invitations (used by the roster admin's tools).

## Import: one line per problem, "Line 7: …"

import-error-at-line = Wiersz { $line }: { $problem }
import-failed = Plik nie został zaimportowany, ponieważ { $count ->
        [one] jeden wiersz zawiera błąd
        [few] { $count } wiersze zawierają błędy
        [many] { $count } wierszy zawiera błędy
       *[other] { $count } wierszy zawiera błędy
    }. Nic nie zostało zmienione. Popraw plik i zaimportuj go ponownie.
import-error-missing-column = W nagłówku brakuje kolumny „{ $column }”. Sprawdź, czy pierwszy wiersz zawiera nazwy kolumn i czy wartości w pliku są rozdzielone przecinkami.
import-error-field-count = Liczba pól w tym wierszu: { $found }, a w nagłówku: { $expected }. Imię i nazwisko lub nazwa klasy zawierające przecinek muszą być ujęte w podwójny cudzysłów.
import-error-unreadable = Nie udało się odczytać tego wiersza. Zapisz plik w formacie „CSV UTF-8” i spróbuj ponownie.
import-error-empty-external-id = Identyfikator zewnętrzny jest pusty.
import-error-empty-name = Pole z imieniem i nazwiskiem jest puste.
import-error-unknown-role = „{ $role }” nie jest rolą znaną w Haven. Dostępne role: staff, volunteer, visitor, dsl, deputy_dsl, online_safety_lead, headteacher, chair_of_governors, vice_chair, safeguarding_governor, governor, slt, it_lead, stream_organiser, roster_admin, parent.
import-error-no-staff-role = Wiersz pracownika wymaga co najmniej jednej roli innej niż „parent”, np. „staff”, „volunteer” lub „governor”.
import-error-unknown-language = „{ $language }” nie jest językiem obsługiwanym przez Haven. Użyj en-GB, cy, pl lub ar albo pozostaw pole puste, aby wybrać angielski.
import-error-no-class = Wiersz rodzica wymaga co najmniej jednej klasy. Kilka klas oddziel znakiem „;”.
import-error-duplicate-external-id = Identyfikator zewnętrzny „{ $external_id }” jest już użyty w wierszu { $first_line }.

## Import: the result

import-summary = Zaimportowano — nowe: { $added }, zaktualizowane: { $updated }, bez zmian: { $unchanged }, oznaczone jako osoby, które odeszły: { $left }.

## Invitations

invite-issued = { $count ->
        [one] Wydano jeden kod powiązania, ważny do { $expires }.
        [few] Wydano { $count } kody powiązania, ważne do { $expires }.
        [many] Wydano { $count } kodów powiązania, ważnych do { $expires }.
       *[other] Wydano { $count } kodów powiązania, ważnych do { $expires }.
    }
invite-none = Nie wydano żadnych kodów powiązania: wszystkie wybrane osoby mają już powiązane konto.
invite-file-written = Zaproszenia znajdują się w pliku { $path }. Plik zawiera kody: przechowuj go w bezpiecznym miejscu i usuń po wykonaniu korespondencji seryjnej.
invite-error-unknown-person = Nikt w katalogu nie ma identyfikatora zewnętrznego „{ $external_id }”.
invite-error-leaver = Osoba z identyfikatorem zewnętrznym „{ $external_id }” odeszła ze szkoły, więc nie wydano dla niej kodu.

# The letter or email sent to each person with their code (for the mail merge).
invite-letter-subject = Połącz się ze szkołą { $school } w swojej aplikacji do czatowania
invite-letter =
    Dzień dobry, { $name },

    { $school } korzysta z Haven, aby wysyłać Ci prywatnie wiadomości szkolne w aplikacji do czatowania, której już używasz.

    Twój osobisty kod powiązania to: { $code }

    Wyślij ten kod do szkolnego bota Haven w prywatnym czacie. Kod działa tylko raz i wygasa { $expires }. Nie udostępniaj go nikomu.
invite-letter-telegram = Na telefonie z aplikacją Telegram możesz też zamiast tego otworzyć ten link: { $link }

## Import: checks that keep the school from being emptied

import-refused-empty = Nic nie zostało zaimportowane: plik nie zawiera żadnych osób, a jego import oznaczyłby wszystkich jako osoby, które odeszły. Sprawdź, czy eksport jest kompletny.
import-dry-run-summary = Próba, nic nie zostało zapisane. Import dodałby { $added }, zaktualizowałby { $updated }, pozostawiłby bez zmian { $unchanged } i oznaczyłby { $left } jako osoby, które odeszły.
import-leaver-line = odchodzi: { $external_id } { $name }
import-group-staff = cały personel
import-group-parents = wszyscy rodzice
import-group-class = rodzice z { $class }
import-leavers-group = { $group }: { $leaving } z { $total } zostałoby oznaczonych jako osoby, które odeszły.
import-refused-leavers = Nic nie zostało zaimportowane: plik oznaczyłby ponad { $percent }% grupy jako osoby, które odeszły (lista powyżej). Sprawdź, czy eksport jest kompletny; jeśli te osoby naprawdę odeszły, uruchom import ponownie z --allow-leavers.

## Invitations and account moves that never replace anything silently

invite-error-linked = { $external_id } ma już połączone konto czatu, więc kod nie został wydany. Aby mimo to go wydać, dodaj --include-linked: obecne konto tej osoby zostanie poproszone o potwierdzenie przeniesienia.
invite-error-live-code = { $external_id } otrzymał(a) dziś o { $issued } kod, który nadal działa, więc nowy kod nie został wydany. Aby go zastąpić, dodaj --replace.
invite-skipped-live = { $count ->
        [one] Pominięto jedną osobę: kod wydany jej dzisiaj nadal działa (dodaj --replace, aby wydać nowy).
       *[other] Pominięto { $count } osób: kody wydane im dzisiaj nadal działają (dodaj --replace, aby wydać nowe).
    }
relink-approved = { $external_id } jest teraz połączony z nowym kontem, a stare konto zostało powiadomione.
relink-error-nothing-pending = { $external_id } nie ma przeniesienia konta oczekującego na zatwierdzenie.
relink-error-too-soon = Przeniesienie dla { $external_id } można zatwierdzić od { $from }, po upływie okresu oczekiwania.

## Import: safeguarding roles wait for confirmation

import-pending-role-line = czeka na potwierdzenie przez dyrektora lub przewodniczącego na czacie: { $external_id } { $name }: { $role }

## Import: the school keeps its leads; new accounts of leads

import-refused-no-leads = Nic nie zaimportowano: po imporcie żadna aktywna osoba nie pełniłaby funkcji dyrektora, przewodniczącego rady ani DSL, więc nikt nie mógłby otrzymywać zgłoszeń ani potwierdzać funkcji związanych z ochroną dzieci. --allow-leavers tego nie zmienia. Sprawdź kolumnę funkcji w pliku.
relink-error-guarded = { $external_id } pełni funkcję związaną z ochroną dzieci, więc sekretariat nie może zatwierdzić dla tej osoby nowego konta. Potwierdza je w Haven jedno z jej dotychczasowych kont, dyrektor lub przewodniczący rady.
