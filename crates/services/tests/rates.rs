//! Rates per 1,000 on Osijek's real populations (Eurostat urb_cpop1, urb_cpopcb, bundled):
//! the service counts are test data, the rates are checked against the division done by
//! hand in the comments.
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

use model::{Dimension, PopulationGroup};
use std::path::Path;
use store::Store;

fn data(rel: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data")
        .join(rel)
}

fn import(store: &mut Store, input: &ingest::Input, geo: Option<&str>) -> Result<(), String> {
    importer::values::import(
        store,
        importer::values::Request {
            input,
            format: None,
            options: ingest::Options {
                geo: geo.map(str::to_string),
                ..Default::default()
            },
            source: "test".into(),
            licence: "CC BY 4.0".into(),
            new_places: true,
        },
        &mut |_| {},
    )
    .map(|_| ())
    .map_err(|e| e.to_string())
}

fn osijek() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("o.db")).unwrap();
    for f in [
        "eurostat-urban-audit/gisco_urau_2021_cities.csv",
        "eurostat-urban-audit/urb_cpop1_population_2015-2024.csv",
        "eurostat-urban-audit/urb_cpopcb_foreign_born_2015-2024.csv",
    ] {
        import(&mut s, &ingest::Input::file(data(f)), None).unwrap();
    }
    (dir, s)
}

const COUNTS: &str = "period,department,service,group,count
2021,Social welfare,Counselling,FOR,302
2021,Social welfare,Counselling,NAT,1745
2023,Social welfare,Counselling,FOR,310
2023,Social welfare,Counselling,NAT,1800
2023,Social welfare,Counselling,TOTAL,2110
2023,Social welfare,Counselling,NEU27_2020_FOR,120
";

fn group(code: &str) -> PopulationGroup {
    ingest::service_use::group_of(code).unwrap()
}

#[test]
fn rates_per_1000_of_the_groups_population_and_the_gap_to_the_native_born() {
    let (_d, mut s) = osijek();
    let input = ingest::Input::memory("service-use.csv", COUNTS.as_bytes().to_vec());
    import(&mut s, &input, Some("HR004C")).unwrap();
    let all = services::of_city(&s, "HR004C").unwrap();
    assert_eq!(all.len(), 2);
    let y2021 = &all[0];
    assert_eq!(
        (
            y2021.department.as_str(),
            y2021.service.as_str(),
            y2021.period.as_str()
        ),
        ("Social welfare", "Counselling", "2021")
    );
    let of = |u: &services::ServiceUse, code: &str| {
        u.groups
            .iter()
            .find(|g| g.group == group(code))
            .unwrap()
            .clone()
    };
    // 302 / 15,099 foreign-born × 1,000 = 20.00132…
    let f = of(y2021, "FOR");
    assert!((f.per_1000.unwrap() - 302.0 / 15_099.0 * 1000.0).abs() < 1e-12);
    assert!((f.per_1000.unwrap() - 20.001_324).abs() < 1e-6);
    // Native-born: 102,542 − 15,099 = 87,443; 1,745 / 87,443 × 1,000 = 19.95586…
    let n = of(y2021, "NAT");
    assert_eq!(n.denominator.as_ref().unwrap().population, 87_443.0);
    assert!((n.per_1000.unwrap() - 19.955_857).abs() < 1e-6);
    assert_eq!(n.gap, None, "the reference has no gap");
    assert!((f.gap.unwrap() - (20.001_324 - 19.955_857)).abs() < 1e-5);

    // 2023: no population of 2023; the latest before it, and never a later one. The
    // foreign-born end in 2021, so both born-abroad and native-born use 2021; everyone
    // uses 2022 (94,974).
    let y2023 = &all[1];
    assert_eq!(of(y2023, "FOR").denominator.unwrap().year, 2021);
    let t = of(y2023, "TOTAL");
    assert_eq!(t.denominator.as_ref().unwrap().year, 2022);
    assert!((t.per_1000.unwrap() - 2110.0 / 94_974.0 * 1000.0).abs() < 1e-12);
    // A citizenship group without the city's own residents: the count, no rate.
    let c = of(y2023, "NEU27_2020_FOR");
    assert_eq!((c.count, c.per_1000, c.denominator), (120.0, None, None));
    assert_eq!(
        services::reference_of(&c.group),
        Some(PopulationGroup::total().with(Dimension::Citizenship, "NAT"))
    );
    // The latest period only.
    let latest = services::latest(&s, "HR004C").unwrap();
    assert_eq!(latest.len(), 1);
    assert_eq!(latest[0].period, "2023");
}

#[test]
fn a_bad_row_names_its_line_and_column_and_imports_nothing() {
    let (_d, mut s) = osijek();
    for (csv, needle) in [
        (
            "period,department,service,group,count\n2023,Housing,Advice,FOR,-4\n",
            "line 2, column 5 (count)",
        ),
        (
            "period,department,service,group,count\n2023,Housing,Advice,migrants,4\n",
            "line 2, column 4 (group)",
        ),
        (
            "period,department,service,group,count\n2023,Housing,Advice,FOR,4\n2023,Housing,Advice,FOR,5\n",
            "line 3",
        ),
        (
            "period,department,service,group,count\nlast year,Housing,Advice,FOR,4\n",
            "column 1 (period)",
        ),
    ] {
        let input = ingest::Input::memory("service-use.csv", csv.as_bytes().to_vec());
        let e = import(&mut s, &input, Some("HR004C")).unwrap_err();
        assert!(e.contains(needle), "{e}");
        assert!(services::of_city(&s, "HR004C").unwrap().is_empty());
    }
}
