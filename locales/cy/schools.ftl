# Machine translation; to be reviewed by a native speaker.

# Ymddiriedolaeth: sawl ysgol mewn un gosodiad.

school-which = Rydych chi wedi'ch cysylltu â mwy nag un ysgol. Am ba ysgol mae hyn?
school-chosen = Diolch. Byddaf yn cymryd bod eich negeseuon am { $school } am y tro. Anfonwch hynny eto, os gwelwch yn dda.
school-chosen-replayed = Diolch. Byddaf yn cymryd bod eich negeseuon am { $school } am y tro. Dyma'r ateb i'r hyn a anfonoch:
school-not-here = Nid yw Haven wedi'i osod ar gyfer y sgwrs hon. Gofynnwch i swyddfa'r ysgol pa sgwrs i'w defnyddio.
school-from = 🏫 { $school }

school-cli-added = Ychwanegwyd yr ysgol { $slug } ({ $name }). Rhowch osodiadau iddi o dan [schools.{ $slug }] yn haven.toml os ydynt yn wahanol i [school].
school-cli-line = { $slug }: { $name }{ $configured ->
    [true] {""}
   *[other] {" "}(gosodiadau o [school])
}
school-cli-unknown = Nid oes ysgol "{ $slug }". Yr ysgolion yw: { $schools }.
school-cli-several = Mae gan y gronfa ddata hon sawl ysgol: dywedwch pa un gyda --school <slug> (yr ysgolion yw: { $schools }).
school-cli-bad-slug = Ni all "{ $slug }" fod yn enw byr ysgol: defnyddiwch lythrennau bach, digidau a chysylltnodau, hyd at 32.
school-cli-taken = Mae ysgol "{ $slug }" eisoes.

concern-trust-escalation = Nid oes neb ar ei lwybr, hyd at Gadeirydd y Llywodraethwyr, wedi cydnabod pryder { $ref } yn { $school }. Fel arweinydd diogelu'r ymddiriedolaeth gallwch ei agor: dewiswch { $school } isod, yna anfonwch /case { $ref }. Cysylltwch hefyd â DSL neu Bennaeth yr ysgol nawr.
report-all-schools = Pob ysgol
trust-visit-cases-only = Yn { $school } gallwch agor yr achosion a uwchgyfeiriwyd i'r ymddiriedolaeth: anfonwch /cases. Ar gyfer unrhyw beth arall, anfonwch ef eto ar ôl dewis eich ysgol eich hun.
form-other-school = Mae gennych ffurflen heb ei gorffen am ysgol arall. Dewiswch yr ysgol honno i barhau â hi (neu i'w chanslo yno gyda /cancel).
# `/report`: the trust lead's report in chat.
cmd-report = Adroddiad dienw'r ymddiriedolaeth am bob ysgol (arweinydd diogelu'r ymddiriedolaeth)
report-refused = Mae'n ddrwg gennyf, nid oes adroddiad yma i chi. Daw adroddiadau ysgolion o swyddfa'r ysgol.
report-usage = Anfonwch /report am y flwyddyn ysgol hyd yma, neu /report O HYD gyda dau ddyddiad fel /report 2026-09-01 2026-12-31.
report-trust = Pryderon a adroddwyd o { $from } i { $to } ym mhob ysgol yr ymddiriedolaeth (cyfrifon dienw)
    { $lines }
report-school = == { $school } ==
report-section = { $section }
report-line = • { $label }: { $count }
