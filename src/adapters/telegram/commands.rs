//! Command menus on Telegram (`setMyCommands`, `deleteMyCommands`): the entries Telegram
//! accepts and the language codes it wants. The calls themselves are the transport's
//! ([`super::TelegramTransport`]), made when the dispatcher hands it a menu job from the
//! outbox; this module never decides what a menu holds (the core does) and never logs command
//! descriptions.

use teloxide::types::BotCommand;

/// The entries Telegram accepts: a name of 1-32 of `a-z 0-9 _` and a description of 1-256
/// characters. Others are logged (by name) and left out.
pub(super) fn entries(menu: &[(String, String)]) -> Vec<BotCommand> {
    menu.iter().filter_map(entry).collect()
}

fn entry((name, description): &(String, String)) -> Option<BotCommand> {
    let name_ok = (1..=32).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    let description = description.trim();
    let len = description.chars().count();
    if !name_ok || !(1..=256).contains(&len) {
        tracing::error!(command = %name, "menu entry Telegram would refuse; left out");
        return None;
    }
    Some(BotCommand::new(name.clone(), description.to_string()))
}

/// Telegram wants a two-letter ISO 639-1 code: `pl-PL` → `pl`, `cy` → `cy`.
pub(super) fn language_code(tag: &str) -> Option<String> {
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    (primary.len() == 2 && primary.bytes().all(|b| b.is_ascii_lowercase())).then_some(primary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(name: &str, description: &str) -> Vec<(String, String)> {
        vec![(name.into(), description.into())]
    }

    #[test]
    fn menu_entries_follow_telegrams_rules() {
        assert_eq!(entries(&one("concern", "Report a concern")).len(), 1);
        assert!(entries(&one("Concern", "Report")).is_empty());
        assert!(entries(&one("aup", " ")).is_empty());
    }

    #[test]
    fn language_tags_become_two_letter_codes() {
        assert_eq!(language_code("en-GB").as_deref(), Some("en"));
        assert_eq!(language_code("cy").as_deref(), Some("cy"));
        assert_eq!(language_code("fil"), None);
    }
}
