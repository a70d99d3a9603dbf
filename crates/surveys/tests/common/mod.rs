//! Shared by the tests and examples.

pub mod csv_sheets;
