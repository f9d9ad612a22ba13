//! Outbox tags: which rows belong together, so they can be counted, reported on and cancelled
//! as one (a broadcast's copies, a stream's joining details, one person's AUP reminders).
//! One spelling each, written by [`Tag`]'s `Display` and read by [`Tag::parse`]; the SQLite
//! store matches `broadcast:<id>` in SQL too.

use super::aup::model::VersionId;
use super::broadcast::store::BroadcastId;
use super::ids::PersonId;
use super::streams::store::StreamId;
use std::fmt;

/// The tag of a group of outbox rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    /// Every copy of a broadcast: `broadcast:<id>`.
    Broadcast(BroadcastId),
    /// A stream's joining details as first sent: `stream:<id>`.
    Stream(StreamId),
    /// New joining details after a rotation: `stream:<id>:rotation`.
    StreamRotation(StreamId),
    /// Details a parent asked for again: `stream:<id>:again`.
    StreamAgain(StreamId),
    /// Notices to a stream's audience (reminders, changes): `stream:<id>:notice`.
    StreamNotice(StreamId),
    /// One person's reminders about one AUP version, cancelled when they sign:
    /// `aup:<version>:<person>`.
    AupReminder(VersionId, PersonId),
}

impl BroadcastId {
    /// The outbox tag of this broadcast's deliveries.
    pub fn tag(self) -> Tag {
        Tag::Broadcast(self)
    }
}

impl Tag {
    /// Every tag of a stream's messages still worth cancelling.
    pub fn of_stream(id: StreamId) -> [Tag; 3] {
        [
            Tag::Stream(id),
            Tag::StreamRotation(id),
            Tag::StreamAgain(id),
        ]
    }

    /// Reads a stored tag; `None` for one this version does not write.
    pub fn parse(s: &str) -> Option<Tag> {
        let n = |s: &str| s.parse::<i64>().ok();
        let parts: Vec<&str> = s.split(':').collect();
        Some(match parts.as_slice() {
            ["broadcast", id] => Tag::Broadcast(BroadcastId(n(id)?)),
            ["stream", id] => Tag::Stream(StreamId(n(id)?)),
            ["stream", id, "rotation"] => Tag::StreamRotation(StreamId(n(id)?)),
            ["stream", id, "again"] => Tag::StreamAgain(StreamId(n(id)?)),
            ["stream", id, "notice"] => Tag::StreamNotice(StreamId(n(id)?)),
            ["aup", v, p] => Tag::AupReminder(VersionId(n(v)?), PersonId(n(p)?)),
            _ => return None,
        })
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tag::Broadcast(id) => write!(f, "broadcast:{}", id.0),
            Tag::Stream(id) => write!(f, "stream:{}", id.0),
            Tag::StreamRotation(id) => write!(f, "stream:{}:rotation", id.0),
            Tag::StreamAgain(id) => write!(f, "stream:{}:again", id.0),
            Tag::StreamNotice(id) => write!(f, "stream:{}:notice", id.0),
            Tag::AupReminder(v, p) => write!(f, "aup:{}:{}", v.0, p.0),
        }
    }
}

impl From<Tag> for String {
    fn from(t: Tag) -> String {
        t.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_keep_their_stored_spelling_and_read_back() {
        let cases = [
            (Tag::Broadcast(BroadcastId(4)), "broadcast:4"),
            (Tag::Stream(StreamId(3)), "stream:3"),
            (Tag::StreamRotation(StreamId(3)), "stream:3:rotation"),
            (Tag::StreamAgain(StreamId(3)), "stream:3:again"),
            (Tag::StreamNotice(StreamId(3)), "stream:3:notice"),
            (Tag::AupReminder(VersionId(2), PersonId(9)), "aup:2:9"),
        ];
        for (tag, stored) in cases {
            assert_eq!(tag.to_string(), stored);
            assert_eq!(Tag::parse(stored), Some(tag));
        }
        for bad in [
            "",
            "broadcast",
            "broadcast:x",
            "stream:3:later",
            "aup:2",
            "other:1",
        ] {
            assert_eq!(Tag::parse(bad), None, "{bad}");
        }
    }
}
