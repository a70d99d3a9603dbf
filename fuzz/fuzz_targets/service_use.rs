//! The service use reader on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    observatory_fuzz::read(Some(ingest::Format::SERVICE_USE), "service-use.csv", data);
});
