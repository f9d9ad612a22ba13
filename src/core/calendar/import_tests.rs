use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn range(a: &str, b: &str) -> DateRange {
    DateRange::new(d(a), d(b)).unwrap()
}

const GOOD_ICS: &str = "BEGIN:VCALENDAR\r\n\
VERSION:2.0\r\n\
PRODID:-//Example School//Term dates//EN\r\n\
BEGIN:VEVENT\r\n\
UID:autumn-2026@example.sch.uk\r\n\
SUMMARY:Autumn term\r\n\
DTSTART;VALUE=DATE:20260902\r\n\
DTEND;VALUE=DATE:20261219\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
UID:half-term@example.sch.uk\r\n\
SUMMARY:Autumn half term\r\n\
DTSTART;VALUE=DATE:20261026\r\n\
DTEND;VALUE=DATE:20261031\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
UID:inset@example.sch.uk\r\n\
SUMMARY:INSET day (staff training\r\n\
 , spring term)\r\n\
DTSTART;VALUE=DATE:20261127\r\n\
END:VEVENT\r\n\
BEGIN:VEVENT\r\n\
SUMMARY:Snow closure\r\n\
DTSTART;TZID=Europe/London:20270112T000000\r\n\
DTEND;TZID=Europe/London:20270114T000000\r\n\
END:VEVENT\r\n\
END:VCALENDAR\r\n";

#[test]
fn an_ics_file_gives_terms_and_closures_with_exclusive_ends() {
    let got = parse("Calendar.ICS", GOOD_ICS).unwrap();
    assert_eq!(
        got,
        vec![
            (EntryKind::Term, range("2026-09-02", "2026-12-18")),
            (EntryKind::Closure, range("2026-10-26", "2026-10-30")),
            // Folded summary ("… training, spring term"): a closure, one day without DTEND.
            (EntryKind::Closure, DateRange::day(d("2026-11-27"))),
            // Timed, ending at midnight: the 12th and 13th.
            (EntryKind::Closure, range("2027-01-12", "2027-01-13")),
        ]
    );
}

#[test]
fn term_words_are_whole_words() {
    assert!(is_term("Spring Term 1"));
    assert!(is_term("SUMMER-TERM"));
    assert!(!is_term("Half-term"));
    assert!(!is_term("Christmas holiday"));
    assert!(!is_term("Determination day"), "not the word 'term'");
    assert!(!is_term("Bank holiday"));
}

#[test]
fn bad_ics_files_name_the_line() {
    let err = |text: &str| ics(text).unwrap_err();
    assert_eq!(err("SUMMARY:x\n").problem, Problem::NotICalendar);
    let unfinished = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260902\nEND:VCALENDAR\n";
    assert_eq!(
        err(unfinished),
        FileError {
            line: 2,
            problem: Problem::UnfinishedEvent
        }
    );
    let bad_date = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Term\nDTSTART;VALUE=DATE:2026-09-02\nEND:VEVENT\nEND:VCALENDAR\n";
    assert_eq!(
        err(bad_date),
        FileError {
            line: 4,
            problem: Problem::BadDate("2026-09-02".into())
        }
    );
    let backwards = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260902\n\nDTEND;VALUE=DATE:20260801\nEND:VEVENT\nEND:VCALENDAR\n";
    assert_eq!(
        err(backwards),
        FileError {
            line: 5,
            problem: Problem::EndBeforeStart
        }
    );
    let no_start = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Term\nEND:VEVENT\nEND:VCALENDAR\n";
    assert_eq!(err(no_start).line, 2);
    assert_eq!(err(no_start).problem, Problem::NoStart);
    // Garbage never panics.
    for junk in [
        "",
        ":",
        "BEGIN:VCALENDAR\nDTSTART:2",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260230\nEND:VEVENT",
    ] {
        let _ = ics(junk);
    }
}

#[test]
fn a_csv_file_gives_terms_and_closures() {
    let text = "kind,start,end,name\n\
        term,2026-09-02,2026-12-18,Autumn term\n\
        closure,2026-11-27,,INSET day\n\
        \n\
        Closure, 2026-10-26 , 2026-10-30 ,\"Half term, autumn\"\n\
        term,2027-01-05,2027-03-26\n";
    assert_eq!(
        parse("closures.csv", text).unwrap(),
        vec![
            (EntryKind::Term, range("2026-09-02", "2026-12-18")),
            (EntryKind::Closure, DateRange::day(d("2026-11-27"))),
            (EntryKind::Closure, range("2026-10-26", "2026-10-30")),
            (EntryKind::Term, range("2027-01-05", "2027-03-26")),
        ]
    );
}

#[test]
fn bad_csv_files_name_the_line() {
    let err = |text: &str| csv(text).unwrap_err();
    assert_eq!(
        err("term,2026-09-02,2026-12-18\n").problem,
        Problem::BadHeader,
        "no header row"
    );
    let text = "kind,start,end,name\nterm,2026-09-02,2026-12-18,Autumn\nholiday,2026-12-21,,Xmas\n";
    assert_eq!(
        err(text),
        FileError {
            line: 3,
            problem: Problem::UnknownKind("holiday".into())
        }
    );
    let text = "kind,start,end,name\nclosure,27/11/2026,,INSET\n";
    assert_eq!(
        err(text),
        FileError {
            line: 2,
            problem: Problem::BadDate("27/11/2026".into())
        }
    );
    let text = "kind,start,end,name\nterm,2026-09-02,2026-08-01,x\n";
    assert_eq!(err(text).problem, Problem::EndBeforeStart);
    assert_eq!(
        parse("dates.txt", "").unwrap_err().problem,
        Problem::UnknownFormat
    );
}
