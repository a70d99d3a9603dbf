//! Checking what a respondent sent against the questionnaire, the whole form at once or one
//! section (page) at a time.
//!
//! What a web form posts is a map from question name to the values given (several for a
//! `select_multiple` of checkboxes; one value holding names separated by spaces is read too).
//! The check gives typed [`Answers`] or every problem found:
//!
//! * values are trimmed, and an empty value is no answer;
//! * `integer`: an optional `-` and digits; `decimal`: also a fraction after `.` (no
//!   exponents, no thousands separators, no `,`: the browser's number field posts `.`);
//!   `date`: a real calendar date as `YYYY-MM-DD`; choices must be names of the question's
//!   list, multiple choices are kept in the list's order, each once;
//! * a question is checked only when it is **relevant** — its section's, its matrix's and its
//!   own `relevant` hold, evaluated on the answers given before it (earlier sections' answers
//!   are passed in when a page is checked on its own); the answers to questions that are not
//!   relevant are dropped, whatever was sent;
//! * `required` applies to relevant questions only; a constraint is checked when there is an
//!   answer, with `.` standing for it;
//! * a name that is no question of the form (or of the section checked), or a note, is a
//!   problem too: nothing sent is silently thrown away, except answers to irrelevant
//!   questions.
//!
//! A problem carries its kind, for the reader's language, and the form's own message
//! (`required_message`, `constraint_message`) in the reader's language when the form has one.

use crate::answer::{Answer, Answers};
use crate::form::{ChoiceList, Kind, Placed, Questionnaire};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;

/// What is wrong with the answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", content = "value", rename_all = "snake_case")]
pub enum Problem {
    /// The question is required and relevant, and has no answer.
    Required,
    /// An `integer` question's value is not a whole number.
    NotAWholeNumber(String),
    /// A `decimal` question's value is not a number.
    NotANumber(String),
    /// A `date` question's value is not a date `YYYY-MM-DD`.
    NotADate(String),
    /// The value is not a choice of the question's list.
    UnknownChoice(String),
    /// Several values for a question that takes one.
    OneAnswerOnly,
    /// The answer fails the question's constraint.
    Constraint,
    /// The name is no question of the form (or of the section checked), or is a note.
    NotAQuestion,
}

/// A problem with one question's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerProblem {
    pub question: String,
    pub problem: Problem,
    /// The form's own message for it (`required_message` or `constraint_message`) in the
    /// reader's language, falling back to the default language; `None` when the form has
    /// none, and the standard text of `problem` is shown.
    pub message: Option<String>,
}

impl fmt::Display for AnswerProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "'{}': ", self.question)?;
        if let Some(m) = &self.message {
            return f.write_str(m);
        }
        match &self.problem {
            Problem::Required => write!(f, "an answer is required"),
            Problem::NotAWholeNumber(v) => write!(f, "'{v}' is not a whole number"),
            Problem::NotANumber(v) => write!(f, "'{v}' is not a number"),
            Problem::NotADate(v) => write!(f, "'{v}' is not a date (YYYY-MM-DD)"),
            Problem::UnknownChoice(v) => write!(f, "'{v}' is not one of the choices"),
            Problem::OneAnswerOnly => write!(f, "only one answer can be given"),
            Problem::Constraint => write!(f, "the answer is not accepted"),
            Problem::NotAQuestion => write!(f, "this is not a question to answer here"),
        }
    }
}

/// What a web form posts: values by question name.
pub type Raw = BTreeMap<String, Vec<String>>;

impl Questionnaire {
    /// Checks a whole response.
    pub fn check(&self, raw: &Raw, lang: &str) -> Result<Answers, Vec<AnswerProblem>> {
        let mut problems = Vec::new();
        let placed = self.placed();
        for name in raw.keys() {
            if !placed
                .iter()
                .any(|p| &p.question.name == name && p.question.kind != Kind::Note)
            {
                problems.push(not_a_question(name));
            }
        }
        let mut answers = Answers::new();
        for p in &placed {
            self.check_one(p, raw, &mut answers, &mut problems, lang);
        }
        if problems.is_empty() {
            Ok(answers)
        } else {
            Err(problems)
        }
    }

    /// Checks one section (page): `raw` holds its questions' values, `earlier` the answers
    /// of the sections before it (relevance may depend on them). Gives this section's
    /// answers only.
    pub fn check_section(
        &self,
        section: usize,
        raw: &Raw,
        earlier: &Answers,
        lang: &str,
    ) -> Result<Answers, Vec<AnswerProblem>> {
        self.check_page(section, raw, earlier, &[], lang)
    }

    /// [`Self::check_section`] for a page as it was shown: the questions in `not_shown` had
    /// not been asked yet when the page was sent (they depend on answers given on the same
    /// page, and a page without JavaScript can only reveal them once it is sent), so a
    /// missing answer to one of them is no problem yet — [`Self::revealed`] tells the caller
    /// to show the page again with them, and the whole response is checked on submission.
    pub fn check_page(
        &self,
        section: usize,
        raw: &Raw,
        earlier: &Answers,
        not_shown: &[String],
        lang: &str,
    ) -> Result<Answers, Vec<AnswerProblem>> {
        let mut problems = Vec::new();
        let placed: Vec<Placed<'_>> = self
            .placed()
            .into_iter()
            .filter(|p| p.section == section)
            .collect();
        for name in raw.keys() {
            if !placed
                .iter()
                .any(|p| &p.question.name == name && p.question.kind != Kind::Note)
            {
                problems.push(not_a_question(name));
            }
        }
        let mut answers = earlier.clone();
        for p in &placed {
            answers.remove(&p.question.name);
        }
        for p in &placed {
            self.check_one(p, raw, &mut answers, &mut problems, lang);
        }
        problems.retain(|p| !(p.problem == Problem::Required && not_shown.contains(&p.question)));
        if problems.is_empty() {
            Ok(placed
                .iter()
                .filter_map(|p| {
                    let name = &p.question.name;
                    answers.get(name).map(|a| (name.clone(), a.clone()))
                })
                .collect())
        } else {
            Err(problems)
        }
    }

    /// Whether the question is asked given these answers: its section's, its matrix's and
    /// its own `relevant` all hold. An unknown name is not relevant.
    pub fn is_relevant(&self, question: &str, answers: &Answers) -> bool {
        self.placed()
            .iter()
            .find(|p| p.question.name == question)
            .is_some_and(|p| relevant(p, answers))
    }

    /// The questions of a section to show, given the answers so far (earlier pages', and this
    /// page's if it was sent before): those whose conditions hold, and notes likewise. A
    /// question whose condition fails is left out; once the page is sent, the answers that
    /// made it relevant are known and [`Self::revealed`] names it.
    pub fn shown(&self, section: usize, answers: &Answers) -> Vec<Placed<'_>> {
        self.placed()
            .into_iter()
            .filter(|p| p.section == section && relevant(p, answers))
            .collect()
    }

    /// The questions of a section that are relevant with these answers but were not among
    /// those `shown` when the page was sent: the page is to be shown again with them.
    pub fn revealed(&self, section: usize, answers: &Answers, shown: &[String]) -> Vec<String> {
        self.shown(section, answers)
            .into_iter()
            .filter(|p| p.question.kind != Kind::Note && !shown.contains(&p.question.name))
            .map(|p| p.question.name.clone())
            .collect()
    }

    /// The next section after `section` that is asked given the answers, if any.
    pub fn next_section(&self, section: usize, answers: &Answers) -> Option<usize> {
        (section + 1..self.sections.len()).find(|&i| self.section_is_relevant(i, answers))
    }

    /// The section before `section` that is asked given the answers, if any.
    pub fn previous_section(&self, section: usize, answers: &Answers) -> Option<usize> {
        (0..section)
            .rev()
            .find(|&i| self.section_is_relevant(i, answers))
    }

    /// Whether the section (page) is shown at all given these answers.
    pub fn section_is_relevant(&self, section: usize, answers: &Answers) -> bool {
        self.sections
            .get(section)
            .is_some_and(|s| s.relevant.as_ref().is_none_or(|e| e.holds(answers, None)))
    }

    fn check_one(
        &self,
        p: &Placed<'_>,
        raw: &Raw,
        answers: &mut Answers,
        problems: &mut Vec<AnswerProblem>,
        lang: &str,
    ) {
        let q = p.question;
        if q.kind == Kind::Note || !relevant(p, answers) {
            answers.remove(&q.name);
            return;
        }
        let values: Vec<&str> = raw
            .get(&q.name)
            .map(|vs| {
                vs.iter()
                    .map(|v| v.trim())
                    .filter(|v| !v.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        let list = q.kind.list().and_then(|l| self.choice_list(l));
        let problem = |problem: Problem, message: Option<&str>| AnswerProblem {
            question: q.name.clone(),
            problem,
            message: message.map(str::to_string),
        };
        match parse_answer(&q.kind, list, &values) {
            Err(e) => problems.push(problem(e, None)),
            Ok(None) => {
                if q.required {
                    problems.push(problem(
                        Problem::Required,
                        self.text(&q.required_message, lang),
                    ));
                }
            }
            Ok(Some(answer)) => {
                if let Some(c) = &q.constraint
                    && !c.holds(answers, Some(&answer))
                {
                    problems.push(problem(
                        Problem::Constraint,
                        self.text(&q.constraint_message, lang),
                    ));
                    return;
                }
                answers.insert(q.name.clone(), answer);
            }
        }
    }
}

fn not_a_question(name: &str) -> AnswerProblem {
    AnswerProblem {
        question: name.to_string(),
        problem: Problem::NotAQuestion,
        message: None,
    }
}

fn relevant(p: &Placed<'_>, answers: &Answers) -> bool {
    let holds = |e: Option<&crate::expr::Expression>| e.is_none_or(|e| e.holds(answers, None));
    holds(p.section_relevant)
        && holds(p.matrix.and_then(|m| m.relevant.as_ref()))
        && holds(p.question.relevant.as_ref())
}

/// The answer in the given values (`None`: no answer).
pub(crate) fn parse_answer(
    kind: &Kind,
    list: Option<&ChoiceList>,
    values: &[&str],
) -> Result<Option<Answer>, Problem> {
    if values.is_empty() {
        return Ok(None);
    }
    if let Kind::SelectMultiple(_) = kind {
        let given: Vec<&str> = values.iter().flat_map(|v| v.split_whitespace()).collect();
        let choices = list.map_or(&[][..], |l| &l.choices[..]);
        if let Some(bad) = given
            .iter()
            .find(|g| !choices.iter().any(|c| c.name == **g))
        {
            return Err(Problem::UnknownChoice(bad.to_string()));
        }
        let chosen = choices
            .iter()
            .filter(|c| given.contains(&c.name.as_str()))
            .map(|c| c.name.clone())
            .collect();
        return Ok(Some(Answer::Choices(chosen)));
    }
    let [value] = values else {
        return Err(Problem::OneAnswerOnly);
    };
    let value = *value;
    Ok(Some(match kind {
        Kind::SelectOne(_) => {
            if list.is_none_or(|l| l.choice(value).is_none()) {
                return Err(Problem::UnknownChoice(value.to_string()));
            }
            Answer::Choice(value.to_string())
        }
        Kind::Integer => Answer::Number(
            parse_integer(value).ok_or_else(|| Problem::NotAWholeNumber(value.to_string()))?,
        ),
        Kind::Decimal => Answer::Number(
            parse_decimal(value).ok_or_else(|| Problem::NotANumber(value.to_string()))?,
        ),
        Kind::Date => {
            if !is_iso_date(value) {
                return Err(Problem::NotADate(value.to_string()));
            }
            Answer::Date(value.to_string())
        }
        Kind::Text => Answer::Text(value.to_string()),
        Kind::Note | Kind::SelectMultiple(_) => return Err(Problem::NotAQuestion),
    }))
}

/// Whether a default is a valid answer; the reason when not.
pub(crate) fn parse_default(
    kind: &Kind,
    list: Option<&ChoiceList>,
    value: &str,
) -> Result<(), String> {
    match parse_answer(kind, list, &[value]) {
        Ok(_) => Ok(()),
        Err(Problem::NotAWholeNumber(_)) => Err("is not a whole number".into()),
        Err(Problem::NotANumber(_)) => Err("is not a number".into()),
        Err(Problem::NotADate(_)) => Err("is not a date written YYYY-MM-DD".into()),
        Err(Problem::UnknownChoice(c)) => Err(format!(
            "is not a choice of the list: '{c}' is not among its names"
        )),
        Err(_) => Err("is not a valid answer".into()),
    }
}

/// `-?[0-9]+`, within the integers an f64 holds exactly.
fn parse_integer(v: &str) -> Option<f64> {
    let digits = v.strip_prefix('-').unwrap_or(v);
    if digits.is_empty() || digits.len() > 15 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse::<i64>().ok().map(|i| i as f64)
}

/// `-?[0-9]*(.[0-9]+)?` with at least one digit.
fn parse_decimal(v: &str) -> Option<f64> {
    let body = v.strip_prefix('-').unwrap_or(v);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let ok = (!int.is_empty() || !frac.is_empty())
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
        && !(body.contains('.') && frac.is_empty());
    if !ok {
        return None;
    }
    v.parse::<f64>().ok().filter(|f| f.is_finite())
}

/// A real calendar date written `YYYY-MM-DD`.
pub(crate) fn is_iso_date(v: &str) -> bool {
    let b = v.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |s: &str| {
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (Some(y), Some(m), Some(d)) = (num(&v[0..4]), num(&v[5..7]), num(&v[8..10])) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    y >= 1 && (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_are_strict() {
        assert_eq!(parse_integer("42"), Some(42.0));
        assert_eq!(parse_integer("-3"), Some(-3.0));
        for bad in [
            "4.0",
            "1e3",
            "",
            "-",
            "12a",
            "+4",
            "1 000",
            "9999999999999999",
        ] {
            assert_eq!(parse_integer(bad), None, "{bad}");
        }
        assert_eq!(parse_decimal("2.5"), Some(2.5));
        assert_eq!(parse_decimal("-.5"), Some(-0.5));
        assert_eq!(parse_decimal("7"), Some(7.0));
        for bad in ["2,5", "1e3", "inf", "NaN", ".", "5.", "1.2.3", ""] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
        assert!(is_iso_date("2024-02-29"));
        assert!(is_iso_date("2000-02-29"));
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2024-13-01",
            "2024-04-31",
            "24-01-01",
            "2024/01/01",
            "2024-1-01",
            "0000-01-01",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }
}
