//! Gateway payloads (deserialised into serenity's model, as the gateway does) become the core's
//! events: who, where, what, and how the adapter answers the interaction at once.

use crate::support::discord_events::{self as ev, Where};
use crate::support::discord_fake::{GUILD_ID, STAFF_CHANNEL};
use haven::adapters::discord::inbound::{self, Answer};
use haven::core::event::{Input, Place};
use haven::core::ids::{Account, GroupChat, Platform};
use haven::core::store::Address;
use serde_json::json;
use serenity::all::{Interaction, Message};

const DANIEL: &str = "1400000000000000002";
const DM: &str = "1450000000000000002";

fn interaction(v: serde_json::Value) -> Interaction {
    serde_json::from_value(v).expect("a valid interaction payload")
}

#[test]
fn a_direct_message_is_private_text_from_the_user() {
    let m: Message =
        serde_json::from_value(ev::message(1, DANIEL, Where::Dm(DM), "hello **there**"))
            .expect("message");
    let e = inbound::from_message(&m).expect("an event");
    assert_eq!(e.from, Account::new(Platform::Discord, DANIEL));
    assert_eq!(e.place, Place::Private);
    assert_eq!(e.input, Input::Text("hello **there**".into()));
    assert_eq!(e.message_id, Some(ev::snowflake(1)));

    let typed: Message =
        serde_json::from_value(ev::message(2, DANIEL, Where::Dm(DM), "/link abcd-efgh"))
            .expect("message");
    assert_eq!(
        inbound::from_message(&typed).expect("event").input,
        Input::Command {
            name: "link".into(),
            args: "abcd-efgh".into()
        }
    );
}

#[test]
fn bots_system_messages_and_attachments() {
    let mut from_bot = ev::message(1, DANIEL, Where::Channel(STAFF_CHANNEL), "beep");
    from_bot["author"]["bot"] = json!(true);
    let m: Message = serde_json::from_value(from_bot).expect("message");
    assert!(inbound::from_message(&m).is_none(), "bots are not heard");

    let mut pinned = ev::message(2, DANIEL, Where::Channel(STAFF_CHANNEL), "");
    pinned["type"] = json!(6);
    let m: Message = serde_json::from_value(pinned).expect("message");
    assert!(
        inbound::from_message(&m).is_none(),
        "system messages are not heard"
    );

    let mut photo = ev::message(3, DANIEL, Where::Dm(DM), "");
    photo["attachments"] = json!([{ "id": "1", "filename": "a.png", "size": 10,
        "url": "https://cdn.example/a.png", "proxy_url": "https://cdn.example/a.png" }]);
    let m: Message = serde_json::from_value(photo).expect("message");
    assert_eq!(
        inbound::from_message(&m).expect("event").input,
        Input::Attachment
    );

    // In a channel, the words sent with a file are read like any text (the guards see them).
    let mut posted = ev::message(
        4,
        DANIEL,
        Where::Channel(STAFF_CHANNEL),
        "code ABCD-EFGH-JKMN",
    );
    posted["attachments"] = json!([{ "id": "2", "filename": "b.png", "size": 10,
        "url": "https://cdn.example/b.png", "proxy_url": "https://cdn.example/b.png" }]);
    let m: Message = serde_json::from_value(posted).expect("message");
    assert_eq!(
        inbound::from_message(&m).expect("event").input,
        Input::Text("code ABCD-EFGH-JKMN".into())
    );
}

#[test]
fn a_channel_message_is_group_text_for_the_leak_guard() {
    let m: Message = serde_json::from_value(ev::message(
        4,
        DANIEL,
        Where::Channel(STAFF_CHANNEL),
        "the passcode is 1234",
    ))
    .expect("message");
    let e = inbound::from_message(&m).expect("event");
    assert_eq!(
        e.place,
        Place::Group(GroupChat::new(Platform::Discord, STAFF_CHANNEL))
    );
    assert_eq!(
        e.message_id,
        Some(ev::snowflake(4)),
        "so the core can ask for its removal"
    );
}

#[test]
fn a_slash_command_in_a_channel_is_a_group_command_deferred_ephemerally() {
    let i = interaction(ev::slash(
        5,
        DANIEL,
        Where::Channel(STAFF_CHANNEL),
        "whoami",
        None,
    ));
    let Interaction::Command(c) = i else {
        panic!("a command")
    };
    let got = inbound::from_command(&c);
    let e = got.inbound.expect("an event");
    assert_eq!(
        e.from,
        Account::new(Platform::Discord, DANIEL),
        "member.user is the sender"
    );
    assert_eq!(
        e.place,
        Place::Group(GroupChat::new(Platform::Discord, STAFF_CHANNEL))
    );
    assert_eq!(
        e.input,
        Input::Command {
            name: "whoami".into(),
            args: "".into()
        }
    );
    assert_eq!(
        e.message_id, None,
        "an interaction leaves no message to remove"
    );
    assert_eq!(got.answer, Answer::Defer { ephemeral: true });
    assert_eq!(got.reply_to, Address::Group(STAFF_CHANNEL.into()));
    assert_ne!(GUILD_ID, STAFF_CHANNEL);
}

#[test]
fn a_slash_command_option_becomes_the_arguments() {
    let i = interaction(ev::slash(
        6,
        DANIEL,
        Where::Dm(DM),
        "language",
        Some(("language", " pl ")),
    ));
    let Interaction::Command(c) = i else {
        panic!("a command")
    };
    let got = inbound::from_command(&c);
    let e = got.inbound.expect("an event");
    assert_eq!(e.place, Place::Private);
    assert_eq!(
        e.input,
        Input::Command {
            name: "language".into(),
            args: "pl".into()
        }
    );
    assert_eq!(got.answer, Answer::Defer { ephemeral: false });
    assert_eq!(got.reply_to, Address::Private(DANIEL.into()));
}

#[test]
fn link_without_a_code_asks_for_it_in_a_modal() {
    let i = interaction(ev::slash(7, DANIEL, Where::Dm(DM), "link", None));
    let Interaction::Command(c) = i else {
        panic!("a command")
    };
    let got = inbound::from_command(&c);
    assert!(
        got.inbound.is_none(),
        "nothing reaches the core until the code is given"
    );
    assert_eq!(got.answer, Answer::AskInModal { command: "link" });

    let i = interaction(ev::slash(
        12,
        DANIEL,
        Where::Channel(STAFF_CHANNEL),
        "link",
        None,
    ));
    let Interaction::Command(c) = i else {
        panic!("a command")
    };
    let got = inbound::from_command(&c);
    assert_eq!(
        got.inbound.expect("the core points them to their DM").input,
        Input::Command {
            name: "link".into(),
            args: "".into()
        }
    );
    assert_eq!(got.answer, Answer::Defer { ephemeral: true });
}

#[test]
fn link_is_deferred_ephemerally_in_a_dm_too() {
    let i = interaction(ev::slash(
        13,
        DANIEL,
        Where::Dm(DM),
        "link",
        Some(("code", "ABCD-EFGH-JKMN")),
    ));
    let Interaction::Command(c) = i else {
        panic!("a command")
    };
    let got = inbound::from_command(&c);
    assert_eq!(got.inbound.expect("an event").place, Place::Private);
    assert_eq!(got.answer, Answer::Defer { ephemeral: true });

    let i = interaction(ev::modal(
        14,
        DANIEL,
        Where::Dm(DM),
        "haven.cmd.link",
        "ABCD-EFGH-JKMN",
    ));
    let Interaction::Modal(m) = i else {
        panic!("a modal")
    };
    assert_eq!(
        inbound::from_modal(&m).answer,
        Answer::Defer { ephemeral: true }
    );

    let i = interaction(ev::modal(
        15,
        DANIEL,
        Where::Dm(DM),
        "haven.cmd.case",
        "C-2026-0001",
    ));
    let Interaction::Modal(m) = i else {
        panic!("a modal")
    };
    assert_eq!(
        inbound::from_modal(&m).answer,
        Answer::Defer { ephemeral: false },
        "other commands answer in the DM for the DM"
    );
}

#[test]
fn a_modal_submission_is_the_commands_text_or_free_text() {
    let i = interaction(ev::modal(
        8,
        DANIEL,
        Where::Dm(DM),
        "haven.cmd.link",
        " ABCD-EFGH-JKMN ",
    ));
    let Interaction::Modal(m) = i else {
        panic!("a modal")
    };
    let e = inbound::from_modal(&m).inbound.expect("event");
    assert_eq!(
        e.input,
        Input::Command {
            name: "link".into(),
            args: "ABCD-EFGH-JKMN".into()
        }
    );

    let i = interaction(ev::modal(
        9,
        DANIEL,
        Where::Dm(DM),
        "haven.text",
        "It happened at lunch.",
    ));
    let Interaction::Modal(m) = i else {
        panic!("a modal")
    };
    let e = inbound::from_modal(&m).inbound.expect("event");
    assert_eq!(e.input, Input::Text("It happened at lunch.".into()));
    assert_eq!(e.place, Place::Private);
}

#[test]
fn a_button_press_carries_the_payload_and_disables_the_buttons_in_a_dm() {
    let components = json!([{ "type": 1, "components": [
        { "type": 2, "style": 2, "label": "Yes", "custom_id": "f.abc.1.yes" },
        { "type": 2, "style": 2, "label": "No", "custom_id": "f.abc.1.no" } ] }]);
    let msg = ev::bot_message("1500000000000000009", DM, "1100000000000000000", components);
    let i = interaction(ev::button(
        10,
        DANIEL,
        Where::Dm(DM),
        "f.abc.1.yes",
        msg.clone(),
    ));
    let Interaction::Component(c) = i else {
        panic!("a component")
    };
    let got = inbound::from_component(&c);
    assert_eq!(
        got.inbound.expect("event").input,
        Input::Button("f.abc.1.yes".into())
    );
    assert_eq!(
        got.answer,
        Answer::DisableButtons {
            pressed: "f.abc.1.yes".into()
        }
    );

    let i = interaction(ev::select(
        11,
        DANIEL,
        Where::Channel(STAFF_CHANNEL),
        "lang.pl",
        msg,
    ));
    let Interaction::Component(c) = i else {
        panic!("a component")
    };
    let got = inbound::from_component(&c);
    let e = got.inbound.expect("event");
    assert_eq!(e.input, Input::Button("lang.pl".into()));
    assert_eq!(
        got.answer,
        Answer::Defer { ephemeral: true },
        "a channel message is not edited for everyone"
    );
}

#[test]
fn a_write_button_opens_its_modal_in_a_dm_and_is_refused_elsewhere() {
    let id = "haven.write.pl.10.3000.f.AbCdEfGh.4";
    let components = json!([{ "type": 1, "components": [
        { "type": 2, "style": 1, "label": "Napisz odpowiedź", "custom_id": id } ] }]);
    let msg = ev::bot_message("1500000000000000009", DM, "1100000000000000000", components);
    let press = |at, custom_id: &str| {
        let Interaction::Component(c) =
            interaction(ev::button(13, DANIEL, at, custom_id, msg.clone()))
        else {
            panic!("a component")
        };
        inbound::from_component(&c)
    };
    let got = press(Where::Dm(DM), id);
    assert!(got.inbound.is_none(), "the core hears of the modal's text");
    let Answer::Write(w) = got.answer else {
        panic!("a modal: {:?}", got.answer)
    };
    assert_eq!((w.min, w.max, w.to.as_str()), (10, 3000, "f.AbCdEfGh.4"));
    assert_eq!(w.lang, haven::core::people::Lang::Pl);

    let refused = Answer::Refuse {
        key: "discord-write-stale",
    };
    assert_eq!(press(Where::Channel(STAFF_CHANNEL), id).answer, refused);
    let forged = press(Where::Dm(DM), "haven.write.pl.10.3000.<script>");
    assert_eq!(forged.answer, refused);
    assert!(forged.inbound.is_none());
}

#[test]
fn a_write_modals_text_answers_its_question_with_no_message_to_remove() {
    let id = "haven.write.en-GB.10.3000.f.AbCdEfGh.4";
    let components = json!([{ "type": 1, "components": [
        { "type": 2, "style": 1, "label": "Write my answer", "custom_id": id } ] }]);
    let msg = ev::bot_message("1500000000000000009", DM, "1100000000000000000", components);
    let i = interaction(ev::modal_from(
        14,
        DANIEL,
        Where::Dm(DM),
        id,
        "haven.text",
        "/cancel is what he typed",
        msg,
    ));
    let Interaction::Modal(m) = i else {
        panic!("a modal")
    };
    let got = inbound::from_modal(&m);
    let e = got.inbound.expect("event");
    assert_eq!(
        e.input,
        Input::Answer {
            to: "f.AbCdEfGh.4".into(),
            text: "/cancel is what he typed".into()
        },
        "an answer to its own question, never plain text"
    );
    assert_eq!(e.place, Place::Private);
    assert_eq!(e.message_id, None, "nothing in the chat to remove");
    assert_eq!(got.answer, Answer::DisableButtons { pressed: id.into() });
}

#[test]
fn a_forged_write_modal_names_no_question_and_is_never_plain_text() {
    for id in [
        "haven.write.en-GB.10.3000.AbCdEfGh",
        "haven.write.en-GB.10.3000.<script>",
        "haven.write.",
    ] {
        let i = interaction(ev::modal(15, DANIEL, Where::Dm(DM), id, "A long account"));
        let Interaction::Modal(m) = i else {
            panic!("a modal")
        };
        let e = inbound::from_modal(&m).inbound.expect("event");
        let to = match &e.input {
            Input::Answer { to, text } if text == "A long account" => to.clone(),
            other => panic!("{id}: {other:?}"),
        };
        assert!(
            haven::core::form::prompt::parse_question_ref(&to).is_none(),
            "{id}: {to:?}"
        );
    }
}
