//! Mentoring between cities, from the suggestion to the pair.
//!
//! `peers` suggests mentors (cities similar today with a longer immigration experience and
//! better outcomes, each with why); this crate turns a suggestion into a flow: a newcomer
//! city asks a suggested mentor (or any Urban Audit city) for mentoring on one focal point
//! of a comprehensive approach (seed 003 §3.2, [`topics`]), the mentor city accepts or
//! declines, the asking city may withdraw while it waits, and either city ends an accepted
//! pair. The network sees the pairs and their topics ([`views`]); each pair comes with the
//! practices of the two cities in the topic's thematic areas.
//!
//! - [`topics`]: the focal points, read from `catalogue/mentoring/topics.toml`;
//! - [`rules`]: who may take which step (deny by default) and who sees what;
//! - [`flow`]: asking and the steps on a request, each checked before anything is written;
//! - [`views`]: a city's pairs, the network's pairs, a pair's practices, suggested mentors.
//!
//! What it must not do: hold SQL (the store keeps requests, their steps and audit rows),
//! render anything, or know about HTTP (the web passes the signed-in user).

pub mod flow;
pub mod rules;
pub mod topics;
pub mod views;

pub use flow::{Ask, MAX_MESSAGE, ask, take};
pub use rules::Step;
pub use store::mentoring::{MentoringRequest, Status};
pub use topics::{Topic, Topics};
pub use views::{
    City, CityMentoring, Correspondence, LinkedPractice, Network, Pair, PairPractices, PairView,
    TopicRef,
};

/// Why a mentoring request or step was refused; nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum MentoringError {
    #[error(
        "'{code}' is not a city in the store: give an Urban Audit city code such as HR004C (`observatory list geographies --level city` lists them)"
    )]
    UnknownCity { code: String },
    #[error(
        "{name} ({code}) is a {level}, not a city: mentoring is between Urban Audit cities (codes ending in C)"
    )]
    NotACity {
        code: String,
        name: String,
        level: String,
    },
    #[error("{name} cannot mentor itself: choose another city")]
    SelfMentoring { code: String, name: String },
    #[error("'{given}' is not a focal point: choose one of {known}")]
    UnknownTopic { given: String, known: String },
    #[error("'{given}' is not a thematic area of the practice library: choose one of {known}")]
    UnknownArea { given: String, known: String },
    #[error("{0}")]
    BadMessage(String),
    #[error(
        "{mentee} already asked {mentor} for mentoring on {topic} (request {id}, {status}): one open request per pair and topic"
    )]
    Duplicate {
        id: i64,
        mentee: String,
        mentor: String,
        topic: String,
        status: Status,
    },
    /// The user has no role that allows this; `who` says whose it is.
    #[error("only {who} (or an administrator) may {what}")]
    NotAllowed { who: String, what: String },
    #[error("mentoring request {id} is {}: it cannot be {}", status.as_str(), step.past())]
    WrongStatus { id: i64, status: Status, step: Step },
    /// No such request, or one the user may not see (which is not told apart).
    #[error("no mentoring request {0}")]
    NotFound(i64),
    /// The topics file (or the vocabulary it is checked against) is wrong.
    #[error("{file}: {message}")]
    Catalogue { file: String, message: String },
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error(transparent)]
    Peers(#[from] peers::PeersError),
}

pub type Result<T> = std::result::Result<T, MentoringError>;

const TOPICS: &str = "mentoring/topics.toml";

impl Topics {
    /// The topics of a catalogue (built in, or a folder that overrides it), checked
    /// against the practice vocabulary of the same catalogue.
    pub fn from_catalogue(cat: &catalogue::Catalogue) -> Result<Topics> {
        let library =
            practices::Library::from_catalogue(cat).map_err(|e| MentoringError::Catalogue {
                file: format!("practices/vocabulary.toml ({})", cat.origin),
                message: e.to_string(),
            })?;
        let areas: Vec<String> = library
            .vocabulary
            .thematic_area
            .iter()
            .map(|t| t.name.clone())
            .collect();
        let file = cat
            .files()
            .iter()
            .find(|f| f.path == TOPICS)
            .ok_or_else(|| MentoringError::Catalogue {
                file: format!("{TOPICS} ({})", cat.origin),
                message: "missing: mentoring needs the focal points it is asked on".into(),
            })?;
        Topics::parse(&file.text, &file.location, &areas)
    }

    /// The topics of the catalogue built into the program.
    pub fn builtin() -> Result<Topics> {
        let cat = catalogue::Catalogue::embedded().map_err(|e| MentoringError::Catalogue {
            file: "catalogue (built in)".into(),
            message: e.to_string(),
        })?;
        Topics::from_catalogue(&cat)
    }
}
