//! Link codes that cannot be hijacked, and accounts that cannot be taken over quietly.
//!
//! - [`guard`]: a code seen in a group chat is revoked at once, the message is removed where the
//!   platform allows, the group is told it no longer works, and its owner and the office are
//!   told (the owner gets a new code from the office).
//! - [`relink`]: a code redeemed by a new account for a person who already has an account on
//!   that platform does not move them; the old account is asked to confirm (a button), or the
//!   office approves after a cooling-off period (`haven relink`).
//!
//! This module never reveals a code, never says whose code it was in a group, and never links
//! an account without the code's owner's old account or the office agreeing.

pub mod guard;
pub mod relink;
pub mod store;

use crate::core::people::{Person, Role};

/// True when a new account for `p` needs more than the code: they hold a safeguarding role.
pub fn guarded(p: &Person) -> bool {
    p.roles.iter().any(Role::is_safeguarding)
}
