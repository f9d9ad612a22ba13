//! What people do on Discord, in the core's terms: pure conversions from serenity's model
//! values to [`Inbound`] events, and what each interaction needs as its immediate answer.
//!
//! Ids: an account is the user's snowflake as text, a group is the channel's snowflake as text.
//! A slash command, button or modal in a server channel is a group event (the core then answers
//! there only with a neutral pointer, which the adapter shows to that person alone); in a
//! direct message it is a private event. `/link` is answered so that only the person sees it,
//! in a DM too.
//!
//! A write button ([`super::write`]) does not reach the core: its answer is a modal. The
//! modal's text does, as an answer to the question the button was for ([`Input::Answer`]),
//! never as plain text: the core takes it only while that question is current.
//!
//! Nothing here logs message text or interaction tokens.

use super::commands;
use super::write::{Write, WRITE_PREFIX};
use crate::core::event::{Inbound, Input, Place, UpdateKey};
use crate::core::ids::{Account, GroupChat, Platform};
use crate::core::people::Lang;
use crate::core::store::Address;
use serenity::all::{
    ActionRowComponent, CommandInteraction, ComponentInteraction, ComponentInteractionDataKind,
    GuildId, InteractionId, Message, MessageType, ModalInteraction, UserId,
};

/// `custom_id` of the modal that asks for a command's text: `haven.cmd.<name>`.
pub const MODAL_COMMAND_PREFIX: &str = "haven.cmd.";
/// `custom_id` of the text field in Haven's modals.
pub const MODAL_FIELD: &str = "haven.text";

/// How the adapter answers an interaction at once, within Discord's three seconds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// Defer; the core's next message to the place becomes the answer. Ephemeral in a server
    /// channel, so that only the person sees it, and for `/link` everywhere.
    Defer { ephemeral: bool },
    /// Acknowledge a button press in a private chat by disabling that message's buttons.
    DisableButtons { pressed: String },
    /// Open a modal asking for the command's missing text; the core hears of it on submit.
    AskInModal { command: &'static str },
    /// Open the modal of a write button in a DM (unless the button is out of date); the core
    /// hears of it on submit.
    Write(Write),
    /// Tell the person alone, in their language, why nothing happens (a Fluent key).
    Refuse { key: &'static str },
    /// Acknowledge and do nothing (a component Haven does not use).
    Ignore,
}

/// An interaction, converted.
#[derive(Debug, Clone)]
pub struct Converted {
    /// The event for the core (none when the adapter answers alone).
    pub inbound: Option<Inbound>,
    pub answer: Answer,
    /// Where the core will answer: the channel, or the person's private chat.
    pub reply_to: Address,
}

fn place(guild: Option<GuildId>, channel: impl ToString) -> Place {
    match guild {
        Some(_) => Place::Group(GroupChat::new(Platform::Discord, channel.to_string())),
        None => Place::Private,
    }
}

fn reply_to(place: &Place, user: UserId) -> Address {
    match place {
        Place::Group(g) => Address::Group(g.id.clone()),
        Place::Private => Address::Private(user.to_string()),
    }
}

/// An event; `message` is the id of a typed message (interactions leave no message behind,
/// so there is nothing for the core to remove). `update` is the interaction's or the
/// message's id: snowflakes never repeat, so a redelivered one is recognised.
fn event(
    user: UserId,
    place: Place,
    input: Input,
    message: Option<String>,
    update: String,
) -> Inbound {
    Inbound {
        from: Account::new(Platform::Discord, user.to_string()),
        place,
        input,
        message_id: message,
        update: Some(UpdateKey::once(update)),
        org: None,
    }
}

fn converted(user: UserId, place: Place, input: Input, interaction: InteractionId) -> Converted {
    let answer = Answer::Defer {
        ephemeral: place != Place::Private || is_link(&input),
    };
    Converted {
        reply_to: reply_to(&place, user),
        inbound: Some(event(user, place, input, None, interaction.to_string())),
        answer,
    }
}

/// `/link` (typed as a command's option or in its modal) is answered where only the person
/// sees it, in a DM too: the answer is about their link code.
fn is_link(input: &Input) -> bool {
    matches!(input, Input::Command { name, .. } if name == "link")
}

/// A slash command: `/name` with its text option as the arguments. In a DM, a command whose
/// text was left out asks for it in a modal; in a server channel it goes to the core as it is
/// (which points the person to their DM).
pub fn from_command(c: &CommandInteraction) -> Converted {
    let place = place(c.guild_id, c.channel_id);
    let args = commands::args(&c.data);
    let name = c.data.name.to_ascii_lowercase();
    if args.is_empty() && place == Place::Private {
        if let Some(spec) = commands::find(&name).filter(|s| s.asks_in_modal()) {
            return Converted {
                reply_to: reply_to(&place, c.user.id),
                inbound: None,
                answer: Answer::AskInModal { command: spec.name },
            };
        }
    }
    in_guild(
        converted(c.user.id, place, Input::Command { name, args }, c.id),
        c.guild_id,
    )
}

/// A button press or a choice from a select menu: the core's payload; or a write button, which
/// the adapter answers alone.
pub fn from_component(c: &ComponentInteraction) -> Converted {
    let place = place(c.guild_id, c.channel_id);
    if c.data.custom_id.starts_with(WRITE_PREFIX) {
        return Converted {
            reply_to: reply_to(&place, c.user.id),
            inbound: None,
            answer: write_answer(&place, &c.data.custom_id),
        };
    }
    let payload = match &c.data.kind {
        ComponentInteractionDataKind::Button => Some(c.data.custom_id.clone()),
        ComponentInteractionDataKind::StringSelect { values } => values.first().cloned(),
        _ => None,
    };
    let Some(payload) = payload else {
        return Converted {
            reply_to: reply_to(&place, c.user.id),
            inbound: None,
            answer: Answer::Ignore,
        };
    };
    let mut out = in_guild(
        converted(c.user.id, place, Input::Button(payload), c.id),
        c.guild_id,
    );
    if out.answer == (Answer::Defer { ephemeral: false }) {
        out.answer = Answer::DisableButtons {
            pressed: c.data.custom_id.clone(),
        };
    }
    out
}

/// A write button opens its modal only in a DM; a malformed one is refused.
fn write_answer(place: &Place, custom_id: &str) -> Answer {
    match Write::parse(custom_id) {
        Some(w) if *place == Place::Private => Answer::Write(w),
        _ => Answer::Refuse {
            key: "discord-write-stale",
        },
    }
}

/// A modal's text: the arguments of the command it asked for, the answer to the question of
/// a write button's modal (a malformed one names no question, so the core gives the text
/// back), or free text. Text given in a modal leaves nothing in the chat's history, so nothing
/// needs removing afterwards. A write button's modal in a DM disables the buttons of the
/// question it answered.
pub fn from_modal(m: &ModalInteraction) -> Converted {
    let place = place(m.guild_id, m.channel_id);
    let text = m
        .data
        .components
        .iter()
        .flat_map(|row| row.components.iter())
        .find_map(|c| match c {
            ActionRowComponent::InputText(t) if t.custom_id == MODAL_FIELD => t.value.clone(),
            _ => None,
        })
        .unwrap_or_default();
    let id = &m.data.custom_id;
    let input = if let Some(name) = id.strip_prefix(MODAL_COMMAND_PREFIX) {
        Input::Command {
            name: name.to_ascii_lowercase(),
            args: text.trim().to_string(),
        }
    } else if id.starts_with(WRITE_PREFIX) {
        Input::Answer {
            to: Write::parse(id).map(|w| w.to).unwrap_or_default(),
            text,
        }
    } else {
        Input::Text(text)
    };
    let mut out = in_guild(converted(m.user.id, place, input, m.id), m.guild_id);
    let from_write_button = id.starts_with(WRITE_PREFIX) && m.message.is_some();
    if from_write_button && out.answer == (Answer::Defer { ephemeral: false }) {
        out.answer = Answer::DisableButtons {
            pressed: m.data.custom_id.clone(),
        };
    }
    out
}

/// A message typed in a DM or a server channel. Bots (Haven included), system messages and
/// messages whose text Haven may not read are left out.
pub fn from_message(msg: &Message) -> Option<Inbound> {
    if msg.author.bot || !matches!(msg.kind, MessageType::Regular | MessageType::InlineReply) {
        return None;
    }
    let attached = !msg.attachments.is_empty() || !msg.sticker_items.is_empty();
    let in_group = msg.guild_id.is_some();
    let input = if attached && in_group && !msg.content.trim().is_empty() {
        // In a channel Haven answers only commands, and the guards (link codes, stream
        // details) must read every text there: a file's words arrive as the text they carry.
        Input::Text(msg.content.clone())
    } else if attached {
        Input::Attachment
    } else if msg.content.trim().is_empty() {
        return None;
    } else {
        Input::from_text(&msg.content)
    };
    let mut ev = event(
        msg.author.id,
        place(msg.guild_id, msg.channel_id),
        input,
        Some(msg.id.to_string()),
        msg.id.to_string(),
    );
    ev.org = msg.guild_id.map(|g| g.to_string());
    Some(ev)
}

/// The event's server, which tells a trust's schools apart.
fn in_guild(mut c: Converted, guild: Option<GuildId>) -> Converted {
    if let Some(ev) = &mut c.inbound {
        ev.org = guild.map(|g| g.to_string());
    }
    c
}

/// The language for a Discord locale (`en-GB`, `en-US`, `pl`); English when Haven has none.
pub fn lang_of(locale: &str) -> Lang {
    Lang::parse(locale).unwrap_or_default()
}
