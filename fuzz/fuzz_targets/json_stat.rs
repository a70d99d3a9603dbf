//! The json stat reader on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    observatory_fuzz::read(Some(ingest::Format::JSON_STAT), "dataset.json", data);
});
