# Machine translation; to be reviewed by a native speaker.
# مكتب الحالات: تصدير ملف حماية الطفل ونقله، ولوحة المحافظين.

export-title = ملف حماية الطفل
export-separate = ملف حماية الطفل — يُحفظ منفصلًا عن الملف الرئيسي للتلميذ
export-school = المدرسة
export-pupil = التلميذ
export-cases = عدد الحالات
export-period = التواريخ المشمولة
export-period-value = من { $from } إلى { $to }
export-exported-by = صدّره
export-exported-at = تاريخ التصدير
export-receiving = المدرسة المستقبِلة
export-not-recorded = لم يُسجَّل بعد
export-due-from = تُحسب خمسة أيام دراسية من
export-deadline = يجب أن يصل إلى المدرسة الجديدة بحلول
export-deadline-today = { $date } (إذا أُرسل الملف اليوم)
export-sent-on = أُرسل في
export-receipt = تأكيد الاستلام
export-receipt-by = من { $name } في { $date }
export-receipt-none = لم يُؤكَّد بعد
export-overdue = متأخر: لم تؤكد المدرسة المستقبِلة استلام الملف خلال خمسة أيام دراسية. تواصل مع مسؤول الحماية المعيَّن لديها.
export-case = الحالة { $ref }
export-status = الحالة
export-urgency = الاستعجال
export-about = بشأن
export-categories = النوع
export-groups = المجموعة
export-occurred = متى حدث
export-place = أين
export-reported = تاريخ البلاغ
export-reporter = المُبلِّغ
export-told-dsl = أُبلغ مسؤول الحماية شخصيًا
export-hold = حجز قانوني
export-closed = تاريخ الإغلاق
export-referrals = الإحالات
export-referral-value = { $agency }، المرجع { $reference }، { $date }
export-transfers = عمليات النقل
export-chronology = التسلسل الزمني
export-none = لا شيء مسجّل
export-entry = #{ $n } { $kind } · { $author }
export-footer = { $school } · سري
export-page = الصفحة { $page } من { $pages }
export-no-shaping = لا يستطيع ملف PDF هذا وصل الحروف العربية ولا كتابتها من اليمين إلى اليسار، لذا يصعب قراءة النص العربي فيه. استخدم عرض الطباعة في مكتب الحالات لقراءة النص العربي أو طباعته.

## صفحات التصدير
export-print-hint = للطباعة، استخدم أمر الطباعة في متصفحك: تُطبع ورقة الغلاف وكل حالة على صفحات مستقلة، دون قوائم المكتب. احفظ النسخ المطبوعة في مكان مقفل.
export-pdf = تنزيل بصيغة PDF
export-pupil-name = اسم التلميذ
export-transfer-title = تسجيل نقل إلى مدرسة جديدة
export-transfer-submit = سجّل النقل
export-receipt-title = تأكيد الاستلام من { $school }
export-receipt-who = من أكّد الاستلام في المدرسة المستقبِلة
export-receipt-on = تاريخ التأكيد
export-receipt-submit = سجّل التأكيد
export-start-title = تصدير ملف حماية الطفل
export-start-intro = صدّر كل الحالات التي تذكر تلميذًا، لنقلها إلى مدرسته الجديدة. لا يصدّر إلا مسؤول الحماية الرئيسي. يُسجَّل كل تصدير في سجل التدقيق.
export-start-submit = اعرض الملف
export-pupil-none-found = لا توجد حالة يمكنك تصديرها تذكر هذا التلميذ.
export-overdue-title = عمليات نقل لم تُؤكَّد في الوقت المحدد
export-overdue-none = لا شيء: أُكِّدت كل عمليات النقل خلال خمسة أيام دراسية.
export-overdue-item = أُرسل إلى { $school }، الموعد { $date }:
export-form-refused-title = لم يُحفظ
export-form-refused = لم يتغير شيء: كان النموذج قديمًا أو كان التاريخ غير صالح. ارجع وأعد تحميل الصفحة وحاول مرة أخرى.

## لوحة المحافظين
dashboard-title = لوحة المحافظين
dashboard-legend = أعداد مجهولة الهوية للمخاوف. تظهر الأعداد من 1 إلى 4 بعبارة "أقل من 5"، وحيث يمكن استنتاج أحدها من المجموع يُخفى عدد آخر أيضًا، كي لا يمكن التعرف على أي طفل.
dashboard-from = من
dashboard-to = إلى
dashboard-show = اعرض
dashboard-fewer-than-5 = أقل من 5
dashboard-hidden = مخفي
dashboard-median-none = يظهر الوسيط لزمن الإقرار بعد الإقرار بخمسة مخاوف أو أكثر.
dashboard-withheld = المخاوف أقل من أن يُعرض هذا الجدول دون خطر التعرف على طفل.
dashboard-col-what = البند
dashboard-col-count = المخاوف
export-transfer-recorded = تم تسجيل نقل { $cases } من الحالات إلى { $school }.
