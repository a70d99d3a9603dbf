//! What a respondent answered: one value per question, keyed by the question's `name`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One question's answer, already checked against the questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Answer {
    /// `select_one`: the chosen choice's name.
    Choice(String),
    /// `select_multiple`: the chosen choices' names, in the list's order.
    Choices(Vec<String>),
    /// `integer` or `decimal`.
    Number(f64),
    /// `date`, as ISO 8601 `YYYY-MM-DD`.
    Date(String),
    /// `text`.
    Text(String),
}

/// A respondent's answers by question name. A question that was not relevant (skip logic)
/// or left blank has no entry.
pub type Answers = BTreeMap<String, Answer>;
