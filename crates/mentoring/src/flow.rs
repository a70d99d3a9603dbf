//! Asking for mentoring, and the steps on a request. Every check runs before the store is
//! written: a refused request or step changes nothing (no row, no audit entry).

use crate::rules::{self, Step};
use crate::{MentoringError, Result, Topics};
use model::{GeoLevel, Geography};
use store::Store;
use store::mentoring::{MentoringRequest, NewMentoringRequest};
use store::users::User;

/// The longest message a request carries: a few paragraphs, not a document.
pub const MAX_MESSAGE: usize = 2000;

/// A request as a city's editor writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ask<'a> {
    /// The asking city (Urban Audit code).
    pub mentee: &'a str,
    /// The city asked to mentor (Urban Audit code).
    pub mentor: &'a str,
    /// A focal point id (`fp1` … `fp10`).
    pub topic: &'a str,
    /// A thematic area of the practice library, or "" for none.
    pub area: &'a str,
    /// What the asking city would like to learn.
    pub message: &'a str,
}

/// The Urban Audit city `code`, or why it is not one.
pub fn city(store: &Store, code: &str) -> Result<Geography> {
    let code = code.trim();
    let g = store
        .geography(code)?
        .ok_or_else(|| MentoringError::UnknownCity {
            code: code.to_string(),
        })?;
    if g.level != GeoLevel::City {
        return Err(MentoringError::NotACity {
            code: code.to_string(),
            name: g.name,
            level: g.level.to_string(),
        });
    }
    Ok(g)
}

/// The message trimmed, or why it cannot be sent.
fn message(text: &str) -> Result<&str> {
    let text = text.trim();
    if text.is_empty() {
        return Err(MentoringError::BadMessage(
            "say in a sentence or two what your city would like to learn: the mentor city decides on it".into(),
        ));
    }
    let n = text.chars().count();
    if n > MAX_MESSAGE {
        return Err(MentoringError::BadMessage(format!(
            "the message has {n} characters: keep it to {MAX_MESSAGE} (details can follow once the pair is agreed)"
        )));
    }
    Ok(text)
}

/// `who` asks, on behalf of the mentee city, the mentor city for mentoring on a topic.
pub fn ask(
    store: &mut Store,
    topics: &Topics,
    who: &User,
    a: &Ask<'_>,
) -> Result<MentoringRequest> {
    // The right first: who may not ask learns nothing about cities or requests.
    if !rules::may_ask(who, a.mentee.trim()) {
        return Err(MentoringError::NotAllowed {
            who: format!("an editor of {}", a.mentee.trim()),
            what: "ask for mentoring on behalf of that city".into(),
        });
    }
    let mentee = city(store, a.mentee)?;
    let mentor = city(store, a.mentor)?;
    if mentee.code == mentor.code {
        return Err(MentoringError::SelfMentoring {
            code: mentee.code.to_string(),
            name: mentee.name,
        });
    }
    let topic = topics.find(a.topic)?;
    let area = topics.area(a.area)?;
    let message = message(a.message)?;
    if let Some(open) =
        store.open_mentoring_request(mentee.code.as_str(), mentor.code.as_str(), &topic.id)?
    {
        return Err(MentoringError::Duplicate {
            id: open.id,
            mentee: mentee.name,
            mentor: mentor.name,
            topic: format!("focal point {} ({})", topic.number, topic.id),
            status: open.status,
        });
    }
    Ok(store.create_mentoring_request(
        &who.email,
        &NewMentoringRequest {
            mentee: mentee.code.as_str(),
            mentor: mentor.code.as_str(),
            topic: &topic.id,
            area,
            message,
        },
    )?)
}

/// `who` takes `step` on request `id`, with `note` (the answer, or why the pair ends).
pub fn take(
    store: &mut Store,
    who: &User,
    id: i64,
    step: Step,
    note: &str,
) -> Result<MentoringRequest> {
    let r = store
        .mentoring_request(id)?
        .filter(|r| rules::may_see(Some(who), r))
        .ok_or(MentoringError::NotFound(id))?;
    if !rules::may(who, step, &r) {
        return Err(MentoringError::NotAllowed {
            who: step.who().into(),
            what: format!("{} this request", step.as_str()),
        });
    }
    if !r.status.can_become(step.target()) {
        return Err(MentoringError::WrongStatus {
            id,
            status: r.status,
            step,
        });
    }
    let note = note.trim();
    if note.chars().count() > MAX_MESSAGE {
        return Err(MentoringError::BadMessage(format!(
            "the note is longer than {MAX_MESSAGE} characters"
        )));
    }
    Ok(store.change_mentoring_status(&who.email, id, step.target(), note)?)
}
