# Machine translation; to be reviewed by a native speaker.

# Wiersze, których nie dało się odczytać i które odłożono, oraz `haven doctor`.

upkeep-draft-set-aside = Nie udało się otworzyć Twojego niedokończonego formularza, więc został odłożony; zacznij proszę od nowa. Nie ma to wpływu na nic, co wyślesz teraz.
upkeep-concern-set-aside = Nie udało się otworzyć zapisu dotyczącego ochrony dzieci, więc został odłożony (numer { $reference }). Pozostałe zgłoszenia działają bez zmian. Poproś osobę obsługującą Haven o uruchomienie „haven doctor” i podaj ten numer.
upkeep-directory-set-aside = Nie udało się odczytać wpisu w katalogu szkoły, więc został odłożony (numer { $reference }). Poproś osobę obsługującą Haven o uruchomienie „haven doctor” i podaj ten numer.

doctor-integrity-ok = Plik bazy danych: w porządku (test integralności SQLite zaliczony)
doctor-integrity-problem = Plik bazy danych: wykryto problem: { $detail }
doctor-sealed = Zaszyfrowane wartości w { $table }.{ $column }: { $values }, z czego { $failed } nie otwiera się tym kluczem
doctor-set-aside-none = Odłożone wiersze: brak
doctor-set-aside = Odłożono { $reference }: { $table }, wiersz { $row } ({ $column }), { $at }: { $what }; powiadomiono: { $reported }
doctor-healthy = Wszystko, co sprawdzono, jest w porządku.
doctor-unhealthy = Wykryto problemy (wymienione powyżej). Jeśli to możliwe, przywróć dotknięte wiersze z kopii zapasowej; wszystkie pozostałe wiersze działają dalej.
