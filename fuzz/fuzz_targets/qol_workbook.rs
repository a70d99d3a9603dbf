//! The quality of life reader on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    observatory_fuzz::read(Some(ingest::Format::QUALITY_OF_LIFE), "qol_2023.xlsx", data);
});
