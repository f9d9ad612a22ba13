# Machine translation; to be reviewed by a native speaker.
## Haven — مكتب الحالات: تسجيل الدخول من المحادثة وصفحات المكتب (ar).

## ‎/desk في المحادثة

cmd-desk = تسجيل الدخول إلى مكتب الحالات
discord-name-desk = desk
desk-link = رابط تسجيل دخولك إلى مكتب الحالات. يعمل مرة واحدة، لك وحدك، لمدة { $minutes } دقائق. لا تعد توجيهه.
    { $url }
desk-private-only = يُرجى إرسال ‎/desk في محادثتك الخاصة معي، لا في مجموعة.
desk-off = مكتب الحالات غير مفعّل في هذه المدرسة.
desk-not-for-you = مكتب الحالات مخصص للموظفين والمتطوعين وأعضاء مجلس الإدارة.
desk-link-too-many = لقد طلبت عدة روابط لتسجيل الدخول خلال الساعة الماضية. يُرجى استخدام آخر رابط، أو المحاولة لاحقًا.

## الصفحة المحيطة بكل شيء

desk-name = مكتب حالات Haven
desk-skip = انتقل إلى المحتوى
desk-nav = مكتب الحالات
desk-nav-open = الحالات المفتوحة
desk-nav-closed = الحالات المغلقة
desk-nav-search = بحث
desk-nav-access = سجل الوصول
desk-nav-export = تصدير ملف
desk-nav-dashboard = لوحة المحافظين
desk-signed-in-as = تم تسجيل الدخول باسم { $name }
desk-sign-out = تسجيل الخروج
desk-failed-title = حدث خطأ ما
desk-failed = لم يتغير شيء. يُرجى المحاولة مرة أخرى. إذا تكرر ذلك، أعطِ هذا المرجع لمن يدير Haven: { $reference }

## تسجيل الدخول والخروج

desk-signed-out-title = تسجيل الدخول إلى مكتب الحالات
desk-signed-out = لتسجيل الدخول، أرسل ‎/desk إلى Haven في محادثتك الخاصة وافتح الرابط الذي يرسله إليك. تعمل الروابط مرة واحدة ولمدة خمس دقائق.
desk-signin-title = تسجيل الدخول إلى مكتب الحالات
desk-signin-intro = هذا الرابط يسجّل دخولك مرة واحدة. اضغط الزر للمتابعة.
desk-signin-button = تسجيل الدخول
desk-link-refused-title = لا يمكن استخدام رابط تسجيل الدخول هذا
desk-link-used = تم استخدام هذا الرابط من قبل. كل رابط يسجّل الدخول مرة واحدة.
desk-link-expired = انتهت صلاحية هذا الرابط. تعمل الروابط لمدة خمس دقائق.
desk-link-unknown = هذا الرابط غير صالح.
desk-link-again = أرسل ‎/desk إلى Haven في محادثتك الخاصة للحصول على رابط جديد.
desk-forbidden-title = غير مقبول
desk-forbidden = تعذّر التحقق من هذا النموذج، لذلك لم يتغير شيء. يُرجى الرجوع وإعادة تحميل الصفحة والمحاولة مرة أخرى.
desk-signed-out-done-title = تم تسجيل الخروج
desk-signed-out-done = لقد سجّلت الخروج من مكتب الحالات. أرسل ‎/desk إلى Haven لتسجيل الدخول مرة أخرى.

## قوائم الحالات

desk-open-title = الحالات المفتوحة
desk-no-cases = لا توجد حالات لك هنا.
desk-col-ref = المرجع
desk-col-urgency = الاستعجال
desk-col-status = الحالة
desk-col-reported = تاريخ الإبلاغ
desk-col-acknowledged = تاريخ الإقرار
desk-not-acknowledged = لم يُقَر بها
desk-closed-title = الحالات المغلقة
desk-ago-days = منذ { $n } يوم
desk-ago-hours = منذ { $n } ساعة
desk-ago-minutes = منذ { $n } دقيقة

## البحث

desk-search-title = البحث في الحالات
desk-search-ref = المرجع
desk-search-pupil = اسم التلميذ
desk-search-category = الفئة
desk-search-from = أُبلغ عنها في أو بعد
desk-search-to = أُبلغ عنها في أو قبل
desk-search-status = الحالة
desk-search-any = أي
desk-search-button = بحث
desk-search-found = عدد الحالات التي وُجدت: { $count }

## سجل الوصول

desk-access-title = سجل الوصول
desk-access-intro = من فتح أو غيّر الحالات التي تتولاها، الأحدث أولًا.
desk-access-none = لم يُسجَّل شيء للحالات التي تتولاها.
desk-col-when = متى
desk-col-who = من
desk-col-what = ماذا
desk-col-entry = القيد
desk-audit-view = اطّلع عليها
desk-audit-ack = أقرّ بها
desk-audit-entry = أضاف قيدًا
desk-audit-status = غيّر الحالة
desk-audit-close = أغلقها
desk-audit-hold = غيّر الحجز القانوني
desk-audit-refused = حاول فتحها ورُفض
desk-audit-export = صدّرها
desk-audit-report = أبلغ عنها
desk-audit-other = غير ذلك

## حالة واحدة

desk-case-title = الحالة { $ref }
desk-not-found-title = لم يُعثر على الحالة
desk-not-found = لا توجد حالة كهذه، أو أنها ليست حالة يمكنك فتحها.
desk-summary = الملخص
desk-about = بشأن
desk-groups = مجموعات الفئات
desk-categories = الفئات
desk-occurred = متى حدث ذلك
desk-place = أين
desk-reported-by = أبلغ عنها
desk-hold = الحجز القانوني
desk-chronology = التسلسل الزمني
desk-chronology-hint = بترتيب تسجيل القيود. يُظهر كل قيد وقت تسجيله والوقت الذي يشير إليه.
desk-referrals = الإحالات
desk-referrals-none = لم تُسجَّل أي إحالات.
desk-review = المراجعة الأولية لتبادل الصور الجنسية
desk-review-entry = المراجعة في القيد رقم { $n }
desk-viewed = من اطّلع على هذه الحالة

## النماذج في الحالة

desk-actions = الإجراءات
desk-ack-hint = أقِرّ بأنك قرأت هذه الحالة. سيُبلَّغ المُبلِّغ والآخرون الذين يتولونها.
desk-entry-title = إضافة قيد
desk-entry-reason = السبب (مطلوب للقرار)
desk-entry-agency = الجهة (للإحالة)
desk-entry-corrects = رقم القيد الذي يصححه (للتصحيح)
desk-entry-when = متى حدث ذلك
desk-entry-when-hint = اتركه فارغًا إن كان الآن. الأوقات بالتوقيت المحلي للمدرسة.
desk-entry-button = إضافة القيد
desk-status-title = تغيير الحالة
desk-status-button = تغيير الحالة
desk-close-title = إغلاق الحالة
desk-close-button = إغلاق الحالة
desk-reopen-title = إعادة فتح الحالة
desk-form-choose-status = يُرجى اختيار حالة. لم يتغير شيء.
desk-form-choose-outcome = يُرجى اختيار نتيجة. لم يتغير شيء.
concern-desk-open = افتحها في مكتب الحالات: { $url }
concern-entry-problem-kind = لا يمكن إضافة هذا النوع من القيود هنا. لم يُحفظ شيء.
concern-entry-problem-text = يُرجى كتابة ما يسجله القيد (من 2 إلى 2000 حرف). لم يُحفظ شيء.
concern-entry-problem-reason = يحتاج القرار إلى سببه (من 2 إلى 1000 حرف). لم يُحفظ شيء.
concern-entry-problem-agency = تحتاج الإحالة إلى الجهة التي أُحيلت إليها. لم يُحفظ شيء.
concern-entry-problem-agency-ref = يمكن أن يكون مرجع الجهة 100 حرف على الأكثر. لم يُحفظ شيء.
concern-entry-problem-corrects = يحتاج التصحيح إلى رقم القيد الذي يصححه. لم يُحفظ شيء.
concern-entry-problem-future = لا يمكن أن يكون الوقت الذي يشير إليه القيد في المستقبل. لم يُحفظ شيء.
concern-entry-problem-when = تعذّرت قراءة ذلك الوقت. لم يُحفظ شيء.
concern-entry-problem-close-reason = يُرجى ذكر السبب (من 5 إلى 2000 حرف). لم يتغير شيء.

## تأكيد تسجيل الدخول في المحادثة (العامل الثاني الذي تطلبه المدرسة)

desk-confirm = يقوم شخص ما بتسجيل الدخول إلى مكتب الحالات باسمك، برابط أرسله إليك Haven. هل هذا أنت؟ إذا لم تفعل شيئًا، يتوقف تسجيل الدخول بعد { $minutes } دقائق.
desk-confirm-yes = نعم، هذا أنا
desk-confirm-no = لا، لست أنا
desk-confirmed = شكرًا لك: لقد سجّلت الدخول إلى مكتب الحالات. عد إلى الصفحة واضغط «متابعة».
desk-confirm-refused = تم إيقاف تسجيل الدخول ولا يعرض شيئًا. إذا كان رابط تسجيل دخولك قد وصل إلى شخص آخر، فأخبر مسؤول الحماية (DSL).
desk-confirm-waiting-title = أكّد أنك أنت
desk-confirm-waiting = أرسل Haven سؤالًا إلى محادثتك الخاصة. اضغط هناك «نعم، هذا أنا»، ثم اضغط «متابعة».
desk-confirm-continue = متابعة
