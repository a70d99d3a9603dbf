//! Assessing policy together: the participatory city audit and the City Integration Agenda
//! that follows from it (issue 13).
//!
//! - [`framework`]: a framework file of `catalogue/frameworks/` (focal points, questions
//!   with scored options, guiding principles, stakeholder groups, the priorities scale),
//!   read and checked with the file, line and question in every message;
//! - [`scoring`]: an audit round's results — per question, focal point and principle, per
//!   stakeholder group and overall, perception gaps, bottlenecks and opportunities;
//! - [`disclosure`]: which groups may be shown and which count in the overall;
//! - [`robustness`]: the range of each focal point's rank under varied weights and groups;
//! - [`priorities`]: the 1–5 importance ratings of the short questionnaire;
//! - [`compare`]: a round beside the city's previous round and its peers' rounds;
//! - [`rounds`]: rounds over the store — open, invite, close, results, publication;
//! - [`respond`]: answering with a one-time token, drafts, the anonymous mode's receipts;
//! - [`tokens`]: the invitations' and receipts' secrets, stored hashed;
//! - [`export`]: CSV, JSON and text of results, invitations and raw responses;
//! - [`agenda`]: the City Integration Agenda — goals, actions, targets and their progress;
//! - [`cli`]: `observatory audit …` (parsed here, so that the binary only forwards).
//!
//! What it must not do: render HTML or hold SQL (the store keeps rounds, invitations and
//! responses; this crate decides what goes in and what the answers mean).

pub mod agenda;
pub mod cli;
pub mod compare;
pub mod disclosure;
pub mod export;
pub mod framework;
pub mod priorities;
pub mod respond;
pub mod robustness;
pub mod rounds;
pub mod scoring;
pub mod tokens;

pub use framework::{Framework, FrameworkError};
pub use scoring::{Answer, AuditResults, Response, Settings};

/// What can go wrong, in words a city's officer or a respondent can act on.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Framework(#[from] FrameworkError),
    /// Bad input: what is wrong and what to do. Nothing was written.
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    NotFound(String),
    /// Not possible in the current state (round closed, invitation used). Nothing was
    /// written.
    #[error("{0}")]
    Refused(String),
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

pub type Result<T> = std::result::Result<T, Error>;
