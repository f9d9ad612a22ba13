//! Runs forms for people: starts them, feeds them input, saves drafts, hands finished forms to
//! their feature, and sweeps idle drafts (one reminder, then deletion).
//!
//! Buttons and answers written outside the chat ([`Input::Answer`]) name the question they
//! belong to (the form's nonce and step); they count only while that question is the current
//! one. A stale button is refused; a stale written answer changes nothing and goes back to its
//! writer in their private chat ([`give_back`]), so it can never fill another question and is
//! never lost. This module must never apply input tied to one question to another.

use super::engine::{self, FormInput, Outcome};
use super::prompt;
use super::{FormContext, FormSpec, FormState, PersonOpt};
use crate::core::effects::Effects;
use crate::core::event::Input;
use crate::core::fault::Result;
use crate::core::ids::{Account, Platform, SchoolId};
use crate::core::message::{Message, Outgoing, Sensitive};
use crate::core::payload::Payload;
use crate::core::people::Person;
use crate::core::store::Draft;
use crate::core::turn::{Ctx, Turn};
use rand::distributions::{Alphanumeric, DistString};
use std::collections::BTreeMap;

pub use crate::core::turn::{FormFeature, FormRegistry};

/// Starts `feature`'s form for the sender (who must be verified), unless another is open.
pub async fn start(t: &mut Turn<'_>, feature: &dyn FormFeature) -> Result<()> {
    start_with(t, feature, FormContext::default()).await
}

/// Starts `feature`'s form for what `context` names, unless a form is open already (which is
/// shown instead). The context is kept in the draft ([`FormState::context`]).
pub async fn start_with(
    t: &mut Turn<'_>,
    feature: &dyn FormFeature,
    context: FormContext,
) -> Result<()> {
    start_among(t, feature, context, Default::default()).await
}

/// Starts a form for `context` whose people steps ask about `people` (by step id) from the
/// start, as [`start_with`] does otherwise.
pub async fn start_among(
    t: &mut Turn<'_>,
    feature: &dyn FormFeature,
    context: FormContext,
    people: BTreeMap<String, Vec<PersonOpt>>,
) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    if let Some(d) = t.tx.draft(me.id).await? {
        if school_of(&d.state, &me) != t.cx.school {
            t.private(Message::new("form-other-school"));
            return Ok(());
        }
        if let Some(open) = t.cx.forms.current(&d.state) {
            t.private(Message::new("form-already-open").arg_key("title", open.spec().title));
            return show(t, open.spec(), &d.state);
        }
        t.tx.delete_draft(me.id).await?;
    } else {
        crate::core::upkeep::tell_if_draft_set_aside(t).await?;
    }
    let nonce = Alphanumeric.sample_string(&mut rand::thread_rng(), 8);
    let mut state = engine::start_among(feature.spec(), nonce, people);
    state.context = context;
    if me.school != t.cx.school {
        state.context.school = Some(t.cx.school);
    }
    let intro = match feature.keeping(&t.cx.settings, t.now) {
        Some(k) => Message::new("form-intro-kept").arg("until", k.until),
        None => Message::new("form-intro"),
    };
    t.private(intro.arg_key("title", feature.spec().title));
    save(t, &state, t.ev.from.platform).await?;
    show(t, feature.spec(), &state)
}

/// Feeds one input to the sender's open form. Returns `false` when they have none.
///
/// An answer written for a question ([`Input::Answer`]) is taken exactly as typed text, but
/// only while its question is the current step of this very form; otherwise it is given back.
pub async fn input(t: &mut Turn<'_>) -> Result<bool> {
    let Some(me) = t.me.clone() else {
        return Ok(false);
    };
    let Some(draft) = t.tx.draft(me.id).await? else {
        crate::core::upkeep::tell_if_draft_set_aside(t).await?;
        return Ok(false);
    };
    if school_of(&draft.state, &me) != t.cx.school {
        // Its writer's form about another school waits for that school's conversation.
        t.private(Message::new("form-other-school"));
        if let Input::Answer { text, .. } = &t.ev.input {
            give_back(t, text);
        }
        return Ok(true);
    }
    let mut state = draft.state;
    let Some(feature) = t.cx.forms.current(&state) else {
        t.tx.delete_draft(me.id).await?;
        t.private(Message::new("form-outdated"));
        // An older form may still have done something that was never undone (an urgent alert).
        if let Some(note) =
            (t.cx.forms.get(&state.form)).and_then(|f| f.closing_note(&state, false))
        {
            t.private(note);
        }
        if let Input::Answer { text, .. } = &t.ev.input {
            give_back(t, text);
        }
        return Ok(true);
    };
    let spec = feature.spec();
    let fi = match &t.ev.input {
        Input::Text(s) => FormInput::Text(s.clone()),
        Input::Answer { to, text } => {
            if *to == prompt::question_of(&state) && state.step < spec.steps.len() {
                FormInput::Text(text.clone())
            } else {
                give_back(t, text);
                return show(t, spec, &state).map(|_| true);
            }
        }
        Input::Button(p) => match Payload::decode(p) {
            Payload::Form { nonce, step, value }
                if nonce == state.nonce && step == state.step.min(spec.steps.len()) =>
            {
                FormInput::Pick(value)
            }
            _ => {
                t.private(Message::new("form-stale-button"));
                return show(t, spec, &state).map(|_| true);
            }
        },
        Input::Command { name, .. } if name == "back" => FormInput::Back,
        Input::Command { name, .. } if name == "cancel" => FormInput::Cancel,
        Input::Command { name, .. } if name == "help" => FormInput::Help,
        Input::Attachment | Input::Edited => {
            t.private(Message::new(feature.attachment_notice()));
            return show(t, spec, &state).map(|_| true);
        }
        Input::Command { .. } => return Ok(false),
    };
    let sensitive_text =
        matches!(fi, FormInput::Text(_)) && spec.steps.get(state.step).is_some_and(|s| s.sensitive);
    let (at, editing) = (state.step, state.editing);
    match engine::apply(spec, &mut state, fi, t.now, t.cx.settings.timezone) {
        Outcome::Ask { answered } => {
            if let Some(step) = answered {
                let asked = state.people.clone();
                feature.answered(t, &mut state, step).await?;
                if state.people != asked {
                    engine::reconsider(spec, &mut state, at, editing);
                }
                if sensitive_text {
                    remove_their_message(t).await?;
                }
            }
            save(t, &state, t.ev.from.platform).await?;
            show(t, spec, &state)?;
        }
        Outcome::Lookup(typed) => {
            let step = spec.steps[state.step].id;
            if !feature.lookup(t, &mut state, step, &typed).await? {
                t.private(Message::new("form-people-not-found"));
            }
            if sensitive_text {
                remove_their_message(t).await?;
            }
            save(t, &state, t.ev.from.platform).await?;
            show(t, spec, &state)?;
        }
        Outcome::Invalid(m) => {
            t.private(m);
            if let (true, Input::Text(text)) = (sensitive_text, &t.ev.input) {
                // Refused or not, a sensitive answer leaves the chat; its writer gets it back
                // for a while, to correct it.
                remove_their_message(t).await?;
                let back = Message::private("form-answer-refused-given-back")
                    .secret("text", Sensitive::new(text.clone()));
                let platform = Some(t.ev.from.platform);
                if let Some(me) = &t.me {
                    let back = Outgoing::to_person(me.id, platform, back);
                    t.send(back.remove_after(GIVEN_BACK_FOR));
                }
            }
            show(t, spec, &state)?;
        }
        Outcome::Help(key) => t.private(Message::new(key)),
        Outcome::Submit => {
            t.tx.delete_draft(me.id).await?;
            let answers = engine::final_answers(spec, &state);
            feature.submit(t, answers, &state).await?;
        }
        Outcome::Cancelled => {
            t.tx.delete_draft(me.id).await?;
            let note = feature.closing_note(&state, false);
            t.private(
                note.unwrap_or_else(|| Message::new("form-cancelled").arg_key("title", spec.title)),
            );
        }
    }
    Ok(true)
}

/// The school a draft is about: the one it was started in when that was not its writer's own.
fn school_of(state: &FormState, me: &Person) -> SchoolId {
    state.context.school.unwrap_or(me.school)
}

/// Tells the sender that the question they wrote `text` for has moved on, giving the text
/// back to them alone, in their private chat, so a long account is not lost. Changes nothing.
pub fn give_back(t: &mut Turn<'_>, text: &str) {
    t.private(
        Message::private("form-answer-moved-on").secret("text", Sensitive::new(text.to_string())),
    );
}

/// How long a refused sensitive answer given back to its writer stays in the chat.
pub const GIVEN_BACK_FOR: chrono::Duration = chrono::Duration::minutes(10);

/// Asks the platform to remove the sender's own message (a sensitive free-text answer).
async fn remove_their_message(t: &mut Turn<'_>) -> Result<()> {
    if let Some(id) = &t.ev.message_id {
        let me = t.me.as_ref().map(|p| p.id);
        t.fx.remove_private(&t.ev.from, id, t.now, me);
    }
    Ok(())
}

/// Keeps a submitted form open at its review step (after a submit the feature refused, e.g. a
/// policy check), so the person can change an answer; shows the review again.
pub async fn keep_at_review(t: &mut Turn<'_>, spec: &FormSpec, state: &FormState) -> Result<()> {
    let mut state = state.clone();
    state.choosing_edit = false;
    save(t, &state, t.ev.from.platform).await?;
    show(t, spec, &state)
}

fn show(t: &mut Turn<'_>, spec: &FormSpec, state: &FormState) -> Result<()> {
    t.private(prompt::current(spec, state));
    Ok(())
}

async fn save(t: &mut Turn<'_>, state: &FormState, platform: Platform) -> Result<()> {
    let Some(me) = &t.me else { return Ok(()) };
    let draft = Draft {
        person: me.id,
        platform,
        state: state.clone(),
        updated_at: t.now,
        reminded: false,
    };
    Ok(t.tx.save_draft(&draft).await?)
}

/// The payloads of the buttons on the question the open form of `account`'s person is on, in
/// order, built from the saved draft as [`prompt::current`] shows it; empty when they have no
/// form open. For an adapter that no longer holds the buttons it showed (the console after a
/// restart): they are the current question's, never an older one's, and the press is still
/// checked against the form when it comes back.
pub async fn open_question_buttons(cx: &Ctx, account: &Account) -> Result<Vec<String>> {
    let mut tx = cx.store.begin().await?;
    let Some(me) = tx.person_by_account(account).await? else {
        return Ok(Vec::new());
    };
    let Some(draft) = tx.draft(me.id).await? else {
        return Ok(Vec::new());
    };
    let Some(feature) = cx.forms.current(&draft.state) else {
        return Ok(Vec::new());
    };
    let question = prompt::current(feature.spec(), &draft.state);
    Ok(question
        .body()
        .choices
        .iter()
        .map(|c| c.payload.clone())
        .collect())
}

/// Sends one reminder for drafts idle longer than the reminder time, warns before the deletion
/// of a draft its feature keeps longer ([`FormFeature::keeping`]), and deletes drafts kept as
/// long as they may be (the school's form expiry, or the feature's), telling their owner. Runs
/// in one transaction. Each school's sweep takes the drafts of its own people, with its own
/// timings.
pub async fn sweep(cx: &Ctx) -> Result<()> {
    let now = cx.clock.now();
    let forms = &cx.settings.forms;
    let mut tx = cx.store.begin().await?;
    let mut fx = Effects::of(cx.school);
    let idle = tx.drafts_idle_since(cx.school, now - forms.idle_reminder());
    for mut d in idle.await? {
        let feature = cx.forms.get(&d.state.form);
        let title = feature
            .map(|f| f.spec().title)
            .unwrap_or("form-generic-title");
        let keeping = feature.and_then(|f| f.keeping(&cx.settings, d.updated_at));
        let until = keeping.map_or(d.updated_at + forms.expiry(), |k| k.until);
        let to = |m| Outgoing::to_person(d.person, Some(d.platform), m);
        if now >= until {
            tx.delete_draft(d.person).await?;
            let note = feature.and_then(|f| f.closing_note(&d.state, true));
            let plain = match keeping {
                Some(k) => Message::new("form-expired-kept").arg("until", k.until),
                None => Message::new("form-expired"),
            };
            fx.send(to(note.unwrap_or(plain.arg_key("title", title))));
        } else if let Some(k) =
            keeping.filter(|k| now >= k.warn_at && d.state.expiry_warned != Some(k.until))
        {
            // The warning says all the early reminder would (which it then stands for).
            d.state.expiry_warned = Some(k.until);
            d.reminded = true;
            tx.save_draft(&d).await?;
            let m = Message::new("form-expiry-warning")
                .arg_key("title", title)
                .arg("until", k.until);
            fx.send(to(m));
        } else if !d.reminded {
            tx.mark_draft_reminded(d.person).await?;
            let m = match keeping {
                Some(k) => Message::new("form-idle-reminder-kept").arg("until", k.until),
                None => Message::new("form-idle-reminder"),
            };
            fx.send(to(m.arg_key("title", title)));
        }
    }
    Ok(fx.commit(tx, now).await?)
}
