//! Serves an existing store without the command line's other commands (and so without the
//! indicator engine's DataFusion build): for load tests of the web layer alone.
//!
//!     cargo run --release -p web --example serve_store -- STORE.db 127.0.0.1:8080 [CATALOGUE_DIR]
//!
//! The store must exist (create it with `observatory init`). Stops on Ctrl-C or SIGTERM.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let db = args
        .next()
        .ok_or("usage: serve_store STORE.db ADDR [CATALOGUE_DIR]")?;
    let addr: std::net::SocketAddr = args
        .next()
        .unwrap_or_else(|| "127.0.0.1:8080".into())
        .parse()
        .map_err(|e| format!("address: {e}"))?;
    let mut config = web::Config::new(db.into());
    config.secure_cookies = !addr.ip().is_loopback();
    if let Some(dir) = args.next() {
        config.catalogue = std::sync::Arc::new(
            catalogue::Catalogue::load(std::path::Path::new(&dir)).map_err(|e| e.to_string())?,
        );
    }
    let state = web::state(config).map_err(|e| e.message)?;
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?
        .block_on(web::serve(state, addr, |a| println!("http://{a}/")))
        .map_err(|e| e.to_string())
}
