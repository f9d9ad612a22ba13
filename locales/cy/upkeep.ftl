# Machine translation; to be reviewed by a native speaker.

# Rhesi na ellid eu darllen ac a roddwyd o'r neilltu, a `haven doctor`.

upkeep-draft-set-aside = Nid oedd modd agor eich ffurflen anorffenedig ac fe'i rhoddwyd o'r neilltu; dechreuwch eto os gwelwch yn dda. Nid effeithir ar unrhyw beth a anfonwch nawr.
upkeep-concern-set-aside = Nid oedd modd agor cofnod diogelu ac fe'i rhoddwyd o'r neilltu (cyfeirnod { $reference }). Nid effeithir ar unrhyw bryder arall. Gofynnwch i bwy bynnag sy'n rhedeg Haven redeg "haven doctor" a dyfynnu'r cyfeirnod.
upkeep-directory-set-aside = Nid oedd modd darllen cofnod yng nghyfeiriadur yr ysgol ac fe'i rhoddwyd o'r neilltu (cyfeirnod { $reference }). Gofynnwch i bwy bynnag sy'n rhedeg Haven redeg "haven doctor" a dyfynnu'r cyfeirnod.

doctor-integrity-ok = Ffeil y gronfa ddata: cadarn (llwyddodd gwiriad cywirdeb SQLite)
doctor-integrity-problem = Ffeil y gronfa ddata: canfuwyd problem: { $detail }
doctor-sealed = Gwerthoedd wedi'u selio yn { $table }.{ $column }: { $values }, ac nid yw { $failed } ohonynt yn agor gyda'r allwedd
doctor-set-aside-none = Rhesi o'r neilltu: dim
doctor-set-aside = O'r neilltu { $reference }: { $table } rhes { $row } ({ $column }) am { $at }: { $what }; pobl wedi'u hysbysu: { $reported }
doctor-healthy = Mae popeth a wiriwyd mewn trefn.
doctor-unhealthy = Canfuwyd problemau (wedi'u rhestru uchod). Adferwch y rhesi yr effeithiwyd arnynt o gopi wrth gefn os gallwch; mae pob rhes arall yn dal i weithio.
