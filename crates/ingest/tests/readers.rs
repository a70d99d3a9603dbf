//! The reader registry: every bundled file reads the same from memory as from disk (so
//! uploads and embedded files need no temporary copy), and the Vienna reader added as
//! one file plus one registration line reads the real Stadt Wien table.
//! Expected Vienna figures from Python's csv module over the same file.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use ingest::{Collect, Format, Input, Options, detect, read};
use model::{Dimension, GeoLevel, Period};
use std::path::{Path, PathBuf};

fn data(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data")
        .join(rel)
}

fn read_all(input: &Input) -> (ingest::ImportReport, Collect) {
    let mut sink = Collect::default();
    let report = read(input, None, &Options::default(), &mut sink, &mut |_| {}).unwrap();
    (report, sink)
}

#[test]
fn every_format_reads_the_same_from_memory_as_from_disk() {
    let files = [
        "eurostat-migrant-integration/lfsa_ergan_employment_rate_by_citizenship.tsv",
        "eurostat-migrant-integration/lfsa_egan_employment_by_citizenship.csv",
        "eurostat-urban-audit/gisco_urau_2021_cities.csv",
        "quality-of-life-cities-2023/qol_european_cities_2023_aggregated.xlsx",
        "vienna/vie-bez-pop-sex-stk-1869f.csv",
        "berlin-lor/population/berlin-lor-population-2015-01-t1-planning-areas.csv",
        "templates/tidy-template.csv",
    ];
    let mut formats = Vec::new();
    for rel in files {
        let path = data(rel);
        if !Path::new(&path).exists() {
            panic!("bundled file {rel} is missing");
        }
        let on_disk = Input::file(&path);
        let in_memory = Input::memory(
            path.file_name().unwrap().to_string_lossy().into_owned(),
            std::fs::read(&path).unwrap(),
        );
        let format = detect(&on_disk).unwrap();
        assert_eq!(detect(&in_memory).unwrap(), format, "{rel}");
        formats.push(format);
        let (r1, s1) = read_all(&on_disk);
        let (r2, s2) = read_all(&in_memory);
        assert_eq!(r1.observations, r2.observations, "{rel}");
        assert!(r1.observations > 0, "{rel}");
        assert_eq!(s1.observations, s2.observations, "{rel}");
        assert_eq!(s1.geographies, s2.geographies, "{rel}");
    }
    assert_eq!(
        formats,
        [
            Format::EUROSTAT_TSV,
            Format::SDMX_CSV,
            Format::GISCO_CITIES,
            Format::QUALITY_OF_LIFE,
            Format::VIENNA_OGD,
            Format::BERLIN_LOR,
            Format::TIDY_CSV,
        ]
    );
}

#[test]
fn every_registered_format_has_a_unique_name_and_parses_back() {
    let names: Vec<&str> = Format::all().map(Format::name).collect();
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "{names:?}");
    for f in Format::all() {
        assert_eq!(Format::parse(f.name()), Some(f));
        assert!(!f.description().is_empty());
    }
    // The tidy template takes any other text table, so it must be tried last.
    assert_eq!(Format::all().last(), Some(Format::TIDY_CSV));
}

#[test]
fn vienna_sub_district_migration_by_citizenship() {
    let path = data("vienna/vie-zbz-pop-sex-nat-geo2-mig-2007f.csv");
    let input = Input::file(&path);
    assert_eq!(detect(&input).unwrap(), Format::VIENNA_OGD);
    let (report, sink) = read_all(&input);
    assert_eq!(report.rows_read, 18_564);
    // 11 count columns per row, no empty cell.
    assert_eq!(report.observations, 204_204);
    // Vienna itself, by its name (a store may know it only by code), then 273 areas.
    assert_eq!(report.geographies, 274);
    assert_eq!(sink.geographies[0].code.as_str(), "AT001C");
    assert_eq!(sink.geographies[0].name, "Wien");
    assert_eq!(sink.geographies[0].level, GeoLevel::City);
    assert!(
        sink.geographies[1..]
            .iter()
            .all(|g| g.level == GeoLevel::Neighbourhood
                && g.code.as_str().starts_with("AT001C:ZBZ:9"))
    );
    let foreign_arrivals_2023: f64 = sink
        .observations
        .iter()
        .filter(|o| {
            o.variable == "mig_ext_in"
                && o.period == Period::Year(2023)
                && o.group.get(Dimension::Citizenship) == Some("FOR")
        })
        .map(|o| o.value)
        .sum();
    assert_eq!(foreign_arrivals_2023, 65_615.0);
    let women: Vec<f64> = sink
        .observations
        .iter()
        .filter(|o| {
            o.geo.as_str() == "AT001C:ZBZ:91001"
                && o.variable == "mig_ext_in"
                && o.period == Period::Year(2023)
                && o.group.get(Dimension::Citizenship) == Some("FOR")
                && o.group.get(Dimension::Sex) == Some("F")
        })
        .map(|o| o.value)
        .collect();
    assert_eq!(women, [391.0]);
}

#[test]
fn vienna_district_population_since_1869() {
    let (report, sink) = read_all(&Input::file(data("vienna/vie-bez-pop-sex-stk-1869f.csv")));
    assert_eq!(report.rows_read, 851);
    // 3 count columns per row, 414 empty cells (no sex breakdown in early years).
    assert_eq!(report.observations, 851 * 3 - 414);
    assert_eq!(report.geographies, 24, "Vienna and its 23 districts");
    assert!(
        sink.geographies[1..]
            .iter()
            .all(|g| g.level == GeoLevel::District)
    );
    let total_2024: Vec<f64> = sink
        .observations
        .iter()
        .filter(|o| {
            o.geo.as_str() == "AT001C:BEZ:92300"
                && o.variable == "pop"
                && o.period == Period::Year(2024)
                && o.group.is_total()
        })
        .map(|o| o.value)
        .collect();
    assert_eq!(total_2024, [121_303.0]);
}

#[test]
fn a_vienna_table_with_a_bad_code_names_line_and_column() {
    let text = "NUTS;DISTRICT_CODE;SUB_DISTRICT_CODE;REF_YEAR;REF_DATE;SEX;GEO2;MIG_NET\n\
                AT13;90100;90101;2007;2007;1;AUT;-13\n\
                AT13;90100;90101;2007;2007;3;AUT;-13\n";
    let input = Input::memory("upload.csv", text.as_bytes().to_vec());
    let mut sink = Collect::default();
    let err = read(&input, None, &Options::default(), &mut sink, &mut |_| {})
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("line 3") && err.contains("SEX") && err.contains("1 (men) or 2 (women)"),
        "{err}"
    );
}

/// Every writer's output reads back, through our own readers, to the same observations.
#[test]
fn every_export_format_round_trips_through_the_readers() {
    let mut sink = Collect::default();
    for rel in [
        "eurostat-migrant-integration/lfsa_ergan_employment_rate_by_citizenship.tsv",
        "vienna/vie-bez-pop-sex-stk-1869f.csv",
    ] {
        read(
            &Input::file(data(rel)),
            None,
            &Options::default(),
            &mut sink,
            &mut |_| {},
        )
        .unwrap();
    }
    let name = |o: &model::Observation| format!("name of {}", o.geo);
    let by_dataset = |d: &str| {
        ingest::write::RowVec(
            sink.observations
                .iter()
                .filter(|o| o.dataset == d)
                .map(|o| (o.clone(), name(o)))
                .collect(),
        )
    };
    let key = |o: &model::Observation| {
        format!(
            "{}|{}|{}|{}|{}|{}|{:?}|{}|{}",
            o.dataset,
            o.variable,
            o.geo,
            o.group.key(),
            o.breakdown_key(),
            o.period,
            o.unit,
            o.value,
            o.flags
        )
    };
    for dataset in ["lfsa_ergan", "vie_bez_pop_sex_stk"] {
        let rows = by_dataset(dataset);
        let mut expected: Vec<String> = rows.0.iter().map(|(o, _)| key(o)).collect();
        expected.sort();
        assert!(expected.len() > 1000, "{dataset}");
        for w in ingest::write::WRITERS {
            let mut bytes = Vec::new();
            let n = w.write(&rows, &mut bytes).unwrap();
            assert_eq!(n as usize, expected.len(), "{}", w.name());
            let input = Input::memory(format!("{dataset}.{}", w.extension()), bytes);
            let mut back = Collect::default();
            read(&input, None, &Options::default(), &mut back, &mut |_| {})
                .unwrap_or_else(|e| panic!("{} of {dataset}: {e}", w.name()));
            let mut got: Vec<String> = back.observations.iter().map(key).collect();
            got.sort();
            assert_eq!(got.len(), expected.len(), "{} of {dataset}", w.name());
            let diff: Vec<_> = got
                .iter()
                .zip(&expected)
                .filter(|(a, b)| a != b)
                .take(3)
                .collect();
            assert!(diff.is_empty(), "{} of {dataset}: {diff:?}", w.name());
        }
    }
}

/// Issue 11, finding 11: a `;`-separated CSV with decimal commas (Excel's default in most of
/// Europe) and a tab-separated one read like the comma-separated template; a point that may
/// separate thousands or decimals is refused rather than guessed.
#[test]
fn semicolon_and_tab_separated_tidy_files_are_read() {
    let read = |name: &str, text: &str| {
        let input = ingest::Input::memory(name, text.as_bytes().to_vec());
        let mut sink = Collect::default();
        ingest::read(
            &input,
            Some(ingest::Format::TIDY_CSV),
            &ingest::Options::default(),
            &mut sink,
            &mut |_| {},
        )
        .map(|_| sink.observations)
        .map_err(|e| e.to_string())
    };
    let comma = read(
        "a.csv",
        "geo,indicator,period,value\nHR004C,population,2023,\"96313,5\"\n",
    );
    assert!(
        comma.is_err(),
        "a decimal comma in a comma-separated file stays refused"
    );
    let semi = read(
        "b.csv",
        "geo;indicator;period;value\nHR004C;population;2023;96313,5\nHR004C;population;2022;96 000\n",
    );
    let e = semi.unwrap_err();
    assert!(e.contains("line 3") && e.contains("'96 000'"), "{e}");
    let semi = read("b.csv", "geo;indicator;period;value\nHR004C;population;2023;96313,5\nHR004C;population;2022;96000\n").unwrap();
    assert_eq!(
        semi.iter().map(|o| o.value).collect::<Vec<_>>(),
        vec![96313.5, 96000.0]
    );
    let tab = read(
        "c.csv",
        "geo\tindicator\tperiod\tvalue\nHR004C\tpopulation\t2023\t96313.5\n",
    )
    .unwrap();
    assert_eq!(tab[0].value, 96313.5);
    // Points between thousands and a decimal comma, as Excel writes them in much of Europe.
    let both = read(
        "d.csv",
        "geo;indicator;period;value\nHR004C;population;2023;1.234,5\nHR004C;gap;2023;-1.234.567,25\nHR004C;rate;2023;12.5\n",
    )
    .unwrap();
    assert_eq!(
        both.iter().map(|o| o.value).collect::<Vec<_>>(),
        vec![1234.5, -1234567.25, 12.5]
    );
    // A point alone before three digits could be either: refused with both readings, never
    // stored as 88 (the trial's 88.000 residents became 88).
    let e = read(
        "e.csv",
        "geo;indicator;period;value\nHR004C;population;2023;88.000\n",
    )
    .unwrap_err();
    assert!(
        e.contains("line 2")
            && e.contains("'88.000'")
            && e.contains("88000")
            && e.contains("88,000"),
        "{e}"
    );
}
