//! Publishing a policy version, for the chat form and the command line alike. A new version
//! of a policy takes over from the previous one on its effective date; from then everyone in
//! its audience owes a signature of it (see [`super::schedule`]). The messages asking people
//! to sign go out from the sweep, in working hours.

use super::model::{NewVersion, PublishError, VersionId};
use super::schedule::local_date;
use crate::core::audit::AuditAction;
use crate::core::fault::Result;
use crate::core::settings::Settings;
use crate::core::store::Tx;
use chrono::{DateTime, NaiveDate, Utc};

/// What publishing did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub id: VersionId,
    /// Active people in the audience today.
    pub audience: usize,
    /// The date they must sign by (joiners get their own deadline later).
    pub due: NaiveDate,
}

/// Stores the version and audits it. `Err(PublishError::Exists)` when the policy already has a
/// version with this label; nothing is written then.
pub async fn publish(
    tx: &mut dyn Tx,
    v: &NewVersion,
    settings: &Settings,
    now: DateTime<Utc>,
) -> Result<std::result::Result<Published, PublishError>> {
    let Some(id) = tx.aup().aup_insert_version(v, now).await? else {
        return Ok(Err(PublishError::Exists));
    };
    let subject = format!(
        "version:{id} label:{} audience:{} rule:{} hash:{}",
        v.label,
        v.audience.to_list(),
        v.rule.as_string(),
        v.hash
    );
    tx.audit(
        v.school,
        v.published_by,
        AuditAction::AupPublish,
        &subject,
        now,
    )
    .await?;
    let audience = tx
        .people(v.school)
        .await?
        .iter()
        .filter(|p| v.audience.includes(&p.roles))
        .count();
    let due = local_date(v.effective.max(now), settings.timezone) + settings.aup.new_version();
    Ok(Ok(Published { id, audience, due }))
}
