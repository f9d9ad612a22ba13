# Machine translation; to be reviewed by a native speaker.

## Ffrydiau byw (polisi 000 "Livestreaming"; polisi 003 "Use of Video Conferencing Technology")

cmd-stream = Trefnu neu reoli ffrwd fyw breifat
cmd-streams = Eich ffrydiau byw sydd i ddod

stream-usage = Sut i ddefnyddio /stream:
    /stream new — trefnu ffrwd fyw breifat i rieni
    /stream report ID — pwy sydd wedi cael y manylion ymuno
    /stream time ID 18/11/2026 13:30-14:30 — symud ffrwd fyw
    /stream rotate ID — gosod cod pas newydd a'i anfon eto
    /stream cancel ID — canslo ffrwd fyw a dweud wrth y rhieni
    /stream attendance ID — cofnodi pwy ymunodd, wrth eu henwau
    /stream attendance ID N — cofnodi faint ymunodd
    /stream log — cofnod y ffrydiau byw
    /streams — y ffrydiau byw sydd i ddod
stream-organisers-only = Dim ond trefnwyr ffrydiau byw a'r uwch dîm arwain sy'n gallu trefnu neu reoli ffrydiau byw.
stream-button-unknown = Nid yw'r botwm hwnnw'n ddilys mwyach, felly ni newidiwyd dim.
stream-not-found = Nid oes ffrwd fyw rhif { $id }. Teipiwch /streams i weld y rhai sydd i ddod.
stream-not-yours = Trefnwyd ffrwd fyw { $id } gan rywun arall. Dim ond ei threfnydd neu'r uwch dîm arwain sy'n gallu ei newid.
stream-not-open = Mae “{ $title }” wedi dod i ben neu wedi'i chanslo, felly ni ellir ei newid mwyach.

## Y ffurflen drefnu

stream-form-title = trefnu ffrwd fyw
stream-q-title = Beth yw enw'r ffrwd fyw? Er enghraifft: Gwasanaeth diolchgarwch Blwyddyn 3
stream-l-title = Teitl
stream-q-audience = I ba rieni mae hi?
stream-l-audience = Cynulleidfa
stream-audience-classes = Dosbarthiadau penodol
stream-audience-whole-school = Yr ysgol gyfan
stream-q-classes = Pa ddosbarthiadau? Teipiwch eu henwau, wedi'u gwahanu gan atalnodau.
stream-l-classes = Dosbarthiadau
stream-classes-known = Y dosbarthiadau yw: { $classes }.
stream-classes-unknown = Nid wyf yn adnabod y dosbarth “{ $unknown }”. Y dosbarthiadau yw: { $classes }.
stream-q-start = Pryd mae hi'n dechrau? Er enghraifft: 18/11/2026 14:00, neu tomorrow 9:30. Dim ond yn ystod oriau ysgol y gall ffrydiau byw ddigwydd.
stream-l-start = Dechrau
stream-q-end = Faint o'r gloch mae hi'n gorffen? Er enghraifft: 15:00
stream-l-end = Gorffen
stream-end-unreadable = Doeddwn i ddim yn gallu darllen yr amser gorffen, neu nid yw ar ôl y dechrau. Teipiwch amser fel 15:00.
stream-q-service = Pa wasanaeth fyddwch chi'n ei ddefnyddio? Rhaid defnyddio cyfrif yr ysgol arno.
stream-l-service = Gwasanaeth
stream-service-zoom = Zoom
stream-service-teams = Microsoft Teams
stream-service-meet = Google Meet
stream-service-other = gwasanaeth arall
stream-q-link = Teipiwch y ddolen ymuno. Byddaf yn tynnu eich neges o'r sgwrs hon ac yn cadw'r ddolen wedi'i hamgryptio; dim ond yn breifat i'r rhieni y caiff ei hanfon.
stream-link-invalid = Nid yw hynny'n edrych fel dolen ymuno. Teipiwch y ddolen gyfan, gan ddechrau gyda https://
stream-q-meeting-id = Beth yw ID y cyfarfod? Pwyswch Hepgor os nad oes un.
stream-q-passcode = Beth yw'r cod pas? Pwyswch Hepgor os nad oes un.
stream-label-link = Dolen ymuno
stream-label-meeting-id = ID y cyfarfod
stream-label-passcode = Cod pas
stream-q-supervisors = Pa aelodau staff fydd yn goruchwylio? Mae'r polisi'n gofyn am o leiaf ddau, a gallwch chi fod yn un ohonyn nhw. Teipiwch eu henwau, wedi'u gwahanu gan atalnodau.
stream-l-supervisors = Staff sy'n goruchwylio
stream-supervisor-unknown = Ni allaf ddod o hyd i aelod o staff o'r enw “{ $name }”.
stream-supervisor-ambiguous = Mae mwy nag un aelod o staff yn cyfateb i “{ $name }”. Teipiwch yr enw llawn.
stream-supervisor-not-staff = Nid yw { $name } yn aelod o staff, felly ni all oruchwylio ffrwd fyw.
stream-supervisors-none = Teipiwch o leiaf un enw.
stream-q-account = A yw hi ar gyfrif ysgol (nid un personol)?
stream-l-account = Ar gyfrif ysgol
stream-q-recorded = A fydd hi'n cael ei recordio?
stream-l-recorded = Wedi'i recordio
stream-q-chat = Beth am y sgwrs?
stream-l-chat = Sgwrs
stream-chat-off = Sgwrs wedi'i diffodd
stream-chat-monitored = Sgwrs ymlaen, oedolyn yn ei monitro
stream-chat-unmonitored = Sgwrs ymlaen, neb yn ei monitro
stream-q-monitor = Pa oedolyn fydd yn monitro'r sgwrs?
stream-l-monitor = Sgwrs yn cael ei monitro gan
stream-q-files = A fydd rhannu ffeiliau ymlaen?
stream-l-files = Rhannu ffeiliau ymlaen

## Gwrthod

stream-refused = Alla i ddim trefnu'r ffrwd fyw hon: byddai'n torri polisi ffrydio byw'r ysgol (polisi 000 “Livestreaming”).
    { $reasons }
stream-refused-step = Byddai'r ateb hwnnw'n torri polisi ffrydio byw'r ysgol (polisi 000 “Livestreaming”):
    { $reasons }
    Atebwch eto.
stream-refused-hours = Rhaid iddi ddigwydd yn ystod oriau ysgol ({ $from }–{ $to } ar ddiwrnod ysgol), gan ddechrau a gorffen ar yr un diwrnod.
stream-refused-closed = Mae'r ysgol ar gau ar { $date } (gwyliau, gŵyl banc neu ddiwrnod cau yng nghalendr yr ysgol).{ $has_next ->
    [1] {" "}Y diwrnod ysgol nesaf yw { $next }.
   *[0] {""}
}
stream-refused-end-before-start = Rhaid iddi orffen ar ôl iddi ddechrau.
stream-refused-past = Mae ei hamser dechrau wedi mynd heibio.
stream-refused-supervisors = Rhaid i o leiaf ddau aelod o staff ei goruchwylio.
stream-refused-account = Rhaid iddi fod ar gyfrif ysgol, byth un personol.
stream-refused-recorded = Ni ddylid ei recordio.
stream-refused-chat = Dim ond pan fydd oedolyn yn ei monitro y caiff y sgwrs fod ymlaen. Diffoddwch y sgwrs, neu enwch yr oedolyn a fydd yn ei monitro.
stream-refused-files = Rhaid diffodd rhannu ffeiliau.

## Cadw, cymeradwyo, anfon

stream-saved-sending = Mae ffrwd fyw { $id }, “{ $title }” ({ $start }–{ $end }), wedi'i threfnu. Rwy'n anfon y manylion ymuno yn breifat. Rhieni: { $queued }; rhieni heb gyfrif sgwrsio cysylltiedig: { $not_linked }. Byddaf yn anfon adroddiad danfon atoch unwaith y byddan nhw wedi mynd.
    I'w rheoli: /stream report { $id }, /stream rotate { $id }, /stream cancel { $id }
stream-saved-awaiting = Mae ffrwd fyw { $id }, “{ $title }” ({ $start }–{ $end }), wedi'i chadw ac yn aros am gymeradwyaeth. { $asked ->
        [0] Does neb arall yn yr uwch dîm arwain i'w ofyn: siaradwch â nhw.
       *[other] Rwyf wedi gofyn i'r uwch dîm arwain.
    } Ni anfonir dim at rieni nes iddi gael ei chymeradwyo.
stream-approval-request = Mae { $organiser } yn gofyn i chi gymeradwyo ffrwd fyw breifat:
    “{ $title }”, { $start }–{ $end }, ar { $service }
    I: { $audience }
    Staff sy'n goruchwylio: { $supervisors }
    Sgwrs: { $chat ->
        [monitored] ymlaen, yn cael ei monitro gan { $monitor }
       *[off] i ffwrdd
    }
    Dim recordio, dim rhannu ffeiliau, ar gyfrif ysgol.
    Ni anfonir dim at rieni nes iddi gael ei chymeradwyo.
stream-approve = Cymeradwyo
stream-decline = Gwrthod
stream-approval-not-slt = Dim ond aelodau'r uwch dîm arwain sy'n gallu cymeradwyo ffrydiau byw.
stream-approval-own = Chi drefnodd y ffrwd fyw hon, felly mae angen i aelod arall o'r uwch dîm arwain ei chymeradwyo.
stream-approval-already = Mae penderfyniad eisoes wedi'i wneud am “{ $title }”, felly ni newidiwyd dim.
stream-approval-too-late = Mae “{ $title }” eisoes wedi dechrau, felly ni ellir ei chymeradwyo nawr.
stream-approval-done-approved = Cymeradwywyd. Mae'r manylion ymuno ar gyfer “{ $title }” yn cael eu hanfon at y rhieni.
stream-approval-done-declined = Gwrthodwyd. Ni anfonir dim am “{ $title }” at rieni.
stream-approved = Cymeradwyodd { $by } ffrwd fyw { $id }, “{ $title }”. Rwy'n anfon y manylion ymuno yn breifat. Rhieni: { $queued }; heb gyfrif sgwrsio cysylltiedig: { $not_linked }.
stream-declined = Gwrthododd { $by } ffrwd fyw { $id }, “{ $title }”. Ni anfonwyd dim at rieni, ac mae ei manylion ymuno wedi'u dileu.

## Beth mae rhieni'n ei gael

stream-safety = Cadwch y manylion hyn i chi'ch hun: peidiwch â rhannu'r ddolen na'r cod pas gydag unrhyw un, a pheidiwch byth â'u postio mewn sgwrs grŵp.
    • Nid yw'r sesiwn yn cael ei recordio, ac mae rhannu ffeiliau i ffwrdd.
    • Sgwrs: { $chat ->
        [monitored] ymlaen, yn cael ei monitro gan { $monitor }
       *[off] wedi'i diffodd
    }.
    • Ymunwch o ystafell deuluol a rennir, dan eich enw eich hun, gyda'ch camera a'ch meicroffon i ffwrdd oni bai bod yr athro'n gofyn.
    • Defnyddiwch y ddolen yn y neges breifat hon yn unig: nid yw'r ysgol byth yn ei hanfon mewn grŵp.
stream-credentials = Ffrwd fyw breifat gan yr ysgol: “{ $title }”
    { $start }–{ $end }, ar { $service }
    { $details }
    { stream-safety }
stream-credentials-rotated = Manylion ymuno newydd ar gyfer “{ $title }” ({ $start }–{ $end }, ar { $service }). Nid yw'r hen rai'n gweithio mwyach.
    { $details }
    { stream-safety }
stream-credentials-again = Fel y gofynnoch, y manylion ymuno ar gyfer “{ $title }” ({ $start }–{ $end }, ar { $service }):
    { $details }
    { stream-safety }
stream-reminder = Nodyn atgoffa: mae “{ $title }” yn dechrau am { $at }, ymhen { $about ->
        [yes] tua { $minutes }
       *[no] { $minutes }
    } munud. Defnyddiwch y manylion ymuno a anfonais atoch yn breifat, a pheidiwch â'u rhannu. Pwyswch y botwm os oes eu hangen arnoch eto.
stream-cancelled-notice = Mae “{ $title }” ({ $start }) wedi'i chanslo. Peidiwch â defnyddio'r manylion ymuno a gawsoch.
stream-moved-notice = Mae “{ $title }” wedi symud: mae hi nawr rhwng { $start } a { $end }. Mae eich manylion ymuno yr un fath.
stream-list-parent = “{ $title }”: { $start }–{ $end }, ar { $service }.
stream-list-staff = { $id }. “{ $title }”: { $start }–{ $end }, i { $audience } ({ $status }).
stream-list-none = Does dim ffrydiau byw i ddod i chi.
stream-send-again = Anfon y manylion ymuno ataf
stream-not-for-you = Mae'n ddrwg gennyf, dim ond at y rhieni y mae hi ar eu cyfer y gallaf anfon manylion ymuno ffrwd fyw.
stream-details-gone = Mae'r manylion ymuno ar gyfer “{ $title }” wedi'u dileu.
stream-status-awaiting_approval = yn aros am gymeradwyaeth
stream-status-scheduled = wedi'i threfnu
stream-status-declined = wedi'i gwrthod
stream-status-cancelled = wedi'i chanslo
stream-status-held = wedi’i chynnal
stream-status-live = ar y gweill
stream-status-not_approved = heb ei chymeradwyo erioed

## Rheoli ffrwd fyw

stream-cancelled = Mae ffrwd fyw { $id }, “{ $title }”, wedi'i chanslo. Rhieni a gafodd wybod: { $told }. Negeseuon heb eu hanfon a ataliwyd: { $stopped }. Mae ei manylion ymuno wedi'u dileu.
stream-moved = Mae ffrwd fyw { $id }, “{ $title }”, nawr rhwng { $start } a { $end }. Rhieni a gafodd wybod: { $told }.
stream-time-unreadable = Doeddwn i ddim yn gallu darllen hynny. Teipiwch y dyddiad a'r amseroedd fel hyn: /stream time 3 18/11/2026 13:30-14:30
stream-attendance-too-early = Gellir cofnodi presenoldeb ar gyfer “{ $title }” unwaith y bydd wedi dechrau.
stream-attendance-recorded = Cofnodwyd: ymunodd { $attendance } â “{ $title }” ({ $start }).{ $replaced ->
        [-1] {""}
       *[other] {" "}Mae hyn yn cymryd lle'r { $replaced } a gofnodwyd o'r blaen.
    }
stream-attendance-already = Mae presenoldeb “{ $title }” eisoes wedi'i gofnodi fel { $old }, felly rwyf wedi'i gadw. I gofnodi { $new } yn lle hynny, anfonwch: /stream attendance { $id } { $new } replace
stream-ended-attendance = Mae “{ $title }” wedi gorffen ({ $minutes } munud). Cofnodwch pwy ymunodd: /stream attendance { $id } i dicio'r rhieni wrth eu henwau, neu /stream attendance { $id } N am rif.
stream-attendance-title = presenoldeb y ffrwd fyw
stream-q-present = Pa rieni ymunodd? Tapiwch bob un a ymunodd (neu teipiwch ran o enw), yna pwyswch Gorffen. Os na ymunodd neb, pwyswch “Dim un ohonyn nhw”.
stream-l-present = Ymunodd
stream-help-present = Tapiwch y rhieni a ymunodd â'r ffrwd fyw; tapiwch eto i ddad-dicio. Dyma'r rhieni y cafodd y manylion ymuno eu hanfon atynt. Dim ond chi a'r uwch dîm arwain fydd yn gweld yr enwau.
stream-attendance-names-already = Mae presenoldeb “{ $title }” eisoes wedi'i gofnodi fel { $old }, felly rwyf wedi'i gadw. I gofnodi pwy ymunodd wrth eu henwau yn lle hynny, anfonwch: /stream attendance { $id } replace
stream-attendance-not-listed = { $invited ->
        [0] Ni chafodd y manylion ymuno ar gyfer “{ $title }” eu hanfon at neb, felly nid oes enwau i ddewis ohonynt.
       *[other] Aeth y manylion ymuno ar gyfer “{ $title }” at { $invited } o rieni, mwy na'r { $max } y gallaf eu rhestru.
    } Cofnodwch faint ymunodd: /stream attendance { $id } N
stream-attendance-names-recorded = Wedi'i gofnodi: ymunodd { $attendance } â “{ $title }” ({ $start }){ $attendance ->
        [0] .
       *[other] : { $names }.
    }{ $replaced ->
        [-1] {""}
       *[other] {" "}Mae hyn yn disodli'r { $replaced } a gofnodwyd o'r blaen.
    }
stream-report-attendance = Presenoldeb yn “{ $title }”: ymunodd { $attendance }{ $named ->
        [0] {" "}(wedi'i gofnodi fel rhif).
       *[other] : { $names }.
    }
stream-report-nothing-sent = Nid oes dim wedi'i anfon ar gyfer “{ $title }” eto: mae'n aros am gymeradwyaeth.
stream-report = Adroddiad danfon ar gyfer ffrwd fyw { $id }, “{ $title }” ({ $start }):
    Anfonwyd: { $sent }. Methwyd: { $failed }. Yn aros: { $pending }. Ataliwyd: { $cancelled }.
    { $unreached_count ->
        [0] Cyrhaeddwyd pob rhiant yn y gynulleidfa.
       *[other] Heb eu cyrraedd — defnyddiwch ffordd arferol y swyddfa o gysylltu â nhw:
            { $unreached }
    }
stream-unreached-blocked = Methu eu cyrraedd (efallai eu bod wedi rhwystro'r bot)
stream-unreached-not-linked = Dim cyfrif sgwrsio cysylltiedig
stream-log-empty = Nid oes ffrydiau byw wedi'u trefnu eto.
stream-log-header = Y { $count } ffrwd fyw ddiweddaraf, y mwyaf newydd yn gyntaf:
stream-log-entry = { $id }. “{ $title }”: { $start }–{ $end }, { $minutes } munud, i { $audience } ({ $status })
    Staff sy'n goruchwylio: { $supervisors }
    Presenoldeb: { $attendance ->
        [-1] heb ei gofnodi eto
       *[other] { $attendance }
    }

## Cod pas newydd

stream-rotate-title = cod pas ffrwd fyw newydd
stream-q-new-passcode = Yn gyntaf newidiwch y cod pas yn y gwasanaeth cyfarfod, yna teipiwch yr un newydd yma. Byddaf yn tynnu eich neges o'r sgwrs hon.
stream-q-new-link = Os yw'r ddolen ymuno wedi newid hefyd (er enghraifft am ei bod yn cynnwys yr hen god pas), teipiwch y ddolen newydd; fel arall pwyswch Hepgor.
stream-rotated = Mae'r manylion ymuno newydd ar gyfer “{ $title }” wedi'u cadw. Rwy'n eu hanfon yn breifat. Rhieni: { $queued }. Negeseuon heb eu hanfon gyda'r hen fanylion a ataliwyd: { $stopped }.
stream-rotated-unsent = Mae'r manylion ymuno newydd ar gyfer “{ $title }” wedi'u cadw. Byddan nhw'n mynd at rieni unwaith y caiff y ffrwd fyw ei chymeradwyo.
stream-rotate-gone = Ni ellir newid y ffrwd fyw honno mwyach, felly ni chadwyd dim.

## Gwarchod rhag datgelu

stream-leak-warning = Peidiwch â rhannu manylion ymuno ffrydiau byw mewn grŵp. Rwyf wedi gofyn i'r neges honno gael ei thynnu, ac mae'r trefnydd wedi cael gwybod.
stream-leak-alert = Rhybudd: ymddangosodd { $what } ar gyfer ffrwd fyw { $id }, “{ $title }”, mewn sgwrs grŵp ar { $platform } (sgwrs { $group }). Rwyf wedi gofyn i'r neges gael ei thynnu ac wedi rhybuddio'r grŵp. Newidiwch y cod pas yn y gwasanaeth cyfarfod ac anfonwch fanylion newydd at y rhieni: /stream rotate { $id }
stream-leaked-link = y ddolen ymuno
stream-leaked-meeting-id = ID y cyfarfod
stream-leaked-passcode = y cod pas
stream-passcode-weak = Mae'r cod pas hwnnw'n fyr (llai na { $min } llythyren neu ddigid), felly mae'n hawdd ei ddyfalu. Rwyf wedi'i gadw; os yw'r gwasanaeth yn caniatáu, dewiswch un hirach a'i newid gyda Newid ateb cyn i chi gyflwyno.
