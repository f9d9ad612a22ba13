# Machine translation; to be reviewed by a native speaker.
## Ail-lofnodi'r Polisi Defnydd Derbyniol (/aup).

cmd-aup = Darllen a llofnodi'r Polisi Defnydd Derbyniol
aup-usage = Teipiwch /aup i weld y polisïau sydd angen i chi eu llofnodi. Gall yr arweinydd diogelwch ar-lein hefyd ddefnyddio /aup publish a /aup report.
aup-none = Does dim Polisi Defnydd Derbyniol i chi ei lofnodi ar hyn o bryd.
aup-lead-hint = Fel arweinydd diogelwch ar-lein neu Bennaeth gallwch ddefnyddio /aup report i weld pwy sydd wedi llofnodi, a gall yr arweinydd diogelwch ar-lein ddefnyddio /aup publish i gyhoeddi fersiwn newydd.

## Ble rydych chi'n sefyll

aup-status-signed = { $title } (fersiwn { $version }): fe wnaethoch lofnodi fersiwn { $signed_version } ar { $signed }. Gofynnir i chi lofnodi eto erbyn { $due }.
aup-status-due = { $title } (fersiwn { $version }): darllenwch a llofnodwch erbyn { $due }. Y tro diwethaf fe wnaethoch lofnodi fersiwn { $signed_version } ar { $signed }.
aup-status-overdue = { $title } (fersiwn { $version }): roedd hwn i fod erbyn { $due }. Darllenwch a llofnodwch nawr; ni ddylech ddefnyddio systemau'r ysgol nes i chi wneud.
aup-status-never_signed = { $title } (fersiwn { $version }): dydych chi ddim wedi llofnodi hwn eto. Darllenwch a llofnodwch erbyn { $due }, a chyn defnyddio unrhyw ddyfais neu gyfrif ysgol.

aup-button-read = Darllen
aup-button-agree = Rwy'n cytuno
aup-button-ask = Gofyn cwestiwn
aup-button-invalid = Mae'n ddrwg gen i, nid yw'r botwm hwnnw ar gyfer polisi sydd angen i chi ei lofnodi, felly rwyf wedi'i anwybyddu. Teipiwch /aup i weld eich polisïau.
aup-button-superseded = Roedd y botwm hwnnw ar gyfer fersiwn { $old } o { $title }, sydd wedi'i ddisodli gan fersiwn { $version }. Dyma'r un cyfredol:

## Darllen a llofnodi

aup-text-part = { $title }, fersiwn { $version } ({ $part }/{ $parts })

    { $text }
aup-read-link = Gallwch hefyd ei ddarllen ar-lein: { $link }
aup-read-done = Dyna'r cyfan o { $title }, fersiwn { $version } (ôl bys { $hash }). Os ydych chi'n cytuno i'w ddilyn, pwyswch Rwy'n cytuno. Os oes rhywbeth yn aneglur, gofynnwch gwestiwn yn gyntaf.
aup-read-done-signed = Dyna'r cyfan o { $title }, fersiwn { $version } (ôl bys { $hash }). Rydych chi eisoes wedi'i lofnodi.
aup-read-first = Darllenwch { $title } cyn cytuno iddo: pwyswch Darllen, a bydd y botwm Rwy'n cytuno yn dilyn y testun.
aup-already-signed = Fe wnaethoch lofnodi { $title } (fersiwn { $version }) eisoes ar { $signed }. Gofynnir i chi lofnodi eto erbyn { $due }.
aup-signed = Diolch. Fe wnaethoch lofnodi { $title }, fersiwn { $version } (ôl bys { $hash }), ar { $signed }. Gofynnir i chi ei lofnodi eto erbyn { $due }.

## Cwestiynau

aup-question-title = cwestiwn am y Polisi Defnydd Derbyniol
aup-question-prompt = Beth hoffech chi ei ofyn i'r arweinydd diogelwch ar-lein? Teipiwch eich cwestiwn mewn un neges (hyd at { $max } nod).
aup-question-label = Cwestiwn
aup-question-help = Mae eich cwestiwn yn mynd yn breifat at yr arweinydd diogelwch ar-lein, a fydd yn ymateb. Nid yw gofyn yn llofnodi'r polisi.
aup-question-to-lead = Mae gan { $name } gwestiwn am { $title } (fersiwn { $version }) cyn llofnodi:
    { $question }
    Pwyswch Ateb i'w hateb yn breifat.
aup-question-sent = Diolch. Mae eich cwestiwn wedi mynd at yr arweinydd diogelwch ar-lein. Dydych chi ddim wedi llofnodi eto: pwyswch Rwy'n cytuno pan fyddwch yn fodlon.
aup-question-nobody = Mae'n ddrwg gen i, does gan yr ysgol ddim arweinydd diogelwch ar-lein na Phennaeth yn Haven i anfon hwn atyn nhw. Gofynnwch i swyddfa'r ysgol.
aup-button-reply = Ateb
aup-answer-title = ateb i gwestiwn am y Polisi Defnydd Derbyniol
aup-answer-prompt = Beth yw eich ateb? Teipiwch ef mewn un neges (hyd at { $max } nod).
aup-answer-label = Ateb
aup-answer-help = Mae eich ateb yn mynd yn breifat at y person a ofynnodd, a neb arall.
aup-answer-to-asker = Atebodd { $name } eich cwestiwn am { $title } (fersiwn { $version }):
    { $answer }
    Teipiwch /aup i ddarllen neu lofnodi'r polisi.
aup-answer-sent = Mae eich ateb wedi'i anfon yn breifat at { $name }.
aup-reply-not-lead = Mae'n ddrwg gen i, dim ond yr arweinydd diogelwch ar-lein (neu'r Pennaeth, os nad oes un gan yr ysgol) all ateb cwestiynau am y Polisi Defnydd Derbyniol. Does dim wedi'i anfon.
aup-reply-answered = Mae'r cwestiwn hwnnw wedi'i ateb yn barod, felly does dim mwy wedi'i anfon.
aup-reply-unknown = Mae'n ddrwg gen i, ni allaf ddod o hyd i'r cwestiwn hwnnw mwyach, felly does dim wedi'i anfon.

## Cyhoeddi

aup-publish-not-allowed = Dim ond yr arweinydd diogelwch ar-lein all gyhoeddi fersiwn newydd o'r Polisi Defnydd Derbyniol.
aup-publish-title = fersiwn newydd o bolisi
aup-publish-ask-title = Beth yw enw'r polisi? (er enghraifft: Polisi Defnydd Derbyniol Staff). Mae teitl a ddefnyddiwyd o'r blaen yn cyhoeddi fersiwn newydd o'r polisi hwnnw.
aup-publish-label-title = Teitl
aup-publish-help-title = Defnyddiwch yr un teitl ag o'r blaen i ddisodli polisi â fersiwn newydd; mae teitl newydd yn dechrau polisi ar wahân.
aup-publish-ask-version = Beth yw enw'r fersiwn hon? (er enghraifft: 2026.1, heb fylchau)
aup-publish-label-version = Fersiwn
aup-publish-help-version = Label byr y gall pobl ei ddyfynnu, fel 2026.1 neu v3. Mae angen label newydd ar bob fersiwn o bolisi.
aup-publish-ask-audience = Pwy sy'n gorfod ei lofnodi? Ticiwch bawb sy'n berthnasol, yna pwyswch Gorffen.
aup-publish-label-audience = Pwy sy'n llofnodi
aup-publish-help-audience = Mae staff yn cynnwys pawb a gyflogir gan yr ysgol, gan gynnwys y Pennaeth a'r swyddfa. Dim ond os byddwch yn eu ticio y gofynnir i rieni.
aup-publish-ask-rule = Pryd mae'n rhaid i bobl ei lofnodi eto?
aup-publish-label-rule = Llofnodi eto
aup-publish-help-rule = Naill ai 12 mis ar ôl i bob person lofnodi ddiwethaf, neu erbyn 1 Medi bob blwyddyn. Gellir gosod dyddiadau penodol eraill gyda'r gorchymyn haven aup publish.
aup-publish-ask-source = Pa destun ddylai fod ganddo?
aup-publish-label-source = Testun
aup-publish-help-source = Y sampl yw Polisi Defnydd Derbyniol staff Haven, wedi'i ysgrifennu o bolisïau e-ddiogelwch yr ysgol. Neu gludwch eich testun eich hun.
aup-publish-ask-text = Gludwch destun y polisi mewn un neges (hyd at { $max } nod). Ar gyfer testunau hirach, defnyddiwch y gorchymyn haven aup publish gyda ffeil.
aup-publish-label-text = Testun wedi'i gludo
aup-publish-help-text = Gludwch y polisi cyfan. Bydd pobl yn darllen yr union destun hwn, ac mae eu llofnod yn cofnodi ei ôl bys.
aup-publish-ask-effective = Pryd mae'n dod i rym? Teipiwch ddyddiad ac amser fel 01/12/2026 08:00, neu pwyswch Hepgor i'w wneud ar unwaith.
aup-publish-label-effective = Yn dod i rym
aup-publish-help-effective = Tan hynny mae pobl yn dal i lofnodi'r fersiwn gyfredol. O hynny ymlaen, mae pawb sy'n gorfod ei lofnodi yn cael dyddiad cau a nodiadau atgoffa.

aup-audience-staff = Staff
aup-audience-volunteer = Gwirfoddolwyr
aup-audience-visitor = Ymwelwyr a chontractwyr
aup-audience-governor = Llywodraethwyr
aup-audience-parent = Rhieni a gofalwyr
aup-rule-annual = 12 mis ar ôl llofnodi
aup-rule-september = Erbyn 1 Medi bob blwyddyn
aup-source-sample = Y polisi staff enghreifftiol
aup-source-paste = Byddaf yn gludo'r testun

aup-publish-bad-audience = Dewiswch o leiaf un grŵp sy'n gorfod ei lofnodi.
aup-publish-bad-title = Rhaid i'r teitl fod rhwng 1 a 120 nod.
aup-publish-bad-version = Rhaid i'r fersiwn fod rhwng 1 a 30 nod, heb fylchau. Pwyswch Newid ateb i'w gywiro.
aup-publish-empty-text = Mae testun y polisi'n wag.
aup-publish-exists = Mae gan y polisi hwn fersiwn gyda'r label hwnnw eisoes. Pwyswch Newid ateb i ddewis label fersiwn arall.
aup-published = Wedi cyhoeddi { $title }, fersiwn { $version } (ôl bys { $hash }). { $count ->
        [one] Rhaid i un person
       *[other] Rhaid i { $count } o bobl
    } ei lofnodi erbyn { $due }; byddaf yn gofyn iddyn nhw yn ystod oriau gwaith ac yn eu hatgoffa nes iddyn nhw wneud.
aup-published-later = Wedi cyhoeddi { $title }, fersiwn { $version } (ôl bys { $hash }). Mae'n dod i rym ar { $effective }; tan hynny mae pobl yn dal i lofnodi'r fersiwn gyfredol.

## Nodiadau atgoffa

aup-remind-first = Cyn i chi ddefnyddio systemau'r ysgol, darllenwch a llofnodwch { $title } (fersiwn { $version }) erbyn { $due }.
aup-remind-new-version = Mae fersiwn newydd o { $title } (fersiwn { $version }). Darllenwch a llofnodwch hi erbyn { $due }.
aup-remind-renew = Mae'n bryd llofnodi { $title } eto: fe wnaethoch ei lofnodi ddiwethaf ar { $signed }. Darllenwch a llofnodwch fersiwn { $version } erbyn { $due }.
aup-remind-soon = Nodyn atgoffa: darllenwch a llofnodwch { $title } (fersiwn { $version }) erbyn { $due } ({ $days ->
        [one] un diwrnod ar ôl
       *[other] { $days } diwrnod ar ôl
    }).
aup-remind-today = Nodyn atgoffa: mae { $title } (fersiwn { $version }) i fod heddiw. Darllenwch a llofnodwch.
aup-remind-overdue = Roedd { $title } (fersiwn { $version }) i fod ar { $due }, { $days ->
        [one] un diwrnod yn ôl
       *[other] { $days } diwrnod yn ôl
    }. Darllenwch a llofnodwch nawr.

## Y crynodeb wythnosol

aup-digest-line = { $name }: { $title } (fersiwn { $version }), i fod { $due }, { $days ->
        [one] un diwrnod yn hwyr
       *[other] { $days } diwrnod yn hwyr
    }
aup-digest-lead = Polisi Defnydd Derbyniol: { $count ->
        [one] mae un person
       *[other] mae { $count } o bobl
    } yn hwyr yn llofnodi.
    { $people }
aup-digest-head = Polisi Defnydd Derbyniol: { $count ->
        [one] mae un person wedi bod
       *[other] mae { $count } o bobl wedi bod
    } yn hwyr yn llofnodi ers { $weeks } wythnos neu fwy.
    { $people }

## Yr adroddiad

aup-report-not-allowed = Dim ond yr arweinydd diogelwch ar-lein a'r Pennaeth all weld adroddiad y Polisi Defnydd Derbyniol.
aup-report-none = Does dim Polisi Defnydd Derbyniol wedi'i gyhoeddi eto. Gall yr arweinydd diogelwch ar-lein gyhoeddi un gyda /aup publish.
aup-report-policy = { $title }, fersiwn { $version }: { $total } i lofnodi; { $signed } wedi llofnodi, { $due } i fod, { $overdue } yn hwyr, { $never } erioed wedi llofnodi.
    { $people }
aup-report-line-signed = { $name }: wedi llofnodi fersiwn { $signed_version } ar { $signed }; i fod nesaf { $due }
aup-report-line-due = { $name }: i fod erbyn { $due }; llofnodwyd fersiwn { $signed_version } ddiwethaf ar { $signed }
aup-report-line-overdue = { $name }: yn hwyr ers { $due }; llofnodwyd fersiwn { $signed_version } ddiwethaf ar { $signed }
aup-report-line-overdue-unsigned = { $name }: yn hwyr ers { $due }; erioed wedi llofnodi
aup-report-line-never_signed = { $name }: erioed wedi llofnodi; i fod erbyn { $due }

## Y llinell orchymyn (haven aup)

aup-cli-published = Wedi cyhoeddi { $title }, fersiwn { $version } (ôl bys { $hash }), yn dod i rym { $effective }. Rhaid i { $count } o bobl ei lofnodi erbyn { $due }; mae Haven yn gofyn iddyn nhw yn ystod oriau gwaith.
aup-cli-bad-audience = Nid yw “{ $group }” yn gynulleidfa. Defnyddiwch staff, volunteer, visitor, governor neu parent, wedi'u gwahanu gan gomas.
aup-cli-bad-rule = Nid yw “{ $rule }” yn rheol ail-lofnodi. Defnyddiwch annual, neu fixed:MM-DD fel fixed:09-01.
aup-cli-bad-effective = Nid yw “{ $effective }” yn ddyddiad. Defnyddiwch BBBB-MM-DD (hanner nos, amser yr ysgol) neu BBBB-MM-DD AA:MM.
aup-cli-bad-version = Rhaid i'r fersiwn fod rhwng 1 a 30 nod, heb fylchau: rhowch un arall gyda --version.
aup-cli-exists = Mae gan y polisi hwn fersiwn gyda'r label hwnnw eisoes: rhowch un arall gyda --version.
