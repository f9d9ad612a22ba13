# Machine translation; to be reviewed by a native speaker.

# صفوف تعذّرت قراءتها فوُضعت جانبًا، والأمر `haven doctor`.

upkeep-draft-set-aside = تعذّر فتح نموذجك غير المكتمل فوُضع جانبًا؛ يُرجى البدء من جديد. لا يتأثر أي شيء ترسله الآن.
upkeep-concern-set-aside = تعذّر فتح سجلّ حماية فوُضع جانبًا (المرجع { $reference }). لا تتأثر أي بلاغات أخرى. يُرجى أن تطلب ممن يدير Haven تشغيل "haven doctor" وذكر المرجع.
upkeep-directory-set-aside = تعذّرت قراءة سجلّ في دليل المدرسة فوُضع جانبًا (المرجع { $reference }). يُرجى أن تطلب ممن يدير Haven تشغيل "haven doctor" وذكر المرجع.

doctor-integrity-ok = ملف قاعدة البيانات: سليم (نجح فحص السلامة في SQLite)
doctor-integrity-problem = ملف قاعدة البيانات: وُجدت مشكلة: { $detail }
doctor-sealed = القيم المشفّرة في { $table }.{ $column }: { $values }، منها { $failed } لا تُفتح بالمفتاح
doctor-set-aside-none = الصفوف الموضوعة جانبًا: لا شيء
doctor-set-aside = وُضع جانبًا { $reference }: { $table } الصف { $row } ({ $column }) في { $at }: { $what }؛ أُبلغ الأشخاص: { $reported }
doctor-healthy = كل ما فُحص سليم.
doctor-unhealthy = وُجدت مشكلات (مذكورة أعلاه). استعد الصفوف المتأثرة من نسخة احتياطية إن أمكن؛ تستمر بقية الصفوف في العمل.
