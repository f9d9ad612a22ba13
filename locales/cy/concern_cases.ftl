# Machine translation; to be reviewed by a native speaker.
## Haven — pryderon: yr adroddwr yn ychwanegu at ei bryder, honiadau am oedolion, cyngor brys
## polisi 002 ac adolygiad cychwynnol secstio (Cymraeg).

## /concern add

concern-usage = Defnyddiwch /concern i adrodd pryder newydd. I ychwanegu rhywbeth at bryder a adroddwyd gennych, defnyddiwch /concern add ac yna ei gyfeirnod, er enghraifft /concern add C-2026-0042.
concern-add-refused = Alla i ddim ychwanegu at y pryder hwnnw. Naill ai nid oes pryder o'r fath, neu nid yw'n un y gallwch ychwanegu ato. Mae cyfeirnodau'n edrych fel C-2026-0042.
concern-button-add = Ychwanegu at fy mhryder
concern-add-title = ychwanegu at eich pryder
concern-add-q-text = Beth hoffech chi ei ychwanegu? Ysgrifennwch yn eich geiriau eich hun. Dim ond y bobl sy'n delio â'r pryder fydd yn ei ddarllen; ni fyddwch yn gweld yr achos.
concern-add-l-text = Yr hyn rydych yn ei ychwanegu
concern-add-h-text = Ychwanegwch unrhyw beth rydych wedi sylwi arno neu wedi'i gofio ers i chi adrodd: beth ddigwyddodd, pryd, pwy oedd yno. Peidiwch ag anfon lluniau na ffeiliau. Os yw plentyn mewn perygl nawr, ffoniwch 999.
concern-add-saved = Wedi'i gadw. Mae'r hyn a ysgrifennoch wedi'i ychwanegu at { $ref }. { $told ->
        [0] Ni allwn ddod o hyd i neb i'w hysbysu. Cysylltwch â'r LADO nawr: { $lado }.
       *[other] Mae'r bobl sy'n delio ag ef wedi cael gwybod.
    }
concern-add-not-saved = Allwn i ddim cadw hynny: mae'r pryder wedi'i gau neu nid yw'n un y gallwch ychwanegu ato mwyach. Ni chofnodwyd dim. Os yw'n dal yn bwysig, dywedwch wrth DSL wyneb yn wyneb neu adroddwch ef gyda /concern. Dyma'r hyn a ysgrifennoch, fel nad yw'n cael ei golli:
    { $text }
concern-added-alert = Mae'r adroddwr wedi ychwanegu at { $ref }. Ni anfonir manylion mewn rhybuddion. Agorwch ef yn breifat: /case { $ref }
concern-entry-reporter = Ychwanegwyd gan yr adroddwr

## Honiadau a phryderon lefel isel am oedolion (Cadw Plant yn Ddiogel mewn Addysg, rhan pedwar)

concern-cat-k_coerce = Cyswllt: gorfodaeth, blacmel neu secstorsiwn
concern-cat-a_boundaries = Oedolion: ffiniau proffesiynol neu berthynas amhriodol â disgybl
concern-cat-a_lowlevel = Oedolion: pryder lefel isel am oedolyn
concern-group-adults = Pryderon am oedolion

## Brys a gynghorir (polisi 002)

concern-urgent-advised = cynghorir brys
concern-urgent-advised-criteria = Cynghorir brys ar gyfer { $ref }. Mae polisi 002 ("Trin digwyddiad secstio / hunlun noeth") yn dweud y dylid atgyfeirio ar unwaith i'r heddlu a/neu ofal cymdeithasol plant os:
    1. mae'r digwyddiad yn ymwneud ag oedolyn;
    2. mae rheswm i gredu bod person ifanc wedi'i orfodi, ei flacmelio neu ei baratoi, neu mae pryderon am ei allu i gydsynio (er enghraifft oherwydd anghenion addysgol arbennig);
    3. mae'r hyn a wyddoch am y delweddau'n awgrymu gweithredoedd rhywiol anarferol i gam datblygiad y person ifanc, neu drais;
    4. mae gennych reswm i gredu bod disgybl mewn perygl uniongyrchol o niwed, er enghraifft yn hunanladdol neu'n hunan-niweidio.
    Mae unrhyw bryder am gamddefnydd gan staff yn mynd at y Pennaeth, neu, os yw am y Pennaeth, at Gadeirydd y Llywodraethwyr a'r LADO (polisi 002, "Trin Digwyddiadau").

## Adolygiad cychwynnol secstio (polisi 002)

concern-button-review = Adolygiad cychwynnol
case-review-title = adolygiad cychwynnol secstio
case-review-help = Atebwch o'r hyn sy'n hysbys yn y cyfarfod adolygu cychwynnol. Cwestiynau 1 i 4 yw meini prawf polisi 002 ar gyfer atgyfeirio ar unwaith: mae Ydy i unrhyw un ohonynt yn golygu atgyfeirio i'r heddlu a/neu ofal cymdeithasol plant nawr. Gellir hepgor y cwestiynau eraill os nad ydynt yn hysbys eto.
case-review-q-adult = 1. A oes unrhyw oedolion yn gysylltiedig â'r digwyddiad neu â rhannu'r delweddau?
case-review-l-adult = Mae oedolyn yn gysylltiedig
case-review-q-coerced = 2. A oes rheswm i gredu bod person ifanc wedi'i orfodi, ei flacmelio neu ei baratoi, neu a oes pryderon am ei allu i gydsynio (er enghraifft oherwydd anghenion addysgol arbennig)?
case-review-l-coerced = Wedi'i orfodi, ei flacmelio neu ei baratoi, neu amheuaeth am y gallu i gydsynio
case-review-q-extreme = 3. A yw'r hyn a wyddoch am y delweddau'n awgrymu gweithredoedd rhywiol anarferol i gam datblygiad y person ifanc, neu drais?
case-review-l-extreme = Gweithredoedd anarferol i'w cam datblygiad, neu dreisgar
case-review-q-risk = 4. A yw disgybl mewn perygl uniongyrchol o niwed oherwydd y rhannu, er enghraifft yn hunanladdol neu'n hunan-niweidio?
case-review-l-risk = Disgybl mewn perygl uniongyrchol o niwed
case-review-q-knowledge = A rannwyd ac a dderbyniwyd y delweddau gyda gwybodaeth y disgybl sydd ynddynt?
case-review-l-knowledge = Wedi'i rannu gyda gwybodaeth y disgybl sydd ynddynt
case-review-q-widely = A yw'r delweddau wedi'u rhannu'n eang? Hepgorwch os nad yw'n hysbys.
case-review-l-widely = Wedi'i rannu'n eang
case-review-q-vulnerable = A oes gan y disgyblion dan sylw fregusrwydd ychwanegol?
case-review-l-vulnerable = Bregusrwydd ychwanegol
case-review-q-before = A yw'r person ifanc wedi cymryd rhan yn y math hwn o weithgaredd o'r blaen?
case-review-l-before = Wedi digwydd o'r blaen
case-review-q-remove = A ddylid gweithredu ar unwaith i ddileu neu dynnu delweddau o ddyfeisiau neu wasanaethau ar-lein?
case-review-l-remove = Delweddau i'w dileu neu eu tynnu nawr
case-review-q-setting = A oes angen cysylltu ag ysgol, coleg, lleoliad neu unigolyn arall?
case-review-l-setting = Ysgol, lleoliad neu unigolyn arall i gysylltu ag ef
case-review-q-parents = A fydd rhieni neu ofalwyr y disgyblion dan sylw yn cael eu hysbysu? Yn y rhan fwyaf o achosion dylent.
case-review-l-parents = Rhieni neu ofalwyr i'w hysbysu
case-review-q-note = Nodiadau'r adolygiad: pam y rhannwyd y delweddau, pwy a'u rhannodd, ble, yr effaith ar y disgyblion, a beth a benderfynwyd.
case-review-l-note = Nodiadau
case-review-h-note = Disgrifiwch y delweddau mewn geiriau yn unig; peidiwch byth ag edrych arnynt, eu copïo na'u hanfon ymlaen. Cofnodwch pwy oedd yn y cyfarfod a'r rhesymau dros yr hyn a benderfynwyd.
concern-entry-review = Adolygiad cychwynnol
concern-review-outcome = Polisi 002
concern-review-refer-now = atgyfeiriwch i'r heddlu a/neu ofal cymdeithasol plant nawr
concern-review-no-criterion = ni fodlonwyd unrhyw faen prawf atgyfeirio ar unwaith; gall yr ysgol ymateb heb yr heddlu na gofal cymdeithasol plant, a gall uwchgyfeirio ar unrhyw adeg
concern-review-added = Ychwanegwyd yr adolygiad cychwynnol at gronoleg { $ref } fel cofnod #{ $n }. Polisi 002: { $outcome }.
