//! What the audit log records: one closed set of actions, each with one stored spelling
//! (`area.verb`). Records written before the spellings were unified (`stream-cancel`,
//! `broadcast-optout`, `sid-date`, `link`, …) still read back as the same action.

/// Declares the actions with their spelling and the older spellings that read as them.
macro_rules! actions {
    ($($(#[$m:meta])* $variant:ident => $spelling:literal $(| $older:literal)*,)+) => {
        /// An action recorded in the audit log.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum AuditAction { $($(#[$m])* $variant),+ }

        impl AuditAction {
            /// Every action.
            pub const ALL: &'static [AuditAction] = &[$(AuditAction::$variant),+];

            /// The stored spelling.
            pub fn as_str(self) -> &'static str {
                match self { $(AuditAction::$variant => $spelling),+ }
            }

            /// Reads a stored spelling, current or older; `None` for one this version never
            /// wrote.
            pub fn parse(s: &str) -> Option<AuditAction> {
                match s {
                    $($spelling $(| $older)* => Some(AuditAction::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

actions! {
    AccountLink => "account.link" | "link",
    AccountUnlink => "account.unlink" | "unlink",
    LinkCodeIssue => "link_code.issue",
    LinkCodeRevoke => "link_code.revoke",
    RelinkRequest => "link.relink.request",
    RelinkDeclined => "link.relink.declined",
    RelinkApproved => "link.relink.approved",
    RelinkConfirmed => "link.relink.confirmed",
    RoleRequest => "role.request",
    RoleBootstrap => "role.bootstrap",
    RoleConfirm => "role.confirm",
    RoleRefuse => "role.refuse",
    RoleLeaver => "role.leaver",
    RoleRemoved => "role.removed",
    RosterImport => "roster.import",
    ConcernReport => "concern.report",
    ConcernUrgent => "concern.urgent",
    ConcernUrgentUnfinished => "concern.urgent_unfinished",
    ConcernView => "concern.view",
    ConcernRefused => "concern.refused",
    ConcernAck => "concern.ack",
    ConcernStatus => "concern.status",
    ConcernHoldOn => "concern.hold_on",
    ConcernHoldOff => "concern.hold_off",
    ConcernEntry => "concern.entry",
    ConcernReview => "concern.review",
    ConcernClose => "concern.close",
    ConcernReporterAddition => "concern.reporter_addition",
    ConcernEscalate => "concern.escalate",
    ConcernRemind => "concern.remind",
    ConcernDeleted => "concern.deleted",
    ConcernExport => "concern.export",
    ConcernTransfer => "concern.transfer",
    ConcernTransferReceipt => "concern.transfer_receipt",
    /// A case desk sign-in link sent.
    DeskLink => "desk.link",
    DeskSignIn => "desk.signin",
    DeskSignOut => "desk.signout",
    /// A case desk list or log viewed (open or closed cases, the access log).
    DeskView => "desk.view",
    /// A case desk search made (what was typed is not recorded).
    DeskSearch => "desk.search",
    StreamCreate => "stream.create" | "stream-create",
    StreamApprove => "stream.approve" | "stream-approve",
    StreamDecline => "stream.decline" | "stream-decline",
    StreamCancel => "stream.cancel" | "stream-cancel",
    StreamMove => "stream.move" | "stream-move",
    StreamRotate => "stream.rotate" | "stream-rotate",
    StreamAttendance => "stream.attendance" | "stream-attendance",
    StreamLeak => "stream.leak" | "stream-leak",
    /// A broadcast confirmed for sending (now or at its time).
    BroadcastConfirm => "broadcast.confirm" | "broadcast",
    BroadcastCancel => "broadcast.cancel" | "broadcast-cancel",
    BroadcastOptOut => "broadcast.optout" | "broadcast-optout",
    BroadcastOptIn => "broadcast.optin" | "broadcast-optin",
    SidDate => "campaign.sid_date" | "sid-date",
    SidTheme => "campaign.sid_theme" | "sid-theme",
    SidConfirm => "campaign.sid_confirm" | "sid-confirm",
    AupPublish => "aup.publish",
    AupSign => "aup.sign",
    AupQuestion => "aup.question",
    AupAnswer => "aup.answer",
}

impl std::fmt::Display for AuditAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_spelling_each_and_every_older_one_still_reads() {
        let mut seen = std::collections::HashSet::new();
        for a in AuditAction::ALL {
            let s = a.as_str();
            assert!(seen.insert(s), "{s} twice");
            assert_eq!(AuditAction::parse(s), Some(*a));
            let (area, verb) = s.split_once('.').expect("area.verb");
            for part in [area, verb] {
                assert!(
                    part.bytes()
                        .all(|b| b.is_ascii_lowercase() || b == b'_' || b == b'.'),
                    "{s}"
                );
            }
        }
        for (older, now) in [
            ("stream-cancel", AuditAction::StreamCancel),
            ("broadcast", AuditAction::BroadcastConfirm),
            ("broadcast-optout", AuditAction::BroadcastOptOut),
            ("sid-date", AuditAction::SidDate),
            ("link", AuditAction::AccountLink),
            ("unlink", AuditAction::AccountUnlink),
        ] {
            assert_eq!(AuditAction::parse(older), Some(now), "{older}");
        }
        assert_eq!(AuditAction::parse("concern-ack"), None);
    }
}
