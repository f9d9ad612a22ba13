//! The features that own forms, looked up by form id.

use super::aup::{publish_form, question};
use super::concern::addition::AdditionForm;
use super::concern::entry_form::{CloseForm, EntryForm};
use super::concern::reporting::ConcernForm;
use super::concern::review::ReviewForm;
use super::form::driver::FormFeature;
use super::streams;

/// The feature owning the form with this id.
pub fn form_feature(id: &str) -> Option<&'static dyn FormFeature> {
    match id {
        streams::new::FORM_ID => Some(&streams::new::FORM),
        streams::rotate::FORM_ID => Some(&streams::rotate::FORM),
        question::FORM_ID => Some(&question::QUESTION),
        publish_form::FORM_ID => Some(&publish_form::PUBLISH),
        super::broadcast::form::FORM_ID => Some(&super::broadcast::form::FEATURE),
        _ => {
            let concern: [&'static dyn FormFeature; 5] = [
                &ConcernForm,
                &EntryForm,
                &CloseForm,
                &AdditionForm,
                &ReviewForm,
            ];
            concern.into_iter().find(|f| f.spec().id == id)
        }
    }
}
