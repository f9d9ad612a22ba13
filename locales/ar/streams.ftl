# Machine translation; to be reviewed by a native speaker.

## البث المباشر (السياسة 000 "Livestreaming"؛ السياسة 003 "Use of Video Conferencing Technology")

cmd-stream = إعداد بث مباشر خاص أو إدارته
cmd-streams = البثوث المباشرة القادمة الخاصة بك

stream-usage = طريقة استخدام /stream:
    /stream new — إعداد بث مباشر خاص لأولياء الأمور
    /stream report ID — من أُرسلت إليه تفاصيل الانضمام
    /stream time ID 18/11/2026 13:30-14:30 — نقل موعد البث
    /stream rotate ID — تعيين رمز مرور جديد وإرساله مرة أخرى
    /stream cancel ID — إلغاء البث وإبلاغ أولياء الأمور
    /stream attendance ID — تسجيل من انضموا بأسمائهم
    /stream attendance ID N — تسجيل عدد من انضموا
    /stream log — سجل البثوث المباشرة
    /streams — البثوث المباشرة القادمة
stream-organisers-only = لا يمكن إعداد البث المباشر أو إدارته إلا لمنظمي البث وفريق القيادة العليا.
stream-button-unknown = هذا الزر لم يعد صالحًا، لذلك لم يتغير شيء.
stream-not-found = لا يوجد بث مباشر برقم { $id }. اكتب /streams لرؤية البثوث القادمة.
stream-not-yours = قام شخص آخر بإعداد البث المباشر { $id }. لا يمكن تغييره إلا لمنظمه أو لفريق القيادة العليا.
stream-not-open = انتهى «{ $title }» أو أُلغي، لذلك لم يعد بالإمكان تغييره.

## نموذج الإعداد

stream-form-title = إعداد البث المباشر
stream-q-title = ما اسم البث المباشر؟ مثلًا: حفل الحصاد للصف الثالث
stream-l-title = العنوان
stream-q-audience = لأي أولياء أمور هذا البث؟
stream-l-audience = الجمهور
stream-audience-classes = صفوف معينة
stream-audience-whole-school = المدرسة كلها
stream-q-classes = أي صفوف؟ اكتب أسماءها مفصولة بفواصل.
stream-l-classes = الصفوف
stream-classes-known = الصفوف هي: { $classes }.
stream-classes-unknown = لا أعرف الصف «{ $unknown }». الصفوف هي: { $classes }.
stream-q-start = متى يبدأ؟ مثلًا: 18/11/2026 14:00 أو tomorrow 9:30. لا يمكن أن يجري البث المباشر إلا خلال ساعات الدوام المدرسي.
stream-l-start = البداية
stream-q-end = في أي ساعة ينتهي؟ مثلًا: 15:00
stream-l-end = النهاية
stream-end-unreadable = لم أستطع قراءة وقت الانتهاء، أو أنه ليس بعد وقت البداية. يرجى كتابة وقت مثل 15:00.
stream-q-service = أي خدمة ستستخدم؟ يجب أن يكون حساب المدرسة عليها.
stream-l-service = الخدمة
stream-service-zoom = Zoom
stream-service-teams = Microsoft Teams
stream-service-meet = Google Meet
stream-service-other = خدمة أخرى
stream-q-link = يرجى كتابة رابط الانضمام. سأحذف رسالتك من هذه المحادثة وأحفظ الرابط مشفرًا؛ ولن يُرسل إلا بشكل خاص إلى أولياء الأمور.
stream-link-invalid = لا يبدو هذا رابط انضمام. يرجى كتابة الرابط كاملًا، بدءًا بـ https://
stream-q-meeting-id = ما معرّف الاجتماع؟ اضغط تخطٍّ إن لم يكن هناك معرّف.
stream-q-passcode = ما رمز المرور؟ اضغط تخطٍّ إن لم يكن هناك رمز.
stream-label-link = رابط الانضمام
stream-label-meeting-id = معرّف الاجتماع
stream-label-passcode = رمز المرور
stream-q-supervisors = من الموظفون الذين سيشرفون على البث؟ تشترط السياسة اثنين على الأقل، ويمكنك أن تكون أحدهما. اكتب أسماءهم مفصولة بفواصل.
stream-l-supervisors = الموظفون المشرفون
stream-supervisor-unknown = لا أجد موظفًا باسم «{ $name }».
stream-supervisor-ambiguous = أكثر من موظف يطابق «{ $name }». يرجى كتابة الاسم الكامل.
stream-supervisor-not-staff = { $name } ليس من موظفي المدرسة، لذلك لا يمكنه الإشراف على بث مباشر.
stream-supervisors-none = يرجى كتابة اسم واحد على الأقل.
stream-q-account = هل البث على حساب المدرسة (وليس حسابًا شخصيًا)؟
stream-l-account = على حساب المدرسة
stream-q-recorded = هل سيُسجَّل البث؟
stream-l-recorded = مُسجَّل
stream-q-chat = ماذا عن الدردشة؟
stream-l-chat = الدردشة
stream-chat-off = الدردشة مغلقة
stream-chat-monitored = الدردشة مفتوحة ويراقبها شخص بالغ
stream-chat-unmonitored = الدردشة مفتوحة ولا يراقبها أحد
stream-q-monitor = أي شخص بالغ سيراقب الدردشة بشكل فعلي؟
stream-l-monitor = يراقب الدردشة
stream-q-files = هل ستكون مشاركة الملفات مفعّلة؟
stream-l-files = مشاركة الملفات مفعّلة

## الرفض

stream-refused = لا يمكنني إعداد هذا البث المباشر: سيخالف سياسة البث المباشر في المدرسة (السياسة 000 “Livestreaming”).
    { $reasons }
stream-refused-step = هذه الإجابة تخالف سياسة البث المباشر في المدرسة (السياسة 000 “Livestreaming”):
    { $reasons }
    يُرجى الإجابة مرة أخرى.
stream-refused-hours = يجب أن يجري خلال ساعات الدوام المدرسي ({ $from }–{ $to } في يوم دراسي)، وأن يبدأ وينتهي في اليوم نفسه.
stream-refused-closed = المدرسة مغلقة في { $date } (عطلة أو عطلة رسمية أو يوم إغلاق في تقويم المدرسة).{ $has_next ->
    [1] {" "}يوم الدراسة التالي هو { $next }.
   *[0] {""}
}
stream-refused-end-before-start = يجب أن ينتهي بعد أن يبدأ.
stream-refused-past = وقت بدايته قد مضى.
stream-refused-supervisors = يجب أن يشرف عليه اثنان على الأقل من الموظفين.
stream-refused-account = يجب أن يكون على حساب المدرسة، وليس على حساب شخصي أبدًا.
stream-refused-recorded = يجب ألا يُسجَّل.
stream-refused-chat = لا يجوز فتح الدردشة إلا عندما يراقبها شخص بالغ بشكل فعلي. أغلق الدردشة، أو اذكر اسم الشخص البالغ الذي سيراقبها.
stream-refused-files = يجب إيقاف مشاركة الملفات.

## الحفظ والموافقة والإرسال

stream-saved-sending = تم إعداد البث المباشر { $id }، «{ $title }» ({ $start }–{ $end }). أرسل تفاصيل الانضمام بشكل خاص. أولياء الأمور: { $queued }؛ أولياء الأمور بلا حساب دردشة مرتبط: { $not_linked }. سأرسل إليك تقرير التسليم بعد إرسالها.
    للإدارة: /stream report { $id }، /stream rotate { $id }، /stream cancel { $id }
stream-saved-awaiting = تم حفظ البث المباشر { $id }، «{ $title }» ({ $start }–{ $end })، وهو بانتظار الموافقة. { $asked ->
        [0] لا يوجد أحد آخر في فريق القيادة العليا لسؤاله: يرجى التحدث إليهم.
       *[other] طلبت موافقة فريق القيادة العليا.
    } لن يُرسل شيء إلى أولياء الأمور قبل الموافقة.
stream-approval-request = يطلب { $organiser } موافقتك على بث مباشر خاص:
    «{ $title }»، { $start }–{ $end }، على { $service }
    لـ: { $audience }
    الموظفون المشرفون: { $supervisors }
    الدردشة: { $chat ->
        [monitored] مفتوحة، ويراقبها { $monitor }
       *[off] مغلقة
    }
    بلا تسجيل، وبلا مشاركة ملفات، وعلى حساب المدرسة.
    لن يُرسل شيء إلى أولياء الأمور قبل الموافقة.
stream-approve = موافقة
stream-decline = رفض
stream-approval-not-slt = لا يوافق على البث المباشر إلا أعضاء فريق القيادة العليا.
stream-approval-own = أنت من نظّم هذا البث، لذا يجب أن يوافق عليه عضو آخر في فريق القيادة العليا.
stream-approval-already = تم البت في «{ $title }» مسبقًا، لذلك لم يتغير شيء.
stream-approval-too-late = بدأ «{ $title }» بالفعل، لذلك لا يمكن الموافقة عليه الآن.
stream-approval-done-approved = تمت الموافقة. تُرسل تفاصيل الانضمام إلى «{ $title }» إلى أولياء الأمور.
stream-approval-done-declined = تم الرفض. لن يُرسل أي شيء عن «{ $title }» إلى أولياء الأمور.
stream-approved = وافق { $by } على البث المباشر { $id }، «{ $title }». أرسل تفاصيل الانضمام بشكل خاص. أولياء الأمور: { $queued }؛ بلا حساب دردشة مرتبط: { $not_linked }.
stream-declined = رفض { $by } البث المباشر { $id }، «{ $title }». لم يُرسل شيء إلى أولياء الأمور، وحُذفت تفاصيل الانضمام.

## ما يصل إلى أولياء الأمور

stream-safety = يرجى الاحتفاظ بهذه التفاصيل لنفسك: لا تشارك الرابط أو رمز المرور مع أي أحد، ولا تنشرهما أبدًا في محادثة جماعية.
    • الجلسة لا تُسجَّل، ومشاركة الملفات متوقفة.
    • الدردشة: { $chat ->
        [monitored] مفتوحة، ويراقبها { $monitor }
       *[off] مغلقة
    }.
    • انضم من غرفة مشتركة في المنزل، باسمك الحقيقي، مع إغلاق الكاميرا والميكروفون ما لم يطلب المعلم غير ذلك.
    • استخدم الرابط الموجود في هذه الرسالة الخاصة فقط: المدرسة لا ترسله أبدًا في مجموعة.
stream-credentials = بث مباشر خاص من المدرسة: «{ $title }»
    { $start }–{ $end }، على { $service }
    { $details }
    { stream-safety }
stream-credentials-rotated = تفاصيل انضمام جديدة إلى «{ $title }» ({ $start }–{ $end }، على { $service }). التفاصيل القديمة لم تعد تعمل.
    { $details }
    { stream-safety }
stream-credentials-again = كما طلبت، تفاصيل الانضمام إلى «{ $title }» ({ $start }–{ $end }، على { $service }):
    { $details }
    { stream-safety }
stream-reminder = تذكير: يبدأ «{ $title }» الساعة { $at }، بعد { $about ->
        [yes] نحو { $minutes }
       *[no] { $minutes }
    } دقيقة. استخدم تفاصيل الانضمام التي أرسلتها إليك بشكل خاص، ولا تشاركها. اضغط الزر إن احتجت إليها مرة أخرى.
stream-cancelled-notice = أُلغي «{ $title }» ({ $start }). يرجى عدم استخدام تفاصيل الانضمام التي وصلتك.
stream-moved-notice = تغيّر موعد «{ $title }»: أصبح { $start }–{ $end }. تفاصيل الانضمام الخاصة بك لم تتغير.
stream-list-parent = «{ $title }»: { $start }–{ $end }، على { $service }.
stream-list-staff = { $id }. «{ $title }»: { $start }–{ $end }، لـ { $audience } ({ $status }).
stream-list-none = لا توجد بثوث مباشرة قادمة لك.
stream-send-again = أرسل لي تفاصيل الانضمام
stream-not-for-you = عذرًا، لا يمكنني إرسال تفاصيل الانضمام إلى بث مباشر إلا لأولياء الأمور المعنيين به.
stream-details-gone = حُذفت تفاصيل الانضمام إلى «{ $title }».
stream-status-awaiting_approval = بانتظار الموافقة
stream-status-scheduled = مجدول
stream-status-declined = مرفوض
stream-status-cancelled = ملغى
stream-status-held = عُقد
stream-status-live = جارٍ الآن
stream-status-not_approved = لم تتم الموافقة عليه

## إدارة البث المباشر

stream-cancelled = أُلغي البث المباشر { $id }، «{ $title }». أولياء الأمور الذين أُبلغوا: { $told }. الرسائل غير المرسلة التي أُوقفت: { $stopped }. وحُذفت تفاصيل الانضمام.
stream-moved = أصبح موعد البث المباشر { $id }، «{ $title }»، { $start }–{ $end }. أولياء الأمور الذين أُبلغوا: { $told }.
stream-time-unreadable = لم أستطع قراءة ذلك. اكتب التاريخ والوقتين هكذا: /stream time 3 18/11/2026 13:30-14:30
stream-attendance-too-early = يمكن تسجيل الحضور في «{ $title }» بعد أن يبدأ.
stream-attendance-recorded = سُجّل: انضم { $attendance } إلى «{ $title }» ({ $start }).{ $replaced ->
        [-1] {""}
       *[other] {" "}يحل هذا محل العدد { $replaced } المسجَّل سابقًا.
    }
stream-attendance-already = الحضور في «{ $title }» مسجَّل بالفعل على أنه { $old }، لذا احتفظت به. لتسجيل { $new } بدلًا منه، أرسل: /stream attendance { $id } { $new } replace
stream-ended-attendance = انتهى «{ $title }» ({ $minutes } دقيقة). يرجى تسجيل من انضموا: /stream attendance { $id } لتحديد الأهالي بأسمائهم، أو /stream attendance { $id } N لتسجيل العدد.
stream-attendance-title = حضور البث المباشر
stream-q-present = من انضم من الأهالي؟ اضغط على كل من انضم (أو اكتب جزءًا من الاسم)، ثم اضغط «تم». إذا لم ينضم أحد، اضغط «لا أحد منهم».
stream-l-present = انضموا
stream-help-present = اضغط على الأهالي الذين انضموا إلى البث المباشر؛ اضغط مرة أخرى لإلغاء التحديد. هؤلاء هم الأهالي الذين أُرسلت إليهم تفاصيل الانضمام. لن يرى الأسماء إلا أنت وفريق القيادة العليا.
stream-attendance-names-already = الحضور في «{ $title }» مسجل بالفعل بعدد { $old }، لذا احتفظت به. لتسجيل من انضموا بأسمائهم بدلًا من ذلك، أرسل: /stream attendance { $id } replace
stream-attendance-not-listed = { $invited ->
        [0] لم تُرسل تفاصيل الانضمام إلى «{ $title }» إلى أحد، لذا لا توجد أسماء للاختيار منها.
       *[other] أُرسلت تفاصيل الانضمام إلى «{ $title }» إلى { $invited } من الأهالي، وهذا أكثر من { $max } يمكنني عرضهم.
    } يرجى تسجيل عدد من انضموا: /stream attendance { $id } N
stream-attendance-names-recorded = تم التسجيل: انضم { $attendance } إلى «{ $title }» ({ $start }){ $attendance ->
        [0] .
       *[other] : { $names }.
    }{ $replaced ->
        [-1] {""}
       *[other] {" "}وهذا يحل محل العدد { $replaced } المسجل سابقًا.
    }
stream-report-attendance = الحضور في «{ $title }»: انضم { $attendance }{ $named ->
        [0] {" "}(مسجل كعدد).
       *[other] : { $names }.
    }
stream-report-nothing-sent = لم يُرسل شيء عن «{ $title }» بعد: فهو بانتظار الموافقة.
stream-report = تقرير التسليم للبث المباشر { $id }، «{ $title }» ({ $start }):
    أُرسل: { $sent }. فشل: { $failed }. قيد الانتظار: { $pending }. أُوقف: { $cancelled }.
    { $unreached_count ->
        [0] وصلنا إلى جميع أولياء الأمور في الجمهور.
       *[other] لم نصل إليهم — يرجى استخدام طريقة المكتب المعتادة للتواصل معهم:
            { $unreached }
    }
stream-unreached-blocked = تعذر الوصول إليه (ربما حظر البوت)
stream-unreached-not-linked = لا يوجد حساب دردشة مرتبط
stream-log-empty = لم يُعدّ أي بث مباشر بعد.
stream-log-header = آخر البثوث المباشرة ({ $count })، الأحدث أولًا:
stream-log-entry = { $id }. «{ $title }»: { $start }–{ $end }، { $minutes } دقيقة، لـ { $audience } ({ $status })
    الموظفون المشرفون: { $supervisors }
    الحضور: { $attendance ->
        [-1] لم يُسجَّل بعد
       *[other] { $attendance }
    }

## رمز مرور جديد

stream-rotate-title = رمز مرور جديد للبث المباشر
stream-q-new-passcode = غيّر رمز المرور أولًا في خدمة الاجتماعات، ثم اكتب الرمز الجديد هنا. سأحذف رسالتك من هذه المحادثة.
stream-q-new-link = إذا تغيّر رابط الانضمام أيضًا (مثلًا لأنه كان يتضمن رمز المرور القديم)، فاكتب الرابط الجديد؛ وإلا فاضغط تخطٍّ.
stream-rotated = حُفظت تفاصيل الانضمام الجديدة إلى «{ $title }». أرسلها بشكل خاص. أولياء الأمور: { $queued }. الرسائل غير المرسلة بالتفاصيل القديمة التي أُوقفت: { $stopped }.
stream-rotated-unsent = حُفظت تفاصيل الانضمام الجديدة إلى «{ $title }». ستُرسل إلى أولياء الأمور بعد الموافقة على البث.
stream-rotate-gone = لم يعد بالإمكان تغيير هذا البث المباشر، لذلك لم يُحفظ شيء.

## الحماية من التسريب

stream-leak-warning = يرجى عدم مشاركة تفاصيل الانضمام إلى البث المباشر في المجموعات. طلبت حذف تلك الرسالة، وأُبلغ المنظم.
stream-leak-alert = تحذير: ظهر { $what } الخاص بالبث المباشر { $id }، «{ $title }»، في محادثة جماعية على { $platform } (المحادثة { $group }). طلبت حذف الرسالة وحذّرت المجموعة. يرجى تغيير رمز المرور في خدمة الاجتماعات وإرسال تفاصيل جديدة إلى أولياء الأمور: /stream rotate { $id }
stream-leaked-link = رابط الانضمام
stream-leaked-meeting-id = معرّف الاجتماع
stream-leaked-passcode = رمز المرور
stream-passcode-weak = رمز المرور هذا قصير (أقل من { $min } أحرف أو أرقام)، لذا يسهل تخمينه. لقد احتفظت به؛ إن سمحت الخدمة، اختر رمزًا أطول وغيّره عبر تغيير إجابة قبل الإرسال.
