//! The features that own forms, looked up by form id.

use super::concern::entry_form::{CloseForm, EntryForm};
use super::concern::reporting::ConcernForm;
use super::form::driver::FormFeature;

/// The feature owning the form with this id.
pub fn form_feature(id: &str) -> Option<&'static dyn FormFeature> {
    let all: [&'static dyn FormFeature; 3] = [&ConcernForm, &EntryForm, &CloseForm];
    all.into_iter().find(|f| f.spec().id == id)
}
