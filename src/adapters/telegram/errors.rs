//! What a failed Bot API call means for delivery.
//!
//! Telegram's error descriptions never contain the message text, so the reasons built here are
//! safe to store and log; this module must never add the text or the token to them.

use crate::delivery::SendError;
use teloxide::{ApiError, RequestError};

/// Maps a failed `sendMessage` (or another call aimed at a chat) to a delivery outcome.
pub fn send_error(err: &RequestError) -> SendError {
    match err {
        RequestError::RetryAfter(secs) => SendError::RetryAfter(secs.duration()),
        RequestError::MigrateToChatId(to) => {
            SendError::Unreachable(format!("the group became supergroup {to}"))
        }
        RequestError::Api(api) => api_send_error(api),
        RequestError::Network(_) | RequestError::InvalidJson { .. } | RequestError::Io(_) => {
            SendError::Transient(err.to_string())
        }
    }
}

fn api_send_error(api: &ApiError) -> SendError {
    use ApiError::*;
    let reason = api.to_string();
    match api {
        BotBlocked
        | UserDeactivated
        | ChatNotFound
        | UserNotFound
        | CantInitiateConversation
        | CantTalkWithBots
        | BotKicked
        | BotKickedFromSupergroup
        | BotKickedFromChannel
        | GroupDeactivated
        | NotEnoughRightsToPostMessages => SendError::Unreachable(reason),
        // A revoked token is not the recipient's fault: keep the message for when it is fixed.
        InvalidToken => SendError::Transient(reason),
        Unknown(text) => unknown_error(text),
        // Any other refusal is about the request itself and will not pass by retrying.
        _ => SendError::Forbidden(reason),
    }
}

/// Classifies a description teloxide does not know, by Telegram's conventional prefix.
fn unknown_error(text: &str) -> SendError {
    let reason = text.to_string();
    if text.starts_with("Forbidden") {
        SendError::Unreachable(reason)
    } else if text.starts_with("Bad Request") {
        SendError::Forbidden(reason)
    } else {
        // "Internal Server Error", "Bad Gateway", proxies' pages and the like.
        SendError::Transient(reason)
    }
}

/// Maps a failed `deleteMessage`. A message that is already gone counts as removed (`Ok`).
pub fn remove_error(err: &RequestError) -> Result<(), SendError> {
    match err {
        RequestError::Api(ApiError::MessageToDeleteNotFound) => Ok(()),
        RequestError::Api(ApiError::InvalidToken) => Err(SendError::Transient(err.to_string())),
        RequestError::Api(ApiError::Unknown(text)) if !is_refusal(text) => {
            Err(SendError::Transient(text.clone()))
        }
        // Too old (48 hours), not enough rights, not a member, chat gone: Telegram will not
        // change its mind.
        RequestError::Api(api) => Err(SendError::Forbidden(api.to_string())),
        RequestError::MigrateToChatId(to) => Err(SendError::Forbidden(format!(
            "the group became supergroup {to}"
        ))),
        other => Err(send_error(other)),
    }
}

fn is_refusal(text: &str) -> bool {
    text.starts_with("Bad Request") || text.starts_with("Forbidden")
}

/// True when the token was refused: the adapter must stop, not retry.
pub fn is_unauthorized(err: &RequestError) -> bool {
    matches!(err, RequestError::Api(ApiError::InvalidToken))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;
    use teloxide::types::Seconds;

    #[test]
    fn flood_control_asks_to_wait() {
        let err = RequestError::RetryAfter(Seconds::from_seconds(7));
        assert_eq!(
            send_error(&err),
            SendError::RetryAfter(Duration::from_secs(7))
        );
    }

    #[test]
    fn blocked_and_missing_chats_are_unreachable() {
        for api in [
            ApiError::BotBlocked,
            ApiError::ChatNotFound,
            ApiError::UserDeactivated,
        ] {
            assert!(matches!(
                send_error(&RequestError::Api(api)),
                SendError::Unreachable(_)
            ));
        }
        let other = ApiError::Unknown("Forbidden: bot can't send messages to this user".into());
        assert!(matches!(
            send_error(&RequestError::Api(other)),
            SendError::Unreachable(_)
        ));
    }

    #[test]
    fn server_errors_pass_and_bad_requests_do_not() {
        let server = ApiError::Unknown("Internal Server Error".into());
        assert!(matches!(
            send_error(&RequestError::Api(server)),
            SendError::Transient(_)
        ));
        let bad = RequestError::Api(ApiError::MessageIsTooLong);
        assert!(matches!(send_error(&bad), SendError::Forbidden(_)));
    }

    #[test]
    fn removal_refusals_are_forbidden_and_missing_messages_are_fine() {
        let refused = RequestError::Api(ApiError::MessageCantBeDeleted);
        assert!(matches!(
            remove_error(&refused),
            Err(SendError::Forbidden(_))
        ));
        let rights = ApiError::Unknown("Bad Request: not enough rights to delete".into());
        assert!(matches!(
            remove_error(&RequestError::Api(rights)),
            Err(SendError::Forbidden(_))
        ));
        let gone = RequestError::Api(ApiError::MessageToDeleteNotFound);
        assert_eq!(remove_error(&gone), Ok(()));
    }
}
