## Haven — concerns and case records (en-GB, the source language).

## Who may report

concern-not-linked = I don't know who you are yet, so I can't take a concern here. If you are worried about a child, please contact { $office } straight away. If a child is in danger now, call 999.
concern-parent = Thank you for wanting to help keep children safe. Concerns from parents and carers go straight to the school: please contact { $office }. If a child is in danger now, call 999. Nothing you write here is recorded as a concern.

## The reporter's form

concern-title = concern report
concern-attachment-refused = Please don't send pictures or files here. Never view, copy, forward or screenshot an indecent image of a child, even to report it: describe what you saw in words and tell a DSL where it is.

concern-q-danger = Is a child at immediate risk of harm right now?
concern-l-danger = Immediate risk
concern-h-danger = Answer Yes if a child could be hurt before someone can act, for example they are in danger now or are about to meet someone who may harm them. If you answer Yes I will show you the emergency numbers and alert the right people straight away: at once for a pupil, or as soon as you have told me who the adult is.
concern-danger-now = If a child is in danger now, call 999.
    Then call the DSL team: { $dsl_phone }.
concern-danger-now-who = If a child is in danger now, call 999.
    Then call the DSL team: { $dsl_phone }.
    Tell me who the adult is next, and I will alert the right people at once, never the person it is about.
concern-urgent-sent = I have alerted { $rung } that an urgent concern is on its way. Please carry on below so they have the details.{ $ooh ->
        [none] {""}
       *[other] {"\u000A"}It is outside school hours: you can also call the { $ooh }.
    }
concern-urgent-nobody = I could not alert anyone through Haven: nobody who should receive this can be reached here. Please phone now: the DSL team on { $dsl_phone }, or out of hours the { $ooh }. Carry on below so the report is saved.
concern-urgent-closed = Your unfinished concern report was closed and not saved{ $why ->
        [expired] {" "}because it was not touched again by the time it was kept to
       *[other] {""}
    }. The urgent alert had already gone to { $rung }. If a child is in danger now, call 999.
concern-urgent-closed-nobody = Your unfinished concern report was closed and not saved{ $why ->
        [expired] {" "}because it was not touched again by the time it was kept to
       *[other] {""}
    }. Nobody could be alerted through Haven: please phone the DSL team now. If a child is in danger now, call 999.
concern-urgent-followed = I have told { $rung } that you started the urgent concern report that was not finished, so that they can follow it up with you.
concern-urgent-followed-nobody = Nobody who should follow up your unfinished urgent concern report can be reached through Haven. Please phone the DSL team on { $dsl_phone }, or out of hours the { $ooh }.

concern-rung-dsl = the DSL team
concern-rung-head = the Headteacher
concern-rung-chair = the Chair of Governors
concern-rung-governors = the vice-chair and the safeguarding governor

concern-q-about = Who is the concern about?
concern-l-about = About
concern-h-about = Choose the person whose behaviour or safety worries you. A concern about a member of staff (a DSL or any lead included) goes to the Headteacher; about the Headteacher, to the Chair of Governors; about the Chair, to the vice-chair. The person it is about is never told.
concern-about-pupil = A pupil or pupils
concern-about-staff = A member of staff, volunteer or contractor
concern-about-head = The Headteacher
concern-about-adult = Another adult (parent, visitor)
concern-about-online = Someone unknown online
concern-about-self = Myself (a low-level concern about my own conduct)

concern-q-categories = What kind of concern is it? Choose up to { $max }, then press Done.
concern-l-categories = Kind of concern
concern-h-categories = Pick the closest matches. Content is something seen; contact is someone reaching a child; conduct is how someone behaved; commerce is money. Choose Other if nothing fits.
concern-cat-c_harmful = Content: harmful or illegal content seen
concern-cat-c_filter = Content: filtering breach
concern-cat-c_extreme = Content: extremist material
concern-cat-c_selfharm = Content: self-harm content
concern-cat-k_groom = Contact: grooming
concern-cat-k_adult = Contact: contact from an unknown adult
concern-cat-k_meet = Contact: request to meet
concern-cat-d_bully = Conduct: cyberbullying
concern-cat-d_nudes = Conduct: sharing nude or semi-nude images
concern-cat-d_info = Conduct: sharing personal information
concern-cat-d_challenge = Conduct: harmful online challenge
concern-cat-m_gamble = Commerce: gambling
concern-cat-m_scam = Commerce: scams or phishing
concern-cat-s_password = Data: password compromised
concern-cat-s_device = Data: lost or stolen device
concern-cat-s_data = Data: personal data sent to the wrong person
concern-cat-other = Other

concern-group-content = Content
concern-group-contact = Contact
concern-group-conduct = Conduct
concern-group-commerce = Commerce
concern-group-data = Data and security
concern-group-other = Other

concern-q-pupils = Which pupils are involved? Please give full names and classes (for example "Ada Lovelace, Year 5"). I'll remove your message from this chat once it's saved.
concern-l-pupils = Pupils
concern-h-pupils = Full names help the DSL find the right record. If you don't know a name, describe the pupil (class, what they look like).

concern-q-staff = Which member of staff, volunteer or contractor is it about? Please type their name or role as you know it. I will check it against the staff list with you, so they are never told and cannot see this. I'll remove your message from this chat once it's saved.
concern-l-staff = Member of staff
concern-h-staff = A name, a surname with a title ("Mrs Thornbury") or a role ("the head", "our DSL") all work. I will show you everyone it could mean and ask you to confirm.
concern-q-adult = Who is the adult? Give their name and how they are connected to the school (for example "parent of a Year 3 pupil"), if you know. I'll remove your message from this chat once it's saved.
concern-l-adult = The adult
concern-h-adult = Whatever you know helps: a name, their relationship to a pupil, when they were on site.

concern-q-online = What do you know about them? For example a username, the app or game, or a profile link. Please don't visit the profile to find out more. I'll remove your message from this chat once it's saved.
concern-l-online = Online contact
concern-h-online = Write down only what you already know. Don't contact them or look them up.

concern-q-subjects = Is this concern about any of these people? Tap everyone it is about, then press Done. If it is about someone else in school, type their name. Anyone you pick, or are not sure about, will not be told and will not be able to see this.
concern-l-subjects = About
concern-h-subjects = I found these people in the school's directory from what you wrote. Pick everyone the concern is about. Press "I'm not sure" to keep all of them away from it; press "None of them" if it is about none of them.
concern-q-mentioned = Your report names these people. Is the concern about any of them? Tap everyone it is about, then press Done, or type the name of someone else in school. Anyone you pick, or are not sure about, will not be told and will not be able to see this.
concern-l-mentioned = Also about
concern-h-mentioned = Someone who only saw or heard something is not who the concern is about: press "None of them". If any of them was involved in what happened, pick them so the concern goes around them.

concern-q-children = Are any pupils involved? Give their full names and classes, or press Skip. I'll remove your message from this chat once it's saved.
concern-l-children = Pupils involved
concern-h-children = If a pupil was harmed, told you, or was present, name them here.

concern-q-account = What happened? Please write the facts: what you saw or heard, and, if a child told you, their own words as closely as you can. Don't add opinions or guesses. Up to { $max } characters. I'll remove your message from this chat once it's saved.
concern-l-account = What happened
concern-h-account = Write what was seen or said, by whom, in the order it happened. Use the child's own words in quotation marks where you can. Don't investigate or ask leading questions.

concern-q-when = When did it happen? Press Now, Earlier today or Yesterday, or type a date and time such as "16/11/2026 14:30".
concern-l-when = When
concern-h-when = If you are not sure, give your best guess and say so in what happened.

concern-q-place = Where did it happen?
concern-l-place = Where
concern-h-place = Choose "Online, at home" for something that happened online outside school.
concern-place-school = In school
concern-place-home = Online, at home
concern-place-trip = On a school trip
concern-place-other = Somewhere else

concern-q-action = What have you done so far? For example "spoke to the class teacher" or "took the phone to the office, did not look at it". Or press Skip. I'll remove your message from this chat once it's saved.
concern-l-action = Action taken
concern-h-action = Say what you did and when. Never copy, forward or delete images yourself.

concern-q-told_dsl = Have you told a DSL in person?
concern-l-told_dsl = Told a DSL in person
concern-h-told_dsl = Policy says any worry about a child's welfare must be reported to a DSL immediately. Answer honestly; this report still goes to them either way.

concern-q-conflict = Is there a conflict of interest in the usual route? For example, the person who would normally receive it is involved or closely connected. If you answer Yes, it goes one step further up (at least to the Chair of Governors) and the LADO.
concern-l-conflict = Conflict of interest
concern-h-conflict = Answer Yes if you think the people who would normally handle this should not, because they are involved or close to someone who is.

## After submitting

concern-receipt = Saved. Your concern reference is { $ref }.
    I have alerted { $rung } now; they will read it and decide what happens next.{ $subjects ->
        [none] {""}
       *[other] {" "}The people you said it is about have not been told and cannot see it.
    }{ $lado ->
        [none] {""}
       *[other] {"\u000A"}You can also contact the LADO: { $lado }.
    }
    You will be told when it has been read. Please don't discuss it with others, and write down anything else you remember: you can add it to your report with /concern add { $ref }.
concern-receipt-passed-over = { $first } could not be reached through Haven, so your concern went straight to the next people on its route.
concern-receipt-nobody = Saved. Your concern reference is { $ref }.
    I could not reach anyone who should receive it through Haven. Please phone now: the DSL team on { $dsl_phone }, the LADO on { $lado }, or out of hours the { $ooh }. Quote { $ref }.
concern-receipt-urgent = You said a child is at immediate risk. If a child is in danger now, call 999, then the DSL team on { $dsl_phone }.{ $ooh ->
        [none] {""}
       *[other] {" "}It is outside school hours: you can also call the { $ooh }.
    }
concern-receipt-tell-dsl = Please also speak to a DSL in person today, as policy asks.
concern-read = Your concern { $ref } has been read and is being dealt with. Thank you for reporting it.
concern-read-by = Your concern { $ref } has been read by { $name } and is being dealt with. Thank you for reporting it.

## Alerts (never any details)

concern-urgency-urgent = URGENT
concern-urgency-normal = Normal
concern-urgent-alert = URGENT: a member of staff is reporting that a child may be at immediate risk of harm (draft { $draft }). They have been given the emergency numbers and may call you now. The full report will follow when they submit it.{ $ooh ->
        [none] {""}
       *[other] {"\u000A"}Outside school hours: { $ooh }.
    }
concern-urgent-unfinished = The urgent concern { $draft } was not submitted (the form was cancelled or expired). It was started by { $reporter }. Please follow it up with them directly.
concern-alert = New concern { $ref } · { $urgency }{ $advised ->
        [none] {""}
       *[other] {" "}(urgent advised: see the referral criteria in the case)
    } · { $groups }{ $draft ->
        [none] {""}
       *[other] {" "}(draft { $draft })
    }.
    No details are sent in alerts. Open it privately: /case { $ref }{ $lado ->
        [none] {""}
       *[other] {"\u000A"}LADO: { $lado }
    }{ $ooh ->
        [none] {""}
       *[other] {"\u000A"}Outside school hours: { $ooh }.
    }
concern-escalated = { $count ->
        [one] This concern has not been acknowledged in time and now needs your attention:
       *[other] These { $count } concerns have not been acknowledged in time and now need your attention:
    }
    { $cases }
    Open each privately with /case followed by the reference.{ $ooh ->
        [none] {""}
       *[other] {"\u000A"}Outside school hours: { $ooh }.
    }
concern-button-open = Open case

## Case handling

concern-case-usage = Use /case followed by a reference, for example /case C-2026-0042. You can add: ack (acknowledge), note (add to the chronology), review (the sexting initial review), status, close, reopen, or hold on / hold off.
concern-case-refused = I can't open that case. Either there is no such case, or it isn't one you can open. References look like C-2026-0042.
concern-button-refused = Sorry, I can't do that. This button isn't one I can act on for you.
concern-form-refused = I couldn't save that: the case isn't one you can change any more. Nothing was recorded.
concern-lead-only = Only the people leading case { $ref } can do that. You can read it and add to its chronology.
concern-cases-none = There are no open cases for you.
concern-cases-closed-none = There are no closed cases for you.
concern-cases-closed = { $count ->
        [one] One closed case:
       *[other] { $count } closed cases:
    }
    { $cases }
concern-cases-usage = Type /cases for the open cases you can see, or /cases closed for the closed ones.
concern-cases = { $count ->
        [one] One open case:
       *[other] { $count } open cases:
    }
    { $cases }
concern-list-urgent-unread = Urgent, not yet acknowledged
concern-list-unread = Not yet acknowledged

concern-case = Case { $ref } · { $urgency } · { $status }
    About: { $about }
    Kind: { $categories } ({ $groups })
    When: { $occurred } · { $place }
    Reported by: { $reporter } · Told a DSL in person: { $told_dsl }
    Legal hold: { $hold }
    { $details }
    Chronology:
    { $chronology }
    This message will be removed from this chat in a few minutes.
concern-case-pupils = Pupils
concern-case-person = Person
concern-case-account = What happened
concern-case-action = Action taken by the reporter
concern-case-corrects = Corrects entry
concern-case-recorded = Recorded
concern-case-refers-to = Refers to
concern-case-status = New status
concern-case-outcome = Outcome
concern-case-agency = Agency
concern-case-text = Details
concern-case-reason = Reason
concern-case-agency-ref = Agency reference
concern-hold-on = on
concern-hold-off = off

concern-sexting-review = Case { $ref } involves nude or semi-nude images. Initial review (policy: handling a sexting / nude selfie incident), led by the DSL:
    • Is there an immediate risk to a young person? Why was the imagery shared; was anyone coerced or put under pressure?
    • Who has shared it, where, and was it shared with the knowledge of the pupil in it?
    • Are any adults involved? What is the impact on the pupils; do they have additional vulnerabilities; does the young person understand consent? Has this happened before?
    • Should a referral be made to the police and/or children's social care?
    • Has it been shared widely, and via which services or platforms?
    • Should immediate action be taken to delete or remove images from devices or online services?
    • Are there relevant facts about the young people that would influence the risk assessment?
    • Is there a need to contact another school, college, setting or individual?
    • Should parents or carers be contacted? In most cases they should be involved.
    Refer to the police and/or children's social care immediately if: an adult is involved; a young person has been coerced, blackmailed or groomed, or there are concerns about their capacity to consent; the imagery shows acts unusual for the young person's developmental stage, or violence; or a pupil is at immediate risk of harm (for example suicidal or self-harming).
    Never view, copy or forward the images.
    Record the review's answers with the Initial review button (case leads), or /case { $ref } review.

concern-entry-reported = Reported
concern-entry-acknowledged = Acknowledged
concern-entry-action = Action taken
concern-entry-decision = Decision
concern-entry-referral = Referral
concern-entry-note = Note
concern-entry-correction = Correction
concern-entry-status = Status changed
concern-entry-hold_on = Legal hold placed
concern-entry-hold_off = Legal hold lifted
concern-entry-closed = Closed

concern-status-open = Open
concern-status-investigating = Investigating
concern-status-referred = Referred
concern-status-monitoring = Monitoring
concern-status-closed = Closed

concern-outcome-nfa = No further action
concern-outcome-school = Resolved in school
concern-outcome-early_help = Early help
concern-outcome-social_care = Referred to children's social care
concern-outcome-police = Referred to the police
concern-outcome-lado = Referred to the LADO
concern-outcome-other = Other

concern-agency-social_care = Children's social care
concern-agency-police = Police
concern-agency-lado = Local authority designated officer (LADO)
concern-agency-ceop = CEOP
concern-agency-iwf = Internet Watch Foundation (IWF)
concern-agency-early_help = Early help
concern-agency-other = Other

concern-button-ack = Acknowledge
concern-button-note = Add to chronology
concern-button-status = Set status
concern-button-close = Close case
concern-button-reopen = Reopen case
concern-button-hold-on = Legal hold on
concern-button-hold-off = Legal hold off

concern-acknowledged = You have acknowledged { $ref }. Escalation has stopped and the reporter has been told it has been read.
concern-already-acknowledged = { $ref } has already been acknowledged.
concern-acknowledged-team = { $ref } has been acknowledged by { $name }.
concern-status-choose = Choose the new status of { $ref }. To close it, use Close case.
concern-status-use-close = To close { $ref }, use /case { $ref } close: an outcome and a reason are needed.
concern-status-same = { $ref } already has that status.
concern-status-set = { $ref } is now: { $status }.
concern-hold-usage = Use /case { $ref } hold on, or /case { $ref } hold off.
concern-hold-set-on = Legal hold is on for { $ref }: it will not be deleted, whatever the retention period.
concern-hold-set-off = Legal hold is off for { $ref }: it will be deleted at the end of its retention period after it is closed.
concern-already-closed = { $ref } is already closed.
concern-entry-bad-correction = That entry number isn't in the chronology of { $ref }, so nothing was added yet. Your text is kept: press Change an answer to give the right number, or Cancel.
concern-entry-no-such-entry = { $ref } has no entry with that number. Type a number from 1 to { $last } (the # in the chronology).
concern-entry-given-back = Nothing was added, so here is what you typed, to keep or use elsewhere:
    { $text }
concern-entry-added = Added entry #{ $n } to the chronology of { $ref }.
concern-closed = { $ref } is closed. Outcome: { $outcome }.
concern-status-use-reopen = { $ref } is closed. To reopen it, use /case { $ref } reopen: a reason is needed.
concern-not-closed = { $ref } is not closed, so there is nothing to reopen.
concern-reopened = { $ref } is open again. The reason is on the chronology and the other leads have been told.
concern-reopened-team = { $ref } has been reopened. Open the case to read why.
concern-closed-team = { $ref } has been closed. Open the case to read the outcome and why.

## Chronology entry and closing forms

case-entry-title = chronology entry
case-close-title = closing a case
case-q-kind = What are you recording?
case-l-kind = Kind
case-h-kind = Action: something done. Decision: something decided, with the reason. Referral: to another agency. Correction: fixes an earlier entry (entries are never changed).
case-q-corrects = Which entry does this correct? Type its number (the # in the chronology).
case-l-corrects = Corrects entry
case-h-corrects = Open the case to see each entry's number. The old entry stays; this one points at it.
case-q-text = Describe it, factually. I'll remove your message from this chat once it's saved.
case-l-text = Details
case-h-text = Who did what, or what was decided. Facts, not opinions.
case-q-reason = What is the reason for this decision? I'll remove your message from this chat once it's saved.
case-l-reason = Reason
case-h-reason = Every decision needs its reason on the record (Keeping Children Safe in Education).
case-q-agency = Which agency was it referred to?
case-l-agency = Agency
case-h-agency = Choose Other and name it in the details if it isn't listed.
case-q-agency_ref = The agency's reference, if you have one (or press Skip). I'll remove your message from this chat once it's saved.
case-l-agency_ref = Agency reference
case-h-agency_ref = The reference the agency gave you, so the record can be matched with theirs.
case-q-when = When did this happen? Press Now, or type a date and time.
case-l-when = When
case-h-when = For example "today 14:30" or "16/11/2026 09:00".
case-q-outcome = What is the outcome?
case-l-outcome = Outcome
case-h-outcome = Choose the outcome that best describes how the case ended.
case-q-close_reason = Why is the case being closed? I'll remove your message from this chat once it's saved.
case-l-close_reason = Reason for closing
case-h-close_reason = The reason is required and is kept on the record.
case-reopen-title = reopening a case
case-q-reopen_reason = Why is the case being reopened? I'll remove your message from this chat once it's saved.
case-l-reopen_reason = Reason for reopening
case-h-reopen_reason = The reason is required and is kept on the record.

## The governors' report (haven report concerns)

concern-report-title = Concerns reported from { $from } to { $to } (anonymised counts)
concern-report-total = Total
concern-report-urgent = Urgent
concern-report-by-group = By category group (a concern in two groups counts in both)
concern-report-by-month = By month
concern-report-by-status = By status
concern-report-by-ack = Time to acknowledge
concern-report-median = Median time to acknowledge: { $minutes } minutes
concern-report-median-none = Median time to acknowledge: none acknowledged yet
concern-report-ack-15m = Within 15 minutes
concern-report-ack-1h = Within an hour
concern-report-ack-1d = Within a day
concern-report-ack-longer = Longer than a day
concern-report-ack-not_yet = Not yet acknowledged

## When the people on a route cannot be reached

concern-moved-on = Your concern { $ref } could not reach the people it went to first, so it has now gone to { $rung }.
concern-nobody-reachable = Your concern { $ref } has not been acknowledged and nobody who should receive it can be reached through Haven. Please phone now: the DSL team on { $dsl_phone }, the LADO on { $lado }, or out of hours the { $ooh }. Quote { $ref }.
concern-referral-lado = The local authority designated officer for this school: { $lado }.
concern-referral-iwf = The Internet Watch Foundation removes child sexual abuse images and videos from the internet. Report the address where it was seen at https://report.iwf.org.uk (never copy, forward or download the material itself).
