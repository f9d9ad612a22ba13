//! People of a mock Teams tenant, each in their own Agents Playground (their own Teams client),
//! acting as a person does: typing in their personal chat with the bot, in the staff channel or
//! the group chat (mentioning the bot, as Teams requires), pressing a card's button with its
//! fields filled in. Each person keeps their place in their personal chat, so
//! [`TeamsPerson::sees`] only looks at what arrived after what they last looked at.
//! A person's client shows only their own chats: what they must not receive is checked on
//! their own [`TeamsPerson::personal_texts`].

use super::playground::{Playground, Shown};
use serde_json::{json, Value};
use std::cell::Cell;

/// The ids of the mock tenant's bot, team and chats; the same in every person's playground.
pub const TENANT_ID: &str = "72f988bf-0000-4000-8000-000000000001";
pub const BOT_ID: &str = "28:haven-test-bot";
pub const BOT_NAME: &str = "Haven";
pub const TEAM_ID: &str = "19:general@thread.tacv2";
pub const CHANNEL_ID: &str = "19:staffroom@thread.tacv2";
pub const GROUP_CHAT_ID: &str = "19:group@thread.v2";

/// One member of the mock tenant.
#[derive(Clone, Debug)]
pub struct MockUser {
    /// The Teams user id (`29:…`), what the bot sees in `from.id`.
    pub id: String,
    pub name: String,
    pub aad_object_id: String,
}

/// The mock tenant: exactly six people (the playground's current user and five others).
#[derive(Clone, Debug)]
pub struct Tenant {
    pub people: Vec<MockUser>,
}

impl Tenant {
    /// A tenant of these six people; ids are derived from their names.
    pub fn of(names: [&str; 6]) -> Tenant {
        let people = names
            .iter()
            .enumerate()
            .map(|(i, name)| MockUser {
                id: format!("29:{}", name.to_lowercase().replace(' ', "-")),
                name: name.to_string(),
                aad_object_id: format!("00000000-0000-4000-8000-{:012}", i + 1),
            })
            .collect();
        Tenant { people }
    }

    pub fn user(&self, name: &str) -> &MockUser {
        self.people
            .iter()
            .find(|u| u.name == name)
            .unwrap_or_else(|| panic!("nobody called {name} in the mock tenant"))
    }

    /// The personal chat id of this person with the bot.
    pub fn personal_chat(&self, name: &str) -> String {
        format!("a:personal-{}", &self.user(name).id[3..])
    }

    /// The playground's config file for `name`'s client.
    pub fn config_for(&self, name: &str) -> Value {
        let me = self.user(name);
        let user = |u: &MockUser| {
            let slug = &u.id[3..];
            json!({
                "id": u.id, "name": u.name, "userPrincipleName": format!("{slug}@school.test"),
                "aadObjectId": u.aad_object_id, "givenName": u.name, "surname": "",
                "email": format!("{slug}@school.test"),
            })
        };
        let others: Vec<Value> = self
            .people
            .iter()
            .filter(|u| u.id != me.id)
            .map(user)
            .collect();
        json!({
            "version": "0.1.1",
            "tenantId": TENANT_ID,
            "bot": {"id": BOT_ID, "name": BOT_NAME},
            "currentUser": user(me),
            "users": others,
            "personalChat": {"id": self.personal_chat(name)},
            "groupChat": {"id": GROUP_CHAT_ID, "name": "Staff group"},
            "team": {
                "id": TEAM_ID, "name": "School staff",
                "aadGroupId": "00000000-0000-4000-8000-00000000aaaa",
                "channels": [{"id": CHANNEL_ID, "name": "Staffroom"}],
            },
        })
    }

    /// Opens `name`'s Teams client (a playground) talking to the bot at `bot_endpoint`.
    pub async fn client(&self, bot_endpoint: &str, name: &str) -> TeamsPerson {
        let playground = Playground::start(bot_endpoint, &self.config_for(name)).await;
        TeamsPerson {
            user: self.user(name).clone(),
            personal: self.personal_chat(name),
            playground,
            seen: Cell::new(0),
        }
    }
}

/// A person at their Teams client, reading their personal chat with the bot in order.
pub struct TeamsPerson {
    pub user: MockUser,
    /// Their personal chat's conversation id.
    pub personal: String,
    pub playground: Playground,
    seen: Cell<usize>,
}

impl TeamsPerson {
    /// Opening the app: Teams sends `installationUpdate` and `conversationUpdate` (bot added).
    pub async fn installs(&self) {
        let path = format!("/_debug/conversation/{}/installation", self.personal);
        self.playground.post(&path, &json!({})).await;
    }

    /// Types `text` in their personal chat with the bot.
    pub async fn says(&self, text: &str) {
        let path = format!("/_conversation/v1/conversations/{}/messages", self.personal);
        let body = json!({"from": {"id": self.user.id}, "text": text, "textFormat": "plain"});
        self.playground.post(&path, &body).await;
    }

    /// Types `text` in the staff channel, mentioning the bot; returns the new post's id (the
    /// conversation the bot sees).
    pub async fn says_in_channel(&self, text: &str) -> String {
        let answer = self.mentioning(CHANNEL_ID, text).await;
        answer["postConversationId"]
            .as_str()
            .expect("post id")
            .into()
    }

    /// Types `text` in the group chat, mentioning the bot.
    pub async fn says_in_group(&self, text: &str) {
        self.mentioning(GROUP_CHAT_ID, text).await;
    }

    async fn mentioning(&self, conversation: &str, text: &str) -> Value {
        let at = format!("<at>{BOT_NAME}</at>");
        let body = json!({
            "from": {"id": self.user.id},
            "text": format!("{at} {text}"), "textFormat": "plain",
            "mentions": [{"mentioned": {"id": BOT_ID}, "text": at}],
        });
        let path = format!("/_conversation/v1/conversations/{conversation}/messages");
        self.playground.post(&path, &body).await
    }

    /// Presses the card's `Action.Submit` titled `button` with its input fields set to
    /// `inputs` (an object), as Teams does: the bot gets the action's `data` merged with the
    /// inputs as `value`, replying to the card's message. Nothing appears in the chat.
    pub async fn submits(&self, card: &Shown, button: &str, inputs: Value) {
        let action = card
            .cards
            .iter()
            .flat_map(submit_actions)
            .find(|a| a["title"] == button)
            .unwrap_or_else(|| panic!("no button {button:?} in {}", card.all_text()));
        let mut value = match &action["data"] {
            Value::Object(data) => data.clone(),
            Value::Null => Default::default(),
            other => panic!("Teams needs an object as Action.Submit data, not {other}"),
        };
        if let Value::Object(inputs) = inputs {
            value.extend(inputs);
        }
        let body = json!({
            "conversation": {"id": card.conversation}, "from": {"id": self.user.id},
            "replyToId": card.message_id, "value": value,
        });
        self.playground
            .post("/_conversation/v1/submit", &body)
            .await;
    }

    /// Waits for the latest message in their personal chat, from the last one they saw on,
    /// with a card button titled `button` (older cards are never pressed by mistake).
    pub async fn card_with(&self, button: &str) -> Shown {
        let from = self.seen.get().saturating_sub(1);
        let what = format!("a card with {button:?} in {}'s chat", self.user.name);
        self.playground
            .wait_until(&what, |all| {
                self.in_personal(all)
                    .into_iter()
                    .skip(from)
                    .rev()
                    .find(|s| {
                        s.cards
                            .iter()
                            .flat_map(submit_actions)
                            .any(|a| a["title"] == button)
                    })
            })
            .await
    }

    /// Presses `button` on the latest card that has it, then waits for `next`.
    pub async fn picks(&self, button: &str, next: &str) -> Shown {
        self.submits(&self.card_with(button).await, button, json!({}))
            .await;
        self.sees(next).await
    }

    /// Writes `text` in the field `field` of the latest card with `button`, presses it, then
    /// waits for `next`.
    pub async fn writes_in_card(&self, field: &str, text: &str, button: &str, next: &str) -> Shown {
        let card = self.card_with(button).await;
        self.submits(&card, button, json!({ field: text })).await;
        self.sees(next).await
    }

    /// Waits for a message in their personal chat, after the last one they looked at, whose
    /// text (or card text) contains `needle`; they have now seen it and what came before it.
    pub async fn sees(&self, needle: &str) -> Shown {
        let from = self.seen.get();
        let (i, shown) = self
            .playground
            .wait_until(&format!("{needle:?} in {}'s chat", self.user.name), |all| {
                self.in_personal(all)
                    .into_iter()
                    .enumerate()
                    .skip(from)
                    .find(|(_, s)| s.action == "createMessage" && s.all_text().contains(needle))
            })
            .await;
        self.seen.set(i + 1);
        shown
    }

    /// Waits for the card message `card` to be updated so that it contains `needle`.
    pub async fn sees_update(&self, card: &Shown, needle: &str) -> Shown {
        let what = format!("an update of {} with {needle:?}", card.message_id);
        self.playground
            .wait_until(&what, |all| {
                all.iter()
                    .find(|s| {
                        s.action == "updateMessage"
                            && s.message_id == card.message_id
                            && s.all_text().contains(needle)
                    })
                    .cloned()
            })
            .await
    }

    /// Waits for a message from the bot in the staff channel containing `needle`.
    pub async fn sees_in_channel(&self, needle: &str) -> Shown {
        self.playground
            .wait_until(&format!("{needle:?} in the channel"), |all| {
                all.iter()
                    .find(|s| {
                        s.conversation.starts_with(CHANNEL_ID) && s.all_text().contains(needle)
                    })
                    .cloned()
            })
            .await
    }

    fn in_personal(&self, all: &[Shown]) -> Vec<Shown> {
        all.iter()
            .filter(|s| s.conversation == self.personal)
            .cloned()
            .collect()
    }

    /// Every text the bot has put in their personal chat (cards included), in order.
    pub fn personal_texts(&self) -> Vec<String> {
        self.in_personal(&self.playground.shown())
            .iter()
            .map(Shown::all_text)
            .collect()
    }

    /// Every text the bot has put anywhere this person can see except their personal chat.
    pub fn shared_texts(&self) -> Vec<String> {
        self.playground
            .shown()
            .iter()
            .filter(|s| s.conversation != self.personal)
            .map(Shown::all_text)
            .collect()
    }
}

/// The `Action.Submit` actions of a card, wherever they sit.
fn submit_actions(v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    match v {
        Value::Object(map) => {
            if map.get("type") == Some(&json!("Action.Submit")) {
                out.push(v.clone());
            }
            map.values().for_each(|v| out.extend(submit_actions(v)));
        }
        Value::Array(items) => items.iter().for_each(|i| out.extend(submit_actions(i))),
        _ => {}
    }
    out
}
