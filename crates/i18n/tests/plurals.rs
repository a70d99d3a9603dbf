//! Fluent's plural categories and number arguments, on hand-written messages.

use i18n::MessageFile;
use i18n::{Arg, Lang, Messages};

fn messages(lang: Lang, text: &str) -> Messages {
    Messages::from_files(vec![MessageFile {
        lang,
        name: "t.ftl".into(),
        location: "t.ftl".into(),
        text: text.into(),
    }])
    .expect("parses")
}

#[test]
fn czech_has_one_few_many_and_other() {
    let m = messages(
        Lang::Cs,
        "answers = { $n ->\n    [one] { $n } odpověď\n    [few] { $n } odpovědi\n    [many] { $n } odpovědi\n   *[other] { $n } odpovědí\n}\n",
    );
    let t = |n: i64| m.text(Lang::Cs, "answers", &[("n", Arg::Count(n))]);
    assert_eq!(t(1), "1 odpověď");
    assert_eq!(t(3), "3 odpovědi");
    assert_eq!(t(5), "5 odpovědí");
    // A count is grouped as Czech writes it, with a no-break space.
    assert_eq!(t(12000), "12\u{a0}000 odpovědí");
}

#[test]
fn a_missing_text_falls_back_to_english_or_shows_its_key_when_strict() {
    let m = Messages::from_files(vec![MessageFile {
        lang: Lang::En,
        name: "t.ftl".into(),
        location: "t.ftl".into(),
        text: "hello = Hello\n".into(),
    }])
    .expect("parses");
    assert_eq!(m.text(Lang::Hr, "hello", &[]), "Hello");
    let m = m.strict(true);
    assert_eq!(m.text(Lang::Hr, "hello", &[]), "⟦hello⟧");
    assert_eq!(m.text(Lang::En, "nope", &[]), "⟦nope⟧");
}

#[test]
fn a_syntax_error_names_the_file_and_line() {
    let e = Messages::from_files(vec![MessageFile {
        lang: Lang::De,
        name: "t.ftl".into(),
        location: "mine/de/t.ftl".into(),
        text: "ok = fine\nbroken = { $x\n".into(),
    }])
    .expect_err("does not parse");
    let e = e.to_string();
    assert!(e.starts_with("mine/de/t.ftl: line 2"), "{e}");
}
