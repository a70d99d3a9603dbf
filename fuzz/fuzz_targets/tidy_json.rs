//! The tidy json reader on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    observatory_fuzz::read(Some(ingest::Format::TIDY_JSON), "tidy.json", data);
});
