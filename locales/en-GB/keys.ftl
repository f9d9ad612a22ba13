# The keys: old keys, rotation and its check, and files other users can read (operator messages).

keys-old-key-unreadable = Entry { $number } of secrets.old_keys is neither a key (base64 of 32 bytes) nor a key file that can be read.
keys-wrong-key = This database was encrypted with another key (fingerprint { $stored }). Configure that key as secrets.key or secrets.key_file. During a rotation, configure the new key there and list the old one in secrets.old_keys (or HAVEN_SECRETS__OLD_KEYS, separated by commas).
keys-in-use = Haven is running on this database; stop it first, then rotate the key.
keys-in-use-instances = Haven is still running on this database (instances alive: { $count }); stop every instance, then rotate the key. An instance that ended without stopping (killed, or its machine lost) counts as running until { $seconds } seconds after its last heartbeat.
keys-rotating = A key rotation is running on this database; start Haven again when it has finished.
keys-changed = The database was re-encrypted with another key (fingerprint { $stored }) while Haven was running, so Haven has stopped rather than encrypt anything with the old key. Point secrets.key_file at the new key, list the old one in secrets.old_keys, and start Haven again.
keys-rotated = Everything is now encrypted with the key in { $path } (fingerprint { $fingerprint }). Point secrets.key_file at it and list the old key in secrets.old_keys; keep the old key until your backups made with it have expired.
keys-check-line = { $table }.{ $column }: { $values } encrypted with key { $fingerprint } ({ $which ->
        [current] the current key
        [old] an old key
       *[unknown] a key that is not configured
    })
keys-check-none = Nothing is encrypted yet; the current key is { $fingerprint }.
keys-check-current = Everything is encrypted with the current key ({ $fingerprint }).
keys-check-stale = { $values } encrypted values still use another key than the current one ({ $fingerprint }). List their keys in secrets.old_keys and run haven rotate-key again with the current key's file.
keys-file-readable-by-others = Warning: other users of this computer can read { $path } (permissions { $mode }). Make it readable by its owner only: chmod 600 { $path }

# haven migrate-to: copying the SQLite database into PostgreSQL.
migrate-target-not-postgres = haven migrate-to copies into PostgreSQL: give a postgres:// URL.
migrate-source-not-sqlite = The configured database ({ $url }) is not a SQLite file, so there is nothing to copy from.
migrate-in-use = Haven is running on this database; stop it before copying it.
migrate-table = { $table }: { $rows } rows copied
migrate-sealed-failed = { $failed } encrypted values did not open in PostgreSQL after the copy; the copy is not safe to use.
migrate-done = Copied { $tables } tables ({ $rows } rows); all { $sealed } encrypted values open with the key in PostgreSQL. Point database.url at the PostgreSQL URL and start Haven.
