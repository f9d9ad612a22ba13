# A trust: several schools in one deployment.

school-which = You are linked at more than one school. Which school is this about?
school-chosen = Thank you. I'll take your messages as being about { $school } for now. Please send that again.
school-chosen-replayed = Thank you. I'll take your messages as being about { $school } for now. Here is the answer to what you sent:
school-not-here = Haven is not set up for this chat. Please ask your school office which chat to use.
# The first line of a private message to someone linked at several schools.
school-from = 🏫 { $school }

# `haven school …` and --school (for the trust's IT team).
school-cli-added = Added the school { $slug } ({ $name }). Give it settings under [schools.{ $slug }] in haven.toml if they differ from [school].
school-cli-line = { $slug }: { $name }{ $configured ->
    [true] {""}
   *[other] {" "}(settings from [school])
}
school-cli-unknown = There is no school "{ $slug }". The schools are: { $schools }.
school-cli-several = This database has several schools: say which with --school <slug> (the schools are: { $schools }).
school-cli-bad-slug = "{ $slug }" cannot be a school's short name: use lower-case letters, digits and hyphens, up to 32.
school-cli-taken = There is already a school "{ $slug }".

# To a trust safeguarding lead, when nobody on a school's route up to its Chair acknowledged a concern.
concern-trust-escalation = Concern { $ref } at { $school } has not been acknowledged by anyone on its route, up to the Chair of Governors. As the trust's safeguarding lead you may open it: choose { $school } below, then send /case { $ref }. Please also contact the school's DSL or Headteacher now.
# `haven report concerns --all-schools`: the heading of the total.
report-all-schools = All schools
trust-visit-cases-only = At { $school } you can open the cases escalated to the trust: send /cases. For anything else, send it again once you have chosen your own school.
form-other-school = You have an unfinished form about another school. Choose that school to carry on with it (or to /cancel it there).
# `/report`: the trust lead's report in chat.
cmd-report = The trust's anonymised report of every school (the trust's safeguarding lead)
report-refused = Sorry, there is no report here for you. Schools' reports come from the school office.
report-usage = Send /report for the school year so far, or /report FROM TO with two dates such as /report 2026-09-01 2026-12-31.
report-trust = Concerns reported from { $from } to { $to } at every school of the trust (anonymised counts)
    { $lines }
report-school = == { $school } ==
report-section = { $section }
report-line = • { $label }: { $count }
