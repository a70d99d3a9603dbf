//! The city survey template (catalogue/surveys/city-survey-of-migrants.xlsx): made from its
//! source, complete in its three languages, and answering as a respondent would.

#![allow(clippy::unwrap_used)] // a test fails loudly, by design

mod common;

use common::csv_sheets;
use std::collections::BTreeMap;
use surveys::answer::{Answer, Answers};
use surveys::form::{Item, Kind, Questionnaire, Text};
use surveys::validate::Problem;
use surveys::{export, import};

fn template() -> Questionnaire {
    import(&std::fs::read(csv_sheets::template_xlsx()).unwrap()).unwrap()
}

fn raw(pairs: &[(&str, &str)]) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (k, v) in pairs {
        out.entry(k.to_string()).or_default().push(v.to_string());
    }
    out
}

#[test]
fn the_xlsx_is_made_from_its_source_sheets() {
    let book = csv_sheets::read(&csv_sheets::template_dir()).unwrap();
    let from_source = surveys::xlsform::import_workbook(&book).unwrap();
    let committed = std::fs::read(csv_sheets::template_xlsx()).unwrap();
    assert!(
        export(&from_source) == committed,
        "catalogue/surveys/city-survey-of-migrants.xlsx is not what its CSV sheets give: run `cargo run -p surveys --example city-survey-template`"
    );
    let q = template();
    assert_eq!(q, from_source);
    assert_eq!(import(&export(&q)).unwrap(), q);
}

#[test]
fn every_text_is_in_english_german_and_croatian() {
    let q = template();
    let codes: Vec<&str> = q.languages.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, ["en", "de", "hr"]);
    let mut missing = Vec::new();
    let mut check = |what: String, t: &Text, needed: bool| {
        if !needed && t.is_empty() {
            return;
        }
        for code in &codes {
            if t.get(code).is_none_or(|s| s.trim().is_empty()) {
                missing.push(format!("{what} in {code}"));
            }
        }
    };
    check("title".into(), &q.title, true);
    for s in &q.sections {
        check(format!("section {:?}", s.name), &s.label, true);
        check(format!("section {:?} hint", s.name), &s.hint, false);
        for item in &s.items {
            if let Item::Matrix(m) = item {
                check(format!("matrix {}", m.name), &m.label, true);
                check(format!("matrix {} hint", m.name), &m.hint, false);
            }
        }
        for qn in s.questions() {
            check(format!("{} label", qn.name), &qn.label, true);
            check(format!("{} hint", qn.name), &qn.hint, false);
            check(
                format!("{} required message", qn.name),
                &qn.required_message,
                false,
            );
            check(
                format!("{} constraint message", qn.name),
                &qn.constraint_message,
                qn.constraint.is_some(),
            );
        }
    }
    for l in &q.choice_lists {
        for c in &l.choices {
            check(format!("choice {}/{}", l.name, c.name), &c.label, true);
        }
    }
    assert!(missing.is_empty(), "missing texts: {missing:?}");
}

#[test]
fn its_sections_are_the_survey_s_pages_with_a_likert_matrix() {
    let q = template();
    let pages: Vec<&str> = q
        .sections
        .iter()
        .map(|s| s.name.as_deref().unwrap())
        .collect();
    assert_eq!(
        pages,
        [
            "welcome",
            "about_you",
            "language",
            "work",
            "job",
            "housing",
            "services",
            "discrimination",
            "belonging",
            "ideas"
        ]
    );
    let belonging = &q.sections[8];
    let Item::Matrix(m) = &belonging.items[0] else {
        panic!("the belonging page starts with its matrix")
    };
    assert_eq!(m.list, "agree5");
    assert_eq!(m.questions.len(), 7);
    assert!(
        m.questions
            .iter()
            .all(|x| q.scale_points(&x.name) == Some(5))
    );
    assert_eq!(q.question("suggestion").unwrap().kind, Kind::Text);
    // The questions weighting needs (the register's margins) are single choices, required.
    for name in ["birth_group", "sex", "age_band"] {
        let x = q.question(name).unwrap();
        assert!(matches!(x.kind, Kind::SelectOne(_)) && x.required, "{name}");
    }
    assert_eq!(q.id, "city_survey_of_migrants");
    assert_eq!(
        q.title("de"),
        "Städtische Befragung von Zugewanderten und Geflüchteten"
    );
}

fn employed_respondent() -> Vec<(&'static str, &'static str)> {
    vec![
        ("consent", "yes"),
        ("birth_group", "NEU27_2020_FOR"),
        ("birth_region", "mena"),
        ("citizenship", "NEU27_2020_FOR"),
        ("sex", "F"),
        ("age_band", "Y25-34"),
        ("years_in_city", "6"),
        ("reason", "protection"),
        ("residence", "protection"),
        ("language_level", "intermediate"),
        ("language_course", "yes"),
        ("education", "ED5-8"),
        ("education_abroad", "yes"),
        ("recognition", "partly"),
        ("activity", "employee"),
        ("hours", "30"),
        ("contract", "temporary"),
        ("skills_match", "below"),
        ("tenure", "rent_private"),
        ("household_size", "4"),
        ("rooms", "2"),
        ("housing_burden", "heavy"),
        ("services_used", "language_course"),
        ("services_used", "health"),
        ("service_difficulty", "no"),
        ("unmet_medical", "no"),
        ("discriminated", "yes"),
        ("discrimination_grounds", "origin language"),
        ("discrimination_places", "housing"),
        ("reported", "no"),
        ("trust_people", "4"),
        ("trust_administration", "3"),
        ("belong_city", "5"),
        ("stay_five_years", "yes"),
        ("suggestion", "  More evening language courses.  "),
    ]
}

#[test]
fn an_employed_respondent_s_answers_are_typed() {
    let q = template();
    let a = q.check(&raw(&employed_respondent()), "de").unwrap();
    assert_eq!(a["years_in_city"], Answer::Number(6.0));
    assert_eq!(a["age_band"], Answer::Choice("Y25-34".into()));
    // In the list's order, whatever the order sent.
    assert_eq!(
        a["services_used"],
        Answer::Choices(vec!["language_course".into(), "health".into()])
    );
    assert_eq!(
        a["discrimination_grounds"],
        Answer::Choices(vec!["origin".into(), "language".into()])
    );
    assert_eq!(
        a["suggestion"],
        Answer::Text("More evening language courses.".into())
    );
    assert!(
        !a.contains_key("months_looking"),
        "not asked of the employed"
    );
    assert_eq!(
        a.len(),
        employed_respondent().len() - 1,
        "services_used was sent twice"
    );
}

#[test]
fn work_questions_are_dropped_for_someone_not_employed() {
    let q = template();
    let mut r = employed_respondent();
    for (k, v) in r.iter_mut() {
        if *k == "activity" {
            *v = "unemployed";
        }
    }
    r.push(("months_looking", "7"));
    let a = q.check(&raw(&r), "en").unwrap();
    assert_eq!(a["months_looking"], Answer::Number(7.0));
    for dropped in ["hours", "contract", "skills_match"] {
        assert!(!a.contains_key(dropped), "{dropped} was not relevant");
        assert!(!q.is_relevant(dropped, &a));
    }
    assert!(!q.section_is_relevant(4, &a), "the job page is skipped");
}

#[test]
fn constraints_give_the_form_s_message_in_the_reader_s_language() {
    let q = template();
    let mut r = employed_respondent();
    for (k, v) in r.iter_mut() {
        match *k {
            "years_in_city" => *v = "40", // more than 34, the top of the age band
            "hours" => *v = "120",
            _ => {}
        }
    }
    r.push(("services_used", "none")); // with language_course and health
    let problems = q.check(&raw(&r), "hr").unwrap_err();
    let by: BTreeMap<&str, (&Problem, Option<&str>)> = problems
        .iter()
        .map(|p| (p.question.as_str(), (&p.problem, p.message.as_deref())))
        .collect();
    assert_eq!(by.len(), 3, "{problems:?}");
    assert_eq!(
        by["years_in_city"],
        (
            &Problem::Constraint,
            Some("Broj godina u gradu ne može biti veći od vaše dobi (najviše 100).")
        )
    );
    assert_eq!(
        by["hours"],
        (&Problem::Constraint, Some("Upišite broj sati, od 1 do 98."))
    );
    assert_eq!(by["services_used"].0, &Problem::Constraint);
    // 40 years is fine from 45 on.
    r.pop();
    for (k, v) in r.iter_mut() {
        match *k {
            "age_band" => *v = "Y45-54",
            "hours" => *v = "40",
            _ => {}
        }
    }
    assert!(q.check(&raw(&r), "hr").is_ok());
}

#[test]
fn without_consent_nothing_but_the_consent_is_kept() {
    let q = template();
    let mut r = employed_respondent();
    r[0] = ("consent", "no");
    let a = q.check(&raw(&r), "en").unwrap();
    assert_eq!(a.len(), 1);
    assert_eq!(a["consent"], Answer::Choice("no".into()));
    // Consent is required; the weighting questions only when relevant.
    let p = q.check(&raw(&[]), "de").unwrap_err();
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].question, "consent");
    assert_eq!(p[0].problem, Problem::Required);
    let p = q.check(&raw(&[("consent", "yes")]), "de").unwrap_err();
    let required: Vec<&str> = p.iter().map(|p| p.question.as_str()).collect();
    assert_eq!(required, ["birth_group", "sex", "age_band"]);
    assert_eq!(
        p[0].message.as_deref(),
        Some(
            "Bitte beantworten Sie diese Frage: Sie wird für die Gewichtung der Ergebnisse benötigt."
        )
    );
}

#[test]
fn a_page_is_checked_on_its_own_with_the_earlier_pages_answers() {
    let q = template();
    let job = q
        .sections
        .iter()
        .position(|s| s.name.as_deref() == Some("job"))
        .unwrap();
    let mut earlier = Answers::new();
    earlier.insert("consent".into(), Answer::Choice("yes".into()));
    earlier.insert("activity".into(), Answer::Choice("self_employed".into()));
    let page = raw(&[
        ("hours", "50"),
        ("contract", "permanent"),
        ("skills_match", "matches"),
    ]);
    let a = q.check_section(job, &page, &earlier, "en").unwrap();
    // The self-employed are not asked about a contract: dropped.
    assert_eq!(a.len(), 2);
    assert_eq!(a["hours"], Answer::Number(50.0));
    assert!(!a.contains_key("contract"));
    assert!(!a.contains_key("activity"), "only this page's answers");
    // A question of another page is not this page's.
    let p = q
        .check_section(job, &raw(&[("tenure", "owner")]), &earlier, "en")
        .unwrap_err();
    assert_eq!(p[0].problem, Problem::NotAQuestion);
    // Without the earlier answers the page is not relevant, and nothing is kept.
    let a = q.check_section(job, &page, &Answers::new(), "en").unwrap();
    assert!(a.is_empty());
}

#[test]
fn answers_that_are_not_answers_are_refused_by_kind() {
    let q = template();
    let mut r = employed_respondent();
    r.retain(|(k, _)| !matches!(*k, "years_in_city" | "sex" | "rooms" | "trust_people"));
    r.extend([
        ("years_in_city", "six"),
        ("sex", "woman"),
        ("rooms", "2.5"),
        ("trust_people", "4"),
        ("trust_people", "5"),
        ("intro", "hello"),
        ("favourite_colour", "blue"),
    ]);
    let p = q.check(&raw(&r), "en").unwrap_err();
    let got: BTreeMap<&str, &Problem> = p
        .iter()
        .map(|p| (p.question.as_str(), &p.problem))
        .collect();
    assert_eq!(
        got["years_in_city"],
        &Problem::NotAWholeNumber("six".into())
    );
    assert_eq!(got["sex"], &Problem::UnknownChoice("woman".into()));
    assert_eq!(got["rooms"], &Problem::NotAWholeNumber("2.5".into()));
    assert_eq!(got["trust_people"], &Problem::OneAnswerOnly);
    assert_eq!(
        got["intro"],
        &Problem::NotAQuestion,
        "a note takes no answer"
    );
    assert_eq!(got["favourite_colour"], &Problem::NotAQuestion);
    assert_eq!(got.len(), 6, "{p:?}");
    assert_eq!(
        p.iter().find(|p| p.question == "sex").unwrap().to_string(),
        "'sex': 'woman' is not one of the choices"
    );
}

#[test]
fn the_template_s_questions_as_the_estimates_see_them() {
    use surveys::estimates::ItemKind;
    let q = template();
    let items = q.estimate_items();
    let kind = |name: &str| &items.iter().find(|i| i.name == name).unwrap().kind;
    let points: Vec<String> = (1..=5).map(|i| i.to_string()).collect();
    assert_eq!(kind("belong_city"), &ItemKind::Scale(points));
    assert!(matches!(kind("services_used"), ItemKind::Multiple(c) if c.len() == 10));
    assert_eq!(kind("hours"), &ItemKind::Number);
    assert_eq!(kind("suggestion"), &ItemKind::Text);
    assert!(matches!(kind("sex"), ItemKind::Single(c) if c == &["F", "M", "X"]));
    assert!(
        items
            .iter()
            .all(|i| i.name != "intro" && i.name != "thanks"),
        "notes are left out"
    );
    let b = q.breakdown("birth_group").unwrap();
    assert_eq!(b.classes, ["NAT", "EU27_2020_FOR", "NEU27_2020_FOR"]);
    assert!(q.breakdown("hours").is_none());
}

/// The index of the section (page) with this group name.
fn section(q: &Questionnaire, name: &str) -> usize {
    q.sections
        .iter()
        .position(|s| s.name.as_deref() == Some(name))
        .unwrap()
}

#[test]
fn a_page_without_javascript_reveals_what_its_own_answers_make_relevant() {
    let q = template();
    let about = section(&q, "about_you");
    let mut draft = Answers::new();
    draft.insert("consent".into(), Answer::Choice("yes".into()));
    let shown: Vec<String> = q
        .shown(about, &draft)
        .iter()
        .map(|p| p.question.name.clone())
        .collect();
    assert!(shown.contains(&"birth_group".to_string()));
    // Asked only of people born outside the EU: not shown before that is answered.
    assert!(!shown.contains(&"birth_region".to_string()));
    let sent = raw(&[
        ("birth_group", "NEU27_2020_FOR"),
        ("sex", "F"),
        ("age_band", "Y25-34"),
    ]);
    let page = q.check_page(about, &sent, &draft, &[], "en").unwrap();
    draft.extend(page);
    let revealed = q.revealed(about, &draft, &shown);
    assert_eq!(revealed, ["birth_region"]);
    // A respondent born here reveals neither.
    let mut native = draft.clone();
    native.insert("birth_group".into(), Answer::Choice("NAT".into()));
    assert!(q.revealed(about, &native, &shown).is_empty());
}

#[test]
fn a_required_question_not_yet_shown_is_no_problem_until_it_is() {
    let q = template();
    let about = section(&q, "about_you");
    let mut draft = Answers::new();
    draft.insert("consent".into(), Answer::Choice("yes".into()));
    let sent = raw(&[("birth_group", "NAT")]);
    let not_shown = vec!["sex".to_string(), "age_band".to_string()];
    assert!(q.check_page(about, &sent, &draft, &not_shown, "en").is_ok());
    let problems = q.check_page(about, &sent, &draft, &[], "en").unwrap_err();
    let required: Vec<&str> = problems
        .iter()
        .filter(|p| p.problem == Problem::Required)
        .map(|p| p.question.as_str())
        .collect();
    assert_eq!(required, ["sex", "age_band"]);
}

#[test]
fn pages_not_asked_are_skipped_both_ways() {
    let q = template();
    let index = |name: &str| section(&q, name);
    let mut a = Answers::new();
    // No consent: after the welcome page there is nothing to ask.
    assert_eq!(q.next_section(0, &a), None);
    a.insert("consent".into(), Answer::Choice("yes".into()));
    assert_eq!(q.next_section(0, &a), Some(index("about_you")));
    a.insert("activity".into(), Answer::Choice("unemployed".into()));
    // "Your job" is only for the employed: skipped forwards and backwards.
    assert_eq!(q.next_section(index("work"), &a), Some(index("housing")));
    assert_eq!(
        q.previous_section(index("housing"), &a),
        Some(index("work"))
    );
    a.insert("activity".into(), Answer::Choice("employee".into()));
    assert_eq!(q.next_section(index("work"), &a), Some(index("job")));
}
