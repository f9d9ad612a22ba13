# Machine translation; to be reviewed by a native speaker.
## Haven — البلاغات وسجلات الحالات (العربية).

## من يمكنه الإبلاغ

concern-not-linked = لا أعرف من أنت بعد، لذلك لا يمكنني استلام بلاغ هنا. إذا كنت قلقًا على طفل، فاتصل بـ { $office } فورًا. إذا كان طفل في خطر الآن، فاتصل بالرقم 999.
concern-parent = شكرًا لرغبتك في المساعدة على حماية الأطفال. بلاغات أولياء الأمور ومقدمي الرعاية تذهب مباشرة إلى المدرسة: يرجى الاتصال بـ { $office }. إذا كان طفل في خطر الآن، فاتصل بالرقم 999. لا يُسجَّل أي شيء تكتبه هنا كبلاغ.

## نموذج المُبلِّغ

concern-title = بلاغ قلق
concern-attachment-refused = يرجى عدم إرسال صور أو ملفات هنا. لا تشاهد أبدًا صورة غير لائقة لطفل ولا تنسخها ولا تعيد توجيهها ولا تلتقط لها لقطة شاشة، حتى للإبلاغ عنها: صِف ما رأيته بالكلمات وأخبر مسؤول الحماية (DSL) بمكانها.

concern-q-danger = هل يتعرض طفل لخطر أذى فوري الآن؟
concern-l-danger = خطر فوري
concern-h-danger = أجب بنعم إذا كان من الممكن أن يتأذى طفل قبل أن يتمكن أحد من التصرف. إذا أجبت بنعم، سأعرض لك أرقام مسؤول الحماية وأنبّه فريقه فورًا.

concern-danger-now = إذا كان طفل في خطر الآن، فاتصل بالرقم 999.
    ثم اتصل بفريق مسؤول الحماية: { $dsl_phone }.
    لقد نبّهت فريق مسؤول الحماية إلى أن بلاغًا عاجلًا في الطريق. يرجى المتابعة أدناه ليحصلوا على التفاصيل.

concern-q-about = عمّن يتحدث هذا البلاغ؟
concern-l-about = بخصوص
concern-h-about = اختر الشخص الذي يقلقك سلوكه أو سلامته. البلاغ عن أحد الموظفين يذهب إلى مدير المدرسة؛ والبلاغ عن المدير يذهب إلى رئيس مجلس الأمناء.
concern-about-pupil = تلميذ أو تلاميذ
concern-about-staff = موظف أو متطوع أو متعاقد
concern-about-head = مدير المدرسة
concern-about-adult = شخص بالغ آخر (ولي أمر، زائر)
concern-about-online = شخص مجهول على الإنترنت
concern-about-self = أنا نفسي (قلق بسيط بشأن سلوكي)

concern-q-categories = ما نوع هذا القلق؟ اختر حتى { $max }، ثم اضغط تم.
concern-l-categories = نوع القلق
concern-h-categories = اختر الأقرب. المحتوى شيء شوهد؛ التواصل شخص يصل إلى طفل؛ السلوك طريقة تصرف شخص ما؛ التجارة تتعلق بالمال. اختر أخرى إذا لم يناسب شيء.
concern-cat-c_harmful = محتوى: محتوى ضار أو غير قانوني
concern-cat-c_filter = محتوى: تجاوز نظام التصفية
concern-cat-c_extreme = محتوى: مواد متطرفة
concern-cat-c_selfharm = محتوى: محتوى عن إيذاء النفس
concern-cat-k_groom = تواصل: استدراج
concern-cat-k_adult = تواصل: تواصل من بالغ مجهول
concern-cat-k_meet = تواصل: طلب لقاء
concern-cat-d_bully = سلوك: تنمر إلكتروني
concern-cat-d_nudes = سلوك: مشاركة صور عارية أو شبه عارية
concern-cat-d_info = سلوك: مشاركة معلومات شخصية
concern-cat-d_challenge = سلوك: تحدٍّ ضار على الإنترنت
concern-cat-m_gamble = تجارة: مقامرة
concern-cat-m_scam = تجارة: احتيال أو تصيّد
concern-cat-s_password = بيانات: كلمة مرور مخترقة
concern-cat-s_device = بيانات: جهاز مفقود أو مسروق
concern-cat-s_data = بيانات: بيانات شخصية أُرسلت إلى الشخص الخطأ
concern-cat-other = أخرى

concern-group-content = محتوى
concern-group-contact = تواصل
concern-group-conduct = سلوك
concern-group-commerce = تجارة
concern-group-data = بيانات وأمن
concern-group-other = أخرى

concern-q-pupils = من هم التلاميذ المعنيون؟ يرجى كتابة الأسماء الكاملة والصفوف (مثلًا "Ada Lovelace, Year 5"). سأحذف رسالتك من هذه المحادثة بعد حفظها.
concern-l-pupils = التلاميذ
concern-h-pupils = الأسماء الكاملة تساعد مسؤول الحماية على إيجاد السجل الصحيح. إذا لم تعرف الاسم، فصِف التلميذ.

concern-q-staff = عن أي موظف أو متطوع أو متعاقد؟ يرجى كتابة اسمه الكامل. لن يُبلَّغ ولن يتمكن من رؤية هذا. سأحذف رسالتك من هذه المحادثة بعد حفظها.
concern-l-staff = الموظف
concern-h-staff = اكتب الاسم الكامل كما تعرفه المدرسة. هذا يُبقي البلاغ بعيدًا عنه مهما كان دوره.

concern-q-adult = من هو هذا البالغ؟ اكتب اسمه وصلته بالمدرسة (مثلًا "ولي أمر تلميذ في Year 3") إن كنت تعرف. سأحذف رسالتك من هذه المحادثة بعد حفظها.
concern-l-adult = البالغ
concern-h-adult = كل ما تعرفه يساعد: الاسم، صلته بتلميذ، متى كان في المدرسة.

concern-q-online = ماذا تعرف عنه؟ مثلًا اسم المستخدم أو التطبيق أو اللعبة أو رابط الملف الشخصي. لا تزر الملف الشخصي لمعرفة المزيد. سأحذف رسالتك من هذه المحادثة بعد حفظها.
concern-l-online = جهة الاتصال على الإنترنت
concern-h-online = اكتب فقط ما تعرفه بالفعل. لا تتواصل معه ولا تبحث عنه.

concern-q-children = هل هناك تلاميذ معنيون؟ اكتب أسماءهم الكاملة وصفوفهم، أو اضغط تخطٍّ. سأحذف رسالتك من هذه المحادثة بعد حفظها.
concern-l-children = التلاميذ المعنيون
concern-h-children = إذا تأذى تلميذ أو أخبرك أو كان حاضرًا، فاذكره هنا.

concern-q-account = ماذا حدث؟ يرجى كتابة الحقائق: ما رأيته أو سمعته، وإذا أخبرك طفل، فكلماته هو بأقرب ما يمكن. لا تضف آراء أو تخمينات. حتى { $max } حرف. سأحذف رسالتك من هذه المحادثة بعد حفظها.
concern-l-account = ماذا حدث
concern-h-account = اكتب ما شوهد أو قيل، ومن قاله، بالترتيب الذي حدث به. استخدم كلمات الطفل بين علامتي تنصيص حيث أمكن. لا تحقق ولا تطرح أسئلة موجِّهة.

concern-q-when = متى حدث ذلك؟ اضغط الآن أو في وقت سابق اليوم أو أمس، أو اكتب تاريخًا ووقتًا مثل "اليوم 10:15" أو "16/11/2026 14:30".
concern-l-when = متى
concern-h-when = إذا لم تكن متأكدًا، فاكتب أفضل تقدير لديك واذكر ذلك في الوصف.

concern-q-place = أين حدث ذلك؟
concern-l-place = أين
concern-h-place = اختر "على الإنترنت، في المنزل" لما حدث على الإنترنت خارج المدرسة.
concern-place-school = في المدرسة
concern-place-home = على الإنترنت، في المنزل
concern-place-trip = في رحلة مدرسية
concern-place-other = مكان آخر

concern-q-action = ماذا فعلت حتى الآن؟ مثلًا "تحدثت إلى معلم الصف". أو اضغط تخطٍّ. سأحذف رسالتك من هذه المحادثة بعد حفظها.
concern-l-action = الإجراء المتخذ
concern-h-action = اذكر ما فعلته ومتى. لا تنسخ الصور أو تعِد توجيهها أو تحذفها بنفسك أبدًا.

concern-q-told_dsl = هل أخبرت مسؤول الحماية شخصيًا؟
concern-l-told_dsl = أُخبر مسؤول الحماية شخصيًا
concern-h-told_dsl = تنص السياسة على وجوب إبلاغ مسؤول الحماية فورًا بأي قلق على سلامة طفل. أجب بصدق؛ هذا البلاغ سيصلهم في كل الأحوال.

concern-q-conflict = هل يوجد تضارب مصالح في المسار المعتاد؟ مثلًا الشخص الذي يستلمه عادةً متورط أو وثيق الصلة. إذا أجبت بنعم، فسيذهب إلى رئيس مجلس الأمناء وإلى LADO بدلًا من ذلك.
concern-l-conflict = تضارب المصالح
concern-h-conflict = أجب بنعم إذا كنت ترى أن الأشخاص الذين يتولون هذا عادةً لا ينبغي أن يتولوه لأنهم متورطون.

## بعد الإرسال

concern-receipt = تم الحفظ. رقم بلاغك المرجعي هو { $ref }.
    { $route ->
        [dsl] تم تنبيه فريق مسؤول الحماية الآن؛ سيقرؤونه ويقررون الخطوات التالية.
        [head] تم تنبيه مدير المدرسة الآن؛ لم يُبلَّغ الشخص المعني.
        [chair] تم تنبيه رئيس مجلس الأمناء الآن. يمكنك أيضًا الاتصال بـ LADO: { $lado }.
       *[none] لم أجد أحدًا لإرساله إليه. يرجى الاتصال بـ LADO الآن: { $lado }.
    }
    ستُبلَّغ عندما يُقرأ. يرجى عدم مناقشته مع الآخرين، واكتب أي شيء آخر تتذكره: يمكنك إرساله إلى مسؤول الحماية مع ذكر { $ref }.
concern-receipt-urgent = ذكرت أن طفلًا معرض لخطر فوري. إذا كان طفل في خطر الآن، فاتصل بالرقم 999، ثم بفريق مسؤول الحماية على { $dsl_phone }.
concern-receipt-tell-dsl = يرجى أيضًا التحدث إلى مسؤول الحماية شخصيًا اليوم، كما تطلب السياسة.
concern-read = تمت قراءة بلاغك { $ref } ويجري التعامل معه. شكرًا لإبلاغك.
concern-read-by = قرأ { $name } بلاغك { $ref } ويجري التعامل معه. شكرًا لإبلاغك.

## التنبيهات (دون أي تفاصيل أبدًا)

concern-urgency-urgent = عاجل
concern-urgency-normal = عادي
concern-urgent-alert = عاجل: أحد الموظفين يبلّغ بأن طفلًا قد يكون معرضًا لخطر أذى فوري (مسودة { $draft }). لقد حصل على أرقامكم وقد يتصل الآن. سيتبع البلاغ الكامل عند إرساله.
concern-urgent-unfinished = لم يُرسَل البلاغ العاجل { $draft } (أُلغي النموذج أو انتهت صلاحيته). بدأه { $reporter }. يرجى المتابعة معه مباشرة.
concern-alert = بلاغ جديد { $ref } · { $urgency } · { $groups }{ $draft ->
        [none] {""}
       *[other] {" "}(مسودة { $draft })
    }.
    لا تُرسل أي تفاصيل في التنبيهات. افتحه على انفراد: /case { $ref }{ $lado ->
        [none] {""}
       *[other] {"\u000A"}LADO: { $lado }
    }
concern-escalated = { $count ->
        [one] لم يُؤكَّد استلام هذا البلاغ في الوقت المحدد وهو يحتاج الآن إلى اهتمامك:
       *[other] لم يُؤكَّد استلام هذه البلاغات ({ $count }) في الوقت المحدد وهي تحتاج الآن إلى اهتمامك:
    }
    { $cases }
    افتح كلًا منها على انفراد باستخدام /case متبوعًا بالرقم المرجعي.
concern-button-open = افتح الحالة

## التعامل مع الحالات

concern-case-usage = استخدم /case متبوعًا برقم مرجعي، مثل /case C-2026-0042. يمكنك إضافة: ack (تأكيد الاستلام)، note (إضافة إلى السجل الزمني)، review (المراجعة الأولية لإرسال الصور الجنسية)، status، close، أو hold on / hold off.
concern-case-refused = لا يمكنني فتح هذه الحالة. إما أنه لا توجد حالة كهذه، أو أنها ليست حالة يمكنك فتحها. الأرقام المرجعية تبدو مثل C-2026-0042.
concern-button-refused = عذرًا، لا يمكنني فعل ذلك. هذا الزر ليس مما يمكنني تنفيذه لك.
concern-form-refused = لم أتمكن من حفظ ذلك: لم تعد هذه الحالة مما يمكنك تغييره. لم يُسجَّل شيء.
concern-lead-only = فقط الأشخاص الذين يقودون الحالة { $ref } يمكنهم فعل ذلك. يمكنك قراءتها والإضافة إلى سجلها الزمني.
concern-cases-none = لا توجد حالات مفتوحة لك.
concern-cases = { $count ->
        [one] حالة مفتوحة واحدة:
       *[other] حالات مفتوحة: { $count }
    }
    { $cases }
concern-list-urgent-unread = عاجل، لم يُؤكَّد استلامه بعد
concern-list-unread = لم يُؤكَّد استلامه بعد

concern-case = الحالة { $ref } · { $urgency } · { $status }
    بخصوص: { $about }
    النوع: { $categories } ({ $groups })
    متى: { $occurred } · { $place }
    المُبلِّغ: { $reporter } · أُخبر مسؤول الحماية شخصيًا: { $told_dsl }
    حجز قانوني: { $hold }
    { $details }
    السجل الزمني:
    { $chronology }
    ستُحذف هذه الرسالة من هذه المحادثة بعد بضع دقائق.
concern-case-pupils = التلاميذ
concern-case-person = الشخص
concern-case-account = ماذا حدث
concern-case-action = إجراء المُبلِّغ
concern-case-corrects = يصحح الإدخال
concern-case-status = الحالة الجديدة
concern-case-outcome = النتيجة
concern-case-agency = الجهة
concern-case-text = التفاصيل
concern-case-reason = السبب
concern-case-agency-ref = الرقم المرجعي للجهة
concern-hold-on = مفعّل
concern-hold-off = غير مفعّل

concern-sexting-review = الحالة { $ref } تتضمن صورًا عارية أو شبه عارية. المراجعة الأولية (السياسة: التعامل مع حادثة إرسال صور جنسية / صورة ذاتية عارية)، بقيادة مسؤول الحماية:
    • هل هناك خطر فوري على شاب أو شابة؟ لماذا شُوركت الصور؛ هل أُكره أحد أو تعرّض لضغط؟
    • من شاركها، وأين، وهل شُوركت بعلم التلميذ الظاهر فيها؟
    • هل يوجد بالغون متورطون؟ ما الأثر على التلاميذ؛ هل لديهم نقاط ضعف إضافية؛ هل يفهم الشاب معنى الموافقة؟ هل حدث هذا من قبل؟
    • هل ينبغي الإحالة إلى الشرطة و/أو الرعاية الاجتماعية للأطفال؟
    • هل انتشرت على نطاق واسع، وعبر أي خدمات أو منصات؟
    • هل ينبغي اتخاذ إجراء فوري لحذف الصور أو إزالتها من الأجهزة أو الخدمات الإلكترونية؟
    • هل هناك حقائق ذات صلة عن الشباب المعنيين تؤثر في تقييم المخاطر؟
    • هل يلزم التواصل مع مدرسة أو كلية أو جهة أو شخص آخر؟
    • هل ينبغي التواصل مع أولياء الأمور أو مقدمي الرعاية؟ في معظم الحالات ينبغي إشراكهم.
    أحِل فورًا إلى الشرطة و/أو الرعاية الاجتماعية للأطفال إذا: كان هناك بالغ متورط؛ أو أُكره شاب أو ابتُز أو استُدرج، أو وُجدت مخاوف بشأن قدرته على الموافقة؛ أو أظهرت الصور أفعالًا غير معتادة لمرحلة نموه أو عنفًا؛ أو كان تلميذ معرضًا لخطر أذى فوري.
    لا تشاهد الصور أو تنسخها أو تعِد توجيهها أبدًا.
    سجّل إجابات المراجعة بزر المراجعة الأولية (لقادة الحالة)، أو /case { $ref } review.

concern-entry-reported = تم الإبلاغ
concern-entry-acknowledged = تم تأكيد الاستلام
concern-entry-action = إجراء متخذ
concern-entry-decision = قرار
concern-entry-referral = إحالة
concern-entry-note = ملاحظة
concern-entry-correction = تصحيح
concern-entry-status = تغيير الحالة
concern-entry-hold_on = فُرض حجز قانوني
concern-entry-hold_off = رُفع الحجز القانوني
concern-entry-closed = أُغلقت

concern-status-open = مفتوحة
concern-status-investigating = قيد التحقيق
concern-status-referred = محالة
concern-status-monitoring = قيد المتابعة
concern-status-closed = مغلقة

concern-outcome-nfa = لا إجراء إضافي
concern-outcome-school = حُلّت داخل المدرسة
concern-outcome-early_help = مساعدة مبكرة
concern-outcome-social_care = أُحيلت إلى الرعاية الاجتماعية للأطفال
concern-outcome-police = أُحيلت إلى الشرطة
concern-outcome-lado = أُحيلت إلى LADO
concern-outcome-other = أخرى

concern-agency-social_care = الرعاية الاجتماعية للأطفال
concern-agency-police = الشرطة
concern-agency-lado = LADO
concern-agency-ceop = CEOP
concern-agency-early_help = مساعدة مبكرة
concern-agency-other = أخرى

concern-button-ack = تأكيد الاستلام
concern-button-note = إضافة إلى السجل الزمني
concern-button-status = تعيين الحالة
concern-button-close = إغلاق الحالة
concern-button-hold-on = تفعيل الحجز القانوني
concern-button-hold-off = إلغاء الحجز القانوني

concern-acknowledged = لقد أكدت استلام { $ref }. توقف التصعيد وأُبلغ المُبلِّغ بأنه قُرئ.
concern-already-acknowledged = تم تأكيد استلام { $ref } من قبل.
concern-acknowledged-team = أكّد { $name } استلام { $ref }.
concern-status-choose = اختر الحالة الجديدة لـ { $ref }. لإغلاقها، استخدم إغلاق الحالة.
concern-status-use-close = لإغلاق { $ref }، استخدم /case { $ref } close: يلزم ذكر النتيجة والسبب.
concern-status-same = { $ref } لديها هذه الحالة بالفعل.
concern-status-set = { $ref } الآن: { $status }.
concern-hold-usage = استخدم /case { $ref } hold on، أو /case { $ref } hold off.
concern-hold-set-on = الحجز القانوني مفعّل لـ { $ref }: لن تُحذف مهما كانت مدة الاحتفاظ.
concern-hold-set-off = الحجز القانوني غير مفعّل لـ { $ref }: ستُحذف في نهاية مدة الاحتفاظ بعد إغلاقها.
concern-already-closed = { $ref } مغلقة بالفعل.
concern-entry-bad-correction = رقم الإدخال هذا غير موجود في السجل الزمني لـ { $ref }، لذلك لم يُضَف شيء. افتح الحالة لرؤية الأرقام، ثم حاول مجددًا.
concern-entry-added = أُضيف الإدخال #{ $n } إلى السجل الزمني لـ { $ref }.
concern-closed = { $ref } مغلقة. النتيجة: { $outcome }.

## نماذج إدخال السجل الزمني والإغلاق

case-entry-title = إدخال في السجل الزمني
case-close-title = إغلاق حالة
case-q-kind = ماذا تسجّل؟
case-l-kind = النوع
case-h-kind = إجراء: شيء تم فعله. قرار: شيء تقرر، مع سببه. إحالة: إلى جهة أخرى. تصحيح: يصحح إدخالًا سابقًا (لا تُغيَّر الإدخالات أبدًا).
case-q-corrects = أي إدخال يصحح هذا؟ اكتب رقمه (# في السجل الزمني).
case-l-corrects = يصحح الإدخال
case-h-corrects = افتح الحالة لرؤية رقم كل إدخال. يبقى الإدخال القديم؛ وهذا يشير إليه.
case-q-text = صِفه بشكل واقعي. سأحذف رسالتك من هذه المحادثة بعد حفظها.
case-l-text = التفاصيل
case-h-text = من فعل ماذا، أو ما الذي تقرر. حقائق لا آراء.
case-q-reason = ما سبب هذا القرار؟ سأحذف رسالتك من هذه المحادثة بعد حفظها.
case-l-reason = السبب
case-h-reason = يجب تسجيل سبب كل قرار (Keeping Children Safe in Education).
case-q-agency = إلى أي جهة أُحيلت؟
case-l-agency = الجهة
case-h-agency = اختر أخرى واذكر اسمها في التفاصيل إذا لم تكن مدرجة.
case-q-agency_ref = الرقم المرجعي للجهة إن وُجد (أو اضغط تخطٍّ). سأحذف رسالتك من هذه المحادثة بعد حفظها.
case-l-agency_ref = الرقم المرجعي للجهة
case-h-agency_ref = الرقم الذي أعطتك إياه الجهة، لمطابقة السجل مع سجلها.
case-q-when = متى حدث هذا؟ اضغط الآن، أو اكتب تاريخًا ووقتًا.
case-l-when = متى
case-h-when = مثلًا "اليوم 14:30" أو "16/11/2026 09:00".
case-q-outcome = ما النتيجة؟
case-l-outcome = النتيجة
case-h-outcome = اختر النتيجة التي تصف أفضل وصف كيف انتهت الحالة.
case-q-close_reason = لماذا تُغلق الحالة؟ سأحذف رسالتك من هذه المحادثة بعد حفظها.
case-l-close_reason = سبب الإغلاق
case-h-close_reason = السبب مطلوب ويبقى في السجل.

## تقرير مجلس الأمناء (haven report concerns)

concern-report-title = البلاغات من { $from } إلى { $to } (أعداد مجهولة الهوية)
concern-report-total = المجموع
concern-report-urgent = عاجل
concern-report-by-group = حسب مجموعة الفئة (البلاغ في مجموعتين يُحسب في كلتيهما)
concern-report-by-month = حسب الشهر
concern-report-by-status = حسب الحالة
concern-report-by-ack = الوقت حتى تأكيد الاستلام
concern-report-median = الوسيط حتى تأكيد الاستلام: { $minutes } دقيقة
concern-report-median-none = الوسيط حتى تأكيد الاستلام: لم يُؤكَّد شيء بعد
concern-report-ack-15m = خلال 15 دقيقة
concern-report-ack-1h = خلال ساعة
concern-report-ack-1d = خلال يوم
concern-report-ack-longer = أكثر من يوم
concern-report-ack-not_yet = لم يُؤكَّد بعد
