//! The vienna ogd reader on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    observatory_fuzz::read(
        Some(ingest::Format::VIENNA_OGD),
        "vie-zbz-pop-sex-nat-geo2-mig-2007f.csv",
        data,
    );
});
