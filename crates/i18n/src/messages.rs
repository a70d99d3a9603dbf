//! Fluent messages: parsing the files, finding a text, and the strict mode of the tests.

use crate::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// What strict mode shows around the key of a text that is missing in a language.
pub const MISSING_OPEN: &str = "⟦";
pub const MISSING_CLOSE: &str = "⟧";

/// An argument of a message: a text (already formatted: a number in the reader's format,
/// a place's name) or a number that chooses a plural form.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    /// Chooses the plural category (`{ $n -> [one] … *[other] … }`); shown as the
    /// language formats it.
    Count(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Count(n)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<i32> for Arg {
    fn from(n: i32) -> Arg {
        Arg::Count(n.into())
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Count(n.into())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error(
        "{file}: {message}. Fix the file (Fluent syntax: https://projectfluent.org/fluent/guide/) or remove it to use the built-in texts."
    )]
    Syntax { file: String, message: String },
    #[error("{file}: cannot read it: {source}")]
    Io {
        file: String,
        source: std::io::Error,
    },
    #[error(
        "{folder}: '{name}' is not a language of the observatory (it speaks {known}); name the folder by a language's tag"
    )]
    UnknownLanguage {
        folder: String,
        name: String,
        known: String,
    },
}

/// One message file: where it came from and its text.
#[derive(Debug, Clone)]
pub struct MessageFile {
    pub lang: Lang,
    /// `city.ftl`.
    pub name: String,
    /// How errors name it: `catalogue/i18n/hr/city.ftl (built in)` or the path on disk.
    pub location: String,
    pub text: String,
}

/// Every language's messages.
pub struct Messages {
    bundles: Vec<FluentBundle<FluentResource>>,
    files: Vec<MessageFile>,
    strict: bool,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("files", &self.files.len())
            .field("strict", &self.strict)
            .finish()
    }
}

impl Messages {
    /// The built-in messages.
    pub fn embedded() -> Result<Messages, I18nError> {
        Messages::from_files(embedded_files()?)
    }

    /// The built-in messages, with the files of `folder` (`<folder>/<lang>/<area>.ftl`)
    /// over them: a message of the folder replaces the built-in one of the same key, and
    /// a city can add messages for texts it adds to the catalogue.
    pub fn with_folder(folder: &Path) -> Result<Messages, I18nError> {
        let mut files = embedded_files()?;
        files.extend(folder_files(folder)?);
        Messages::from_files(files)
    }

    /// The built-in messages with those of `folder` over them when it is a folder (a
    /// catalogue folder's `i18n/`); the built-in ones alone otherwise.
    pub fn located(folder: Option<&Path>) -> Result<Messages, I18nError> {
        match folder {
            Some(f) if f.is_dir() => Messages::with_folder(f),
            _ => Messages::embedded(),
        }
    }

    /// Parses the files; later files of a language override earlier ones key by key.
    pub fn from_files(files: Vec<MessageFile>) -> Result<Messages, I18nError> {
        let mut bundles: Vec<FluentBundle<FluentResource>> = Lang::ALL
            .iter()
            .map(|l| {
                let id = l
                    .tag()
                    .parse()
                    .expect("the seven tags are valid language identifiers");
                let mut b = FluentBundle::new_concurrent(vec![id]);
                // Unicode isolation marks around arguments would end up inside HTML
                // attributes and CSV cells; our arguments are words and numbers of the
                // page's own direction.
                b.set_use_isolating(false);
                set_number_format(&mut b, *l);
                b
            })
            .collect();
        for f in &files {
            let resource = FluentResource::try_new(f.text.clone()).map_err(|(_, errors)| {
                I18nError::Syntax {
                    file: f.location.clone(),
                    message: errors
                        .iter()
                        .map(|e| {
                            // The entry's start: the parser's own position is
                            // often past the end of the broken line.
                            let at = e.slice.as_ref().map_or(e.pos.start, |r| r.start);
                            let line = f.text[..at.min(f.text.len())].matches('\n').count() + 1;
                            format!("line {line}: {}", e.kind)
                        })
                        .collect::<Vec<_>>()
                        .join("; "),
                }
            })?;
            bundles[f.lang.index()].add_resource_overriding(resource);
        }
        let strict = std::env::var("OBSERVATORY_STRICT_TRANSLATIONS").is_ok_and(|v| v == "1");
        Ok(Messages {
            bundles,
            files,
            strict,
        })
    }

    /// In strict mode a text missing in the asked language shows as `⟦key⟧` instead of its
    /// English, so that a test reading the page fails on it.
    pub fn strict(mut self, strict: bool) -> Messages {
        self.strict = strict;
        self
    }

    /// The message files read (for the completeness checks).
    pub fn files(&self) -> &[MessageFile] {
        &self.files
    }

    /// Whether `lang` has its own text for `key`.
    pub fn has(&self, lang: Lang, key: &str) -> bool {
        self.bundles[lang.index()].has_message(key)
    }

    /// The keys of every message of `lang`.
    pub fn keys(&self, lang: Lang) -> BTreeSet<String> {
        let mut keys = BTreeSet::new();
        for f in self.files.iter().filter(|f| f.lang == lang) {
            if let Ok(r) = FluentResource::try_new(f.text.clone()) {
                for entry in r.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        keys.insert(m.id.name.to_string());
                    }
                }
            }
        }
        keys
    }

    /// The text of `key` in `lang` with `args`. Missing in `lang`: English (or `⟦key⟧` in
    /// strict mode); missing in English too: `⟦key⟧`, so that a wrong key is seen.
    pub fn text(&self, lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
        if let Some(t) = self.format(lang, key, args) {
            return t;
        }
        if lang != Lang::En
            && !self.strict
            && let Some(t) = self.format(Lang::En, key, args)
        {
            return t;
        }
        format!("{MISSING_OPEN}{key}{MISSING_CLOSE}")
    }

    /// A text of the catalogue (an indicator's name, a framework's question): `key` in
    /// `lang`, else the catalogue's own text, `english`. No marker even in strict mode: a
    /// city may add texts in its own language only; the completeness test covers the
    /// built-in catalogue.
    pub fn catalogue_text(&self, lang: Lang, key: &str, english: &str) -> String {
        if lang == Lang::En {
            return english.to_string();
        }
        self.format(lang, key, &[])
            .unwrap_or_else(|| english.to_string())
    }

    /// What is wrong with the translations of a crate's catalogue texts (`texts`: (key,
    /// English text), keys from [`crate::catalogue_key`]) kept in the message file named
    /// `file` of each language: a key twice in `texts` or not a catalogue key; a text
    /// without a translation in a language other than English; a translation that drops a
    /// `{placeholder}` of the English (`{code}`) or is empty; a `catalogue-…` message of
    /// `file` that is none of `texts` (a leftover, or a typo in its key). One line per
    /// problem, naming the file; empty when all is well.
    pub fn missing_catalogue_texts(&self, texts: &[(String, String)], file: &str) -> Vec<String> {
        let mut problems = Vec::new();
        let mut known = BTreeSet::new();
        for (key, _) in texts {
            if !key.starts_with("catalogue-") {
                problems.push(format!(
                    "'{key}' is not a catalogue key: make it with i18n::catalogue_key"
                ));
            }
            if !known.insert(key.as_str()) {
                problems.push(format!(
                    "'{key}' is listed twice: give each text its own key"
                ));
            }
        }
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let at = format!("catalogue/i18n/{lang}/{file}");
            for (key, english) in texts {
                let Some(text) = self.format(lang, key, &[]) else {
                    problems.push(format!("{at}: no '{key}' (English: {})", short(english)));
                    continue;
                };
                if text.trim().is_empty() {
                    problems.push(format!("{at}: '{key}' is empty"));
                }
                for p in placeholders(english) {
                    if !text.contains(p) {
                        problems.push(format!(
                            "{at}: '{key}' lacks {p}, which the program fills in (write it {{\"{{\"}}…{{\"}}\"}} in Fluent)"
                        ));
                    }
                }
            }
        }
        for f in self.files.iter().filter(|f| f.name == file) {
            if let Ok(r) = FluentResource::try_new(f.text.clone()) {
                for entry in r.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        let key = m.id.name;
                        if key.starts_with("catalogue-") && !known.contains(key) {
                            problems.push(format!(
                                "{}: '{key}' is no text of the catalogue (a leftover, or a misspelt key?)",
                                f.location
                            ));
                        }
                    }
                }
            }
        }
        problems
    }

    fn format(&self, lang: Lang, key: &str, args: &[(&str, Arg)]) -> Option<String> {
        let bundle = &self.bundles[lang.index()];
        let pattern = bundle.get_message(key)?.value()?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
                Arg::Count(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }
}

/// The first 60 characters of a text, for a message.
fn short(text: &str) -> String {
    let t: String = text.chars().take(60).collect();
    if t.len() < text.len() {
        format!("\"{t}…\"")
    } else {
        format!("\"{t}\"")
    }
}

/// The `{word}` placeholders of a catalogue text (`{code}`), which a program replaces.
fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        let p = &rest[start..=start + len];
        if p.len() > 2
            && p[1..p.len() - 1]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            out.push(p);
        }
        rest = &rest[start + len + 1..];
    }
    out
}

/// Fluent's own number format is "12000.5" in every language: a count shown in a message
/// is formatted by the language's CLDR rules instead. One function per language because
/// Fluent takes a plain function pointer.
fn number_format<const L: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 9.0e15 =>
        {
            #[allow(clippy::cast_possible_truncation)]
            Some(Lang::ALL[L].integer(n.value as i64))
        }
        FluentValue::Number(n) => Some(Lang::ALL[L].number(n.value, 2)),
        _ => None,
    }
}

fn set_number_format<M: fluent_bundle::memoizer::MemoizerKind>(
    bundle: &mut fluent_bundle::bundle::FluentBundle<FluentResource, M>,
    lang: Lang,
) {
    let f: fn(&FluentValue, &M) -> Option<String> = match lang {
        Lang::En => number_format::<0, M>,
        Lang::De => number_format::<1, M>,
        Lang::Bg => number_format::<2, M>,
        Lang::Hr => number_format::<3, M>,
        Lang::It => number_format::<4, M>,
        Lang::Sk => number_format::<5, M>,
        Lang::Cs => number_format::<6, M>,
    };
    bundle.set_formatter(Some(f));
}

fn embedded_files() -> Result<Vec<MessageFile>, I18nError> {
    embedded::FILES
        .iter()
        .map(|(lang, name, text)| {
            let location = format!("catalogue/i18n/{lang}/{name} (built in)");
            let lang = Lang::from_tag(lang).ok_or_else(|| I18nError::UnknownLanguage {
                folder: "catalogue/i18n (built in)".into(),
                name: lang.to_string(),
                known: known(),
            })?;
            Ok(MessageFile {
                lang,
                name: name.to_string(),
                location,
                text: text.to_string(),
            })
        })
        .collect()
}

fn known() -> String {
    Lang::ALL.map(|l| l.tag()).join(", ")
}

fn folder_files(folder: &Path) -> Result<Vec<MessageFile>, I18nError> {
    let io = |file: &Path| {
        let file = file.display().to_string();
        move |source| I18nError::Io { file, source }
    };
    let mut files = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(folder)
        .map_err(io(folder))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let lang = Lang::from_tag(&name).ok_or_else(|| I18nError::UnknownLanguage {
            folder: folder.display().to_string(),
            name: name.clone(),
            known: known(),
        })?;
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .map_err(io(&dir))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        paths.sort();
        for p in paths {
            let text = std::fs::read_to_string(&p).map_err(io(&p))?;
            files.push(MessageFile {
                lang,
                name: p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                location: p.display().to_string(),
                text,
            });
        }
    }
    Ok(files)
}

static ACTIVE: OnceLock<Messages> = OnceLock::new();

/// Chooses the program's messages once, at start-up (the built-in ones unless a folder
/// overrides them). Later calls are ignored: messages do not change while a program runs.
pub fn install(messages: Messages) {
    let _ = ACTIVE.set(messages);
}

/// The program's messages: the installed ones, else the built-in ones.
pub fn active() -> &'static Messages {
    ACTIVE.get_or_init(|| {
        Messages::embedded().unwrap_or_else(|e| {
            // The built-in files are checked by the test suite; reaching this is a build
            // of a broken tree, and every text then shows its key.
            eprintln!("error: the built-in messages do not parse: {e}");
            Messages::from_files(Vec::new()).expect("no files always parse")
        })
    })
}
