//! `peers/opinion.toml`: the public-opinion items a city's opinion page shows — one answer
//! of one survey question each, with its wording and source. Which figures go with an item
//! (share, respondents, don't know) and their intervals are the `peers` crate's.

use crate::SourceFile;
use crate::error::{CatalogueError, Result, line_of_key, parse};
use serde::{Deserialize, Serialize};

/// One opinion item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpinionItem {
    /// Stable name (message keys, anchors): `immigrants`.
    pub id: String,
    pub dataset: String,
    /// The question code as stored: `Q3_4`.
    pub variable: String,
    /// The answer code whose share is shown (breakdown `answer=<code>`).
    pub answer: String,
    /// The answer code of "don't know / no answer".
    pub dont_know: String,
    /// The question as the questionnaire asks it.
    pub wording: String,
    /// The answer counted, in words.
    pub answer_label: String,
    /// The citation shown beside every figure.
    pub source: String,
}

impl OpinionItem {
    /// The breakdown of the share shown: `answer=1`.
    pub fn answer_breakdown(&self) -> String {
        format!("answer={}", self.answer)
    }

    /// The breakdown of the don't-know share: `answer=99`.
    pub fn dont_know_breakdown(&self) -> String {
        format!("answer={}", self.dont_know)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OpinionFile {
    #[serde(default)]
    item: Vec<OpinionItem>,
}

/// Parses and checks `peers/opinion.toml`: every field filled, ids unique.
pub(crate) fn parse_opinion(file: &SourceFile) -> Result<Vec<OpinionItem>> {
    let parsed: OpinionFile = parse(&file.text, &file.location)?;
    for (i, item) in parsed.item.iter().enumerate() {
        let err = |message: String| CatalogueError::Invalid {
            file: file.location.clone(),
            line: id_line(&file.text, i),
            message,
        };
        if let Some(field) = empty_field(item) {
            return Err(err(format!(
                "opinion item '{}': {field} is empty; every item names its dataset, variable, answers, wording and source",
                item.id
            )));
        }
        if parsed.item[..i].iter().any(|o| o.id == item.id) {
            return Err(err(format!(
                "opinion item '{}' is described twice: keep one",
                item.id
            )));
        }
    }
    Ok(parsed.item)
}

/// The line of the `i`-th item's `id = "…"`.
fn id_line(text: &str, i: usize) -> Option<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| line_of_key(l, "id").is_some())
        .nth(i)
        .map(|(n, _)| n + 1)
}

fn empty_field(item: &OpinionItem) -> Option<&'static str> {
    [
        ("id", &item.id),
        ("dataset", &item.dataset),
        ("variable", &item.variable),
        ("answer", &item.answer),
        ("dont_know", &item.dont_know),
        ("wording", &item.wording),
        ("answer_label", &item.answer_label),
        ("source", &item.source),
    ]
    .into_iter()
    .find(|(_, v)| v.trim().is_empty())
    .map(|(k, _)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile {
            path: "peers/opinion.toml".into(),
            location: "peers/opinion.toml".into(),
            text: text.into(),
        }
    }

    const ITEM: &str = "[[item]]\nid = \"a\"\ndataset = \"d\"\nvariable = \"v\"\nanswer = \"1\"\ndont_know = \"99\"\nwording = \"w\"\nanswer_label = \"l\"\nsource = \"s\"\n";

    #[test]
    fn opinion_items_parse_and_duplicates_are_refused() {
        let one = parse_opinion(&file(ITEM)).unwrap();
        assert_eq!(one[0].answer_breakdown(), "answer=1");
        assert_eq!(one[0].dont_know_breakdown(), "answer=99");
        let twice = parse_opinion(&file(&format!("{ITEM}{ITEM}"))).unwrap_err();
        assert!(twice.to_string().contains("described twice"), "{twice}");
        let empty =
            parse_opinion(&file(&ITEM.replace("source = \"s\"", "source = \"\""))).unwrap_err();
        assert!(empty.to_string().contains("source is empty"), "{empty}");
    }
}
