## Livestreams (policy 000 "Livestreaming"; policy 003 "Use of Video Conferencing Technology")

cmd-stream = Set up or manage a private livestream
cmd-streams = Your upcoming livestreams

stream-usage = How to use /stream:
    /stream new — set up a private livestream for parents
    /stream report ID — who has been sent the joining details
    /stream time ID 18/11/2026 13:30-14:30 — move a livestream
    /stream rotate ID — set a new passcode and send it again
    /stream cancel ID — cancel a livestream and tell the parents
    /stream attendance ID — record who joined, by name
    /stream attendance ID N — record how many joined
    /stream log — the record of livestreams
    /streams — the upcoming livestreams
stream-organisers-only = Only livestream organisers and the senior leadership team can set up or manage livestreams.
stream-button-unknown = That button is no longer valid, so nothing was changed.
stream-not-found = There is no livestream number { $id }. Type /streams to see the upcoming ones.
stream-not-yours = Livestream { $id } was set up by someone else. Only its organiser or the senior leadership team can change it.
stream-not-open = “{ $title }” has ended or been cancelled, so it can no longer be changed.

## The set-up form

stream-form-title = livestream set-up
stream-q-title = What is the livestream called? For example: Year 3 harvest assembly
stream-l-title = Title
stream-q-audience = Which parents is it for?
stream-l-audience = Audience
stream-audience-classes = Particular classes
stream-audience-whole-school = The whole school
stream-q-classes = Which classes? Type their names, separated by commas.
stream-l-classes = Classes
stream-classes-known = The classes are: { $classes }.
stream-classes-unknown = I don't know the class “{ $unknown }”. The classes are: { $classes }.
stream-q-start = When does it start? For example: 18/11/2026 14:00, or tomorrow 9:30. Livestreams can only take place during school hours.
stream-l-start = Starts
stream-q-end = What time does it end? For example: 15:00
stream-l-end = Ends
stream-end-unreadable = I couldn't read that end time, or it isn't after the start. Please type a time such as 15:00.
stream-q-service = Which service will you use? It must be the school's account on it.
stream-l-service = Service
stream-service-zoom = Zoom
stream-service-teams = Microsoft Teams
stream-service-meet = Google Meet
stream-service-other = another service
stream-q-link = Please type the joining link. I'll remove your message from this chat and keep the link encrypted; it only ever goes privately to the parents.
stream-link-invalid = That doesn't look like a joining link. Please type the whole link, starting with https://
stream-q-meeting-id = What is the meeting ID? Press Skip if there isn't one.
stream-q-passcode = What is the passcode? Press Skip if there isn't one.
stream-label-link = Joining link
stream-label-meeting-id = Meeting ID
stream-label-passcode = Passcode
stream-q-supervisors = Which members of staff will supervise it? The policy needs at least two, and you can be one of them. Type their names, separated by commas.
stream-l-supervisors = Supervising staff
stream-supervisor-unknown = I can't find a member of staff called “{ $name }”.
stream-supervisor-ambiguous = More than one member of staff matches “{ $name }”. Please type the full name.
stream-supervisor-not-staff = { $name } is not a member of staff, so they can't supervise a livestream.
stream-supervisors-none = Please type at least one name.
stream-q-account = Is it hosted on a school account (not a personal one)?
stream-l-account = On a school account
stream-q-recorded = Will it be recorded?
stream-l-recorded = Recorded
stream-q-chat = What about the chat?
stream-l-chat = Chat
stream-chat-off = Chat switched off
stream-chat-monitored = Chat on, monitored by an adult
stream-chat-unmonitored = Chat on, nobody monitoring it
stream-q-monitor = Which adult will actively monitor the chat?
stream-l-monitor = Chat monitored by
stream-q-files = Will file sharing be switched on?
stream-l-files = File sharing on

## Refusals

stream-refused = I can't set up this livestream: it would break the school's livestreaming policy (policy 000 “Livestreaming”).
    { $reasons }
stream-refused-step = That answer would break the school's livestreaming policy (policy 000 “Livestreaming”):
    { $reasons }
    Please answer again.
stream-refused-hours = It must take place during school hours ({ $from }–{ $to } on a school day), starting and ending on the same day.
stream-refused-closed = The school is closed on { $date } (a holiday, a bank holiday or a closure day in the school calendar).{ $has_next ->
    [1] {" "}The next school day is { $next }.
   *[0] {""}
}
stream-refused-end-before-start = It must end after it starts.
stream-refused-past = Its start time has already passed.
stream-refused-supervisors = At least two members of staff must supervise it.
stream-refused-account = It must be hosted on a school account, never a personal one.
stream-refused-recorded = It must not be recorded.
stream-refused-chat = Chat may only be on when an adult actively monitors it. Switch chat off, or name the adult who will monitor it.
stream-refused-files = File sharing must be switched off.

## Saved, approved, sent

stream-saved-sending = Livestream { $id }, “{ $title }” ({ $start }–{ $end }), is set up. I'm sending the joining details privately to { $queued } { $queued ->
        [one] parent
       *[other] parents
    }; parents in the audience without a linked chat account: { $not_linked }. I'll send you a delivery report once they have gone out.
    To manage it: /stream report { $id }, /stream rotate { $id }, /stream cancel { $id }
stream-saved-awaiting = Livestream { $id }, “{ $title }” ({ $start }–{ $end }), is saved and waiting for approval. { $asked ->
        [0] There is nobody else in the senior leadership team to ask: please speak to them.
       *[other] I've asked the senior leadership team.
    } Nothing is sent to parents until it is approved.
stream-approval-request = { $organiser } asks you to approve a private livestream:
    “{ $title }”, { $start }–{ $end }, on { $service }
    For: { $audience }
    Supervising staff: { $supervisors }
    Chat: { $chat ->
        [monitored] on, monitored by { $monitor }
       *[off] off
    }
    Not recorded, no file sharing, on a school account.
    Nothing is sent to parents until it is approved.
stream-approve = Approve
stream-decline = Decline
stream-approval-not-slt = Only members of the senior leadership team can approve livestreams.
stream-approval-own = You organised this livestream, so another member of the senior leadership team needs to approve it.
stream-approval-already = “{ $title }” has already been decided, so nothing was changed.
stream-approval-too-late = “{ $title }” has already started, so it can't be approved now.
stream-approval-done-approved = Approved. The joining details for “{ $title }” are being sent to the parents.
stream-approval-done-declined = Declined. Nothing about “{ $title }” will be sent to parents.
stream-approved = { $by } approved livestream { $id }, “{ $title }”. I'm sending the joining details privately to { $queued } { $queued ->
        [one] parent
       *[other] parents
    }; parents in the audience without a linked chat account: { $not_linked }.
stream-declined = { $by } declined livestream { $id }, “{ $title }”. Nothing was sent to parents, and its joining details have been deleted.

## What parents receive

stream-safety = Please keep these details to yourself: don't share the link or passcode with anyone, and never post them in a group chat.
    • The session is not recorded, and file sharing is off.
    • Chat: { $chat ->
        [monitored] on, monitored by { $monitor }
       *[off] switched off
    }.
    • Join from a shared family room, under your own name, with your camera and microphone off unless the teacher asks.
    • Only use the link in this private message: the school never sends it in a group.
stream-credentials = Private livestream from the school: “{ $title }”
    { $start }–{ $end }, on { $service }
    { $details }
    { stream-safety }
stream-credentials-rotated = New joining details for “{ $title }” ({ $start }–{ $end }, on { $service }). The old ones no longer work.
    { $details }
    { stream-safety }
stream-credentials-again = As you asked, the joining details for “{ $title }” ({ $start }–{ $end }, on { $service }):
    { $details }
    { stream-safety }
stream-reminder = Reminder: “{ $title }” starts at { $at }, in { $about ->
        [yes] about { $minutes }
       *[no] { $minutes }
    } { $minutes ->
        [one] minute
       *[other] minutes
    }. Use the joining details I sent you privately, and please don't share them. Press the button if you need them again.
stream-cancelled-notice = “{ $title }” ({ $start }) has been cancelled. Please don't use the joining details you were sent.
stream-moved-notice = “{ $title }” has moved: it now runs { $start }–{ $end }. Your joining details stay the same.
stream-list-parent = “{ $title }”: { $start }–{ $end }, on { $service }.
stream-list-staff = { $id }. “{ $title }”: { $start }–{ $end }, for { $audience } ({ $status }).
stream-list-none = There are no upcoming livestreams for you.
stream-send-again = Send me the joining details
stream-not-for-you = Sorry, I can only send a livestream's joining details to the parents it is for.
stream-details-gone = The joining details for “{ $title }” have been deleted.
stream-status-awaiting_approval = waiting for approval
stream-status-scheduled = scheduled
stream-status-declined = declined
stream-status-cancelled = cancelled
stream-status-held = held
stream-status-live = under way
stream-status-not_approved = never approved

## Managing a livestream

stream-cancelled = Livestream { $id }, “{ $title }”, is cancelled. Parents told: { $told }. Unsent messages stopped: { $stopped }. Its joining details have been deleted.
stream-moved = Livestream { $id }, “{ $title }”, now runs { $start }–{ $end }. Parents told: { $told }.
stream-time-unreadable = I couldn't read that. Type the date and times like this: /stream time 3 18/11/2026 13:30-14:30
stream-attendance-too-early = Attendance for “{ $title }” can be recorded once it has started.
stream-attendance-recorded = Recorded: { $attendance } joined “{ $title }” ({ $start }).{ $replaced ->
        [-1] {""}
       *[other] {" "}This replaces the { $replaced } recorded before.
    }
stream-attendance-already = Attendance for “{ $title }” is already recorded as { $old }, so I have kept it. To record { $new } instead, send: /stream attendance { $id } { $new } replace
stream-ended-attendance = “{ $title }” has ended ({ $minutes } minutes). Please record who joined: /stream attendance { $id } to tick the parents by name, or /stream attendance { $id } N for a number.
stream-attendance-title = livestream attendance
stream-q-present = Which parents joined? Tap each one who joined (or type part of a name), then press Done. If nobody joined, press “None of them”.
stream-l-present = Joined
stream-help-present = Tap the parents who joined the livestream; tap again to untick. These are the parents its joining details were sent to. Only you and the senior leadership team will see the names.
stream-attendance-names-already = Attendance for “{ $title }” is already recorded as { $old }, so I have kept it. To record who joined by name instead, send: /stream attendance { $id } replace
stream-attendance-not-listed = { $invited ->
        [0] The joining details for “{ $title }” were not sent to anyone, so there are no names to choose from.
       *[other] The joining details for “{ $title }” went to { $invited } parents, more than the { $max } I can list.
    } Please record how many joined: /stream attendance { $id } N
stream-attendance-names-recorded = Recorded: { $attendance } joined “{ $title }” ({ $start }){ $attendance ->
        [0] .
       *[other] : { $names }.
    }{ $replaced ->
        [-1] {""}
       *[other] {" "}This replaces the { $replaced } recorded before.
    }
stream-report-attendance = Attendance at “{ $title }”: { $attendance } joined{ $named ->
        [0] {" "}(recorded as a number).
       *[other] : { $names }.
    }
stream-report-nothing-sent = Nothing has been sent for “{ $title }” yet: it is waiting for approval.
stream-report = Delivery report for livestream { $id }, “{ $title }” ({ $start }):
    Sent: { $sent }. Failed: { $failed }. Still waiting: { $pending }. Stopped: { $cancelled }.
    { $unreached_count ->
        [0] Every parent in the audience was reached.
       *[other] Not reached — please use the office's usual way of contacting them:
            { $unreached }
    }
stream-unreached-blocked = Could not be reached (they may have blocked the bot)
stream-unreached-not-linked = No linked chat account
stream-log-empty = No livestreams have been set up yet.
stream-log-header = The latest { $count } livestreams, newest first:
stream-log-entry = { $id }. “{ $title }”: { $start }–{ $end }, { $minutes } minutes, for { $audience } ({ $status })
    Supervising staff: { $supervisors }
    Attendance: { $attendance ->
        [-1] not recorded yet
       *[other] { $attendance }
    }

## New passcode

stream-rotate-title = new livestream passcode
stream-q-new-passcode = First change the passcode in the meeting service, then type the new one here. I'll remove your message from this chat.
stream-q-new-link = If the joining link has changed too (for example because it contained the old passcode), type the new link; otherwise press Skip.
stream-rotated = The new joining details for “{ $title }” are saved. I'm sending them privately to { $queued } { $queued ->
        [one] parent
       *[other] parents
    }. Unsent messages with the old details stopped: { $stopped }.
stream-rotated-unsent = The new joining details for “{ $title }” are saved. They will go to parents once the livestream is approved.
stream-rotate-gone = That livestream can no longer be changed, so nothing was saved.

## Leak guard

stream-leak-warning = Please don't share livestream joining details in a group. I've asked for that message to be removed, and the organiser has been told.
stream-leak-alert = Warning: { $what } for livestream { $id }, “{ $title }”, appeared in a group chat on { $platform } (chat { $group }). I've asked for the message to be removed and warned the group. Please change the passcode in the meeting service and send the parents new details: /stream rotate { $id }
stream-leaked-link = the joining link
stream-leaked-meeting-id = the meeting ID
stream-leaked-passcode = the passcode
stream-passcode-weak = That passcode is short (fewer than { $min } letters or digits), so it is easy to guess. I've kept it; if the service lets you, choose a longer one and change it with Change an answer before you submit.
