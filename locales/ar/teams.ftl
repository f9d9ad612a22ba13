# Microsoft Teams: what the adapter adds to Haven's messages.

teams-answer-label = إجابتك
teams-answer-placeholder = اكتب إجابتك هنا. لن تظهر في المحادثة.
teams-answer-send = أرسل إجابتي
teams-answer-length = يُرجى كتابة ما بين { $min } و{ $max } حرفًا.
teams-answer-received = تم استلام الإجابة.

teams-app-short = مخاوف الحماية والسياسات ورسائل المدرسة
teams-app-full = ينقل Haven سياسة السلامة على الإنترنت الخاصة بالمدرسة إلى Teams: الإبلاغ عن مخاوف بشكل خاص، وقراءة سياسة الاستخدام المقبول وتوقيعها، وتلقي تفاصيل البث المباشر وتذكيرات المدرسة في محادثة خاصة.
