### Roster import and link-code invitations (used by the roster admin's tools).

## Import: one line per problem, "Line 7: …"

import-error-at-line = Line { $line }: { $problem }
import-failed = The file was not imported, because { $count ->
        [one] one row has a problem
       *[other] { $count } rows have problems
    }. Nothing has been changed. Correct the file and import it again.
import-error-missing-column = The header has no “{ $column }” column. Check that the first line names the columns and that the file is comma-separated.
import-error-field-count = This row has { $found } fields but the header has { $expected }. A name or class containing a comma must be in double quotes.
import-error-unreadable = This row could not be read. Save the file as “CSV UTF-8” and try again.
import-error-empty-external-id = The external id is empty.
import-error-empty-name = The name is empty.
import-error-unknown-role = “{ $role }” is not a role Haven knows. Roles are: staff, volunteer, visitor, dsl, deputy_dsl, online_safety_lead, headteacher, chair_of_governors, vice_chair, safeguarding_governor, governor, slt, it_lead, stream_organiser, roster_admin, parent.
import-error-no-staff-role = A staff row needs at least one role other than parent, such as staff, volunteer or governor.
import-error-unknown-language = “{ $language }” is not a language Haven speaks. Use en-GB, cy, pl or ar, or leave it empty for English.
import-error-no-class = A parent row needs at least one class. Separate several classes with “;”.
import-error-duplicate-external-id = The external id “{ $external_id }” is already used on line { $first_line }.

## Import: the result

import-summary = Imported { $added } new, { $updated } updated, { $unchanged } unchanged, { $left } marked as leavers.

## Invitations

invite-issued = { $count ->
        [one] Issued one link code, valid until { $expires }.
       *[other] Issued { $count } link codes, valid until { $expires }.
    }
invite-none = No link codes were issued: everyone chosen already has a linked account.
invite-file-written = The invitations are in { $path }. It contains the codes: keep it safe and delete it after the mail merge.
invite-error-unknown-person = No one in the directory has the external id “{ $external_id }”.
invite-error-leaver = The person with external id “{ $external_id }” has left the school, so no code was issued.

# The letter or email sent to each person with their code (for the mail merge).
invite-letter-subject = Connect to { $school } in your chat app
invite-letter =
    Dear { $name },

    { $school } uses Haven to send you school messages privately, in the chat app you already use.

    Your personal link code is: { $code }

    Send this code to the school's Haven bot in a private chat. The code works once and expires on { $expires }. Please do not share it with anyone.
invite-letter-telegram = On a phone with Telegram, you can also open this link instead: { $link }

## Import: checks that keep the school from being emptied

import-refused-empty = Nothing was imported: the file has no people in it, and importing it would mark everyone as a leaver. Check that the export is complete.
import-dry-run-summary = Dry run, nothing was written. The import would add { $added }, update { $updated }, leave { $unchanged } unchanged and mark { $left } as leavers.
import-leaver-line = leaver: { $external_id } { $name }
import-group-staff = all staff
import-group-parents = all parents
import-group-class = the parents of { $class }
import-leavers-group = { $group }: { $leaving } of { $total } would be marked as leavers.
import-refused-leavers = Nothing was imported: the file would mark more than { $percent }% of a group as leavers (listed above). Check that the export is complete; if these people really have left, run the import again with --allow-leavers.

## Invitations and account moves that never replace anything silently

invite-error-linked = { $external_id } already has a linked chat account, so no code was issued. To issue one anyway, add --include-linked: their current account will be asked to confirm a move.
invite-error-live-code = { $external_id } was issued a code today at { $issued } that still works, so no new code was issued. To replace it, add --replace.
invite-skipped-live = { $count ->
        [one] One person was left out: a code issued to them today still works (add --replace to issue a new one).
       *[other] { $count } people were left out: codes issued to them today still work (add --replace to issue new ones).
    }
relink-approved = { $external_id } is now linked to their new account, and the old account has been told.
relink-error-nothing-pending = { $external_id } has no account move waiting for approval.
relink-error-too-soon = The move for { $external_id } can be approved from { $from }, once the waiting period is over.

## Import: safeguarding roles wait for confirmation

import-pending-role-line = waiting for the Headteacher or the Chair to confirm in chat: { $external_id } { $name }: { $role }

## Import: the school keeps its leads; new accounts of leads

import-refused-no-leads = Nothing was imported: afterwards nobody active would hold the role of Headteacher, Chair of Governors or DSL, so nobody could receive concerns or confirm safeguarding roles. --allow-leavers does not change this. Check the roles column of the file.
relink-error-guarded = { $external_id } holds a safeguarding role, so the school office cannot approve a new account for them. One of their existing accounts, the Headteacher or the Chair of Governors confirms it in Haven.
