//! What cities mentor each other on: the ten focal points of seed 003 §3.2, read from
//! `catalogue/mentoring/topics.toml`, each with the practice library's thematic areas it
//! maps to (checked against the vocabulary, so that a renamed area cannot silently empty a
//! pair's practices).

use crate::{MentoringError, Result};
use serde::{Deserialize, Serialize};

/// One focal point.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// `fp1` … `fp10`, the ids of the city audit's framework.
    pub id: String,
    pub number: u32,
    /// The source's title, quoted.
    pub title: String,
    /// Thematic areas of the practice vocabulary where it is practised (ours); may be empty.
    pub areas: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    focal_points: Vec<Topic>,
}

/// The focal points, in their order.
#[derive(Debug, Clone, PartialEq)]
pub struct Topics {
    topics: Vec<Topic>,
    /// The vocabulary's thematic areas, for the optional area of a request.
    areas: Vec<String>,
}

impl Topics {
    /// Parses the topics file and checks it against the vocabulary's thematic `areas`;
    /// `location` names the file in messages.
    pub fn parse(text: &str, location: &str, areas: &[String]) -> Result<Topics> {
        let bad = |message: String| MentoringError::Catalogue {
            file: location.to_string(),
            message,
        };
        let file: File = toml::from_str(text).map_err(|e| bad(e.to_string()))?;
        if file.focal_points.is_empty() {
            return Err(bad("no [[focal_points]]: mentoring needs topics".into()));
        }
        for (i, t) in file.focal_points.iter().enumerate() {
            if t.id.trim().is_empty() || t.title.trim().is_empty() {
                return Err(bad(format!(
                    "[[focal_points]] number {}: id and title must not be empty",
                    t.number
                )));
            }
            if file.focal_points[..i].iter().any(|u| u.id == t.id) {
                return Err(bad(format!("focal point '{}' is defined twice", t.id)));
            }
            if let Some(a) = t.areas.iter().find(|a| !areas.contains(a)) {
                return Err(bad(format!(
                    "focal point '{}': '{a}' is not a thematic area of the practice vocabulary ({})",
                    t.id,
                    areas.join(", ")
                )));
            }
        }
        Ok(Topics {
            topics: file.focal_points,
            areas: areas.to_vec(),
        })
    }

    pub fn all(&self) -> &[Topic] {
        &self.topics
    }

    pub fn get(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// The topic `id`, or the error that lists the choices.
    pub fn find(&self, id: &str) -> Result<&Topic> {
        self.get(id.trim())
            .ok_or_else(|| MentoringError::UnknownTopic {
                given: id.to_string(),
                known: self
                    .topics
                    .iter()
                    .map(|t| t.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }

    /// The texts of the topics file a reader sees, as (key, English): each focal point's
    /// title under `catalogue-mentoring-topic-<id>` ([`i18n::catalogue_key`]). The other
    /// languages have them in `catalogue/i18n/<lang>/catalogue-mentoring.ftl`; the areas are
    /// the practice vocabulary's names, translated with it.
    pub fn texts(&self) -> Vec<(String, String)> {
        self.topics
            .iter()
            .map(|t| {
                (
                    i18n::catalogue_key(&["mentoring", "topic", &t.id]),
                    t.title.clone(),
                )
            })
            .collect()
    }

    /// The practice vocabulary's thematic areas.
    pub fn areas(&self) -> &[String] {
        &self.areas
    }

    /// `area` when it is a thematic area of the vocabulary ("" stays ""), else the error
    /// that lists them.
    pub fn area<'a>(&self, area: &'a str) -> Result<&'a str> {
        let area = area.trim();
        if area.is_empty() || self.areas.iter().any(|a| a == area) {
            return Ok(area);
        }
        Err(MentoringError::UnknownArea {
            given: area.to_string(),
            known: self.areas.join(", "),
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn areas() -> Vec<String> {
        vec!["reception".into(), "housing".into()]
    }

    #[test]
    fn a_topic_naming_an_area_the_vocabulary_lacks_is_refused_with_the_file() {
        let text = "[[focal_points]]\nid = \"fp1\"\nnumber = 1\ntitle = \"Day one\"\nareas = [\"welcome\"]\n";
        let e = Topics::parse(text, "topics.toml", &areas()).unwrap_err();
        let m = e.to_string();
        assert!(
            m.starts_with("topics.toml: focal point 'fp1': 'welcome'"),
            "{m}"
        );
        assert!(m.contains("reception, housing"), "{m}");
    }

    #[test]
    fn twice_the_same_id_is_refused() {
        let one = "[[focal_points]]\nid = \"fp1\"\nnumber = 1\ntitle = \"Day one\"\nareas = []\n";
        let e = Topics::parse(&format!("{one}{one}"), "t.toml", &areas()).unwrap_err();
        assert!(e.to_string().contains("defined twice"), "{e}");
    }

    #[test]
    fn unknown_topics_and_areas_name_the_choices() {
        let text = "[[focal_points]]\nid = \"fp1\"\nnumber = 1\ntitle = \"Day one\"\nareas = [\"reception\"]\n";
        let t = Topics::parse(text, "t.toml", &areas()).unwrap();
        assert_eq!(t.find(" fp1 ").unwrap().title, "Day one");
        let e = t.find("fp11").unwrap_err().to_string();
        assert!(e.contains("'fp11'") && e.contains("fp1"), "{e}");
        assert_eq!(t.area("").unwrap(), "");
        assert_eq!(t.area("housing").unwrap(), "housing");
        assert!(
            t.area("jobs")
                .unwrap_err()
                .to_string()
                .contains("reception, housing")
        );
    }
}
