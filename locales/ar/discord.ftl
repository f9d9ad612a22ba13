# Machine translation; to be reviewed by a native speaker.
## Discord: أوامر الشرطة المائلة. العربية ليست من لغات Discord، لذا تبقى الأسماء بالإنجليزية.

discord-name-concern = concern
discord-name-cases = cases
discord-name-case = case
discord-name-whoami = whoami
discord-name-language = language
discord-name-link = link
discord-name-unlink = unlink
discord-name-help = help
discord-name-back = back
discord-name-cancel = cancel

discord-cmd-case = افتح حالة وسجّل ما حدث
discord-cmd-link = اربط حساب Discord هذا بالرمز من مكتب المدرسة
discord-cmd-unlink = إلغاء ربط حساب Discord هذا
discord-cmd-back = العودة إلى السؤال السابق

discord-opt-case = رقم الحالة، ثم ما يجب فعله
discord-opt-language = اللغة المطلوبة (English, Cymraeg, Polski, العربية)
discord-opt-code = رمز الربط الخاص بك، مثل ABCD-EFGH-JKMN
