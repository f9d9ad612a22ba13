## Haven — core messages (en-GB, the source language).

## Guided prompts

form-generic-title = form
form-intro = Starting: { $title }. You can type /back to go back, /cancel to stop, or /help at any step.
form-help-generic = Answer with the buttons, or type your answer. /back goes to the previous question, /cancel stops without saving.
form-help-review = Check your answers. Press Submit to send, Change an answer to correct one, or Cancel to stop without saving.
form-back-at-start = This is the first question, so there is nothing to go back to.
form-cannot-skip = This question needs an answer before we can go on.
form-use-buttons = Please choose one of the buttons.
form-type-answer = Please type your answer as a message.
form-too-many = You can choose up to { $max }. Untick one first.
form-pick-one = Please choose at least one option, then press Done.
form-text-too-long = That is { $length } characters; the limit here is { $max }. Please shorten it and send it again.
form-text-too-short = Please write at least { $min ->
    [one] one character
   *[other] { $min } characters
}.
form-date-unreadable = I couldn't read that date. Try "today 14:30", "yesterday", or "21/11/2026 09:15".
form-date-future = That time is in the future. Please give when it happened.
form-date-past = That time has already passed. Please give a time in the future.
form-done = Done
form-yes = Yes
form-no = No
form-now = Now
form-today = Earlier today
form-yesterday = Yesterday
form-time-of-day = At what time on { $date }? Type it like 14:30. If you're not sure of the exact time, give your best estimate.
form-skip = Skip
form-skipped = (skipped)
form-submit = Submit
form-change = Change an answer
form-cancel = Cancel
form-review = Please check your { $title }:
    { $answers }
form-choose-change = Which answer would you like to change?
form-already-open = You already have an unfinished { $title }. Carry on below, or type /cancel to stop it first.
form-outdated = This form has changed since you started it, so your unfinished answers were cleared. Please start again.
form-stale-button = That button belongs to an earlier message, so I've ignored it. Here is where you are now:
form-cancelled = Cancelled. Nothing from this { $title } has been kept.
form-text-only = I can only take typed text here. Please describe it in words.
form-idle-reminder = You have an unfinished { $title }. Carry on whenever you're ready, or type /cancel. Unfinished answers are deleted after a day.
form-expired = Your unfinished { $title } was deleted because it had not been touched for a day. Nothing was sent.
form-intro-kept = Starting: { $title }. You can type /back to go back, /cancel to stop, or /help at any step. If you need a break, your unfinished answers are kept until { $until } (the end of the next school day) after your last answer.
form-idle-reminder-kept = You have an unfinished { $title }. Carry on whenever you're ready, or type /cancel. Your answers are kept until { $until }.
form-expiry-warning = Your unfinished { $title } will be deleted at { $until } unless you carry on. Answer the question above to keep it, or type /cancel.
form-expired-kept = Your unfinished { $title } was deleted at { $until }, the end of the school day it was kept to. Nothing was sent.
form-none-open = There is nothing in progress to go back from or cancel.
form-remove-failed = I couldn't remove one of your earlier messages from this chat. Please delete it yourself.

## Accounts and linking

welcome-unlinked = Hello! I'm the school's Haven assistant. To get started, send me the link code the school office gave you, like this: /link ABCD-EFGH-JKMN
welcome-back = Welcome back, { $name }. Type /help to see what I can do.
link-usage = Send your link code after the command, like this: /link ABCD-EFGH-JKMN
link-private-only = For your safety, link codes only work in a private chat with me. Please message me directly.
link-too-many-tries = Too many wrong codes have been tried from this account. Please wait an hour, or ask the school office for a new code.
link-code-wrong = That code isn't right. Please check it and try again ({ $left ->
    [one] one more try
   *[other] { $left } more tries
} this hour).
link-code-wrong-last = That code isn't right, and that was the last try for this hour. Please wait an hour before trying again, or ask the school office for a new code.
link-code-replaced = That code was replaced by a newer code the school office issued for you. Please use the newest code you were given, or ask the office for one.
link-code-expired = That code has expired. Please ask the school office for a new one.
link-code-used = That code has already been used. If you didn't use it, please tell the school office.
link-done = Thank you, { $name }. This account is now linked to { $school }.
unlink-done = This account is no longer linked to { $name }. You can link again with a new code from the school office.
not-linked = I don't know who you are yet. Please send me the link code from the school office: /link ABCD-EFGH-JKMN. To raise a concern about a child, contact { -office } straight away.
private-only = Please use this in a private chat with me.
sent-privately = I've sent you a private message.
group-pointer-unlinked = Please message me privately to get started.
whoami = You are { $name }.
    Roles: { $roles }
    Linked on: { $platforms }
    Language: { $language }

-office = the school office

platform-console = Console
platform-telegram = Telegram
platform-discord = Discord
platform-teams = Microsoft Teams

role-staff = staff
role-volunteer = volunteer
role-visitor = visitor
role-dsl = Designated Safeguarding Lead
role-deputy_dsl = deputy DSL
role-online_safety_lead = online safety lead
role-headteacher = Headteacher
role-chair_of_governors = Chair of Governors
role-vice_chair = Vice-Chair of Governors
role-safeguarding_governor = Safeguarding Governor
role-governor = governor
role-slt = senior leadership
role-it_lead = IT lead
role-stream_organiser = livestream organiser
role-roster_admin = roster admin
role-parent = parent or carer

language-name-en-GB = English
language-name-cy = Cymraeg
language-name-pl = Polski
language-name-ar = العربية
language-choose = Which language would you like me to use?
language-set = I'll write to you in { $language } from now on.
language-unknown = I don't know that language. Type /language to see the choices.

help-unlinked = I help the school keep children safe online. Send me your link code from the school office to begin: /link ABCD-EFGH-JKMN
help-staff = What I can do for you:
    { $commands }
help-parent = What I can do for you:
    { $commands }
    The school will send you private messages here, such as livestream details and reminders.
help-line = { $command } — { $what }

## Errors and fallbacks

error-internal = Sorry, something went wrong on our side and nothing was changed. If it keeps happening, tell the school office and quote reference { $reference }.
error-busy = Sorry, Haven is very busy and could not take your message just now, so nothing was changed. { $again ->
        [itself] It will be taken by itself in a moment: there is no need to send it again.
       *[resend] Please send it again in a minute.
    } If it keeps happening, tell the school office and quote reference { $reference }.
error-answer-given-back = I could not save the answer you wrote, so here it is, and nothing is lost:
    { $text }
text-not-understood = I'm not sure what you mean. Type /help to see what I can do.
attachment-not-expected = I can't accept files or pictures. Please don't send images of children here.
command-unknown = I don't know the command /{ $command }. Type /help to see what I can do.
open-private-chat = Open a private chat
delivery-unreachable = I couldn't deliver a message to { $name } on { $platform }: { $reason }. Please contact them another way.
delivery-reason-unreachable = they can't be reached there (they may have blocked the bot or closed direct messages)
delivery-reason-not-linked = they have no linked chat account
delivery-remove-failed-group = I couldn't remove a message from a group chat on { $platform } (chat { $group }): { $reason }. Please have it deleted there now, by a moderator of that chat if need be.
delivery-remove-reason-forbidden = the bot isn't allowed to delete messages there (on Discord it needs the Manage Messages permission in that channel; on Telegram it must be an admin who may delete messages, and only messages from the last 48 hours; on Microsoft Teams a bot can never delete people's messages)
delivery-remove-reason-other = the chat app did not accept the request

## Command menu descriptions

cmd-help = What I can do
cmd-whoami = Who I think you are
cmd-language = Choose your language
cmd-concern = Report a concern, privately
cmd-cases = Cases you can see (/cases closed: the closed ones)
cmd-cancel = Stop what you are doing
cmd-case = Open a case and record what happened
cmd-back = Go back to the previous question
cmd-link = Link this account with your code from the school office
cmd-unlink = Unlink this account
cmd-start = Begin, with your code from the school office if you have one
cmd-clock = Show or move Haven's clock (the local console only)

## The local console

console-welcome = Haven console. Type /as NAME to speak as someone (try /as Daniel), /people to list everyone, /in group NAME or /in private to choose where you type, a number to press a button, /clock +2h to move time forward, /quit to leave.
console-to-private = ── to { $who } (private chat)
console-to-group = ── to group { $who }
console-removed = ── (a message was removed from { $who }'s chat)
console-now-private = You are typing in your private chat with Haven.
console-now-group = You are typing in the group { $group }.
console-now-person = You are now { $name }.
console-now-stranger = Nobody called { $name } is in the directory; you are typing as an unlinked account.
console-ambiguous = More than one person matches: { $names }. Type more of the name.
console-choose-person = First choose who you are: /as NAME (type /people to list everyone).
console-clock-now = Haven's clock says { $time } (the school's time). Move it forward with /clock +30m, +2h, +3d or /clock 2027-02-08 09:00.
console-clock-usage = /clock shows Haven's time. /clock +30m, +2h, +3d or +1w moves it forward by so much; /clock 2027-02-08 09:00 moves it to that time (the school's time).
console-clock-backwards = Haven's clock never goes backwards: it is already { $time }, later than { $asked }.
console-clock-fixed = This clock keeps the real time and cannot be moved.
console-clock-moved = Haven's clock is now { $time }. Running what fell due…
console-clock-sent = { $count ->
    [0] Nothing was sent.
    [one] 1 message was sent (above).
   *[other] { $count } messages were sent (above).
}
clock-console-only = /clock moves time only in the local console, for trying Haven out. Here Haven keeps the real time.

## Operator commands

check-school = School: { $name } (time zone { $tz })
check-database = Database: { $url }
check-key-ok = Encryption key: found
check-key-missing = Encryption key: missing. Set HAVEN_SECRETS__KEY or secrets.key_file; Haven will not start a chat platform without one.
check-console-only = No chat platform token is configured: Haven will start the local console.
check-platforms = Chat platforms that will start: { $platforms }
check-calendar = School calendar: { $terms ->
    [one] 1 term range
   *[other] { $terms } term ranges
}, { $closures ->
    [one] 1 closure
   *[other] { $closures } closures
}; bank holidays: { $bank ->
    [none] none
   *[other] England and Wales
}.
check-calendar-next = Next school day: { $date }
check-calendar-no-next = No school day in the next ten years: check school_hours.days and [school.calendar].
check-calendar-last-term = The last term ends on { $date }; after it every school weekday counts as a school day until more terms are added.
calendar-file-unreadable = Cannot read the school calendar file { $file }: { $error }
calendar-file-bad = The school calendar file { $file } has a mistake on line { $line }: { $problem }
calendar-file-bad-whole = The school calendar file { $file } cannot be used: { $problem }
calendar-problem-format = its name must end in .ics (iCalendar) or .csv.
calendar-problem-not-ics = it is not an iCalendar file (no BEGIN:VCALENDAR line).
calendar-problem-unfinished = this event (BEGIN:VEVENT) has no END:VEVENT.
calendar-problem-no-start = this event has no DTSTART.
calendar-problem-date = “{ $value }” is not a date (iCalendar: YYYYMMDD; CSV: YYYY-MM-DD).
calendar-problem-end-before-start = it ends before it starts.
calendar-problem-header = the first row must be the header kind,start,end,name.
calendar-problem-kind = “{ $value }” is not a kind: use term or closure.
calendar-problem-row = the row cannot be read.
config-file-missing = The configuration file { $path } does not exist.
start-key-missing = No encryption key: set HAVEN_SECRETS__KEY or secrets.key_file ({ $path } does not exist). Haven will not store concerns unencrypted.
report-period-backwards = The start of the period (--from { $from }) is after its end (--to { $to }).

## People steps of a form (who a report is about)

form-people-none = None of them
form-people-unsure = I'm not sure
form-people-pick = Tap the people it is about, then press Done; or press "None of them" or "I'm not sure".
form-people-pick-any = Tap the people, then press Done; or press "None of them".
form-people-not-found = I couldn't find anyone of that name in the school's directory. Check the spelling, try their surname or role, or use the buttons.
form-people-review = { $names }
form-people-review-unsure = Not sure: { $names }
## Link codes that cannot be hijacked

link-code-seen-in-group = That looked like a link code, so it no longer works, and I've asked for the message to be removed. Link codes must only ever be sent to me in a private chat. Its owner can get a new one from the school office.
link-code-revoked-owner = Your link code was posted in a group chat, so I have cancelled it to keep your account safe. Please ask the school office for a new one, and send it only to me, in a private chat.
link-code-revoked-office = The link code of { $name } ({ $external_id }) was posted in a group chat on { $platform }, so it has been cancelled. Issue a new one with: haven invite --person { $external_id }
link-code-revoked = That code was cancelled because it was seen outside a private chat. Please ask the school office for a new one.
link-relink-confirm = Someone has just used a link code for your record from a different { $platform } account. If that was you (on a new phone, for example), press “Yes, move me”, and this account will be unlinked. If it was not you, press “No” and the school office will be told.
link-relink-yes = Yes, move me
link-relink-no = No, that wasn't me
link-relink-waiting = This person already has an account linked on { $platform }. I've asked that account to confirm the move; you'll hear from me when it does. If it can't, the school office can approve the move after a waiting period.
link-relink-declined = The move was not confirmed, so this account has not been linked. If you think this is a mistake, please contact the school office.
link-relink-kept = Thank you. Your account stays linked, and the other account was not linked. The school office has been told.
link-relink-declined-office = A link code for { $name } ({ $external_id }) was used from a new { $platform } account, and their current account said it was not them. The new account was not linked.
link-relink-moved = Your record has been moved to another { $platform } account, so this account is no longer linked. If this wasn't you, contact the school office straight away.

## Safeguarding roles need a second person

role-confirm-ask = Please confirm a safeguarding role: the school's directory now gives { $name } ({ $external_id }) the role “{ $role }”. Until you confirm it, they do not receive or see any concern. Confirm only if you know this is right; if you do not recognise it, refuse.
role-confirm-yes = Confirm
role-confirm-no = Refuse
role-pending-notice = For your information: the school's directory now gives { $name } ({ $external_id }) the role “{ $role }”. It takes effect only when the Headteacher or the Chair of Governors confirms it.
role-confirmed = { $by } confirmed the role “{ $role }” for { $name } ({ $external_id }). It is now in effect.
role-refused = { $by } refused the role “{ $role }” for { $name } ({ $external_id }). It does not take effect.
role-granted-you = You now hold the role “{ $role }” in Haven.
role-removed-notice = { $name } ({ $external_id }) no longer holds { $roles } in Haven: the school's directory changed.
role-leaver-notice = { $name } ({ $external_id }), who held { $roles }, has been marked as a leaver in the school's directory and no longer receives or sees concerns.
role-removed-you = You no longer hold { $roles } in Haven: the school's directory changed. If this is a mistake, please speak to the Headteacher.
role-holder-new-account-you = Your Haven record has just been linked to a { $platform } account as well. If this wasn't you, tell the Headteacher or the DSL straight away.
role-holder-new-account = For your information: { $name } has linked a new { $platform } account to Haven.

## A safeguarding-role holder's new account waits for confirmation

role-leaver-you = You have been marked as a leaver in the school's directory, so you no longer hold { $roles } in Haven and no longer receive or see concerns. If this is a mistake, please speak to the Headteacher.
link-add-confirm = Someone has just used a link code for your record from a new { $platform } account. Because you hold a safeguarding role, it is linked only once you confirm. If that was you, press “Yes, add it”. If not, press “No, that wasn't me” and the DSL team will be told.
link-add-yes = Yes, add it
link-add-confirm-lead = A link code for { $name } ({ $external_id }) has just been used from a new { $platform } account. Because they hold a safeguarding role, it is linked only once they (from an account already linked), the Headteacher or the Chair of Governors confirm. Confirm only if you know the account is theirs.
link-add-waiting = This person holds a safeguarding role and already has an account linked to Haven. This account is linked only once that account, the Headteacher or the Chair of Governors confirms it; you'll hear from me when they do.
link-add-kept = Thank you. The new account was not linked. The DSL team and the school office have been told.
link-add-declined-notice = A link code for { $name } ({ $external_id }) was used from a new { $platform } account, and { $by } said it should not be linked. The new account was not linked.
