//! The bundled real data built into this binary (see `build.rs`).

include!(concat!(env!("OUT_DIR"), "/embedded_data.rs"));
