//! Looking ahead from what the observatory has measured.
//!
//! - [`progress`]: how a series moves towards a target the city set (Eurostat's SDG
//!   assessment and the Open SDG / Statistics Canada method), gaps between groups
//!   included, with the probability that a verdict is not sampling noise.
//! - [`forecast`]: short annual series carried forward (naive, drift, exponential
//!   smoothing, Theta, a combination) with prediction intervals.
//! - [`projection`]: cohort-component population scenarios by nationality group, sex and
//!   single year of age, with naturalisation as a flow between groups (the FSO's method).
//! - [`demand`]: places in schools, childcare, housing, GP practices and language courses
//!   that a scenario implies.
//!
//! Nothing here reads files or the store: callers hand in text or numbers, so the CLI,
//! the web and the tests share one implementation.

pub mod demand;
pub mod forecast;
pub mod outlook;
pub mod progress;
pub mod projection;
