//! The city's own surveys of migrants and residents.
//!
//! * [`answer`]: what a respondent answered, one value per question.
//! * [`form`]: the questionnaire — sections (pages), questions, choice lists, Likert scales
//!   and matrices, texts per language, its canonical JSON and fingerprint.
//! * [`expr`]: the XLSForm expressions of `relevant` and `constraint` the observatory
//!   evaluates.
//! * [`xlsform`]: questionnaires from and to XLSForm workbooks, every problem with its sheet,
//!   row and column.
//! * [`edit`]: the web editor's changes (questions kept, wording, hints, required, titles).
//! * [`validate`]: a response (or one page of it) checked against the questionnaire.
//! * [`weighting`]: raking the responses to the population's margins, with the design
//!   effect and the effective sample size.
//! * [`margins`]: the margin the store holds for a city (born in the country and abroad).
//! * [`estimates`]: weighted shares and means with intervals, small cells withheld.
//! * [`export`]: the responses and the estimates as CSV.
//! * [`trend`]: how each share changed between two published rounds, with the probability
//!   that the change is real.
//! * [`collect`]: the way over the store — keep a questionnaire, field it, invite, answer
//!   page by page, submit once, weight, estimate.

pub mod answer;
pub mod cli;
pub mod collect;
pub mod edit;
pub mod estimates;
pub mod export;
pub mod expr;
pub mod form;
pub mod margins;
pub mod trend;
pub mod validate;
pub mod weighting;
pub mod xlsform;

pub use form::{Questionnaire, Text};

/// The template questionnaire (`catalogue/surveys/city-survey-of-migrants.xlsx`), embedded so
/// that a binary copied anywhere can hand it out.
pub const TEMPLATE: &[u8] =
    include_bytes!("../../../catalogue/surveys/city-survey-of-migrants.xlsx");
pub use xlsform::{FormError, FormErrors, export, import};
