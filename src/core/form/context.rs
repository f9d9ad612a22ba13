//! What a form was started for, and what it has done that must not be done twice: given to
//! [`super::driver::start_with`] and kept in the draft with the answers.
//!
//! Drafts keep it as the list of short strings older versions of Haven stored as the form's
//! `flags` (`case:C-2026-0042`, `stream:3`, `v:7`, `urgent-alerted`, `urgent-rung:<key>`, `school:2`), so a
//! draft saved before reads the same, and one saved now is read the same by an older Haven.
//! Strings nobody knows are dropped.

use crate::core::aup::model::VersionId;
use crate::core::concern::reference::ConcernRef;
use crate::core::ids::SchoolId;
use crate::core::streams::store::StreamId;
use serde::{Deserialize, Serialize};

/// A form's context.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<String>", into = "Vec<String>")]
pub struct FormContext {
    /// What the form is about, when it was started for something.
    pub about: Option<About>,
    /// The urgent alert already raised while the concern form was open.
    pub urgent_alert: Option<UrgentAlert>,
    /// The school the form is about, when that is not its writer's own (the trust's lead
    /// working a case of another school).
    pub school: Option<SchoolId>,
}

/// What a form was started for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum About {
    /// A chronology entry or closing for this case.
    Case(ConcernRef),
    /// New joining details for this stream.
    Stream(StreamId),
    /// Who joined this stream; `replace` when the organiser asked to replace a record.
    Attendance { stream: StreamId, replace: bool },
    /// A question about this AUP version.
    AupVersion(VersionId),
    /// The lead's answer to question `question` about this AUP version.
    AupAnswer { version: VersionId, question: i64 },
}

/// An urgent alert raised from an unfinished concern form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrgentAlert {
    /// The label key of the rung alerted; `None` when nobody could be reached.
    pub rung: Option<String>,
}

impl FormContext {
    /// The context of a form started for `about`.
    pub fn about(about: About) -> Self {
        FormContext {
            about: Some(about),
            urgent_alert: None,
            school: None,
        }
    }
}

const CASE: &str = "case:";
const STREAM: &str = "stream:";
const ATTENDANCE: &str = "attendance:";
const REPLACE: &str = ":replace";
const AUP_VERSION: &str = "v:";
const AUP_ANSWER: &str = "aupq:";
const URGENT: &str = "urgent-alerted";
const RUNG: &str = "urgent-rung:";
const NOBODY: &str = "none";
const SCHOOL: &str = "school:";

impl From<Vec<String>> for FormContext {
    fn from(flags: Vec<String>) -> Self {
        let about = flags.iter().find_map(|f| {
            if let Some(r) = f.strip_prefix(CASE) {
                return ConcernRef::parse(r).ok().map(About::Case);
            }
            if let Some(rest) = f.strip_prefix(ATTENDANCE) {
                let (id, replace) = match rest.strip_suffix(REPLACE) {
                    Some(id) => (id, true),
                    None => (rest, false),
                };
                let stream = StreamId::parse(id)?;
                return Some(About::Attendance { stream, replace });
            }
            if let Some(id) = f.strip_prefix(STREAM) {
                return StreamId::parse(id).map(About::Stream);
            }
            if let Some(ids) = f.strip_prefix(AUP_ANSWER) {
                let (v, q) = ids.split_once('.')?;
                return Some(About::AupAnswer {
                    version: VersionId(v.parse().ok()?),
                    question: q.parse().ok()?,
                });
            }
            let id = f.strip_prefix(AUP_VERSION)?.parse().ok()?;
            Some(About::AupVersion(VersionId(id)))
        });
        let rung = flags
            .iter()
            .find_map(|f| f.strip_prefix(RUNG))
            .filter(|r| *r != NOBODY)
            .map(str::to_string);
        let urgent_alert = flags
            .iter()
            .any(|f| f == URGENT)
            .then_some(UrgentAlert { rung });
        let school = flags
            .iter()
            .find_map(|f| f.strip_prefix(SCHOOL)?.parse().ok())
            .map(SchoolId);
        FormContext {
            about,
            urgent_alert,
            school,
        }
    }
}

impl From<FormContext> for Vec<String> {
    fn from(c: FormContext) -> Self {
        let mut flags = Vec::new();
        match c.about {
            Some(About::Case(r)) => flags.push(format!("{CASE}{r}")),
            Some(About::Stream(id)) => flags.push(format!("{STREAM}{id}")),
            Some(About::Attendance { stream, replace }) => flags.push(format!(
                "{ATTENDANCE}{stream}{}",
                if replace { REPLACE } else { "" }
            )),
            Some(About::AupVersion(v)) => flags.push(format!("{AUP_VERSION}{}", v.0)),
            Some(About::AupAnswer { version, question }) => {
                flags.push(format!("{AUP_ANSWER}{}.{question}", version.0))
            }
            None => {}
        }
        if let Some(a) = c.urgent_alert {
            flags.push(URGENT.to_string());
            flags.push(format!("{RUNG}{}", a.rung.as_deref().unwrap_or(NOBODY)));
        }
        if let Some(s) = c.school {
            flags.push(format!("{SCHOOL}{}", s.0));
        }
        flags
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_saved_by_older_versions_read_as_the_same_context() {
        let read = |flags: &[&str]| -> FormContext {
            serde_json::from_value(serde_json::json!(flags)).unwrap()
        };
        let r = ConcernRef::parse("C-2026-0042").unwrap();
        assert_eq!(
            read(&["case:C-2026-0042"]),
            FormContext::about(About::Case(r))
        );
        assert_eq!(
            read(&["stream:3"]),
            FormContext::about(About::Stream(StreamId(3)))
        );
        assert_eq!(
            read(&["v:7"]),
            FormContext::about(About::AupVersion(VersionId(7)))
        );
        assert_eq!(
            read(&["urgent-alerted", "urgent-rung:concern-rung-dsl"]).urgent_alert,
            Some(UrgentAlert {
                rung: Some("concern-rung-dsl".into())
            })
        );
        assert_eq!(
            read(&["urgent-alerted", "urgent-rung:none"]).urgent_alert,
            Some(UrgentAlert { rung: None })
        );
        assert_eq!(read(&["school:2"]).school, Some(SchoolId(2)));
        let visiting = FormContext {
            school: Some(SchoolId(2)),
            ..FormContext::about(About::Case(r))
        };
        assert_eq!(read(&["case:C-2026-0042", "school:2"]), visiting);
        assert_eq!(Vec::<String>::from(visiting.clone()).len(), 2);
        assert_eq!(read(&[]), FormContext::default());
        assert_eq!(
            read(&["something-else", "case:nonsense"]),
            FormContext::default()
        );
    }

    #[test]
    fn a_draft_saved_by_an_older_version_loads_with_its_context() {
        let old = serde_json::json!({
            "form": "concern",
            "version": 2,
            "step": 3,
            "answers": {},
            "history": [0, 1, 2],
            "nonce": "Ab3dE6gH",
            "editing": false,
            "choosing_edit": false,
            "ticked": [],
            "flags": ["urgent-alerted", "urgent-rung:concern-rung-dsl"]
        });
        let state: crate::core::form::FormState = serde_json::from_value(old).unwrap();
        assert_eq!(
            state.context.urgent_alert,
            Some(UrgentAlert {
                rung: Some("concern-rung-dsl".into())
            })
        );
        assert_eq!(state.context.about, None);
        let saved = serde_json::to_value(&state).unwrap();
        assert_eq!(
            saved["flags"],
            serde_json::json!(["urgent-alerted", "urgent-rung:concern-rung-dsl"]),
            "saved as before, so an older Haven reads it too"
        );
    }

    #[test]
    fn every_context_is_stored_as_older_versions_stored_it() {
        let contexts = [
            FormContext::default(),
            FormContext::about(About::Case(ConcernRef::parse("C-2026-0001").unwrap())),
            FormContext::about(About::Stream(StreamId(12))),
            FormContext::about(About::Attendance {
                stream: StreamId(12),
                replace: false,
            }),
            FormContext::about(About::Attendance {
                stream: StreamId(3),
                replace: true,
            }),
            FormContext::about(About::AupVersion(VersionId(4))),
            FormContext::about(About::AupAnswer {
                version: VersionId(4),
                question: 9,
            }),
            FormContext {
                about: None,
                urgent_alert: Some(UrgentAlert {
                    rung: Some("concern-rung-head".into()),
                }),
                school: None,
            },
            FormContext {
                about: None,
                urgent_alert: Some(UrgentAlert { rung: None }),
                school: Some(SchoolId(3)),
            },
        ];
        for c in contexts {
            let json = serde_json::to_value(&c).unwrap();
            assert!(json.is_array(), "{json}");
            assert_eq!(serde_json::from_value::<FormContext>(json).unwrap(), c);
        }
    }
}
