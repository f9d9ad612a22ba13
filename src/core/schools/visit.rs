//! The trust's safeguarding lead writing about a school that is not their own.
//!
//! A trust lead is a person of one of the trust's schools. When the trust is the escalation
//! level above each school's Chair, their account may choose any of the trust's schools
//! (`route`); in a school where they are nobody, [`visitor`] finds them, and [`allows`] keeps
//! them to that school's cases (`/cases`, `/case`, the case buttons, the case's forms and the
//! trust's `/report`). What they may open is decided by the case's route like anyone's
//! (`concern::cases::access_of`). Nothing else of the school (its people, broadcasts, streams,
//! policies, link codes) is ever open to a visitor.

use super::super::command::Command;
use super::super::event::{Inbound, Place};
use super::super::fault::Result;
use super::super::payload::Payload;
use super::super::people::Person;
use super::super::store::Tx;
use super::super::turn::Ctx;

/// The trust's safeguarding lead behind this private message, when the account is not linked in
/// this school and the trust's leads may open its escalated cases.
pub async fn visitor(tx: &mut dyn Tx, cx: &Ctx, ev: &Inbound) -> Result<Option<Person>> {
    if ev.place != Place::Private {
        return Ok(None);
    }
    for lead in cx.settings.trust.case_leads() {
        if tx.accounts_of(*lead).await?.contains(&ev.from) {
            return Ok(tx.person(*lead).await?.filter(|p| p.active));
        }
    }
    Ok(None)
}

/// True for the commands a visiting trust lead may use.
pub fn allows(cmd: &Command) -> bool {
    matches!(
        cmd,
        Command::Cases(_) | Command::Case(_) | Command::Report(_) | Command::Back | Command::Cancel
    )
}

/// True for the buttons a visiting trust lead may press (a case's, and a form's).
pub fn allows_button(p: &Payload) -> bool {
    matches!(
        p,
        Payload::Case(_)
            | Payload::Form { .. }
            | Payload::Unknown
            | Payload::School(_)
            | Payload::Desk { .. }
    )
}
