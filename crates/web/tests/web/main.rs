//! The web layer through its router, without a socket: pages, the JSON API and its
//! OpenAPI document, the authorisation matrix, the publication workflow.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

mod accounts;
mod agenda;
mod api;
mod audits;
mod authz;
mod city_languages;
mod common;
mod disclosure;
mod languages;
mod mentoring;
mod neighbourhoods;
mod opinion;
mod pages;
mod report;
mod surveys;
mod templates;
mod workflow;
