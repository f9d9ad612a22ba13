//! The features that own forms, looked up by form id.

use super::form::driver::FormFeature;

/// The feature owning the form with this id.
pub fn form_feature(id: &str) -> Option<&'static dyn FormFeature> {
    match id {
        super::broadcast::form::FORM_ID => Some(&super::broadcast::form::FEATURE),
        _ => None,
    }
}
