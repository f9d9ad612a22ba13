# Machine translation; to be reviewed by a native speaker.
# Biurko spraw: eksport i przekazanie teczki ochrony dziecka oraz panel dla członków rady szkoły.

export-title = Teczka ochrony dziecka
export-separate = Teczka ochrony dziecka — przechowywać oddzielnie od głównej teczki ucznia
export-school = Szkoła
export-pupil = Uczeń
export-cases = Liczba spraw
export-period = Okres
export-period-value = od { $from } do { $to }
export-exported-by = Wyeksportował(a)
export-exported-at = Data eksportu
export-receiving = Szkoła przyjmująca
export-not-recorded = Jeszcze nie zapisano
export-due-from = Pięć dni szkolnych liczonych od
export-deadline = Ma dotrzeć do nowej szkoły do
export-deadline-today = { $date } (jeśli teczka zostanie wysłana dzisiaj)
export-sent-on = Wysłano
export-receipt = Potwierdzenie odbioru
export-receipt-by = { $name }, { $date }
export-receipt-none = Jeszcze nie potwierdzono
export-overdue = Po terminie: szkoła przyjmująca nie potwierdziła odbioru w ciągu pięciu dni szkolnych. Skontaktuj się z jej wyznaczoną osobą ds. ochrony dzieci.
export-case = Sprawa { $ref }
export-status = Status
export-urgency = Pilność
export-about = Dotyczy
export-categories = Rodzaj
export-groups = Grupa
export-occurred = Kiedy to się stało
export-place = Gdzie
export-reported = Data zgłoszenia
export-reporter = Zgłaszający
export-told-dsl = Powiedziano DSL osobiście
export-hold = Blokada prawna
export-closed = Data zamknięcia
export-referrals = Skierowania
export-referral-value = { $agency }, numer { $reference }, { $date }
export-transfers = Przekazania
export-chronology = Chronologia
export-none = Brak wpisów
export-entry = #{ $n } { $kind } · { $author }
export-footer = { $school } · Poufne
export-page = Strona { $page } z { $pages }
export-no-shaping = Ten plik PDF nie łączy liter arabskich i nie zapisuje ich od prawej do lewej, więc tekst arabski jest w nim trudny do odczytania. Aby czytać lub drukować tekst arabski, użyj widoku wydruku w biurku spraw.

## Strony eksportu
export-print-hint = Aby wydrukować, użyj polecenia Drukuj w przeglądarce: strona tytułowa i każda sprawa drukują się na osobnych stronach, bez menu biurka. Przechowuj wydruki pod zamknięciem.
export-pdf = Pobierz jako PDF
export-pupil-name = Imię i nazwisko ucznia
export-transfer-title = Zapisz przekazanie do nowej szkoły
export-transfer-submit = Zapisz przekazanie
export-receipt-title = Potwierdzenie odbioru od { $school }
export-receipt-who = Kto potwierdził odbiór w szkole przyjmującej
export-receipt-on = Data potwierdzenia
export-receipt-submit = Zapisz potwierdzenie
export-start-title = Eksport teczki ochrony dziecka
export-start-intro = Eksportuj wszystkie sprawy, w których wymieniono ucznia, aby przekazać je jego nowej szkole. Eksportować może tylko główna wyznaczona osoba ds. ochrony dzieci. Każdy eksport jest zapisywany w dzienniku audytu.
export-start-submit = Pokaż teczkę
export-pupil-none-found = Żadna sprawa, którą możesz wyeksportować, nie wymienia tego ucznia.
export-overdue-title = Przekazania niepotwierdzone w terminie
export-overdue-none = Brak: każde przekazanie potwierdzono w ciągu pięciu dni szkolnych.
export-overdue-item = Wysłano do { $school }, termin { $date }:
export-form-refused-title = Nie zapisano
export-form-refused = Nic nie zmieniono: formularz był nieaktualny albo data była nieprawidłowa. Wróć, odśwież stronę i spróbuj ponownie.

## Panel dla członków rady szkoły
dashboard-title = Panel rady szkoły
dashboard-legend = Anonimowe liczby zgłoszeń. Liczby od 1 do 4 są pokazane jako „mniej niż 5”, a gdy można by je obliczyć z sumy, ukrywa się też inną liczbę, aby nie dało się zidentyfikować żadnego dziecka.
dashboard-from = Od
dashboard-to = Do
dashboard-show = Pokaż
dashboard-fewer-than-5 = mniej niż 5
dashboard-hidden = ukryte
dashboard-median-none = Mediana czasu do potwierdzenia jest pokazywana, gdy potwierdzono co najmniej pięć zgłoszeń.
dashboard-withheld = Zbyt mało zgłoszeń, by pokazać tę tabelę bez ryzyka identyfikacji dziecka.
dashboard-col-what = Co
dashboard-col-count = Zgłoszenia
export-transfer-recorded = Zapisano przekazanie spraw ({ $cases }) do { $school }.
