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
