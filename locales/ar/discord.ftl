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
discord-name-aup = aup
discord-name-stream = stream
discord-name-streams = streams
discord-name-broadcast = broadcast
discord-name-campaign = campaign
discord-name-optout = optout
discord-name-optin = optin


discord-opt-case = رقم الحالة، ثم ما يجب فعله
discord-opt-language = اللغة المطلوبة (English, Cymraeg, Polski, العربية)
discord-opt-code = رمز الربط الخاص بك، مثل ABCD-EFGH-JKMN
discord-opt-aup = اتركه فارغًا لعرض سياساتك؛ أو report أو publish (منسق السلامة على الإنترنت)
discord-opt-cases = اتركه فارغًا للحالات المفتوحة؛ أو closed للحالات المغلقة
discord-opt-stream = اتركه فارغًا للمساعدة؛ أو new أو report ID أو time ID … أو rotate ID أو cancel ID أو log
discord-opt-broadcast = اتركه فارغًا لكتابة رسالة؛ أو status أو status ID أو cancel ID
discord-opt-campaign = sid؛ ثم date YYYY-MM-DD أو theme مع الموضوع أو confirm

## الإجابات المكتوبة في نافذة: العناوين والتسميات 45 حرفاً على الأكثر.

discord-write-button = اكتب إجابتي
discord-write-title = اكتب إجابتك
discord-write-label = إجابتك
discord-write-placeholder = لن يبقى أي شيء تكتبه هنا في هذه المحادثة.
discord-write-stale = هذا الزر يخص سؤالاً سابقاً. يُرجى الإجابة عن أحدث سؤال، أو كتابة إجابتك في رسالة.
discord-name-report = report
discord-opt-report = اتركه فارغًا للعام الدراسي حتى الآن؛ أو تاريخين، من إلى (YYYY-MM-DD)
