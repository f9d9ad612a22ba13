# Machine translation; to be reviewed by a native speaker.

## Haven — core messages (Arabic, right-to-left).
## Lines of help-staff and help-parent that begin with a command start with
## {"\u200F"} (RIGHT-TO-LEFT MARK), so that chat apps lay them out right to left.

## Guided prompts

form-generic-title = نموذج
form-intro = بدء: { $title }. يمكنك في أي خطوة كتابة /back للرجوع، أو /cancel للإيقاف، أو /help للمساعدة.
form-help-generic = يمكنك الإجابة باستخدام الأزرار، أو كتابة إجابتك. الأمر /back يعيدك إلى السؤال السابق، والأمر /cancel يوقف العملية دون حفظ.
form-help-review = يُرجى مراجعة إجاباتك. اضغط «إرسال» لإرسالها، أو «تغيير إجابة» لتصحيح إحداها، أو «إلغاء» للإيقاف دون حفظ.
form-back-at-start = هذا هو السؤال الأول، فلا يوجد ما يمكن الرجوع إليه.
form-cannot-skip = يحتاج هذا السؤال إلى إجابة قبل أن نتمكن من المتابعة.
form-use-buttons = يُرجى اختيار أحد الأزرار.
form-type-answer = يُرجى كتابة إجابتك في رسالة.
form-too-many = يمكنك اختيار { $max } كحد أقصى. يُرجى إلغاء تحديد أحد الخيارات أولًا.
form-pick-one = يُرجى اختيار خيار واحد على الأقل، ثم الضغط على «تم».
form-text-too-long = عدد الأحرف { $length }، والحد الأقصى هنا { $max }. يُرجى اختصار النص وإرساله مرة أخرى.
form-text-too-short = يُرجى كتابة { $min ->
    [one] حرف واحد
    [two] حرفين
    [few] { $min } أحرف
    [many] { $min } حرفًا
   *[other] { $min } حرف
} على الأقل.
form-date-unreadable = لم أتمكن من قراءة هذا التاريخ. جرّب صيغة مثل "اليوم 14:30" أو "أمس" أو "21/11/2026 09:15".
form-date-future = هذا الوقت في المستقبل. يُرجى ذكر وقت حدوث الأمر.
form-date-past = هذا الوقت قد مضى بالفعل. يُرجى ذكر وقت في المستقبل.
form-done = تم
form-yes = نعم
form-no = لا
form-now = الآن
form-today = في وقت سابق اليوم
form-yesterday = أمس
form-time-of-day = في أي ساعة يوم { $date }؟ اكتبها هكذا: 14:30. إن لم تكن متأكدًا من الوقت بالضبط، فاذكر أفضل تقدير لديك.
form-skip = تخطٍّ
form-skipped = (تم التخطي)
form-submit = إرسال
form-change = تغيير إجابة
form-cancel = إلغاء
form-review = يُرجى مراجعة إجاباتك ({ $title }):
    { $answers }
form-choose-change = ما الإجابة التي تريد تغييرها؟
form-already-open = لديك بالفعل عملية لم تكتمل بعد: { $title }. يمكنك المتابعة أدناه، أو كتابة /cancel لإيقافها أولًا.
form-outdated = تغيّر هذا النموذج منذ أن بدأته، لذلك حُذفت إجاباتك غير المكتملة. يُرجى البدء من جديد.
form-stale-button = هذا الزر يخص رسالة سابقة، لذلك تجاهلته. وهذه هي المرحلة التي وصلت إليها الآن:
form-cancelled = تم الإلغاء ({ $title }). لم يُحفظ أي شيء.
form-text-only = لا يمكنني هنا قبول سوى النص المكتوب. يُرجى وصف ذلك بالكلمات.
form-idle-reminder = لديك عملية لم تكتمل بعد: { $title }. يمكنك المتابعة في أي وقت يناسبك، أو كتابة /cancel. تُحذف الإجابات غير المكتملة بعد يوم واحد.
form-expired = حُذفت إجاباتك غير المكتملة ({ $title }) لأنها بقيت يومًا كاملًا دون أي تعديل. لم يُرسَل أي شيء.
form-intro-kept = نبدأ: { $title }. يمكنك كتابة /back للرجوع، أو /cancel للإيقاف، أو /help في أي خطوة. إذا احتجت إلى استراحة، تُحفظ إجاباتك غير المكتملة حتى { $until } (نهاية اليوم الدراسي التالي) بعد آخر إجابة لك.
form-idle-reminder-kept = لديك { $title } غير مكتمل. تابع متى كنت مستعدًا، أو اكتب /cancel. تُحفظ إجاباتك حتى { $until }.
form-expiry-warning = سيُحذف { $title } غير المكتمل في { $until } ما لم تتابع. أجب عن السؤال أعلاه للاحتفاظ به، أو اكتب /cancel.
form-expired-kept = حُذف { $title } غير المكتمل في { $until }، نهاية اليوم الدراسي الذي حُفظ حتى نهايته. لم يُرسَل شيء.
form-none-open = لا توجد عملية جارية يمكن الرجوع فيها أو إلغاؤها.
form-remove-failed = لم أتمكن من إزالة إحدى رسائلك السابقة من هذه المحادثة. يُرجى حذفها بنفسك.

## Accounts and linking

welcome-unlinked = مرحبًا! أنا مساعد Haven الخاص بالمدرسة. للبدء، يُرجى إرسال رمز الربط الذي حصلت عليه من إدارة المدرسة، بهذا الشكل: /link ABCD-EFGH-JKMN
welcome-back = مرحبًا بعودتك، { $name }. يمكنك كتابة /help لمعرفة ما يمكنني فعله.
link-usage = يُرجى إرسال رمز الربط بعد الأمر، بهذا الشكل: /link ABCD-EFGH-JKMN
link-private-only = حرصًا على سلامتك، لا تعمل رموز الربط إلا في محادثة خاصة معي. يُرجى مراسلتي مباشرة.
link-too-many-tries = تمت تجربة عدد كبير جدًا من الرموز الخاطئة من هذا الحساب. يُرجى الانتظار ساعة، أو طلب رمز جديد من إدارة المدرسة.
link-code-wrong = هذا الرمز غير صحيح. يُرجى التحقق منه والمحاولة مرة أخرى ({ $left ->
    [zero] لم تتبقَّ أي محاولة
    [one] تتبقى محاولة واحدة
    [two] تتبقى محاولتان
    [few] تتبقى { $left } محاولات
    [many] تتبقى { $left } محاولة
   *[other] تتبقى { $left } محاولة
} خلال هذه الساعة).
link-code-wrong-last = هذا الرمز غير صحيح، وكانت هذه آخر محاولة في هذه الساعة. يُرجى الانتظار ساعة قبل المحاولة مرة أخرى، أو اطلب رمزًا جديدًا من مكتب المدرسة.
link-code-replaced = تم استبدال هذا الرمز برمز أحدث أصدره لك مكتب المدرسة. يُرجى استخدام أحدث رمز حصلت عليه، أو اطلب رمزًا من المكتب.
link-code-expired = انتهت صلاحية هذا الرمز. يُرجى طلب رمز جديد من إدارة المدرسة.
link-code-used = سبق استخدام هذا الرمز. إذا لم تكن أنت من استخدمه، يُرجى إبلاغ إدارة المدرسة.
link-done = شكرًا لك، { $name }. أصبح هذا الحساب مرتبطًا الآن بـ { $school }.
unlink-done = لم يعد هذا الحساب مرتبطًا بـ { $name }. يمكنك ربطه مرة أخرى برمز جديد من إدارة المدرسة.
not-linked = لا أعرف من أنت بعد. يُرجى إرسال رمز الربط الذي حصلت عليه من إدارة المدرسة: /link ABCD-EFGH-JKMN. إذا كان لديك قلق بشأن سلامة طفل، يُرجى التواصل مع { -office } فورًا.
private-only = يُرجى استخدام هذا في محادثة خاصة معي.
sent-privately = أرسلت إليك رسالة خاصة.
group-pointer-unlinked = يُرجى مراسلتي في محادثة خاصة للبدء.
whoami = أنت { $name }.
    الأدوار: { $roles }
    الحسابات المرتبطة: { $platforms }
    اللغة: { $language }

-office = إدارة المدرسة

platform-console = وحدة التحكم
platform-telegram = Telegram
platform-discord = Discord
platform-teams = Microsoft Teams

role-staff = موظف
role-volunteer = متطوع
role-visitor = زائر
role-dsl = مسؤول الحماية المعيّن (DSL)
role-deputy_dsl = نائب مسؤول الحماية المعيّن (DSL)
role-online_safety_lead = مسؤول السلامة على الإنترنت
role-headteacher = مدير المدرسة
role-chair_of_governors = رئيس مجلس أمناء المدرسة
role-vice_chair = نائب رئيس مجلس أمناء المدرسة
role-safeguarding_governor = عضو مجلس الأمناء المسؤول عن حماية الأطفال
role-governor = عضو مجلس أمناء المدرسة
role-slt = فريق القيادة العليا
role-it_lead = مسؤول تقنية المعلومات
role-stream_organiser = منظم البث المباشر
role-roster_admin = مسؤول سجل الأشخاص
role-parent = ولي أمر أو مقدّم رعاية

language-name-en-GB = English
language-name-cy = Cymraeg
language-name-pl = Polski
language-name-ar = العربية
language-choose = ما اللغة التي تودّ أن أستخدمها معك؟
language-set = سأكتب إليك من الآن فصاعدًا بهذه اللغة: { $language }.
language-unknown = لا أعرف هذه اللغة. يمكنك كتابة /language لعرض الخيارات المتاحة.

help-unlinked = أساعد المدرسة في الحفاظ على سلامة الأطفال على الإنترنت. للبدء، يُرجى إرسال رمز الربط الذي حصلت عليه من إدارة المدرسة: /link ABCD-EFGH-JKMN
help-staff = ما يمكنني فعله لك:
    { $commands }
help-parent = ما يمكنني فعله لك:
    { $commands }
    سترسل إليك المدرسة هنا رسائل خاصة، مثل تفاصيل البث المباشر والتذكيرات.
help-line = {"\u200F"}{ $command } — { $what }

## Errors and fallbacks

error-internal = عذرًا، حدث خطأ من جهتنا ولم يتغير أي شيء. إذا تكرر ذلك، يُرجى إبلاغ إدارة المدرسة وذكر الرقم المرجعي { $reference }.
error-busy = عذرًا، Haven مشغول جدًا ولم يتمكن من استلام رسالتك الآن، لذلك لم يتغير أي شيء. { $again ->
        [itself] سيتم استلامها تلقائيًا بعد لحظة: لا حاجة لإرسالها مرة أخرى.
       *[resend] يُرجى إرسالها مرة أخرى بعد دقيقة.
    } إذا تكرر ذلك، يُرجى إبلاغ إدارة المدرسة وذكر الرقم المرجعي { $reference }.
error-answer-given-back = لم أتمكن من حفظ الإجابة التي كتبتها، فها هي، ولم يضع شيء:
    { $text }
text-not-understood = لم أفهم ما تقصده تمامًا. يمكنك كتابة /help لمعرفة ما يمكنني فعله.
attachment-not-expected = لا يمكنني قبول الملفات أو الصور. يُرجى عدم إرسال صور الأطفال هنا.
command-unknown = لا أعرف الأمر /{ $command }. يمكنك كتابة /help لمعرفة ما يمكنني فعله.
open-private-chat = فتح محادثة خاصة
delivery-unreachable = تعذّر توصيل رسالة إلى { $name } عبر { $platform }: { $reason }. يُرجى التواصل مع هذا الشخص بطريقة أخرى.
delivery-reason-unreachable = لا يمكن الوصول إلى هذا الشخص هناك (ربما حظر البوت أو أغلق الرسائل المباشرة)
delivery-reason-not-linked = ليس لدى هذا الشخص حساب محادثة مرتبط
delivery-remove-failed-group = تعذّر عليّ إزالة رسالة من محادثة جماعية عبر { $platform } (المحادثة { $group }): { $reason }. يُرجى العمل على حذفها هناك الآن، من قِبل مشرف تلك المحادثة إن لزم الأمر.
delivery-remove-reason-forbidden = لا يُسمح للبوت بحذف الرسائل هناك (يحتاج على Discord إلى صلاحية Manage Messages في تلك القناة، وعلى Telegram يجب أن يكون مشرفًا يحق له حذف الرسائل، ولرسائل آخر 48 ساعة فقط؛ وعلى Microsoft Teams لا يمكن للبوت أبدًا حذف رسائل الأشخاص)
delivery-remove-reason-other = لم يقبل تطبيق المحادثة الطلب

## Command menu descriptions

cmd-help = ما يمكنني فعله
cmd-whoami = من أنت بحسب معلوماتي
cmd-language = اختيار لغتك
cmd-concern = الإبلاغ عن قلق بشكل خاص
cmd-cases = الحالات التي يمكنك الاطلاع عليها (‏/cases closed: الحالات المغلقة)
cmd-cancel = إيقاف ما تقوم به حاليًا
cmd-case = افتح حالة وسجّل ما حدث
cmd-back = العودة إلى السؤال السابق
cmd-link = اربط هذا الحساب بالرمز من مكتب المدرسة
cmd-unlink = إلغاء ربط هذا الحساب
cmd-start = ابدأ، مع الرمز من مكتب المدرسة إن كان لديك
cmd-clock = اعرض ساعة Haven أو قدّمها (في وحدة التحكم المحلية فقط)

## The local console

console-welcome = وحدة تحكم Haven. اكتب /as الاسم للتحدث بصفة شخص ما (جرّب /as Daniel)، و /people لعرض قائمة الجميع، و /in group الاسم أو /in private لاختيار مكان الكتابة، ورقمًا للضغط على زر، و /clock +2h لتقديم الوقت، و /quit للخروج.
console-to-private = ── إلى { $who } (محادثة خاصة)
console-to-group = ── إلى المجموعة { $who }
console-removed = ── (أُزيلت رسالة من محادثة { $who })
console-now-private = أنت تكتب الآن في محادثتك الخاصة مع Haven.
console-now-group = أنت تكتب الآن في المجموعة { $group }.
console-now-person = أنت الآن { $name }.
console-now-stranger = لا يوجد أحد باسم { $name } في الدليل؛ أنت تكتب بصفة حساب غير مرتبط.
console-ambiguous = يوجد أكثر من شخص مطابق: { $names }. اكتب جزءًا أطول من الاسم.
console-choose-person = اختر أولًا من أنت: /as الاسم (اكتب /people لعرض قائمة الجميع).
console-clock-now = ساعة Haven تشير إلى { $time } (توقيت المدرسة). قدّمها باستخدام /clock +30m أو +2h أو +3d أو /clock 2027-02-08 09:00.
console-clock-usage = ‏/clock يعرض وقت Haven. ‏/clock +30m أو +2h أو +3d أو +1w يقدّمه بهذا المقدار؛ و‏/clock 2027-02-08 09:00 يضبطه على ذلك الوقت (توقيت المدرسة).
console-clock-backwards = ساعة Haven لا ترجع إلى الوراء أبدًا: الوقت الآن { $time }، وهو بعد { $asked }.
console-clock-fixed = هذه الساعة تتبع الوقت الحقيقي ولا يمكن تحريكها.
console-clock-moved = ساعة Haven تشير الآن إلى { $time }. يجري تنفيذ ما حان وقته…
console-clock-sent = { $count ->
    [0] لم يُرسَل شيء.
    [one] أُرسلت رسالة واحدة (أعلاه).
   *[other] أُرسلت { $count } رسائل (أعلاه).
}
clock-console-only = ‏/clock يغيّر الوقت في وحدة التحكم المحلية فقط، لتجربة Haven. هنا يلتزم Haven بالوقت الحقيقي.

## Operator commands

check-school = المدرسة: { $name } (المنطقة الزمنية { $tz })
check-database = قاعدة البيانات: { $url }
check-key-ok = مفتاح التشفير: موجود
check-key-missing = مفتاح التشفير: مفقود. عيّن HAVEN_SECRETS__KEY أو secrets.key_file؛ لن يشغّل Haven أي منصة محادثة بدونه.
check-console-only = لم يتم إعداد رمز (token) لأي منصة محادثة: سيشغّل Haven وحدة التحكم المحلية.
check-platforms = منصات المحادثة التي سيتم تشغيلها: { $platforms }
check-calendar = تقويم المدرسة: فترات الفصول الدراسية: { $terms }، أيام الإغلاق: { $closures }؛ العطل الرسمية: { $bank ->
    [none] لا شيء
   *[other] إنجلترا وويلز
}.
check-calendar-next = يوم الدراسة التالي: { $date }
check-calendar-no-next = لا يوجد يوم دراسي في السنوات العشر القادمة: تحقق من school_hours.days و[school.calendar].
check-calendar-last-term = ينتهي آخر فصل دراسي في { $date }؛ بعده يُحسب كل يوم من أيام الأسبوع الدراسية يومًا دراسيًا حتى تُضاف فصول أخرى.
calendar-file-unreadable = تعذرت قراءة ملف تقويم المدرسة { $file }: { $error }
calendar-file-bad = في ملف تقويم المدرسة { $file } خطأ في السطر { $line }: { $problem }
calendar-file-bad-whole = لا يمكن استخدام ملف تقويم المدرسة { $file }: { $problem }
calendar-problem-format = يجب أن ينتهي اسمه بـ ‎.ics‎ (iCalendar) أو ‎.csv‎.
calendar-problem-not-ics = ليس ملف iCalendar (لا يوجد سطر BEGIN:VCALENDAR).
calendar-problem-unfinished = هذا الحدث (BEGIN:VEVENT) ليس له END:VEVENT.
calendar-problem-no-start = هذا الحدث ليس له DTSTART.
calendar-problem-date = «{ $value }» ليس تاريخًا (iCalendar: YYYYMMDD؛ CSV: YYYY-MM-DD).
calendar-problem-end-before-start = ينتهي قبل أن يبدأ.
calendar-problem-header = يجب أن يكون الصف الأول هو العنوان kind,start,end,name.
calendar-problem-kind = «{ $value }» ليس نوعًا: استخدم term أو closure.
calendar-problem-row = تعذرت قراءة الصف.
config-file-missing = ملف الإعدادات { $path } غير موجود.
start-key-missing = لا يوجد مفتاح تشفير: اضبط HAVEN_SECRETS__KEY أو secrets.key_file (الملف { $path } غير موجود). لن يخزّن Haven المخاوف دون تشفير.
report-period-backwards = بداية الفترة (--from { $from }) تقع بعد نهايتها (--to { $to }).

## خطوات الأشخاص في النموذج (من يخصه البلاغ)

form-people-none = لا أحد منهم
form-people-unsure = لست متأكدًا
form-people-pick = اضغط على الأشخاص الذين يخصهم الأمر، ثم اضغط «تم»؛ أو اضغط «لا أحد منهم» أو «لست متأكدًا».
form-people-pick-any = اضغط على الأشخاص، ثم اضغط «تم»؛ أو اضغط «لا أحد منهم».
form-people-not-found = لم أجد أحدًا بهذا الاسم في دليل المدرسة. تحقق من الإملاء، أو جرّب اسم العائلة أو الدور، أو استخدم الأزرار.
form-people-review = { $names }
form-people-review-unsure = غير متأكد: { $names }
## Link codes that cannot be hijacked

link-code-seen-in-group = بدا ذلك رمز ربط، لذا لم يعد يعمل، وطلبتُ إزالة الرسالة. يجب إرسال رموز الربط إليّ في محادثة خاصة فقط. يمكن لصاحبه الحصول على رمز جديد من مكتب المدرسة.
link-code-revoked-owner = نُشر رمز الربط الخاص بك في محادثة جماعية، لذا ألغيته حفاظًا على أمان حسابك. يُرجى طلب رمز جديد من مكتب المدرسة، وإرساله إليّ فقط في محادثة خاصة.
link-code-revoked-office = نُشر رمز ربط { $name } ({ $external_id }) في محادثة جماعية على { $platform }، لذا أُلغي. أصدر رمزًا جديدًا بالأمر: haven invite --person { $external_id }
link-code-revoked = أُلغي هذا الرمز لأنه ظهر خارج محادثة خاصة. يُرجى طلب رمز جديد من مكتب المدرسة.
link-relink-confirm = استخدم شخص ما للتو رمز ربط لسجلك من حساب { $platform } مختلف. إذا كنت أنت (على هاتف جديد مثلًا)، فاضغط «نعم، انقلني» وسيُفصل هذا الحساب. وإن لم تكن أنت، فاضغط «لا» وسيُبلَّغ مكتب المدرسة.
link-relink-yes = نعم، انقلني
link-relink-no = لا، لم أكن أنا
link-relink-waiting = لهذا الشخص حساب مرتبط على { $platform } بالفعل. طلبتُ من ذلك الحساب تأكيد النقل، وسأخبرك عندما يفعل. وإن تعذّر ذلك، يمكن لمكتب المدرسة الموافقة على النقل بعد فترة انتظار.
link-relink-declined = لم يُؤكَّد النقل، لذا لم يُربط هذا الحساب. إذا كنت تعتقد أن هذا خطأ، فتواصل مع مكتب المدرسة.
link-relink-kept = شكرًا لك. يبقى حسابك مرتبطًا، ولم يُربط الحساب الآخر. وقد أُبلغ مكتب المدرسة.
link-relink-declined-office = استُخدم رمز ربط لـ { $name } ({ $external_id }) من حساب { $platform } جديد، وقال حسابه الحالي إنه ليس هو. لم يُربط الحساب الجديد.
link-relink-moved = نُقل سجلك إلى حساب { $platform } آخر، لذا لم يعد هذا الحساب مرتبطًا. إن لم تكن أنت، فتواصل مع مكتب المدرسة فورًا.

## Safeguarding roles need a second person

role-confirm-ask = يُرجى تأكيد دور حماية: يمنح دليل المدرسة الآن { $name } ({ $external_id }) دور «{ $role }». وإلى أن تؤكده، لن يتلقى أي بلاغ ولن يراه. لا تؤكد إلا إذا كنت تعلم أن هذا صحيح؛ وإن لم تتعرف عليه فارفضه.
role-confirm-yes = تأكيد
role-confirm-no = رفض
role-pending-notice = للعلم: يمنح دليل المدرسة الآن { $name } ({ $external_id }) دور «{ $role }». ولا يسري إلا بعد أن يؤكده مدير المدرسة أو رئيس مجلس الأمناء.
role-confirmed = أكّد { $by } دور «{ $role }» لـ { $name } ({ $external_id }). وهو ساري المفعول الآن.
role-refused = رفض { $by } دور «{ $role }» لـ { $name } ({ $external_id }). ولن يسري.
role-granted-you = أصبح لديك الآن دور «{ $role }» في Haven.
role-removed-notice = لم يعد لدى { $name } ({ $external_id }) في Haven: { $roles }، فقد تغيّر دليل المدرسة.
role-leaver-notice = عُلِّم { $name } ({ $external_id })، الذي كان لديه { $roles }، كمغادر في دليل المدرسة، ولم يعد يتلقى البلاغات أو يراها.
role-removed-you = لم يعد لديك في Haven: { $roles }، فقد تغيّر دليل المدرسة. إن كان هذا خطأً، فتحدّث إلى مدير المدرسة.
role-holder-new-account-you = رُبط سجلك في Haven للتو بحساب على { $platform } أيضًا. إن لم تكن أنت، فأخبر مدير المدرسة أو مسؤول الحماية فورًا.
role-holder-new-account = للعلم: ربط { $name } حسابًا جديدًا على { $platform } بـ Haven.

## A safeguarding-role holder's new account waits for confirmation

role-leaver-you = سُجّلت في دليل المدرسة كشخص غادر المدرسة، لذا لم تعد تشغل { $roles } في Haven ولم تعد تتلقى المخاوف أو تراها. إن كان هذا خطأً، فتحدث إلى مدير المدرسة.
link-add-confirm = استخدم شخص ما للتو رمز ربط لسجلك من حساب جديد على { $platform }. لأنك تشغل دورًا في الحماية، لن يُربط إلا بعد تأكيدك. إن كنت أنت، فاضغط „نعم، أضفه“. وإلا فاضغط „لا، لم أكن أنا“ وسيُبلَّغ فريق مسؤول الحماية.
link-add-yes = نعم، أضفه
link-add-confirm-lead = استُخدم للتو رمز ربط لـ { $name } ({ $external_id }) من حساب جديد على { $platform }. لأنه يشغل دورًا في الحماية، لن يُربط إلا بعد تأكيده هو (من حساب مربوط مسبقًا) أو تأكيد مدير المدرسة أو رئيس مجلس الأمناء. لا تؤكد إلا إذا كنت تعرف أن الحساب له.
link-add-waiting = يشغل هذا الشخص دورًا في الحماية ولديه حساب مربوط بـ Haven بالفعل. لن يُربط هذا الحساب إلا بعد تأكيد ذلك الحساب أو مدير المدرسة أو رئيس مجلس الأمناء؛ وسأخبرك عندما يحدث ذلك.
link-add-kept = شكرًا. لم يُربط الحساب الجديد. أُبلغ فريق مسؤول الحماية ومكتب المدرسة.
link-add-declined-notice = استُخدم رمز ربط لـ { $name } ({ $external_id }) من حساب جديد على { $platform }، وقال { $by } إنه لا ينبغي ربطه. لم يُربط الحساب الجديد.
