//! Every message exists in every language, and every key the code names exists.

use haven::core::people::{Lang, Role};
use haven::i18n::{parity_problems, I18n};

#[test]
fn every_locale_has_exactly_the_keys_of_en_gb() {
    let problems = parity_problems();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_key_named_in_the_code_exists_in_en_gb() {
    let i18n = I18n::load(chrono_tz::Europe::London).unwrap();
    let mut missing = Vec::new();
    let mut files = vec![];
    collect(
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
        &mut files,
    );
    for f in files
        .into_iter()
        .filter(|f| !f.to_string_lossy().contains("/tests/"))
    {
        let text = std::fs::read_to_string(&f).unwrap();
        for key in literal_keys(&text) {
            if !i18n.has(&key) {
                missing.push(format!("{}: {key}", f.display()));
            }
        }
    }
    for r in Role::ALL {
        if !i18n.has(&format!("role-{r}")) {
            missing.push(format!("role-{r}"));
        }
    }
    for l in Lang::ALL {
        if !i18n.has(&format!("language-name-{}", l.tag())) {
            missing.push(format!("language-name-{}", l.tag()));
        }
    }
    assert!(missing.is_empty(), "missing keys:\n{}", missing.join("\n"));
}

#[test]
fn polish_readers_get_polish_and_arabic_is_isolated_for_right_to_left() {
    let i18n = I18n::load(chrono_tz::Europe::London).unwrap();
    assert_ne!(
        i18n.text(Lang::Pl, "form-yes"),
        i18n.text(Lang::EnGb, "form-yes")
    );
    assert_eq!(i18n.text(Lang::EnGb, "form-yes"), "Yes");
    let ar = i18n.text_with(Lang::Ar, "welcome-back", &[("name", "Aisha".into())]);
    assert!(
        ar.contains('\u{2068}'),
        "Arabic wraps Latin names in isolation marks: {ar:?}"
    );
}

fn collect(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// String literals passed where a message key is expected.
fn literal_keys(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for marker in [
        "Message::new(\"",
        "Message::private(\"",
        "Choice::key(\"",
        ".keys(\"",
        "Label::Key(\"",
    ] {
        let mut rest = text;
        while let Some(i) = rest.find(marker) {
            rest = &rest[i + marker.len()..];
            if let Some(end) = rest.find('"') {
                let key = &rest[..end];
                if key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                    && !key.is_empty()
                {
                    keys.push(key.to_string());
                }
            }
        }
    }
    keys
}

#[test]
fn machine_translations_say_so_at_the_top() {
    let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/locales"));
    for lang in ["cy", "pl", "ar"] {
        for e in std::fs::read_dir(root.join(lang)).unwrap() {
            let path = e.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(
                text.starts_with("# Machine translation; to be reviewed by a native speaker."),
                "{} does not say it is a machine translation",
                path.display()
            );
        }
    }
}

#[test]
fn help_lists_the_same_commands_in_every_language_for_every_role() {
    use haven::core::command::help::help_for;
    use haven::core::command::menu_for;
    use haven::core::ids::{PersonId, SchoolId};
    use haven::core::people::{Person, Roles};
    let i18n = I18n::load(chrono_tz::Europe::London).unwrap();
    let commands = |text: &str| -> Vec<String> {
        text.split_whitespace()
            .map(|w| w.trim_start_matches(['\u{200F}', '\u{2068}', '\u{2069}']))
            .filter(|w| w.starts_with('/') && w.len() > 1)
            .map(|w| w.trim_end_matches(['\u{2068}', '\u{2069}']).to_string())
            .collect()
    };
    let mut people: Vec<Option<Roles>> = vec![None];
    people.extend(Role::ALL.map(|r| Some(Roles::new([r]))));
    people.push(Some(Roles::new([Role::Staff, Role::Dsl, Role::Slt])));
    people.push(Some(Roles::new([Role::Staff, Role::Parent])));
    for roles in people {
        let person = roles.clone().map(|roles| Person {
            id: PersonId(1),
            school: SchoolId(1),
            external_id: "X1".into(),
            name: "Someone".into(),
            roles,
            lang: Lang::EnGb,
            groups: vec![],
            active: true,
        });
        let body = help_for(person.as_ref(), true);
        let english = commands(&i18n.render(Lang::EnGb, body.body()));
        if roles.is_some() {
            let offered: Vec<String> = menu_for(roles.as_ref())
                .into_iter()
                .filter(|(name, _)| *name != "help")
                .map(|(name, _)| format!("/{name}"))
                .collect();
            assert_eq!(english, offered, "{roles:?}");
        }
        for lang in Lang::ALL {
            let text = i18n.render(lang, body.body());
            assert_eq!(commands(&text), english, "{lang:?} for {roles:?}:\n{text}");
        }
    }
}
