//! The gisco cities reader on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    observatory_fuzz::read(
        Some(ingest::Format::GISCO_CITIES),
        "gisco_urau_2021_cities.csv",
        data,
    );
});
