# Machine translation; to be reviewed by a native speaker.
## Microsoft Teams: what the adapter adds to Haven's messages.

teams-answer-label = إجابتك
teams-answer-placeholder = اكتب إجابتك هنا. لن تظهر في المحادثة.
teams-answer-send = أرسل إجابتي
teams-answer-length = يُرجى كتابة ما بين { $min } و{ $max } حرفًا.
teams-answer-received = تم استلام الإجابة.

teams-app-short = مخاوف الحماية والسياسات ورسائل المدرسة
teams-app-full = ينقل Haven سياسة السلامة على الإنترنت الخاصة بالمدرسة إلى Teams: الإبلاغ عن مخاوف بشكل خاص، وقراءة سياسة الاستخدام المقبول وتوقيعها، وتلقي تفاصيل البث المباشر وتذكيرات المدرسة في محادثة خاصة.
teams-package-no-app-id = تُسمّي الحزمة البوت: اضبط ‎[teams] app_id‎ (أو ‎HAVEN_TEAMS__APP_ID‎) أولًا.
teams-package-https = لا يقبل Teams في الحزمة إلا عناوين HTTPS: { $value }
teams-package-written = حزمة تطبيق Teams موجودة في { $value }. ارفعها في مركز إدارة Teams (إدارة التطبيقات، تحميل تطبيق جديد).
