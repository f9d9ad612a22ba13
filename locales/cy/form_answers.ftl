# Machine translation; to be reviewed by a native speaker.
## Atebion a ysgrifennwyd ar gyfer un cwestiwn y tu allan i'r sgwrs (ar Discord, mewn ffenestr),
## pan fo'r cwestiwn hwnnw wedi symud ymlaen.

form-answer-moved-on = Mae'r cwestiwn y gwnaethoch ysgrifennu hwn ar ei gyfer wedi symud ymlaen (cafodd ei ateb mewn ffordd arall, ei newid neu ei gau), felly nid wyf wedi cadw eich ateb yn unman. Dyma beth ysgrifennoch chi, fel nad oes dim yn cael ei golli:
    { $text }
