//! What leaves the observatory of a survey: the responses as CSV (one column per question,
//! with both weights) with the codebook that explains its columns, and the estimates as
//! CSV. The command line and the web both write
//! these, so they are written here once.

use crate::answer::Answer;
use crate::collect::{self, Results};
use crate::estimates::{Domain, Statistic};
use crate::form::{Kind, Questionnaire, Text};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use store::Store;

/// The submitted responses of a survey, one row each: the response's random id, its weight
/// before and after calibration, then one column per question (notes included, empty),
/// multiple choices separated by spaces as XLSForm exports write them. Gives the bytes and
/// the number of responses.
pub fn responses_csv(store: &Store, survey: i64) -> collect::Result<(Vec<u8>, usize)> {
    let (_, q) = collect::survey(store, survey)?;
    let rs = collect::responses(store, survey)?;
    let weights: std::collections::BTreeMap<String, (Option<f64>, Option<f64>)> = store
        .survey_weights(survey)?
        .into_iter()
        .map(|(id, b, c)| (id, (b, c)))
        .collect();
    let names: Vec<&str> = q.questions().map(|x| x.name.as_str()).collect();
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["response", "weight_base", "weight_calibrated"];
    header.extend(&names);
    let csv_err = |x: csv::Error| collect::CollectError::Refused(x.to_string());
    w.write_record(&header).map_err(csv_err)?;
    for (id, a) in &rs {
        let (b, c) = weights.get(id).copied().unwrap_or((None, None));
        let mut row = vec![id.clone(), opt(b), opt(c)];
        row.extend(
            names
                .iter()
                .map(|n| a.get(*n).map(value).unwrap_or_default()),
        );
        w.write_record(&row).map_err(csv_err)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|x| collect::CollectError::Refused(x.to_string()))?;
    Ok((bytes, rs.len()))
}

/// What each column of [`responses_csv`] holds, so that a file read years later, or by
/// someone who never saw the questionnaire, can still be read: the codebook that the
/// responses CSV travels with.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Codebook {
    pub questionnaire: String,
    pub version: Option<String>,
    pub title: Text,
    /// The questionnaire's languages, by code.
    pub languages: BTreeMap<String, String>,
    pub default_language: String,
    pub columns: Vec<Column>,
}

/// One column of the responses CSV.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Column {
    pub name: String,
    /// The XLSForm type (`select_one LIST`, `integer`, …), or `weight` / `id`.
    #[serde(rename = "type")]
    pub kind: String,
    pub label: Text,
    /// The page (section) the question is on.
    pub section: Option<Text>,
    /// The matrix the question is a row of.
    pub matrix: Option<String>,
    pub required: bool,
    /// When the question is asked (XLSForm `relevant`); an empty cell otherwise means it
    /// was not asked.
    pub relevant: Option<String>,
    pub constraint: Option<String>,
    /// The codes a select question writes, with their labels.
    pub choices: Vec<CodedChoice>,
    /// How a multiple choice is written: the codes separated by this text.
    pub separator: Option<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CodedChoice {
    pub code: String,
    pub label: Text,
}

/// The codebook of a questionnaire's responses CSV, in the CSV's column order.
pub fn codebook(q: &Questionnaire) -> Codebook {
    let fixed = |name: &str, kind: &str, text: &str| Column {
        name: name.into(),
        kind: kind.into(),
        label: Text::single("en", text),
        section: None,
        matrix: None,
        required: true,
        relevant: None,
        constraint: None,
        choices: Vec::new(),
        separator: None,
    };
    let mut columns = vec![
        fixed(
            "response",
            "id",
            "A random id of the response; it names no respondent and no invitation.",
        ),
        fixed(
            "weight_base",
            "weight",
            "The weight before calibration (1 for every response of a simple random sample); empty until the survey is weighted.",
        ),
        fixed(
            "weight_calibrated",
            "weight",
            "The weight raked to the population's margins; empty until the survey is weighted, or when the response could not be placed in a margin.",
        ),
    ];
    for p in q.placed() {
        let x = p.question;
        let choices = x
            .kind
            .list()
            .and_then(|l| q.choice_list(l))
            .map(|l| {
                l.choices
                    .iter()
                    .map(|c| CodedChoice {
                        code: c.name.clone(),
                        label: c.label.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let section = &q.sections[p.section];
        let relevant: Vec<&str> = [
            p.section_relevant,
            p.matrix.and_then(|m| m.relevant.as_ref()),
            x.relevant.as_ref(),
        ]
        .into_iter()
        .flatten()
        .map(|e| e.source())
        .collect();
        columns.push(Column {
            name: x.name.clone(),
            kind: x.kind.xlsform_type(),
            label: x.label.clone(),
            section: (!section.label.is_empty()).then(|| section.label.clone()),
            matrix: p.matrix.map(|m| m.name.clone()),
            required: x.required,
            relevant: match relevant.len() {
                0 => None,
                1 => Some(relevant[0].to_string()),
                _ => Some(
                    relevant
                        .iter()
                        .map(|r| format!("({r})"))
                        .collect::<Vec<_>>()
                        .join(" and "),
                ),
            },
            constraint: x.constraint.as_ref().map(|c| c.source().to_string()),
            choices,
            separator: matches!(x.kind, Kind::SelectMultiple(_)).then_some(" "),
        });
    }
    Codebook {
        questionnaire: q.id.clone(),
        version: q.version.clone(),
        title: q.title.clone(),
        languages: q
            .languages
            .iter()
            .map(|l| (l.code.clone(), l.name.clone()))
            .collect(),
        default_language: q.default_language.clone(),
        columns,
    }
}

fn opt(x: Option<f64>) -> String {
    x.map(|v| v.to_string()).unwrap_or_default()
}

/// An answer as XLSForm exports write it: multiple choices separated by spaces.
fn value(a: &Answer) -> String {
    match a {
        Answer::Choice(c) => c.clone(),
        Answer::Choices(cs) => cs.join(" "),
        Answer::Number(x) => x.to_string(),
        Answer::Date(d) | Answer::Text(d) => d.clone(),
    }
}

/// A domain as the CSV names it.
pub fn domain(d: &Domain) -> String {
    match d {
        Domain::All => "all".into(),
        Domain::Class(c) => c.clone(),
        Domain::NotAnswered => "(not answered)".into(),
    }
}

/// A statistic as the CSV names it.
pub fn statistic(s: &Statistic) -> String {
    match s {
        Statistic::Share(c) => format!("share {c}"),
        Statistic::Mean => "mean".into(),
        Statistic::TopTwoBox => "top-2-box".into(),
    }
}

/// The estimates, one row per figure; a withheld figure has its reason and no numbers.
pub fn results_csv(r: &Results) -> String {
    let mut out =
        String::from("question,domain,statistic,estimate,std_error,lower,upper,n,flag,withheld\n");
    for item in &r.items {
        for f in &item.figures {
            let (e, se, lo, hi, n, flag) = match &f.estimate {
                Some(e) => (
                    e.estimate.to_string(),
                    e.std_error.to_string(),
                    e.lower.to_string(),
                    e.upper.to_string(),
                    e.n.to_string(),
                    e.flag.map(String::from).unwrap_or_default(),
                ),
                None => Default::default(),
            };
            let w = f
                .withheld
                .map(|w| format!("{w:?}").to_lowercase())
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "{},{},{},{e},{se},{lo},{hi},{n},{flag},{w}",
                item.question,
                csv_field(&domain(&f.domain)),
                csv_field(&statistic(&f.statistic))
            );
        }
    }
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
