# Machine translation; to be reviewed by a native speaker.

# المفاتيح: المفاتيح القديمة، وتدويرها وفحصه، والملفات التي يستطيع مستخدمون آخرون قراءتها (رسائل للمشغّل).

keys-old-key-unreadable = العنصر { $number } في secrets.old_keys ليس مفتاحًا (base64 لـ 32 بايت) ولا ملف مفتاح يمكن قراءته.
keys-wrong-key = شُفّرت قاعدة البيانات هذه بمفتاح آخر (البصمة { $stored }). اضبط ذلك المفتاح في secrets.key أو secrets.key_file. أثناء التدوير، اضبط المفتاح الجديد هناك وأدرج القديم في secrets.old_keys (أو HAVEN_SECRETS__OLD_KEYS، مفصولة بفواصل).
keys-in-use = يعمل Haven على قاعدة البيانات هذه؛ أوقفه أولًا ثم دوّر المفتاح.
keys-in-use-instances = لا يزال Haven يعمل على قاعدة البيانات هذه (النسخ العاملة: { $count })؛ أوقف كل نسخة ثم دوّر المفتاح. النسخة التي انتهت دون أن تتوقف (أُنهيت قسرًا أو فُقد جهازها) تُعدّ عاملة حتى مرور { $seconds } ثانية على آخر نبضة لها.
keys-rotating = يجري تدوير مفتاح على قاعدة البيانات هذه؛ شغّل Haven مرة أخرى عند انتهائه.
keys-changed = أُعيد تشفير قاعدة البيانات بمفتاح آخر (البصمة { $stored }) بينما كان Haven يعمل، لذا توقف Haven بدلًا من تشفير أي شيء بالمفتاح القديم. اجعل secrets.key_file يشير إلى المفتاح الجديد، وأدرج القديم في secrets.old_keys، ثم شغّل Haven مرة أخرى.
keys-rotated = أصبح كل شيء الآن مشفّرًا بالمفتاح الموجود في { $path } (البصمة { $fingerprint }). اجعل secrets.key_file يشير إليه وأدرج المفتاح القديم في secrets.old_keys؛ واحتفظ بالمفتاح القديم حتى تنتهي صلاحية النسخ الاحتياطية التي أُنشئت به.
keys-check-line = { $table }.{ $column }: { $values } مشفّرة بالمفتاح { $fingerprint } ({ $which ->
        [current] المفتاح الحالي
        [old] مفتاح قديم
       *[unknown] مفتاح غير مضبوط
    })
keys-check-none = لا شيء مشفّر بعد؛ المفتاح الحالي هو { $fingerprint }.
keys-check-current = كل شيء مشفّر بالمفتاح الحالي ({ $fingerprint }).
keys-check-stale = لا تزال { $values } من القيم المشفّرة تستخدم مفتاحًا غير المفتاح الحالي ({ $fingerprint }). أدرج مفاتيحها في secrets.old_keys وشغّل haven rotate-key مرة أخرى بملف المفتاح الحالي.
keys-file-readable-by-others = تحذير: يستطيع مستخدمون آخرون على هذا الحاسوب قراءة { $path } (الأذونات { $mode }). اجعله مقروءًا لمالكه فقط: chmod 600 { $path }

# haven migrate-to: نسخ قاعدة بيانات SQLite إلى PostgreSQL.
migrate-target-not-postgres = ينسخ الأمر haven migrate-to إلى PostgreSQL: أدخل عنوان postgres://.
migrate-source-not-sqlite = قاعدة البيانات المضبوطة ({ $url }) ليست ملف SQLite، فلا يوجد ما يُنسخ منه.
migrate-in-use = يعمل Haven على قاعدة البيانات هذه؛ أوقفه قبل نسخها.
migrate-table = { $table }: نُسخ { $rows } صف
migrate-sealed-failed = لم تُفتح { $failed } من القيم المشفرة في PostgreSQL بعد النسخ؛ النسخة غير آمنة للاستخدام.
migrate-done = نُسخ { $tables } جدول ({ $rows } صف)؛ وكل القيم المشفرة ({ $sealed }) تُفتح بالمفتاح في PostgreSQL. اضبط database.url على عنوان PostgreSQL وشغّل Haven.
