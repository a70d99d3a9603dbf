//! A shapefile's .shp and .dbf (spatial::shapefile_from_bytes) on arbitrary bytes: the
//! first two bytes say where the .shp ends and the .dbf begins.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let cut = usize::from(u16::from_le_bytes([data[0], data[1]]));
    let rest = &data[2..];
    let (shp, dbf) = rest.split_at(cut.min(rest.len()));
    let _ = spatial::shapefile_from_bytes(shp, Some(dbf), "fuzz.shp", "fuzz.dbf");
    let _ = spatial::shapefile_from_bytes(rest, None, "fuzz.shp", "fuzz.dbf");
});
