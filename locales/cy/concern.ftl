# Machine translation; to be reviewed by a native speaker.
## Haven — pryderon a chofnodion achos (Cymraeg).

## Pwy all adrodd

concern-not-linked = Dydw i ddim yn gwybod pwy ydych chi eto, felly alla i ddim derbyn pryder yma. Os ydych chi'n poeni am blentyn, cysylltwch â { $office } ar unwaith. Os yw plentyn mewn perygl nawr, ffoniwch 999.
concern-parent = Diolch am fod eisiau helpu i gadw plant yn ddiogel. Mae pryderon gan rieni a gofalwyr yn mynd yn syth i'r ysgol: cysylltwch â { $office }. Os yw plentyn mewn perygl nawr, ffoniwch 999. Nid oes dim a ysgrifennwch yma'n cael ei gofnodi fel pryder.

## Ffurflen yr adroddwr

concern-title = adroddiad pryder
concern-attachment-refused = Peidiwch ag anfon lluniau na ffeiliau yma. Peidiwch byth ag edrych ar, copïo, anfon ymlaen na chymryd sgrinlun o ddelwedd anweddus o blentyn, hyd yn oed i'w hadrodd: disgrifiwch mewn geiriau yr hyn a welsoch a dywedwch wrth DSL ble mae hi.

concern-q-danger = A yw plentyn mewn perygl uniongyrchol o niwed ar hyn o bryd?
concern-l-danger = Perygl uniongyrchol
concern-h-danger = Atebwch Ie os gallai plentyn gael ei niweidio cyn i rywun allu gweithredu, er enghraifft os yw mewn perygl nawr neu ar fin cwrdd â rhywun a allai ei niweidio. Os atebwch Ie, dangosaf y rhifau argyfwng i chi a rhybuddio'r bobl gywir ar unwaith: yn syth os yw'n ymwneud â disgybl, neu cyn gynted ag y byddwch wedi dweud wrthyf pwy yw'r oedolyn.

concern-danger-now = Os yw plentyn mewn perygl nawr, ffoniwch 999.
    Yna ffoniwch dîm y DSL: { $dsl_phone }.
concern-danger-now-who = Os yw plentyn mewn perygl nawr, ffoniwch 999.
    Yna ffoniwch dîm y DSL: { $dsl_phone }.
    Nesaf, dywedwch wrthyf pwy yw'r oedolyn, a byddaf yn rhybuddio'r bobl gywir ar unwaith, ond byth y person y mae'r pryder amdano.
concern-urgent-sent = Rwyf wedi rhybuddio { $rung } bod pryder brys ar ei ffordd. Daliwch ati isod er mwyn i'r manylion eu cyrraedd.{ $ooh ->
        [none] {""}
       *[other] {"\u000A"}Mae hi y tu allan i oriau ysgol, felly gallwch hefyd ffonio: { $ooh }.
    }
concern-urgent-nobody = Allwn i ddim rhybuddio neb drwy Haven: does dim modd cyrraedd neb a ddylai dderbyn hwn yma. Ffoniwch nawr: tîm y DSL ar { $dsl_phone }, neu y tu allan i oriau: { $ooh }. Daliwch ati isod er mwyn i'r adroddiad gael ei gadw.
concern-urgent-closed = Cafodd eich adroddiad pryder anorffenedig ei gau{ $why ->
        [expired] {" "}gan na chafodd ei gyffwrdd eto cyn yr amser y cafodd ei gadw tan hynny
       *[other] {""}
    } ac ni chafodd ei gadw. Roeddwn i eisoes wedi rhybuddio { $rung } ar frys. Os yw plentyn mewn perygl nawr, ffoniwch 999.
concern-urgent-closed-nobody = Cafodd eich adroddiad pryder anorffenedig ei gau{ $why ->
        [expired] {" "}gan na chafodd ei gyffwrdd eto cyn yr amser y cafodd ei gadw tan hynny
       *[other] {""}
    } ac ni chafodd ei gadw. Nid oedd modd rhybuddio neb drwy Haven: ffoniwch dîm y DSL nawr. Os yw plentyn mewn perygl nawr, ffoniwch 999.
concern-urgent-followed = Rwyf wedi dweud wrth { $rung } mai chi ddechreuodd yr adroddiad pryder brys na chafodd ei orffen, er mwyn iddyn nhw ei ddilyn gyda chi.
concern-urgent-followed-nobody = Does dim modd cyrraedd neb drwy Haven a ddylai ddilyn eich adroddiad pryder brys anorffenedig. Ffoniwch dîm y DSL ar { $dsl_phone }, neu y tu allan i oriau: { $ooh }.

## Ymadroddion enw yw'r rhain, a roddir yng nghanol brawddeg ({ $rung }, { $first }).
## Nid ydynt yn dechrau â'r fannod, er mwyn osgoi "y"/"'r" ar ôl llafariad; dim ond
## mewn safleoedd heb dreiglad y'u defnyddir.
concern-rung-dsl = tîm y DSL
concern-rung-head = Pennaeth yr ysgol
concern-rung-chair = Cadeirydd y Llywodraethwyr
concern-rung-governors = Is-gadeirydd y Llywodraethwyr a'r Llywodraethwr Diogelu

concern-q-about = Am bwy mae'r pryder?
concern-l-about = Am
concern-h-about = Dewiswch y person y mae ei ymddygiad neu ei ddiogelwch yn eich poeni. Mae pryder am aelod o staff (gan gynnwys DSL neu unrhyw arweinydd) yn mynd at y Pennaeth; am y Pennaeth, at Gadeirydd y Llywodraethwyr; am y Cadeirydd, at yr Is-gadeirydd. Nid yw'r person y mae'r pryder amdano byth yn cael gwybod.
concern-about-pupil = Disgybl neu ddisgyblion
concern-about-staff = Aelod o staff, gwirfoddolwr neu gontractwr
concern-about-head = Y Pennaeth
concern-about-adult = Oedolyn arall (rhiant, ymwelydd)
concern-about-online = Rhywun anhysbys ar-lein
concern-about-self = Fi fy hun (pryder lefel isel am fy ymddygiad fy hun)

concern-q-categories = Pa fath o bryder yw e? Dewiswch hyd at { $max }, yna pwyswch Gorffen.
concern-l-categories = Math o bryder
concern-h-categories = Dewiswch y rhai agosaf. Cynnwys yw rhywbeth a welwyd; cyswllt yw rhywun yn cyrraedd plentyn; ymddygiad yw sut yr ymddygodd rhywun; masnach yw arian. Dewiswch Arall os nad oes dim yn addas.
concern-cat-c_harmful = Cynnwys: cynnwys niweidiol neu anghyfreithlon
concern-cat-c_filter = Cynnwys: torri'r hidlo
concern-cat-c_extreme = Cynnwys: deunydd eithafol
concern-cat-c_selfharm = Cynnwys: cynnwys hunan-niweidio
concern-cat-k_groom = Cyswllt: meithrin perthynas amhriodol
concern-cat-k_adult = Cyswllt: cyswllt gan oedolyn anhysbys
concern-cat-k_meet = Cyswllt: cais i gyfarfod
concern-cat-d_bully = Ymddygiad: seiberfwlio
concern-cat-d_nudes = Ymddygiad: rhannu delweddau noeth neu hanner noeth
concern-cat-d_info = Ymddygiad: rhannu gwybodaeth bersonol
concern-cat-d_challenge = Ymddygiad: her ar-lein niweidiol
concern-cat-m_gamble = Masnach: gamblo
concern-cat-m_scam = Masnach: sgamiau neu we-rwydo
concern-cat-s_password = Data: cyfrinair wedi'i beryglu
concern-cat-s_device = Data: dyfais wedi'i cholli neu ei dwyn
concern-cat-s_data = Data: data personol wedi'i anfon at y person anghywir
concern-cat-other = Arall

concern-group-content = Cynnwys
concern-group-contact = Cyswllt
concern-group-conduct = Ymddygiad
concern-group-commerce = Masnach
concern-group-data = Data a diogelwch
concern-group-other = Arall

concern-q-pupils = Pa ddisgyblion sy'n gysylltiedig? Rhowch enwau llawn a dosbarthiadau (er enghraifft "Ada Lovelace, Blwyddyn 5"). Byddaf yn dileu eich neges o'r sgwrs hon ar ôl ei chadw.
concern-l-pupils = Disgyblion
concern-h-pupils = Mae enwau llawn yn helpu'r DSL i ddod o hyd i'r cofnod cywir. Os nad ydych chi'n gwybod enw, disgrifiwch y disgybl.

concern-q-staff = Am ba aelod o staff, gwirfoddolwr neu gontractwr mae e? Teipiwch eu henw neu eu rôl, fel rydych chi'n eu hadnabod. Byddaf yn ei wirio yn erbyn rhestr y staff gyda chi, fel na fyddant byth yn cael gwybod ac na allant weld hyn. Byddaf yn dileu eich neges o'r sgwrs hon ar ôl ei chadw.
concern-l-staff = Aelod o staff
concern-h-staff = Mae enw, cyfenw gyda theitl ("Mrs Thornbury") neu rôl yn Saesneg ("the head", "our DSL") i gyd yn gweithio. Dangosaf i chi bawb y gallai ei olygu, a gofyn i chi gadarnhau.

concern-q-adult = Pwy yw'r oedolyn? Rhowch ei enw a'i gysylltiad â'r ysgol (er enghraifft "rhiant disgybl Blwyddyn 3"), os ydych chi'n gwybod. Byddaf yn dileu eich neges o'r sgwrs hon ar ôl ei chadw.
concern-l-adult = Yr oedolyn
concern-h-adult = Mae unrhyw beth a wyddoch yn helpu: enw, perthynas â disgybl, pryd roedden nhw ar y safle.

concern-q-online = Beth ydych chi'n ei wybod amdanyn nhw? Er enghraifft enw defnyddiwr, yr ap neu'r gêm, neu ddolen proffil. Peidiwch ag ymweld â'r proffil i gael gwybod mwy. Byddaf yn dileu eich neges o'r sgwrs hon ar ôl ei chadw.
concern-l-online = Cyswllt ar-lein
concern-h-online = Ysgrifennwch dim ond yr hyn rydych chi'n ei wybod yn barod. Peidiwch â chysylltu â nhw na chwilio amdanyn nhw.

concern-q-subjects = Ydy'r pryder hwn am unrhyw un o'r bobl hyn? Tapiwch bawb y mae'n ymwneud â nhw, yna pwyswch Gorffen. Os yw'n ymwneud â rhywun arall yn yr ysgol, teipiwch ei enw. Ni fydd unrhyw un a ddewiswch, neu nad ydych yn siŵr amdano, yn cael gwybod nac yn gallu gweld hyn.
concern-l-subjects = Am
concern-h-subjects = Des i o hyd i'r bobl hyn yng nghyfeiriadur yr ysgol o'r hyn a ysgrifennoch. Dewiswch bawb y mae'r pryder yn ymwneud â nhw. Pwyswch "Dwi ddim yn siŵr" i gadw pob un ohonyn nhw draw ohono; pwyswch "Dim un ohonyn nhw" os nad yw'n ymwneud ag unrhyw un ohonyn nhw.
concern-q-mentioned = Mae eich adroddiad yn enwi'r bobl hyn. Ydy'r pryder am unrhyw un ohonyn nhw? Tapiwch bawb y mae'n ymwneud â nhw, yna pwyswch Gorffen, neu teipiwch enw rhywun arall yn yr ysgol. Ni fydd unrhyw un a ddewiswch, neu nad ydych yn siŵr amdano, yn cael gwybod nac yn gallu gweld hyn.
concern-l-mentioned = Hefyd am
concern-h-mentioned = Nid rhywun a welodd neu a glywodd rywbeth yn unig yw'r un y mae'r pryder amdano: pwyswch "Dim un ohonyn nhw". Os oedd unrhyw un ohonyn nhw'n rhan o'r hyn a ddigwyddodd, dewiswch nhw fel bod y pryder yn mynd heibio iddyn nhw.

concern-q-children = A oes unrhyw ddisgyblion yn gysylltiedig? Rhowch eu henwau llawn a'u dosbarthiadau, neu pwyswch Hepgor. Byddaf yn dileu eich neges o'r sgwrs hon ar ôl ei chadw.
concern-l-children = Disgyblion yn gysylltiedig
concern-h-children = Os cafodd disgybl ei niweidio, os dywedodd wrthych, neu os oedd yno, enwch nhw yma.

concern-q-account = Beth ddigwyddodd? Ysgrifennwch y ffeithiau: yr hyn a welsoch neu a glywsoch, ac, os dywedodd plentyn wrthych, ei eiriau ei hun mor agos ag y gallwch. Peidiwch ag ychwanegu barn na dyfalu. Hyd at { $max } nod. Byddaf yn dileu eich neges o'r sgwrs hon ar ôl ei chadw.
concern-l-account = Beth ddigwyddodd
concern-h-account = Ysgrifennwch yr hyn a welwyd neu a ddywedwyd, gan bwy, yn y drefn y digwyddodd. Defnyddiwch eiriau'r plentyn mewn dyfynodau lle gallwch. Peidiwch ag ymchwilio na gofyn cwestiynau arweiniol.

concern-q-when = Pryd ddigwyddodd e? Pwyswch Nawr, Yn gynharach heddiw neu Ddoe, neu teipiwch ddyddiad ac amser fel "heddiw 10:15" neu "16/11/2026 14:30".
concern-l-when = Pryd
concern-h-when = Os nad ydych chi'n siŵr, rhowch eich amcan gorau a dywedwch hynny yn y disgrifiad.

concern-q-place = Ble ddigwyddodd e?
concern-l-place = Ble
concern-h-place = Dewiswch "Ar-lein, gartref" ar gyfer rhywbeth a ddigwyddodd ar-lein y tu allan i'r ysgol.
concern-place-school = Yn yr ysgol
concern-place-home = Ar-lein, gartref
concern-place-trip = Ar daith ysgol
concern-place-other = Rhywle arall

concern-q-action = Beth ydych chi wedi'i wneud hyd yn hyn? Er enghraifft "siarad ag athro'r dosbarth". Neu pwyswch Hepgor. Byddaf yn dileu eich neges o'r sgwrs hon ar ôl ei chadw.
concern-l-action = Camau a gymerwyd
concern-h-action = Dywedwch beth wnaethoch chi a phryd. Peidiwch byth â chopïo, anfon ymlaen na dileu delweddau eich hun.

concern-q-told_dsl = Ydych chi wedi dweud wrth DSL wyneb yn wyneb?
concern-l-told_dsl = Wedi dweud wrth DSL wyneb yn wyneb
concern-h-told_dsl = Mae'r polisi'n dweud bod rhaid adrodd unrhyw bryder am les plentyn i DSL ar unwaith. Atebwch yn onest; mae'r adroddiad hwn yn mynd atynt beth bynnag.

concern-q-conflict = A oes gwrthdaro buddiannau yn y llwybr arferol? Er enghraifft, mae'r person a fyddai'n ei dderbyn fel arfer yn gysylltiedig neu â chysylltiad agos. Os atebwch Ie, mae'n mynd un cam ymhellach i fyny (o leiaf at Gadeirydd y Llywodraethwyr) ac at y LADO.
concern-l-conflict = Gwrthdaro buddiannau
concern-h-conflict = Atebwch Ydy os credwch na ddylai'r bobl a fyddai'n delio â hyn fel arfer wneud hynny, oherwydd eu bod yn gysylltiedig.

## Ar ôl cyflwyno

concern-receipt = Wedi'i gadw. Cyfeirnod eich pryder yw { $ref }.
    Rwyf wedi rhybuddio { $rung } nawr; byddan nhw'n ei ddarllen ac yn penderfynu beth sy'n digwydd nesaf.{ $subjects ->
        [none] {""}
       *[other] {" "}Nid yw'r bobl y dywedoch fod y pryder amdanyn nhw wedi cael gwybod, ac ni allan nhw ei weld.
    }{ $lado ->
        [none] {""}
       *[other] {"\u000A"}Gallwch hefyd gysylltu â'r LADO: { $lado }.
    }
    Cewch wybod pan fydd wedi'i ddarllen. Peidiwch â'i drafod ag eraill, ac ysgrifennwch unrhyw beth arall a gofiwch: gallwch ei ychwanegu at eich adroddiad gyda /concern add { $ref }.
concern-receipt-passed-over = Nid oedd modd cyrraedd { $first } drwy Haven, felly aeth eich pryder yn syth at y bobl nesaf ar ei lwybr.
concern-receipt-nobody = Wedi'i gadw. Cyfeirnod eich pryder yw { $ref }.
    Allwn i ddim cyrraedd neb a ddylai ei dderbyn drwy Haven. Ffoniwch nawr: tîm y DSL ar { $dsl_phone }, y LADO ar { $lado }, neu y tu allan i oriau: { $ooh }. Nodwch { $ref }.
concern-receipt-urgent = Dywedoch fod plentyn mewn perygl uniongyrchol. Os yw plentyn mewn perygl nawr, ffoniwch 999, yna tîm y DSL ar { $dsl_phone }.{ $ooh ->
        [none] {""}
       *[other] {" "}Mae hi y tu allan i oriau ysgol, felly gallwch hefyd ffonio: { $ooh }.
    }
concern-receipt-tell-dsl = Siaradwch hefyd â DSL wyneb yn wyneb heddiw, fel mae'r polisi'n gofyn.
concern-read = Mae eich pryder { $ref } wedi'i ddarllen ac yn cael sylw. Diolch am ei adrodd.
concern-read-by = Mae eich pryder { $ref } wedi'i ddarllen gan { $name } ac yn cael sylw. Diolch am ei adrodd.

## Rhybuddion (byth unrhyw fanylion)

concern-urgency-urgent = BRYS
concern-urgency-normal = Arferol
concern-urgent-alert = BRYS: mae aelod o staff yn adrodd y gallai plentyn fod mewn perygl uniongyrchol o niwed (drafft { $draft }). Maen nhw wedi cael y rhifau argyfwng a gallant eich ffonio nawr. Bydd yr adroddiad llawn yn dilyn pan fyddant yn ei gyflwyno.{ $ooh ->
        [none] {""}
       *[other] {"\u000A"}Y tu allan i oriau ysgol: { $ooh }.
    }
concern-urgent-unfinished = Ni chyflwynwyd y pryder brys { $draft } (cafodd y ffurflen ei chanslo neu daeth i ben). Fe'i dechreuwyd gan { $reporter }. Dilynwch hyn gyda nhw'n uniongyrchol.
concern-alert = Pryder newydd { $ref } · { $urgency }{ $advised ->
        [none] {""}
       *[other] {" "}(cynghorir ei drin yn frys: gweler y meini prawf atgyfeirio yn yr achos)
    } · { $groups }{ $draft ->
        [none] {""}
       *[other] {" "}(drafft { $draft })
    }.
    Nid oes manylion yn cael eu hanfon mewn rhybuddion. Agorwch ef yn breifat: /case { $ref }{ $lado ->
        [none] {""}
       *[other] {"\u000A"}LADO: { $lado }
    }{ $ooh ->
        [none] {""}
       *[other] {"\u000A"}Y tu allan i oriau ysgol: { $ooh }.
    }
concern-escalated = { $count ->
        [one] Nid yw'r pryder hwn wedi'i gydnabod mewn pryd ac mae angen eich sylw nawr:
       *[other] Nid yw'r { $count } pryder hyn wedi'u cydnabod mewn pryd ac mae angen eich sylw nawr:
    }
    { $cases }
    Agorwch bob un yn breifat gyda /case a'r cyfeirnod.{ $ooh ->
        [none] {""}
       *[other] {"\u000A"}Y tu allan i oriau ysgol: { $ooh }.
    }
concern-button-open = Agor achos

## Trin achosion

concern-case-usage = Defnyddiwch /case ac yna gyfeirnod, er enghraifft /case C-2026-0042. Gallwch ychwanegu: ack (cydnabod), note (ychwanegu at y gronoleg), review (adolygiad cychwynnol secstio), status, close, neu hold on / hold off.
concern-case-refused = Alla i ddim agor yr achos hwnnw. Naill ai nid oes achos o'r fath, neu nid yw'n un y gallwch ei agor. Mae cyfeirnodau'n edrych fel C-2026-0042.
concern-button-refused = Mae'n ddrwg gen i, alla i ddim gwneud hynny. Nid yw'r botwm hwn yn un y gallaf weithredu arno i chi.
concern-form-refused = Allwn i ddim cadw hynny: nid yw'r achos yn un y gallwch ei newid mwyach. Ni chofnodwyd dim.
concern-lead-only = Dim ond y bobl sy'n arwain achos { $ref } all wneud hynny. Gallwch ei ddarllen ac ychwanegu at ei gronoleg.
concern-cases-none = Nid oes unrhyw achosion agored i chi.
concern-cases-closed-none = Nid oes achosion wedi cau i chi.
concern-cases-closed = { $count ->
        [one] Un achos wedi cau:
       *[other] { $count } achos wedi cau:
    }
    { $cases }
concern-cases-usage = Teipiwch /cases am yr achosion agored y gallwch eu gweld, neu /cases closed am y rhai sydd wedi cau.
concern-cases = { $count ->
        [one] Un achos agored:
       *[other] { $count } achos agored:
    }
    { $cases }
concern-list-urgent-unread = Brys, heb ei gydnabod eto
concern-list-unread = Heb ei gydnabod eto

concern-case = Achos { $ref } · { $urgency } · { $status }
    Am: { $about }
    Math: { $categories } ({ $groups })
    Pryd: { $occurred } · { $place }
    Adroddwyd gan: { $reporter } · Wedi dweud wrth DSL wyneb yn wyneb: { $told_dsl }
    Daliad cyfreithiol: { $hold }
    { $details }
    Cronoleg:
    { $chronology }
    Bydd y neges hon yn cael ei dileu o'r sgwrs hon ymhen ychydig funudau.
concern-case-pupils = Disgyblion
concern-case-person = Person
concern-case-account = Beth ddigwyddodd
concern-case-action = Camau a gymerwyd gan yr adroddwr
concern-case-corrects = Yn cywiro cofnod
concern-case-recorded = Cofnodwyd
concern-case-refers-to = Yn cyfeirio at
concern-case-status = Statws newydd
concern-case-outcome = Canlyniad
concern-case-agency = Asiantaeth
concern-case-text = Manylion
concern-case-reason = Rheswm
concern-case-agency-ref = Cyfeirnod yr asiantaeth
concern-hold-on = ymlaen
concern-hold-off = i ffwrdd

concern-sexting-review = Mae achos { $ref } yn ymwneud â delweddau noeth neu hanner noeth. Adolygiad cychwynnol (polisi: trin digwyddiad secstio / hunlun noeth), dan arweiniad y DSL:
    • A oes perygl uniongyrchol i berson ifanc? Pam y rhannwyd y delweddau; a gafodd unrhyw un ei orfodi neu ei roi dan bwysau?
    • Pwy sydd wedi'u rhannu, ble, ac a gawsant eu rhannu gyda gwybodaeth y disgybl ynddynt?
    • A oes unrhyw oedolion yn gysylltiedig? Beth yw'r effaith ar y disgyblion; oes ganddynt fregusrwydd ychwanegol; a yw'r person ifanc yn deall cydsyniad? A yw hyn wedi digwydd o'r blaen?
    • A ddylid atgyfeirio i'r heddlu a/neu ofal cymdeithasol plant?
    • A yw wedi'i rannu'n eang, a thrwy ba wasanaethau neu lwyfannau?
    • A ddylid gweithredu ar unwaith i ddileu delweddau o ddyfeisiau neu wasanaethau ar-lein?
    • A oes ffeithiau perthnasol am y bobl ifanc a fyddai'n dylanwadu ar yr asesiad risg?
    • A oes angen cysylltu ag ysgol, coleg, lleoliad neu unigolyn arall?
    • A ddylid cysylltu â rhieni neu ofalwyr? Yn y rhan fwyaf o achosion dylent fod yn rhan.
    Atgyfeiriwch i'r heddlu a/neu ofal cymdeithasol plant ar unwaith os: mae oedolyn yn gysylltiedig; mae person ifanc wedi'i orfodi, ei flacmelio neu ei baratoi, neu mae pryderon am ei allu i gydsynio; mae'r delweddau'n dangos gweithredoedd anarferol i gam datblygiad y person ifanc, neu drais; neu mae disgybl mewn perygl uniongyrchol o niwed.
    Peidiwch byth ag edrych ar, copïo nac anfon y delweddau ymlaen.
    Cofnodwch atebion yr adolygiad gyda'r botwm Adolygiad cychwynnol (arweinwyr yr achos), neu /case { $ref } review.

concern-entry-reported = Adroddwyd
concern-entry-acknowledged = Cydnabuwyd
concern-entry-action = Camau a gymerwyd
concern-entry-decision = Penderfyniad
concern-entry-referral = Atgyfeiriad
concern-entry-note = Nodyn
concern-entry-correction = Cywiriad
concern-entry-status = Newidiwyd y statws
concern-entry-hold_on = Gosodwyd daliad cyfreithiol
concern-entry-hold_off = Codwyd daliad cyfreithiol
concern-entry-closed = Caewyd

concern-status-open = Agored
concern-status-investigating = Yn ymchwilio
concern-status-referred = Wedi'i atgyfeirio
concern-status-monitoring = Yn monitro
concern-status-closed = Ar gau

concern-outcome-nfa = Dim camau pellach
concern-outcome-school = Wedi'i ddatrys yn yr ysgol
concern-outcome-early_help = Cymorth cynnar
concern-outcome-social_care = Atgyfeiriwyd i ofal cymdeithasol plant
concern-outcome-police = Atgyfeiriwyd i'r heddlu
concern-outcome-lado = Atgyfeiriwyd i'r LADO
concern-outcome-other = Arall

concern-agency-social_care = Gofal cymdeithasol plant
concern-agency-police = Yr heddlu
concern-agency-lado = Swyddog dynodedig yr awdurdod lleol (LADO)
concern-agency-ceop = CEOP
concern-agency-iwf = Internet Watch Foundation (IWF)
concern-agency-early_help = Cymorth cynnar
concern-agency-other = Arall

concern-button-ack = Cydnabod
concern-button-note = Ychwanegu at y gronoleg
concern-button-status = Gosod statws
concern-button-close = Cau'r achos
concern-button-reopen = Ailagor yr achos
concern-button-hold-on = Daliad cyfreithiol ymlaen
concern-button-hold-off = Daliad cyfreithiol i ffwrdd

concern-acknowledged = Rydych chi wedi cydnabod { $ref }. Mae'r uwchgyfeirio wedi dod i ben ac mae'r adroddwr wedi cael gwybod ei fod wedi'i ddarllen.
concern-already-acknowledged = Mae { $ref } eisoes wedi'i gydnabod.
concern-acknowledged-team = Mae { $ref } wedi'i gydnabod gan { $name }.
concern-status-choose = Dewiswch statws newydd { $ref }. I'w gau, defnyddiwch Cau'r achos.
concern-status-use-close = I gau { $ref }, defnyddiwch /case { $ref } close: mae angen canlyniad a rheswm.
concern-status-same = Mae gan { $ref } y statws hwnnw eisoes.
concern-status-set = Mae { $ref } nawr: { $status }.
concern-hold-usage = Defnyddiwch /case { $ref } hold on, neu /case { $ref } hold off.
concern-hold-set-on = Mae daliad cyfreithiol ymlaen ar gyfer { $ref }: ni fydd yn cael ei ddileu, beth bynnag fo'r cyfnod cadw.
concern-hold-set-off = Mae daliad cyfreithiol i ffwrdd ar gyfer { $ref }: bydd yn cael ei ddileu ar ddiwedd ei gyfnod cadw ar ôl ei gau.
concern-already-closed = Mae { $ref } eisoes ar gau.
concern-entry-bad-correction = Nid yw rhif y cofnod hwnnw yng nghronoleg { $ref }, felly nid ychwanegwyd dim eto. Mae eich testun wedi'i gadw: pwyswch Newid ateb i roi'r rhif cywir, neu Canslo.
concern-entry-no-such-entry = Nid oes gan { $ref } gofnod â'r rhif hwnnw. Teipiwch rif o 1 i { $last } (y # yn y gronoleg).
concern-entry-given-back = Ni ychwanegwyd dim, felly dyma beth a deipiwyd gennych, i'w gadw neu i'w ddefnyddio yn rhywle arall:
    { $text }
concern-entry-added = Ychwanegwyd cofnod #{ $n } at gronoleg { $ref }.
concern-closed = Mae { $ref } ar gau. Canlyniad: { $outcome }.
concern-status-use-reopen = Mae { $ref } ar gau. I'w ailagor, defnyddiwch /case { $ref } reopen: mae angen rheswm.
concern-not-closed = Nid yw { $ref } ar gau, felly does dim i'w ailagor.
concern-reopened = Mae { $ref } ar agor eto. Mae'r rheswm yn y cronoleg ac mae'r arweinwyr eraill wedi cael gwybod.
concern-reopened-team = Mae { $ref } wedi'i ailagor. Agorwch yr achos i ddarllen pam.
concern-closed-team = Mae { $ref } wedi'i gau. Agorwch yr achos i ddarllen y canlyniad a pham.

## Ffurflenni cofnod cronoleg a chau

case-entry-title = cofnod cronoleg
case-close-title = cau achos
case-q-kind = Beth ydych chi'n ei gofnodi?
case-l-kind = Math
case-h-kind = Camau: rhywbeth a wnaed. Penderfyniad: rhywbeth a benderfynwyd, gyda'r rheswm. Atgyfeiriad: i asiantaeth arall. Cywiriad: yn cywiro cofnod blaenorol (nid yw cofnodion byth yn cael eu newid).
case-q-corrects = Pa gofnod mae hwn yn ei gywiro? Teipiwch ei rif (y # yn y gronoleg).
case-l-corrects = Yn cywiro cofnod
case-h-corrects = Agorwch yr achos i weld rhif pob cofnod. Mae'r hen gofnod yn aros; mae'r un hwn yn pwyntio ato.
case-q-text = Disgrifiwch e, yn ffeithiol. Byddaf yn dileu eich neges o'r sgwrs hon ar ôl ei chadw.
case-l-text = Manylion
case-h-text = Pwy wnaeth beth, neu beth a benderfynwyd. Ffeithiau, nid barn.
case-q-reason = Beth yw'r rheswm dros y penderfyniad hwn? Byddaf yn dileu eich neges o'r sgwrs hon ar ôl ei chadw.
case-l-reason = Rheswm
case-h-reason = Mae angen cofnodi'r rheswm dros bob penderfyniad (Cadw Plant yn Ddiogel mewn Addysg).
case-q-agency = I ba asiantaeth yr atgyfeiriwyd?
case-l-agency = Asiantaeth
case-h-agency = Dewiswch Arall a'i henwi yn y manylion os nad yw wedi'i rhestru.
case-q-agency_ref = Cyfeirnod yr asiantaeth, os oes gennych un (neu pwyswch Hepgor). Byddaf yn dileu eich neges o'r sgwrs hon ar ôl ei chadw.
case-l-agency_ref = Cyfeirnod yr asiantaeth
case-h-agency_ref = Y cyfeirnod a roddodd yr asiantaeth i chi, er mwyn paru'r cofnod â'u cofnod nhw.
case-q-when = Pryd ddigwyddodd hyn? Pwyswch Nawr, neu teipiwch ddyddiad ac amser.
case-l-when = Pryd
case-h-when = Er enghraifft "heddiw 14:30" neu "16/11/2026 09:00".
case-q-outcome = Beth yw'r canlyniad?
case-l-outcome = Canlyniad
case-h-outcome = Dewiswch y canlyniad sy'n disgrifio orau sut y daeth yr achos i ben.
case-q-close_reason = Pam mae'r achos yn cael ei gau? Byddaf yn dileu eich neges o'r sgwrs hon ar ôl ei chadw.
case-l-close_reason = Rheswm dros gau
case-h-close_reason = Mae angen y rheswm ac mae'n cael ei gadw ar y cofnod.
case-reopen-title = ailagor achos
case-q-reopen_reason = Pam mae'r achos yn cael ei ailagor? Byddaf yn tynnu eich neges o'r sgwrs hon ar ôl ei chadw.
case-l-reopen_reason = Rheswm dros ailagor
case-h-reopen_reason = Mae angen y rheswm ac mae'n cael ei gadw ar y cofnod.

## Adroddiad y llywodraethwyr (haven report concerns)

concern-report-title = Pryderon a adroddwyd o { $from } i { $to } (cyfrifon dienw)
concern-report-total = Cyfanswm
concern-report-urgent = Brys
concern-report-by-group = Yn ôl grŵp categori (mae pryder mewn dau grŵp yn cyfrif yn y ddau)
concern-report-by-month = Yn ôl mis
concern-report-by-status = Yn ôl statws
concern-report-by-ack = Amser i gydnabod
concern-report-median = Amser canolrifol i gydnabod: { $minutes } munud
concern-report-median-none = Amser canolrifol i gydnabod: dim wedi'u cydnabod eto
concern-report-ack-15m = O fewn 15 munud
concern-report-ack-1h = O fewn awr
concern-report-ack-1d = O fewn diwrnod
concern-report-ack-longer = Mwy na diwrnod
concern-report-ack-not_yet = Heb ei gydnabod eto

## Pan nad oes modd cyrraedd y bobl ar lwybr

concern-moved-on = Nid oedd modd i'ch pryder { $ref } gyrraedd y bobl yr aeth atyn nhw gyntaf, felly mae bellach wedi'i anfon ymlaen, ac rwyf wedi rhybuddio { $rung }.
concern-nobody-reachable = Nid yw eich pryder { $ref } wedi'i gydnabod, ac nid oes modd cyrraedd neb a ddylai ei dderbyn drwy Haven. Ffoniwch nawr: tîm y DSL ar { $dsl_phone }, y LADO ar { $lado }, neu y tu allan i oriau: { $ooh }. Nodwch { $ref }.
concern-referral-lado = Swyddog dynodedig yr awdurdod lleol ar gyfer yr ysgol hon: { $lado }.
concern-referral-iwf = Mae'r Internet Watch Foundation yn tynnu delweddau a fideos o gam-drin plant yn rhywiol oddi ar y rhyngrwyd. Rhowch wybod am y cyfeiriad lle cafodd ei weld yn https://report.iwf.org.uk (peidiwch byth â chopïo, anfon ymlaen na lawrlwytho'r deunydd ei hun).
