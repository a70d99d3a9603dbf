//! The observatory on the web: server-rendered pages (maud), SVG charts and maps, the
//! JSON API under `/api/v1` with its OpenAPI 3.1 document, accounts with roles scoped to
//! cities, and the publication workflow (draft → submitted → published | returned).
//!
//! [`app`] builds the router from an [`AppState`], so tests call it without a socket;
//! [`serve`] binds it to an address with graceful shutdown. Every handler returns
//! `Result<_, AppError>`; [`error`] holds the one table of stable error codes.
//!
//! What it must not do: compute statistics. Figures come from the store, peers from the
//! `peers` crate, small-area counts and segregation indices from `neighbourhoods`, maps from `spatial`;
//! what the tables are called and where they are shown from the `catalogue` crate;
//! this crate only lays them out (tables, SVG charts) and checks who may see or change
//! what ([`auth::authorize`], deny by default). All assets are embedded: no CDN, no
//! network at run time.

#[macro_use]
pub mod locale;
pub mod auth;
pub mod blocking;
pub mod cache;
pub mod charts;
pub mod db;
pub mod error;
pub mod layout;
pub mod routes;
pub mod workflow;

use axum::Router;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

pub use error::{AppError, ErrorCode};

/// How the server runs: checked configuration (the CLI turns flags into this).
#[derive(Debug, Clone)]
pub struct Config {
    /// The store file.
    pub db: PathBuf,
    /// The catalogue: indicators, tables and how pages show them, areas, peers' features
    /// (the built-in one unless the program chose another).
    pub catalogue: Arc<catalogue::Catalogue>,
    /// Send session cookies with `Secure` (on unless serving plain http on loopback:
    /// browsers drop Secure cookies over http, except on localhost).
    pub secure_cookies: bool,
    /// Read connections to the store (SQLite in WAL mode lets readers run side by side).
    pub readers: usize,
    /// The bundled data, for worked examples read rather than imported (the scenario page's
    /// Aargau projection); without it those pages say so.
    pub bundle: Option<importer::bundle::Bundle>,
}

impl Config {
    pub fn new(db: PathBuf) -> Config {
        Config {
            db,
            catalogue: catalogue::active().clone(),
            secure_cookies: true,
            readers: 4,
            bundle: None,
        }
    }
}

/// Everything the handlers share.
#[derive(Debug)]
pub struct Inner {
    pub config: Config,
    pub db: db::Pool,
    pub cache: cache::Cache,
    pub limiter: auth::RateLimiter,
    pub peers: cache::PeersCache,
    /// The worked example's scenarios, read once from the bundle.
    pub examples: std::sync::OnceLock<Result<Vec<foresight::projection::Scenario>, String>>,
}

pub type AppState = Arc<Inner>;

/// Opens the store connections and the caches.
pub fn state(config: Config) -> Result<AppState, AppError> {
    let db = db::Pool::open(&config.db, config.readers.max(1))?;
    Ok(Arc::new(Inner {
        config,
        db,
        cache: cache::Cache::default(),
        limiter: auth::RateLimiter::default(),
        peers: cache::PeersCache::default(),
        examples: std::sync::OnceLock::new(),
    }))
}

/// The whole site: pages, assets, the JSON API.
pub fn app(state: AppState) -> Router {
    routes::router(state)
}

/// Serves `state` on `addr` until Ctrl-C or SIGTERM, then finishes the requests in flight.
/// `on_ready` gets the bound address (port 0 picks a free one).
pub async fn serve(
    state: AppState,
    addr: SocketAddr,
    on_ready: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    // The peers' city profiles take a few seconds to compute: do it before the first visitor.
    let warm = state.clone();
    tokio::task::spawn_blocking(move || {
        if let Err(e) = warm.peers.get(&warm) {
            tracing::warn!(error = %e.message, "city profiles not ready");
        }
    });
    let local = listener.local_addr()?;
    on_ready(local);
    tracing::info!(%local, "listening");
    axum::serve(
        listener,
        app(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
