//! The web editor's changes to a questionnaire: which questions to ask, their wording and
//! hints in each language, whether an answer is required, the sections' titles and the
//! questionnaire's title. A town hall adapts the template (or its own last version) this
//! way without a spreadsheet; new questions, choice lists and skip logic are written in the
//! XLSForm, where ODK and KoboToolbox users expect them.
//!
//! [`apply`] gives the changed questionnaire, or every reason it cannot be asked: a kept
//! question whose skip logic or constraint refers to a question no longer asked, or a
//! required question with no wording. The caller keeps the result as a new version through
//! the same XLSForm path as an uploaded form ([`crate::collect::import_questionnaire`]), so
//! an edited form passes the same checks and converts with pyxform alike.

use crate::form::{Item, Kind, Questionnaire, Text};
use std::collections::{BTreeMap, BTreeSet};

/// What the editor changes. Texts are keyed by the questionnaire's language codes; an
/// empty text removes that language's wording (the default language's is required).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Edits {
    pub title: Text,
    /// The questions (and notes) to keep, by name; every other one is dropped.
    pub keep: BTreeSet<String>,
    pub labels: BTreeMap<String, Text>,
    pub hints: BTreeMap<String, Text>,
    /// The questions whose answer is required, by name.
    pub required: BTreeSet<String>,
    /// Section titles by the section's position (from 0).
    pub sections: BTreeMap<usize, Text>,
}

impl Edits {
    /// The edits that change nothing: every question kept with its texts.
    pub fn of(q: &Questionnaire) -> Edits {
        let questions = || q.questions();
        Edits {
            title: q.title.clone(),
            keep: questions().map(|x| x.name.clone()).collect(),
            labels: questions()
                .map(|x| (x.name.clone(), x.label.clone()))
                .collect(),
            hints: questions()
                .map(|x| (x.name.clone(), x.hint.clone()))
                .collect(),
            required: questions()
                .filter(|x| x.required)
                .map(|x| x.name.clone())
                .collect(),
            sections: q
                .sections
                .iter()
                .enumerate()
                .map(|(i, s)| (i, s.label.clone()))
                .collect(),
        }
    }
}

/// A text with its empty entries removed.
fn cleaned(t: &Text) -> Text {
    Text(
        t.0.iter()
            .map(|(k, v)| (k.clone(), v.trim().to_string()))
            .filter(|(_, v)| !v.is_empty())
            .collect(),
    )
}

/// The questionnaire with the edits applied, or every problem, each naming the question
/// and what to do.
pub fn apply(q: &Questionnaire, e: &Edits) -> Result<Questionnaire, Vec<String>> {
    let mut out = q.clone();
    let mut problems = Vec::new();
    let title = cleaned(&e.title);
    if title.get(&q.default_language).is_none() {
        problems.push(format!(
            "the questionnaire needs a title in its default language ({})",
            q.default_language
        ));
    }
    out.title = title;
    for (i, s) in out.sections.iter_mut().enumerate() {
        if let Some(t) = e.sections.get(&i) {
            s.label = cleaned(t);
        }
        s.items.retain_mut(|item| match item {
            Item::Question(x) => e.keep.contains(&x.name),
            Item::Matrix(m) => {
                m.questions.retain(|x| e.keep.contains(&x.name));
                !m.questions.is_empty()
            }
        });
    }
    out.sections.retain(|s| !s.items.is_empty());
    if out.questions().all(|x| x.kind == Kind::Note) {
        problems.push("no question is left to ask: keep at least one".to_string());
    }
    let kept: BTreeSet<String> = out.questions().map(|x| x.name.clone()).collect();
    for s in &mut out.sections {
        for item in &mut s.items {
            let questions = match item {
                Item::Question(x) => std::slice::from_mut(x),
                Item::Matrix(m) => m.questions.as_mut_slice(),
            };
            for x in questions {
                if let Some(t) = e.labels.get(&x.name) {
                    x.label = cleaned(t);
                }
                if let Some(t) = e.hints.get(&x.name) {
                    x.hint = cleaned(t);
                }
                x.required = x.kind != Kind::Note && e.required.contains(&x.name);
                if x.label.get(&q.default_language).is_none() {
                    problems.push(format!(
                        "question '{}' needs its wording in the default language ({})",
                        x.name, q.default_language
                    ));
                }
            }
        }
    }
    // Skip logic and constraints may only refer to questions still asked: one problem per
    // question dropped, naming every question that still needs it.
    let mut needed: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for p in out.placed() {
        let conditions = [
            p.section_relevant,
            p.matrix.and_then(|m| m.relevant.as_ref()),
            p.question.relevant.as_ref(),
            p.question.constraint.as_ref(),
        ];
        for r in conditions
            .into_iter()
            .flatten()
            .flat_map(|c| c.references())
        {
            if !kept.contains(r) {
                let users = needed.entry(r.to_string()).or_default();
                if !users.contains(&p.question.name) {
                    users.push(p.question.name.clone());
                }
            }
        }
    }
    for (dropped, users) in needed {
        problems.push(format!(
            "'{dropped}' is no longer asked, but the skip logic or constraint of {} depends on it: keep '{dropped}' or drop {}",
            users.join(", "),
            if users.len() == 1 { "that question" } else { "those questions" }
        ));
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template() -> Questionnaire {
        crate::xlsform::import(crate::TEMPLATE).expect("the template imports")
    }

    #[test]
    fn unchanged_edits_give_the_same_questionnaire() {
        let q = template();
        assert_eq!(apply(&q, &Edits::of(&q)).unwrap(), q);
    }

    #[test]
    fn dropped_questions_go_and_texts_change() {
        let q = template();
        let mut e = Edits::of(&q);
        // The whole housing section goes; the sex question is reworded in German.
        for name in ["tenure", "household_size", "rooms", "housing_burden"] {
            e.keep.remove(name);
        }
        e.labels
            .get_mut("sex")
            .unwrap()
            .set("de", "Welchem Geschlecht fühlen Sie sich zugehörig?");
        e.required.remove("sex");
        let out = apply(&q, &e).unwrap();
        assert!(out.question("tenure").is_none());
        assert_eq!(
            out.sections.len(),
            q.sections.len() - 1,
            "the empty section goes"
        );
        let sex = out.question("sex").unwrap();
        assert_eq!(
            sex.label.get("de"),
            Some("Welchem Geschlecht fühlen Sie sich zugehörig?")
        );
        assert_eq!(sex.label.get("en"), Some("What is your sex?"));
        assert!(!sex.required);
        // It round-trips through XLSForm as an uploaded form does.
        let again = crate::xlsform::import(&crate::export(&out)).unwrap();
        assert!(again.question("tenure").is_none());
        assert_eq!(again.question("sex").unwrap().label, sex.label);
    }

    #[test]
    fn a_question_whose_skip_logic_needs_a_dropped_one_is_refused() {
        let q = template();
        let mut e = Edits::of(&q);
        e.keep.remove("consent");
        e.labels.get_mut("sex").unwrap().set("en", " ");
        let problems = apply(&q, &e).unwrap_err();
        assert!(
            problems.iter().any(|p| p.starts_with(
                "'consent' is no longer asked, but the skip logic or constraint of birth_group, "
            )),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p == "question 'sex' needs its wording in the default language (en)"),
            "{problems:?}"
        );
    }
}
