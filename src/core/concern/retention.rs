//! Retention: closed cases are deleted, chronology and all, once their kind of record has been
//! kept for its configured time after closing, unless a legal hold stops it. Each deletion is
//! audited by reference only.

use super::types::RecordType;
use crate::core::audit::AuditAction;
use crate::core::fault::Result;
use crate::core::turn::Ctx;

/// Deletes closed cases past retention that are not on legal hold.
pub async fn sweep(cx: &Ctx) -> Result<()> {
    let now = cx.clock.now();
    let retention = &cx.settings.concern.retention;
    let mut tx = cx.store.begin().await?;
    let mut deleted = 0;
    let before = retention.candidates_closed_before(now);
    for c in tx.concerns().closed_concerns(cx.school, before).await? {
        let Some(closed) = c.closed_at else { continue };
        let kind = RecordType::of(c.about, &c.categories);
        if retention.expires(kind, closed) > now {
            continue;
        }
        tx.concerns().delete_concern(c.id).await?;
        let subject = format!("concern:{}", c.reference);
        tx.audit(cx.school, None, AuditAction::ConcernDeleted, &subject, now)
            .await?;
        deleted += 1;
    }
    if deleted > 0 {
        tracing::info!(deleted, "closed concerns past retention were deleted");
        tx.commit().await?;
    }
    Ok(())
}
