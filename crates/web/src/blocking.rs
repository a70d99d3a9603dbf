//! Work that blocks — SQLite, Argon2, parsing an upload, encoding a large answer — runs on
//! tokio's blocking pool, so that a slow query or a password hash (tens of milliseconds by
//! design) never stalls the few async workers that serve every other request.

use crate::AppError;

/// Runs `f` on the blocking pool and waits for it without holding up an async worker.
///
/// `f` owns what it needs (clone the `AppState`, it is an `Arc`), so nothing borrowed and
/// no lock crosses the await. A panic inside `f` becomes a 500 in the caller's format.
pub async fn run<T, F>(f: F) -> Result<T, AppError>
where
    F: FnOnce() -> Result<T, AppError> + Send + 'static,
    T: Send + 'static,
{
    // The pool's threads do not see the request's task-locals: the reader goes along.
    let reader = crate::locale::reader();
    tokio::task::spawn_blocking(move || crate::locale::with_reader(reader, f))
        .await
        .map_err(|e| AppError::internal(format!("a blocking task did not finish: {e}")))?
}
