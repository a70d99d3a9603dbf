//! The upload's parsing: a file of any kind, its format detected, in the encoding the
//! form names (observatory_fuzz::upload).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    observatory_fuzz::upload(data);
});
