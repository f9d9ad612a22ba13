# Machine translation; to be reviewed by a native speaker.
## إجابات كُتبت لسؤال واحد خارج المحادثة (على Discord، في نافذة)، عندما يكون ذلك السؤال قد تجاوزه النموذج.

form-answer-moved-on = السؤال الذي كتبت هذا من أجله لم يعد قائماً (أُجيب عنه بطريقة أخرى أو تغيّر أو أُغلق)، لذلك لم أحفظ إجابتك في أي مكان. إليك ما كتبته حتى لا يضيع شيء:
    { $text }

## A sensitive answer that was refused (too long, too short) is removed from the chat like an
## accepted one; its writer gets it back for ten minutes, to correct it.

form-answer-refused-given-back = أزلتُ إجابتك من المحادثة. إليك ما كتبته حتى تتمكن من تصحيحه؛ ستُزال هذه الرسالة بعد 10 دقائق:
    { $text }
