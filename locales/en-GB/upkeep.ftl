# Rows that could not be read and were set aside, and `haven doctor`.

upkeep-draft-set-aside = Your unfinished form could not be opened and was set aside; please start again. Nothing you send now is affected.
upkeep-concern-set-aside = A safeguarding record could not be opened and was set aside (reference { $reference }). Every other concern is unaffected. Please ask whoever runs Haven to run "haven doctor" and quote the reference.
upkeep-directory-set-aside = A record in the school's directory could not be read and was set aside (reference { $reference }). Please ask whoever runs Haven to run "haven doctor" and quote the reference.

doctor-integrity-ok = Database file: sound (SQLite integrity check passed)
doctor-integrity-problem = Database file: problem found: { $detail }
doctor-sealed = Sealed values in { $table }.{ $column }: { $values }, of which { $failed } do not open with the key
doctor-set-aside-none = Rows set aside: none
doctor-set-aside = Set aside { $reference }: { $table } row { $row } ({ $column }) at { $at }: { $what }; people told: { $reported }
doctor-healthy = Everything checked is in order.
doctor-unhealthy = Problems were found (listed above). Restore the affected rows from a backup if you can; every other row keeps working.
