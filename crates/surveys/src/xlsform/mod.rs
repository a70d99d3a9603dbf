//! Questionnaires as XLSForms (<https://xlsform.org>, the ODK and KoboToolbox standard):
//! [`import`] reads a workbook into a [`Questionnaire`], collecting every problem with its
//! sheet, row (Excel's, from 1), column and what to do; [`export`] writes one back, such
//! that `import(&export(&q)) == Ok(q)` and pyxform converts it.
//!
//! # What is read
//!
//! **survey** sheet — one row per question or group:
//!
//! | column | meaning |
//! |---|---|
//! | `type` | `select_one LIST`, `select_multiple LIST`, `integer`, `decimal`, `date`, `text`, `note`, `begin_group`, `end_group` (also written `select one LIST`, `select one from LIST`, `select all that apply LIST`, `int`, `string`, `begin group`, `end group`, as pyxform accepts) |
//! | `name` | the question's name: a letter or `_`, then letters, digits, `_`, `-`, `.`; unique in the form |
//! | `label`, `hint` | texts, per language (below) |
//! | `required` | `yes`/`true`/`1` or `no`/`false`/`0`/empty |
//! | `required_message`, `constraint_message` | texts shown when the answer is missing or fails the constraint, per language |
//! | `constraint` | a condition on the answer, `.` being the answer ([`crate::expr`]) |
//! | `relevant` | when the question (or group) is asked ([`crate::expr`]); it may use earlier questions only |
//! | `appearance` | kept as written (`table-list` on a group makes a matrix, `field-list`, `minimal`, `likert`…) |
//! | `default` | the answer filled in beforehand |
//!
//! Also accepted as pyxform accepts them: `caption` (label), `relevance`, `bind:relevant`,
//! `bind:constraint`, `bind:required`, `jr:constraintMsg`, `bind:jr:constraintMsg`,
//! `constraint message`, `requiredMsg`, `jr:requiredMsg`; headers compared without case,
//! spaces as `_`.
//!
//! **choices** sheet: `list_name` (or `list name`), `name`, `label` per language.
//!
//! **settings** sheet (its second row): `form_id` (or `id_string`), `form_title` (or
//! `title`), `version`, `default_language`, and `form_title_translation::Language (code)` for
//! the title in other languages — an observatory column: pyxform cannot read a translated
//! `form_title`, and ignores this one.
//!
//! **Languages**: `label::German (de)` is the label in German, code `de` (ODK's form);
//! pyxform's older `label:German (de)` is read too. A column without a language
//! (`label`) is in the default language: settings' `default_language` when given, else the
//! language pyxform calls `default`. Without plain columns and without `default_language`,
//! the first language of the columns is the default.
//!
//! **Groups**: a top-level group is a section (one page); a group inside a section must be a
//! matrix (appearance `table-list`, select questions on one list); nothing deeper.
//!
//! # What is refused, with a message
//!
//! Every problem is collected, none stops the reading: unknown question types; XLSForm
//! features the observatory does not collect (repeats, `calculate`, `geopoint`, `image`,
//! `audio`, `time`, metadata such as `start` or `deviceid`, `or_other`, `select_one_from_file`,
//! `rank`, `range`…) and columns (`choice_filter`, `calculation`, `trigger`, `repeat_count`,
//! `readonly`, `parameters`, media, `guidance_hint`, …); groups nested deeper than a section's
//! matrix; `${…}` inside texts (piping answers into labels); a choice list missing; duplicate
//! names; `relevant` referring to the question itself, to a later question (how circular
//! conditions arise) or to an unknown one; expressions the observatory cannot evaluate
//! ([`crate::expr`]); defaults that are not valid answers; a missing settings sheet, form id or
//! title.
//!
//! **Nothing is dropped silently.** A column that is not understood is an error as soon as
//! one of its cells has a value (an empty column carries nothing), except these harmless
//! columns, which are ignored: on the survey and choices sheets `hxl` (Humanitarian Exchange
//! Language tags, for exports), `comment`, `comments`, `notes`, `remarks` (authors' remarks);
//! on the settings sheet `style` (the web form's theme) and `instance_name` (how ODK names a
//! submission). A cell with a value in a column without a header is an error. Sheets other than
//! `survey`, `choices` and `settings` are not part of the form and are not read, except
//! `external_choices`, `entities` and `osm`, XLSForm features that are refused when they have
//! rows.

pub mod workbook;

use crate::expr::Expression;
use crate::form::{
    Choice, ChoiceList, Item, Kind, Language, Matrix, Question, Questionnaire, Section, Text,
    is_table_list,
};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
pub use workbook::{Sheet, Workbook};

/// One problem of a form: where it is and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormError {
    /// The sheet's name as written in the workbook.
    pub sheet: String,
    /// Excel's row number (1 is the header row), when the problem is on a row.
    pub row: Option<usize>,
    /// The column's header as written (`None` when the problem is not in a column, or the
    /// column has no header).
    pub column: Option<String>,
    /// The column's letters (`F`), when the problem is in a column.
    pub letter: Option<String>,
    pub message: String,
}

impl fmt::Display for FormError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.sheet.is_empty() {
            return f.write_str(&self.message); // the file as a whole
        }
        write!(f, "sheet '{}'", self.sheet)?;
        if let Some(r) = self.row {
            write!(f, ", row {r}")?;
        }
        match (&self.column, &self.letter) {
            (Some(c), Some(l)) => write!(f, ", column '{c}' ({l})")?,
            (None, Some(l)) => write!(f, ", column {l}")?,
            (Some(c), None) => write!(f, ", column '{c}'")?,
            (None, None) => {}
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found in a form, in the order of the sheets, rows and columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormErrors(pub Vec<FormError>);

impl fmt::Display for FormErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        write!(
            f,
            "the XLSForm has {n} problem{}:",
            if n == 1 { "" } else { "s" }
        )?;
        for e in &self.0 {
            write!(f, "\n- {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for FormErrors {}

impl FormErrors {
    pub fn iter(&self) -> impl Iterator<Item = &FormError> {
        self.0.iter()
    }
}

/// Reads an XLSForm (.xlsx, .xls, .ods).
pub fn import(bytes: &[u8]) -> Result<Questionnaire, FormErrors> {
    let book = Workbook::read(bytes).map_err(|message| {
        FormErrors(vec![FormError {
            sheet: String::new(),
            row: None,
            column: None,
            letter: None,
            message,
        }])
    })?;
    import_workbook(&book)
}

/// Writes a questionnaire as an XLSForm (.xlsx).
pub fn export(q: &Questionnaire) -> Vec<u8> {
    export_workbook(q).to_xlsx()
}

// ---------------------------------------------------------------------------------------
// Columns

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Field {
    Type,
    Name,
    Label,
    Hint,
    Required,
    RequiredMessage,
    Constraint,
    ConstraintMessage,
    Relevant,
    Appearance,
    Default,
    ListName,
    FormTitle,
    FormId,
    Version,
    DefaultLanguage,
    TitleTranslation,
    /// A harmless column, not read.
    Ignored,
    /// An XLSForm column the observatory does not support: why, and what to do.
    Unsupported(&'static str),
    Unknown,
}

impl Field {
    fn translatable(self) -> bool {
        matches!(
            self,
            Field::Label
                | Field::Hint
                | Field::RequiredMessage
                | Field::ConstraintMessage
                | Field::TitleTranslation
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SheetKind {
    Survey,
    Choices,
    Settings,
}

const MEDIA: &str = "images, audio and video are not supported in the observatory's forms; describe the content in words in the label column and remove this column";

fn classify(kind: SheetKind, base: &str) -> Field {
    let harmless = ["hxl", "comment", "comments", "notes", "remarks"];
    let media = ["image", "big-image", "big_image", "audio", "video", "media"];
    match kind {
        SheetKind::Survey => match base {
            "type" => Field::Type,
            "name" => Field::Name,
            "label" | "caption" => Field::Label,
            "hint" => Field::Hint,
            "required" | "bind:required" => Field::Required,
            "required_message" | "requiredmsg" | "jr:requiredmsg" | "bind:jr:requiredmsg" => {
                Field::RequiredMessage
            }
            "constraint" | "bind:constraint" => Field::Constraint,
            "constraint_message"
            | "jr:constraintmsg"
            | "bind:jr:constraintmsg"
            | "constraining_message" => Field::ConstraintMessage,
            "relevant" | "relevance" | "bind:relevant" => Field::Relevant,
            "appearance" => Field::Appearance,
            "default" => Field::Default,
            "calculation" | "calculate" | "bind:calculate" => Field::Unsupported(
                "calculations are not supported: the observatory stores only what respondents answer; remove the column",
            ),
            "choice_filter" => Field::Unsupported(
                "choice filters (cascading selects) are not supported: give the question a list of its own, or ask one question per case with a relevant condition",
            ),
            "trigger" => Field::Unsupported(
                "triggers are not supported: they recalculate values, and the observatory stores only answers; remove the column",
            ),
            "repeat_count" | "jr:count" | "count" => Field::Unsupported(
                "repeats are not supported, so neither is repeat_count; remove the column",
            ),
            "readonly" | "read_only" | "bind:readonly" => Field::Unsupported(
                "read-only questions are not supported: use a note to show a text",
            ),
            "parameters" => {
                Field::Unsupported("question parameters are not supported; remove the column")
            }
            "guidance_hint" => Field::Unsupported(
                "guidance hints are not supported: put what respondents need in the hint column",
            ),
            "body" | "instance" | "bind" | "control" => {
                Field::Unsupported("custom XForm attributes are not supported; remove the column")
            }
            b if media.contains(&b) => Field::Unsupported(MEDIA),
            b if harmless.contains(&b) => Field::Ignored,
            _ => Field::Unknown,
        },
        SheetKind::Choices => match base {
            "list_name" => Field::ListName,
            "name" | "value" => Field::Name,
            "label" | "caption" => Field::Label,
            b if media.contains(&b) => Field::Unsupported(MEDIA),
            b if harmless.contains(&b) => Field::Ignored,
            _ => Field::Unknown,
        },
        SheetKind::Settings => match base {
            "form_title" | "title" | "set_form_title" => Field::FormTitle,
            "form_id" | "id_string" | "set_form_id" => Field::FormId,
            "version" => Field::Version,
            "default_language" => Field::DefaultLanguage,
            "form_title_translation" => Field::TitleTranslation,
            "style" | "instance_name" => Field::Ignored,
            _ => Field::Unknown,
        },
    }
}

/// A header's base (lower case, spaces as `_`) and language tag.
fn split_header(kind: SheetKind, header: &str, double_colon: bool) -> (String, Option<String>) {
    let normal = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join("_")
            .to_lowercase()
    };
    let h = header.trim();
    if double_colon || h.contains("::") {
        return match h.split_once("::") {
            Some((base, tag)) => (normal(base), Some(tag.trim().to_string())),
            None => (normal(h), None),
        };
    }
    // pyxform's older single colon: `label:English`, while `jr:constraintMsg` and
    // `bind:relevant` are whole names. The first prefix that names a column wins.
    if classify(kind, &normal(h)) == Field::Unknown {
        for (i, _) in h.match_indices(':') {
            let base = normal(&h[..i]);
            if classify(kind, &base) != Field::Unknown {
                return (base, Some(h[i + 1..].trim().to_string()));
            }
        }
    }
    (normal(h), None)
}

#[derive(Debug, Clone)]
struct Col {
    index: usize,
    header: String,
    field: Field,
    /// The language tag after `::`.
    tag: Option<String>,
    /// The language's code, once languages are known (`None`: not translatable).
    code: Option<String>,
}

/// A sheet with its header understood.
struct Table<'a> {
    sheet: &'a Sheet,
    /// 0-based row of the header.
    header: usize,
    cols: Vec<Col>,
}

struct Errors {
    list: Vec<(usize, FormError, usize)>,
}

/// Errors are listed sheet by sheet: survey, choices, settings, the others.
fn sheet_rank(name: &str) -> usize {
    match name.trim().to_lowercase().as_str() {
        "survey" => 0,
        "choices" => 1,
        "settings" => 2,
        _ => 3,
    }
}

impl Errors {
    fn new() -> Errors {
        Errors { list: Vec::new() }
    }

    /// A problem on a sheet, at a 0-based row and column.
    fn at(&mut self, sheet: &Sheet, row: Option<usize>, col: Option<&Col>, message: String) {
        let rank = sheet_rank(&sheet.name);
        self.list.push((
            rank,
            FormError {
                sheet: sheet.name.clone(),
                row: row.map(|r| r + 1),
                column: col.map(|c| c.header.clone()),
                letter: col.map(|c| workbook::column_letters(c.index)),
                message,
            },
            col.map_or(0, |c| c.index + 1),
        ));
    }

    fn cell(&mut self, sheet: &Sheet, row: usize, index: usize, message: String) {
        let rank = sheet_rank(&sheet.name);
        self.list.push((
            rank,
            FormError {
                sheet: sheet.name.clone(),
                row: Some(row + 1),
                column: None,
                letter: Some(workbook::column_letters(index)),
                message,
            },
            index + 1,
        ));
    }

    fn finish(mut self) -> Vec<FormError> {
        self.list
            .sort_by_key(|(rank, e, col)| (*rank, e.row.unwrap_or(0), *col));
        self.list.into_iter().map(|(_, e, _)| e).collect()
    }
}

impl<'a> Table<'a> {
    fn new(sheet: &'a Sheet, kind: SheetKind, errors: &mut Errors) -> Table<'a> {
        let header = sheet
            .rows
            .iter()
            .position(|r| r.iter().any(|c| !c.trim().is_empty()))
            .unwrap_or(0);
        let headers: Vec<(usize, &str)> = sheet
            .rows
            .get(header)
            .map(|r| {
                r.iter()
                    .enumerate()
                    .filter(|(_, h)| !h.trim().is_empty())
                    .map(|(i, h)| (i, h.as_str()))
                    .collect()
            })
            .unwrap_or_default();
        let double = headers.iter().any(|(_, h)| h.contains("::"));
        let mut table = Table {
            sheet,
            header,
            cols: Vec::new(),
        };
        for (index, header_text) in headers {
            let (base, tag) = split_header(kind, header_text, double);
            let field = classify(kind, &base);
            table.cols.push(Col {
                index,
                header: header_text.trim().to_string(),
                field,
                tag: tag.filter(|t| !t.is_empty()),
                code: None,
            });
        }
        // Cells under no header, and columns not understood that hold something.
        for r in table.data_rows() {
            for (i, cell) in sheet.rows[r].iter().enumerate() {
                if !cell.trim().is_empty() && !table.cols.iter().any(|c| c.index == i) {
                    errors.cell(
                        sheet,
                        r,
                        i,
                        "this cell has a value but its column has no header: name the column or clear the cell"
                            .into(),
                    );
                }
            }
        }
        for col in &table.cols {
            let used: Vec<usize> = table
                .data_rows()
                .filter(|&r| !sheet.cell(r, col.index).trim().is_empty())
                .collect();
            let Some(&first) = used.first() else { continue };
            let more = match used.len() {
                1 => String::new(),
                n => format!(" (and {} more row{})", n - 1, if n == 2 { "" } else { "s" }),
            };
            let message = match col.field {
                Field::Unsupported(why) => Some(why.to_string()),
                Field::Unknown => Some(match kind {
                    SheetKind::Choices => format!(
                        "unknown column '{}': if it serves a choice_filter, choice filters are not supported; otherwise remove the column (the columns read are list_name, name and label)",
                        col.header
                    ),
                    SheetKind::Settings => format!(
                        "unknown setting '{}': the settings read are form_id, form_title, version, default_language and form_title_translation::Language (code); remove the column",
                        col.header
                    ),
                    SheetKind::Survey => format!(
                        "unknown column '{}': the columns read are type, name, label, hint, required, required_message, constraint, constraint_message, relevant, appearance and default; rename or remove it",
                        col.header
                    ),
                }),
                Field::FormTitle if col.tag.is_some() => Some(format!(
                    "pyxform cannot read a translated form_title; name the column form_title_translation::{}",
                    col.tag.as_deref().unwrap_or_default()
                )),
                Field::TitleTranslation if col.tag.is_none() => Some(
                    "form_title_translation needs its language: form_title_translation::German (de)".into(),
                ),
                f if col.tag.is_some() && !f.translatable() && f != Field::Ignored => {
                    Some(format!(
                        "this column cannot be given per language; name it without '::{}'",
                        col.tag.as_deref().unwrap_or_default()
                    ))
                }
                _ => None,
            };
            if let Some(m) = message {
                errors.at(sheet, Some(first), Some(col), format!("{m}{more}"));
            }
        }
        for (r, c, e) in &sheet.errors {
            errors.cell(
                sheet,
                *r,
                *c,
                format!("the cell holds the Excel error {e}; replace it with a value or clear it"),
            );
        }
        table
    }

    /// The 0-based rows after the header that are not blank.
    fn data_rows(&self) -> impl Iterator<Item = usize> + '_ {
        (self.header + 1..self.sheet.rows.len())
            .filter(|&r| self.sheet.rows[r].iter().any(|c| !c.trim().is_empty()))
    }

    /// The first column of a field that is not per language (the others are reported as
    /// duplicates).
    fn col(&self, field: Field) -> Option<&Col> {
        self.cols.iter().find(|c| c.field == field)
    }

    fn value(&self, row: usize, field: Field) -> &'a str {
        self.col(field)
            .map_or("", |c| self.sheet.cell(row, c.index).trim())
    }

    /// The texts of a translatable field, by language code.
    fn text(&self, row: usize, field: Field) -> Text {
        let mut t = Text::new();
        for c in self.cols.iter().filter(|c| c.field == field) {
            let v = self.sheet.cell(row, c.index).trim();
            if let Some(code) = &c.code
                && !v.is_empty()
            {
                t.set(code, v);
            }
        }
        t
    }

    /// The non-empty cells of the row in columns of these fields.
    fn filled(&self, row: usize, fields: &[Field]) -> Vec<&Col> {
        self.cols
            .iter()
            .filter(|c| fields.contains(&c.field))
            .filter(|c| !self.sheet.cell(row, c.index).trim().is_empty())
            .collect()
    }
}

// ---------------------------------------------------------------------------------------
// Import

const TYPES: &str = "select_one LIST, select_multiple LIST, integer, decimal, date, text and note";

/// ODK question types the observatory does not collect.
const UNSUPPORTED_TYPES: &[&str] = &[
    "calculate",
    "hidden",
    "geopoint",
    "geotrace",
    "geoshape",
    "start-geopoint",
    "image",
    "photo",
    "audio",
    "background-audio",
    "video",
    "file",
    "barcode",
    "time",
    "datetime",
    "range",
    "acknowledge",
    "trigger",
    "rank",
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserial",
    "phonenumber",
    "phone_number",
    "username",
    "email",
    "audit",
    "xml-external",
    "csv-external",
    "osm",
    "select_one_external",
    "select_one_from_file",
    "select_multiple_from_file",
    "uri:deviceid",
    "uri:email",
    "uri:phonenumber",
    "uri:username",
    "uri:subscriberid",
    "uri:simserial",
];

#[derive(Debug, Clone, PartialEq)]
enum RowType {
    Question(Kind),
    BeginGroup,
    EndGroup,
    BeginRepeat,
    EndRepeat,
}

fn parse_type(raw: &str) -> Result<RowType, String> {
    let tokens: Vec<&str> = raw.split_whitespace().collect();
    let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
    let words: Vec<&str> = lower.iter().map(String::as_str).collect();
    let rest_after = |n: usize| &tokens[n.min(tokens.len())..];
    let select = |n: usize, multiple: bool| -> Result<RowType, String> {
        let mut rest = rest_after(n);
        if rest.first().is_some_and(|t| t.eq_ignore_ascii_case("from")) {
            rest = &rest[1..];
        }
        let Some(list) = rest.first() else {
            return Err(format!(
                "'{raw}' names no choice list: write it as {} LIST",
                if multiple {
                    "select_multiple"
                } else {
                    "select_one"
                }
            ));
        };
        let extra: Vec<String> = rest[1..].iter().map(|t| t.to_lowercase()).collect();
        if extra == ["or_other"] || extra == ["or", "specify", "other"] {
            return Err(
                "'or_other' (an \"other, please specify\" choice) is not supported: add a choice 'other' to the list and a text question with a relevant condition on it".into(),
            );
        }
        if !extra.is_empty() {
            return Err(format!(
                "'{raw}': a select names one choice list, and '{}' follows it",
                rest[1..].join(" ")
            ));
        }
        let list = list.to_string();
        Ok(RowType::Question(if multiple {
            Kind::SelectMultiple(list)
        } else {
            Kind::SelectOne(list)
        }))
    };
    match words.as_slice() {
        [] => Err("the row has no type".into()),
        ["select_one" | "select1", ..] => select(1, false),
        ["select_multiple", ..] => select(1, true),
        ["select", "one", "from", "file", ..] | ["select", "multiple", "from", "file", ..] => {
            Err(format!(
                "'{raw}': choices from a file are not supported; put the choices on the choices sheet"
            ))
        }
        ["select", "one", ..] => select(2, false),
        ["select", "multiple", ..] => select(2, true),
        ["select", "all", "that", "apply", ..] => select(4, true),
        ["begin_group" | "begin-group"] | ["begin", "group"] => Ok(RowType::BeginGroup),
        ["end_group" | "end-group"] | ["end", "group"] => Ok(RowType::EndGroup),
        ["begin_repeat" | "begin_loop"]
        | ["begin", "repeat" | "loop" | "lgroup"]
        | ["begin", "looped", "group"] => Ok(RowType::BeginRepeat),
        ["end_repeat" | "end_loop"]
        | ["end", "repeat" | "loop" | "lgroup"]
        | ["end", "looped", "group"] => Ok(RowType::EndRepeat),
        ["integer" | "int"] => Ok(RowType::Question(Kind::Integer)),
        ["decimal"] => Ok(RowType::Question(Kind::Decimal)),
        ["date"] => Ok(RowType::Question(Kind::Date)),
        ["text" | "string"] => Ok(RowType::Question(Kind::Text)),
        ["note"] => Ok(RowType::Question(Kind::Note)),
        _ => {
            let joined = words.join("_");
            let first = words[0];
            if UNSUPPORTED_TYPES.contains(&joined.as_str()) || UNSUPPORTED_TYPES.contains(&first) {
                Err(format!(
                    "'{raw}' questions are not supported; the observatory collects {TYPES}"
                ))
            } else {
                Err(format!(
                    "unknown question type '{raw}'; the types are {TYPES}, with begin_group and end_group"
                ))
            }
        }
    }
}

/// A question or group name: a letter or `_`, then letters, digits, `_`, `-`, `.`.
fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// `yes`, `true`, `1` (and `true()`) or `no`, `false`, `0`, empty.
fn parse_bool(v: &str) -> Option<bool> {
    match v.trim().to_lowercase().as_str() {
        "yes" | "true" | "1" | "true()" => Some(true),
        "no" | "false" | "0" | "false()" | "" => Some(false),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Named {
    Question,
    Note,
    Group,
}

/// An expression to check once every name is known.
struct RefCheck {
    row: usize,
    col: Col,
    expr: Expression,
    /// The question it belongs to (`None`: a group's).
    owner: Option<String>,
    constraint: bool,
}

/// A default to check once the choice lists are known.
struct DefaultCheck {
    row: usize,
    col: Col,
    kind: Kind,
    value: String,
}

/// Where a question is being added.
#[derive(Debug, Clone, Copy)]
enum Frame {
    Section(usize),
    Matrix(usize, usize),
    /// A group or repeat that was refused: its questions go to the enclosing frame.
    Refused,
}

/// Reads an XLSForm from its sheets.
pub fn import_workbook(book: &Workbook) -> Result<Questionnaire, FormErrors> {
    let mut errors = Errors::new();
    let survey_sheet = book.sheet("survey");
    let choices_sheet = book.sheet("choices");
    let settings_sheet = book.sheet("settings");
    let missing = |name: &str, message: String| FormError {
        sheet: name.to_string(),
        row: None,
        column: None,
        letter: None,
        message,
    };
    let mut fatal = Vec::new();
    if survey_sheet.is_none() {
        fatal.push(missing(
            "survey",
            "the workbook has no sheet 'survey': an XLSForm lists its questions on a sheet named survey".into(),
        ));
    }
    for name in ["external_choices", "entities", "osm"] {
        if let Some(s) = book.sheet(name)
            && s.rows
                .iter()
                .any(|r| r.iter().any(|c| !c.trim().is_empty()))
        {
            errors.at(
                s,
                None,
                None,
                format!("the sheet '{}' is an XLSForm feature the observatory does not support; remove the sheet", s.name),
            );
        }
    }

    let empty = Sheet::new("survey", Vec::new());
    let mut survey = Table::new(
        survey_sheet.unwrap_or(&empty),
        SheetKind::Survey,
        &mut errors,
    );
    let empty_choices = Sheet::new("choices", Vec::new());
    let mut choices = Table::new(
        choices_sheet.unwrap_or(&empty_choices),
        SheetKind::Choices,
        &mut errors,
    );
    let empty_settings = Sheet::new("settings", Vec::new());
    let mut settings = Table::new(
        settings_sheet.unwrap_or(&empty_settings),
        SheetKind::Settings,
        &mut errors,
    );

    // Settings.
    let settings_row = settings.data_rows().next();
    for r in settings.data_rows().skip(1) {
        errors.at(
            settings.sheet,
            Some(r),
            None,
            "the settings are read from the row under the header only; move these values there or clear the row".into(),
        );
    }
    let setting = |field: Field| {
        settings_row
            .map_or("", |r| settings.value(r, field))
            .to_string()
    };
    let id = setting(Field::FormId);
    let form_title = setting(Field::FormTitle);
    let default_tag = setting(Field::DefaultLanguage);
    let version = Some(setting(Field::Version)).filter(|v| !v.is_empty());
    if settings_sheet.is_none() {
        fatal.push(missing(
            "settings",
            "the workbook has no sheet 'settings': add one with the columns form_id and form_title (and version), and their values in row 2".into(),
        ));
    } else {
        for (field, name, what) in [
            (
                Field::FormId,
                "form_id",
                "the form's identifier, e.g. city_survey_2025",
            ),
            (Field::FormTitle, "form_title", "the title respondents see"),
        ] {
            if setting(field).is_empty() {
                let col = settings.col(field);
                errors.at(
                    settings.sheet,
                    Some(settings_row.unwrap_or(settings.header + 1)),
                    col,
                    match col {
                        Some(_) => format!("{name} is empty: write {what}"),
                        None => format!("the settings have no column {name}: add it with {what}"),
                    },
                );
            }
        }
        if !id.is_empty() && !valid_name(&id) {
            errors.at(
                settings.sheet,
                settings_row,
                settings.col(Field::FormId),
                format!("the form_id '{id}' must start with a letter or '_' and hold only letters, digits, '_', '-' and '.'"),
            );
        }
    }

    // Languages: the default first, then in the order the columns name them.
    let tables = [&survey, &choices, &settings];
    let has_plain = tables.iter().any(|t| {
        t.cols
            .iter()
            .any(|c| c.field.translatable() && c.tag.is_none())
    });
    let tagged: Vec<Language> = tables
        .iter()
        .flat_map(|t| t.cols.iter())
        .filter(|c| c.field.translatable())
        .filter_map(|c| c.tag.as_deref().map(Language::from_tag))
        .collect();
    let default = if !default_tag.is_empty() {
        let d = Language::from_tag(&default_tag);
        if !has_plain && !tagged.iter().any(|l| l.code == d.code) {
            let known: Vec<String> = tagged.iter().map(Language::tag).collect();
            errors.at(
                settings.sheet,
                settings_row,
                settings.col(Field::DefaultLanguage),
                format!(
                    "the default_language '{default_tag}' is none of the languages of the columns ({}); write it as the column headers do",
                    dedup(known).join(", ")
                ),
            );
        }
        d
    } else if has_plain || tagged.is_empty() {
        Language::implicit_default()
    } else {
        tagged[0].clone()
    };
    let mut languages = vec![default.clone()];
    for l in &tagged {
        if !languages.iter().any(|k| k.code == l.code) {
            languages.push(l.clone());
        }
    }
    for table in [&mut survey, &mut choices, &mut settings] {
        for c in table.cols.iter_mut().filter(|c| c.field.translatable()) {
            let l = c.tag.as_deref().map_or(default.clone(), Language::from_tag);
            c.code = Some(l.code.clone());
        }
    }
    for table in [&survey, &choices, &settings] {
        for c in table.cols.iter().filter(|c| c.field.translatable()) {
            if let Some(tag) = &c.tag {
                let l = Language::from_tag(tag);
                if let Some(k) = languages.iter().find(|k| k.code == l.code)
                    && k.name != l.name
                {
                    errors.at(
                        table.sheet,
                        Some(table.header),
                        Some(c),
                        format!(
                            "the language code '{}' is already the code of '{}': give each language one name and one code",
                            l.code,
                            k.tag()
                        ),
                    );
                }
            }
        }
        // The same field twice in one language (or not per language).
        let mut seen: HashMap<(Field, Option<String>), &Col> = HashMap::new();
        for c in &table.cols {
            if matches!(
                c.field,
                Field::Ignored | Field::Unknown | Field::Unsupported(_)
            ) {
                continue;
            }
            if let Some(first) = seen.insert((c.field, c.code.clone()), c) {
                errors.at(
                    table.sheet,
                    Some(table.header),
                    Some(c),
                    format!(
                        "this column says the same as column '{}' ({}); keep one",
                        first.header,
                        workbook::column_letters(first.index)
                    ),
                );
            }
        }
    }

    let mut title =
        settings_row.map_or_else(Text::new, |r| settings.text(r, Field::TitleTranslation));
    if !form_title.is_empty() {
        title.set(&default.code, &form_title);
    }
    if let Some(r) = settings_row {
        check_piping(
            &settings,
            r,
            &[Field::FormTitle, Field::TitleTranslation],
            &mut errors,
        );
    }

    // Choices.
    let mut choice_lists: Vec<ChoiceList> = Vec::new();
    let mut choice_rows: HashMap<(String, String), usize> = HashMap::new();
    if choices.col(Field::ListName).is_none() && choices.data_rows().next().is_some() {
        errors.at(
            choices.sheet,
            Some(choices.header),
            None,
            "the choices sheet has no column list_name: add it, with the list each choice belongs to".into(),
        );
    }
    for r in choices.data_rows() {
        let list = choices.value(r, Field::ListName);
        let name = choices.value(r, Field::Name);
        let read: Vec<&Col> = choices.filled(r, &[Field::ListName, Field::Name, Field::Label]);
        if read.is_empty() {
            continue; // only ignored or refused columns: reported above
        }
        if list.is_empty() {
            errors.at(
                choices.sheet,
                Some(r),
                choices.col(Field::ListName),
                "the choice has no list_name: write the list it belongs to".into(),
            );
            continue;
        }
        if name.is_empty() {
            errors.at(
                choices.sheet,
                Some(r),
                choices.col(Field::Name),
                format!("the choice of list '{list}' has no name: write the value stored when it is chosen"),
            );
            continue;
        }
        if name.chars().any(char::is_whitespace) {
            errors.at(
                choices.sheet,
                Some(r),
                choices.col(Field::Name),
                format!("the choice name '{name}' contains a space: multiple choices are stored separated by spaces, so write it with '_'"),
            );
        }
        let label = choices.text(r, Field::Label);
        if label.is_empty() {
            errors.at(
                choices.sheet,
                Some(r),
                choices.cols.iter().find(|c| c.field == Field::Label),
                format!(
                    "the choice '{name}' of list '{list}' has no label: write what respondents see"
                ),
            );
        }
        check_piping(&choices, r, &[Field::Label], &mut errors);
        if let Some(first) = choice_rows.insert((list.to_string(), name.to_string()), r) {
            errors.at(
                choices.sheet,
                Some(r),
                choices.col(Field::Name),
                format!(
                    "the choice '{name}' is already in the list '{list}' (row {}): give each choice of a list its own name",
                    first + 1
                ),
            );
            continue;
        }
        let choice = Choice {
            name: name.to_string(),
            label,
        };
        match choice_lists.iter_mut().find(|l| l.name == list) {
            Some(l) => l.choices.push(choice),
            None => choice_lists.push(ChoiceList {
                name: list.to_string(),
                choices: vec![choice],
            }),
        }
    }

    // Survey.
    let mut sections: Vec<Section> = Vec::new();
    let mut stack: Vec<(Frame, usize, String)> = Vec::new(); // frame, row, name
    let mut open_ungrouped = false;
    let mut names: HashMap<String, (usize, Named)> = HashMap::new();
    let mut ref_checks: Vec<RefCheck> = Vec::new();
    let mut default_checks: Vec<DefaultCheck> = Vec::new();
    let mut list_uses: Vec<(usize, String)> = Vec::new();
    let mut group_rows: HashMap<String, usize> = HashMap::new();
    let text_fields = [
        Field::Label,
        Field::Hint,
        Field::RequiredMessage,
        Field::ConstraintMessage,
    ];
    for r in survey.data_rows() {
        let raw_type = survey.value(r, Field::Type);
        let type_col = survey.col(Field::Type);
        let read = survey.filled(
            r,
            &[
                Field::Type,
                Field::Name,
                Field::Label,
                Field::Hint,
                Field::Required,
                Field::RequiredMessage,
                Field::Constraint,
                Field::ConstraintMessage,
                Field::Relevant,
                Field::Appearance,
                Field::Default,
            ],
        );
        if read.is_empty() {
            continue; // only ignored or refused columns: reported above
        }
        let row_type = match parse_type(raw_type) {
            Ok(t) => t,
            Err(m) => {
                let m = if raw_type.is_empty() {
                    "the row has no type: write the question's type, or clear the row".into()
                } else {
                    m
                };
                errors.at(survey.sheet, Some(r), type_col, m);
                // Keep the nesting right for the rows that follow.
                continue;
            }
        };
        let name = survey.value(r, Field::Name).to_string();
        let name_col = survey.col(Field::Name);
        match row_type {
            RowType::EndGroup | RowType::EndRepeat => {
                for c in survey.filled(
                    r,
                    &[
                        Field::Label,
                        Field::Hint,
                        Field::Required,
                        Field::RequiredMessage,
                        Field::Constraint,
                        Field::ConstraintMessage,
                        Field::Relevant,
                        Field::Appearance,
                        Field::Default,
                    ],
                ) {
                    errors.at(
                        survey.sheet,
                        Some(r),
                        Some(c),
                        format!("an {} row takes nothing but its type (and the group's name); move this to the begin row or clear it", raw_type),
                    );
                }
                let repeat = row_type == RowType::EndRepeat;
                match stack.last() {
                    None => errors.at(
                        survey.sheet,
                        Some(r),
                        type_col,
                        format!("this {raw_type} closes nothing: there is no open group here; remove the row or add the begin row"),
                    ),
                    Some((frame, begin, open_name)) => {
                        let open_is_repeat = matches!(frame, Frame::Refused)
                            && repeat_rows_contains(&survey, *begin);
                        if repeat != open_is_repeat {
                            errors.at(
                                survey.sheet,
                                Some(r),
                                type_col,
                                format!(
                                    "this {raw_type} closes the {} '{open_name}' opened in row {}; close it with {}",
                                    if open_is_repeat { "repeat" } else { "group" },
                                    begin + 1,
                                    if open_is_repeat { "end_repeat" } else { "end_group" }
                                ),
                            );
                        } else if !name.is_empty() && &name != open_name {
                            errors.at(
                                survey.sheet,
                                Some(r),
                                name_col,
                                format!(
                                    "this row closes '{open_name}' (row {}) but names '{name}'; write '{open_name}' or leave the name empty",
                                    begin + 1
                                ),
                            );
                        }
                        if let Some((Frame::Section(_), _, _)) = stack.last() {
                            open_ungrouped = false;
                        }
                        stack.pop();
                    }
                }
                continue;
            }
            _ => {}
        }

        // A question or the start of a group: its name.
        let what = match &row_type {
            RowType::Question(Kind::Note) => Named::Note,
            RowType::Question(_) => Named::Question,
            _ => Named::Group,
        };
        if name.is_empty() {
            errors.at(
                survey.sheet,
                Some(r),
                name_col,
                "the row has no name: write the name its answers are stored under".into(),
            );
        } else if !valid_name(&name) {
            errors.at(
                survey.sheet,
                Some(r),
                name_col,
                format!("the name '{name}' must start with a letter or '_' and hold only letters, digits, '_', '-' and '.'"),
            );
        } else if let Some((first, _)) = names.get(&name) {
            errors.at(
                survey.sheet,
                Some(r),
                name_col,
                format!(
                    "the name '{name}' is already used in row {}: answers are stored by name, so give each question and group its own",
                    first + 1
                ),
            );
        } else {
            names.insert(name.clone(), (r, what));
        }
        check_piping(&survey, r, &text_fields, &mut errors);
        let relevant = parse_expression(&survey, r, Field::Relevant, &mut errors);
        let constraint = parse_expression(&survey, r, Field::Constraint, &mut errors);
        let appearance =
            Some(survey.value(r, Field::Appearance).to_string()).filter(|a| !a.is_empty());

        if matches!(row_type, RowType::BeginGroup | RowType::BeginRepeat) {
            for c in survey.filled(
                r,
                &[
                    Field::Required,
                    Field::RequiredMessage,
                    Field::Constraint,
                    Field::ConstraintMessage,
                    Field::Default,
                ],
            ) {
                errors.at(
                    survey.sheet,
                    Some(r),
                    Some(c),
                    "a group is not answered, so it takes no required, constraint or default; put them on its questions".into(),
                );
            }
            if let Some(e) = relevant.clone() {
                ref_checks.push(RefCheck {
                    row: r,
                    col: survey
                        .col(Field::Relevant)
                        .cloned()
                        .unwrap_or_else(|| no_col(Field::Relevant)),
                    expr: e,
                    owner: None,
                    constraint: false,
                });
            }
            group_rows.insert(name.clone(), r);
            let label = survey.text(r, Field::Label);
            let hint = survey.text(r, Field::Hint);
            if row_type == RowType::BeginRepeat {
                errors.at(
                    survey.sheet,
                    Some(r),
                    type_col,
                    "repeats (begin_repeat) are not supported: the observatory asks each question once per respondent; ask for the members one by one or as counts".into(),
                );
                stack.push((Frame::Refused, r, name));
                continue;
            }
            let matrix = appearance.as_deref().is_some_and(is_table_list);
            let enclosing = stack
                .iter()
                .rev()
                .find(|(f, _, _)| !matches!(f, Frame::Refused));
            match enclosing {
                None => {
                    sections.push(Section {
                        name: Some(name.clone()),
                        label,
                        hint,
                        relevant,
                        appearance,
                        items: Vec::new(),
                    });
                    open_ungrouped = false;
                    stack.push((Frame::Section(sections.len() - 1), r, name));
                }
                Some((Frame::Section(s), _, _)) if matrix && !sections[*s].is_matrix() => {
                    let s = *s;
                    sections[s].items.push(Item::Matrix(Matrix {
                        name: name.clone(),
                        label,
                        hint,
                        relevant,
                        appearance: appearance.unwrap_or_default(),
                        list: String::new(),
                        questions: Vec::new(),
                    }));
                    stack.push((Frame::Matrix(s, sections[s].items.len() - 1), r, name));
                }
                Some(_) => {
                    errors.at(
                        survey.sheet,
                        Some(r),
                        type_col,
                        "groups nested this deep are not supported: a section is a top-level group, and a group inside a section must be a matrix (appearance table-list) holding questions only; move the group out or make it a matrix".into(),
                    );
                    stack.push((Frame::Refused, r, name));
                }
            }
            continue;
        }

        let RowType::Question(kind) = row_type else {
            continue;
        };
        let label = survey.text(r, Field::Label);
        if label.is_empty() {
            errors.at(
                survey.sheet,
                Some(r),
                survey.cols.iter().find(|c| c.field == Field::Label),
                format!("'{name}' has no label: write the text respondents see"),
            );
        }
        let required_raw = survey.value(r, Field::Required);
        let required = match parse_bool(required_raw) {
            Some(b) => b,
            None => {
                errors.at(
                    survey.sheet,
                    Some(r),
                    survey.col(Field::Required),
                    format!("required must be yes or no (or empty); '{required_raw}' is not supported, conditions included: make the question relevant only when it must be answered"),
                );
                false
            }
        };
        let default = Some(survey.value(r, Field::Default).to_string()).filter(|d| !d.is_empty());
        if kind == Kind::Note {
            for c in survey.filled(
                r,
                &[
                    Field::Required,
                    Field::RequiredMessage,
                    Field::Constraint,
                    Field::ConstraintMessage,
                    Field::Default,
                ],
            ) {
                if c.field == Field::Required && !required {
                    continue;
                }
                errors.at(
                    survey.sheet,
                    Some(r),
                    Some(c),
                    "a note asks nothing, so it takes no required, constraint or default; clear the cell".into(),
                );
            }
        }
        if let Some(list) = kind.list() {
            list_uses.push((r, list.to_string()));
        }
        for (expr, field, is_constraint) in [
            (&relevant, Field::Relevant, false),
            (&constraint, Field::Constraint, true),
        ] {
            if let Some(e) = expr {
                ref_checks.push(RefCheck {
                    row: r,
                    col: survey.col(field).cloned().unwrap_or_else(|| no_col(field)),
                    expr: e.clone(),
                    owner: Some(name.clone()),
                    constraint: is_constraint,
                });
            }
        }
        if let (Some(d), Some(col)) = (&default, survey.col(Field::Default))
            && kind != Kind::Note
        {
            default_checks.push(DefaultCheck {
                row: r,
                col: col.clone(),
                kind: kind.clone(),
                value: d.clone(),
            });
        }
        let question = Question {
            name,
            kind,
            label,
            hint: survey.text(r, Field::Hint),
            required,
            required_message: survey.text(r, Field::RequiredMessage),
            constraint,
            constraint_message: survey.text(r, Field::ConstraintMessage),
            relevant,
            appearance,
            default,
        };
        match stack
            .iter()
            .rev()
            .find(|(f, _, _)| !matches!(f, Frame::Refused))
        {
            Some((Frame::Section(s), _, _)) => sections[*s].items.push(Item::Question(question)),
            Some((Frame::Matrix(s, i), _, _)) => {
                if let Item::Matrix(m) = &mut sections[*s].items[*i] {
                    m.questions.push(question);
                }
            }
            Some((Frame::Refused, _, _)) => {}
            None => {
                if !open_ungrouped {
                    sections.push(Section {
                        name: None,
                        label: Text::new(),
                        hint: Text::new(),
                        relevant: None,
                        appearance: None,
                        items: Vec::new(),
                    });
                    open_ungrouped = true;
                }
                if let Some(s) = sections.last_mut() {
                    s.items.push(Item::Question(question));
                }
            }
        }
    }
    for (_, begin, name) in &stack {
        errors.at(
            survey.sheet,
            Some(*begin),
            survey.col(Field::Type),
            format!(
                "the group '{name}' is never closed: add an end_group row after its last question"
            ),
        );
    }

    // Choice lists the selects use.
    for (r, list) in &list_uses {
        if !choice_lists.iter().any(|l| &l.name == list) {
            let known: Vec<&str> = choice_lists.iter().map(|l| l.name.as_str()).collect();
            errors.at(
                survey.sheet,
                Some(*r),
                survey.col(Field::Type),
                if choices_sheet.is_none() {
                    format!("the choice list '{list}' is missing: the workbook has no sheet 'choices'; add it with the columns list_name, name and label")
                } else {
                    format!(
                        "the choice list '{list}' is missing from the choices sheet (its lists: {}); add its choices or correct the name",
                        if known.is_empty() { "none".to_string() } else { known.join(", ") }
                    )
                },
            );
        }
    }

    // Matrices: select questions on one list.
    for s in &mut sections {
        let section_matrix = s.is_matrix();
        let section_name = s.name.clone().unwrap_or_default();
        if section_matrix {
            let questions: Vec<&Question> = s.questions().collect();
            if let Some(m) = check_matrix(
                &section_name,
                &questions,
                s.items.iter().any(|i| matches!(i, Item::Matrix(_))),
            ) {
                errors.at(
                    survey.sheet,
                    group_rows.get(&section_name).copied(),
                    survey.col(Field::Type),
                    m,
                );
            }
        }
        for item in &mut s.items {
            if let Item::Matrix(m) = item {
                let questions: Vec<&Question> = m.questions.iter().collect();
                if let Some(msg) = check_matrix(&m.name, &questions, false) {
                    errors.at(
                        survey.sheet,
                        group_rows.get(&m.name).copied(),
                        survey.col(Field::Type),
                        msg,
                    );
                }
                m.list = m
                    .questions
                    .first()
                    .and_then(|q| q.kind.list())
                    .unwrap_or_default()
                    .to_string();
            }
        }
        if s.name.is_some() && s.items.is_empty() && !section_matrix {
            errors.at(
                survey.sheet,
                group_rows.get(&section_name).copied(),
                survey.col(Field::Type),
                format!(
                    "the group '{section_name}' holds no question: add its questions or remove it"
                ),
            );
        }
    }
    if survey_sheet.is_some() && sections.is_empty() && errors.list.is_empty() {
        errors.at(
            survey.sheet,
            None,
            None,
            "the survey sheet holds no question".into(),
        );
    }

    // References: only earlier questions, never the question itself in relevant.
    for check in &ref_checks {
        let mut seen = Vec::new();
        let col = Some(&check.col).filter(|c| c.index != usize::MAX);
        if !check.constraint && check.expr.uses_current() {
            errors.at(
                survey.sheet,
                Some(check.row),
                col,
                format!("'.' (the question's own answer) has a meaning in a constraint only, not in relevant ('{}'); refer to questions as ${{name}}", check.expr),
            );
        }
        for name in check.expr.references() {
            if seen.contains(&name) {
                continue;
            }
            seen.push(name);
            let problem = match names.get(name) {
                None => Some(format!(
                    "${{{name}}} is not a question of this form (in '{}'); correct the name",
                    check.expr
                )),
                Some(_) if check.owner.as_deref() == Some(name) && check.constraint => None,
                Some(_) if check.owner.as_deref() == Some(name) => Some(format!(
                    "the question refers to itself (${{{name}}} in '{}'): relevant decides whether it is asked, so it can only use earlier answers",
                    check.expr
                )),
                Some((_, Named::Group)) => Some(format!(
                    "${{{name}}} is a group, which has no answer (in '{}'); refer to one of its questions",
                    check.expr
                )),
                Some((_, Named::Note)) => Some(format!(
                    "${{{name}}} is a note, which has no answer (in '{}'); refer to a question",
                    check.expr
                )),
                Some((row, _)) if *row > check.row => Some(format!(
                    "${{{name}}} comes later (row {}) than this row (in '{}'): a condition can only use answers given before it, which also rules out circular relevant conditions; move the question up or change the condition",
                    row + 1,
                    check.expr
                )),
                Some(_) => None,
            };
            if let Some(m) = problem {
                errors.at(survey.sheet, Some(check.row), col, m);
            }
        }
    }

    // Defaults must be answers.
    for d in &default_checks {
        let list = d
            .kind
            .list()
            .and_then(|l| choice_lists.iter().find(|c| c.name == l));
        if d.kind.list().is_some() && list.is_none() {
            continue; // the missing list is reported
        }
        if let Err(m) = crate::validate::parse_default(&d.kind, list, &d.value) {
            errors.at(
                survey.sheet,
                Some(d.row),
                Some(&d.col),
                format!("the default '{}' {m}", d.value),
            );
        }
    }

    let mut all = fatal;
    all.extend(errors.finish());
    if !all.is_empty() {
        return Err(FormErrors(all));
    }
    Ok(Questionnaire {
        id,
        title,
        version,
        default_language: default.code.clone(),
        languages,
        sections,
        choice_lists,
    })
}

fn dedup(mut v: Vec<String>) -> Vec<String> {
    let mut seen = Vec::new();
    v.retain(|x| {
        let new = !seen.contains(x);
        if new {
            seen.push(x.clone());
        }
        new
    });
    v
}

/// A begin row whose type is a repeat.
fn repeat_rows_contains(survey: &Table<'_>, row: usize) -> bool {
    matches!(
        parse_type(survey.value(row, Field::Type)),
        Ok(RowType::BeginRepeat)
    )
}

fn no_col(field: Field) -> Col {
    Col {
        index: usize::MAX,
        header: String::new(),
        field,
        tag: None,
        code: None,
    }
}

fn check_matrix(name: &str, questions: &[&Question], nested: bool) -> Option<String> {
    if nested {
        return Some(format!(
            "the group '{name}' is a table (table-list) and holds another group; a table holds select questions only"
        ));
    }
    if questions.is_empty() {
        return Some(format!(
            "the table '{name}' holds no question: add its rows or remove it"
        ));
    }
    let mut lists: Vec<(String, String)> = Vec::new();
    for q in questions {
        match q.kind.list() {
            None => {
                return Some(format!(
                    "the table '{name}' (appearance table-list) holds '{}', which is not a select question; a table's rows are select questions on one choice list: move it out of the table",
                    q.name
                ));
            }
            Some(l) => lists.push((q.name.clone(), l.to_string())),
        }
    }
    if let Some((first_q, first_l)) = lists.first()
        && let Some((q, l)) = lists.iter().find(|(_, l)| l != first_l)
    {
        return Some(format!(
            "the table '{name}' (appearance table-list) mixes choice lists: '{first_q}' uses '{first_l}' and '{q}' uses '{l}'; every row of a table uses the same list"
        ));
    }
    None
}

fn parse_expression(
    table: &Table<'_>,
    r: usize,
    field: Field,
    errors: &mut Errors,
) -> Option<Expression> {
    let src = table.value(r, field);
    if src.is_empty() {
        return None;
    }
    match Expression::parse(src) {
        Ok(e) => Some(e),
        Err(e) => {
            errors.at(
                table.sheet,
                Some(r),
                table.col(field),
                format!("'{src}' cannot be evaluated, {e}"),
            );
            None
        }
    }
}

/// `${…}` inside texts (answers piped into labels) is not supported.
fn check_piping(table: &Table<'_>, r: usize, fields: &[Field], errors: &mut Errors) {
    for c in table.filled(r, fields) {
        let v = table.sheet.cell(r, c.index);
        if v.contains("${") {
            errors.at(
                table.sheet,
                Some(r),
                Some(c),
                "${…} in a text (an answer shown inside a label) is not supported; write the text without it".into(),
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// Export

/// The XLSForm's sheets for a questionnaire.
pub fn export_workbook(q: &Questionnaire) -> Workbook {
    let default = q
        .languages
        .iter()
        .find(|l| l.code == q.default_language)
        .cloned()
        .unwrap_or_else(Language::implicit_default);
    let others: Vec<&Language> = q
        .languages
        .iter()
        .filter(|l| l.code != default.code)
        .collect();
    let header_for = |base: &str, l: &Language| {
        if l.code == default.code {
            base.to_string()
        } else {
            format!("{base}::{}", l.tag())
        }
    };
    let in_order: Vec<&Language> = std::iter::once(&default)
        .chain(others.iter().copied())
        .collect();

    // What each survey row says, by column header.
    let mut rows: Vec<BTreeMap<String, String>> = Vec::new();
    let put_texts = |row: &mut BTreeMap<String, String>, base: &str, text: &Text| {
        for l in &in_order {
            if let Some(t) = text.get(&l.code) {
                row.insert(header_for(base, l), t.to_string());
            }
        }
    };
    let question_row = |qn: &Question| {
        let mut row = BTreeMap::new();
        row.insert("type".to_string(), qn.kind.xlsform_type());
        row.insert("name".to_string(), qn.name.clone());
        put_texts(&mut row, "label", &qn.label);
        put_texts(&mut row, "hint", &qn.hint);
        if qn.required {
            row.insert("required".to_string(), "yes".to_string());
        }
        put_texts(&mut row, "required_message", &qn.required_message);
        if let Some(c) = &qn.constraint {
            row.insert("constraint".to_string(), c.source().to_string());
        }
        put_texts(&mut row, "constraint_message", &qn.constraint_message);
        if let Some(r) = &qn.relevant {
            row.insert("relevant".to_string(), r.source().to_string());
        }
        if let Some(a) = &qn.appearance {
            row.insert("appearance".to_string(), a.clone());
        }
        if let Some(d) = &qn.default {
            row.insert("default".to_string(), d.clone());
        }
        row
    };
    let group_row = |name: &str,
                     label: &Text,
                     hint: &Text,
                     relevant: Option<&Expression>,
                     appearance: Option<&str>| {
        let mut row = BTreeMap::new();
        row.insert("type".to_string(), "begin_group".to_string());
        row.insert("name".to_string(), name.to_string());
        put_texts(&mut row, "label", label);
        put_texts(&mut row, "hint", hint);
        if let Some(r) = relevant {
            row.insert("relevant".to_string(), r.source().to_string());
        }
        if let Some(a) = appearance {
            row.insert("appearance".to_string(), a.to_string());
        }
        row
    };
    let end_row = || {
        let mut row = BTreeMap::new();
        row.insert("type".to_string(), "end_group".to_string());
        row
    };
    for s in &q.sections {
        if let Some(name) = &s.name {
            rows.push(group_row(
                name,
                &s.label,
                &s.hint,
                s.relevant.as_ref(),
                s.appearance.as_deref(),
            ));
        }
        for item in &s.items {
            match item {
                Item::Question(qn) => rows.push(question_row(qn)),
                Item::Matrix(m) => {
                    rows.push(group_row(
                        &m.name,
                        &m.label,
                        &m.hint,
                        m.relevant.as_ref(),
                        Some(&m.appearance),
                    ));
                    rows.extend(m.questions.iter().map(&question_row));
                    rows.push(end_row());
                }
            }
        }
        if s.name.is_some() {
            rows.push(end_row());
        }
    }

    // The columns: every language's label (so that every language survives), the others
    // when used.
    let mut headers: Vec<String> = vec!["type".into(), "name".into()];
    for base in [
        "label",
        "hint",
        "required",
        "required_message",
        "constraint",
        "constraint_message",
        "relevant",
        "appearance",
        "default",
    ] {
        let translatable = matches!(
            base,
            "label" | "hint" | "required_message" | "constraint_message"
        );
        if translatable {
            for l in &in_order {
                let h = header_for(base, l);
                if base == "label" || rows.iter().any(|r| r.contains_key(&h)) {
                    headers.push(h);
                }
            }
        } else if rows.iter().any(|r| r.contains_key(base)) {
            headers.push(base.to_string());
        }
    }
    let grid = |headers: &[String], rows: &[BTreeMap<String, String>]| {
        let mut out = vec![headers.to_vec()];
        out.extend(rows.iter().map(|r| {
            headers
                .iter()
                .map(|h| r.get(h).cloned().unwrap_or_default())
                .collect()
        }));
        out
    };
    let survey = Sheet::new("survey", grid(&headers, &rows));

    let mut choice_headers: Vec<String> = vec!["list_name".into(), "name".into()];
    choice_headers.extend(in_order.iter().map(|l| header_for("label", l)));
    let mut choice_rows = Vec::new();
    for list in &q.choice_lists {
        for c in &list.choices {
            let mut row = BTreeMap::new();
            row.insert("list_name".to_string(), list.name.clone());
            row.insert("name".to_string(), c.name.clone());
            put_texts(&mut row, "label", &c.label);
            choice_rows.push(row);
        }
    }
    let choices = Sheet::new("choices", grid(&choice_headers, &choice_rows));

    let mut settings_row = BTreeMap::new();
    let mut settings_headers: Vec<String> = vec!["form_id".into(), "form_title".into()];
    settings_row.insert("form_id".to_string(), q.id.clone());
    if let Some(t) = q.title.get(&default.code) {
        settings_row.insert("form_title".to_string(), t.to_string());
    }
    if let Some(v) = &q.version {
        settings_headers.push("version".into());
        settings_row.insert("version".to_string(), v.clone());
    }
    if default != Language::implicit_default() {
        settings_headers.push("default_language".into());
        settings_row.insert("default_language".to_string(), default.tag());
    }
    for l in &others {
        if let Some(t) = q.title.get(&l.code) {
            let h = format!("form_title_translation::{}", l.tag());
            settings_row.insert(h.clone(), t.to_string());
            settings_headers.push(h);
        }
    }
    let settings = Sheet::new("settings", grid(&settings_headers, &[settings_row]));
    Workbook {
        sheets: vec![survey, choices, settings],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::Kind;

    fn sheet(name: &str, rows: &[&[&str]]) -> Sheet {
        Sheet::new(
            name,
            rows.iter()
                .map(|r| r.iter().map(|c| c.to_string()).collect())
                .collect(),
        )
    }

    fn book(survey: &[&[&str]], choices: &[&[&str]], settings: &[&[&str]]) -> Workbook {
        let settings: &[&[&str]] = if settings.is_empty() {
            &[&["form_id", "form_title"], &["t", "T"]]
        } else {
            settings
        };
        Workbook {
            sheets: vec![
                sheet("survey", survey),
                sheet("choices", choices),
                sheet("settings", settings),
            ],
        }
    }

    const YES_NO: &[&[&str]] = &[
        &["list_name", "name", "label"],
        &["yn", "yes", "Yes"],
        &["yn", "no", "No"],
    ];

    fn errors(b: &Workbook) -> Vec<String> {
        match import_workbook(b) {
            Ok(q) => panic!("imported: {q:?}"),
            Err(e) => e.0.iter().map(ToString::to_string).collect(),
        }
    }

    fn has(errors: &[String], text: &str) {
        assert!(
            errors.iter().any(|e| e.contains(text)),
            "no error with '{text}' in:\n{}",
            errors.join("\n")
        );
    }

    #[test]
    fn headers_in_the_spellings_pyxform_reads() {
        let b = book(
            &[
                &[
                    "Type",
                    "Name",
                    "Caption",
                    "Hint",
                    "bind:relevant",
                    "bind:constraint",
                    "jr:constraintMsg",
                    "Required",
                    "requiredMsg",
                    "Appearance",
                    "Default",
                ],
                &[
                    "select one from yn",
                    "a",
                    "A?",
                    "",
                    "",
                    "",
                    "",
                    "TRUE",
                    "Say it",
                    "minimal",
                    "yes",
                ],
                &[
                    "int",
                    "b",
                    "B?",
                    "h",
                    "${a} = 'yes'",
                    ". > 1",
                    "More than 1",
                    "",
                    "",
                    "",
                    "2",
                ],
            ],
            &[
                &["List Name", "Value", "Label"],
                &["yn", "yes", "Yes"],
                &["yn", "no", "No"],
            ],
            &[],
        );
        let q = import_workbook(&b).unwrap();
        let a = q.question("a").unwrap();
        assert_eq!(a.kind, Kind::SelectOne("yn".into()));
        assert!(a.required);
        assert_eq!(a.required_message.get("default"), Some("Say it"));
        assert_eq!(a.appearance.as_deref(), Some("minimal"));
        let b_ = q.question("b").unwrap();
        assert_eq!(b_.kind, Kind::Integer);
        assert_eq!(b_.relevant.as_ref().unwrap().source(), "${a} = 'yes'");
        assert_eq!(b_.constraint_message.get("default"), Some("More than 1"));
        assert_eq!(b_.default.as_deref(), Some("2"));
    }

    #[test]
    fn the_default_language() {
        let survey_plain: &[&[&str]] = &[&["type", "name", "label"], &["text", "a", "A"]];
        let q = import_workbook(&book(survey_plain, &[], &[])).unwrap();
        assert_eq!(q.languages, vec![Language::implicit_default()]);

        let tagged: &[&[&str]] = &[
            &["type", "name", "label::French (fr)", "label::German (de)"],
            &["text", "a", "Un", "Eins"],
        ];
        let q = import_workbook(&book(tagged, &[], &[])).unwrap();
        assert_eq!(
            q.default_language, "fr",
            "the first language of the columns"
        );
        assert_eq!(q.title.get("fr"), Some("T"));

        let settings: &[&[&str]] = &[
            &[
                "form_id",
                "form_title",
                "default_language",
                "form_title_translation::German (de)",
            ],
            &["t", "Title", "English (en)", "Titel"],
        ];
        let mixed: &[&[&str]] = &[
            &["type", "name", "label", "label::German (de)"],
            &["text", "a", "One", "Eins"],
        ];
        let q = import_workbook(&book(mixed, &[], settings)).unwrap();
        let codes: Vec<&str> = q.languages.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["en", "de"]);
        assert_eq!(q.label("a", "en"), Some("One"));
        assert_eq!(q.title("de"), "Titel");

        let e = errors(&book(
            tagged,
            &[],
            &[
                &["form_id", "form_title", "default_language"],
                &["t", "T", "English (en)"],
            ],
        ));
        has(
            &e,
            "column 'default_language' (C): the default_language 'English (en)' is none of the languages of the columns (French (fr), German (de))",
        );

        let twice: &[&[&str]] = &[
            &["type", "name", "label::German (de)", "hint::Deutsch (de)"],
            &["text", "a", "Eins", "Hinweis"],
        ];
        has(
            &errors(&book(twice, &[], &[])),
            "column 'hint::Deutsch (de)' (D): the language code 'de' is already the code of 'German (de)'",
        );

        let same: &[&[&str]] = &[
            &["type", "name", "label", "label::English (en)"],
            &["text", "a", "One", "One"],
        ];
        has(
            &errors(&book(same, &[], settings)),
            "row 1, column 'label::English (en)' (D): this column says the same as column 'label' (C)",
        );

        let e = errors(&book(
            survey_plain,
            &[],
            &[&["form_id", "form_title::German (de)"], &["t", "Titel"]],
        ));
        has(
            &e,
            "pyxform cannot read a translated form_title; name the column form_title_translation::German (de)",
        );
    }

    #[test]
    fn columns_not_understood_are_refused_unless_empty_or_harmless() {
        let b = book(
            &[
                &[
                    "type",
                    "name",
                    "label",
                    "notes",
                    "hxl",
                    "colour",
                    "constraint-msg",
                ],
                &["text", "a", "A", "an author's remark", "#indicator", "", ""],
                &["text", "b", "B", "", "", "", "", "stray"],
            ],
            &[],
            &[
                &["form_id", "form_title", "style", "public_key"],
                &["t", "T", "pages", ""],
            ],
        );
        let e = errors(&b);
        assert_eq!(e.len(), 1, "{e:?}");
        has(
            &e,
            "sheet 'survey', row 3, column H: this cell has a value but its column has no header",
        );
        let b = book(
            &[
                &["type", "name", "label", "colour"],
                &["text", "a", "A", "red"],
                &["text", "b", "B", "blue"],
            ],
            &[],
            &[],
        );
        has(
            &errors(&b),
            "row 2, column 'colour' (D): unknown column 'colour'",
        );
        has(&errors(&b), "(and 1 more row)");
    }

    #[test]
    fn sections_matrices_and_what_nests_too_deep() {
        let ok: &[&[&str]] = &[
            &["type", "name", "label", "appearance"],
            &["note", "hello", "Hello", ""],
            &["begin_group", "s1", "Section 1", "field-list"],
            &["select_one yn", "q1", "Q1", ""],
            &["begin group", "grid", "Grid", "table-list"],
            &["select_one yn", "g1", "G1", ""],
            &["select_one yn", "g2", "G2", ""],
            &["end group", "grid", "", ""],
            &["text", "q2", "Q2", ""],
            &["end_group", "", "", ""],
            &["text", "last", "Last", ""],
        ];
        let q = import_workbook(&book(ok, YES_NO, &[])).unwrap();
        assert_eq!(q.sections.len(), 3);
        assert_eq!(q.sections[0].name, None);
        assert_eq!(
            q.sections[2].name, None,
            "questions after a group are a section of their own"
        );
        let Item::Matrix(m) = &q.sections[1].items[1] else {
            panic!("a matrix")
        };
        assert_eq!(
            (m.name.as_str(), m.list.as_str(), m.questions.len()),
            ("grid", "yn", 2)
        );
        assert_eq!(import_workbook(&export_workbook(&q)).unwrap(), q);

        let bad: &[&[&str]] = &[
            &["type", "name", "label", "appearance"],
            &["begin_group", "s1", "Section 1", ""],
            &["begin_group", "inner", "Inner", "field-list"],
            &["text", "q1", "Q1", ""],
            &["end_group", "", "", ""],
            &["begin_group", "grid", "Grid", "table-list"],
            &["select_one yn", "g1", "G1", ""],
            &["select_one other", "g2", "G2", ""],
            &["integer", "g3", "G3", ""],
            &["end_group", "", "", ""],
            &["begin_group", "empty", "Empty", ""],
            &["end_group", "", "", ""],
            &["end_group", "", "", ""],
            &["end_group", "", "", ""],
            &["begin_group", "open", "Open", ""],
            &["text", "q9", "Q9", ""],
        ];
        let e = errors(&book(
            bad,
            &[
                &["list_name", "name", "label"],
                &["yn", "yes", "Yes"],
                &["other", "x", "X"],
            ],
            &[],
        ));
        has(
            &e,
            "row 3, column 'type' (A): groups nested this deep are not supported",
        );
        has(
            &e,
            "row 6, column 'type' (A): the table 'grid' (appearance table-list) holds 'g3', which is not a select question",
        );
        has(&e, "row 11, column 'type' (A): groups nested this deep");
        has(
            &e,
            "row 14, column 'type' (A): this end_group closes nothing",
        );
        has(
            &e,
            "row 15, column 'type' (A): the group 'open' is never closed",
        );

        let mixed: &[&[&str]] = &[
            &["type", "name", "label", "appearance"],
            &["begin_group", "grid", "Grid", "table-list"],
            &["select_one yn", "g1", "G1", ""],
            &["select_multiple other", "g2", "G2", ""],
            &["end_group", "", "", ""],
            &["begin_group", "nothing", "Nothing", ""],
            &["end_group", "", "", ""],
            &["begin_repeat", "people", "People", ""],
            &["text", "who", "Who", ""],
            &["end_group", "", "", ""],
        ];
        let e = errors(&book(
            mixed,
            &[
                &["list_name", "name", "label"],
                &["yn", "yes", "Yes"],
                &["other", "x", "X"],
            ],
            &[],
        ));
        has(
            &e,
            "row 2, column 'type' (A): the table 'grid' (appearance table-list) mixes choice lists: 'g1' uses 'yn' and 'g2' uses 'other'",
        );
        has(
            &e,
            "row 6, column 'type' (A): the group 'nothing' holds no question",
        );
        has(
            &e,
            "row 8, column 'type' (A): repeats (begin_repeat) are not supported",
        );
        has(
            &e,
            "row 10, column 'type' (A): this end_group closes the repeat 'people' opened in row 8; close it with end_repeat",
        );
    }

    #[test]
    fn conditions_may_use_earlier_answers_only() {
        let s: &[&[&str]] = &[
            &["type", "name", "label", "relevant", "constraint"],
            &["note", "n", "Note", "", ""],
            &["begin_group", "g", "G", "${inside} = 'yes'", ""],
            &[
                "select_one yn",
                "inside",
                "Inside",
                "${inside} = 'yes'",
                "${inside} != 'no'",
            ],
            &["integer", "age", "Age", ". > 1", ". >= 0 and . <= ${later}"],
            &["integer", "later", "Later", "${n} = '' or ${g} = ''", ""],
            &["end_group", "", "", "", ""],
        ];
        let e = errors(&book(s, YES_NO, &[]));
        has(
            &e,
            "row 3, column 'relevant' (D): ${inside} comes later (row 4)",
        );
        has(
            &e,
            "row 4, column 'relevant' (D): the question refers to itself (${inside}",
        );
        has(
            &e,
            "row 5, column 'relevant' (D): '.' (the question's own answer) has a meaning in a constraint only",
        );
        has(
            &e,
            "row 5, column 'constraint' (E): ${later} comes later (row 6)",
        );
        has(
            &e,
            "row 6, column 'relevant' (D): ${n} is a note, which has no answer",
        );
        has(
            &e,
            "row 6, column 'relevant' (D): ${g} is a group, which has no answer",
        );
        assert!(
            !e.iter().any(|x| x.contains("row 4, column 'constraint'")),
            "a constraint may name its own question: {e:?}"
        );
        assert_eq!(e.len(), 6, "{e:#?}");
    }

    #[test]
    fn notes_required_and_defaults_must_make_sense() {
        let s: &[&[&str]] = &[
            &["type", "name", "label", "required", "default"],
            &["note", "n", "Note", "yes", ""],
            &["text", "t", "T", "${n} = 'x'", ""],
            &["integer", "i", "I", "no", "2.5"],
            &["date", "d", "D", "", "2024-02-30"],
            &["select_one yn", "s", "S", "1", "maybe"],
            &["select_multiple yn", "m", "M", "true", "yes no"],
            &["text", "piped", "Hello ${t}", "", ""],
            &["text", "nolabel", "", "", ""],
        ];
        let e = errors(&book(s, YES_NO, &[]));
        has(&e, "row 2, column 'required' (D): a note asks nothing");
        has(
            &e,
            "row 3, column 'required' (D): required must be yes or no (or empty); '${n} = 'x'' is not supported",
        );
        has(
            &e,
            "row 4, column 'default' (E): the default '2.5' is not a whole number",
        );
        has(
            &e,
            "row 5, column 'default' (E): the default '2024-02-30' is not a date written YYYY-MM-DD",
        );
        has(
            &e,
            "row 6, column 'default' (E): the default 'maybe' is not a choice of the list",
        );
        has(&e, "row 8, column 'label' (C): ${…} in a text");
        has(&e, "row 9, column 'label' (C): 'nolabel' has no label");
        assert_eq!(e.len(), 7, "{e:#?}");
    }

    #[test]
    fn problems_are_listed_sheet_by_sheet_then_row_by_row() {
        let b = book(
            &[
                &["type", "name", "label"],
                &["text", "a", "A"],
                &["geopoint", "b", "B"],
                &["text", "a", "C"],
            ],
            &[&["list_name", "name", "label"], &["yn", "", "Yes"]],
            &[&["form_id", "form_title"], &["", "T"]],
        );
        let e = errors(&b);
        assert_eq!(e.len(), 4, "{e:#?}");
        assert!(
            e[0].starts_with("sheet 'survey', row 3, column 'type' (A)"),
            "{}",
            e[0]
        );
        assert!(
            e[1].starts_with("sheet 'survey', row 4, column 'name' (B)"),
            "{}",
            e[1]
        );
        assert!(
            e[2].starts_with("sheet 'choices', row 2, column 'name' (B)"),
            "{}",
            e[2]
        );
        assert!(
            e[3].starts_with("sheet 'settings', row 2, column 'form_id' (A): form_id is empty"),
            "{}",
            e[3]
        );
        let all = import_workbook(&b).unwrap_err().to_string();
        assert!(
            all.starts_with("the XLSForm has 4 problems:\n- sheet 'survey'"),
            "{all}"
        );
    }

    #[test]
    fn a_questionnaire_made_by_hand_round_trips() {
        use crate::expr::Expression;
        use crate::form::{Choice, ChoiceList, Matrix, Question, Section};
        let t = |en: &str, hr: &str| {
            let mut x = Text::single("en", en);
            if !hr.is_empty() {
                x.set("hr", hr);
            }
            x
        };
        let question = |name: &str, kind: Kind| Question {
            name: name.into(),
            kind,
            label: t(name, &format!("{name} (hr)")),
            hint: Text::new(),
            required: false,
            required_message: Text::new(),
            constraint: None,
            constraint_message: Text::new(),
            relevant: None,
            appearance: None,
            default: None,
        };
        let mut age = question("age", Kind::Integer);
        age.required = true;
        age.constraint = Some(Expression::parse(". >= 16 and . <= 110").unwrap());
        age.constraint_message = t("16 to 110", "");
        age.default = Some("30".into());
        let mut when = question("when", Kind::Date);
        when.relevant = Some(Expression::parse("${age} > 20").unwrap());
        when.hint = t("YYYY-MM-DD", "GGGG-MM-DD");
        let q = Questionnaire {
            id: "hand_made".into(),
            title: t("Made by hand", "Ručno izrađeno"),
            version: Some("3".into()),
            default_language: "en".into(),
            languages: vec![
                Language {
                    name: "English".into(),
                    code: "en".into(),
                },
                Language {
                    name: "Hrvatski".into(),
                    code: "hr".into(),
                },
            ],
            sections: vec![
                Section {
                    name: None,
                    label: Text::new(),
                    hint: Text::new(),
                    relevant: None,
                    appearance: None,
                    items: vec![
                        Item::Question(age),
                        Item::Question(question("intro", Kind::Note)),
                    ],
                },
                Section {
                    name: Some("opinions".into()),
                    label: t("Opinions", "Mišljenja"),
                    hint: t("Say what you think", ""),
                    relevant: Some(Expression::parse("${age} >= 18").unwrap()),
                    appearance: Some("field-list".into()),
                    items: vec![
                        Item::Question(when),
                        Item::Matrix(Matrix {
                            name: "scale".into(),
                            label: t("Agree?", "Slažete li se?"),
                            hint: Text::new(),
                            relevant: None,
                            appearance: "table-list".into(),
                            list: "agree".into(),
                            questions: vec![
                                question("s1", Kind::SelectOne("agree".into())),
                                question("s2", Kind::SelectOne("agree".into())),
                            ],
                        }),
                        Item::Question(question("tags", Kind::SelectMultiple("agree".into()))),
                        Item::Question(question("money", Kind::Decimal)),
                        Item::Question(question("free", Kind::Text)),
                    ],
                },
            ],
            choice_lists: vec![ChoiceList {
                name: "agree".into(),
                choices: (1..=3)
                    .map(|i| Choice {
                        name: i.to_string(),
                        label: t(&format!("{i} <&> \"x\""), ""),
                    })
                    .collect(),
            }],
        };
        let back = crate::import(&crate::export(&q)).unwrap();
        assert_eq!(back, q);
        // The implicit default language of forms without language columns survives too.
        let mut plain = q.clone();
        plain.languages = vec![Language::implicit_default()];
        plain.default_language = "default".into();
        let rename = |t: &mut Text| {
            let en = t.get("en").map(str::to_string);
            *t = Text::new();
            if let Some(en) = en {
                t.set("default", &en);
            }
        };
        rename(&mut plain.title);
        for s in &mut plain.sections {
            rename(&mut s.label);
            rename(&mut s.hint);
            for item in &mut s.items {
                match item {
                    Item::Question(x) => {
                        rename(&mut x.label);
                        rename(&mut x.hint);
                        rename(&mut x.constraint_message);
                    }
                    Item::Matrix(m) => {
                        rename(&mut m.label);
                        for x in &mut m.questions {
                            rename(&mut x.label);
                        }
                    }
                }
            }
        }
        for l in &mut plain.choice_lists {
            for c in &mut l.choices {
                rename(&mut c.label);
            }
        }
        let book = export_workbook(&plain);
        assert_eq!(
            book.sheets[0].rows[0][2], "label",
            "the default language's column has no tag"
        );
        assert!(!book.sheets[2].rows[0].contains(&"default_language".to_string()));
        assert_eq!(import_workbook(&book).unwrap(), plain);
    }
}
