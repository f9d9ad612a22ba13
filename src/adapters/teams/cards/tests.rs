use super::*;
use crate::core::message::TextAnswer;
use crate::delivery::Button;

fn i18n() -> I18n {
    I18n::load(chrono_tz::Europe::London).expect("locales")
}

fn rendered(address: Address, lang: Lang) -> Rendered {
    Rendered {
        address,
        text: "First paragraph.\n\nSecond one.".into(),
        pieces: Vec::new(),
        buttons: vec![Button {
            label: "Yes".into(),
            payload: "f.AbCdEfGh.2.yes".into(),
        }],
        lang,
        rtl: lang.is_rtl(),
        private_link_label: None,
        expects_text: None,
        protect: false,
    }
}

fn inputs(card: &Value) -> Vec<&Value> {
    card["body"]
        .as_array()
        .expect("body")
        .iter()
        .filter(|e| e["type"].as_str().is_some_and(|t| t.starts_with("Input.")))
        .collect()
}

#[test]
fn text_becomes_wrapped_blocks_and_buttons_submit_their_payload() {
    let c = card(
        &rendered(Address::Private("29:a".into()), Lang::EnGb),
        &i18n(),
        "28:bot",
    );
    assert_eq!(c["version"], "1.5");
    assert_eq!(
        c["body"][0],
        json!({"type": "TextBlock", "text": "First paragraph.", "wrap": true})
    );
    assert_eq!(c["body"][1]["text"], "Second one.");
    assert_eq!(c["actions"][0]["type"], "Action.Submit");
    assert_eq!(c["actions"][0]["title"], "Yes");
    assert_eq!(
        c["actions"][0]["data"],
        json!({"haven": "f.AbCdEfGh.2.yes"})
    );
    assert!(c.get("rtl").is_none());
}

#[test]
fn arabic_reads_right_to_left() {
    let c = card(
        &rendered(Address::Private("29:a".into()), Lang::Ar),
        &i18n(),
        "28:bot",
    );
    assert_eq!(c["rtl"], true);
    assert_eq!(received(&i18n(), Lang::Ar)["rtl"], true);
}

#[test]
fn a_question_in_words_gets_a_field_within_its_limits_in_a_personal_chat() {
    let i18n = i18n();
    let mut m = rendered(Address::Private("29:a".into()), Lang::Pl);
    m.expects_text = Some(TextAnswer {
        min: 10,
        max: 2000,
        to: Some("f.AbCdEfGh.4".into()),
    });
    let c = card(&m, &i18n, "28:bot");
    let fields = inputs(&c);
    assert_eq!(fields.len(), 1);
    let f = fields[0];
    assert_eq!(f["type"], "Input.Text");
    assert_eq!(f["id"], ANSWER_TEXT);
    assert_eq!(f["maxLength"], 2000);
    assert_eq!(f["isMultiline"], true);
    assert_eq!(f["regex"], "^[\\s\\S]{10,2000}$");
    assert_eq!(f["label"], i18n.text(Lang::Pl, "teams-answer-label"));
    let submit = &c["actions"][0];
    assert_eq!(
        submit["data"],
        json!({"haven_answer": "f.AbCdEfGh.4", "haven_lang": "pl"})
    );
    assert_eq!(
        c["actions"][1]["associatedInputs"], "none",
        "a button needs no answer"
    );
}

#[test]
fn group_cards_never_have_input_fields() {
    let i18n = i18n();
    for lang in Lang::ALL {
        for with_hint in [false, true] {
            for protect in [false, true] {
                let mut m = rendered(Address::Group("19:g@thread.tacv2".into()), lang);
                m.protect = protect;
                m.private_link_label = Some("Open".into());
                if with_hint {
                    m.expects_text = Some(TextAnswer {
                        min: 1,
                        max: 100,
                        to: Some("f.AbCdEfGh.1".into()),
                    });
                }
                let c = card(&m, &i18n, "28:bot");
                assert!(inputs(&c).is_empty(), "{lang:?} {with_hint} {protect}");
                let actions = c["actions"].as_array().expect("actions");
                assert!(actions.iter().all(|a| a["data"].get(ANSWER_TO).is_none()));
                assert_eq!(
                    actions.last().expect("link")["url"],
                    "https://teams.microsoft.com/l/chat/0/0?users=28:bot"
                );
            }
        }
    }
}

#[test]
fn a_hint_without_a_well_formed_question_gets_no_field() {
    let mut m = rendered(Address::Private("29:a".into()), Lang::EnGb);
    m.expects_text = Some(TextAnswer {
        min: 1,
        max: 10,
        to: None,
    });
    assert!(inputs(&card(&m, &i18n(), "28:bot")).is_empty());
}

#[test]
fn the_received_card_says_so_and_asks_nothing() {
    let i18n = i18n();
    let c = received(&i18n, Lang::Cy);
    assert_eq!(
        c["body"][0]["text"],
        i18n.text(Lang::Cy, "teams-answer-received")
    );
    assert!(inputs(&c).is_empty());
    assert!(c.get("actions").is_none());
}
