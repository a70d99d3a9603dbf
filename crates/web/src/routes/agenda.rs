//! The City Integration Agenda (placeholder until its pages land).

use crate::AppState;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
}
