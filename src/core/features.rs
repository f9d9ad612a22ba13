//! The features that own forms: the one list of them, which the application puts in the
//! `Ctx` as its [`FormRegistry`]. Only the application imports this module; a feature never
//! does.

use super::aup::{answer, publish_form, question};
use super::broadcast;
use super::concern::addition::AdditionForm;
use super::concern::entry_form::{CloseForm, EntryForm, ReopenForm};
use super::concern::reporting::ConcernForm;
use super::concern::review::ReviewForm;
use super::streams;
use super::turn::{FormFeature, FormRegistry};

/// Every feature that owns a form.
pub fn forms() -> FormRegistry {
    let all: [&'static dyn FormFeature; 13] = [
        &ConcernForm,
        &EntryForm,
        &CloseForm,
        &ReopenForm,
        &AdditionForm,
        &ReviewForm,
        &streams::new::FORM,
        &streams::rotate::FORM,
        &streams::attendance::FORM,
        &question::QUESTION,
        &answer::ANSWER,
        &publish_form::PUBLISH,
        &broadcast::form::FEATURE,
    ];
    FormRegistry::new(all)
}

#[cfg(test)]
mod tests {
    use super::forms;

    #[test]
    fn every_form_is_found_by_its_own_id_and_no_two_share_one() {
        let forms = forms();
        let ids: Vec<&str> = forms.iter().map(|f| f.spec().id).collect();
        for id in &ids {
            assert_eq!(forms.get(id).map(|f| f.spec().id), Some(*id));
            assert_eq!(ids.iter().filter(|i| *i == id).count(), 1, "{id}");
        }
        assert_eq!(ids.len(), 13);
        assert!(forms.get("no-such-form").is_none());
    }
}
