//! The city's own surveys of migrants and residents.
//!
//! * [`answer`]: what a respondent answered, one value per question.
//! * [`weighting`]: raking the responses to the population's margins, with the design
//!   effect and the effective sample size.
//! * [`estimates`]: weighted shares and means with intervals, small cells withheld.

pub mod answer;
pub mod estimates;
pub mod weighting;
