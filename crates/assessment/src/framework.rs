//! A framework: the focal points, their questions with scored options, the guiding
//! principles as a second lens, the stakeholder groups, and the priorities scale — read
//! from a TOML file of `catalogue/frameworks/` and checked once, with the file, the line,
//! the question and what to do in every message.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The folder of the catalogue that holds frameworks.
pub const FOLDER: &str = "frameworks";

/// Where a question or focal point points to in the observatory: a catalogue indicator, a
/// catalogue table, or one of the observatory's capabilities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Link {
    Indicator(String),
    Table(String),
    Capability(Capability),
}

/// The capabilities a question may point to (`capability:<name>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Capability {
    /// The observatory itself: monitoring integration outcomes.
    Observatory,
    /// The city's own figures (upload and publication).
    Data,
    /// Population scenarios and the services they need.
    ServiceDemand,
    Neighbourhoods,
    Practices,
    Peers,
    /// The look ahead on a city profile: forecasts and progress.
    Outlook,
}

impl Capability {
    pub const ALL: [Capability; 7] = [
        Capability::Observatory,
        Capability::Data,
        Capability::ServiceDemand,
        Capability::Neighbourhoods,
        Capability::Practices,
        Capability::Peers,
        Capability::Outlook,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Capability::Observatory => "observatory",
            Capability::Data => "data",
            Capability::ServiceDemand => "service-demand",
            Capability::Neighbourhoods => "neighbourhoods",
            Capability::Practices => "practices",
            Capability::Peers => "peers",
            Capability::Outlook => "outlook",
        }
    }

    /// What a reader sees.
    pub fn label(self) -> &'static str {
        match self {
            Capability::Observatory => "Integration indicators of the city (this observatory)",
            Capability::Data => "The city's own figures",
            Capability::ServiceDemand => "Population scenarios and service demand",
            Capability::Neighbourhoods => "Neighbourhood figures and segregation indices",
            Capability::Practices => "Practices of other cities",
            Capability::Peers => "Comparison with similar cities",
            Capability::Outlook => "Look ahead: forecasts and progress",
        }
    }

    /// The page, for a city (`{city}` is replaced by its code).
    pub fn path(self) -> &'static str {
        match self {
            Capability::Observatory => "/cities/{city}",
            Capability::Data => "/data",
            Capability::ServiceDemand => "/scenarios",
            Capability::Neighbourhoods => "/neighbourhoods/{city}",
            Capability::Practices => "/practices",
            Capability::Peers => "/cities/{city}#peers",
            Capability::Outlook => "/cities/{city}#outlook",
        }
    }

    fn parse(name: &str) -> Option<Capability> {
        Capability::ALL.into_iter().find(|c| c.name() == name)
    }
}

impl Link {
    fn parse(text: &str) -> Result<Link, String> {
        let (kind, id) = text.split_once(':').ok_or_else(|| {
            format!("link '{text}' has no kind: write indicator:<id>, table:<dataset> or capability:<name>")
        })?;
        match kind {
            "indicator" => Ok(Link::Indicator(id.to_string())),
            "table" => Ok(Link::Table(id.to_string())),
            "capability" => Capability::parse(id).map(Link::Capability).ok_or_else(|| {
                format!(
                    "link '{text}': no capability '{id}'; the capabilities are {}",
                    Capability::ALL.map(Capability::name).join(", ")
                )
            }),
            _ => Err(format!(
                "link '{text}': the kind '{kind}' is not indicator, table or capability"
            )),
        }
    }

    /// The link as written in the file.
    pub fn key(&self) -> String {
        match self {
            Link::Indicator(id) => format!("indicator:{id}"),
            Link::Table(id) => format!("table:{id}"),
            Link::Capability(c) => format!("capability:{}", c.name()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Principle {
    pub id: String,
    pub title: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    pub id: String,
    pub title: String,
    /// How much the group counts in the overall score (1 for every group: equal weight).
    pub weight: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Choice {
    pub score: f64,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    pub id: String,
    pub text: String,
    pub evidence: String,
    pub principles: Vec<String>,
    pub links: Vec<Link>,
    pub weight: f64,
    /// The scored options, in the order shown; "don't know" is offered besides them.
    pub options: Vec<Choice>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FocalPoint {
    pub id: String,
    pub number: u32,
    pub title: String,
    pub key_question: String,
    pub links: Vec<Link>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScalePoint {
    pub value: u8,
    pub label: String,
}

/// The short questionnaire: each focal point rated for importance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Priorities {
    pub question: String,
    pub source: String,
    /// The ratings, lowest first (1–5 in the ReSOMA survey).
    pub scale: Vec<ScalePoint>,
}

/// A checked framework.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Framework {
    pub id: String,
    pub version: String,
    pub title: String,
    pub language: String,
    pub source: String,
    pub authorship: String,
    pub principles: Vec<Principle>,
    pub groups: Vec<Group>,
    pub focal_points: Vec<FocalPoint>,
    pub priorities: Option<Priorities>,
    /// Where it was read from (for messages).
    #[serde(skip)]
    pub location: String,
    /// The file as read: a round keeps it, so that its results are always computed with
    /// the questions its respondents saw.
    #[serde(skip)]
    pub text: String,
}

/// What is wrong with a framework file: where, what, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct FrameworkError {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

// The file as written; every check that needs a clear message is made after parsing, so
// that "option without a score" says which question rather than "missing field".
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFramework {
    id: String,
    version: String,
    title: String,
    #[serde(default = "english")]
    language: String,
    source: String,
    #[serde(default)]
    authorship: String,
    #[serde(default)]
    principles: Vec<RawPrinciple>,
    #[serde(default)]
    groups: Vec<RawGroup>,
    #[serde(default)]
    focal_points: Vec<RawFocalPoint>,
    priorities: Option<RawPriorities>,
}

fn english() -> String {
    "en".into()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrinciple {
    id: String,
    title: String,
    #[serde(default)]
    description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    id: String,
    title: String,
    weight: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFocalPoint {
    id: String,
    number: u32,
    title: String,
    key_question: String,
    #[serde(default)]
    links: Vec<String>,
    #[serde(default)]
    questions: Vec<RawQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    text: String,
    #[serde(default)]
    evidence: String,
    #[serde(default)]
    principles: Vec<String>,
    #[serde(default)]
    links: Vec<String>,
    weight: Option<f64>,
    #[serde(default)]
    options: Vec<RawChoice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChoice {
    score: Option<f64>,
    text: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPriorities {
    question: String,
    #[serde(default)]
    source: String,
    scale: Vec<RawScalePoint>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScalePoint {
    value: Option<i64>,
    label: String,
}

/// Checks one file's worth of rules, collecting the location for messages.
struct Checker<'a> {
    text: &'a str,
    file: &'a str,
}

impl Checker<'_> {
    /// The line where `"id"` is first written, so a message points at the question.
    fn line_of(&self, id: &str) -> Option<usize> {
        let quoted = format!("\"{id}\"");
        self.text
            .lines()
            .position(|l| l.contains(&quoted))
            .map(|i| i + 1)
    }

    fn fail(&self, near: &str, message: String) -> FrameworkError {
        FrameworkError {
            file: self.file.to_string(),
            line: self.line_of(near),
            message,
        }
    }

    fn links(&self, near: &str, what: &str, raw: &[String]) -> Result<Vec<Link>, FrameworkError> {
        raw.iter()
            .map(|l| Link::parse(l).map_err(|m| self.fail(near, format!("{what}: {m}"))))
            .collect()
    }
}

/// A weight as given (default 1): positive and finite, or a message saying so.
fn weight(given: Option<f64>, what: &str) -> Result<f64, String> {
    match given {
        None => Ok(1.0),
        Some(w) if w.is_finite() && w > 0.0 => Ok(w),
        Some(w) => Err(format!(
            "{what} has the weight {w}: a weight is a number above 0 (leave it out for 1)"
        )),
    }
}

fn unique<'a>(
    c: &Checker<'_>,
    ids: impl IntoIterator<Item = &'a str>,
    what: &str,
) -> Result<(), FrameworkError> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if id.trim().is_empty() {
            return Err(c.fail(id, format!("a {what} has an empty id: give it one")));
        }
        if !seen.insert(id) {
            return Err(FrameworkError {
                file: c.file.to_string(),
                // The second occurrence is the one to change.
                line: c
                    .text
                    .lines()
                    .enumerate()
                    .filter(|(_, l)| l.contains(&format!("\"{id}\"")))
                    .nth(1)
                    .map(|(i, _)| i + 1),
                message: format!(
                    "the {what} id '{id}' is used twice: every {what} needs its own id"
                ),
            });
        }
    }
    Ok(())
}

impl Framework {
    /// Parses and checks a framework file; `location` names it in messages.
    pub fn parse(text: &str, location: &str) -> Result<Framework, FrameworkError> {
        let raw: RawFramework = toml::from_str(text).map_err(|e| FrameworkError {
            file: location.to_string(),
            line: e.span().map(|s| line_at(text, s.start)),
            message: e.message().trim().to_string(),
        })?;
        let c = Checker {
            text,
            file: location,
        };
        if raw.version.trim().is_empty() {
            return Err(c.fail(
                &raw.id,
                "the framework has no version: write version = \"1.0\"".into(),
            ));
        }
        unique(
            &c,
            raw.principles.iter().map(|p| p.id.as_str()),
            "principle",
        )?;
        unique(&c, raw.groups.iter().map(|g| g.id.as_str()), "group")?;
        unique(
            &c,
            raw.focal_points.iter().map(|f| f.id.as_str()),
            "focal point",
        )?;
        unique(
            &c,
            raw.focal_points
                .iter()
                .flat_map(|f| &f.questions)
                .map(|q| q.id.as_str()),
            "question",
        )?;
        if raw.focal_points.is_empty() {
            return Err(c.fail(
                &raw.id,
                "the framework has no focal points: add [[focal_points]] with [[focal_points.questions]]".into(),
            ));
        }
        if raw.groups.is_empty() {
            return Err(c.fail(
                &raw.id,
                "the framework has no stakeholder groups: add [[groups]] (id, title)".into(),
            ));
        }
        let principles: BTreeSet<&str> = raw.principles.iter().map(|p| p.id.as_str()).collect();
        let groups = raw
            .groups
            .iter()
            .map(|g| {
                Ok(Group {
                    id: g.id.clone(),
                    title: g.title.clone(),
                    weight: weight(g.weight, &format!("the group '{}'", g.id))
                        .map_err(|m| c.fail(&g.id, m))?,
                })
            })
            .collect::<Result<Vec<_>, FrameworkError>>()?;
        let focal_points = raw
            .focal_points
            .iter()
            .map(|f| focal_point(&c, f, &principles))
            .collect::<Result<Vec<_>, _>>()?;
        let priorities = raw
            .priorities
            .as_ref()
            .map(|p| priorities(&c, p))
            .transpose()?;
        Ok(Framework {
            id: raw.id,
            version: raw.version,
            title: raw.title,
            language: raw.language,
            source: raw.source,
            authorship: raw.authorship,
            principles: raw
                .principles
                .into_iter()
                .map(|p| Principle {
                    id: p.id,
                    title: p.title,
                    description: p.description,
                })
                .collect(),
            groups,
            focal_points,
            priorities,
            location: location.to_string(),
            text: text.to_string(),
        })
    }

    /// Checks that every indicator and table it links to is in `cat`.
    pub fn check_links(&self, cat: &catalogue::Catalogue) -> Result<(), FrameworkError> {
        let all = self.focal_points.iter().flat_map(|f| {
            f.links.iter().map(move |l| (f.id.as_str(), l)).chain(
                f.questions
                    .iter()
                    .flat_map(|q| q.links.iter().map(move |l| (q.id.as_str(), l))),
            )
        });
        for (owner, link) in all {
            let missing = match link {
                Link::Indicator(id) => cat.indicator(id).is_none().then_some("indicators/"),
                Link::Table(d) => cat.table(d).is_none().then_some("tables/"),
                Link::Capability(_) => None,
            };
            if let Some(folder) = missing {
                return Err(FrameworkError {
                    file: self.location.clone(),
                    line: self.line_of_id(owner),
                    message: format!(
                        "'{owner}' links to {}, which the catalogue ({}) does not have: add catalogue/{folder} for it, or correct the link",
                        link.key(),
                        cat.origin
                    ),
                });
            }
        }
        Ok(())
    }

    fn line_of_id(&self, id: &str) -> Option<usize> {
        Checker {
            text: &self.text,
            file: &self.location,
        }
        .line_of(id)
    }

    /// Every question, in order, with its focal point.
    pub fn questions(&self) -> impl Iterator<Item = (&FocalPoint, &Question)> {
        self.focal_points
            .iter()
            .flat_map(|f| f.questions.iter().map(move |q| (f, q)))
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().map(|(_, q)| q).find(|q| q.id == id)
    }

    pub fn focal_point(&self, id: &str) -> Option<&FocalPoint> {
        self.focal_points.iter().find(|f| f.id == id)
    }

    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// "comprehensive-approach 1.0".
    pub fn reference(&self) -> String {
        format!("{} {}", self.id, self.version)
    }

    /// Every text a reader of the framework sees, as (message key, English text), in the
    /// order of the file: the translations live in
    /// `catalogue/i18n/<lang>/catalogue-framework.ftl` under these keys, and the web shows
    /// one with `locale::catalogue(&[parts], english)`. The keys are
    /// [`i18n::catalogue_key`] of these parts (`<fid>` the framework's id, `<qid>` a
    /// question's id — its dot becomes `_` in the key):
    ///
    /// | text | parts |
    /// |---|---|
    /// | title | `framework, <fid>, title` |
    /// | authorship note | `framework, <fid>, authorship` |
    /// | principle | `framework, <fid>, principle, <pid>, title` and `… description` |
    /// | stakeholder group | `framework, <fid>, group, <gid>` |
    /// | focal point | `framework, <fid>, focal, <fpid>, title` and `… key_question` |
    /// | question | `framework, <fid>, question, <qid>, text` and `… evidence` |
    /// | answer option | `framework, <fid>, question, <qid>, option, <index>` (0, 1, 2 in the order shown) |
    /// | priorities | `framework, <fid>, priorities, question` and `… source` |
    /// | priorities scale | `framework, <fid>, priorities, scale, <value>` (1 … 5) |
    ///
    /// Not here: the citation (`source`) stays as published, and ids, numbers and links
    /// are not texts. An empty text (a question without evidence) has no key.
    pub fn texts(&self) -> Vec<(String, String)> {
        let fid = self.id.as_str();
        let mut out = Vec::new();
        let mut add = |parts: &[&str], text: &str| {
            if !text.trim().is_empty() {
                let mut all = vec!["framework", fid];
                all.extend_from_slice(parts);
                out.push((i18n::catalogue_key(&all), text.to_string()));
            }
        };
        add(&["title"], &self.title);
        add(&["authorship"], &self.authorship);
        for p in &self.principles {
            add(&["principle", &p.id, "title"], &p.title);
            add(&["principle", &p.id, "description"], &p.description);
        }
        for g in &self.groups {
            add(&["group", &g.id], &g.title);
        }
        if let Some(p) = &self.priorities {
            add(&["priorities", "question"], &p.question);
            add(&["priorities", "source"], &p.source);
            for s in &p.scale {
                add(&["priorities", "scale", &s.value.to_string()], &s.label);
            }
        }
        for f in &self.focal_points {
            add(&["focal", &f.id, "title"], &f.title);
            add(&["focal", &f.id, "key_question"], &f.key_question);
            for q in &f.questions {
                add(&["question", &q.id, "text"], &q.text);
                add(&["question", &q.id, "evidence"], &q.evidence);
                for (i, o) in q.options.iter().enumerate() {
                    add(&["question", &q.id, "option", &i.to_string()], &o.text);
                }
            }
        }
        out
    }
}

fn focal_point(
    c: &Checker<'_>,
    f: &RawFocalPoint,
    principles: &BTreeSet<&str>,
) -> Result<FocalPoint, FrameworkError> {
    if f.questions.is_empty() {
        return Err(c.fail(
            &f.id,
            format!(
                "the focal point '{}' has no questions: add [[focal_points.questions]] below it",
                f.id
            ),
        ));
    }
    let questions = f
        .questions
        .iter()
        .map(|q| question(c, q, principles))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(FocalPoint {
        id: f.id.clone(),
        number: f.number,
        title: f.title.clone(),
        key_question: f.key_question.clone(),
        links: c.links(&f.id, &format!("the focal point '{}'", f.id), &f.links)?,
        questions,
    })
}

fn question(
    c: &Checker<'_>,
    q: &RawQuestion,
    principles: &BTreeSet<&str>,
) -> Result<Question, FrameworkError> {
    let at = |m: String| c.fail(&q.id, format!("question '{}': {m}", q.id));
    if q.options.len() < 2 {
        return Err(at(format!(
            "it has {} option(s): give at least two, each with a score (0, 50, 100) and a text",
            q.options.len()
        )));
    }
    let mut options = Vec::new();
    for (i, o) in q.options.iter().enumerate() {
        let n = i + 1;
        let score = o.score.ok_or_else(|| {
            at(format!(
                "option {n} has no score: give it `score = 0`, `50` or `100` (\"don't know\" is offered by itself and needs no option)"
            ))
        })?;
        if !(0.0..=100.0).contains(&score) {
            return Err(at(format!(
                "option {n} has the score {score}: scores run from 0 to 100"
            )));
        }
        let text = o
            .text
            .clone()
            .filter(|t| !t.trim().is_empty())
            .ok_or_else(|| at(format!("option {n} has no text: say what the answer means")))?;
        options.push(Choice { score, text });
    }
    for p in &q.principles {
        if !principles.contains(p.as_str()) {
            return Err(at(format!(
                "the principle '{p}' is not one of the framework's [[principles]] ({}): correct it or add the principle",
                principles.iter().copied().collect::<Vec<_>>().join(", ")
            )));
        }
    }
    Ok(Question {
        id: q.id.clone(),
        text: q.text.clone(),
        evidence: q.evidence.clone(),
        principles: q.principles.clone(),
        links: c.links(&q.id, &format!("question '{}'", q.id), &q.links)?,
        weight: weight(q.weight, "it").map_err(at)?,
        options,
    })
}

fn priorities(c: &Checker<'_>, p: &RawPriorities) -> Result<Priorities, FrameworkError> {
    let at = |m: String| c.fail("scale", format!("[priorities]: {m}"));
    let mut scale = Vec::new();
    for (i, s) in p.scale.iter().enumerate() {
        let value = s.value.ok_or_else(|| {
            at(format!(
                "scale point {} has no value: give it 1 to 5",
                i + 1
            ))
        })?;
        let value = u8::try_from(value)
            .ok()
            .filter(|v| (1..=9).contains(v))
            .ok_or_else(|| at(format!("the scale value {value} is not between 1 and 9")))?;
        if scale.iter().any(|x: &ScalePoint| x.value >= value) {
            return Err(at(format!(
                "the scale value {value} is not above the one before it: list the values once each, lowest first"
            )));
        }
        scale.push(ScalePoint {
            value,
            label: s.label.clone(),
        });
    }
    if scale.len() < 2 {
        return Err(at("the scale needs at least two points".into()));
    }
    Ok(Priorities {
        question: p.question.clone(),
        source: p.source.clone(),
        scale,
    })
}

/// The line (1-based) of byte `offset` of `text`.
fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// Every framework of a catalogue (`frameworks/*.toml`), checked, links included, sorted by
/// id and version.
pub fn all(cat: &catalogue::Catalogue) -> Result<Vec<Framework>, FrameworkError> {
    let mut out = Vec::new();
    for f in cat.files() {
        let in_folder = f
            .path
            .strip_prefix(FOLDER)
            .and_then(|r| r.strip_prefix('/'))
            .is_some_and(|r| !r.contains('/'));
        if in_folder {
            let fw = Framework::parse(&f.text, &f.location)?;
            fw.check_links(cat)?;
            if out
                .iter()
                .any(|o: &Framework| o.id == fw.id && o.version == fw.version)
            {
                return Err(FrameworkError {
                    file: f.location.clone(),
                    line: None,
                    message: format!(
                        "framework {} is defined twice: give one of the files another id or version",
                        fw.reference()
                    ),
                });
            }
            out.push(fw);
        }
    }
    out.sort_by(|a, b| (&a.id, &a.version).cmp(&(&b.id, &b.version)));
    Ok(out)
}
