//! The sexting initial review (policy 002, "Handling a sexting / nude selfie incident"): a case
//! lead answers the policy's questions as yes/no steps and writes a note of the meeting;
//! submitting appends one `InitialReview` chronology entry holding the answers and says whether
//! policy 002 calls for an immediate referral to the police and/or children's social care (a yes
//! to any of its four criteria).
//!
//! Only a case lead may start or submit it (checked again on submit). The answers are part of
//! the sealed entry body and are shown only in the private case view; this module must never
//! put them in an alert or an audit subject.

use super::cases::{entry, review_outcome_key};
use super::entry_form::{self, secret};
use super::route::Access;
use super::store::InitialReview;
use super::types::{EntryKind, ReviewQuestion};
use crate::core::audit::AuditAction;
use crate::core::fault::Result;
use crate::core::form::driver::FormFeature;
use crate::core::form::{Answers, FormSpec, FormState, Step, StepKind};
use crate::core::message::Message;
use crate::core::turn::Turn;
use async_trait::async_trait;
use std::sync::LazyLock;

/// The initial review form.
pub struct ReviewForm;

/// A yes/no question of the review: keys `case-review-q-<id>` and `case-review-l-<id>` (the
/// [`ReviewQuestion`] label), with one help text for all.
macro_rules! yes_no {
    ($id:literal) => {
        Step::new($id, StepKind::YesNo).keys(
            concat!("case-review-q-", $id),
            concat!("case-review-l-", $id),
            "case-review-help",
        )
    };
}

static SPEC: LazyLock<FormSpec> = LazyLock::new(|| FormSpec {
    id: "case-review",
    version: 1,
    title: "case-review-title",
    steps: vec![
        yes_no!("adult"),
        yes_no!("coerced"),
        yes_no!("extreme"),
        yes_no!("risk"),
        yes_no!("knowledge").optional(),
        yes_no!("widely").optional(),
        yes_no!("vulnerable").optional(),
        yes_no!("before").optional(),
        yes_no!("remove").optional(),
        yes_no!("setting").optional(),
        yes_no!("parents").optional(),
        step!("case-review-", "note", StepKind::Text { min: 2, max: 2000 }).sensitive(),
    ],
});

/// The answers of a finished review form, in question order.
fn review_of(a: &Answers) -> InitialReview {
    InitialReview {
        answers: ReviewQuestion::ALL
            .iter()
            .filter_map(|q| a.yes(q.as_str()).map(|yes| (*q, yes)))
            .collect(),
    }
}

#[async_trait]
impl FormFeature for ReviewForm {
    fn spec(&self) -> &FormSpec {
        &SPEC
    }

    async fn submit(&self, t: &mut Turn<'_>, a: Answers, state: &FormState) -> Result<()> {
        let Some(o) = entry_form::reopen(t, state, Access::Lead).await? else {
            return Ok(());
        };
        let c = &o.concern;
        let review = review_of(&a);
        let outcome = review_outcome_key(&review);
        let mut e = entry(EntryKind::InitialReview, t);
        e.body.text = secret(&a, "note");
        e.body.review = Some(review);
        let n = t.tx.concerns().add_entry(c.id, &e).await?;
        let me = t.me.as_ref().map(|p| p.id);
        let subject = format!("concern:{}", c.reference);
        t.tx.audit(t.cx.school, me, AuditAction::ConcernReview, &subject, t.now)
            .await?;
        t.private(
            Message::new("concern-review-added")
                .arg("ref", c.reference.to_string())
                .arg("n", n)
                .arg_key("outcome", outcome),
        );
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::concern::store::EntryBody;
    use crate::core::form::Answer;

    #[test]
    fn every_review_question_is_a_step_of_the_form() {
        for q in ReviewQuestion::ALL {
            let step = SPEC.step(q.as_str()).expect("a step per question");
            assert_eq!(step.label, q.label());
            assert_eq!(step.optional, !q.is_criterion(), "{q:?}");
        }
        assert_eq!(SPEC.steps.len(), ReviewQuestion::ALL.len() + 1);
    }

    #[test]
    fn any_yes_to_a_criterion_means_referring_now() {
        for q in ReviewQuestion::ALL.iter().copied() {
            let mut a = Answers::default();
            for other in ReviewQuestion::ALL {
                a.0.insert(other.as_str().into(), Answer::Bool(false));
            }
            a.0.insert(q.as_str().into(), Answer::Bool(true));
            let r = review_of(&a);
            assert_eq!(r.refer_now(), q.is_criterion(), "{q:?}");
            assert_eq!(r.answers.len(), ReviewQuestion::ALL.len());
        }
        let mut a = Answers::default();
        a.0.insert("adult".into(), Answer::Bool(false));
        a.0.insert("widely".into(), Answer::Skipped);
        let r = review_of(&a);
        assert_eq!(r.answers, [(ReviewQuestion::AdultInvolved, false)]);
        assert!(!r.refer_now(), "not known is not a yes");
    }

    #[test]
    fn entries_written_before_reviews_existed_still_read() {
        let old = r#"{"text":"Phoned home","reason":null,"agency_ref":null}"#;
        let body: EntryBody = serde_json::from_str(old).unwrap();
        assert_eq!(body.review, None);
        let new = EntryBody {
            review: Some(InitialReview {
                answers: vec![(ReviewQuestion::AdultInvolved, true)],
            }),
            ..EntryBody::default()
        };
        let json = serde_json::to_string(&new).unwrap();
        assert_eq!(serde_json::from_str::<EntryBody>(&json).unwrap(), new);
    }
}
