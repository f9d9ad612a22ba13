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
