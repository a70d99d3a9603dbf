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
//! - [`compare`]: a round beside the city's previous round and its peers' rounds.
//!
//! What it must not do: render HTML or hold SQL (the store keeps rounds, invitations and
//! responses; this crate decides what goes in and what the answers mean).

pub mod compare;
pub mod disclosure;
pub mod framework;
pub mod priorities;
pub mod robustness;
pub mod scoring;

pub use framework::{Framework, FrameworkError};
pub use scoring::{Answer, AuditResults, Response, Settings};
