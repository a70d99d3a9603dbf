//! No text reaches a reader from outside the message files: a walk over the web's maud
//! templates (`html! { … }` in `src/`) that fails on a string literal shown as content —
//! not an attribute's value, not code inside a `( … )` splice or an `@if`/`@match` —
//! that has a word in it. Such a text belongs in `catalogue/i18n/<lang>/<area>.ftl` and is
//! shown with `t!("key")`.

use std::path::{Path, PathBuf};

/// Words that are the same in every language: names of formats and standards.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    "CSV",
    "JSON",
    "API",
    "OpenAPI",
    "PDF",
    "SVG",
    "GeoJSON",
    "SDMX",
    "XLSForm",
    "Parquet",
    "Eurostat",
    "NUTS",
    "LAU",
    "ISO",
    "HTML",
    "SHA",
    "ETag",
    "URL",
    "Kohesio",
    "AMIF",
    "ESF",
    "ERDF",
    "MIPEX",
    "FSO",
    "CGI",
    "JSON-stat",
    "E",
    "n",
    "SE",
    "CV",
    "CI",
    "km",
    "km²",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals shown as content in the `html!` blocks of `src`, with their line.
fn content_literals(src: &str) -> Vec<(usize, String)> {
    let b = src.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(at) = src[i..].find("html!") {
        i += at + "html!".len();
        // Skip to the block's opening brace.
        let Some(open) = src[i..].find('{') else {
            break;
        };
        i += open;
        // Stack of open brackets inside the block; content is where the innermost is `{`.
        let mut stack: Vec<u8> = Vec::new();
        let mut last_token = String::new();
        let mut header = false; // inside an `@if …`/`@for …`/`@match …`/`@let …` header
        while i < b.len() {
            let c = b[i];
            match c {
                b'{' => {
                    // `href={ (path) "?lang=" }`: an attribute's value built in a block.
                    stack.push(if last_token.ends_with('=') { b'a' } else { c });
                    header = false;
                    last_token = "{".into();
                    i += 1;
                }
                b'(' | b'[' => {
                    stack.push(c);
                    last_token = (c as char).to_string();
                    i += 1;
                }
                b'}' | b')' | b']' => {
                    stack.pop();
                    last_token = (c as char).to_string();
                    i += 1;
                    if stack.is_empty() {
                        break;
                    }
                }
                b'/' if b.get(i + 1) == Some(&b'/') => {
                    while i < b.len() && b[i] != b'\n' {
                        i += 1;
                    }
                }
                b'@' => {
                    header = true;
                    i += 1;
                }
                b';' => {
                    header = false; // the end of an `@let`
                    last_token = ";".into();
                    i += 1;
                }
                b'\'' => {
                    // A char literal ('a', '\n') or a lifetime: skip the literal.
                    if b.get(i + 2) == Some(&b'\'') {
                        i += 3;
                    } else if b.get(i + 1) == Some(&b'\\') && b.get(i + 3) == Some(&b'\'') {
                        i += 4;
                    } else {
                        i += 1;
                    }
                }
                _ if c == b'"' || raw_literal_at(b, i) => {
                    let start = i;
                    let (text, end) = literal(src, i);
                    i = end;
                    let line = src[..start].matches('\n').count() + 1;
                    let rest = src[i..].trim_start();
                    let in_content = stack.last() == Some(&b'{')
                        && !header
                        && !last_token.ends_with('=')
                        && !rest.starts_with("=>")
                        && !rest.starts_with("==");
                    if in_content && shows_words(&text) {
                        found.push((line, text));
                    }
                    last_token = "\"".into();
                }
                c if c.is_ascii_whitespace() => i += 1,
                _ => {
                    let start = i;
                    i += 1;
                    while i < b.len()
                        && !b[i].is_ascii_whitespace()
                        && !b"{}()[]\";@'".contains(&b[i])
                    {
                        i += 1;
                    }
                    last_token = src[start..i].to_string();
                }
            }
        }
    }
    found
}

/// Whether `r"` or `r#"` starts a raw string literal at `i` (not the end of a name).
fn raw_literal_at(b: &[u8], i: usize) -> bool {
    b[i] == b'r'
        && i > 0
        && !b[i - 1].is_ascii_alphanumeric()
        && b[i - 1] != b'_'
        && matches!(b.get(i + 1), Some(b'"') | Some(b'#'))
}

/// A string literal starting at `i` (`"…"` with escapes, or `r"…"`, `r#"…"#`): its text
/// and the index after it.
fn literal(src: &str, mut i: usize) -> (String, usize) {
    let b = src.as_bytes();
    if b[i] == b'r' {
        i += 1;
        let hashes = b[i..].iter().take_while(|&&c| c == b'#').count();
        i += hashes + 1;
        let close = format!("\"{}", "#".repeat(hashes));
        let end = src[i..].find(&close).map_or(src.len(), |e| i + e);
        return (src[i..end].to_string(), end + close.len());
    }
    i += 1;
    let start = i;
    while i < b.len() && b[i] != b'"' {
        if b[i] == b'\\' {
            i += 1;
        }
        i += 1;
    }
    (src[start..i.min(src.len())].to_string(), i + 1)
}

/// Whether a text has a word a reader would need translated.
fn shows_words(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '²' && c != '-')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .any(|w| !SAME_IN_EVERY_LANGUAGE.contains(&w))
}

#[test]
fn the_walker_finds_content_and_skips_code_and_attributes() {
    let src = r#"
        html! {
            p.note title="skip me" { "Show me" (t!("key")) (format!("in code")) }
            @if x == "code" { span { "·" } }
            @match y { "pattern" => { "Arm text" } _ => {} }
            a href="/x" { "CSV" }
        }
    "#;
    let found: Vec<String> = content_literals(src).into_iter().map(|(_, t)| t).collect();
    assert_eq!(found, vec!["Show me".to_string(), "Arm text".to_string()]);
}

#[test]
fn every_text_of_a_template_is_a_message() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    files.sort();
    let mut problems = Vec::new();
    for f in &files {
        let rel = f
            .strip_prefix(&root)
            .expect("below src")
            .display()
            .to_string();
        let src = std::fs::read_to_string(f).expect("readable");
        for (line, text) in content_literals(&src) {
            problems.push(format!("src/{rel}:{line}: \"{text}\""));
        }
    }
    assert!(
        problems.is_empty(),
        "{} texts are shown from outside the message files; move them to catalogue/i18n/en/<area>.ftl and show them with t!(…):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
