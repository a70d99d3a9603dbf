//! The eurostat tsv reader on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    observatory_fuzz::read(Some(ingest::Format::EUROSTAT_TSV), "lfsa_ergan.tsv", data);
});
