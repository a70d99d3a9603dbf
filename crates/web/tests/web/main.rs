//! The web layer through its router, without a socket: pages, the JSON API and its
//! OpenAPI document, the authorisation matrix, the publication workflow.

mod api;
mod authz;
mod common;
mod pages;
mod workflow;
