# Machine translation; to be reviewed by a native speaker.

# صندوق: عدة مدارس في نشر واحد.

school-which = أنت مرتبط بأكثر من مدرسة واحدة. بأي مدرسة يتعلق هذا؟
school-chosen = شكرًا لك. سأعتبر رسائلك متعلقة بـ { $school } في الوقت الحالي. يرجى إرسال ذلك مرة أخرى.
school-chosen-replayed = شكرًا لك. سأعتبر رسائلك متعلقة بـ { $school } في الوقت الحالي. إليك الرد على ما أرسلته:
school-not-here = لم يتم إعداد Haven لهذه المحادثة. يرجى سؤال مكتب المدرسة عن المحادثة التي يجب استخدامها.
school-from = 🏫 { $school }

school-cli-added = تمت إضافة المدرسة { $slug } ({ $name }). أعطها إعدادات تحت [schools.{ $slug }] في haven.toml إذا كانت تختلف عن [school].
school-cli-line = { $slug }: { $name }{ $configured ->
    [true] {""}
   *[other] {" "}(الإعدادات من [school])
}
school-cli-unknown = لا توجد مدرسة "{ $slug }". المدارس هي: { $schools }.
school-cli-several = تحتوي قاعدة البيانات هذه على عدة مدارس: حدد أيها باستخدام --school <slug> (المدارس هي: { $schools }).
school-cli-bad-slug = لا يمكن أن يكون "{ $slug }" اسمًا مختصرًا لمدرسة: استخدم أحرفًا صغيرة وأرقامًا وشرطات، حتى 32.
school-cli-taken = توجد بالفعل مدرسة "{ $slug }".

concern-trust-escalation = لم يؤكد أحد على مساره استلام البلاغ { $ref } في { $school }، حتى رئيس مجلس الأمناء. بصفتك مسؤول الحماية في الصندوق يمكنك فتحه: اختر { $school } أدناه، ثم أرسل /case { $ref }. يرجى أيضًا الاتصال بمسؤول الحماية أو مدير المدرسة الآن.
report-all-schools = جميع المدارس
trust-visit-cases-only = في { $school } يمكنك فتح الحالات المصعّدة إلى الصندوق: أرسل /cases. لأي شيء آخر، أرسله مرة أخرى بعد اختيار مدرستك.
form-other-school = لديك نموذج غير مكتمل يخص مدرسة أخرى. اختر تلك المدرسة لمتابعته (أو لإلغائه هناك باستخدام /cancel).
# `/report`: the trust lead's report in chat.
cmd-report = تقرير الصندوق المجهول الهوية لكل مدرسة (مسؤول الحماية في الصندوق)
report-refused = عذرًا، لا يوجد تقرير هنا لك. تصدر تقارير المدارس من مكتب المدرسة.
report-usage = أرسل /report للعام الدراسي حتى الآن، أو /report من إلى بتاريخين مثل /report 2026-09-01 2026-12-31.
report-trust = البلاغات من { $from } إلى { $to } في كل مدارس الصندوق (أعداد مجهولة الهوية)
    { $lines }
report-school = == { $school } ==
report-section = { $section }
report-line = • { $label }: { $count }
