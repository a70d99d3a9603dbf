//! Caches of published data, keyed by the store's generation (which grows with every
//! import and publication) and its mentoring generation (every request, answer and end),
//! so a cached page is never older than the data it shows.

use crate::{AppError, AppState};
use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

/// A rendered response body and its type.
#[derive(Debug, Clone)]
pub struct Cached {
    pub generation: i64,
    pub etag: String,
    pub content_type: &'static str,
    pub body: Bytes,
}

/// Responses to anonymous GET requests, by path and query.
#[derive(Debug, Default)]
pub struct Cache {
    entries: RwLock<HashMap<String, Arc<Cached>>>,
}

/// Above this many entries the cache is emptied (queries are unbounded in number).
const MAX_ENTRIES: usize = 2000;

impl Cache {
    pub fn get(&self, key: &str, generation: i64) -> Option<Arc<Cached>> {
        let map = self.entries.read().unwrap_or_else(|p| p.into_inner());
        map.get(key).filter(|c| c.generation == generation).cloned()
    }

    pub fn put(&self, key: String, value: Arc<Cached>) {
        let mut map = self.entries.write().unwrap_or_else(|p| p.into_inner());
        if map.len() >= MAX_ENTRIES {
            map.clear();
        }
        map.insert(key, value);
    }
}

fn etag_for(generation: i64, body: &[u8]) -> String {
    // FNV-1a: cheap, and the generation already changes with the data.
    let mut h: u64 = 0xcbf29ce484222325;
    for b in body {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("\"g{generation}-{h:016x}\"")
}

/// The response for a cached entry, or 304 when the client already has it.
pub fn respond(c: &Cached, if_none_match: Option<&str>) -> Response {
    let not_modified = if_none_match.is_some_and(|v| v.split(',').any(|t| t.trim() == c.etag));
    let mut headers = HeaderMap::new();
    if let Ok(v) = HeaderValue::from_str(&c.etag) {
        headers.insert(header::ETAG, v);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, no-cache"),
    );
    headers.insert(
        header::VARY,
        HeaderValue::from_static("Cookie, Authorization"),
    );
    if not_modified {
        return (StatusCode::NOT_MODIFIED, headers).into_response();
    }
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(c.content_type),
    );
    (headers, c.body.clone()).into_response()
}

/// Serves a published page or API answer from the cache, or renders it with `render` and
/// caches it (anonymous requests only: signed-in users may see drafts).
pub fn cached(
    state: &AppState,
    key: &str,
    anonymous: bool,
    req_headers: &HeaderMap,
    content_type: &'static str,
    render: impl FnOnce() -> Result<Vec<u8>, AppError>,
) -> Result<Response, AppError> {
    let if_none_match = req_headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok());
    cached_as(state, key, anonymous, if_none_match, || {
        Ok((render()?, content_type))
    })
}

/// [`cached`] for a body whose type is known only once it is rendered (an API answer is
/// CSV when it has a table form and CSV was asked for, else JSON).
pub fn cached_as(
    state: &AppState,
    key: &str,
    anonymous: bool,
    if_none_match: Option<&str>,
    render: impl FnOnce() -> Result<(Vec<u8>, &'static str), AppError>,
) -> Result<Response, AppError> {
    if !anonymous {
        // Signed-in users may see drafts: nothing is shared or kept.
        let (body, content_type) = render()?;
        return Ok(private(body, content_type));
    }
    // Pages show mentoring pairs too, which change without an import: both numbers only
    // grow, so their sum changes with either.
    let generation = state
        .db
        .read(|s| Ok(s.generation()? + s.mentoring_generation()?))?;
    // The same URL is a page in each language.
    let key = &format!("{}|{key}", crate::locale::lang().tag());
    if let Some(c) = state.cache.get(key, generation) {
        return Ok(respond(&c, if_none_match));
    }
    let (body, content_type) = render()?;
    let c = Arc::new(Cached {
        generation,
        etag: etag_for(generation, &body),
        content_type,
        body: Bytes::from(body),
    });
    state.cache.put(key.to_string(), c.clone());
    Ok(respond(&c, if_none_match))
}

/// A body for one signed-in user: never stored by a cache on the way.
pub fn private(body: Vec<u8>, content_type: &'static str) -> Response {
    let mut resp = (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "private, no-store"),
        ],
        body,
    )
        .into_response();
    resp.headers_mut().insert(
        header::VARY,
        HeaderValue::from_static("Cookie, Authorization"),
    );
    resp
}

/// The peers crate's city profiles (all cities, typology), computed once per generation.
#[derive(Debug, Default)]
pub struct PeersCache {
    inner: Mutex<Option<(i64, Arc<peers::Cities>)>>,
}

impl PeersCache {
    pub fn get(&self, state: &AppState) -> Result<Arc<peers::Cities>, AppError> {
        let generation = state.db.read(|s| Ok(s.generation()?))?;
        let mut guard = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((g, c)) = guard.as_ref()
            && *g == generation
        {
            return Ok(c.clone());
        }
        let cities = state
            .db
            .read(|s| peers::Cities::load(s).map_err(AppError::internal))?;
        let cities = Arc::new(cities);
        *guard = Some((generation, cities.clone()));
        Ok(cities)
    }
}
