# Machine translation; to be reviewed by a native speaker.

# Trust: kilka szkół w jednym wdrożeniu.

school-which = Jesteś połączony(-a) z więcej niż jedną szkołą. Której szkoły to dotyczy?
school-chosen = Dziękuję. Na razie traktuję Twoje wiadomości jako dotyczące: { $school }. Wyślij to jeszcze raz.
school-chosen-replayed = Dziękuję. Na razie traktuję Twoje wiadomości jako dotyczące: { $school }. Oto odpowiedź na to, co wysłałeś(-aś):
school-not-here = Haven nie jest skonfigurowany dla tego czatu. Zapytaj sekretariat szkoły, z którego czatu korzystać.
school-from = 🏫 { $school }

school-cli-added = Dodano szkołę { $slug } ({ $name }). Nadaj jej ustawienia w [schools.{ $slug }] w haven.toml, jeśli różnią się od [school].
school-cli-line = { $slug }: { $name }{ $configured ->
    [true] {""}
   *[other] {" "}(ustawienia z [school])
}
school-cli-unknown = Nie ma szkoły "{ $slug }". Szkoły to: { $schools }.
school-cli-several = Ta baza danych ma kilka szkół: wskaż którą za pomocą --school <slug> (szkoły to: { $schools }).
school-cli-bad-slug = "{ $slug }" nie może być krótką nazwą szkoły: użyj małych liter, cyfr i łączników, do 32 znaków.
school-cli-taken = Szkoła "{ $slug }" już istnieje.

concern-trust-escalation = Nikt na ścieżce zgłoszenia { $ref } w { $school }, aż do przewodniczącego rady, nie potwierdził jego odbioru. Jako koordynator ds. ochrony w trust możesz je otworzyć: wybierz { $school } poniżej, a potem wyślij /case { $ref }. Skontaktuj się też teraz z DSL lub dyrektorem szkoły.
report-all-schools = Wszystkie szkoły
trust-visit-cases-only = W { $school } możesz otwierać sprawy przekazane do trust: wyślij /cases. Wszystko inne wyślij ponownie po wybraniu własnej szkoły.
form-other-school = Masz niedokończony formularz dotyczący innej szkoły. Wybierz tę szkołę, aby go kontynuować (lub anulować tam przez /cancel).
# `/report`: the trust lead's report in chat.
cmd-report = Anonimowy raport trust o wszystkich szkołach (koordynator ds. ochrony w trust)
report-refused = Niestety, nie ma tu raportu dla Ciebie. Raporty szkół wydaje sekretariat szkoły.
report-usage = Wyślij /report, aby zobaczyć dotychczasowy rok szkolny, lub /report OD DO z dwiema datami, np. /report 2026-09-01 2026-12-31.
report-trust = Zgłoszenia od { $from } do { $to } we wszystkich szkołach trust (anonimowe liczby)
    { $lines }
report-school = == { $school } ==
report-section = { $section }
report-line = • { $label }: { $count }
