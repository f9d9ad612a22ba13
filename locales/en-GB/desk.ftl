## Haven — the case desk: signing in from the chat, and the desk's pages (en-GB, the source language).

## /desk in the chat

cmd-desk = Sign in to the case desk
discord-name-desk = desk
desk-link = Your sign-in link for the case desk. It works once, for you only, for { $minutes } minutes. Do not forward it.
    { $url }
desk-private-only = Please send /desk in your private chat with me, not in a group.
desk-off = The case desk is not turned on at this school.
desk-not-for-you = The case desk is for staff, volunteers and governors.
desk-link-too-many = You have asked for several sign-in links in the last hour. Please use the last one, or try again later.

## The page around everything

desk-name = Haven case desk
desk-skip = Skip to the content
desk-nav = Case desk
desk-nav-open = Open cases
desk-nav-closed = Closed cases
desk-nav-search = Search
desk-nav-access = Access log
desk-nav-export = Export a file
desk-nav-dashboard = Governors' dashboard
desk-signed-in-as = Signed in as { $name }
desk-sign-out = Sign out
desk-failed-title = Something went wrong
desk-failed = Nothing was changed. Please try again. If it happens again, give this reference to whoever runs Haven: { $reference }

## Signing in and out

desk-signed-out-title = Sign in to the case desk
desk-signed-out = To sign in, send /desk to Haven in your private chat and open the link it sends you. Links work once and for five minutes.
desk-signin-title = Sign in to the case desk
desk-signin-intro = This link signs you in once. Press the button to continue.
desk-signin-button = Sign in
desk-link-refused-title = This sign-in link cannot be used
desk-link-used = This link has already been used. Each link signs in once.
desk-link-expired = This link has expired. Links work for five minutes.
desk-link-unknown = This link is not valid.
desk-link-again = Send /desk to Haven in your private chat for a new link.
desk-forbidden-title = Not accepted
desk-forbidden = This form could not be checked, so nothing was changed. Please go back, reload the page and try again.
desk-signed-out-done-title = Signed out
desk-signed-out-done = You have signed out of the case desk. Send /desk to Haven to sign in again.

## Lists of cases

desk-open-title = Open cases
desk-no-cases = There are no cases for you here.
desk-col-ref = Reference
desk-col-urgency = Urgency
desk-col-status = Status
desk-col-reported = Reported
desk-col-acknowledged = Acknowledged
desk-not-acknowledged = Not acknowledged
desk-closed-title = Closed cases
desk-ago-days = { $n ->
        [one] 1 day ago
       *[other] { $n } days ago
    }
desk-ago-hours = { $n ->
        [one] 1 hour ago
       *[other] { $n } hours ago
    }
desk-ago-minutes = { $n ->
        [one] 1 minute ago
       *[other] { $n } minutes ago
    }

## Search

desk-search-title = Search cases
desk-search-ref = Reference
desk-search-pupil = Pupil's name
desk-search-category = Category
desk-search-from = Reported on or after
desk-search-to = Reported on or before
desk-search-status = Status
desk-search-any = Any
desk-search-button = Search
desk-search-found = { $count ->
        [one] 1 case found
       *[other] { $count } cases found
    }

## Access log

desk-access-title = Access log
desk-access-intro = Who opened or changed the cases you lead, newest first.
desk-access-none = Nothing has been recorded for the cases you lead.
desk-col-when = When
desk-col-who = Who
desk-col-what = What
desk-col-entry = Entry
desk-audit-view = Viewed
desk-audit-ack = Acknowledged
desk-audit-entry = Added an entry
desk-audit-status = Changed the status
desk-audit-close = Closed
desk-audit-hold = Changed the legal hold
desk-audit-refused = Tried to open it and was refused
desk-audit-export = Exported
desk-audit-report = Reported
desk-audit-other = Other

## One case

desk-case-title = Case { $ref }
desk-not-found-title = Case not found
desk-not-found = There is no such case, or it isn't one you can open.
desk-summary = Summary
desk-about = About
desk-groups = Category groups
desk-categories = Categories
desk-occurred = When it happened
desk-place = Where
desk-reported-by = Reported by
desk-hold = Legal hold
desk-chronology = Chronology
desk-chronology-hint = In the order the entries were recorded. Each shows when it was recorded and the time it refers to.
desk-referrals = Referrals
desk-referrals-none = No referrals have been recorded.
desk-review = Sexting initial review
desk-review-entry = Review in entry #{ $n }
desk-viewed = Who viewed this case

## Forms on a case

desk-actions = Actions
desk-ack-hint = Acknowledge that you have read this case. The reporter and the others handling it are told.
desk-entry-title = Add an entry
desk-entry-reason = Reason (needed for a decision)
desk-entry-agency = Agency (for a referral)
desk-entry-corrects = Entry number it corrects (for a correction)
desk-entry-when = When it happened
desk-entry-when-hint = Leave empty for now. Times are the school's local time.
desk-entry-button = Add the entry
desk-status-title = Change the status
desk-status-button = Change the status
desk-close-title = Close the case
desk-close-button = Close the case
desk-reopen-title = Reopen the case
desk-form-choose-status = Please choose a status. Nothing was changed.
desk-form-choose-outcome = Please choose an outcome. Nothing was changed.
concern-desk-open = Open in the case desk: { $url }
concern-entry-problem-kind = That kind of entry cannot be added here. Nothing was saved.
concern-entry-problem-text = Please write what the entry records (2 to 2000 characters). Nothing was saved.
concern-entry-problem-reason = A decision needs its reason (2 to 1000 characters). Nothing was saved.
concern-entry-problem-agency = A referral needs the agency it was made to. Nothing was saved.
concern-entry-problem-agency-ref = The agency's reference can be at most 100 characters. Nothing was saved.
concern-entry-problem-corrects = A correction needs the number of the entry it corrects. Nothing was saved.
concern-entry-problem-future = The time an entry refers to cannot be in the future. Nothing was saved.
concern-entry-problem-when = That time could not be read. Nothing was saved.
concern-entry-problem-close-reason = Please give the reason (5 to 2000 characters). Nothing was changed.

## Confirming a sign-in in the chat (the school's second factor)

desk-confirm = Someone is signing in to the case desk as you, with a link Haven sent you. Was it you? If you do nothing, the sign-in stops in { $minutes } minutes.
desk-confirm-yes = Yes, it's me
desk-confirm-no = No, it wasn't me
desk-confirmed = Thank you: you are signed in to the case desk. Go back to the page and press Continue.
desk-confirm-refused = The sign-in was stopped and shows nothing. If someone else may have your sign-in link, tell your DSL.
desk-confirm-waiting-title = Confirm it's you
desk-confirm-waiting = Haven has sent a question to your private chat. Press "Yes, it's me" there, then press Continue.
desk-confirm-continue = Continue
