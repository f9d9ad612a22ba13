# Machine translation; to be reviewed by a native speaker.

# Klucze: stare klucze, rotacja i jej sprawdzenie oraz pliki, które mogą czytać inni użytkownicy (komunikaty dla operatora).

keys-old-key-unreadable = Pozycja { $number } w secrets.old_keys nie jest ani kluczem (base64 z 32 bajtów), ani czytelnym plikiem klucza.
keys-wrong-key = Ta baza danych została zaszyfrowana innym kluczem (odcisk { $stored }). Ustaw ten klucz jako secrets.key lub secrets.key_file. Podczas rotacji ustaw tam nowy klucz, a stary wpisz do secrets.old_keys (lub HAVEN_SECRETS__OLD_KEYS, oddzielone przecinkami).
keys-in-use = Haven działa na tej bazie danych; najpierw go zatrzymaj, a potem wykonaj rotację klucza.
keys-in-use-instances = Haven nadal działa na tej bazie danych (działające instancje: { $count }); zatrzymaj każdą instancję, a potem wykonaj rotację klucza. Instancja, która zakończyła się bez zatrzymania (zabita lub jej maszyna przepadła), liczy się jako działająca do { $seconds } sekund po swoim ostatnim sygnale życia.
keys-rotating = Na tej bazie danych trwa rotacja klucza; uruchom Haven ponownie, gdy się zakończy.
keys-changed = Baza danych została ponownie zaszyfrowana innym kluczem (odcisk { $stored }), gdy Haven działał, więc Haven zatrzymał się, zamiast szyfrować cokolwiek starym kluczem. Ustaw secrets.key_file na nowy klucz, wpisz stary do secrets.old_keys i uruchom Haven ponownie.
keys-rotated = Wszystko jest teraz zaszyfrowane kluczem z pliku { $path } (odcisk { $fingerprint }). Ustaw secrets.key_file na ten plik i wpisz stary klucz do secrets.old_keys; zachowaj stary klucz, dopóki nie wygasną kopie zapasowe utworzone przy jego użyciu.
keys-check-line = { $table }.{ $column }: { $values } zaszyfrowanych kluczem { $fingerprint } ({ $which ->
        [current] bieżący klucz
        [old] stary klucz
       *[unknown] klucz, który nie jest skonfigurowany
    })
keys-check-none = Nic nie jest jeszcze zaszyfrowane; bieżący klucz to { $fingerprint }.
keys-check-current = Wszystko jest zaszyfrowane bieżącym kluczem ({ $fingerprint }).
keys-check-stale = { $values } zaszyfrowanych wartości nadal używa innego klucza niż bieżący ({ $fingerprint }). Wpisz ich klucze do secrets.old_keys i ponownie uruchom haven rotate-key z plikiem bieżącego klucza.
keys-file-readable-by-others = Uwaga: inni użytkownicy tego komputera mogą czytać { $path } (uprawnienia { $mode }). Ustaw odczyt tylko dla właściciela: chmod 600 { $path }

# haven migrate-to: kopiowanie bazy SQLite do PostgreSQL.
migrate-target-not-postgres = haven migrate-to kopiuje do PostgreSQL: podaj adres postgres://.
migrate-source-not-sqlite = Skonfigurowana baza danych ({ $url }) nie jest plikiem SQLite, więc nie ma z czego kopiować.
migrate-in-use = Haven działa na tej bazie danych; zatrzymaj go przed kopiowaniem.
migrate-table = { $table }: skopiowano wiersze: { $rows }
migrate-sealed-failed = Zaszyfrowane wartości, których nie udało się otworzyć w PostgreSQL po kopiowaniu: { $failed }; kopii nie można bezpiecznie używać.
migrate-done = Skopiowano tabele: { $tables } (wiersze: { $rows }); wszystkie zaszyfrowane wartości ({ $sealed }) otwierają się kluczem w PostgreSQL. Ustaw database.url na adres PostgreSQL i uruchom Haven.
