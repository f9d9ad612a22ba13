# The case desk: export and transfer of a child protection file, and the governors' dashboard.

export-title = Child protection file
export-separate = Child protection file — keep separate from the main pupil file
export-school = School
export-pupil = Pupil
export-cases = Number of cases
export-period = Dates covered
export-period-value = { $from } to { $to }
export-exported-by = Exported by
export-exported-at = Exported on
export-receiving = Receiving school
export-not-recorded = Not recorded yet
export-due-from = Five school days counted from
export-deadline = To reach the new school by
export-deadline-today = { $date } (if the file is sent today)
export-sent-on = Sent on
export-receipt = Receipt confirmed
export-receipt-by = By { $name } on { $date }
export-receipt-none = Not confirmed yet
export-overdue = Overdue: the receiving school has not confirmed receipt within five school days. Contact their designated safeguarding lead.
export-case = Case { $ref }
export-status = Status
export-urgency = Urgency
export-about = About
export-categories = Kind
export-groups = Group
export-occurred = When it happened
export-place = Where
export-reported = Reported on
export-reporter = Reported by
export-told-dsl = Told a DSL in person
export-hold = Legal hold
export-closed = Closed on
export-referrals = Referrals
export-referral-value = { $agency }, reference { $reference }, { $date }
export-transfers = Transfers
export-chronology = Chronology
export-none = None recorded
export-entry = #{ $n } { $kind } · { $author }
export-footer = { $school } · Confidential
export-page = Page { $page } of { $pages }
export-no-shaping = This PDF cannot join Arabic letters or write them right to left, so Arabic text in it is hard to read. Use the print view of the case desk to read or print Arabic text.

## The export pages
export-print-hint = To print, use your browser's Print command: the cover sheet and each case print on their own pages, without the desk's menus. Keep printed copies locked away.
export-pdf = Download as PDF
export-pupil-name = Pupil's name
export-transfer-title = Record a transfer to a new school
export-transfer-submit = Record the transfer
export-receipt-title = Confirmation of receipt from { $school }
export-receipt-who = Who confirmed receipt at the receiving school
export-receipt-on = Date confirmed
export-receipt-submit = Record the confirmation
export-start-title = Export a child protection file
export-start-intro = Export every case that names a pupil, for a transfer to their new school. Only the lead DSL can export. Each export is recorded in the audit log.
export-start-submit = Show the file
export-pupil-none-found = No case you can export names that pupil.
export-overdue-title = Transfers not confirmed in time
export-overdue-none = None: every transfer was confirmed within five school days.
export-overdue-item = Sent to { $school }, due by { $date }:
export-form-refused-title = Not saved
export-form-refused = Nothing was changed: the form was out of date or a date was not valid. Go back, reload the page and try again.

## The governors' dashboard
dashboard-title = Governors' dashboard
dashboard-legend = Anonymised counts of concerns. Numbers from 1 to 4 are shown as "fewer than 5", and where one could be worked out from the total, another number is hidden too, so that no child can be identified.
dashboard-from = From
dashboard-to = To
dashboard-show = Show
dashboard-fewer-than-5 = fewer than 5
dashboard-hidden = hidden
dashboard-median-none = The median time to acknowledge is shown once five or more concerns have been acknowledged.
dashboard-withheld = Too few concerns to show this table without risk of identifying a child.
dashboard-col-what = What
dashboard-col-count = Concerns
export-transfer-recorded = The transfer of { $cases ->
        [one] one case
       *[other] { $cases } cases
    } to { $school } is recorded.
