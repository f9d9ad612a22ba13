## Haven — concerns: the reporter adding to their concern, allegations about adults, policy 002's
## urgent advice and the sexting initial review (en-GB, the source language).

## /concern add

concern-usage = Use /concern to report a new concern. To add something to a concern you reported, use /concern add followed by its reference, for example /concern add C-2026-0042.
concern-add-refused = I can't add to that concern. Either there is no such concern, or it isn't one you can add to. References look like C-2026-0042.
concern-button-add = Add to my concern
concern-add-title = adding to your concern
concern-add-q-text = What would you like to add? Write it in your own words. Only the people handling the concern will read it; you will not be shown the case.
concern-add-l-text = What you are adding
concern-add-h-text = Add anything you have noticed or remembered since you reported: what happened, when, who was there. Do not send pictures or files. If a child is in danger now, call 999.
concern-add-saved = Saved. What you wrote has been added to { $ref }. { $told ->
        [0] I could not find anyone to tell. Please contact the LADO now: { $lado }.
       *[other] The people handling it have been told.
    }
concern-add-not-saved = I couldn't save that: the concern is closed or isn't one you can add to any more. Nothing was recorded. If it still matters, tell a DSL in person or report it with /concern. Here is what you wrote, so it isn't lost:
    { $text }
concern-added-alert = The reporter has added to { $ref }. No details are sent in alerts. Open it privately: /case { $ref }
concern-entry-reporter = Added by the reporter

## Allegations and low-level concerns about adults (Keeping Children Safe in Education, part four)

concern-cat-k_coerce = Contact: coercion, blackmail or sextortion
concern-cat-a_boundaries = Adults: professional boundaries or an inappropriate relationship with a pupil
concern-cat-a_lowlevel = Adults: low-level concern about an adult
concern-group-adults = Concerns about adults

## Urgent advised (policy 002)

concern-urgent-advised = urgent advised
concern-urgent-advised-criteria = Urgent advised for { $ref }. Policy 002 ("Handling a sexting / nude selfie incident") says an immediate referral to the police and/or children's social care should be made if:
    1. the incident involves an adult;
    2. there is reason to believe that a young person has been coerced, blackmailed or groomed, or there are concerns about their capacity to consent (for example owing to special educational needs);
    3. what you know about the imagery suggests it depicts sexual acts unusual for the young person's developmental stage, or is violent;
    4. you have reason to believe a pupil is at immediate risk of harm, for example presenting as suicidal or self-harming.
    Any concern about staff misuse goes to the Headteacher, or, if it is about the Headteacher, to the Chair of Governors and the LADO (policy 002, "Handling Incidents").

## The sexting initial review (policy 002)

concern-button-review = Initial review
case-review-title = sexting initial review
case-review-help = Answer from what is known at the initial review meeting. Questions 1 to 4 are policy 002's criteria for an immediate referral: a Yes to any of them means referring to the police and/or children's social care now. The other questions can be skipped if not known yet.
case-review-q-adult = 1. Are any adults involved in the incident or in sharing the imagery?
case-review-l-adult = An adult is involved
case-review-q-coerced = 2. Is there reason to believe a young person has been coerced, blackmailed or groomed, or are there concerns about their capacity to consent (for example owing to special educational needs)?
case-review-l-coerced = Coerced, blackmailed or groomed, or capacity to consent in doubt
case-review-q-extreme = 3. Does what you know about the imagery suggest sexual acts unusual for the young person's developmental stage, or violence?
case-review-l-extreme = Acts unusual for their developmental stage, or violent
case-review-q-risk = 4. Is a pupil at immediate risk of harm owing to the sharing, for example presenting as suicidal or self-harming?
case-review-l-risk = A pupil at immediate risk of harm
case-review-q-knowledge = Was the imagery shared and received with the knowledge of the pupil in it?
case-review-l-knowledge = Shared with the knowledge of the pupil in it
case-review-q-widely = Has the imagery been shared widely? Skip if not known.
case-review-l-widely = Shared widely
case-review-q-vulnerable = Do the pupils involved have additional vulnerabilities?
case-review-l-vulnerable = Additional vulnerabilities
case-review-q-before = Has the young person taken part in this kind of activity before?
case-review-l-before = Happened before
case-review-q-remove = Should immediate action be taken to delete or remove images from devices or online services?
case-review-l-remove = Images to be deleted or removed now
case-review-q-setting = Is there a need to contact another school, college, setting or individual?
case-review-l-setting = Another school, setting or individual to contact
case-review-q-parents = Will the parents or carers of the pupils involved be contacted? In most cases they should be.
case-review-l-parents = Parents or carers to be contacted
case-review-q-note = Notes of the review: why the imagery was shared, who shared it, where, the impact on the pupils, and what was decided.
case-review-l-note = Notes
case-review-h-note = Describe the imagery in words only; never view, copy or forward it. Record who was at the meeting and the reasons for what was decided.
concern-entry-review = Initial review
concern-review-outcome = Policy 002
concern-review-refer-now = refer to the police and/or children's social care now
concern-review-no-criterion = no immediate-referral criterion met; the school may respond without the police or children's social care, and can escalate at any time
concern-review-added = Added the initial review to the chronology of { $ref } as entry #{ $n }. Policy 002: { $outcome }.
