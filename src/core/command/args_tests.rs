use super::*;

#[test]
fn concern_reports_or_adds_to_a_reference() {
    use ConcernCommand::*;
    let c = ConcernCommand::parse;
    let r = ConcernRef::parse("C-2026-0042").unwrap();
    assert_eq!(c(""), Report);
    assert_eq!(c("   "), Report);
    assert_eq!(c("add C-2026-0042"), Add(r));
    assert_eq!(c(" ADD  c-2026-42 "), Add(r));
    assert_eq!(c("add C-2026"), AddNotARef);
    assert_eq!(c("add 42"), AddNotARef);
    assert_eq!(c("add"), Usage);
    assert_eq!(c("add C-2026-0042 he also said"), Usage);
    assert_eq!(c("C-2026-0042"), Usage);
    assert_eq!(c("view C-2026-0042"), Usage);
}

#[test]
fn case_commands_carry_their_reference_and_action() {
    let reference = ConcernRef::parse("C-2026-0001").unwrap();
    let on = |action| CaseCommand::On { reference, action };
    let c = CaseCommand::parse;
    assert_eq!(c("C-2026-0001"), on(CaseAction::View));
    assert_eq!(c("c-2026-1 ACK"), on(CaseAction::Ack));
    assert_eq!(c("C-2026-0001 note"), on(CaseAction::Note));
    assert_eq!(c("C-2026-0001 review extra"), on(CaseAction::Review));
    assert_eq!(
        c("C-2026-0001 status monitoring"),
        on(CaseAction::Status(Some(Status::Monitoring)))
    );
    assert_eq!(c("C-2026-0001 status bogus"), on(CaseAction::Status(None)));
    assert_eq!(c("C-2026-0001 hold ON"), on(CaseAction::Hold(Some(true))));
    assert_eq!(c("C-2026-0001 hold off"), on(CaseAction::Hold(Some(false))));
    assert_eq!(c("C-2026-0001 hold"), on(CaseAction::Hold(None)));
    assert_eq!(c("C-2026-0001 close"), on(CaseAction::Close));
    assert_eq!(c(""), CaseCommand::Usage);
    assert_eq!(c("C-2026-0001 delete"), CaseCommand::Usage);
    assert_eq!(c("everything"), CaseCommand::NotARef);
    assert!(CaseAction::Ack.lead_only());
    assert!(!CaseAction::Note.lead_only());
}

#[test]
fn stream_subcommands_are_read() {
    let s = StreamCommand::parse;
    assert_eq!(s(""), StreamCommand::New);
    assert_eq!(s("new"), StreamCommand::New);
    assert_eq!(s("CANCEL #3"), StreamCommand::Cancel(StreamId(3)));
    assert_eq!(
        s("attendance 3 27"),
        StreamCommand::Attendance(StreamId(3), 27, false)
    );
    assert_eq!(
        s("attendance 3 29 REPLACE"),
        StreamCommand::Attendance(StreamId(3), 29, true)
    );
    assert_eq!(
        s("attendance 3"),
        StreamCommand::AttendanceNames(StreamId(3), false)
    );
    assert_eq!(
        s("attendance #3 Replace"),
        StreamCommand::AttendanceNames(StreamId(3), true)
    );
    assert_eq!(
        s("time 4 18/11/2026 13:30-14:30"),
        StreamCommand::Time(StreamId(4), "18/11/2026 13:30-14:30".into())
    );
    assert_eq!(s("log"), StreamCommand::Log);
    assert_eq!(s("rotate 2"), StreamCommand::Rotate(StreamId(2)));
}

#[test]
fn bad_stream_subcommands_get_the_usage() {
    for bad in [
        "cancel",
        "cancel x",
        "cancel 0",
        "attendance 3 -1",
        "attendance 3 lots",
        "attendance 3 replace 27",
        "attendance 3 27 please",
        "rotate 2 now",
        "time 3",
        "delete 3",
        "log 3",
    ] {
        assert_eq!(StreamCommand::parse(bad), StreamCommand::Usage, "{bad}");
    }
}

#[test]
fn aup_subcommands_are_read() {
    assert_eq!(AupCommand::parse(""), AupCommand::Status);
    assert_eq!(AupCommand::parse(" Report "), AupCommand::Report);
    assert_eq!(AupCommand::parse("publish"), AupCommand::Publish);
    assert_eq!(AupCommand::parse("publish now"), AupCommand::Usage);
}

#[test]
fn broadcast_subcommands_are_read() {
    use BroadcastCommand::*;
    let b = BroadcastCommand::parse;
    assert_eq!(b(""), Write);
    assert_eq!(b("status"), Status(None));
    assert_eq!(b("STATUS #12"), Status(Some(BroadcastId(12))));
    assert_eq!(b("status twelve"), Usage);
    assert_eq!(b(" cancel 12 "), Cancel(BroadcastId(12)));
    assert_eq!(b("cancel"), CancelUsage);
    assert_eq!(b("cancel -3"), CancelUsage);
    assert_eq!(b("shout"), Usage);
}

#[test]
fn campaign_subcommands_are_read() {
    use CampaignCommand::*;
    let c = CampaignCommand::parse;
    assert_eq!(c(""), Show);
    assert_eq!(c("sid"), Show);
    assert_eq!(c("safer-internet-day show"), Show);
    assert_eq!(
        c("sid date 2027-02-09"),
        Date(NaiveDate::from_ymd_opt(2027, 2, 9).unwrap())
    );
    assert_eq!(c("sid date 9/2/2027"), DateUsage);
    assert_eq!(
        c("sid theme  Together   for  a better internet "),
        Theme("Together for a better internet".into())
    );
    assert_eq!(c("sid theme"), ThemeUsage);
    assert_eq!(
        c(&format!("sid theme {}", "x".repeat(MAX_THEME + 1))),
        ThemeUsage
    );
    assert_eq!(c("sid confirm"), Confirm);
    assert_eq!(c("sid shout"), Usage);
    assert_eq!(c("christmas"), Usage);
}
