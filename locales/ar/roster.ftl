# Machine translation; to be reviewed by a native speaker.

### Roster import and link-code invitations (used by the roster admin's tools).

## Import: one line per problem, "Line 7: …"

import-error-at-line = السطر { $line }: { $problem }
import-failed = لم يتم استيراد الملف، لأنه { $count ->
        [one] توجد مشكلة في صف واحد
        [two] توجد مشكلات في صفّين
        [few] توجد مشكلات في { $count } صفوف
        [many] توجد مشكلات في { $count } صفًا
       *[other] توجد مشكلات في { $count } صف
    }. لم يتغير أي شيء. يُرجى تصحيح الملف واستيراده مرة أخرى.
import-error-missing-column = لا يحتوي سطر العناوين على عمود «{ $column }». يُرجى التأكد من أن السطر الأول يتضمن أسماء الأعمدة، وأن القيم في الملف مفصولة بفواصل.
import-error-field-count = عدد الحقول في هذا الصف { $found }، بينما عددها في سطر العناوين { $expected }. يجب وضع أي اسم أو فصل دراسي يحتوي على فاصلة بين علامتي اقتباس مزدوجتين.
import-error-unreadable = تعذّرت قراءة هذا الصف. يُرجى حفظ الملف بتنسيق «CSV UTF-8» والمحاولة مرة أخرى.
import-error-empty-external-id = المعرّف الخارجي فارغ.
import-error-empty-name = الاسم فارغ.
import-error-unknown-role = «{ $role }» ليس دورًا يعرفه Haven. الأدوار المتاحة هي: staff, volunteer, visitor, dsl, deputy_dsl, online_safety_lead, headteacher, chair_of_governors, vice_chair, safeguarding_governor, governor, slt, it_lead, stream_organiser, roster_admin, parent.
import-error-no-staff-role = يحتاج صف الموظف إلى دور واحد على الأقل غير «parent»، مثل «staff» أو «volunteer» أو «governor».
import-error-unknown-language = «{ $language }» ليست لغة يتحدث بها Haven. استخدم en-GB أو cy أو pl أو ar، أو اترك الحقل فارغًا لاختيار الإنجليزية.
import-error-no-class = يحتاج صف ولي الأمر إلى فصل دراسي واحد على الأقل. افصل بين الفصول المتعددة بالرمز «;».
import-error-duplicate-external-id = المعرّف الخارجي «{ $external_id }» مستخدم بالفعل في السطر { $first_line }.

## Import: the result

import-summary = تم الاستيراد — جديد: { $added }، محدَّث: { $updated }، دون تغيير: { $unchanged }، مُعلَّم كمغادر: { $left }.

## Invitations

invite-issued = { $count ->
        [one] تم إصدار رمز ربط واحد، وهو صالح حتى { $expires }.
        [two] تم إصدار رمزَي ربط، وهما صالحان حتى { $expires }.
        [few] تم إصدار { $count } رموز ربط، وهي صالحة حتى { $expires }.
        [many] تم إصدار { $count } رمزًا للربط، وهي صالحة حتى { $expires }.
       *[other] تم إصدار { $count } رمز ربط، وهي صالحة حتى { $expires }.
    }
invite-none = لم يتم إصدار أي رموز ربط: جميع الأشخاص المختارين لديهم حساب مرتبط بالفعل.
invite-file-written = الدعوات موجودة في { $path }. يحتوي الملف على الرموز: احفظه في مكان آمن واحذفه بعد إتمام الدمج البريدي.
invite-error-unknown-person = لا يوجد أحد في الدليل بالمعرّف الخارجي «{ $external_id }».
invite-error-leaver = الشخص صاحب المعرّف الخارجي «{ $external_id }» غادر المدرسة، لذا لم يتم إصدار رمز له.

# The letter or email sent to each person with their code (for the mail merge).
invite-letter-subject = الاتصال بـ { $school } عبر تطبيق المحادثة لديك
invite-letter =
    عزيزي/عزيزتي { $name }،

    تستخدم { $school } خدمة Haven لإرسال رسائل المدرسة إليك بشكل خاص، عبر تطبيق المحادثة الذي تستخدمه بالفعل.

    رمز الربط الشخصي الخاص بك هو: { $code }

    يُرجى إرسال هذا الرمز إلى بوت Haven الخاص بالمدرسة في محادثة خاصة. يعمل الرمز مرة واحدة فقط، وتنتهي صلاحيته في { $expires }. يُرجى عدم مشاركته مع أي شخص.
invite-letter-telegram = إذا كان Telegram مثبتًا على هاتفك، يمكنك بدلًا من ذلك فتح هذا الرابط: { $link }

## Import: checks that keep the school from being emptied

import-refused-empty = لم يتم استيراد أي شيء: الملف لا يحتوي على أي شخص، واستيراده سيجعل الجميع مغادرين. تحقق من اكتمال الملف المُصدَّر.
import-dry-run-summary = تجربة، لم يُكتب أي شيء. كان الاستيراد سيضيف { $added }، ويحدّث { $updated }، ويترك { $unchanged } دون تغيير، ويعلّم { $left } كمغادرين.
import-leaver-line = مغادر: { $external_id } { $name }
import-group-staff = جميع الموظفين
import-group-parents = جميع أولياء الأمور
import-group-class = أولياء أمور { $class }
import-leavers-group = { $group }: سيُعلَّم { $leaving } من { $total } كمغادرين.
import-refused-leavers = لم يتم استيراد أي شيء: الملف سيعلّم أكثر من { $percent }% من مجموعة كمغادرين (مذكورون أعلاه). تحقق من اكتمال الملف المُصدَّر؛ وإذا كان هؤلاء قد غادروا فعلًا، فشغّل الاستيراد مرة أخرى مع --allow-leavers.

## Invitations and account moves that never replace anything silently

invite-error-linked = لدى { $external_id } حساب محادثة مرتبط بالفعل، لذا لم يُصدَر رمز. لإصدار رمز على أي حال، أضف ‎--include-linked: سيُطلب من حسابه الحالي تأكيد النقل.
invite-error-live-code = صدر لـ { $external_id } اليوم في { $issued } رمز لا يزال يعمل، لذا لم يُصدَر رمز جديد. لاستبداله، أضف ‎--replace.
invite-skipped-live = { $count ->
        [one] استُبعد شخص واحد: رمز صدر له اليوم لا يزال يعمل (أضف ‎--replace لإصدار رمز جديد).
       *[other] استُبعد { $count } أشخاص: رموز صدرت لهم اليوم لا تزال تعمل (أضف ‎--replace لإصدار رموز جديدة).
    }
relink-approved = أصبح { $external_id } مرتبطًا بحسابه الجديد، وأُبلغ الحساب القديم.
relink-error-nothing-pending = لا يوجد لدى { $external_id } نقل حساب بانتظار الموافقة.
relink-error-too-soon = يمكن الموافقة على النقل لـ { $external_id } اعتبارًا من { $from }، بعد انتهاء فترة الانتظار.

## Import: safeguarding roles wait for confirmation

import-pending-role-line = بانتظار تأكيد مدير المدرسة أو الرئيس في المحادثة: { $external_id } { $name }: { $role }

## Import: the school keeps its leads; new accounts of leads

import-refused-no-leads = لم يُستورد شيء: بعد الاستيراد لن يشغل أي شخص نشط دور مدير المدرسة أو رئيس مجلس الأمناء أو مسؤول الحماية، فلن يتمكن أحد من تلقي المخاوف أو تأكيد أدوار الحماية. الخيار --allow-leavers لا يغيّر ذلك. تحقق من عمود الأدوار في الملف.
relink-error-guarded = يشغل { $external_id } دورًا في الحماية، لذا لا يستطيع مكتب المدرسة الموافقة على حساب جديد له. يؤكده أحد حساباته الحالية أو مدير المدرسة أو رئيس مجلس الأمناء في Haven.
