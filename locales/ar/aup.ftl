# Machine translation; to be reviewed by a native speaker.
## إعادة التوقيع على سياسة الاستخدام المقبول (/aup).

cmd-aup = اقرأ سياسة الاستخدام المقبول ووقّع عليها
aup-usage = اكتب /aup لترى السياسات التي عليك التوقيع عليها. يمكن لمسؤول السلامة على الإنترنت أيضًا استخدام /aup publish و /aup report.
aup-none = لا توجد حاليًا سياسة استخدام مقبول عليك التوقيع عليها.
aup-lead-hint = بصفتك مسؤول السلامة على الإنترنت أو مدير المدرسة يمكنك استخدام /aup report لمعرفة من وقّع، ويمكن لمسؤول السلامة على الإنترنت استخدام /aup publish لنشر نسخة جديدة.

## وضعك

aup-status-signed = { $title } (النسخة { $version }): وقّعت على النسخة { $signed_version } في { $signed }. سيُطلب منك التوقيع مجددًا بحلول { $due }.
aup-status-due = { $title } (النسخة { $version }): يرجى القراءة والتوقيع بحلول { $due }. آخر توقيع لك كان على النسخة { $signed_version } في { $signed }.
aup-status-overdue = { $title } (النسخة { $version }): كان الموعد النهائي { $due }. يرجى القراءة والتوقيع الآن؛ لا تستخدم أنظمة المدرسة قبل ذلك.
aup-status-never_signed = { $title } (النسخة { $version }): لم توقّع على هذه بعد. يرجى القراءة والتوقيع بحلول { $due }، وقبل استخدام أي جهاز أو حساب مدرسي.

aup-button-read = اقرأ
aup-button-agree = أوافق
aup-button-ask = اطرح سؤالًا
aup-button-invalid = عذرًا، هذا الزر لا يخص سياسة عليك التوقيع عليها، لذا تجاهلته. اكتب /aup لترى سياساتك.
aup-button-superseded = كان هذا الزر للنسخة { $old } من { $title }، وقد حلّت محلها النسخة { $version }. إليك النسخة الحالية:

## القراءة والتوقيع

aup-text-part = { $title }، النسخة { $version } ({ $part }/{ $parts })

    { $text }
aup-read-link = يمكنك أيضًا قراءتها على الإنترنت: { $link }
aup-read-done = هذا هو النص الكامل لـ { $title }، النسخة { $version } (البصمة { $hash }). إذا كنت توافق على الالتزام بها فاضغط أوافق. وإذا كان هناك ما هو غير واضح فاطرح سؤالًا أولًا.
aup-read-done-signed = هذا هو النص الكامل لـ { $title }، النسخة { $version } (البصمة { $hash }). لقد وقّعت عليها بالفعل.
aup-read-first = يرجى قراءة { $title } قبل الموافقة عليها: اضغط اقرأ، وسيظهر زر أوافق بعد النص.
aup-already-signed = لقد وقّعت على { $title } (النسخة { $version }) في { $signed }. سيُطلب منك التوقيع مجددًا بحلول { $due }.
aup-signed = شكرًا لك. وقّعت على { $title }، النسخة { $version } (البصمة { $hash })، في { $signed }. سيُطلب منك التوقيع عليها مجددًا بحلول { $due }.

## الأسئلة

aup-question-title = سؤال عن سياسة الاستخدام المقبول
aup-question-prompt = ماذا تود أن تسأل مسؤول السلامة على الإنترنت؟ اكتب سؤالك في رسالة واحدة (حتى { $max } حرفًا).
aup-question-label = السؤال
aup-question-help = يصل سؤالك بشكل خاص إلى مسؤول السلامة على الإنترنت الذي سيرد عليك. طرح السؤال لا يعني التوقيع على السياسة.
aup-question-to-lead = لدى { $name } سؤال عن { $title } (النسخة { $version }) قبل التوقيع:
    { $question }
    اضغط رد للإجابة عليه بشكل خاص.
aup-question-sent = شكرًا لك. وصل سؤالك إلى مسؤول السلامة على الإنترنت. لم توقّع بعد: اضغط أوافق عندما تكون مطمئنًا.
aup-question-nobody = عذرًا، لا يوجد في Haven مسؤول سلامة على الإنترنت أو مدير مدرسة لإرسال هذا إليه. يرجى سؤال مكتب المدرسة.
aup-button-reply = رد
aup-answer-title = إجابة عن سؤال حول سياسة الاستخدام المقبول
aup-answer-prompt = ما إجابتك؟ اكتبها في رسالة واحدة (حتى { $max } حرفًا).
aup-answer-label = الإجابة
aup-answer-help = تصل إجابتك بشكل خاص إلى من طرح السؤال فقط، ولا أحد غيره.
aup-answer-to-asker = أجاب { $name } عن سؤالك حول { $title } (النسخة { $version }):
    { $answer }
    اكتب /aup لقراءة السياسة أو التوقيع عليها.
aup-answer-sent = أُرسلت إجابتك بشكل خاص إلى { $name }.
aup-reply-not-lead = عذرًا، لا يجيب عن أسئلة سياسة الاستخدام المقبول إلا مسؤول السلامة على الإنترنت (أو مدير المدرسة إن لم يوجد). لم يُرسل شيء.
aup-reply-answered = تمت الإجابة عن هذا السؤال من قبل، لذا لم يُرسل شيء آخر.
aup-reply-unknown = عذرًا، لم أعد أجد هذا السؤال، لذا لم يُرسل شيء.

## النشر

aup-publish-not-allowed = لا يمكن نشر نسخة جديدة من سياسة الاستخدام المقبول إلا لمسؤول السلامة على الإنترنت.
aup-publish-title = نسخة جديدة من السياسة
aup-publish-ask-title = ما اسم السياسة؟ (مثلًا: سياسة الاستخدام المقبول للموظفين). استخدام عنوان سابق ينشر نسخة جديدة من تلك السياسة.
aup-publish-label-title = العنوان
aup-publish-help-title = استخدم العنوان نفسه لاستبدال السياسة بنسخة جديدة؛ العنوان الجديد يبدأ سياسة منفصلة.
aup-publish-ask-version = ما اسم هذه النسخة؟ (مثلًا: 2026.1، دون مسافات)
aup-publish-label-version = النسخة
aup-publish-help-version = تسمية قصيرة يمكن الإشارة إليها مثل 2026.1 أو v3. تحتاج كل نسخة إلى تسمية جديدة.
aup-publish-ask-audience = من يجب أن يوقّع؟ اختر كل من ينطبق عليه ذلك ثم اضغط تم.
aup-publish-label-audience = من يوقّع
aup-publish-help-audience = يشمل الموظفون كل من تعمل لديهم المدرسة، بمن فيهم المدير والمكتب. لا يُطلب من أولياء الأمور التوقيع إلا إذا اخترتهم.
aup-publish-ask-rule = متى يجب التوقيع مجددًا؟
aup-publish-label-rule = التوقيع مجددًا
aup-publish-help-rule = إما بعد 12 شهرًا من آخر توقيع لكل شخص، أو بحلول 1 سبتمبر من كل عام. يمكن تحديد تواريخ ثابتة أخرى بالأمر haven aup publish.
aup-publish-ask-source = ما النص الذي ستحمله؟
aup-publish-label-source = النص
aup-publish-help-source = النموذج هو سياسة الاستخدام المقبول للموظفين في Haven، المكتوبة استنادًا إلى سياسات السلامة الإلكترونية للمدرسة. أو الصق نصك الخاص.
aup-publish-ask-text = الصق نص السياسة في رسالة واحدة (حتى { $max } حرفًا). للنصوص الأطول استخدم الأمر haven aup publish مع ملف.
aup-publish-label-text = النص الملصق
aup-publish-help-text = الصق السياسة كاملة. سيقرأ الناس هذا النص بالضبط، ويسجّل توقيعهم بصمته.
aup-publish-ask-effective = متى تدخل حيز التنفيذ؟ اكتب تاريخًا ووقتًا مثل 01/12/2026 08:00، أو اضغط تخطٍّ لتسري فورًا.
aup-publish-label-effective = تسري من
aup-publish-help-effective = حتى ذلك الحين يستمر الناس في التوقيع على النسخة الحالية. وبعدها يحصل كل من يجب عليه التوقيع على موعد نهائي وتذكيرات.

aup-audience-staff = الموظفون
aup-audience-volunteer = المتطوعون
aup-audience-visitor = الزوار والمتعاقدون
aup-audience-governor = أعضاء مجلس الإدارة
aup-audience-parent = أولياء الأمور ومقدمو الرعاية
aup-rule-annual = بعد 12 شهرًا من التوقيع
aup-rule-september = بحلول 1 سبتمبر من كل عام
aup-source-sample = نموذج سياسة الموظفين
aup-source-paste = سألصق النص

aup-publish-bad-audience = يرجى اختيار مجموعة واحدة على الأقل يجب أن توقّع.
aup-publish-bad-title = يجب أن يتراوح العنوان بين 1 و120 حرفًا.
aup-publish-bad-version = يجب أن تتكون النسخة من 1 إلى 30 حرفًا دون مسافات. اضغط تغيير إجابة لتصحيحها.
aup-publish-empty-text = نص السياسة فارغ.
aup-publish-exists = لهذه السياسة نسخة بهذه التسمية بالفعل. اضغط تغيير إجابة لاختيار تسمية أخرى.
aup-published = تم نشر { $title }، النسخة { $version } (البصمة { $hash }). يجب على { $count } من الأشخاص التوقيع بحلول { $due }؛ سأطلب منهم ذلك خلال ساعات العمل وأذكّرهم حتى يوقّعوا.
aup-published-later = تم نشر { $title }، النسخة { $version } (البصمة { $hash }). تسري من { $effective }؛ وحتى ذلك الحين يستمر الناس في التوقيع على النسخة الحالية.

## التذكيرات

aup-remind-first = قبل استخدام أنظمة المدرسة، يرجى قراءة { $title } (النسخة { $version }) والتوقيع عليها بحلول { $due }.
aup-remind-new-version = توجد نسخة جديدة من { $title } (النسخة { $version }). يرجى قراءتها والتوقيع عليها بحلول { $due }.
aup-remind-renew = حان وقت التوقيع على { $title } مجددًا: آخر توقيع لك كان في { $signed }. يرجى قراءة النسخة { $version } والتوقيع عليها بحلول { $due }.
aup-remind-soon = تذكير: يرجى قراءة { $title } (النسخة { $version }) والتوقيع عليها بحلول { $due } (الأيام المتبقية: { $days }).
aup-remind-today = تذكير: موعد التوقيع على { $title } (النسخة { $version }) هو اليوم. يرجى القراءة والتوقيع.
aup-remind-overdue = كان موعد التوقيع على { $title } (النسخة { $version }) في { $due }، قبل { $days } يوم. يرجى القراءة والتوقيع الآن.

## الملخص الأسبوعي

aup-digest-line = { $name }: { $title } (النسخة { $version })، الموعد { $due }، متأخر { $days } يوم
aup-digest-lead = سياسة الاستخدام المقبول: عدد المتأخرين عن التوقيع { $count }.
    { $people }
aup-digest-head = سياسة الاستخدام المقبول: عدد المتأخرين عن التوقيع منذ { $weeks } أسابيع أو أكثر { $count }.
    { $people }

## التقرير

aup-report-not-allowed = لا يطّلع على تقرير سياسة الاستخدام المقبول إلا مسؤول السلامة على الإنترنت ومدير المدرسة.
aup-report-none = لم تُنشر أي سياسة استخدام مقبول بعد. يمكن لمسؤول السلامة على الإنترنت نشر واحدة عبر /aup publish.
aup-report-policy = { $title }، النسخة { $version }: المطلوب توقيعهم { $total }؛ وقّع { $signed }، مستحق { $due }، متأخر { $overdue }، لم يوقّع قط { $never }.
    { $people }
aup-report-line-signed = { $name }: وقّع النسخة { $signed_version } في { $signed }؛ الموعد التالي { $due }
aup-report-line-due = { $name }: مستحق بحلول { $due }؛ آخر توقيع على النسخة { $signed_version } في { $signed }
aup-report-line-overdue = { $name }: متأخر منذ { $due }؛ آخر توقيع على النسخة { $signed_version } في { $signed }
aup-report-line-overdue-unsigned = { $name }: متأخر منذ { $due }؛ لم يوقّع قط
aup-report-line-never_signed = { $name }: لم يوقّع قط؛ مستحق بحلول { $due }

## سطر الأوامر (haven aup)

aup-cli-published = تم نشر { $title }، النسخة { $version } (البصمة { $hash })، وتسري من { $effective }. يجب على { $count } من الأشخاص التوقيع بحلول { $due }؛ يطلب Haven منهم ذلك خلال ساعات العمل.
aup-cli-bad-audience = «{ $group }» ليست فئة معروفة. استخدم staff أو volunteer أو visitor أو governor أو parent مفصولة بفواصل.
aup-cli-bad-rule = «{ $rule }» ليست قاعدة لإعادة التوقيع. استخدم annual أو fixed:MM-DD مثل fixed:09-01.
aup-cli-bad-effective = «{ $effective }» ليس تاريخًا. استخدم YYYY-MM-DD (منتصف الليل بتوقيت المدرسة) أو YYYY-MM-DD HH:MM.
aup-cli-bad-version = يجب أن يتكون الإصدار من 1 إلى 30 حرفاً دون مسافات: حدّد إصداراً آخر باستخدام ‎--version.
aup-cli-exists = لهذه السياسة إصدار بهذا الاسم بالفعل: حدّد إصداراً آخر باستخدام ‎--version.
