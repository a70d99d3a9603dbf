//! The city's own surveys of migrants and residents.
//!
//! * [`answer`]: what a respondent answered, one value per question.

pub mod answer;
