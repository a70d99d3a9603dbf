//! Integration tests of the indicator engine, one module per topic.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

#[cfg(feature = "cluster")]
mod cluster;
mod disclosure;
mod golden;
mod raking;
mod silc;
mod synthetic;

use std::path::PathBuf;

pub fn repo() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

pub fn catalogue() -> engine::Catalogue {
    engine::Catalogue::load(&repo().join("catalogue")).unwrap()
}

pub fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}
