# Machine translation; to be reviewed by a native speaker.
## Haven — y ddesg achosion: mewngofnodi o'r sgwrs, a thudalennau'r ddesg (cy).

## /desk yn y sgwrs

cmd-desk = Mewngofnodi i'r ddesg achosion
discord-name-desk = desk
desk-link = Eich dolen mewngofnodi i'r ddesg achosion. Mae'n gweithio unwaith, i chi yn unig, am { $minutes } munud. Peidiwch â'i hanfon ymlaen.
    { $url }
desk-private-only = Anfonwch /desk yn eich sgwrs breifat gyda mi, nid mewn grŵp.
desk-off = Nid yw'r ddesg achosion wedi'i throi ymlaen yn yr ysgol hon.
desk-not-for-you = Mae'r ddesg achosion ar gyfer staff, gwirfoddolwyr a llywodraethwyr.
desk-link-too-many = Rydych wedi gofyn am sawl dolen mewngofnodi yn yr awr ddiwethaf. Defnyddiwch yr un olaf, neu rhowch gynnig arall arni'n nes ymlaen.

## Y dudalen o gwmpas popeth

desk-name = Desg achosion Haven
desk-skip = Neidio i'r cynnwys
desk-nav = Desg achosion
desk-nav-open = Achosion agored
desk-nav-closed = Achosion wedi'u cau
desk-nav-search = Chwilio
desk-nav-access = Cofnod mynediad
desk-nav-export = Allforio ffeil
desk-nav-dashboard = Dangosfwrdd y llywodraethwyr
desk-signed-in-as = Wedi mewngofnodi fel { $name }
desk-sign-out = Allgofnodi
desk-failed-title = Aeth rhywbeth o'i le
desk-failed = Ni newidiwyd dim. Rhowch gynnig arall arni. Os bydd yn digwydd eto, rhowch y cyfeirnod hwn i bwy bynnag sy'n rhedeg Haven: { $reference }

## Mewngofnodi ac allgofnodi

desk-signed-out-title = Mewngofnodi i'r ddesg achosion
desk-signed-out = I fewngofnodi, anfonwch /desk at Haven yn eich sgwrs breifat ac agorwch y ddolen y mae'n ei hanfon. Mae dolenni'n gweithio unwaith ac am bum munud.
desk-signin-title = Mewngofnodi i'r ddesg achosion
desk-signin-intro = Mae'r ddolen hon yn eich mewngofnodi unwaith. Pwyswch y botwm i barhau.
desk-signin-button = Mewngofnodi
desk-link-refused-title = Ni ellir defnyddio'r ddolen mewngofnodi hon
desk-link-used = Mae'r ddolen hon wedi'i defnyddio eisoes. Mae pob dolen yn mewngofnodi unwaith.
desk-link-expired = Mae'r ddolen hon wedi dod i ben. Mae dolenni'n gweithio am bum munud.
desk-link-unknown = Nid yw'r ddolen hon yn ddilys.
desk-link-again = Anfonwch /desk at Haven yn eich sgwrs breifat am ddolen newydd.
desk-forbidden-title = Heb ei dderbyn
desk-forbidden = Nid oedd modd gwirio'r ffurflen hon, felly ni newidiwyd dim. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.
desk-signed-out-done-title = Wedi allgofnodi
desk-signed-out-done = Rydych wedi allgofnodi o'r ddesg achosion. Anfonwch /desk at Haven i fewngofnodi eto.

## Rhestrau achosion

desk-open-title = Achosion agored
desk-no-cases = Nid oes achosion i chi yma.
desk-col-ref = Cyfeirnod
desk-col-urgency = Brys
desk-col-status = Statws
desk-col-reported = Adroddwyd
desk-col-acknowledged = Cydnabuwyd
desk-not-acknowledged = Heb ei gydnabod
desk-closed-title = Achosion wedi'u cau
desk-ago-days = { $n ->
        [one] 1 diwrnod yn ôl
       *[other] { $n } diwrnod yn ôl
    }
desk-ago-hours = { $n ->
        [one] 1 awr yn ôl
       *[other] { $n } awr yn ôl
    }
desk-ago-minutes = { $n ->
        [one] 1 munud yn ôl
       *[other] { $n } munud yn ôl
    }

## Chwilio

desk-search-title = Chwilio achosion
desk-search-ref = Cyfeirnod
desk-search-pupil = Enw'r disgybl
desk-search-category = Categori
desk-search-from = Adroddwyd ar neu ar ôl
desk-search-to = Adroddwyd ar neu cyn
desk-search-status = Statws
desk-search-any = Unrhyw
desk-search-button = Chwilio
desk-search-found = { $count ->
        [one] Daethpwyd o hyd i 1 achos
       *[other] Daethpwyd o hyd i { $count } achos
    }

## Cofnod mynediad

desk-access-title = Cofnod mynediad
desk-access-intro = Pwy agorodd neu newidiodd yr achosion rydych yn eu harwain, y diweddaraf yn gyntaf.
desk-access-none = Nid oes dim wedi'i gofnodi ar gyfer yr achosion rydych yn eu harwain.
desk-col-when = Pryd
desk-col-who = Pwy
desk-col-what = Beth
desk-col-entry = Cofnod
desk-audit-view = Gwelwyd
desk-audit-ack = Cydnabuwyd
desk-audit-entry = Ychwanegwyd cofnod
desk-audit-status = Newidiwyd y statws
desk-audit-close = Caewyd
desk-audit-hold = Newidiwyd y daliad cyfreithiol
desk-audit-refused = Ceisiwyd ei agor a gwrthodwyd
desk-audit-export = Allforiwyd
desk-audit-report = Adroddwyd
desk-audit-other = Arall

## Un achos

desk-case-title = Achos { $ref }
desk-not-found-title = Heb ddod o hyd i'r achos
desk-not-found = Nid oes achos o'r fath, neu nid yw'n un y gallwch ei agor.
desk-summary = Crynodeb
desk-about = Ynghylch
desk-groups = Grwpiau categori
desk-categories = Categorïau
desk-occurred = Pryd y digwyddodd
desk-place = Ble
desk-reported-by = Adroddwyd gan
desk-hold = Daliad cyfreithiol
desk-chronology = Cronoleg
desk-chronology-hint = Yn y drefn y cofnodwyd y cofnodion. Mae pob un yn dangos pryd y'i cofnodwyd a'r amser y mae'n cyfeirio ato.
desk-referrals = Atgyfeiriadau
desk-referrals-none = Nid oes atgyfeiriadau wedi'u cofnodi.
desk-review = Adolygiad cychwynnol secstio
desk-review-entry = Adolygiad yng nghofnod #{ $n }
desk-viewed = Pwy sydd wedi gweld yr achos hwn

## Ffurflenni ar achos

desk-actions = Camau
desk-ack-hint = Cydnabyddwch eich bod wedi darllen yr achos hwn. Dywedir wrth yr adroddwr a'r lleill sy'n ei drin.
desk-entry-title = Ychwanegu cofnod
desk-entry-reason = Rheswm (ei angen ar gyfer penderfyniad)
desk-entry-agency = Asiantaeth (ar gyfer atgyfeiriad)
desk-entry-corrects = Rhif y cofnod y mae'n ei gywiro (ar gyfer cywiriad)
desk-entry-when = Pryd y digwyddodd
desk-entry-when-hint = Gadewch yn wag am nawr. Amser lleol yr ysgol yw'r amseroedd.
desk-entry-button = Ychwanegu'r cofnod
desk-status-title = Newid y statws
desk-status-button = Newid y statws
desk-close-title = Cau'r achos
desk-close-button = Cau'r achos
desk-reopen-title = Ailagor yr achos
desk-form-choose-status = Dewiswch statws. Ni newidiwyd dim.
desk-form-choose-outcome = Dewiswch ganlyniad. Ni newidiwyd dim.
concern-desk-open = Agor yn y ddesg achosion: { $url }
concern-entry-problem-kind = Ni ellir ychwanegu'r math hwnnw o gofnod yma. Ni chadwyd dim.
concern-entry-problem-text = Ysgrifennwch beth mae'r cofnod yn ei gofnodi (2 i 2000 nod). Ni chadwyd dim.
concern-entry-problem-reason = Mae angen rheswm ar benderfyniad (2 i 1000 nod). Ni chadwyd dim.
concern-entry-problem-agency = Mae angen yr asiantaeth ar atgyfeiriad. Ni chadwyd dim.
concern-entry-problem-agency-ref = Gall cyfeirnod yr asiantaeth fod yn 100 nod ar y mwyaf. Ni chadwyd dim.
concern-entry-problem-corrects = Mae angen rhif y cofnod y mae'n ei gywiro ar gywiriad. Ni chadwyd dim.
concern-entry-problem-future = Ni all yr amser y mae cofnod yn cyfeirio ato fod yn y dyfodol. Ni chadwyd dim.
concern-entry-problem-when = Nid oedd modd darllen yr amser hwnnw. Ni chadwyd dim.
concern-entry-problem-close-reason = Rhowch y rheswm (5 i 2000 nod). Ni newidiwyd dim.

## Cadarnhau mewngofnodi yn y sgwrs (ail ffactor yr ysgol)

desk-confirm = Mae rhywun yn mewngofnodi i'r ddesg achosion fel chi, gyda dolen a anfonodd Haven atoch. Ai chi oedd hynny? Os na wnewch chi ddim, bydd y mewngofnodi'n dod i ben ymhen { $minutes } munud.
desk-confirm-yes = Ie, fi sydd yma
desk-confirm-no = Na, nid fi oedd e
desk-confirmed = Diolch: rydych wedi mewngofnodi i'r ddesg achosion. Ewch yn ôl i'r dudalen a phwyswch Parhau.
desk-confirm-refused = Cafodd y mewngofnodi ei atal ac nid yw'n dangos dim. Os gallai rhywun arall fod â'ch dolen mewngofnodi, dywedwch wrth eich DSL.
desk-confirm-waiting-title = Cadarnhewch mai chi sydd yma
desk-confirm-waiting = Mae Haven wedi anfon cwestiwn i'ch sgwrs breifat. Pwyswch "Ie, fi sydd yma" yno, yna pwyswch Parhau.
desk-confirm-continue = Parhau
