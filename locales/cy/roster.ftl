# Machine translation; to be reviewed by a native speaker.

### Roster import and link-code invitations (used by the roster admin's tools).

## Import: one line per problem, "Line 7: …"

import-error-at-line = Llinell { $line }: { $problem }
import-failed = Ni chafodd y ffeil ei mewnforio, oherwydd { $count ->
        [one] mae problem gydag un rhes
        [two] mae problemau gyda dwy res
       *[other] mae problemau gyda { $count } rhes
    }. Does dim byd wedi newid. Cywirwch y ffeil a'i mewnforio eto.
import-error-missing-column = Does dim colofn “{ $column }” yn y pennawd. Gwiriwch fod y llinell gyntaf yn enwi'r colofnau a bod y gwerthoedd yn y ffeil wedi'u gwahanu â chomâu.
import-error-field-count = Mae gan y rhes hon { $found } maes, ond mae gan y pennawd { $expected }. Rhaid i enw neu ddosbarth sy'n cynnwys coma fod mewn dyfynodau dwbl.
import-error-unreadable = Doedd dim modd darllen y rhes hon. Cadwch y ffeil fel “CSV UTF-8” a rhowch gynnig arall arni.
import-error-empty-external-id = Mae'r ID allanol yn wag.
import-error-empty-name = Mae'r enw yn wag.
import-error-unknown-role = Nid yw “{ $role }” yn rôl y mae Haven yn ei hadnabod. Y rolau yw: staff, volunteer, visitor, dsl, deputy_dsl, online_safety_lead, headteacher, chair_of_governors, vice_chair, safeguarding_governor, governor, slt, it_lead, stream_organiser, roster_admin, parent.
import-error-no-staff-role = Mae angen o leiaf un rôl heblaw “parent” ar res aelod o staff, fel “staff”, “volunteer” neu “governor”.
import-error-unknown-language = Nid yw “{ $language }” yn iaith y mae Haven yn ei siarad. Defnyddiwch en-GB, cy, pl neu ar, neu gadewch y maes yn wag ar gyfer Saesneg.
import-error-no-class = Mae angen o leiaf un dosbarth ar res rhiant. Gwahanwch sawl dosbarth â “;”.
import-error-duplicate-external-id = Mae'r ID allanol “{ $external_id }” eisoes wedi'i ddefnyddio ar linell { $first_line }.

## Import: the result

import-summary = Wedi mewnforio: { $added } newydd, { $updated } wedi'u diweddaru, { $unchanged } heb newid, { $left } wedi'u nodi fel rhai sydd wedi gadael.

## Invitations

invite-issued = { $count ->
        [one] Cyhoeddwyd un cod cysylltu, sy'n ddilys tan { $expires }.
        [two] Cyhoeddwyd dau god cysylltu, sy'n ddilys tan { $expires }.
       *[other] Cyhoeddwyd { $count } cod cysylltu, sy'n ddilys tan { $expires }.
    }
invite-none = Ni chyhoeddwyd unrhyw god cysylltu: mae gan bawb a ddewiswyd gyfrif wedi'i gysylltu yn barod.
invite-file-written = Mae'r gwahoddiadau yn { $path }. Mae'r ffeil yn cynnwys y codau: cadwch hi'n ddiogel a'i dileu ar ôl y cyfuno post.
invite-error-unknown-person = Does gan neb yn y cyfeiriadur yr ID allanol “{ $external_id }”.
invite-error-leaver = Mae'r person sydd â'r ID allanol “{ $external_id }” wedi gadael yr ysgol, felly ni chyhoeddwyd cod.

# The letter or email sent to each person with their code (for the mail merge).
invite-letter-subject = Cysylltwch â { $school } yn eich ap sgwrsio
invite-letter =
    Annwyl { $name },

    Mae { $school } yn defnyddio Haven i anfon negeseuon yr ysgol atoch yn breifat, yn yr ap sgwrsio rydych chi eisoes yn ei ddefnyddio.

    Eich cod cysylltu personol yw: { $code }

    Anfonwch y cod hwn at fot Haven yr ysgol mewn sgwrs breifat. Dim ond unwaith y mae'r cod yn gweithio, ac mae'n dod i ben ar { $expires }. Peidiwch â'i rannu ag unrhyw un, os gwelwch yn dda.
invite-letter-telegram = Ar ffôn sydd â Telegram, gallwch hefyd agor y ddolen hon yn lle hynny: { $link }

## Import: checks that keep the school from being emptied

import-refused-empty = Ni chafodd dim ei fewnforio: nid oes neb yn y ffeil, a byddai ei mewnforio yn nodi pawb fel rhai sydd wedi gadael. Gwiriwch fod yr allforyn yn gyflawn.
import-dry-run-summary = Rhediad prawf, ni ysgrifennwyd dim. Byddai'r mewnforio yn ychwanegu { $added }, yn diweddaru { $updated }, yn gadael { $unchanged } heb newid ac yn nodi { $left } fel rhai sydd wedi gadael.
import-leaver-line = wedi gadael: { $external_id } { $name }
import-group-staff = yr holl staff
import-group-parents = yr holl rieni
import-group-class = rhieni { $class }
import-leavers-group = { $group }: byddai { $leaving } o { $total } yn cael eu nodi fel rhai sydd wedi gadael.
import-refused-leavers = Ni chafodd dim ei fewnforio: byddai'r ffeil yn nodi mwy na { $percent }% o grŵp fel rhai sydd wedi gadael (wedi'u rhestru uchod). Gwiriwch fod yr allforyn yn gyflawn; os yw'r bobl hyn wedi gadael go iawn, rhedwch y mewnforio eto gyda --allow-leavers.

## Invitations and account moves that never replace anything silently

invite-error-linked = Mae gan { $external_id } gyfrif sgwrsio wedi'i gysylltu eisoes, felly ni roddwyd cod. I roi un beth bynnag, ychwanegwch --include-linked: gofynnir i'w cyfrif presennol gadarnhau symud.
invite-error-live-code = Cafodd { $external_id } god heddiw am { $issued } sy'n dal i weithio, felly ni roddwyd cod newydd. I'w ddisodli, ychwanegwch --replace.
invite-skipped-live = { $count ->
        [one] Gadawyd un person allan: mae cod a roddwyd iddynt heddiw yn dal i weithio (ychwanegwch --replace i roi un newydd).
       *[other] Gadawyd { $count } o bobl allan: mae codau a roddwyd iddynt heddiw yn dal i weithio (ychwanegwch --replace i roi rhai newydd).
    }
relink-approved = Mae { $external_id } bellach wedi'i gysylltu â'u cyfrif newydd, ac mae'r hen gyfrif wedi cael gwybod.
relink-error-nothing-pending = Nid oes gan { $external_id } symud cyfrif yn aros am gymeradwyaeth.
relink-error-too-soon = Gellir cymeradwyo'r symud ar gyfer { $external_id } o { $from }, pan fydd y cyfnod aros drosodd.

## Import: safeguarding roles wait for confirmation

import-pending-role-line = yn aros i'r Pennaeth neu'r Cadeirydd gadarnhau yn y sgwrs: { $external_id } { $name }: { $role }

## Import: the school keeps its leads; new accounts of leads

import-refused-no-leads = Ni fewnforiwyd dim: wedyn ni fyddai neb gweithredol yn dal rôl y Pennaeth, Cadeirydd y Llywodraethwyr na'r DSL, felly ni allai neb dderbyn pryderon na chadarnhau rolau diogelu. Nid yw --allow-leavers yn newid hyn. Gwiriwch golofn rolau'r ffeil.
relink-error-guarded = Mae gan { $external_id } rôl diogelu, felly ni all swyddfa'r ysgol gymeradwyo cyfrif newydd ar eu cyfer. Un o'u cyfrifon presennol, y Pennaeth neu Gadeirydd y Llywodraethwyr sy'n ei gadarnhau yn Haven.
