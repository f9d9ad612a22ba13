# Machine translation; to be reviewed by a native speaker.

## Haven — core messages (Welsh).

## Guided prompts

form-generic-title = ffurflen
form-intro = Yn dechrau: { $title }. Gallwch deipio /back i fynd yn ôl, /cancel i stopio, neu /help ar unrhyw gam.
form-help-generic = Atebwch gyda'r botymau, neu teipiwch eich ateb. Mae /back yn mynd i'r cwestiwn blaenorol, ac mae /cancel yn stopio heb gadw.
form-help-review = Gwiriwch eich atebion. Pwyswch “Cyflwyno” i anfon, “Newid ateb” i gywiro un, neu “Canslo” i stopio heb gadw.
form-back-at-start = Dyma'r cwestiwn cyntaf, felly does dim byd i fynd yn ôl ato.
form-cannot-skip = Mae angen ateb i'r cwestiwn hwn cyn y gallwn fynd ymlaen.
form-use-buttons = Dewiswch un o'r botymau, os gwelwch yn dda.
form-type-answer = Teipiwch eich ateb fel neges, os gwelwch yn dda.
form-too-many = Gallwch ddewis hyd at { $max }. Tynnwch y tic oddi ar un yn gyntaf.
form-pick-one = Dewiswch o leiaf un opsiwn, yna pwyswch “Gorffen”.
form-text-too-long = Mae hynny'n { $length } nod; yr uchafswm yma yw { $max }. Byrhewch y testun a'i anfon eto, os gwelwch yn dda.
form-text-too-short = Ysgrifennwch o leiaf { $min ->
    [one] un nod
    [two] dau nod
   *[other] { $min } nod
}, os gwelwch yn dda.
form-date-unreadable = Doeddwn i ddim yn gallu darllen y dyddiad hwnnw. Rhowch gynnig ar "heddiw 14:30", "ddoe", neu "21/11/2026 09:15".
form-date-future = Mae'r amser hwnnw yn y dyfodol. Rhowch yr amser pan ddigwyddodd, os gwelwch yn dda.
form-date-past = Mae'r amser hwnnw eisoes wedi mynd heibio. Rhowch amser yn y dyfodol, os gwelwch yn dda.
form-done = Gorffen
form-yes = Ie
form-no = Na
form-now = Nawr
form-today = Yn gynharach heddiw
form-yesterday = Ddoe
form-time-of-day = Am faint o'r gloch ar { $date }? Teipiwch ef fel 14:30. Os nad ydych chi'n siŵr o'r union amser, rhowch eich amcangyfrif gorau.
form-skip = Hepgor
form-skipped = (hepgorwyd)
form-submit = Cyflwyno
form-change = Newid ateb
form-cancel = Canslo
form-review = Gwiriwch eich { $title }, os gwelwch yn dda:
    { $answers }
form-choose-change = Pa ateb hoffech chi ei newid?
form-already-open = Mae gennych chi { $title } ar y gweill yn barod. Ewch ymlaen isod, neu teipiwch /cancel i'w stopio yn gyntaf.
form-outdated = Mae'r ffurflen hon wedi newid ers i chi ei dechrau, felly rydym wedi clirio'r atebion oedd gennych ar y gweill. Dechreuwch eto, os gwelwch yn dda.
form-stale-button = Mae'r botwm hwnnw'n perthyn i neges gynharach, felly rydw i wedi'i anwybyddu. Dyma ble rydych chi nawr:
form-cancelled = Wedi canslo. Does dim byd o'r { $title } wedi'i gadw.
form-text-only = Dim ond testun wedi'i deipio y gallaf ei dderbyn yma. Disgrifiwch y peth mewn geiriau, os gwelwch yn dda.
form-idle-reminder = Mae gennych chi { $title } ar y gweill. Ewch ymlaen pan fyddwch chi'n barod, neu teipiwch /cancel. Mae atebion sydd heb eu gorffen yn cael eu dileu ar ôl diwrnod.
form-expired = Aeth diwrnod heibio heb ddim gweithgarwch, felly rydym wedi dileu'r { $title } oedd gennych ar y gweill. Ni chafodd dim byd ei anfon.
form-intro-kept = Yn dechrau: { $title }. Gallwch deipio /back i fynd yn ôl, /cancel i stopio, neu /help ar unrhyw gam. Os oes angen seibiant arnoch, caiff eich atebion anorffenedig eu cadw tan { $until } (diwedd y diwrnod ysgol nesaf) ar ôl eich ateb olaf.
form-idle-reminder-kept = Mae gennych { $title } heb ei orffen. Ewch ymlaen pan fyddwch yn barod, neu teipiwch /cancel. Caiff eich atebion eu cadw tan { $until }.
form-expiry-warning = Caiff eich { $title } anorffenedig ei ddileu am { $until } oni bai eich bod yn parhau. Atebwch y cwestiwn uchod i'w gadw, neu teipiwch /cancel.
form-expired-kept = Cafodd eich { $title } anorffenedig ei ddileu am { $until }, diwedd y diwrnod ysgol y cafodd ei gadw tan hynny. Ni anfonwyd dim.
form-none-open = Does dim byd ar y gweill i fynd yn ôl ynddo na'i ganslo.
form-remove-failed = Doeddwn i ddim yn gallu tynnu un o'ch negeseuon cynharach o'r sgwrs hon. Dilëwch hi eich hun, os gwelwch yn dda.

## Accounts and linking

welcome-unlinked = Helo! Fi yw cynorthwyydd Haven yr ysgol. I ddechrau, anfonwch y cod cysylltu a gawsoch gan swyddfa'r ysgol ataf, fel hyn: /link ABCD-EFGH-JKMN
welcome-back = Croeso'n ôl, { $name }. Teipiwch /help i weld beth alla i ei wneud.
link-usage = Anfonwch eich cod cysylltu ar ôl y gorchymyn, fel hyn: /link ABCD-EFGH-JKMN
link-private-only = Er eich diogelwch, dim ond mewn sgwrs breifat gyda fi y mae codau cysylltu'n gweithio. Anfonwch neges ataf yn uniongyrchol, os gwelwch yn dda.
link-too-many-tries = Mae gormod o godau anghywir wedi'u rhoi o'r cyfrif hwn. Arhoswch am awr, neu gofynnwch i swyddfa'r ysgol am god newydd.
link-code-wrong = Dydy'r cod hwnnw ddim yn gywir. Gwiriwch ef a rhowch gynnig arall arni ({ $left ->
    [zero] dim rhagor o gynigion
    [one] un cynnig arall
    [two] dau gynnig arall
   *[other] { $left } cynnig arall
} yr awr hon).
link-code-wrong-last = Dydy'r cod hwnnw ddim yn gywir, a dyna'r cynnig olaf am yr awr hon. Arhoswch awr cyn rhoi cynnig arall arni, neu gofynnwch i swyddfa'r ysgol am god newydd.
link-code-replaced = Mae cod mwy newydd a roddodd swyddfa'r ysgol i chi wedi cymryd lle'r cod hwnnw. Defnyddiwch y cod diweddaraf a gawsoch, neu gofynnwch i'r swyddfa am un.
link-code-expired = Mae'r cod hwnnw wedi dod i ben. Gofynnwch i swyddfa'r ysgol am un newydd, os gwelwch yn dda.
link-code-used = Mae'r cod hwnnw eisoes wedi cael ei ddefnyddio. Os nad chi a'i defnyddiodd, rhowch wybod i swyddfa'r ysgol, os gwelwch yn dda.
link-done = Diolch, { $name }. Mae'r cyfrif hwn bellach wedi'i gysylltu â { $school }.
unlink-done = Nid yw'r cyfrif hwn wedi'i gysylltu â { $name } mwyach. Gallwch gysylltu eto gyda chod newydd gan swyddfa'r ysgol.
not-linked = Dydw i ddim yn gwybod pwy ydych chi eto. Anfonwch y cod cysylltu gan swyddfa'r ysgol ataf: /link ABCD-EFGH-JKMN. I godi pryder am blentyn, cysylltwch â { -office } ar unwaith.
private-only = Defnyddiwch hwn mewn sgwrs breifat gyda fi, os gwelwch yn dda.
sent-privately = Rydw i wedi anfon neges breifat atoch chi.
group-pointer-unlinked = Anfonwch neges breifat ataf i ddechrau, os gwelwch yn dda.
whoami = Chi yw { $name }.
    Rolau: { $roles }
    Cysylltwyd ar: { $platforms }
    Iaith: { $language }

-office = swyddfa'r ysgol

platform-console = Consol
platform-telegram = Telegram
platform-discord = Discord
platform-teams = Microsoft Teams

role-staff = staff
role-volunteer = gwirfoddolwr
role-visitor = ymwelydd
role-dsl = Person Diogelu Dynodedig
role-deputy_dsl = dirprwy Berson Diogelu Dynodedig
role-online_safety_lead = arweinydd diogelwch ar-lein
role-headteacher = Pennaeth
role-chair_of_governors = Cadeirydd y Llywodraethwyr
role-vice_chair = Is-gadeirydd y Llywodraethwyr
role-safeguarding_governor = Llywodraethwr Diogelu
role-governor = llywodraethwr
role-slt = uwch dîm arwain
role-it_lead = arweinydd TG
role-stream_organiser = trefnydd ffrydio byw
role-roster_admin = gweinyddwr y rhestr
role-parent = rhiant neu ofalwr

language-name-en-GB = English
language-name-cy = Cymraeg
language-name-pl = Polski
language-name-ar = العربية
language-choose = Pa iaith hoffech chi i mi ei defnyddio?
language-set = O hyn ymlaen, byddaf yn ysgrifennu atoch yn yr iaith hon: { $language }.
language-unknown = Dydw i ddim yn adnabod yr iaith honno. Teipiwch /language i weld y dewisiadau.

help-unlinked = Rydw i'n helpu'r ysgol i gadw plant yn ddiogel ar-lein. I ddechrau, anfonwch y cod cysylltu gan swyddfa'r ysgol ataf: /link ABCD-EFGH-JKMN
help-staff = Dyma beth alla i ei wneud i chi:
    { $commands }
help-parent = Dyma beth alla i ei wneud i chi:
    { $commands }
    Bydd yr ysgol yn anfon negeseuon preifat atoch chi yma, fel manylion ffrydiau byw a nodiadau atgoffa.
help-line = { $command } — { $what }

## Errors and fallbacks

error-internal = Mae'n ddrwg gennym, aeth rhywbeth o'i le ar ein hochr ni, a does dim byd wedi newid. Os yw'n digwydd o hyd, rhowch wybod i swyddfa'r ysgol a nodwch y cyfeirnod { $reference }.
error-busy = Mae'n ddrwg gennym, mae Haven yn brysur iawn ac nid oedd yn gallu derbyn eich neges ar hyn o bryd, felly does dim byd wedi newid. { $again ->
        [itself] Bydd yn cael ei derbyn ohono'i hun mewn eiliad: does dim angen ei hanfon eto.
       *[resend] Anfonwch hi eto ymhen munud.
    } Os yw'n digwydd o hyd, rhowch wybod i swyddfa'r ysgol a nodwch y cyfeirnod { $reference }.
error-answer-given-back = Doeddwn i ddim yn gallu cadw'r ateb a ysgrifennoch chi, felly dyma fe, a does dim byd wedi'i golli:
    { $text }
text-not-understood = Dydw i ddim yn siŵr beth rydych chi'n ei olygu. Teipiwch /help i weld beth alla i ei wneud.
attachment-not-expected = Alla i ddim derbyn ffeiliau na lluniau. Peidiwch ag anfon delweddau o blant yma, os gwelwch yn dda.
command-unknown = Dydw i ddim yn adnabod y gorchymyn /{ $command }. Teipiwch /help i weld beth alla i ei wneud.
open-private-chat = Agor sgwrs breifat
delivery-unreachable = Doeddwn i ddim yn gallu anfon neges at { $name } ar { $platform }: { $reason }. Cysylltwch â nhw mewn ffordd arall, os gwelwch yn dda.
delivery-reason-unreachable = does dim modd eu cyrraedd yno (efallai eu bod wedi rhwystro'r bot neu wedi cau negeseuon uniongyrchol)
delivery-reason-not-linked = does ganddyn nhw ddim cyfrif sgwrsio wedi'i gysylltu
delivery-remove-failed-group = Doeddwn i ddim yn gallu tynnu neges o sgwrs grŵp ar { $platform } (sgwrs { $group }): { $reason }. Trefnwch ei bod yn cael ei dileu yno nawr, gan un o gymedrolwyr y sgwrs os oes angen.
delivery-remove-reason-forbidden = does gan y bot ddim hawl i ddileu negeseuon yno (ar Discord mae angen y caniatâd Manage Messages yn y sianel; ar Telegram rhaid iddo fod yn weinyddwr sy'n cael dileu negeseuon, a dim ond negeseuon o'r 48 awr ddiwethaf; ar Microsoft Teams ni all bot fyth ddileu negeseuon pobl)
delivery-remove-reason-other = ni dderbyniodd yr ap sgwrsio'r cais

## Command menu descriptions

cmd-help = Beth alla i ei wneud
cmd-whoami = Pwy rydw i'n meddwl ydych chi
cmd-language = Dewis eich iaith
cmd-concern = Rhoi gwybod am bryder, yn breifat
cmd-cases = Achosion y gallwch eu gweld (/cases closed: y rhai sydd wedi cau)
cmd-cancel = Stopio'r hyn rydych chi'n ei wneud
cmd-case = Agor achos a chofnodi beth ddigwyddodd
cmd-back = Mynd yn ôl i'r cwestiwn blaenorol
cmd-link = Cysylltu'r cyfrif hwn â'ch cod gan swyddfa'r ysgol
cmd-unlink = Datgysylltu'r cyfrif hwn
cmd-start = Dechrau, gyda'ch cod gan swyddfa'r ysgol os oes gennych chi un
cmd-clock = Dangos neu symud cloc Haven (y consol lleol yn unig)

## The local console

console-welcome = Consol Haven. Teipiwch /as ENW i siarad fel rhywun (rhowch gynnig ar /as Daniel), /people i restru pawb, /in group ENW neu /in private i ddewis ble rydych chi'n teipio, rhif i bwyso botwm, /clock +2h i symud amser ymlaen, /quit i adael.
console-to-private = ── at { $who } (sgwrs breifat)
console-to-group = ── at y grŵp { $who }
console-removed = ── (tynnwyd neges o sgwrs { $who })
console-now-private = Rydych chi'n teipio yn eich sgwrs breifat gyda Haven.
console-now-group = Rydych chi'n teipio yn y grŵp { $group }.
console-now-person = Chi yw { $name } nawr.
console-now-stranger = Does neb o'r enw { $name } yn y cyfeiriadur; rydych chi'n teipio fel cyfrif heb ei gysylltu.
console-ambiguous = Mae mwy nag un person yn cyfateb: { $names }. Teipiwch fwy o'r enw.
console-choose-person = Yn gyntaf, dewiswch pwy ydych chi: /as ENW (teipiwch /people i restru pawb).
console-clock-now = Mae cloc Haven yn dweud { $time } (amser yr ysgol). Symudwch ef ymlaen gyda /clock +30m, +2h, +3d neu /clock 2027-02-08 09:00.
console-clock-usage = Mae /clock yn dangos amser Haven. Mae /clock +30m, +2h, +3d neu +1w yn ei symud ymlaen gymaint â hynny; mae /clock 2027-02-08 09:00 yn ei symud i'r amser hwnnw (amser yr ysgol).
console-clock-backwards = Nid yw cloc Haven byth yn mynd yn ôl: mae hi eisoes yn { $time }, yn hwyrach na { $asked }.
console-clock-fixed = Mae'r cloc hwn yn cadw'r amser go iawn ac ni ellir ei symud.
console-clock-moved = Mae cloc Haven bellach yn { $time }. Yn rhedeg yr hyn a ddaeth yn ddyledus…
console-clock-sent = { $count ->
    [0] Ni anfonwyd dim.
    [one] Anfonwyd 1 neges (uchod).
   *[other] Anfonwyd { $count } neges (uchod).
}
clock-console-only = Dim ond yn y consol lleol y mae /clock yn symud amser, i roi cynnig ar Haven. Yma mae Haven yn cadw'r amser go iawn.

## Operator commands

check-school = Ysgol: { $name } (cylchfa amser { $tz })
check-database = Cronfa ddata: { $url }
check-key-ok = Allwedd amgryptio: wedi'i chanfod
check-key-missing = Allwedd amgryptio: ar goll. Gosodwch HAVEN_SECRETS__KEY neu secrets.key_file; fydd Haven ddim yn cychwyn platfform sgwrsio hebddi.
check-console-only = Does dim tocyn platfform sgwrsio wedi'i ffurfweddu: bydd Haven yn cychwyn y consol lleol.
check-platforms = Platfformau sgwrsio a fydd yn cychwyn: { $platforms }
check-calendar = Calendr yr ysgol: { $terms ->
    [one] 1 cyfnod tymor
   *[other] { $terms } cyfnod tymor
}, { $closures ->
    [one] 1 diwrnod cau
   *[other] { $closures } cyfnod cau
}; gwyliau banc: { $bank ->
    [none] dim
   *[other] Cymru a Lloegr
}.
check-calendar-next = Y diwrnod ysgol nesaf: { $date }
check-calendar-no-next = Dim diwrnod ysgol yn y deng mlynedd nesaf: gwiriwch school_hours.days a [school.calendar].
check-calendar-last-term = Mae'r tymor olaf yn gorffen ar { $date }; ar ei ôl mae pob diwrnod ysgol o'r wythnos yn cyfrif fel diwrnod ysgol nes ychwanegu rhagor o dymhorau.
calendar-file-unreadable = Methu darllen ffeil calendr yr ysgol { $file }: { $error }
calendar-file-bad = Mae camgymeriad yn ffeil calendr yr ysgol { $file } ar linell { $line }: { $problem }
calendar-file-bad-whole = Ni ellir defnyddio ffeil calendr yr ysgol { $file }: { $problem }
calendar-problem-format = rhaid i'w henw orffen gyda .ics (iCalendar) neu .csv.
calendar-problem-not-ics = nid ffeil iCalendar yw hi (dim llinell BEGIN:VCALENDAR).
calendar-problem-unfinished = nid oes END:VEVENT gan y digwyddiad hwn (BEGIN:VEVENT).
calendar-problem-no-start = nid oes DTSTART gan y digwyddiad hwn.
calendar-problem-date = nid yw “{ $value }” yn ddyddiad (iCalendar: YYYYMMDD; CSV: YYYY-MM-DD).
calendar-problem-end-before-start = mae'n gorffen cyn iddo ddechrau.
calendar-problem-header = rhaid i'r rhes gyntaf fod y pennawd kind,start,end,name.
calendar-problem-kind = nid yw “{ $value }” yn fath: defnyddiwch term neu closure.
calendar-problem-row = ni ellir darllen y rhes.
config-file-missing = Nid yw'r ffeil ffurfweddu { $path } yn bodoli.
start-key-missing = Dim allwedd amgryptio: gosodwch HAVEN_SECRETS__KEY neu secrets.key_file (nid yw { $path } yn bodoli). Ni fydd Haven yn storio pryderon heb eu hamgryptio.
report-period-backwards = Mae dechrau'r cyfnod (--from { $from }) ar ôl ei ddiwedd (--to { $to }).

## Camau pobl mewn ffurflen (am bwy mae adroddiad)

form-people-none = Dim un ohonyn nhw
form-people-unsure = Dwi ddim yn siŵr
form-people-pick = Tapiwch y bobl y mae'n ymwneud â nhw, yna pwyswch Gorffen; neu pwyswch "Dim un ohonyn nhw" neu "Dwi ddim yn siŵr".
form-people-pick-any = Tapiwch y bobl, yna pwyswch Gorffen; neu pwyswch "Dim un ohonyn nhw".
form-people-not-found = Allwn i ddim dod o hyd i neb o'r enw hwnnw yng nghyfeiriadur yr ysgol. Gwiriwch y sillafu, rhowch gynnig ar eu cyfenw neu eu rôl, neu defnyddiwch y botymau.
form-people-review = { $names }
form-people-review-unsure = Ddim yn siŵr: { $names }
## Link codes that cannot be hijacked

link-code-seen-in-group = Roedd hynny'n edrych fel cod cysylltu, felly nid yw'n gweithio mwyach, ac rwyf wedi gofyn i'r neges gael ei thynnu. Dim ond mewn sgwrs breifat gyda mi y dylid anfon codau cysylltu. Gall ei berchennog gael un newydd gan swyddfa'r ysgol.
link-code-revoked-owner = Cafodd eich cod cysylltu ei bostio mewn sgwrs grŵp, felly rwyf wedi'i ganslo i gadw eich cyfrif yn ddiogel. Gofynnwch i swyddfa'r ysgol am un newydd, a'i anfon ataf i yn unig, mewn sgwrs breifat.
link-code-revoked-office = Cafodd cod cysylltu { $name } ({ $external_id }) ei bostio mewn sgwrs grŵp ar { $platform }, felly mae wedi'i ganslo. Rhowch un newydd gyda: haven invite --person { $external_id }
link-code-revoked = Cafodd y cod hwnnw ei ganslo oherwydd iddo gael ei weld y tu allan i sgwrs breifat. Gofynnwch i swyddfa'r ysgol am un newydd.
link-relink-confirm = Mae rhywun newydd ddefnyddio cod cysylltu ar gyfer eich cofnod o gyfrif { $platform } gwahanol. Os mai chi oedd hynny (ar ffôn newydd, er enghraifft), pwyswch “Ie, symudwch fi”, a bydd y cyfrif hwn yn cael ei ddatgysylltu. Os nad chi oedd e, pwyswch “Na” a chaiff swyddfa'r ysgol wybod.
link-relink-yes = Ie, symudwch fi
link-relink-no = Na, nid fi oedd hynny
link-relink-waiting = Mae gan y person hwn gyfrif wedi'i gysylltu ar { $platform } eisoes. Rwyf wedi gofyn i'r cyfrif hwnnw gadarnhau'r symud; byddwch yn clywed gennyf pan fydd yn gwneud hynny. Os na all, gall swyddfa'r ysgol gymeradwyo'r symud ar ôl cyfnod aros.
link-relink-declined = Ni chafodd y symud ei gadarnhau, felly nid yw'r cyfrif hwn wedi'i gysylltu. Os ydych yn credu bod hyn yn gamgymeriad, cysylltwch â swyddfa'r ysgol.
link-relink-kept = Diolch. Mae eich cyfrif yn aros wedi'i gysylltu, ac ni chafodd y cyfrif arall ei gysylltu. Mae swyddfa'r ysgol wedi cael gwybod.
link-relink-declined-office = Defnyddiwyd cod cysylltu ar gyfer { $name } ({ $external_id }) o gyfrif { $platform } newydd, a dywedodd eu cyfrif presennol nad nhw oedd e. Ni chafodd y cyfrif newydd ei gysylltu.
link-relink-moved = Mae eich cofnod wedi'i symud i gyfrif { $platform } arall, felly nid yw'r cyfrif hwn wedi'i gysylltu mwyach. Os nad chi oedd hyn, cysylltwch â swyddfa'r ysgol ar unwaith.

## Safeguarding roles need a second person

role-confirm-ask = Cadarnhewch rôl ddiogelu: mae cyfeiriadur yr ysgol bellach yn rhoi'r rôl “{ $role }” i { $name } ({ $external_id }). Nes i chi ei chadarnhau, ni fyddant yn derbyn nac yn gweld unrhyw bryder. Cadarnhewch dim ond os ydych yn gwybod bod hyn yn gywir; os nad ydych yn ei adnabod, gwrthodwch.
role-confirm-yes = Cadarnhau
role-confirm-no = Gwrthod
role-pending-notice = Er gwybodaeth: mae cyfeiriadur yr ysgol bellach yn rhoi'r rôl “{ $role }” i { $name } ({ $external_id }). Daw i rym dim ond pan fydd y Pennaeth neu Gadeirydd y Llywodraethwyr yn ei chadarnhau.
role-confirmed = Cadarnhaodd { $by } y rôl “{ $role }” ar gyfer { $name } ({ $external_id }). Mae bellach mewn grym.
role-refused = Gwrthododd { $by } y rôl “{ $role }” ar gyfer { $name } ({ $external_id }). Nid yw'n dod i rym.
role-granted-you = Mae gennych y rôl “{ $role }” yn Haven bellach.
role-removed-notice = Nid oes gan { $name } ({ $external_id }) { $roles } yn Haven mwyach: newidiodd cyfeiriadur yr ysgol.
role-leaver-notice = Mae { $name } ({ $external_id }), a oedd â { $roles }, wedi'i nodi fel rhywun sydd wedi gadael yng nghyfeiriadur yr ysgol ac nid yw bellach yn derbyn nac yn gweld pryderon.
role-removed-you = Nid oes gennych { $roles } yn Haven mwyach: newidiodd cyfeiriadur yr ysgol. Os yw hyn yn gamgymeriad, siaradwch â'r Pennaeth.
role-holder-new-account-you = Mae eich cofnod Haven newydd gael ei gysylltu â chyfrif { $platform } hefyd. Os nad chi oedd hyn, dywedwch wrth y Pennaeth neu'r DSL ar unwaith.
role-holder-new-account = Er gwybodaeth: mae { $name } wedi cysylltu cyfrif { $platform } newydd â Haven.

## A safeguarding-role holder's new account waits for confirmation

role-leaver-you = Rydych wedi cael eich nodi fel rhywun sydd wedi gadael yng nghyfeiriadur yr ysgol, felly nid oes gennych { $roles } yn Haven mwyach, ac nid ydych yn derbyn nac yn gweld pryderon. Os yw hyn yn gamgymeriad, siaradwch â'r Pennaeth.
link-add-confirm = Mae rhywun newydd ddefnyddio cod cysylltu ar gyfer eich cofnod o gyfrif { $platform } newydd. Gan fod gennych rôl diogelu, dim ond ar ôl i chi gadarnhau y caiff ei gysylltu. Os mai chi oedd hynny, pwyswch “Ie, ychwanegwch ef”. Os nad, pwyswch “Na, nid fi oedd hynny” a chaiff tîm y DSL wybod.
link-add-yes = Ie, ychwanegwch ef
link-add-confirm-lead = Mae cod cysylltu ar gyfer { $name } ({ $external_id }) newydd gael ei ddefnyddio o gyfrif { $platform } newydd. Gan fod ganddynt rôl diogelu, dim ond ar ôl iddynt hwy (o gyfrif sydd eisoes wedi'i gysylltu), y Pennaeth neu Gadeirydd y Llywodraethwyr gadarnhau y caiff ei gysylltu. Cadarnhewch dim ond os ydych yn gwybod mai eu cyfrif nhw ydyw.
link-add-waiting = Mae gan y person hwn rôl diogelu ac mae ganddynt gyfrif wedi'i gysylltu â Haven eisoes. Dim ond ar ôl i'r cyfrif hwnnw, y Pennaeth neu Gadeirydd y Llywodraethwyr gadarnhau y caiff y cyfrif hwn ei gysylltu; byddwch yn clywed gennyf pan fyddant yn gwneud hynny.
link-add-kept = Diolch. Ni chafodd y cyfrif newydd ei gysylltu. Mae tîm y DSL a swyddfa'r ysgol wedi cael gwybod.
link-add-declined-notice = Defnyddiwyd cod cysylltu ar gyfer { $name } ({ $external_id }) o gyfrif { $platform } newydd, a dywedodd { $by } na ddylid ei gysylltu. Ni chafodd y cyfrif newydd ei gysylltu.
