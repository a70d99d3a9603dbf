//! Every bundled Eurostat file imports with exactly as many observations as it has
//! non-missing values, with its flags. The expected numbers were counted independently
//! (a short Python script over the raw files: TSV cells whose value part is not `:`,
//! CSV rows with a non-empty OBS_VALUE), not by this code.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use ingest::{Collect, Format, Options, read_file};
use model::{Flag, Observation};
use std::collections::HashSet;
use std::path::PathBuf;

fn data(rel: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data")).join(rel)
}

fn import(rel: &str) -> (ingest::ImportReport, Vec<Observation>) {
    let mut sink = Collect::default();
    let report = read_file(
        &data(rel),
        None,
        &Options::default(),
        &mut sink,
        &mut |_| {},
    )
    .unwrap_or_else(|e| panic!("{rel}: {e}"));
    (report, sink.observations)
}

fn count_flag(obs: &[Observation], f: Flag) -> usize {
    obs.iter().filter(|o| o.flags.contains(f)).count()
}

/// No two observations of a file share a key: nothing collapses silently in the store.
fn assert_unique_keys(rel: &str, obs: &[Observation]) {
    let keys: HashSet<String> = obs
        .iter()
        .map(|o| {
            format!(
                "{}|{}|{}|{}|{}|{:?}|{}",
                o.dataset,
                o.variable,
                o.geo,
                o.group.key(),
                o.breakdown_key(),
                o.unit,
                o.period
            )
        })
        .collect();
    assert_eq!(keys.len(), obs.len(), "{rel}: duplicate keys");
}

struct Expect {
    file: &'static str,
    format: Format,
    values: u64,
    missing: u64,
    flags: &'static [(Flag, usize)],
}

const EXPECTED: &[Expect] = &[
    Expect {
        file: "eurostat-migrant-integration/edat_lfs_9912_attainment_by_country_of_birth.tsv",
        format: Format::EUROSTAT_TSV,
        values: 48688,
        missing: 11252,
        flags: &[(Flag::Break, 6458), (Flag::LowReliability, 4802)],
    },
    Expect {
        file: "eurostat-migrant-integration/lfsa_ergan_employment_rate_by_citizenship.tsv",
        format: Format::EUROSTAT_TSV,
        values: 2777,
        missing: 463,
        flags: &[
            (Flag::Break, 382),
            (Flag::LowReliability, 198),
            (Flag::DefinitionDiffers, 72),
        ],
    },
    Expect {
        file: "eurostat-migrant-integration/lfsa_urgan_unemployment_rate_by_citizenship.tsv",
        format: Format::EUROSTAT_TSV,
        values: 2306,
        missing: 934,
        flags: &[
            (Flag::Break, 325),
            (Flag::LowReliability, 239),
            (Flag::DefinitionDiffers, 72),
        ],
    },
    Expect {
        file: "eurostat-migrant-integration/migr_resfirst_first_permits.tsv",
        format: Format::EUROSTAT_TSV,
        values: 160,
        missing: 0,
        flags: &[(Flag::Break, 2), (Flag::LowReliability, 5)],
    },
    Expect {
        file: "eurostat-urban-audit/urb_ceduc_students_higher_education_2015-2024.csv",
        format: Format::SDMX_CSV,
        values: 4951,
        missing: 0,
        flags: &[
            (Flag::Estimated, 63),
            (Flag::Break, 10),
            (Flag::DefinitionDiffers, 145),
            (Flag::Provisional, 6),
        ],
    },
    Expect {
        file: "eurostat-urban-audit/urb_clma_employed_20-64_2015-2024.csv",
        format: Format::SDMX_CSV,
        values: 4627,
        missing: 4,
        flags: &[
            (Flag::Estimated, 1825),
            (Flag::DefinitionDiffers, 737),
            (Flag::Break, 251),
        ],
    },
    Expect {
        file: "eurostat-urban-audit/urb_clma_unemployed_2015-2024.csv",
        format: Format::SDMX_CSV,
        values: 4864,
        missing: 28,
        flags: &[
            (Flag::Estimated, 1613),
            (Flag::DefinitionDiffers, 863),
            (Flag::Break, 133),
        ],
    },
    Expect {
        file: "eurostat-urban-audit/urb_cpop1_population_2013-2022_codes.csv",
        format: Format::SDMX_CSV,
        values: 6111,
        missing: 0,
        flags: &[
            (Flag::Estimated, 156),
            (Flag::DefinitionDiffers, 385),
            (Flag::Break, 304),
            (Flag::Revised, 4),
        ],
    },
    Expect {
        file: "eurostat-urban-audit/urb_cpop1_population_2015-2024.csv",
        format: Format::SDMX_CSV,
        values: 6370,
        missing: 0,
        flags: &[
            (Flag::DefinitionDiffers, 319),
            (Flag::Break, 424),
            (Flag::Estimated, 257),
        ],
    },
    Expect {
        file: "eurostat-urban-audit/urb_cpopcb_foreign_born_2015-2024.csv",
        format: Format::SDMX_CSV,
        values: 4245,
        missing: 0,
        flags: &[(Flag::Estimated, 503), (Flag::Break, 331)],
    },
    Expect {
        file: "eurostat-urban-audit/urb_lpop1_fua_population_2013-2022_codes.csv",
        format: Format::SDMX_CSV,
        values: 4732,
        missing: 0,
        flags: &[
            (Flag::Break, 363),
            (Flag::Estimated, 122),
            (Flag::DefinitionDiffers, 339),
            (Flag::Revised, 4),
        ],
    },
    Expect {
        file: "eurostat-migrant-integration/demo_poppcctb_share_by_country_of_birth.csv",
        format: Format::SDMX_CSV,
        values: 1269,
        missing: 0,
        flags: &[
            (Flag::Break, 87),
            (Flag::Estimated, 171),
            (Flag::Provisional, 174),
        ],
    },
    Expect {
        file: "eurostat-migrant-integration/demo_poppcctz_share_by_citizenship.csv",
        format: Format::SDMX_CSV,
        values: 1737,
        missing: 0,
        flags: &[
            (Flag::Break, 105),
            (Flag::Estimated, 156),
            (Flag::Provisional, 192),
        ],
    },
    Expect {
        file: "eurostat-migrant-integration/edat_lfs_9911_attainment_by_citizenship.csv",
        format: Format::SDMX_CSV,
        values: 956,
        missing: 67,
        flags: &[(Flag::Break, 209), (Flag::LowReliability, 116)],
    },
    Expect {
        file: "eurostat-migrant-integration/hlth_silc_24_health_by_citizenship.csv",
        format: Format::SDMX_CSV,
        values: 14434,
        missing: 812,
        flags: &[
            (Flag::LowReliability, 812),
            (Flag::Break, 489),
            (Flag::Estimated, 1470),
            (Flag::NotSignificant, 3),
            (Flag::Provisional, 14),
        ],
    },
    Expect {
        file: "eurostat-migrant-integration/ilc_di15_income_by_citizenship.csv",
        format: Format::SDMX_CSV,
        values: 1987,
        missing: 164,
        flags: &[
            (Flag::LowReliability, 200),
            (Flag::Break, 113),
            (Flag::Estimated, 157),
            (Flag::Provisional, 2),
        ],
    },
    Expect {
        file: "eurostat-migrant-integration/lfsa_egan_employment_by_citizenship.csv",
        format: Format::SDMX_CSV,
        values: 2841,
        missing: 0,
        flags: &[(Flag::Break, 435), (Flag::DefinitionDiffers, 24)],
    },
    Expect {
        file: "eurostat-migrant-integration/lfsa_pganws_population_by_labour_status.csv",
        format: Format::SDMX_CSV,
        values: 2798,
        missing: 460,
        flags: &[
            (Flag::Break, 370),
            (Flag::LowReliability, 310),
            (Flag::DefinitionDiffers, 72),
        ],
    },
    Expect {
        file: "eurostat-migrant-integration/lfsa_ugan_unemployment_by_citizenship.csv",
        format: Format::SDMX_CSV,
        values: 4419,
        missing: 1300,
        flags: &[
            (Flag::Break, 627),
            (Flag::LowReliability, 360),
            (Flag::DefinitionDiffers, 90),
        ],
    },
];

#[test]
fn every_bundled_eurostat_file_imports_its_exact_values_and_flags() {
    for e in EXPECTED {
        let detected = ingest::detect_format(&data(e.file)).unwrap();
        assert_eq!(detected, e.format, "{}: detected format", e.file);
        let (report, obs) = import(e.file);
        assert_eq!(report.observations, e.values, "{}: observations", e.file);
        assert_eq!(
            obs.len() as u64,
            e.values,
            "{}: observations handed to the sink",
            e.file
        );
        assert_eq!(
            report.skipped_total(),
            e.missing,
            "{}: skipped (missing values)",
            e.file
        );
        assert_eq!(
            report.rows_read,
            e.values + e.missing,
            "{}: rows read",
            e.file
        );
        for (flag, n) in e.flags {
            assert_eq!(
                count_flag(&obs, *flag),
                *n,
                "{}: flag {}",
                e.file,
                flag.letter()
            );
        }
        assert_unique_keys(e.file, &obs);
    }
}

#[test]
fn tsv_values_and_flags_land_on_the_right_key() {
    let (_, obs) =
        import("eurostat-migrant-integration/lfsa_ergan_employment_rate_by_citizenship.tsv");
    let at = obs
        .iter()
        .find(|o| {
            o.geo.as_str() == "AT"
                && o.period == model::Period::Year(2021)
                && o.group.key() == "citizen=EU27_2020_FOR;sex=F;age=Y20-64"
        })
        .expect("AT 2021 EU-mobile women");
    assert_eq!(at.value, 70.4);
    assert_eq!(at.flags.to_string(), "b");
    assert_eq!(at.unit.as_deref(), Some("PC"));
    assert_eq!(at.dataset, "lfsa_ergan");
}

#[test]
fn sdmx_csv_with_labels_keeps_city_names() {
    let mut sink = Collect::default();
    read_file(
        &data("eurostat-urban-audit/urb_cpop1_population_2015-2024.csv"),
        None,
        &Options::default(),
        &mut sink,
        &mut |_| {},
    )
    .unwrap();
    let kosice = sink
        .geographies
        .iter()
        .find(|g| g.code.as_str() == "SK002C")
        .unwrap();
    assert_eq!(kosice.name, "Košice (greater city)");
    assert_eq!(kosice.level, model::GeoLevel::City);
    let be = sink
        .observations
        .iter()
        .find(|o| o.geo.as_str() == "BE" && o.period == model::Period::Year(2015))
        .unwrap();
    assert_eq!(be.value, 11258434.0);
    assert_eq!(be.variable, "DE1001V");
    assert_eq!(be.dataset, "urb_cpop1");
}

#[test]
fn labels_only_csv_is_mapped_back_to_codes() {
    let (report, obs) =
        import("eurostat-migrant-integration/lfsa_ugan_unemployment_by_citizenship.csv");
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.contains("labels instead of codes"))
    );
    let o = obs
        .iter()
        .find(|o| {
            o.geo.as_str() == "AT"
                && o.period == model::Period::Year(2015)
                && o.group.key() == "citizen=EU27_2020_FOR;sex=F;age=Y15-74"
        })
        .expect("Austria 2015, EU-mobile women 15-74, coded");
    assert_eq!(o.value, 14.0);
    assert_eq!(o.unit.as_deref(), Some("THS_PER"));
    // Every geography label was a known Eurostat name.
    assert!(obs.iter().all(|o| !o.geo.as_str().contains(' ')));
}
