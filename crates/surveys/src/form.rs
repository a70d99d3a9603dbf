//! The questionnaire: what a city asks, in which languages, in which order, and when.
//!
//! A [`Questionnaire`] is what an XLSForm describes (see [`crate::xlsform`] for the sheets and
//! columns): settings (id, title, version, languages), **sections** made of questions, and the
//! **choice lists** the select questions share.
//!
//! * **Sections** are the top-level groups (`begin_group` … `end_group`). Questions outside any
//!   group form a section of their own (one per run of ungrouped rows, [`Section::name`] is
//!   `None`). One section is one page when answering.
//! * **Matrices** are groups with the appearance `table-list` (ODK's standard grid): select
//!   questions that all use the same choice list, shown as rows of one table. A matrix is
//!   either a group inside a section ([`Item::Matrix`]) or a whole section whose appearance is
//!   `table-list` ([`Section::is_matrix`]).
//! * **Likert scales**: a `select_one` question whose list's choice names are the consecutive
//!   integers `1`, `2`, …, `k` (k ≥ 2), in that order on the choices sheet, is a scale with k
//!   points ([`ChoiceList::scale_points`]): its answers are ordered and may be averaged. Names
//!   such as `0..4`, `1,3,5` or text names make an unordered single choice; the labels do not
//!   matter.
//!
//! **Texts** ([`Text`]) are kept per language code; a text missing in the reader's language
//! falls back to the default language, then to the first language that has it.
//!
//! **Invariants** (what [`crate::xlsform::import`] guarantees and `export` relies on):
//! `languages[0]` is the default language; question and group names are unique across the
//! whole form (answers are keyed by name); expressions refer only to earlier questions; no
//! two ungrouped sections are adjacent.
//!
//! **Versions**: [`Questionnaire::canonical_json`] is the whole questionnaire as JSON, the
//! same bytes for the same questionnaire (fields in declaration order, texts by language
//! code), which the store freezes when a version is published; [`Questionnaire::fingerprint`]
//! is its SHA-256.

use crate::expr::Expression;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A text in each language that has it, keyed by [`Language::code`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    pub fn new() -> Text {
        Text(BTreeMap::new())
    }

    /// A text in one language only.
    pub fn single(code: &str, text: &str) -> Text {
        let mut t = Text::new();
        t.set(code, text);
        t
    }

    pub fn set(&mut self, code: &str, text: &str) {
        self.0.insert(code.to_string(), text.to_string());
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The text in exactly this language.
    pub fn get(&self, code: &str) -> Option<&str> {
        self.0.get(code).map(String::as_str)
    }
}

/// A language of the questionnaire, as a column header names it: `label::German (de)` gives
/// the name `German` and the code `de`. Without a code in brackets (`label::german`) the code
/// is the name as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Language {
    pub name: String,
    pub code: String,
}

impl Language {
    /// The language named by a column's tag: `German (de)` or `german`.
    pub fn from_tag(tag: &str) -> Language {
        let tag = tag.trim();
        if let Some(open) = tag.rfind('(')
            && tag.ends_with(')')
        {
            let name = tag[..open].trim();
            let code = tag[open + 1..tag.len() - 1].trim();
            if !name.is_empty() && !code.is_empty() {
                return Language {
                    name: name.to_string(),
                    code: code.to_string(),
                };
            }
        }
        Language {
            name: tag.to_string(),
            code: tag.to_string(),
        }
    }

    /// The tag as it goes after `::` in a header: `German (de)`, or the name alone when the
    /// code is the name.
    pub fn tag(&self) -> String {
        if self.code == self.name {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.code)
        }
    }

    /// The language of forms whose columns name none (`label`, not `label::…`), as pyxform
    /// calls it.
    pub fn implicit_default() -> Language {
        Language {
            name: "default".to_string(),
            code: "default".to_string(),
        }
    }
}

/// A whole questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Questionnaire {
    /// `settings.form_id`.
    pub id: String,
    /// `settings.form_title` (default language) and `form_title_translation::…`.
    pub title: Text,
    /// `settings.version`, when given.
    pub version: Option<String>,
    /// The code of the default language (`languages[0]`).
    pub default_language: String,
    pub languages: Vec<Language>,
    pub sections: Vec<Section>,
    /// The choice lists, in the order of the choices sheet.
    pub choice_lists: Vec<ChoiceList>,
}

/// One page: a top-level group, or a run of questions outside any group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// The group's name; `None` for questions outside any group.
    pub name: Option<String>,
    pub label: Text,
    pub hint: Text,
    /// When the whole section is asked (it applies to every question in it).
    pub relevant: Option<Expression>,
    pub appearance: Option<String>,
    pub items: Vec<Item>,
}

/// What a section holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "item", rename_all = "snake_case")]
pub enum Item {
    Question(Question),
    Matrix(Matrix),
}

/// Select questions on one choice list, shown as the rows of one table (a group with the
/// appearance `table-list` inside a section).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Matrix {
    pub name: String,
    pub label: Text,
    pub hint: Text,
    pub relevant: Option<Expression>,
    /// `table-list`, possibly with other appearances.
    pub appearance: String,
    /// The list every row uses.
    pub list: String,
    pub questions: Vec<Question>,
}

/// One question (or a note, which asks nothing).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub name: String,
    pub kind: Kind,
    pub label: Text,
    pub hint: Text,
    pub required: bool,
    /// Shown instead of the standard text when a required answer is missing.
    pub required_message: Text,
    /// A condition on the answer (`.` is the answer), checked when an answer is given.
    pub constraint: Option<Expression>,
    pub constraint_message: Text,
    /// When the question is asked; an irrelevant question's answer is dropped.
    pub relevant: Option<Expression>,
    pub appearance: Option<String>,
    /// The answer filled in beforehand, as XLSForm writes it (a number, an ISO date, a
    /// choice name, choice names separated by spaces, a text).
    pub default: Option<String>,
}

/// What a question collects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "list", rename_all = "snake_case")]
pub enum Kind {
    /// `select_one LIST`.
    SelectOne(String),
    /// `select_multiple LIST`.
    SelectMultiple(String),
    Integer,
    Decimal,
    /// An ISO 8601 date, `YYYY-MM-DD`.
    Date,
    Text,
    /// A text shown, nothing asked.
    Note,
}

impl Kind {
    /// The choice list of a select question.
    pub fn list(&self) -> Option<&str> {
        match self {
            Kind::SelectOne(l) | Kind::SelectMultiple(l) => Some(l),
            _ => None,
        }
    }

    /// The XLSForm `type` cell.
    pub fn xlsform_type(&self) -> String {
        match self {
            Kind::SelectOne(l) => format!("select_one {l}"),
            Kind::SelectMultiple(l) => format!("select_multiple {l}"),
            Kind::Integer => "integer".into(),
            Kind::Decimal => "decimal".into(),
            Kind::Date => "date".into(),
            Kind::Text => "text".into(),
            Kind::Note => "note".into(),
        }
    }
}

/// A list of choices shared by select questions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChoiceList {
    pub name: String,
    pub choices: Vec<Choice>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub name: String,
    pub label: Text,
}

impl ChoiceList {
    /// The number of points when the list is a Likert scale: its choice names are exactly
    /// `1`, `2`, …, `k` in that order, with k ≥ 2.
    pub fn scale_points(&self) -> Option<usize> {
        let k = self.choices.len();
        let consecutive = self
            .choices
            .iter()
            .enumerate()
            .all(|(i, c)| c.name == (i + 1).to_string());
        (k >= 2 && consecutive).then_some(k)
    }

    pub fn choice(&self, name: &str) -> Option<&Choice> {
        self.choices.iter().find(|c| c.name == name)
    }
}

impl Section {
    /// The section is one table (its own appearance is `table-list`).
    pub fn is_matrix(&self) -> bool {
        self.appearance.as_deref().is_some_and(is_table_list)
    }

    /// Every question of the section, matrices' rows included, in order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> + '_ {
        self.items.iter().flat_map(|item| match item {
            Item::Question(q) => std::slice::from_ref(q).iter(),
            Item::Matrix(m) => m.questions.iter(),
        })
    }
}

/// `table-list` is among the appearances (they are separated by spaces).
pub fn is_table_list(appearance: &str) -> bool {
    appearance.split_whitespace().any(|a| a == "table-list")
}

/// Where a question sits, and the conditions that apply to it.
#[derive(Debug, Clone, Copy)]
pub struct Placed<'a> {
    pub section: usize,
    pub section_relevant: Option<&'a Expression>,
    pub matrix: Option<&'a Matrix>,
    pub question: &'a Question,
}

impl Questionnaire {
    /// Every question with its place, in order.
    pub fn placed(&self) -> Vec<Placed<'_>> {
        let mut out = Vec::new();
        for (i, s) in self.sections.iter().enumerate() {
            for item in &s.items {
                match item {
                    Item::Question(q) => out.push(Placed {
                        section: i,
                        section_relevant: s.relevant.as_ref(),
                        matrix: None,
                        question: q,
                    }),
                    Item::Matrix(m) => out.extend(m.questions.iter().map(|q| Placed {
                        section: i,
                        section_relevant: s.relevant.as_ref(),
                        matrix: Some(m),
                        question: q,
                    })),
                }
            }
        }
        out
    }

    /// Every question (notes included), in order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> + '_ {
        self.sections.iter().flat_map(Section::questions)
    }

    pub fn question(&self, name: &str) -> Option<&Question> {
        self.questions().find(|q| q.name == name)
    }

    pub fn choice_list(&self, name: &str) -> Option<&ChoiceList> {
        self.choice_lists.iter().find(|l| l.name == name)
    }

    /// The number of points when the question is a Likert scale (a `select_one` on a list
    /// whose names are `1..=k`).
    pub fn scale_points(&self, question: &str) -> Option<usize> {
        match &self.question(question)?.kind {
            Kind::SelectOne(list) => self.choice_list(list)?.scale_points(),
            _ => None,
        }
    }

    /// The language codes to try for a reader's language: the language itself (exactly, then
    /// by its primary subtag: `de-AT` → `de`), then the default, then every other language.
    fn fallbacks(&self, lang: &str) -> Vec<&str> {
        let primary = lang.split(['-', '_']).next().unwrap_or(lang);
        let wanted = self
            .languages
            .iter()
            .find(|l| l.code.eq_ignore_ascii_case(lang))
            .or_else(|| {
                self.languages
                    .iter()
                    .find(|l| l.code.eq_ignore_ascii_case(primary))
            })
            .map(|l| l.code.as_str());
        wanted
            .into_iter()
            .chain(std::iter::once(self.default_language.as_str()))
            .chain(self.languages.iter().map(|l| l.code.as_str()))
            .collect()
    }

    /// A text in the reader's language, falling back to the default language, then to any
    /// language that has it.
    pub fn text<'a>(&self, text: &'a Text, lang: &str) -> Option<&'a str> {
        self.fallbacks(lang)
            .into_iter()
            .find_map(|code| text.get(code))
    }

    /// The title in the reader's language.
    pub fn title(&self, lang: &str) -> &str {
        self.text(&self.title, lang).unwrap_or(&self.id)
    }

    /// A question's label in the reader's language.
    pub fn label(&self, question: &str, lang: &str) -> Option<&str> {
        self.question(question)
            .and_then(|q| self.text(&q.label, lang))
    }

    /// A question's hint in the reader's language.
    pub fn hint(&self, question: &str, lang: &str) -> Option<&str> {
        self.question(question)
            .and_then(|q| self.text(&q.hint, lang))
    }

    /// A choice's label in the reader's language.
    pub fn choice_label(&self, list: &str, choice: &str, lang: &str) -> Option<&str> {
        self.choice_list(list)
            .and_then(|l| l.choice(choice))
            .and_then(|c| self.text(&c.label, lang))
    }

    /// A section's title in the reader's language (`None` for an ungrouped section or a
    /// group without label).
    pub fn section_label(&self, section: usize, lang: &str) -> Option<&str> {
        self.sections
            .get(section)
            .and_then(|s| self.text(&s.label, lang))
    }

    /// The whole questionnaire as canonical JSON: what the store freezes for a version.
    pub fn canonical_json(&self) -> String {
        // Serialising plain structs, strings, maps and options cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A questionnaire from its canonical JSON (expressions are parsed again). The JSON is
    /// trusted to be what [`Questionnaire::canonical_json`] gave for an imported
    /// questionnaire: the checks of the import (names, references, lists) are not repeated.
    pub fn from_json(json: &str) -> Result<Questionnaire, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// SHA-256 of the canonical JSON, as 64 lower-case hex digits.
    pub fn fingerprint(&self) -> String {
        model::checksum::sha256_hex(self.canonical_json().as_bytes())
    }
}

/// The questionnaire as the estimates see it.
impl Questionnaire {
    /// Every question to estimate, in order: single and multiple choices with their choice
    /// names, Likert scales (by [`ChoiceList::scale_points`]) as scales, numbers and texts.
    /// Notes ask nothing and dates are not estimated: both are left out.
    pub fn estimate_items(&self) -> Vec<crate::estimates::Item> {
        use crate::estimates::{Item as EstimateItem, ItemKind};
        let names = |list: &str| -> Vec<String> {
            self.choice_list(list)
                .map(|l| l.choices.iter().map(|c| c.name.clone()).collect())
                .unwrap_or_default()
        };
        self.questions()
            .filter_map(|q| {
                let kind = match &q.kind {
                    Kind::SelectOne(l) if self.scale_points(&q.name).is_some() => {
                        ItemKind::Scale(names(l))
                    }
                    Kind::SelectOne(l) => ItemKind::Single(names(l)),
                    Kind::SelectMultiple(l) => ItemKind::Multiple(names(l)),
                    Kind::Integer | Kind::Decimal => ItemKind::Number,
                    Kind::Text => ItemKind::Text,
                    Kind::Date | Kind::Note => return None,
                };
                Some(EstimateItem {
                    name: q.name.clone(),
                    kind,
                })
            })
            .collect()
    }

    /// A single-choice question as a breakdown of the estimates, with its choices as the
    /// classes (`None` for any other question).
    pub fn breakdown(&self, question: &str) -> Option<crate::estimates::Breakdown> {
        match &self.question(question)?.kind {
            Kind::SelectOne(l) => Some(crate::estimates::Breakdown {
                question: question.to_string(),
                classes: self
                    .choice_list(l)?
                    .choices
                    .iter()
                    .map(|c| c.name.clone())
                    .collect(),
            }),
            _ => None,
        }
    }
}
