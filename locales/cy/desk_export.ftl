# Machine translation; to be reviewed by a native speaker.
# Desg yr achosion: allforio a throsglwyddo ffeil amddiffyn plant, a dangosfwrdd y llywodraethwyr.

export-title = Ffeil amddiffyn plant
export-separate = Ffeil amddiffyn plant — cadwch ar wahân i brif ffeil y disgybl
export-school = Ysgol
export-pupil = Disgybl
export-cases = Nifer yr achosion
export-period = Dyddiadau dan sylw
export-period-value = { $from } i { $to }
export-exported-by = Allforiwyd gan
export-exported-at = Allforiwyd ar
export-receiving = Ysgol sy'n derbyn
export-not-recorded = Heb ei gofnodi eto
export-due-from = Pum diwrnod ysgol yn cyfrif o
export-deadline = I gyrraedd yr ysgol newydd erbyn
export-deadline-today = { $date } (os anfonir y ffeil heddiw)
export-sent-on = Anfonwyd ar
export-receipt = Derbyn wedi'i gadarnhau
export-receipt-by = Gan { $name } ar { $date }
export-receipt-none = Heb ei gadarnhau eto
export-overdue = Hwyr: nid yw'r ysgol sy'n derbyn wedi cadarnhau ei bod wedi derbyn y ffeil o fewn pum diwrnod ysgol. Cysylltwch â'u harweinydd diogelu dynodedig.
export-case = Achos { $ref }
export-status = Statws
export-urgency = Brys
export-about = Am
export-categories = Math
export-groups = Grŵp
export-occurred = Pryd y digwyddodd
export-place = Ble
export-reported = Adroddwyd ar
export-reporter = Adroddwyd gan
export-told-dsl = Wedi dweud wrth DSL wyneb yn wyneb
export-hold = Cadw cyfreithiol
export-closed = Caewyd ar
export-referrals = Atgyfeiriadau
export-referral-value = { $agency }, cyfeirnod { $reference }, { $date }
export-transfers = Trosglwyddiadau
export-chronology = Cronoleg
export-none = Dim wedi'i gofnodi
export-entry = #{ $n } { $kind } · { $author }
export-footer = { $school } · Cyfrinachol
export-page = Tudalen { $page } o { $pages }
export-no-shaping = Ni all y PDF hwn uno llythrennau Arabeg na'u hysgrifennu o'r dde i'r chwith, felly mae testun Arabeg ynddo'n anodd ei ddarllen. Defnyddiwch olwg argraffu desg yr achosion i ddarllen neu argraffu testun Arabeg.

## Tudalennau allforio
export-print-hint = I argraffu, defnyddiwch orchymyn Argraffu eich porwr: mae'r daflen glawr a phob achos yn argraffu ar eu tudalennau eu hunain, heb ddewislenni'r ddesg. Cadwch gopïau printiedig dan glo.
export-pdf = Lawrlwytho fel PDF
export-pupil-name = Enw'r disgybl
export-transfer-title = Cofnodi trosglwyddiad i ysgol newydd
export-transfer-submit = Cofnodi'r trosglwyddiad
export-receipt-title = Cadarnhad derbyn gan { $school }
export-receipt-who = Pwy gadarnhaodd dderbyn yn yr ysgol sy'n derbyn
export-receipt-on = Dyddiad cadarnhau
export-receipt-submit = Cofnodi'r cadarnhad
export-start-title = Allforio ffeil amddiffyn plant
export-start-intro = Allforio pob achos sy'n enwi disgybl, ar gyfer trosglwyddiad i'w ysgol newydd. Dim ond yr arweinydd diogelu dynodedig all allforio. Cofnodir pob allforiad yn y log archwilio.
export-start-submit = Dangos y ffeil
export-pupil-none-found = Nid oes achos y gallwch ei allforio yn enwi'r disgybl hwnnw.
export-overdue-title = Trosglwyddiadau heb eu cadarnhau mewn pryd
export-overdue-none = Dim: cadarnhawyd pob trosglwyddiad o fewn pum diwrnod ysgol.
export-overdue-item = Anfonwyd at { $school }, erbyn { $date }:
export-form-refused-title = Heb ei gadw
export-form-refused = Ni newidiwyd dim: roedd y ffurflen wedi dyddio neu nid oedd dyddiad yn ddilys. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.

## Dangosfwrdd y llywodraethwyr
dashboard-title = Dangosfwrdd y llywodraethwyr
dashboard-legend = Cyfrifon dienw o bryderon. Dangosir rhifau o 1 i 4 fel "llai na 5", a lle gellid cyfrifo un o'r cyfanswm, cuddir rhif arall hefyd, fel na ellir adnabod unrhyw blentyn.
dashboard-from = O
dashboard-to = I
dashboard-show = Dangos
dashboard-fewer-than-5 = llai na 5
dashboard-hidden = wedi'i guddio
dashboard-median-none = Dangosir yr amser canolrifol i gydnabod unwaith y bydd pump neu fwy o bryderon wedi'u cydnabod.
dashboard-withheld = Rhy ychydig o bryderon i ddangos y tabl hwn heb risg o adnabod plentyn.
dashboard-col-what = Beth
dashboard-col-count = Pryderon
export-transfer-recorded = Mae trosglwyddo { $cases } achos i { $school } wedi'i gofnodi.
