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
