use super::*;
use serde_json::json;

fn activity(v: Value) -> Activity {
    serde_json::from_value(v).expect("activity")
}

fn message(conversation_type: &str, conv: &str, text: &str) -> Activity {
    activity(json!({
        "type": "message",
        "id": "1700000000001",
        "serviceUrl": "https://smba.trafficmanager.net/uk/",
        "channelId": "msteams",
        "from": { "id": "29:alice", "name": "Alice", "aadObjectId": "aad-alice" },
        "recipient": { "id": "28:app", "name": "Haven" },
        "conversation": { "id": conv, "conversationType": conversation_type, "tenantId": "t-1" },
        "text": text,
    }))
}

#[test]
fn a_personal_message_is_a_private_command_with_its_id() {
    let c = convert(&message("personal", "a:1", "/link ABCD-EFGH"));
    let ev = c.inbound.expect("event");
    assert_eq!(ev.place, Place::Private);
    assert_eq!(ev.from, Account::new(Platform::Teams, "29:alice"));
    assert_eq!(
        ev.input,
        Input::Command {
            name: "link".into(),
            args: "ABCD-EFGH".into()
        }
    );
    assert_eq!(ev.message_id.as_deref(), Some("u:1700000000001"));
    assert_eq!(ev.update, Some(UpdateKey::once("a:1:1700000000001")));
}

#[test]
fn mentions_of_the_bot_are_taken_out_in_channels_and_group_chats() {
    for (kind, conv, group) in [
        (
            "channel",
            "19:c@thread.tacv2;messageid=17",
            "19:c@thread.tacv2",
        ),
        ("groupChat", "19:g@thread.v2", "19:g@thread.v2"),
    ] {
        let c = convert(&message(kind, conv, "<at>Haven</at>&nbsp;/concern"));
        let ev = c.inbound.expect("event");
        assert_eq!(
            ev.place,
            Place::Group(GroupChat::new(Platform::Teams, group))
        );
        assert_eq!(
            ev.input,
            Input::Command {
                name: "concern".into(),
                args: String::new()
            }
        );
    }
    assert_eq!(strip_mentions("Haven /help", Some("Haven")), "/help");
    assert_eq!(strip_mentions("a <at>x</at> b", None), "a  b");
    assert_eq!(strip_mentions("<at>broken", None), "");
}

#[test]
fn a_card_button_is_its_payload_and_a_typed_answer_names_its_question() {
    let mut a = message("personal", "a:1", "");
    a.value = Some(json!({ "haven": "f.AbCdEfGh.2.yes" }));
    let ev = convert(&a).inbound.expect("event");
    assert_eq!(ev.input, Input::Button("f.AbCdEfGh.2.yes".into()));
    assert_eq!(ev.message_id, None);

    a.value = Some(
        json!({ "haven_answer": "f.AbCdEfGh.4", "haven_lang": "pl", "haven_text": "what happened" }),
    );
    a.reply_to_id = Some("card-1".into());
    let c = convert(&a);
    assert_eq!(
        c.inbound.expect("event").input,
        Input::Answer {
            to: "f.AbCdEfGh.4".into(),
            text: "what happened".into()
        }
    );
    assert_eq!(
        c.answered,
        Some(Answered {
            card: "card-1".into(),
            lang: Lang::Pl
        })
    );

    a.value = Some(json!({ "something": "else" }));
    assert!(convert(&a).inbound.is_none());
}

#[test]
fn installing_and_adding_the_bot_starts_and_removing_says_nothing() {
    let mut a = message("personal", "a:1", "");
    a.kind = "installationUpdate".into();
    a.action = Some("add".into());
    let ev = convert(&a).inbound.expect("welcome");
    assert_eq!(
        ev.input,
        Input::Command {
            name: "start".into(),
            args: String::new()
        }
    );
    a.action = Some("remove".into());
    assert!(convert(&a).inbound.is_none());

    let mut g = message("channel", "19:c@thread.tacv2", "");
    g.kind = "conversationUpdate".into();
    g.members_added = vec![crate::adapters::teams::activity::ChannelAccount {
        id: "28:app".into(),
        ..Default::default()
    }];
    let ev = convert(&g).inbound.expect("pointer");
    assert!(matches!(ev.place, Place::Group(_)));
    g.members_added[0].id = "29:bob".into();
    assert!(convert(&g).inbound.is_none(), "someone else joining");
}

#[test]
fn the_bots_own_messages_and_files_are_read_as_such() {
    let mut a = message("personal", "a:1", "hello");
    a.from.id = "28:app".into();
    assert!(convert(&a).inbound.is_none());

    let mut f = message("personal", "a:1", "");
    f.attachments =
        vec![json!({"contentType": "application/vnd.microsoft.teams.file.download.info"})];
    assert_eq!(convert(&f).inbound.expect("file").input, Input::Attachment);

    let mut g = message("channel", "19:c@thread.tacv2", "code ABCD-EFGH");
    g.attachments = vec![json!({"contentType": "image/png"})];
    assert_eq!(
        convert(&g).inbound.expect("text").input,
        Input::Text("code ABCD-EFGH".into())
    );
}
