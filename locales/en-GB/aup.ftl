## Acceptable Use Policy re-signing (/aup).

cmd-aup = Read and sign the Acceptable Use Policy
aup-usage = Type /aup to see the policies you need to sign. The online safety lead can also use /aup publish and /aup report.
aup-none = There is no Acceptable Use Policy for you to sign at the moment.
aup-lead-hint = As online safety lead or Headteacher you can also use /aup report to see who has signed, and the online safety lead can use /aup publish to publish a new version.

## Where you stand

aup-status-signed = { $title } (version { $version }): you signed version { $signed_version } on { $signed }. You will be asked to sign again by { $due }.
aup-status-due = { $title } (version { $version }): please read and sign it by { $due }. You last signed version { $signed_version } on { $signed }.
aup-status-overdue = { $title } (version { $version }): this was due on { $due }. Please read and sign it now; you should not use school systems until you have.
aup-status-never_signed = { $title } (version { $version }): you have not signed this yet. Please read and sign it by { $due }, and before you use any school device or account.

aup-button-read = Read
aup-button-agree = I agree
aup-button-ask = Ask a question
aup-button-invalid = Sorry, that button isn't for a policy you need to sign, so I've ignored it. Type /aup to see your policies.
aup-button-superseded = That button was for version { $old } of { $title }, which has been replaced by version { $version }. Here is the current one:

## Reading and signing

aup-text-part = { $title }, version { $version } ({ $part }/{ $parts })

    { $text }
aup-read-link = You can also read it online: { $link }
aup-read-done = That is the whole of { $title }, version { $version } (fingerprint { $hash }). If you agree to follow it, press I agree. If something is unclear, ask a question first.
aup-read-done-signed = That is the whole of { $title }, version { $version } (fingerprint { $hash }). You have already signed it.
aup-read-first = Please read { $title } before you agree to it: press Read, and the I agree button will follow the text.
aup-already-signed = You already signed { $title } (version { $version }) on { $signed }. You will be asked to sign again by { $due }.
aup-signed = Thank you. You signed { $title }, version { $version } (fingerprint { $hash }), on { $signed }. You will be asked to sign it again by { $due }.

## Questions

aup-question-title = question about the Acceptable Use Policy
aup-question-prompt = What would you like to ask the online safety lead? Type your question in one message (up to { $max } characters).
aup-question-label = Question
aup-question-help = Your question goes privately to the online safety lead, who will get back to you. Asking does not sign the policy.
aup-question-to-lead = { $name } has a question about { $title } (version { $version }) before signing:
    { $question }
    Press Reply to answer them privately.
aup-question-sent = Thank you. Your question has gone to the online safety lead. You have not signed yet: press I agree once you are happy.
aup-question-nobody = Sorry, the school has no online safety lead or Headteacher in Haven to send this to. Please ask the school office.
aup-button-reply = Reply
aup-answer-title = answer to a question about the Acceptable Use Policy
aup-answer-prompt = What is your answer? Type it in one message (up to { $max } characters).
aup-answer-label = Answer
aup-answer-help = Your answer goes privately to the person who asked, and to nobody else.
aup-answer-to-asker = { $name } answered your question about { $title } (version { $version }):
    { $answer }
    Type /aup to read or sign the policy.
aup-answer-sent = Your answer has been sent privately to { $name }.
aup-reply-not-lead = Sorry, only the online safety lead (or the Headteacher, if the school has none) can answer questions about the Acceptable Use Policy. Nothing has been sent.
aup-reply-answered = That question has already been answered, so nothing more has been sent.
aup-reply-unknown = Sorry, I can't find that question any more, so nothing has been sent.

## Publishing

aup-publish-not-allowed = Only the online safety lead can publish a new version of the Acceptable Use Policy.
aup-publish-title = new policy version
aup-publish-ask-title = What is the policy called? (for example: Staff Acceptable Use Policy). A title you have used before publishes a new version of that policy.
aup-publish-label-title = Title
aup-publish-help-title = Use the same title as before to replace a policy with a new version; a new title starts a separate policy.
aup-publish-ask-version = What is this version called? (for example: 2026.1, no spaces)
aup-publish-label-version = Version
aup-publish-help-version = A short label people can quote, such as 2026.1 or v3. Each version of a policy needs a new label.
aup-publish-ask-audience = Who must sign it? Tick everyone who applies, then press Done.
aup-publish-label-audience = Who signs
aup-publish-help-audience = Staff includes everyone employed by the school, the Headteacher and office included. Parents are only asked if you tick them.
aup-publish-ask-rule = When must people sign it again?
aup-publish-label-rule = Signing again
aup-publish-help-rule = Either 12 months after each person last signed, or by 1 September every year. Other fixed dates can be set with the haven aup publish command.
aup-publish-ask-source = Which text should it have?
aup-publish-label-source = Text
aup-publish-help-source = The sample is Haven's staff Acceptable Use Policy, written from the school's e-safety policies. Or paste your own text.
aup-publish-ask-text = Paste the text of the policy in one message (up to { $max } characters). For longer texts, use the haven aup publish command with a file.
aup-publish-label-text = Pasted text
aup-publish-help-text = Paste the whole policy. People will read exactly this text, and their signature records its fingerprint.
aup-publish-ask-effective = When does it take effect? Type a date and time such as 01/12/2026 08:00, or press Skip for straight away.
aup-publish-label-effective = Takes effect
aup-publish-help-effective = Until then people keep signing the current version. From then, everyone who must sign it gets a deadline and reminders.

aup-audience-staff = Staff
aup-audience-volunteer = Volunteers
aup-audience-visitor = Visitors and contractors
aup-audience-governor = Governors
aup-audience-parent = Parents and carers
aup-rule-annual = 12 months after signing
aup-rule-september = By 1 September each year
aup-source-sample = The sample staff policy
aup-source-paste = I'll paste the text

aup-publish-bad-audience = Please choose at least one group who must sign it.
aup-publish-bad-title = The title must be between 1 and 120 characters.
aup-publish-bad-version = The version must be 1 to 30 characters, without spaces. Press Change an answer to correct it.
aup-publish-empty-text = The policy text is empty.
aup-publish-exists = This policy already has a version with that label. Press Change an answer to choose another version label.
aup-published = Published { $title }, version { $version } (fingerprint { $hash }). { $count ->
        [one] One person must
       *[other] { $count } people must
    } sign it by { $due }; I'll ask them during working hours and remind them until they do.
aup-published-later = Published { $title }, version { $version } (fingerprint { $hash }). It takes effect on { $effective }; until then people keep signing the current version.

## Reminders

aup-remind-first = Before you use school systems, please read and sign { $title } (version { $version }) by { $due }.
aup-remind-new-version = There is a new version of { $title } (version { $version }). Please read and sign it by { $due }.
aup-remind-renew = It is time to sign { $title } again: you last signed it on { $signed }. Please read and sign version { $version } by { $due }.
aup-remind-soon = Reminder: please read and sign { $title } (version { $version }) by { $due } ({ $days ->
        [one] one day left
       *[other] { $days } days left
    }).
aup-remind-today = Reminder: { $title } (version { $version }) is due today. Please read and sign it.
aup-remind-overdue = { $title } (version { $version }) was due on { $due }, { $days ->
        [one] one day ago
       *[other] { $days } days ago
    }. Please read and sign it now.

## The weekly digest

aup-digest-line = { $name }: { $title } (version { $version }), due { $due }, { $days ->
        [one] one day overdue
       *[other] { $days } days overdue
    }
aup-digest-lead = Acceptable Use Policy: { $count ->
        [one] one person is
       *[other] { $count } people are
    } overdue signing.
    { $people }
aup-digest-head = Acceptable Use Policy: { $count ->
        [one] one person has
       *[other] { $count } people have
    } been overdue signing for { $weeks } weeks or more.
    { $people }

## The report

aup-report-not-allowed = Only the online safety lead and the Headteacher can see the Acceptable Use Policy report.
aup-report-none = No Acceptable Use Policy has been published yet. The online safety lead can publish one with /aup publish.
aup-report-policy = { $title }, version { $version }: { $total } to sign; { $signed } signed, { $due } due, { $overdue } overdue, { $never } never signed.
    { $people }
aup-report-line-signed = { $name }: signed version { $signed_version } on { $signed }; next due { $due }
aup-report-line-due = { $name }: due by { $due }; last signed version { $signed_version } on { $signed }
aup-report-line-overdue = { $name }: overdue since { $due }; last signed version { $signed_version } on { $signed }
aup-report-line-overdue-unsigned = { $name }: overdue since { $due }; never signed
aup-report-line-never_signed = { $name }: never signed; due by { $due }

## The command line (haven aup)

aup-cli-published = Published { $title }, version { $version } (fingerprint { $hash }), taking effect { $effective }. { $count } people must sign it by { $due }; Haven asks them during working hours.
aup-cli-bad-audience = “{ $group }” is not an audience. Use staff, volunteer, visitor, governor or parent, separated by commas.
aup-cli-bad-rule = “{ $rule }” is not a re-signing rule. Use annual, or fixed:MM-DD such as fixed:09-01.
aup-cli-bad-effective = “{ $effective }” is not a date. Use YYYY-MM-DD (midnight, school time) or YYYY-MM-DD HH:MM.
aup-cli-bad-version = The version must be 1 to 30 characters, without spaces: give another with --version.
aup-cli-exists = This policy already has a version with that label: give another with --version.
