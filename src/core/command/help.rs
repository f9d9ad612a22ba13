//! `/help`: a short introduction and one line per command the person is offered, each from
//! the command's description key in the catalogue, so every language lists the same commands.

use super::catalogue;
use crate::core::message::Message;
use crate::core::people::Person;

/// The help for who is asking (`None`: an account linked to nobody, told how to link), in a
/// school whose case desk is on (`desk`) or off (then `/desk` is not listed).
pub fn help_for(me: Option<&Person>, desk: bool) -> Message {
    let Some(p) = me else {
        return Message::new("help-unlinked");
    };
    let intro = if p.roles.is_school_side() {
        "help-staff"
    } else {
        "help-parent"
    };
    Message::new(intro).items("commands", lines(p, desk))
}

/// `/name — description` for each menu command offered to `p`, but `/help` itself.
fn lines(p: &Person, desk: bool) -> Vec<Message> {
    catalogue::offered(Some(&p.roles))
        .filter(|s| s.name != "help" && (desk || s.name != "desk"))
        .map(|s| {
            Message::new("help-line")
                .arg("command", format!("/{}", s.name))
                .arg_key("what", s.description)
        })
        .collect()
}
