# Machine translation; to be reviewed by a native speaker.

# Yr allweddi: hen allweddi, cylchdroi a'i wiriad, a ffeiliau y gall defnyddwyr eraill eu darllen (negeseuon i'r gweithredwr).

keys-old-key-unreadable = Nid yw cofnod { $number } o secrets.old_keys yn allwedd (base64 o 32 beit) nac yn ffeil allwedd y gellir ei darllen.
keys-wrong-key = Cafodd y gronfa ddata hon ei hamgryptio gydag allwedd arall (ôl bys { $stored }). Gosodwch yr allwedd honno fel secrets.key neu secrets.key_file. Yn ystod cylchdroi, gosodwch yr allwedd newydd yno a rhestrwch yr hen un yn secrets.old_keys (neu HAVEN_SECRETS__OLD_KEYS, wedi'u gwahanu gan atalnodau).
keys-in-use = Mae Haven yn rhedeg ar y gronfa ddata hon; stopiwch ef yn gyntaf, yna cylchdrowch yr allwedd.
keys-in-use-instances = Mae Haven yn dal i redeg ar y gronfa ddata hon (achosion byw: { $count }); stopiwch bob achos, yna cylchdrowch yr allwedd. Mae achos a ddaeth i ben heb stopio (wedi’i ladd, neu ei beiriant wedi’i golli) yn cyfrif fel un sy’n rhedeg tan { $seconds } eiliad ar ôl ei guriad calon olaf.
keys-rotating = Mae cylchdroi allwedd yn rhedeg ar y gronfa ddata hon; dechreuwch Haven eto pan fydd wedi gorffen.
keys-changed = Cafodd y gronfa ddata ei hail-amgryptio gydag allwedd arall (ôl bys { $stored }) tra oedd Haven yn rhedeg, felly mae Haven wedi stopio yn hytrach nag amgryptio dim gyda'r hen allwedd. Gosodwch secrets.key_file i bwyntio at yr allwedd newydd, rhestrwch yr hen un yn secrets.old_keys, a dechreuwch Haven eto.
keys-rotated = Mae popeth bellach wedi'i amgryptio gyda'r allwedd yn { $path } (ôl bys { $fingerprint }). Gosodwch secrets.key_file i bwyntio ati a rhestrwch yr hen allwedd yn secrets.old_keys; cadwch yr hen allwedd nes bod y copïau wrth gefn a wnaed gyda hi wedi dod i ben.
keys-check-line = { $table }.{ $column }: { $values } wedi'u hamgryptio gydag allwedd { $fingerprint } ({ $which ->
        [current] yr allwedd gyfredol
        [old] hen allwedd
       *[unknown] allwedd nad yw wedi'i gosod
    })
keys-check-none = Nid oes dim wedi'i amgryptio eto; yr allwedd gyfredol yw { $fingerprint }.
keys-check-current = Mae popeth wedi'i amgryptio gyda'r allwedd gyfredol ({ $fingerprint }).
keys-check-stale = Mae { $values } o werthoedd wedi'u hamgryptio yn dal i ddefnyddio allwedd heblaw'r un gyfredol ({ $fingerprint }). Rhestrwch eu hallweddi yn secrets.old_keys a rhedwch haven rotate-key eto gyda ffeil yr allwedd gyfredol.
keys-file-readable-by-others = Rhybudd: gall defnyddwyr eraill y cyfrifiadur hwn ddarllen { $path } (caniatâd { $mode }). Gwnewch hi'n ddarllenadwy i'w pherchennog yn unig: chmod 600 { $path }

# haven migrate-to: copïo'r gronfa ddata SQLite i PostgreSQL.
migrate-target-not-postgres = Mae haven migrate-to yn copïo i PostgreSQL: rhowch URL postgres://.
migrate-source-not-sqlite = Nid ffeil SQLite yw'r gronfa ddata a ffurfweddwyd ({ $url }), felly does dim i'w gopïo ohono.
migrate-in-use = Mae Haven yn rhedeg ar y gronfa ddata hon; stopiwch ef cyn ei chopïo.
migrate-table = { $table }: { $rows } rhes wedi'u copïo
migrate-sealed-failed = Ni agorodd { $failed } o werthoedd wedi'u hamgryptio yn PostgreSQL ar ôl y copi; nid yw'n ddiogel defnyddio'r copi.
migrate-done = Copïwyd { $tables } tabl ({ $rows } rhes); mae pob un o'r { $sealed } gwerth wedi'u hamgryptio yn agor gyda'r allwedd yn PostgreSQL. Gosodwch database.url i URL PostgreSQL a dechreuwch Haven.
