//! Answering a round: with the invitation's token (no account), a draft saved page by
//! page and resumable, then submitted once.
//!
//! After submission:
//! * **named round**: the response keeps its respondent; the same token opens it again and
//!   changes it until the round closes;
//! * **anonymous round**: the token is spent — it can neither answer again nor show the
//!   answers (the database no longer knows which response was its). The respondent gets a
//!   **receipt** instead, a second random secret whose hash alone is kept with the
//!   response: with it (and only with it) they may change their answers until the round
//!   closes. A lost receipt cannot be replaced; nothing links it to the token.

use crate::framework::Framework;
use crate::rounds::{self, Kind};
use crate::tokens::{self, Purpose};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use store::Store;
use store::audits::{Respondent, Round, StoredAnswer};

/// The longest comment kept, in characters.
pub const MAX_COMMENT: usize = 4000;

/// One answer as the respondent gave it (drafts and submitted alike).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Given {
    /// The option's position (audit) or the scale's position (priorities).
    pub choice: Option<usize>,
    pub dont_know: bool,
    pub comment: String,
}

impl Given {
    fn is_empty(&self) -> bool {
        self.choice.is_none() && !self.dont_know && self.comment.trim().is_empty()
    }
}

/// By item id: a question (audit) or a focal point (priorities).
pub type Answers = BTreeMap<String, Given>;

/// What the respondent typed or followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    Invitation(String),
    Receipt(String),
}

/// Where the respondent is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Not submitted yet: answers are a draft.
    Draft,
    /// A named round's submitted response, open for changes until the round closes.
    Submitted,
    /// An anonymous response reopened with its receipt.
    Amending,
}

/// A questionnaire as the respondent sees it.
#[derive(Debug, Clone)]
pub struct Questionnaire {
    pub round: Round,
    pub framework: Framework,
    pub kind: Kind,
    pub group: String,
    pub group_title: String,
    pub answers: Answers,
    pub stage: Stage,
}

impl Questionnaire {
    /// The items answered, in order: question ids, or focal point ids for priorities.
    pub fn items(&self) -> Vec<String> {
        items(&self.framework, self.kind)
    }

    /// How many items have an answer (an option or "don't know").
    pub fn answered(&self) -> usize {
        self.answers
            .values()
            .filter(|g| g.choice.is_some() || g.dont_know)
            .count()
    }
}

fn items(fw: &Framework, kind: Kind) -> Vec<String> {
    match kind {
        Kind::Audit => fw.questions().map(|(_, q)| q.id.clone()).collect(),
        Kind::Priorities => fw.focal_points.iter().map(|f| f.id.clone()).collect(),
    }
}

/// How many choices an item has.
fn choices(fw: &Framework, kind: Kind, item: &str) -> Option<usize> {
    match kind {
        Kind::Audit => fw.question(item).map(|q| q.options.len()),
        Kind::Priorities => fw
            .focal_point(item)
            .and(fw.priorities.as_ref())
            .map(|p| p.scale.len()),
    }
}

fn unknown_code() -> Error {
    Error::NotFound(
        "no invitation or receipt with this code: check it against the paper or e-mail you received (letters and digits; dashes and spaces do not matter)".into(),
    )
}

/// Refuses a round that does not take answers today.
fn check_open(round: &Round, today: &str) -> Result<()> {
    if !round.is_open() || today > round.closes.as_str() {
        return Err(Error::Refused(format!(
            "the round “{}” closed on {}: answers are no longer taken",
            round.title, round.closes
        )));
    }
    if today < round.opens.as_str() {
        return Err(Error::Refused(format!(
            "the round “{}” opens on {}: come back then with the same link",
            round.title, round.opens
        )));
    }
    Ok(())
}

fn from_stored(stored: &[StoredAnswer]) -> Answers {
    stored
        .iter()
        .map(|a| {
            (
                a.question.clone(),
                Given {
                    choice: a.choice.and_then(|c| usize::try_from(c).ok()),
                    dont_know: a.dont_know,
                    comment: a.comment.clone(),
                },
            )
        })
        .collect()
}

fn to_stored(answers: &Answers) -> Vec<StoredAnswer> {
    answers
        .iter()
        .filter(|(_, g)| !g.is_empty())
        .map(|(id, g)| StoredAnswer {
            question: id.clone(),
            choice: g.choice.map(|c| c as i64),
            dont_know: g.dont_know && g.choice.is_none(),
            comment: g.comment.trim().to_string(),
        })
        .collect()
}

/// Opens the questionnaire of a credential, if the round takes answers today.
pub fn open(store: &Store, credential: &Credential, today: &str) -> Result<Questionnaire> {
    let (round, group, answers, stage) = match credential {
        Credential::Invitation(typed) => {
            let hash = tokens::hash(Purpose::Invitation, typed);
            let inv = store.audit_invitation(&hash)?.ok_or_else(unknown_code)?;
            let round = rounds::round(store, inv.round)?;
            if inv.used {
                if round.is_anonymous() {
                    return Err(Error::Refused(
                        "this invitation has been used: a response was submitted with it, and it can neither answer again nor show the answers. With the receipt you were given you can still change your answers while the round is open.".into(),
                    ));
                }
                let stored = store.named_audit_response(&hash)?.unwrap_or_default();
                (round, inv.group, from_stored(&stored), Stage::Submitted)
            } else {
                let draft = store
                    .audit_draft(&hash)?
                    .map(|j| serde_json::from_str::<Answers>(&j).unwrap_or_default())
                    .unwrap_or_default();
                (round, inv.group, draft, Stage::Draft)
            }
        }
        Credential::Receipt(typed) => {
            let hash = tokens::hash(Purpose::Receipt, typed);
            let (round_id, group, stored) = store
                .audit_response_by_receipt(&hash)?
                .ok_or_else(unknown_code)?;
            (
                rounds::round(store, round_id)?,
                group,
                from_stored(&stored),
                Stage::Amending,
            )
        }
    };
    check_open(&round, today)?;
    let framework = rounds::framework_of(&round)?;
    let group_title = framework
        .group(&group)
        .map(|g| g.title.clone())
        .unwrap_or_else(|| group.clone());
    Ok(Questionnaire {
        kind: Kind::of(&round),
        round,
        framework,
        group,
        group_title,
        answers,
        stage,
    })
}

/// Reads a page's form fields: `answer:<item>` = the choice's position (0 = first), `dk`
/// for "don't know" or empty; `comment:<item>` = text. Other fields are ignored. Refuses
/// an unknown item, a choice outside the options, an over-long comment.
pub fn parse_form<'a>(
    fw: &Framework,
    kind: Kind,
    fields: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<Answers> {
    let mut out = Answers::new();
    for (key, value) in fields {
        let (field, item) = match key.split_once(':') {
            Some((f @ ("answer" | "comment"), item)) => (f, item),
            _ => continue,
        };
        let n = choices(fw, kind, item).ok_or_else(|| {
            Error::Invalid(format!(
                "this questionnaire has no question '{item}': reload the page and answer again"
            ))
        })?;
        let given = out.entry(item.to_string()).or_default();
        if field == "comment" {
            if value.chars().count() > MAX_COMMENT {
                return Err(Error::Invalid(format!(
                    "the comment on '{item}' is longer than {MAX_COMMENT} characters: shorten it"
                )));
            }
            given.comment = value.to_string();
            continue;
        }
        match value.trim() {
            "" => {}
            "dk" => given.dont_know = true,
            v => {
                let i: usize = v.parse().ok().filter(|i| *i < n).ok_or_else(|| {
                    Error::Invalid(format!(
                        "'{v}' is not one of the answers to '{item}': choose one of its {n} options, or \"don't know\""
                    ))
                })?;
                given.choice = Some(i);
            }
        }
    }
    Ok(out)
}

/// Saves answers to some items (a page): a draft before submission, the response itself
/// afterwards (named round, or anonymous with the receipt).
pub fn save(
    store: &mut Store,
    credential: &Credential,
    page: &Answers,
    today: &str,
) -> Result<Questionnaire> {
    let mut q = open(store, credential, today)?;
    for id in page.keys() {
        if choices(&q.framework, q.kind, id).is_none() {
            return Err(Error::Invalid(format!(
                "this questionnaire has no question '{id}'"
            )));
        }
    }
    for (id, g) in page {
        q.answers.insert(id.clone(), g.clone());
    }
    q.answers.retain(|_, g| !g.is_empty());
    match (credential, q.stage) {
        (Credential::Invitation(t), Stage::Draft) => {
            let json = serde_json::to_string(&q.answers)
                .map_err(|e| Error::Invalid(format!("the answers cannot be saved: {e}")))?;
            store.save_audit_draft(&tokens::hash(Purpose::Invitation, t), &json)?;
        }
        (Credential::Invitation(t), _) => store.amend_audit_response(
            Respondent::Named(&tokens::hash(Purpose::Invitation, t)),
            &to_stored(&q.answers),
        )?,
        (Credential::Receipt(r), _) => store.amend_audit_response(
            Respondent::Receipt(&tokens::hash(Purpose::Receipt, r)),
            &to_stored(&q.answers),
        )?,
    }
    Ok(q)
}

/// What a submission gives the respondent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submitted {
    /// Anonymous rounds: the receipt, shown once (normalised; print it grouped).
    pub receipt: Option<String>,
    pub closes: String,
}

/// Submits the draft of an invitation (after saving `page`, the last page's answers).
/// Already submitted (named, or amending with a receipt): the answers are saved, nothing
/// else happens.
pub fn submit(
    store: &mut Store,
    credential: &Credential,
    page: &Answers,
    today: &str,
) -> Result<Submitted> {
    let q = save(store, credential, page, today)?;
    let Credential::Invitation(typed) = credential else {
        return Ok(Submitted {
            receipt: None,
            closes: q.round.closes,
        });
    };
    if q.stage != Stage::Draft {
        return Ok(Submitted {
            receipt: None,
            closes: q.round.closes,
        });
    }
    let hash = tokens::hash(Purpose::Invitation, typed);
    let receipt = q.round.is_anonymous().then(tokens::generate);
    let receipt_hash = receipt
        .as_deref()
        .map(|r| tokens::hash(Purpose::Receipt, r));
    store.submit_audit_response(&hash, &to_stored(&q.answers), receipt_hash.as_deref())?;
    Ok(Submitted {
        receipt,
        closes: q.round.closes,
    })
}
