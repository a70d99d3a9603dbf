//! The berlin lor reader on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    observatory_fuzz::read(
        Some(ingest::Format::BERLIN_LOR),
        "EWR_L21_202012E_Matrix.csv",
        data,
    );
});
