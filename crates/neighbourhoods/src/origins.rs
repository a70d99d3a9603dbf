//! Regions of origin as Berlin's register counts them (table t4 of the LOR statistics,
//! stored as `background=CODE`): their names, and the groups of them that do not overlap,
//! which the multigroup indices use by default for Berlin.
//!
//! Data, not logic: a city with other origin tables adds its own list beside these.

/// Names of the regions of origin in Berlin's t4 table (`background=CODE`), as they read in
/// "people with a migration background from …".
pub const ORIGIN_NAMES: &[(&str, &str)] = &[
    ("EU27", "the EU"),
    ("FR", "France"),
    ("EL", "Greece"),
    ("IT", "Italy"),
    ("AT", "Austria"),
    ("ES", "Spain"),
    ("PL", "Poland"),
    ("BG", "Bulgaria"),
    ("RO", "Romania"),
    ("HR", "Croatia"),
    ("UK", "the United Kingdom"),
    ("YU_FOR", "the former Yugoslavia"),
    ("BA", "Bosnia and Herzegovina"),
    ("RS", "Serbia"),
    ("SU_FOR", "the former Soviet Union"),
    ("RU", "Russia"),
    ("UA", "Ukraine"),
    ("KZ", "Kazakhstan"),
    ("ISLAMIC", "Islamic countries"),
    ("TR", "Turkey"),
    ("IR", "Iran"),
    ("ARAB", "Arab countries"),
    ("LB", "Lebanon"),
    ("SY", "Syria"),
    ("VN", "Vietnam"),
    ("US", "the United States"),
    ("UNDEF", "an undetermined country"),
];

/// The name of a region of origin by its code, if it is one of Berlin's.
pub fn origin_name(code: &str) -> Option<&'static str> {
    ORIGIN_NAMES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, name)| *name)
}

/// Berlin's regions of origin (t4) that do not overlap: the EU as defined at the time,
/// single countries outside it, and the Arab countries; the rest of the people with a
/// migration background form [`BERLIN_OTHER_ORIGIN`].
pub const BERLIN_ORIGINS: &[(&str, &str)] = &[
    ("background=EU27", "EU"),
    ("background=BA", "Bosnia and Herzegovina"),
    ("background=RS", "Serbia"),
    ("background=RU", "Russia"),
    ("background=UA", "Ukraine"),
    ("background=KZ", "Kazakhstan"),
    ("background=TR", "Turkey"),
    ("background=IR", "Iran"),
    ("background=ARAB", "Arab countries"),
    ("background=VN", "Vietnam"),
    ("background=US", "United States"),
];

/// The group whose remainder, after [`BERLIN_ORIGINS`], is the "other" origin group.
pub const BERLIN_ORIGINS_OF: &str = "background=WITH";

/// The name of that remainder.
pub const BERLIN_OTHER_ORIGIN: &str = "other or undetermined origin";

/// What the multigroup indices over Berlin's origins compare, for the report's notes.
pub const BERLIN_ORIGINS_NOTE: &str = "Multigroup indices: people with a migration background by region of origin, in groups that do not overlap (EU as defined at the time — with the United Kingdom until 2019 —, Bosnia and Herzegovina, Serbia, Russia, Ukraine, Kazakhstan, Turkey, Iran, Arab countries, Vietnam, United States, and all other or undetermined origins).";
