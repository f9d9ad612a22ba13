## Broadcasts and the Safer Internet Day campaign (en-GB, the source language).

cmd-broadcast = Send a message to staff, parents or governors
cmd-optout = Stop non-essential school broadcasts
cmd-optin = Receive school broadcasts again
cmd-campaign = Safer Internet Day: its date, theme and messages

## Who may broadcast, and how

b-not-allowed = Only the online safety lead and senior leadership can send broadcasts or plan campaigns. Nothing was sent.
b-usage = Use /broadcast to write a new message, /broadcast status (or /broadcast status 12) to follow one, or /broadcast cancel 12 to stop one.
b-cancel-usage = Say which broadcast to cancel, like this: /broadcast cancel 12. /broadcast status lists the latest ones.
b-button-stale = That button is no longer valid (the broadcast was already sent, cancelled or belongs to someone else), so nothing was changed.
b-unknown-id = There is no broadcast number { $id }.

## The form

b-form-title = broadcast
b-aud-staff = All staff
b-aud-parents = All parents
b-aud-classes = Parents of some classes
b-aud-governors = Governors
b-ask-audience = Who should receive it? Tick everyone who should, then press Done. Each person gets it once, privately, in their own language.
b-label-audience = Audience
b-help-audience = Staff means everyone who works or volunteers at the school. Parents of some classes lets you choose class groups next. Governors are the governing board.
b-classes-list = The class groups are: { $classes }.
b-ask-classes = Which classes? Type their names or numbers, separated by commas (for example: 1, 2).
b-label-classes = Classes
b-help-classes = Type class group names or their numbers from the list, separated by commas.
b-classes-unknown = I don't know one of those classes. The class groups are: { $classes }. Please type them again.
b-content-sid-staff = Safer Internet Day (staff, with classroom resources)
b-content-sid-parents = Safer Internet Day (parents)
b-content-sid-today = Safer Internet Day is today (parents)
b-content-workshop = Parent online-safety workshop
b-content-aup = Acceptable Use Policy reminder
b-content-custom = My own text
b-ask-content = What should it say? Choose a ready-made message (each person reads it in their own language) or write your own.
b-label-content = Message
b-help-content = Ready-made messages are translated for every reader. Your own text is sent as you write it, inside a short translated introduction.
b-ask-text = Type your message (up to { $max } characters). It is sent exactly as you write it.
b-label-text = Your text
b-help-text = Write the message as you want parents or staff to read it. Please do not include anything about an individual child.
b-ask-details = Add a line of details, such as a date, time and place (up to { $max } characters), or press Skip.
b-label-details = Details
b-help-details = This line is added to the end of the ready-made message, as you type it.
b-ask-essential = Is this message essential? Parents who opted out of school broadcasts still receive essential ones.
b-label-essential = Essential
b-help-essential = Mark a message essential only when every parent must see it (for example, a safety warning). Everything else respects parents' choice to opt out.
b-when-now = Send now
b-when-later = Send later
b-ask-when = When should it go?
b-label-when = When
b-help-when = Send now queues it straight away. Send later lets you choose a date and time.
b-ask-at = When should it be sent? For example "21/11/2026 09:00" or "tomorrow 16:00".
b-label-at = Send at
b-help-at = Type a date and time in the future. Messages to parents due during their quiet hours wait until the morning.
b-form-incomplete = Some answers were missing, so nothing was saved. Please start again with /broadcast.

## Preview and confirmation

b-preview-intro = Here is the message as you will read it. Everyone else gets it in their own language:
b-preview = Broadcast #{ $id }: it will reach { $total ->
        [one] one person
       *[other] { $total } people
    } { $later ->
        [0] as soon as you press Send
       *[other] at { $at }
    }.
    By platform:
    { $platforms }
    By language:
    { $languages }
    Without a linked chat account (not reached): { $not_linked }
    Parents who opted out (not reached): { $opted_out }
b-button-send = Send
b-button-drop = Cancel
b-dropped = Cancelled. The broadcast was not sent.
b-scheduled = Broadcast #{ $id } is scheduled for { $at }. Follow it with /broadcast status { $id }, or stop it with /broadcast cancel { $id }.
b-queued = Broadcast #{ $id } is on its way to { $queued ->
        [one] one person
       *[other] { $queued } people
    }{ $held ->
        [0] .
       *[other] ; { $held } parents will get it when their quiet hours end.
    } Not reached (no linked account): { $not_linked }. I'll send you a report when every message has been delivered or has failed.

## Status, cancelling and the report

b-status-none = No broadcasts yet.
b-state-draft = draft
b-state-scheduled = scheduled
b-state-queued = sending
b-state-cancelled = cancelled
b-status = Broadcast #{ $id } ({ $state }): { $content }
    To: { $audience }{ $has_classes ->
        [0] {""}
       *[other] {" "}({ $classes })
    }
    Time: { $at }
    Delivered: { $sent }, waiting: { $pending }, failed: { $failed }, cancelled: { $cancelled }
    No linked account: { $not_linked }, opted out: { $opted_out }, held for quiet hours: { $held }
b-already-cancelled = Broadcast #{ $id } was already cancelled.
b-cancel-too-late = Broadcast #{ $id } has already been delivered, so there is nothing left to cancel.
b-cancelled = Broadcast #{ $id } is cancelled. { $queued ->
        [0] Nothing had been sent.
       *[other] { $count } messages not yet delivered were stopped; messages already delivered cannot be recalled.
    }
b-report = Broadcast #{ $id } ({ $content }) has finished.
    Delivered: { $delivered }
    Could not be reached: { $unreachable } (no linked chat account: { $not_linked }; blocked the bot or closed messages: { $blocked })
    Failed: { $failed }{ $unconfirmed ->
        [0] {""}
       *[other] {" "}(of which { $unconfirmed } unconfirmed: sending was interrupted, so they may or may not have arrived, and were not sent again)
    }
    Parents who opted out: { $opted_out }
    Cancelled before delivery: { $cancelled }

## What recipients read

b-header = 📣 Message from the school
b-header-essential = ❗ Essential message from the school
b-footer-school = Questions about this message? Please speak to the online safety lead.
b-footer-optout = To stop non-essential school messages like this one, send /optout.
b-footer-essential = The school has marked this message as essential, so it is sent to every parent.
b-tpl-sid-staff = { $header }
    Safer Internet Day is on { $date }.{ $has_theme ->
        [0] {""}
       *[other] {" "}This year's theme is “{ $theme }”.
    } Please plan a short activity with your class in the week before.
    Free classroom resources for every age:
    • UK Safer Internet Centre education packs: https://saferinternet.org.uk/safer-internet-day
    • Childnet teaching resources: https://www.childnet.com/resources
    • Project EVOLVE (Education for a Connected World): https://projectevolve.co.uk
    Please report any online-safety concern with /concern as usual.{ $details }
    { $footer }
b-tpl-sid-parents = { $header }
    { $school } is taking part in Safer Internet Day on { $date }.{ $has_theme ->
        [0] {""}
       *[other] {" "}This year's theme is “{ $theme }”.
    } Your child will talk about staying safe online at school. You can help at home:
    • ask your child what they enjoy doing online, and who they talk to;
    • agree family rules about screens, apps and games;
    • check parental controls and privacy settings together.
    Advice for parents: https://saferinternet.org.uk/guide-and-resource/parents-and-carers and https://www.internetmatters.org{ $details }
    { $footer }
b-tpl-sid-today = { $header }
    Today is Safer Internet Day.{ $has_theme ->
        [0] {""}
       *[other] {" "}This year's theme is “{ $theme }”.
    } Why not ask your child tonight what they learnt, and what they would do if something online worried them? If you are ever worried about your child's safety online, please contact the school.{ $details }
    { $footer }
b-tpl-workshop = { $header }
    You are warmly invited to a parent online-safety workshop at { $school }. We will look at the apps and games children use, parental controls, and how to talk with your child about their life online.{ $details }
    { $footer }
b-tpl-aup = { $header }
    A reminder from { $school }: please read the Acceptable Use Policy and sign it with /aup if you have not yet done so this year.{ $details }
    { $footer }
b-custom = { $header }
    { $text }
    — { $sender }, { $school }
    { $footer }

## Safer Internet Day campaign

b-campaign-usage = Use /campaign sid to see Safer Internet Day's date, theme and plan; /campaign sid date YYYY-MM-DD to change the date; /campaign sid theme followed by the theme to set it; /campaign sid confirm to schedule the messages.
b-button-confirm = Confirm and schedule
b-plan-staff = Staff (with classroom resources)
b-plan-parents = Parents
b-sid-plan = Safer Internet Day { $year }: { $date } ({ $day_set ->
        [0] the Tuesday between 5 and 11 February
       *[other] date set by the school
    }).
    Theme: { $has_theme ->
        [0] not set yet
       *[other] { $theme }
    }
    Messages:
    { $plan }
    { $confirmed ->
        [0] Not confirmed yet: nothing is scheduled until you confirm.
       *[other] Confirmed: these messages are scheduled.
    }
b-sid-date-usage = Give the date like this: /campaign sid date 2027-02-09
b-sid-date-past = That date has already passed. Please give a date in the future.
b-sid-date-set = The date is set. { $confirmed_before ->
        [0] Confirm the plan when you're ready.
       *[other] The messages scheduled for the old date were cancelled; please confirm again to schedule them for the new one.
    }
b-sid-theme-usage = Type the theme after the command, like this: /campaign sid theme Together for a better internet (up to { $max } characters).
b-sid-theme-set = The theme is set. Messages not yet sent will mention it.
b-sid-over = Safer Internet Day { $year } is over, so there is nothing to confirm.
b-sid-confirmed = Safer Internet Day { $year } is confirmed. { $count ->
        [0] No new messages needed scheduling.
        [one] One message is scheduled:
       *[other] { $count } messages are scheduled:
    }
    { $plan }
    Follow them with /broadcast status.
b-sid-ask = Safer Internet Day { $year } is coming up in February. As online safety coordinator, please check the date and theme below and confirm, so the messages to staff and parents can be scheduled. To change them: /campaign sid date YYYY-MM-DD or /campaign sid theme followed by the theme.

## Opting out

b-optout-parents-only = Only parents can opt out of school broadcasts.
b-optout-done = Done: you won't receive non-essential school broadcasts any more. Messages the school marks as essential will still reach you. Send /optin to receive them all again.
b-optin-done = Done: you will receive school broadcasts again. Send /optout to stop non-essential ones.

## Operator commands

b-cli-sid-title = Safer Internet Day { $year } (from the rule: { $computed })
b-bench-database = Database: { $engine }
b-bench-setup = Queued { $count } deliveries for { $recipients } recipients ({ $platforms } platforms) in { $ms } ms.
b-bench-platform = { $platform }: { $sent } messages in { $seconds } s; { $rate } a second over its whole seconds, against a limit of { $limit } a second ({ $percent }% of the limit).
b-bench-window = { $platform }, { $scope ->
        [global] all chats
        [private] each private chat
        [group] each group
        [tenant] each tenant
       *[other] each chat
    } within { $period } s: busiest { $busiest } against a limit of { $limit }.
b-bench-restart = The dispatchers were stopped after { $sent } messages and restarted: { $interrupted } deliveries were in flight (settled as unconfirmed, not resent), { $released } released to send again.
b-bench-instance = Instance { $instance }{ $state ->
    [killed] {" "}(killed)
   *[running] {""}
}: { $sent } messages ({ $percent }% of all).
b-bench-failover = Instance { $instance } was killed after { $sent } messages; { $platform } had its next message { $seconds } s later, from another instance.
b-bench-result = Recipients: { $recipients }. Received exactly once: { $once }. Duplicates: { $duplicates }. Lost: { $lost }. Settled as unconfirmed (in flight when stopped, not resent): { $unconfirmed }.
b-bench-cpu = Process CPU time per message: { $micros } µs ({ $cpu_ms } ms over { $wall_ms } ms).
b-bench-reporters = { $reporters } reporters, one step every { $pace } ms on Telegram's limits, while { $alerts } alerts queued for the DSL team: { $answers } answers timed; { $others } messages to others meanwhile.
b-bench-latency = From an answer to Haven's next question: p50 { $p50 } ms, p99 { $p99 } ms, max { $max } ms.
b-bench-load = Load average (1, 5, 15 minutes): { $load }.
