//! What leaves the observatory of a survey: the responses as CSV (one column per question,
//! with both weights) and the estimates as CSV. The command line and the web both write
//! these, so they are written here once.

use crate::answer::Answer;
use crate::collect::{self, Results};
use crate::estimates::{Domain, Statistic};
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
pub(crate) fn domain(d: &Domain) -> String {
    match d {
        Domain::All => "all".into(),
        Domain::Class(c) => c.clone(),
        Domain::NotAnswered => "(not answered)".into(),
    }
}

/// A statistic as the CSV names it.
pub(crate) fn statistic(s: &Statistic) -> String {
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
