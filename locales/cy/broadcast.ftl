# Machine translation; to be reviewed by a native speaker.
## Negeseuon i bawb ac ymgyrch Diwrnod Defnyddio'r Rhyngrwyd yn Fwy Diogel (cy).

cmd-broadcast = Anfon neges at staff, rhieni neu lywodraethwyr
cmd-optout = Peidio â derbyn negeseuon ysgol nad ydynt yn hanfodol
cmd-optin = Derbyn negeseuon yr ysgol eto
cmd-campaign = Diwrnod Defnyddio'r Rhyngrwyd yn Fwy Diogel: ei ddyddiad, thema a negeseuon

## Pwy all anfon negeseuon, a sut

b-not-allowed = Dim ond yr arweinydd diogelwch ar-lein a'r uwch dîm arwain all anfon negeseuon i bawb neu gynllunio ymgyrchoedd. Ni anfonwyd dim.
b-usage = Defnyddiwch /broadcast i ysgrifennu neges newydd, /broadcast status (neu /broadcast status 12) i'w dilyn, neu /broadcast cancel 12 i'w hatal.
b-cancel-usage = Dywedwch pa neges i'w chanslo, fel hyn: /broadcast cancel 12. Mae /broadcast status yn rhestru'r rhai diweddaraf.
b-button-stale = Nid yw'r botwm hwnnw'n ddilys mwyach (mae'r neges wedi'i hanfon, wedi'i chanslo neu'n perthyn i rywun arall), felly ni newidiwyd dim.
b-unknown-id = Does dim neges rhif { $id }.

## Y ffurflen

b-form-title = neges i bawb
b-aud-staff = Yr holl staff
b-aud-parents = Yr holl rieni
b-aud-classes = Rhieni rhai dosbarthiadau
b-aud-governors = Llywodraethwyr
b-ask-audience = Pwy ddylai ei derbyn? Ticiwch bawb a ddylai, yna pwyswch Gorffen. Bydd pob person yn ei chael unwaith, yn breifat, yn ei iaith ei hun.
b-label-audience = Derbynwyr
b-help-audience = Mae staff yn golygu pawb sy'n gweithio neu'n gwirfoddoli yn yr ysgol. Mae "Rhieni rhai dosbarthiadau" yn gadael i chi ddewis dosbarthiadau nesaf.
b-classes-list = Y dosbarthiadau yw: { $classes }.
b-ask-classes = Pa ddosbarthiadau? Teipiwch eu henwau neu eu rhifau, wedi'u gwahanu gan atalnodau (er enghraifft: 1, 2).
b-label-classes = Dosbarthiadau
b-help-classes = Teipiwch enwau dosbarthiadau neu eu rhifau o'r rhestr, wedi'u gwahanu gan atalnodau.
b-classes-unknown = Dydw i ddim yn adnabod un o'r dosbarthiadau hynny. Y dosbarthiadau yw: { $classes }. Teipiwch nhw eto os gwelwch yn dda.
b-content-sid-staff = Diwrnod Defnyddio'r Rhyngrwyd yn Fwy Diogel (staff, gydag adnoddau dosbarth)
b-content-sid-parents = Diwrnod Defnyddio'r Rhyngrwyd yn Fwy Diogel (rhieni)
b-content-sid-today = Heddiw yw Diwrnod Defnyddio'r Rhyngrwyd yn Fwy Diogel (rhieni)
b-content-workshop = Gweithdy diogelwch ar-lein i rieni
b-content-aup = Nodyn atgoffa am y Polisi Defnydd Derbyniol
b-content-custom = Fy nhestun fy hun
b-ask-content = Beth ddylai hi ei ddweud? Dewiswch neges barod (bydd pawb yn ei darllen yn eu hiaith eu hunain) neu ysgrifennwch eich neges eich hun.
b-label-content = Neges
b-help-content = Mae negeseuon parod yn cael eu cyfieithu i bob darllenydd. Mae eich testun eich hun yn cael ei anfon fel y'i hysgrifennwch, gyda chyflwyniad byr wedi'i gyfieithu.
b-ask-text = Teipiwch eich neges (hyd at { $max } nod). Caiff ei hanfon yn union fel y'i hysgrifennwch.
b-label-text = Eich testun
b-help-text = Ysgrifennwch y neges fel rydych am i rieni neu staff ei darllen. Peidiwch â chynnwys dim am blentyn unigol.
b-ask-details = Ychwanegwch linell o fanylion, fel dyddiad, amser a lle (hyd at { $max } nod), neu pwyswch Hepgor.
b-label-details = Manylion
b-help-details = Caiff y llinell hon ei hychwanegu at ddiwedd y neges barod, fel y'i teipiwch.
b-ask-essential = Ydy'r neges hon yn hanfodol? Mae rhieni sydd wedi dewis peidio â derbyn negeseuon yn dal i dderbyn rhai hanfodol.
b-label-essential = Hanfodol
b-help-essential = Marciwch neges yn hanfodol dim ond pan fo'n rhaid i bob rhiant ei gweld (er enghraifft, rhybudd diogelwch).
b-when-now = Anfon nawr
b-when-later = Anfon yn nes ymlaen
b-ask-when = Pryd ddylai fynd?
b-label-when = Pryd
b-help-when = Mae "Anfon nawr" yn ei rhoi yn y ciw ar unwaith. Mae "Anfon yn nes ymlaen" yn gadael i chi ddewis dyddiad ac amser.
b-ask-at = Pryd ddylid ei hanfon? Er enghraifft "21/11/2026 09:00" neu "tomorrow 16:00".
b-label-at = Anfon am
b-help-at = Teipiwch ddyddiad ac amser yn y dyfodol. Bydd negeseuon i rieni yn ystod eu horiau tawel yn aros tan y bore.
b-form-incomplete = Roedd rhai atebion ar goll, felly ni chadwyd dim. Dechreuwch eto gyda /broadcast.

## Rhagolwg a chadarnhau

b-preview-intro = Dyma'r neges fel y byddwch chi'n ei darllen. Bydd pawb arall yn ei chael yn eu hiaith eu hunain:
b-preview = Neges #{ $id }: bydd yn cyrraedd { $total } o bobl { $later ->
        [0] cyn gynted ag y pwyswch Anfon
       *[other] am { $at }
    }.
    Yn ôl platfform:
    { $platforms }
    Yn ôl iaith:
    { $languages }
    Heb gyfrif sgwrsio cysylltiedig (heb eu cyrraedd): { $not_linked }
    Rhieni a ddewisodd beidio (heb eu cyrraedd): { $opted_out }
b-button-send = Anfon
b-button-drop = Canslo
b-dropped = Wedi canslo. Ni anfonwyd y neges.
b-scheduled = Mae neges #{ $id } wedi'i threfnu ar gyfer { $at }. Dilynwch hi gyda /broadcast status { $id }, neu ei hatal gyda /broadcast cancel { $id }.
b-queued = Mae neges #{ $id } ar ei ffordd at { $queued } o bobl{ $held ->
        [0] .
       *[other] ; bydd { $held } o rieni yn ei chael pan ddaw eu horiau tawel i ben.
    } Heb eu cyrraedd (dim cyfrif cysylltiedig): { $not_linked }. Anfonaf adroddiad atoch pan fydd pob neges wedi'i chyflwyno neu wedi methu.

## Statws, canslo a'r adroddiad

b-status-none = Dim negeseuon eto.
b-state-draft = drafft
b-state-scheduled = wedi'i threfnu
b-state-queued = yn cael ei hanfon
b-state-cancelled = wedi'i chanslo
b-status = Neges #{ $id } ({ $state }): { $content }
    At: { $audience }{ $has_classes ->
        [0] {""}
       *[other] {" "}({ $classes })
    }
    Amser: { $at }
    Wedi'u cyflwyno: { $sent }, yn aros: { $pending }, wedi methu: { $failed }, wedi'u canslo: { $cancelled }
    Dim cyfrif cysylltiedig: { $not_linked }, wedi dewis peidio: { $opted_out }, yn aros am ddiwedd yr oriau tawel: { $held }
b-already-cancelled = Roedd neges #{ $id } eisoes wedi'i chanslo.
b-cancel-too-late = Mae neges #{ $id } eisoes wedi'i chyflwyno, felly does dim ar ôl i'w ganslo.
b-cancelled = Mae neges #{ $id } wedi'i chanslo. { $queued ->
        [0] Ni anfonwyd dim.
       *[other] Ataliwyd { $count } o negeseuon heb eu cyflwyno eto; ni ellir galw'n ôl negeseuon sydd eisoes wedi'u cyflwyno.
    }
b-report = Mae neges #{ $id } ({ $content }) wedi gorffen.
    Wedi'u cyflwyno: { $delivered }
    Heb eu cyrraedd: { $unreachable } (dim cyfrif sgwrsio cysylltiedig: { $not_linked }; wedi rhwystro'r bot neu gau negeseuon: { $blocked })
    Wedi methu: { $failed }{ $unconfirmed ->
        [0] {""}
       *[other] {" "}(gan gynnwys { $unconfirmed } heb eu cadarnhau: torrwyd ar draws yr anfon, felly efallai eu bod wedi cyrraedd neu beidio, ac ni chawsant eu hanfon eto)
    }
    Rhieni a ddewisodd beidio: { $opted_out }
    Wedi'u canslo cyn eu cyflwyno: { $cancelled }

## Yr hyn y mae derbynwyr yn ei ddarllen

b-header = 📣 Neges gan yr ysgol
b-header-essential = ❗ Neges hanfodol gan yr ysgol
b-footer-school = Cwestiynau am y neges hon? Siaradwch â'r arweinydd diogelwch ar-lein.
b-footer-optout = I beidio â derbyn negeseuon ysgol nad ydynt yn hanfodol fel hon, anfonwch /optout.
b-footer-essential = Mae'r ysgol wedi marcio'r neges hon yn hanfodol, felly caiff ei hanfon at bob rhiant.
b-tpl-sid-staff = { $header }
    Mae Diwrnod Defnyddio'r Rhyngrwyd yn Fwy Diogel ar { $date }.{ $has_theme ->
        [0] {""}
       *[other] {" "}Thema eleni yw “{ $theme }”.
    } Cynlluniwch weithgaredd byr gyda'ch dosbarth yn yr wythnos cyn hynny os gwelwch yn dda.
    Adnoddau dosbarth am ddim i bob oed:
    • pecynnau addysg Canolfan Rhyngrwyd Mwy Diogel y DU: https://saferinternet.org.uk/safer-internet-day
    • adnoddau addysgu Childnet: https://www.childnet.com/resources
    • Project EVOLVE (Education for a Connected World): https://projectevolve.co.uk
    Rhowch wybod am unrhyw bryder diogelwch ar-lein gyda /concern fel arfer.{ $details }
    { $footer }
b-tpl-sid-parents = { $header }
    Mae { $school } yn cymryd rhan yn Diwrnod Defnyddio'r Rhyngrwyd yn Fwy Diogel ar { $date }.{ $has_theme ->
        [0] {""}
       *[other] {" "}Thema eleni yw “{ $theme }”.
    } Bydd eich plentyn yn siarad am gadw'n ddiogel ar-lein yn yr ysgol. Gallwch helpu gartref:
    • gofynnwch i'ch plentyn beth mae'n mwynhau ei wneud ar-lein, a gyda phwy mae'n siarad;
    • cytunwch ar reolau teulu am sgriniau, apiau a gemau;
    • gwiriwch reolaethau rhieni a gosodiadau preifatrwydd gyda'ch gilydd.
    Cyngor i rieni: https://saferinternet.org.uk/guide-and-resource/parents-and-carers a https://www.internetmatters.org{ $details }
    { $footer }
b-tpl-sid-today = { $header }
    Heddiw yw Diwrnod Defnyddio'r Rhyngrwyd yn Fwy Diogel.{ $has_theme ->
        [0] {""}
       *[other] {" "}Thema eleni yw “{ $theme }”.
    } Beth am ofyn i'ch plentyn heno beth a ddysgodd, a beth fyddai'n ei wneud pe bai rhywbeth ar-lein yn ei boeni? Os ydych chi byth yn poeni am ddiogelwch eich plentyn ar-lein, cysylltwch â'r ysgol.{ $details }
    { $footer }
b-tpl-workshop = { $header }
    Mae croeso cynnes i chi ddod i weithdy diogelwch ar-lein i rieni yn { $school }. Byddwn yn edrych ar yr apiau a'r gemau y mae plant yn eu defnyddio, rheolaethau rhieni, a sut i siarad â'ch plentyn am ei fywyd ar-lein.{ $details }
    { $footer }
b-tpl-aup = { $header }
    Nodyn atgoffa gan { $school }: darllenwch y Polisi Defnydd Derbyniol a'i lofnodi gyda /aup os nad ydych wedi gwneud hynny eto eleni.{ $details }
    { $footer }
b-custom = { $header }
    { $text }
    — { $sender }, { $school }
    { $footer }

## Ymgyrch Diwrnod Defnyddio'r Rhyngrwyd yn Fwy Diogel

b-campaign-usage = Mae /campaign sid yn dangos dyddiad, thema a chynllun Diwrnod Defnyddio'r Rhyngrwyd yn Fwy Diogel; /campaign sid date BBBB-MM-DD i newid y dyddiad; /campaign sid theme a'r thema i'w gosod; /campaign sid confirm i drefnu'r negeseuon.
b-button-confirm = Cadarnhau a threfnu
b-plan-staff = Staff (gydag adnoddau dosbarth)
b-plan-parents = Rhieni
b-sid-plan = Diwrnod Defnyddio'r Rhyngrwyd yn Fwy Diogel { $year }: { $date } ({ $day_set ->
        [0] y dydd Mawrth rhwng 5 ac 11 Chwefror
       *[other] dyddiad a osodwyd gan yr ysgol
    }).
    Thema: { $has_theme ->
        [0] heb ei gosod eto
       *[other] { $theme }
    }
    Negeseuon:
    { $plan }
    { $confirmed ->
        [0] Heb ei gadarnhau eto: does dim wedi'i drefnu nes i chi gadarnhau.
       *[other] Wedi'i gadarnhau: mae'r negeseuon hyn wedi'u trefnu.
    }
b-sid-date-usage = Rhowch y dyddiad fel hyn: /campaign sid date 2027-02-09
b-sid-date-past = Mae'r dyddiad hwnnw wedi mynd heibio. Rhowch ddyddiad yn y dyfodol.
b-sid-date-set = Mae'r dyddiad wedi'i osod. { $confirmed_before ->
        [0] Cadarnhewch y cynllun pan fyddwch yn barod.
       *[other] Canslwyd y negeseuon a drefnwyd ar gyfer yr hen ddyddiad; cadarnhewch eto i'w trefnu ar gyfer yr un newydd.
    }
b-sid-theme-usage = Teipiwch y thema ar ôl y gorchymyn, fel hyn: /campaign sid theme Gyda'n gilydd am well rhyngrwyd (hyd at { $max } nod).
b-sid-theme-set = Mae'r thema wedi'i gosod. Bydd negeseuon sydd heb eu hanfon eto yn sôn amdani.
b-sid-over = Mae Diwrnod Defnyddio'r Rhyngrwyd yn Fwy Diogel { $year } drosodd, felly does dim i'w gadarnhau.
b-sid-confirmed = Mae Diwrnod Defnyddio'r Rhyngrwyd yn Fwy Diogel { $year } wedi'i gadarnhau. { $count ->
        [0] Doedd dim angen trefnu negeseuon newydd.
        [one] Mae un neges wedi'i threfnu:
       *[other] Mae { $count } o negeseuon wedi'u trefnu:
    }
    { $plan }
    Dilynwch nhw gyda /broadcast status.
b-sid-ask = Mae Diwrnod Defnyddio'r Rhyngrwyd yn Fwy Diogel { $year } yn dod ym mis Chwefror. Fel cydlynydd diogelwch ar-lein, gwiriwch y dyddiad a'r thema isod a chadarnhewch, er mwyn trefnu'r negeseuon i staff a rhieni. I'w newid: /campaign sid date BBBB-MM-DD neu /campaign sid theme a'r thema.

## Dewis peidio

b-optout-parents-only = Dim ond rhieni all ddewis peidio â derbyn negeseuon yr ysgol.
b-optout-done = Wedi'i wneud: ni fyddwch yn derbyn negeseuon ysgol nad ydynt yn hanfodol mwyach. Bydd negeseuon y mae'r ysgol yn eu marcio'n hanfodol yn dal i'ch cyrraedd. Anfonwch /optin i'w derbyn i gyd eto.
b-optin-done = Wedi'i wneud: byddwch yn derbyn negeseuon yr ysgol eto. Anfonwch /optout i atal y rhai nad ydynt yn hanfodol.

## Gorchmynion gweithredwr

b-cli-sid-title = Diwrnod Defnyddio'r Rhyngrwyd yn Fwy Diogel { $year } (o'r rheol: { $computed })
b-bench-database = Cronfa ddata: { $engine }
b-bench-setup = Rhoddwyd { $count } o negeseuon yn y ciw ar gyfer { $recipients } o dderbynwyr ({ $platforms } platfform) mewn { $ms } ms.
b-bench-platform = { $platform }: { $sent } o negeseuon mewn { $seconds } eiliad; { $rate } yr eiliad dros ei heiliadau cyfan, yn erbyn terfyn o { $limit } yr eiliad ({ $percent }% o'r terfyn).
b-bench-window = { $platform }, { $scope ->
        [global] pob sgwrs
        [private] pob sgwrs breifat
        [group] pob grŵp
        [tenant] pob tenant
       *[other] pob sgwrs ar ei phen ei hun
    } o fewn { $period } eiliad: y prysuraf { $busiest } yn erbyn terfyn o { $limit }.
b-bench-restart = Ataliwyd y dosbarthwyr ar ôl { $sent } o negeseuon a'u hailgychwyn: { $interrupted } ar y ffordd (heb eu cadarnhau, heb eu hailanfon), { $released } wedi'u rhyddhau i'w hanfon eto.
b-bench-instance = Achos { $instance }{ $state ->
    [killed] {" "}(wedi’i ladd)
   *[running] {""}
}: { $sent } neges ({ $percent }% o’r cyfan).
b-bench-failover = Cafodd achos { $instance } ei ladd ar ôl { $sent } neges; cafodd { $platform } ei neges nesaf { $seconds } eiliad yn ddiweddarach, gan achos arall.
b-bench-result = Derbynwyr: { $recipients }. Wedi'i derbyn unwaith yn union: { $once }. Dyblygion: { $duplicates }. Wedi'u colli: { $lost }. Heb eu cadarnhau (ar y ffordd pan ataliwyd, heb eu hailanfon): { $unconfirmed }.
b-bench-cpu = Amser CPU y broses fesul neges: { $micros } µs ({ $cpu_ms } ms dros { $wall_ms } ms).
b-bench-reporters = { $reporters } o adroddwyr, un cam bob { $pace } ms ar derfynau Telegram, tra bod { $alerts } o rybuddion yn y ciw i dîm y DSL: amserwyd { $answers } o atebion; { $others } o negeseuon i eraill yn y cyfamser.
b-bench-latency = O ateb i gwestiwn nesaf Haven: p50 { $p50 } ms, p99 { $p99 } ms, uchafswm { $max } ms.
b-bench-load = Llwyth cyfartalog (1, 5, 15 munud): { $load }.
