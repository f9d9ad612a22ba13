//! The PDF parses, has a cover sheet and a page per case (more for a long chronology), prints
//! "page N of M" and the school on every page, holds the references and Welsh and Polish
//! letters, and warns when it holds Arabic it cannot shape.

use super::*;
use crate::core::concern::reference::ConcernRef;
use crate::core::concern::store::{Concern, ConcernId, Details, Entry, EntryBody};
use crate::core::concern::transfer::{CaseRecord, Cover, EntryRecord, Export};
use crate::core::concern::types::{About, Agency, Category, EntryKind, Location, Status};
use crate::core::ids::{PersonId, SchoolId};
use crate::core::message::Sensitive;
use chrono::{DateTime, Duration, Utc};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn entry(n: u32, kind: EntryKind, text: &str) -> EntryRecord {
    let t = at("2026-11-02T10:00:00Z") + Duration::hours(n.into());
    EntryRecord {
        entry: Entry {
            n,
            kind,
            author: Some(PersonId(1)),
            happened_at: t - Duration::days(1),
            recorded_at: t,
            agency: (kind == EntryKind::Referral).then_some(Agency::SocialCare),
            corrects: None,
            status: None,
            outcome: None,
            body: EntryBody {
                text: Some(Sensitive::new(text.to_string())),
                agency_ref: (kind == EntryKind::Referral).then(|| Sensitive::new("MASH-77".into())),
                ..Default::default()
            },
        },
        author: "Gwenllian Ŵyn".into(),
    }
}

fn case(seq: u32, entries: usize, pupils: &str) -> CaseRecord {
    let mut list = vec![entry(1, EntryKind::Reported, "Reported through Haven")];
    for n in 2..=entries as u32 {
        let kind = if n == 2 {
            EntryKind::Referral
        } else {
            EntryKind::Note
        };
        list.push(entry(
            n,
            kind,
            &"Spoke with the pupil and their carer. ".repeat(6),
        ));
    }
    CaseRecord {
        concern: Concern {
            id: ConcernId(seq.into()),
            school: SchoolId(1),
            reference: ConcernRef::new(2026, seq).unwrap(),
            reporter: PersonId(2),
            about: About::Pupil,
            categories: vec![Category::Cyberbullying],
            urgent: false,
            conflict: false,
            told_dsl: true,
            place: Location::School,
            occurred_at: at("2026-11-01T09:00:00Z"),
            draft_ref: None,
            subjects: vec![],
            status: Status::Monitoring,
            route_level: 0,
            escalate_at: None,
            acknowledged_at: None,
            acknowledged_by: None,
            closed_at: None,
            outcome: None,
            legal_hold: false,
            created_at: at("2026-11-01T10:00:00Z"),
        },
        details: Details {
            pupils: Some(Sensitive::new(pupils.to_string())),
            account: Some(Sensitive::new("Messages in a group chat".into())),
            ..Default::default()
        },
        reporter: "Rhodri Ifan".into(),
        entries: list,
        transfers: vec![],
    }
}

fn export(cases: Vec<CaseRecord>) -> Export {
    Export {
        cover: Cover {
            school: "Ysgol Gynradd Tŷ Gwyn".into(),
            zone: chrono_tz::Europe::London,
            pupil: Some(Sensitive::new("Łucja Wójcik".into())),
            cases: cases.len(),
            first: Some(at("2026-11-01T09:00:00Z")),
            last: Some(at("2026-11-03T09:00:00Z")),
            exported_by: "Gwenllian Ŵyn".into(),
            exported_at: at("2026-12-07T09:00:00Z"),
            transfer: None,
            deadline: NaiveDate::from_ymd_opt(2026, 12, 14),
        },
        cases,
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

/// The text of every page, one string per page, read the way a PDF reader reads it: each
/// shown glyph id mapped back to its character through its font's `ToUnicode` map.
fn pages_text(pdf: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(pdf).expect("the PDF parses");
    doc.get_pages()
        .values()
        .map(|page| {
            let fonts = doc.get_page_fonts(*page).unwrap();
            let maps: std::collections::HashMap<Vec<u8>, std::collections::HashMap<u16, char>> =
                fonts
                    .iter()
                    .map(|(name, font)| (name.clone(), to_unicode(&doc, font)))
                    .collect();
            let content = doc.get_and_decode_page_content(*page).unwrap();
            let mut text = String::new();
            let mut map = None;
            for op in content.operations {
                match op.operator.as_str() {
                    "Tf" => map = op.operands[0].as_name().ok().and_then(|n| maps.get(n)),
                    "Tj" | "TJ" => {
                        let mut shown = op.operands.clone();
                        if let Ok(items) = op.operands[0].as_array() {
                            shown = items.clone();
                        }
                        for o in shown {
                            if let (Ok(bytes), Some(m)) = (o.as_str(), map) {
                                for pair in bytes.chunks(2) {
                                    let gid = u16::from_be_bytes([pair[0], pair[1]]);
                                    text.push(m.get(&gid).copied().unwrap_or('?'));
                                }
                            }
                        }
                        text.push(' ');
                    }
                    _ => {}
                }
            }
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

/// A font's `ToUnicode` map (`<gid> <unicode>` pairs of `bfchar` blocks).
fn to_unicode(
    doc: &lopdf::Document,
    font: &lopdf::Dictionary,
) -> std::collections::HashMap<u16, char> {
    let id = font.get(b"ToUnicode").unwrap().as_reference().unwrap();
    let stream = doc.get_object(id).unwrap().as_stream().unwrap();
    let data = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    let text = String::from_utf8_lossy(&data);
    text.lines()
        .filter_map(|l| {
            let l = l.trim();
            let (a, b) = l.strip_prefix('<')?.split_once("> <")?;
            let b = b.strip_suffix('>')?;
            let gid = u16::from_str_radix(a, 16).ok()?;
            let c = char::from_u32(u32::from_str_radix(b, 16).ok()?)?;
            Some((gid, c))
        })
        .collect()
}

fn i18n() -> I18n {
    I18n::load(chrono_tz::Europe::London).unwrap()
}

#[test]
fn a_cover_sheet_then_a_page_per_short_case_each_numbered_of_the_total() {
    let x = export(vec![
        case(41, 2, "Łucja Wójcik (5W)"),
        case(42, 3, "Łucja Wójcik, Siân Llŷr"),
    ]);
    let pdf = render(&x, &i18n(), Lang::EnGb, today()).unwrap();
    let text = pages_text(&pdf);
    assert_eq!(text.len(), 3, "cover and two cases");
    for (i, page) in text.iter().enumerate() {
        assert!(page.contains(&format!("Page {} of 3", i + 1)), "{page}");
        assert!(page.contains("Confidential"), "{page}");
        assert!(page.contains("Tŷ Gwyn"), "{page}");
    }
    assert!(text[0].contains("keep separate from the main pupil file"));
    assert!(text[0].contains("Łucja Wójcik"));
    assert!(text[1].contains("C-2026-0041"));
    assert!(text[2].contains("C-2026-0042"));
    assert!(text[2].contains("Siân Llŷr"));
    assert!(text[1].contains("MASH-77"), "the referral's reference");
    assert!(!text.concat().contains("Arabic"), "no note without Arabic");
}

#[test]
fn a_long_chronology_runs_over_several_pages_and_the_count_follows() {
    let x = export(vec![case(7, 40, "Zoë Nowak")]);
    let pdf = render(&x, &i18n(), Lang::Pl, today()).unwrap();
    let text = pages_text(&pdf);
    assert!(text.len() >= 4, "{} pages", text.len());
    let n = text.len();
    assert!(
        text[n - 1].contains(&format!("Strona {n} z {n}")),
        "{}",
        text[n - 1]
    );
    assert!(text[0].contains("Teczka ochrony dziecka"));
}

#[test]
fn arabic_content_is_warned_of_and_labels_fall_back_to_english() {
    let x = export(vec![case(9, 2, "مريم")]);
    let pdf = render(&x, &i18n(), Lang::Ar, today()).unwrap();
    let text = pages_text(&pdf);
    assert!(
        text[0].contains("cannot join Arabic letters"),
        "{}",
        text[0]
    );
    assert!(text[0].contains("Child protection file"));
}
