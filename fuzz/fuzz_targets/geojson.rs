//! GeoJSON boundaries (spatial::parse_geojson) on arbitrary text.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = spatial::parse_geojson(text, "fuzz.geojson");
    }
});
