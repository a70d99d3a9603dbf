//! Real-world XLSForms: pyxform's example forms (as published, and adapted to import — see
//! tests/forms/README.md), a form of our own in three languages, and forms with mistakes.
//! Every form that imports must round-trip (`import(export(q)) == q`); every form that is
//! refused must list its problems with sheet, row and column.

#![allow(clippy::unwrap_used)] // a test fails loudly, by design

use std::path::{Path, PathBuf};
use surveys::answer::Answer;
use surveys::form::{Item, Kind, Questionnaire};
use surveys::{FormError, export, import};

fn path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/forms")
        .join(name)
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(path(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn imported(name: &str) -> Questionnaire {
    import(&read(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn refused(name: &str) -> Vec<FormError> {
    match import(&read(name)) {
        Ok(_) => panic!("{name} imported, but it should be refused"),
        Err(e) => e.0,
    }
}

/// The problem at this place, whose message says this.
fn find<'a>(
    errors: &'a [FormError],
    sheet: &str,
    row: Option<usize>,
    letter: Option<&str>,
    says: &str,
) -> &'a FormError {
    errors
        .iter()
        .find(|e| {
            e.sheet == sheet
                && e.row == row
                && e.letter.as_deref() == letter
                && e.message.contains(says)
        })
        .unwrap_or_else(|| {
            let all: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!(
                "no problem on sheet {sheet}, row {row:?}, column {letter:?} saying '{says}' among:\n{}",
                all.join("\n")
            )
        })
}

fn round_trips(name: &str) -> Questionnaire {
    let q = imported(name);
    let bytes = export(&q);
    let back = import(&bytes).unwrap_or_else(|e| panic!("{name} after export: {e}"));
    assert_eq!(back, q, "{name}: import(export(q)) differs from q");
    assert_eq!(
        export(&back),
        bytes,
        "{name}: a second export differs from the first"
    );
    let json = q.canonical_json();
    assert_eq!(
        Questionnaire::from_json(&json).unwrap(),
        q,
        "{name}: JSON round trip"
    );
    assert_eq!(back.fingerprint(), q.fingerprint());
    q
}

const IMPORTING: [&str; 6] = [
    "yes_or_no_question.xlsx",
    "tutorial.xlsx",
    "table-list.xlsx",
    "field-list.xlsx",
    "widgets.xlsx",
    "welcome-centre-feedback.xlsx",
];

#[test]
fn every_form_that_imports_round_trips_and_has_its_own_fingerprint() {
    let mut prints = Vec::new();
    for name in IMPORTING {
        let q = round_trips(name);
        assert!(!prints.contains(&q.fingerprint()), "{name}");
        prints.push(q.fingerprint());
    }
}

#[test]
fn every_fixture_either_imports_or_is_refused_as_listed_here() {
    // A fixture added without a test of its own fails here.
    let mut found = Vec::new();
    for dir in ["", "pyxform", "bad"] {
        for entry in std::fs::read_dir(path(dir)).unwrap() {
            let p = entry.unwrap().path();
            if p.extension().is_some_and(|e| e == "xlsx" || e == "xls") {
                let name = p
                    .strip_prefix(path(""))
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                found.push(name.replace('\\', "/"));
            }
        }
    }
    found.sort();
    let mut expected: Vec<String> = IMPORTING.iter().map(|s| s.to_string()).collect();
    expected.extend(REFUSED.iter().map(|s| s.to_string()));
    expected.sort();
    assert_eq!(found, expected);
    for name in IMPORTING {
        assert!(import(&read(name)).is_ok(), "{name}");
    }
    for name in REFUSED {
        assert!(import(&read(name)).is_err(), "{name}");
    }
}

const REFUSED: [&str; 14] = [
    "pyxform/yes_or_no_question.xlsx",
    "pyxform/tutorial.xls",
    "pyxform/table-list.xls",
    "pyxform/field-list.xlsx",
    "pyxform/widgets.xls",
    "pyxform/group.xls",
    "pyxform/or_other.xlsx",
    "pyxform/flat_xlsform_test.xlsx",
    "pyxform/unknown_question_type.xls",
    "bad/unknown-type.xlsx",
    "bad/missing-list.xlsx",
    "bad/circular-relevant.xlsx",
    "bad/bad-constraint.xlsx",
    "bad/duplicates-and-no-title.xlsx",
];

#[test]
fn a_select_with_pyxform_s_older_syntax() {
    // `select one from yes_or_no`, `label:english` (one colon), `list name`.
    let q = round_trips("yes_or_no_question.xlsx");
    assert_eq!(q.languages.len(), 1);
    assert_eq!(q.languages[0].code, "english");
    assert_eq!(q.default_language, "english");
    let good_day = q.question("good_day").unwrap();
    assert_eq!(good_day.kind, Kind::SelectOne("yes_or_no".into()));
    assert_eq!(
        q.label("good_day", "en"),
        Some("have you had a good day today?")
    );
    assert_eq!(q.choice_label("yes_or_no", "no", "english"), Some("no"));
    assert_eq!(q.title("english"), "Yes or no");
}

#[test]
fn skip_logic_and_constraints_of_pyxform_s_tutorial() {
    let q = round_trips("tutorial.xlsx");
    let months = q.question("age_in_months").unwrap();
    assert_eq!(
        months.relevant.as_ref().unwrap().source(),
        "${older_than_five}='no'"
    );
    assert_eq!(months.constraint.as_ref().unwrap().source(), ". <= 72");
    let mut a = surveys::answer::Answers::new();
    a.insert("older_than_five".into(), Answer::Choice("no".into()));
    assert!(q.is_relevant("age_in_months", &a));
    assert!(!q.is_relevant("age_in_years", &a));
    // `${sex}='female' and ${age_in_years}>=15 and ${age_in_years}<=49`
    a.insert("sex".into(), Answer::Choice("female".into()));
    assert!(!q.is_relevant("pregnant", &a), "no age in years");
    a.insert("older_than_five".into(), Answer::Choice("yes".into()));
    a.insert("age_in_years".into(), Answer::Number(30.0));
    assert!(q.is_relevant("pregnant", &a));
    a.insert("age_in_years".into(), Answer::Number(50.0));
    assert!(!q.is_relevant("pregnant", &a));
}

#[test]
fn a_table_list_group_is_a_matrix_page() {
    let q = round_trips("table-list.xlsx");
    assert_eq!(q.sections.len(), 2);
    assert_eq!(
        q.sections[0].name, None,
        "the intro note, outside any group"
    );
    assert_eq!(q.question("intro").unwrap().kind, Kind::Note);
    let table = &q.sections[1];
    assert_eq!(table.name.as_deref(), Some("table_list_test2"));
    assert!(table.is_matrix());
    assert_eq!(
        q.text(&table.hint, "default"),
        Some("This is a user-defined hint for the 1st row")
    );
    let lists: Vec<_> = table.questions().map(|q| q.kind.list().unwrap()).collect();
    assert_eq!(lists, ["yes_no", "yes_no"]);
    // The list of numbers 1..8 is a scale by the rule; yes_no is not.
    assert_eq!(q.choice_list("list2").unwrap().scale_points(), Some(8));
    assert_eq!(q.choice_list("list").unwrap().scale_points(), None);
}

#[test]
fn three_languages_with_fallback_to_the_default() {
    let q = round_trips("field-list.xlsx");
    let codes: Vec<&str> = q.languages.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, ["default", "english", "chinese"]);
    assert_eq!(q.choice_label("yes_no", "yes", "chinese"), Some("是"));
    assert_eq!(
        q.choice_label("yes_no", "yes", "english"),
        Some("Yes"),
        "falls back to the default"
    );
    // The question's label is in english only: every language falls back to it.
    assert_eq!(
        q.label("table_list_question", "chinese"),
        Some("table list question")
    );
    assert_eq!(q.hint("table_list_question", "english"), Some("hint"));
}

#[test]
fn widgets_keep_their_defaults_appearances_and_constraints() {
    let q = round_trips("widgets.xlsx");
    let get = |n: &str| q.question(n).unwrap();
    assert_eq!(get("my_string").kind, Kind::Text, "`string` is text");
    assert_eq!(get("my_int").kind, Kind::Integer, "`int` is integer");
    assert_eq!(get("my_decimal").default.as_deref(), Some("18.31"));
    assert_eq!(get("my_date").default.as_deref(), Some("2010-06-15"));
    assert_eq!(get("my_select").default.as_deref(), Some("a c"));
    assert_eq!(get("my_select1").default.as_deref(), Some("8"));
    assert_eq!(get("spinner").appearance.as_deref(), Some("minimal"));
    assert_eq!(
        q.text(&get("my_int").constraint_message, "default"),
        Some("number must be less than 10")
    );
    let pages: Vec<Option<&str>> = q.sections.iter().map(|s| s.name.as_deref()).collect();
    assert_eq!(
        pages,
        [None, Some("table_list_test"), Some("table_list_test2")]
    );
    assert!(
        !q.sections[1].is_matrix(),
        "field-list is a page, not a table"
    );
    assert!(q.sections[2].is_matrix());
}

#[test]
fn our_own_form_with_codes_a_matrix_and_titles_in_three_languages() {
    let q = round_trips("welcome-centre-feedback.xlsx");
    let codes: Vec<&str> = q.languages.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, ["en", "fr", "uk"]);
    assert_eq!(q.languages[2].name, "Ukrainian");
    assert_eq!(q.title("uk"), "Центр прийому: ваш відгук");
    assert_eq!(
        q.title("fr-CH"),
        "Centre d'accueil : votre avis",
        "by the primary subtag"
    );
    assert_eq!(
        q.title("hr"),
        "Welcome centre: your feedback",
        "falls back to the default"
    );
    assert_eq!(q.scale_points("sat_help"), Some(5));
    assert_eq!(q.scale_points("problem_solved"), None);
    assert_eq!(
        q.section_label(1, "fr"),
        Some("Dans quelle mesure étiez-vous satisfait ?")
    );
    assert!(matches!(q.sections[1].items[0], Item::Question(_)));
    assert!(q.sections[1].is_matrix());
}

#[test]
fn pyxform_s_forms_as_published_are_refused_with_every_problem() {
    // Without a settings sheet: the form has no id and no title of its own.
    let e = refused("pyxform/yes_or_no_question.xlsx");
    assert_eq!(e.len(), 1, "{e:?}");
    find(&e, "settings", None, None, "no sheet 'settings'");

    let e = refused("pyxform/tutorial.xls");
    find(
        &e,
        "survey",
        Some(2),
        Some("B"),
        "repeats (begin_repeat) are not supported",
    );
    find(
        &e,
        "survey",
        Some(2),
        Some("A"),
        "unknown column 'tutorial notes'",
    );
    find(
        &e,
        "choices",
        Some(3),
        Some("A"),
        "unknown column 'tutorial notes'",
    );

    let e = refused("pyxform/table-list.xls");
    find(
        &e,
        "choices",
        Some(20),
        Some("D"),
        "images, audio and video are not supported",
    );
    for row in [20, 21, 23, 24] {
        find(&e, "choices", Some(row), Some("C"), "has no label");
    }

    let e = refused("pyxform/group.xls");
    find(
        &e,
        "survey",
        Some(4),
        Some("A"),
        "'phone number' questions are not supported",
    );

    let e = refused("pyxform/or_other.xlsx");
    find(&e, "survey", Some(2), Some("A"), "'or_other'");
    find(
        &e,
        "survey",
        Some(3),
        Some("D"),
        "choice filters (cascading selects) are not supported",
    );
    find(&e, "choices", Some(2), Some("D"), "unknown column 'pastel'");

    let e = refused("pyxform/widgets.xls");
    find(
        &e,
        "survey",
        Some(5),
        Some("E"),
        "the function today() is not supported",
    );
    find(
        &e,
        "survey",
        Some(6),
        Some("A"),
        "'time' questions are not supported",
    );
    find(
        &e,
        "survey",
        Some(9),
        Some("A"),
        "'trigger' questions are not supported",
    );
    find(&e, "survey", Some(10), Some("C"), "${…} in a text");
    find(
        &e,
        "survey",
        Some(10),
        Some("H"),
        "read-only questions are not supported",
    );
    find(
        &e,
        "survey",
        Some(11),
        Some("A"),
        "'geopoint' questions are not supported",
    );
    find(
        &e,
        "settings",
        Some(2),
        Some("A"),
        "unknown setting 'add_none_option'",
    );

    let e = refused("pyxform/flat_xlsform_test.xlsx");
    find(
        &e,
        "survey",
        Some(3),
        Some("N"),
        "the function regex() is not supported",
    );
    find(
        &e,
        "survey",
        Some(16),
        Some("A"),
        "groups nested this deep are not supported",
    );
    find(
        &e,
        "survey",
        Some(19),
        Some("B"),
        "closes 'group_test' (row 16) but names 'adsaf'",
    );
    find(
        &e,
        "survey",
        Some(40),
        Some("A"),
        "'calculate' questions are not supported",
    );
    find(
        &e,
        "survey",
        Some(40),
        Some("P"),
        "calculations are not supported",
    );
    find(&e, "survey", Some(9), Some("S"), "images, audio and video");
    find(
        &e,
        "survey",
        Some(10),
        Some("E"),
        "'display_image_test' has no label",
    );
    find(
        &e,
        "settings",
        Some(2),
        Some("C"),
        "unknown setting 'public_key'",
    );
    find(
        &e,
        "settings",
        Some(2),
        Some("B"),
        "the form_id 'Flat test' must start",
    );

    let e = refused("pyxform/unknown_question_type.xls");
    find(
        &e,
        "survey",
        Some(52),
        Some("A"),
        "unknown question type 'unknown'",
    );
    find(
        &e,
        "survey",
        Some(2),
        Some("A"),
        "unknown question type 'set form title'",
    );
    find(
        &e,
        "survey",
        Some(14),
        Some("D"),
        "paths such as ../question are not supported",
    );
    find(
        &e,
        "survey",
        Some(1),
        Some("J"),
        "says the same as column 'bind:relevant' (D)",
    );
    find(
        &e,
        "choices",
        Some(51),
        Some("B"),
        "'Cross cutting' contains a space",
    );
}

#[test]
fn pyxform_s_field_list_without_settings_is_refused_for_that_alone() {
    let e = refused("pyxform/field-list.xlsx");
    assert_eq!(e.len(), 1);
    assert_eq!(
        e[0].to_string(),
        "sheet 'settings': the workbook has no sheet 'settings': add one with the columns form_id and form_title (and version), and their values in row 2"
    );
}

#[test]
fn an_unknown_question_type_is_named_where_it_is() {
    let e = refused("bad/unknown-type.xlsx");
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(
        e[0].to_string(),
        "sheet 'survey', row 3, column 'type' (A): unknown question type 'multiple_choice yes_no'; the types are select_one LIST, select_multiple LIST, integer, decimal, date, text and note, with begin_group and end_group"
    );
}

#[test]
fn a_missing_choice_list_is_named_where_it_is_used() {
    let e = refused("bad/missing-list.xlsx");
    assert_eq!(e.len(), 1, "{e:?}");
    let p = find(
        &e,
        "survey",
        Some(3),
        Some("A"),
        "the choice list 'countries' is missing",
    );
    assert_eq!(p.column.as_deref(), Some("type"));
    assert!(p.message.contains("(its lists: yes_no)"));
}

#[test]
fn circular_relevant_conditions_show_as_a_reference_to_a_later_question() {
    let e = refused("bad/circular-relevant.xlsx");
    assert_eq!(e.len(), 1, "{e:?}");
    let p = find(
        &e,
        "survey",
        Some(2),
        Some("D"),
        "${looking} comes later (row 3)",
    );
    assert_eq!(p.column.as_deref(), Some("relevant"));
    assert!(p.message.contains("circular"));
}

#[test]
fn bad_constraints_and_unknown_references_are_refused() {
    let e = refused("bad/bad-constraint.xlsx");
    assert_eq!(e.len(), 3, "{e:?}");
    find(
        &e,
        "survey",
        Some(2),
        Some("D"),
        "'. >= 16 and' cannot be evaluated, at character 10",
    );
    find(
        &e,
        "survey",
        Some(3),
        Some("D"),
        "the function string-length() is not supported",
    );
    find(
        &e,
        "survey",
        Some(3),
        Some("E"),
        "${adress} is not a question of this form",
    );
}

#[test]
fn duplicate_names_and_a_missing_title_are_all_listed() {
    let e = refused("bad/duplicates-and-no-title.xlsx");
    assert_eq!(e.len(), 3, "{e:?}");
    // In the order of the sheets.
    assert_eq!(e[0].sheet, "survey");
    find(
        &e,
        "survey",
        Some(3),
        Some("B"),
        "the name 'age' is already used in row 2",
    );
    find(
        &e,
        "choices",
        Some(3),
        Some("B"),
        "the choice 'yes' is already in the list 'yes_no' (row 2)",
    );
    find(&e, "settings", Some(2), Some("B"), "form_title is empty");
}

#[test]
fn what_is_not_a_workbook_is_refused_in_one_sentence() {
    let e = import(b"type,name,label\ntext,a,A\n").unwrap_err();
    assert_eq!(e.0.len(), 1);
    assert!(e.to_string().contains("not a workbook"), "{e}");
}
