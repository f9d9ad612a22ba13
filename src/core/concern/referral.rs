//! How to reach an agency a case was referred to, shown to the lead once the referral is in
//! the chronology: the local authority designated officer (LADO) as the school's contacts name
//! them (policy 002: concerns about the Headteacher go "to the Chair of Governors and the LADO"),
//! and the Internet Watch Foundation for suspected illegal images (policy 002: "we will
//! immediately refer any suspected illegal material to the appropriate authorities – Police,
//! Internet Watch Foundation"). Pure; never holds anything from the case itself.

use super::types::Agency;
use crate::core::message::Message;
use crate::core::settings::Settings;

/// The message saying how to reach `agency`, for the agencies Haven knows how to reach.
pub fn contact(agency: Agency, settings: &Settings) -> Option<Message> {
    match agency {
        Agency::Lado => {
            Some(Message::new("concern-referral-lado").arg("lado", settings.contacts.lado_text()))
        }
        Agency::Iwf => Some(Message::new("concern-referral-iwf")),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::message::Arg;

    #[test]
    fn the_lado_is_named_from_the_contacts_and_the_iwf_by_its_reporting_page() {
        let mut s = Settings::default();
        s.contacts.lado = "Jo Bloggs, LADO, 01632 960 123".into();
        let lado = contact(Agency::Lado, &s).expect("lado").body().clone();
        assert_eq!(lado.key, "concern-referral-lado");
        assert_eq!(
            lado.args,
            vec![("lado".to_string(), Arg::Local(s.contacts.lado_text()))]
        );
        assert_eq!(
            contact(Agency::Iwf, &s).expect("iwf").body().clone().key,
            "concern-referral-iwf"
        );
        for a in [Agency::Police, Agency::SocialCare, Agency::Other] {
            assert!(contact(a, &s).is_none(), "{a:?}");
        }
    }
}
