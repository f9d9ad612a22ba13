# Machine translation; to be reviewed by a native speaker.
## Atebion a ysgrifennwyd ar gyfer un cwestiwn y tu allan i'r sgwrs (ar Discord, mewn ffenestr),
## pan fo'r cwestiwn hwnnw wedi symud ymlaen.

form-answer-moved-on = Mae'r cwestiwn y gwnaethoch ysgrifennu hwn ar ei gyfer wedi symud ymlaen (cafodd ei ateb mewn ffordd arall, ei newid neu ei gau), felly nid wyf wedi cadw eich ateb yn unman. Dyma beth ysgrifennoch chi, fel nad oes dim yn cael ei golli:
    { $text }

## A sensitive answer that was refused (too long, too short) is removed from the chat like an
## accepted one; its writer gets it back for ten minutes, to correct it.

form-answer-refused-given-back = Rwyf wedi tynnu eich ateb o'r sgwrs. Dyma beth ysgrifennoch chi, er mwyn i chi allu ei gywiro; caiff y neges hon ei thynnu ymhen 10 munud:
    { $text }
