//! Every language says everything English says, with the same arguments, and nothing
//! else; every English message is used by the program. English is the source: a key
//! missing in another language would show English to a reader who asked for hers.

use fluent_syntax::ast;
use fluent_syntax::parser;
use i18n::{Lang, Messages};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Keys the program builds at run time from a prefix and a code (`flag-` + a flag's
/// letter): counted as used when the prefix appears in the source.
const BUILT_FROM_A_PREFIX: &[&str] = &["flag-", "neighbourhoods-measure-"];

/// Message files of the catalogue's texts (`catalogue.ftl`, `catalogue-framework.ftl`, …)
/// have no English file: English is the catalogue itself. Each crate that owns catalogue
/// texts checks them against its own list (`i18n::missing_catalogue_texts`).
fn is_catalogue_file(name: &str) -> bool {
    name.starts_with("catalogue") && name.ends_with(".ftl")
}

/// file name → key → the variables its text uses.
type Files = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

fn variables_of_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            variables_of_expression(expression, out);
        }
    }
}

fn variables_of_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for v in variants {
                variables_of_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => variables_of_inline(i, out),
    }
}

fn variables_of_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => variables_of_expression(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_of_inline(a, out);
            }
        }
        _ => {}
    }
}

fn files_of(messages: &Messages, lang: Lang) -> Files {
    let mut files = Files::new();
    for f in messages
        .files()
        .iter()
        .filter(|f| f.lang == lang && !is_catalogue_file(&f.name))
    {
        let resource = parser::parse(f.text.as_str()).unwrap_or_else(|(_, e)| {
            panic!("{}: does not parse: {e:?}", f.location);
        });
        let keys = files.entry(f.name.clone()).or_default();
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    variables_of_pattern(v, &mut vars);
                }
                assert!(
                    keys.insert(m.id.name.to_string(), vars).is_none(),
                    "{}: '{}' is there twice",
                    f.location,
                    m.id.name
                );
            }
        }
    }
    files
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let messages = Messages::embedded().expect("the built-in messages parse");
    let english = files_of(&messages, Lang::En);
    assert!(!english.is_empty(), "no English messages are built in");
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let theirs = files_of(&messages, lang);
        for (file, keys) in &english {
            let Some(their_keys) = theirs.get(file) else {
                problems.push(format!(
                    "catalogue/i18n/{lang}/{file}: missing (English has {} messages)",
                    keys.len()
                ));
                continue;
            };
            for (key, vars) in keys {
                match their_keys.get(key) {
                    None => problems.push(format!("catalogue/i18n/{lang}/{file}: no '{key}'")),
                    Some(v) if v != vars => problems.push(format!(
                        "catalogue/i18n/{lang}/{file}: '{key}' uses {v:?}, English uses {vars:?}"
                    )),
                    Some(_) => {}
                }
            }
            for key in their_keys.keys().filter(|k| !keys.contains_key(*k)) {
                problems.push(format!(
                    "catalogue/i18n/{lang}/{file}: '{key}' is not an English message (a leftover?)"
                ));
            }
        }
        // Catalogue texts (`catalogue*.ftl`) have no English file: their English is the
        // catalogue's TOML, and each crate's test checks them against its texts.
        for file in theirs
            .keys()
            .filter(|f| !english.contains_key(*f) && !f.starts_with("catalogue"))
        {
            problems.push(format!(
                "catalogue/i18n/{lang}/{file}: English has no such file"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

fn sources(dir: &Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).expect("readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push_str(&std::fs::read_to_string(&path).expect("readable"));
        }
    }
}

#[test]
fn every_english_message_is_used() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut code = String::new();
    for entry in std::fs::read_dir(&crates).expect("crates/") {
        let src = entry.expect("entry").path().join("src");
        if src.is_dir() {
            sources(&src, &mut code);
        }
    }
    let messages = Messages::embedded().expect("parses");
    let unused: Vec<String> = messages
        .keys(Lang::En)
        .into_iter()
        .filter(|k| !code.contains(&format!("\"{k}\"")))
        .filter(|k| {
            !BUILT_FROM_A_PREFIX
                .iter()
                .any(|p| k.starts_with(p) && code.contains(&format!("\"{p}")))
        })
        .filter(|k| !k.starts_with("catalogue-"))
        .collect();
    assert!(
        unused.is_empty(),
        "English messages no code shows (remove them, or show them):\n{}",
        unused.join("\n")
    );
}
