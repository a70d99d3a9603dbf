//! What people see of mentoring: a city's pairs (as mentee and as mentor), the network's
//! pairs, the practices that go with a pair, and the mentors `peers` suggests. Every list
//! holds only what the viewer may see ([`rules::may_see`]); the correspondence (message,
//! answers, who wrote them) only for the two cities' users and administrators.

use crate::rules::{self, Step};
use crate::{Result, Topics};
use serde::Serialize;
use std::collections::HashMap;
use store::Store;
use store::mentoring::{MentoringRequest, Status};
use store::users::User;

/// A city of a pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct City {
    pub code: String,
    pub name: String,
}

/// The focal point a pair works on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicRef {
    pub id: String,
    pub number: u32,
    pub title: String,
}

/// A request or pair as the network sees it: the cities, the topic, the status and dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pair {
    pub id: i64,
    pub mentee: City,
    pub mentor: City,
    pub topic: TopicRef,
    /// The thematic area of the practice library that narrows the topic, if one was given.
    pub area: Option<String>,
    pub status: Status,
    pub requested_at: String,
    /// When the mentor city answered (accepted: the pair's start).
    pub answered_at: Option<String>,
    pub ended_at: Option<String>,
}

/// What the two cities wrote, and who: for their users and administrators only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Correspondence {
    pub message: String,
    pub requested_by: String,
    pub answer: String,
    pub answered_by: Option<String>,
    pub ended_note: String,
    pub ended_by: Option<String>,
}

/// A pair for one viewer: what they may read of it and the steps they may take now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PairView {
    #[serde(flatten)]
    pub pair: Pair,
    pub correspondence: Option<Correspondence>,
    pub steps: Vec<Step>,
}

/// A city's mentoring, as one viewer sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CityMentoring {
    pub city: City,
    /// Requests the city made (mentors it has or asked for), newest first.
    pub as_mentee: Vec<PairView>,
    /// Requests the city received (cities it mentors or was asked to), newest first.
    pub as_mentor: Vec<PairView>,
    /// Whether the viewer may ask for mentoring on behalf of this city.
    pub may_ask: bool,
}

impl CityMentoring {
    /// Requests waiting for this city's answer that the viewer may give.
    pub fn incoming(&self) -> impl Iterator<Item = &PairView> {
        self.as_mentor
            .iter()
            .filter(|p| p.pair.status == Status::Requested && p.steps.contains(&Step::Accept))
    }
}

/// The network's mentoring, as one viewer sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Network {
    /// Accepted pairs, newest first: public.
    pub pairs: Vec<PairView>,
    /// Pairs that have ended: public.
    pub ended: Vec<PairView>,
    /// Requests waiting, declined or withdrawn that the viewer may see.
    pub requests: Vec<PairView>,
}

/// Names of cities, read once per view.
struct Names<'s> {
    store: &'s Store,
    known: HashMap<String, String>,
}

impl Names<'_> {
    fn city(&mut self, code: &str) -> Result<City> {
        if let Some(name) = self.known.get(code) {
            return Ok(City {
                code: code.into(),
                name: name.clone(),
            });
        }
        let name = self
            .store
            .geography(code)?
            .map(|g| g.name)
            .unwrap_or_else(|| code.to_string());
        self.known.insert(code.to_string(), name.clone());
        Ok(City {
            code: code.into(),
            name,
        })
    }
}

fn topic_ref(topics: &Topics, id: &str) -> TopicRef {
    match topics.get(id) {
        Some(t) => TopicRef {
            id: t.id.clone(),
            number: t.number,
            title: t.title.clone(),
        },
        // A topic removed from the catalogue since: the request keeps its id.
        None => TopicRef {
            id: id.to_string(),
            number: 0,
            title: id.to_string(),
        },
    }
}

fn view(
    names: &mut Names<'_>,
    topics: &Topics,
    who: Option<&User>,
    r: &MentoringRequest,
) -> Result<PairView> {
    let pair = Pair {
        id: r.id,
        mentee: names.city(&r.mentee)?,
        mentor: names.city(&r.mentor)?,
        topic: topic_ref(topics, &r.topic),
        area: Some(r.area.clone()).filter(|a| !a.is_empty()),
        status: r.status,
        requested_at: r.requested_at.clone(),
        answered_at: r.answered_at.clone(),
        ended_at: r.ended_at.clone(),
    };
    let correspondence = who
        .filter(|u| rules::is_party(u, r))
        .map(|_| Correspondence {
            message: r.message.clone(),
            requested_by: r.requested_by.clone(),
            answer: r.answer.clone(),
            answered_by: r.answered_by.clone(),
            ended_note: r.ended_note.clone(),
            ended_by: r.ended_by.clone(),
        });
    let steps = match who {
        Some(u) => Step::ALL
            .into_iter()
            .filter(|s| r.status.can_become(s.target()) && rules::may(u, *s, r))
            .collect(),
        None => Vec::new(),
    };
    Ok(PairView {
        pair,
        correspondence,
        steps,
    })
}

fn views(
    store: &Store,
    topics: &Topics,
    who: Option<&User>,
    requests: &[MentoringRequest],
) -> Result<Vec<PairView>> {
    let mut names = Names {
        store,
        known: HashMap::new(),
    };
    requests
        .iter()
        .filter(|r| rules::may_see(who, r))
        .map(|r| view(&mut names, topics, who, r))
        .collect()
}

/// The mentoring of the city `code` that `who` (None: the public) may see.
pub fn of_city(
    store: &Store,
    topics: &Topics,
    code: &str,
    who: Option<&User>,
) -> Result<CityMentoring> {
    let all = store.mentoring_requests(Some(code), &[])?;
    let (mentee, mentor): (Vec<MentoringRequest>, Vec<MentoringRequest>) =
        all.into_iter().partition(|r| r.mentee == code);
    let mut names = Names {
        store,
        known: HashMap::new(),
    };
    Ok(CityMentoring {
        city: names.city(code)?,
        as_mentee: views(store, topics, who, &mentee)?,
        as_mentor: views(store, topics, who, &mentor)?,
        may_ask: who.is_some_and(|u| rules::may_ask(u, code)),
    })
}

/// Every pair of the network, and the requests `who` may see.
pub fn network(store: &Store, topics: &Topics, who: Option<&User>) -> Result<Network> {
    let all = views(store, topics, who, &store.mentoring_requests(None, &[])?)?;
    let mut n = Network {
        pairs: Vec::new(),
        ended: Vec::new(),
        requests: Vec::new(),
    };
    for v in all {
        match v.pair.status {
            Status::Accepted => n.pairs.push(v),
            Status::Ended => n.ended.push(v),
            _ => n.requests.push(v),
        }
    }
    Ok(n)
}

/// The accepted pairs, as the open API gives them.
pub fn accepted(store: &Store, topics: &Topics) -> Result<Vec<Pair>> {
    let accepted = store.mentoring_requests(None, &[Status::Accepted])?;
    Ok(views(store, topics, None, &accepted)?
        .into_iter()
        .map(|v| v.pair)
        .collect())
}

/// One request, if `who` may see it.
pub fn one(store: &Store, topics: &Topics, id: i64, who: Option<&User>) -> Result<PairView> {
    let r = store
        .mentoring_request(id)?
        .filter(|r| rules::may_see(who, r))
        .ok_or(crate::MentoringError::NotFound(id))?;
    Ok(views(store, topics, who, std::slice::from_ref(&r))?.remove(0))
}

/// A practice of the library that goes with a pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkedPractice {
    pub id: String,
    pub title: String,
    /// The pair's cities it names (codes): the mentee's, the mentor's, or both.
    pub cities: Vec<String>,
    /// Its thematic areas among those of the pair.
    pub areas: Vec<String>,
    pub evidence_level: String,
}

/// The practices of the two cities of a pair on its topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PairPractices {
    /// The thematic areas the practices were chosen by: the request's area, else the
    /// topic's; empty when the topic maps to none (then every practice of the two cities).
    pub areas: Vec<String>,
    pub practices: Vec<LinkedPractice>,
}

/// The library's practices of either city of `pair` in the thematic areas of its topic
/// (or of the area the request named), those of both cities first, then by id.
pub fn practices(store: &Store, topics: &Topics, pair: &Pair) -> Result<PairPractices> {
    let areas: Vec<String> = match &pair.area {
        Some(a) => vec![a.clone()],
        None => topics
            .get(&pair.topic.id)
            .map(|t| t.areas.clone())
            .unwrap_or_default(),
    };
    let mut by_id: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for city in [&pair.mentee.code, &pair.mentor.code] {
        for id in store.practices_of_place(city)? {
            by_id.entry(id).or_default().push(city.clone());
        }
    }
    let mut found = Vec::new();
    for (id, cities) in by_id {
        let Some(p) = store.practice(&id)? else {
            continue;
        };
        let theirs: Vec<String> = p
            .facets
            .iter()
            .filter(|(f, v)| f == "thematic_area" && (areas.is_empty() || areas.contains(v)))
            .map(|(_, v)| v.clone())
            .collect();
        if !areas.is_empty() && theirs.is_empty() {
            continue;
        }
        found.push(LinkedPractice {
            id: p.id,
            title: p.title,
            cities,
            areas: theirs,
            evidence_level: p
                .facets
                .iter()
                .find(|(f, _)| f == "evidence_level")
                .map(|(_, v)| v.clone())
                .unwrap_or(p.evidence_level),
        });
    }
    found.sort_by(|a, b| b.cities.len().cmp(&a.cities.len()).then(a.id.cmp(&b.id)));
    Ok(PairPractices {
        areas,
        practices: found,
    })
}

/// The mentors `peers` suggests for the city `code`: similar today, longer immigration
/// experience, better outcomes, each with why (the same rule as `observatory mentors`).
pub fn suggestions(cities: &peers::Cities, code: &str) -> Result<peers::Mentors> {
    Ok(cities.mentors(code, &peers::MentorQuery::default())?)
}
