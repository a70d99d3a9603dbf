//! The funding map on the bundled real lists and real Eurostat figures: every list imports
//! with the row count its publisher's file has, the migrant-related rows are the reference
//! file's, and the map of a real region shows a gap and a possible duplication that the
//! test recomputes by hand from the rows; bad files are refused and change nothing.
#![allow(clippy::unwrap_used)] // a test fails loudly, by design
#![allow(clippy::result_large_err)] // the crate's own error, passed through

use funding::{ImportRequest, Outcome, Rules};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use store::Store;

fn data(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data")
        .join(rel)
}

fn rules() -> &'static Rules {
    static R: OnceLock<Rules> = OnceLock::new();
    R.get_or_init(|| Rules::builtin().unwrap())
}

/// The lists of `data/bundle.toml` and the rows `data/funding/README.md` says each has.
const LISTS: [(&str, usize); 7] = [
    ("hr_esif_operations_2007-2016.csv", 2532),
    ("de_berlin_esf_operations_2014-2020.csv", 336),
    ("de_berlin_esf_beneficiaries_2007-2013.csv", 7429),
    ("at_esf_operations_2014-2020.csv", 245),
    ("cz_operations_2014-2020_2016-08.csv", 1772),
    ("sk_itms2014_projects_2016.csv", 177),
    ("gr_list_of_operations_2014-2020_2016-05-13.csv", 2029),
];

const KOHESIO: &str = "kohesio_beneficiaries_by_region_2023-01.csv";

fn import_figures(store: &mut Store, rel: &str) {
    let input = ingest::Input::file(data(rel));
    importer::values::import(
        store,
        importer::values::Request {
            input: &input,
            format: None,
            options: ingest::Options::default(),
            source: rel.into(),
            licence: "CC BY 4.0".into(),
            new_places: true,
        },
        &mut |_| {},
    )
    .unwrap();
}

fn import_list(store: &mut Store, file: &str, as_published: bool) -> funding::Result<Outcome> {
    let bytes = std::fs::read(data(&format!("funding/{file}"))).unwrap();
    funding::import(
        store,
        ImportRequest {
            file_name: file,
            bytes: &bytes,
            source: "test",
            licence: "test",
            as_published,
        },
        rules(),
    )
}

/// Cities, populations, employment and unemployment rates by citizenship, and every
/// bundled list: built once, copied per test.
fn store() -> (tempfile::TempDir, Store) {
    static T: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, template) = T.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("t.db");
        let mut s = Store::open(&db).unwrap();
        for f in [
            "eurostat-urban-audit/gisco_urau_2021_cities.csv",
            "eurostat-urban-audit/urb_cpop1_population_2015-2024.csv",
            "eurostat-urban-audit/urb_cpopcb_foreign_born_2015-2024.csv",
            "eurostat-migrant-integration/lfsa_ergan_employment_rate_by_citizenship.tsv",
            "eurostat-migrant-integration/lfsa_urgan_unemployment_rate_by_citizenship.tsv",
        ] {
            import_figures(&mut s, f);
        }
        for (file, _) in LISTS {
            import_list(&mut s, file, true).unwrap();
        }
        import_list(&mut s, KOHESIO, true).unwrap();
        drop(s);
        (dir, db)
    });
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    std::fs::copy(template, &db).unwrap();
    (dir, Store::open(&db).unwrap())
}

#[test]
fn every_bundled_list_imports_with_its_row_count() {
    let (_d, s) = store();
    let lists = s.funding_lists().unwrap();
    let total: i64 = lists.iter().map(|(_, _, n)| n).sum();
    assert_eq!(total as usize, LISTS.iter().map(|(_, n)| n).sum::<usize>());
    for (file, rows) in LISTS {
        let country = &file[..2].to_ascii_uppercase();
        let got: i64 = lists
            .iter()
            .filter(|(list, c, _)| {
                c == country && (country != "DE" || list.contains(&file[10..19].replace('_', "-")))
            })
            .map(|(_, _, n)| n)
            .sum();
        if country != "DE" {
            assert_eq!(got as usize, rows, "{file}: {lists:?}");
        }
    }
    let berlin: Vec<i64> = lists
        .iter()
        .filter(|(_, c, _)| c == "DE")
        .map(|(_, _, n)| *n)
        .collect();
    assert_eq!(berlin.iter().sum::<i64>(), 336 + 7429, "{lists:?}");
}

#[test]
fn the_migrant_related_rows_are_the_reference_files() {
    let (_d, s) = store();
    let ops = s.funding_operations(None).unwrap();
    let ours: Vec<(String, String)> = ops
        .iter()
        .filter(|o| !o.operation.migrant_terms.is_empty())
        .map(|o| (o.operation.list.clone(), o.operation.name.clone()))
        .collect();
    let mut reference =
        csv::Reader::from_path(data("oracles/funding/migrant_related_operations.csv")).unwrap();
    let theirs: Vec<(String, String)> = reference
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[7].to_string())
        })
        .collect();
    assert_eq!(theirs.len(), 403);
    let mut a = ours.clone();
    let mut b = theirs.clone();
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

fn line_of(m: &funding::FundingMap, id: i64) -> u64 {
    m.operations.iter().find(|o| o.id == id).unwrap().line
}

/// Attica (NUTS EL30) in the Greek list of operations of 13 May 2016, recomputed by hand
/// from the CSV (Python's csv module, folding as `model::names::fold` does):
/// - 179 rows have a NUTS code starting EL30; 10 of them have an employment category
///   (102-109, 113), and none of those 10 has a migrant-related word: Greece's employment
///   gaps to nationals (non-EU citizens 63.8% against 69.6%, 5.8 points; citizens of other
///   EU countries 55.4% against 69.6%, 14.2 points, 2024) are needs that nothing meets;
/// - the beneficiary "ΕΛΛΗΝΙΚΗ ΕΤΑΙΡΕΙΑ ΤΟΠΙΚΗΣ ΑΝΑΠΤΥΞΗΣ ΚΑΙ AΥΤΟΔΙΟΙΚΗΣΗΣ Α. Ε." has, on
///   lines 162 and 1988, two operations "ΕΝΑΡΜΟΝΙΣΗ ΟΙΚΟΓΕΝΕΙΑΚΗΣ ΚΑΙ ΕΠΑΓΓΕΛΜΑΤΙΚΗΣ ΖΩΗΣ…"
///   of category 109, both 2015-07-01 to 2017-12-31, whose names share 11 of their 12
///   distinct words (Jaccard 0.917): a possible duplication; lines 439 and 1008 (entry
///   vouchers for the young aged 18-24 and 25-29, category 103) share 0.75.
#[test]
fn attica_shows_a_gap_and_a_possible_duplication_recomputed_by_hand() {
    let (_d, s) = store();
    let m = funding::funding_map(&s, rules(), "EL30").unwrap();
    assert_eq!(m.operations.len(), 179);
    let employment: Vec<_> = m
        .operations
        .iter()
        .filter(|o| o.fields.iter().any(|f| f == "employment"))
        .collect();
    assert_eq!(employment.len(), 10);
    let gap = |group: &str| {
        m.gaps
            .iter()
            .find(|g| g.field == "employment" && g.group == group)
    };
    let tcn =
        gap("third-country nationals").expect("employment x third-country nationals is a gap");
    assert!(
        tcn.evidence.contains("63.8% against 69.6%"),
        "{}",
        tcn.evidence
    );
    assert_eq!((tcn.projects, tcn.eur), (0, 0.0));
    let eu = gap("EU-mobile citizens").expect("employment x EU-mobile citizens is a gap");
    assert!(
        eu.evidence.contains("55.4% against 69.6%"),
        "{}",
        eu.evidence
    );
    let pairs: Vec<(u64, u64, f64)> = m
        .duplicates
        .iter()
        .map(|d| {
            (
                line_of(&m, d.first),
                line_of(&m, d.second),
                d.name_similarity,
            )
        })
        .collect();
    assert!(pairs.contains(&(162, 1988, 0.917)), "{pairs:?}");
    assert!(pairs.contains(&(439, 1008, 0.75)), "{pairs:?}");
    let d = m
        .duplicates
        .iter()
        .find(|d| line_of(&m, d.first) == 162 && line_of(&m, d.second) == 1988)
        .unwrap();
    assert_eq!(
        (d.field.as_str(), d.basis.as_str()),
        ("employment", "same name once normalised")
    );
    // Every overlap is a set of operations of one cell, each overlapping another of the set.
    for o in &m.overlaps {
        assert!(o.from <= o.to && o.operations.len() >= 2, "{o:?}");
        let ops: Vec<_> = m
            .operations
            .iter()
            .filter(|x| o.operations.contains(&x.id))
            .collect();
        for a in &ops {
            assert!(
                ops.iter()
                    .any(|b| b.id != a.id && a.start <= b.end && b.start <= a.end),
                "{o:?}"
            );
            assert!(a.fields.contains(&o.field) && a.groups.contains(&o.group));
        }
    }
}

/// Berlin's euros per resident: every operation of both Berlin lists counted once, over
/// Berlin's latest population in urb_cpop1 as the store holds it.
#[test]
fn euros_per_resident_divide_the_places_euros_by_the_stores_population() {
    let (_d, s) = store();
    let m = funding::funding_map(&s, rules(), "DE300").unwrap();
    assert_eq!(m.operations.len(), 336 + 7429);
    let all = m
        .per_resident
        .iter()
        .find(|p| p.group == "all residents")
        .unwrap();
    let rows = s
        .observations(&store::SeriesFilter {
            geo: Some("DE001C".into()),
            dataset: Some("urb_cpop1".into()),
            variable: Some("DE1001V".into()),
            latest_only: true,
            ..Default::default()
        })
        .unwrap();
    let population = rows.iter().map(|r| r.observation.value).fold(0.0, f64::max);
    assert_eq!(all.residents, population);
    // The two lists' totals, summed by hand in the CSV files: all in EUR, one row per project.
    let by_hand: f64 = [
        "de_berlin_esf_operations_2014-2020.csv",
        "de_berlin_esf_beneficiaries_2007-2013.csv",
    ]
    .iter()
    .map(|f| {
        csv::Reader::from_path(data(&format!("funding/{f}")))
            .unwrap()
            .deserialize::<std::collections::HashMap<String, String>>()
            .map(|r| {
                r.unwrap()["total_eligible_cost"]
                    .parse::<f64>()
                    .unwrap_or(0.0)
            })
            .sum::<f64>()
    })
    .sum();
    assert!(
        (m.total_eur - by_hand).abs() < 0.01,
        "{} vs {by_hand}",
        m.total_eur
    );
    assert!((all.eur_per_resident - by_hand / population).abs() < 1e-9);
    // The Croatian county is not Osijek's territory: no euros per resident, and it says so.
    let osijek = funding::funding_map(&s, rules(), "HR04B").unwrap();
    assert!(osijek.per_resident.is_empty());
    assert!(
        osijek
            .notes
            .iter()
            .any(|n| n.contains("not the same territory"))
    );
}

#[test]
fn croatian_projects_listed_once_per_county_count_once_in_the_country() {
    let (_d, s) = store();
    let hr = funding::funding_map(&s, rules(), "HR").unwrap();
    // By hand: the sum over rows of total_eligible_cost / rows_for_same_project, in HRK,
    // at the fixed conversion rate of 7.53450 kuna per euro.
    let mut by_hand = 0.0;
    for r in csv::Reader::from_path(data("funding/hr_esif_operations_2007-2016.csv"))
        .unwrap()
        .deserialize::<std::collections::HashMap<String, String>>()
    {
        let r = r.unwrap();
        let total: f64 = r["total_eligible_cost"].parse().unwrap();
        let rows: f64 = r["rows_for_same_project"].parse().unwrap_or(1.0);
        by_hand += total / rows / 7.53450;
    }
    assert!(
        (hr.total_eur - by_hand).abs() < 1.0,
        "{} vs {by_hand}",
        hr.total_eur
    );
    // A project listed in several counties is not its own duplicate.
    assert!(hr.duplicates.iter().all(|d| {
        let a = hr.operations.iter().find(|o| o.id == d.first).unwrap();
        let b = hr.operations.iter().find(|o| o.id == d.second).unwrap();
        a.name != b.name || a.start != b.start || a.eur != b.eur
    }));
}

fn refused(text: &str, as_published: bool) -> String {
    let (_d, mut s) = store();
    let before = s.funding_operations(None).unwrap().len();
    let imports = s.imports().unwrap().len();
    let err = funding::import(
        &mut s,
        ImportRequest {
            file_name: "osijek_register.csv",
            bytes: text.as_bytes(),
            source: "test",
            licence: "test",
            as_published,
        },
        rules(),
    )
    .unwrap_err()
    .to_string();
    assert_eq!(s.funding_operations(None).unwrap().len(), before, "{err}");
    assert_eq!(s.imports().unwrap().len(), imports, "{err}");
    err
}

const HEADER: &str = "source_id,record_id,country,fund,programme_name,operation_name,beneficiary,location,total_eligible_cost,eu_amount,currency,start_date,end_date,category_of_intervention,fields_of_action,target_groups";

#[test]
fn bad_files_are_refused_with_file_line_and_column_and_change_nothing() {
    let ok = "OS-register,1,HR,ESF+,City budget,Croatian for newcomers,Grad Osijek,Osijek,1000,800,EUR,2024-01-01,2024-12-31,,language,newcomers";
    let cases = [
        // a project without an amount
        (ok.replace(",1000,800,", ",,,"), "total_eligible_cost"),
        // without a fund
        (ok.replace(",ESF+,", ",,"), "(fund)"),
        // an unknown category of intervention
        (
            ok.replace("2024-12-31,,", "2024-12-31,999 - Lottery,"),
            "catalogue/funding/categories.toml",
        ),
        // a date range reversed
        (
            ok.replace("2024-01-01,2024-12-31", "2024-12-31,2024-01-01"),
            "before the start",
        ),
        // a field the vocabulary does not know
        (ok.replace(",language,", ",karaoke,"), "fields_of_action"),
        // an unknown currency
        (ok.replace(",EUR,", ",XYZ,"), "currency"),
    ];
    for (row, expected) in cases {
        let err = refused(&format!("{HEADER}\n{ok}\n{row}\n"), false);
        assert!(
            err.contains("line 3") && err.contains(expected),
            "{expected}: {err}"
        );
    }
    // A good register imports, placed as it says.
    let (_d, mut s) = store();
    let text = format!("{HEADER}\n{ok}\n");
    let outcome = funding::import(
        &mut s,
        ImportRequest {
            file_name: "r.csv",
            bytes: text.as_bytes(),
            source: "t",
            licence: "t",
            as_published: false,
        },
        rules(),
    )
    .unwrap();
    assert!(matches!(outcome, Outcome::Imported { operations: 1, .. }));
    let again = funding::import(
        &mut s,
        ImportRequest {
            file_name: "r.csv",
            bytes: text.as_bytes(),
            source: "t",
            licence: "t",
            as_published: false,
        },
        rules(),
    )
    .unwrap();
    assert!(matches!(again, Outcome::AlreadyImported(_)));
    let hr = funding::funding_map(&s, rules(), "HR").unwrap();
    let op = hr
        .operations
        .iter()
        .find(|o| o.name == "Croatian for newcomers")
        .unwrap();
    assert_eq!(
        (op.fields.clone(), op.groups.clone()),
        (vec!["language".to_string()], vec!["newcomers".to_string()])
    );
}

/// Kohesio's layer: all 27,222 rows of the export, kept apart from the operations; for
/// Osijek-Baranja County, by hand from the CSV: 200 beneficiaries (the export's cap), €676.3m
/// in all, the largest "Grad Osijek" with €68,720,662.86 in 31 projects.
#[test]
fn kohesio_beneficiaries_are_a_layer_of_who_receives_money_where() {
    let (_d, s) = store();
    assert_eq!(s.beneficiary_totals(None).unwrap().len(), 27_222);
    let m = funding::funding_map(&s, rules(), "HR04B").unwrap();
    assert_eq!(m.operations.len(), 181, "the layer adds no operation");
    let r = m.recipients.as_ref().unwrap();
    assert_eq!(
        (r.region.as_str(), r.beneficiaries),
        ("Osječko-baranjska županija", 200)
    );
    assert!(
        (r.total_eur - 676_317_298.6).abs() < 0.01,
        "{}",
        r.total_eur
    );
    let first = &r.largest[0];
    assert_eq!(
        (first.beneficiary.as_str(), first.total_eur, first.projects),
        ("Grad Osijek", Some(68_720_662.86), 31)
    );
    assert!(
        m.notes
            .iter()
            .any(|n| n.contains("first 200 beneficiaries"))
    );
    // Prague is on the map through Kohesio only: the Czech list cannot place its operations.
    let prague = funding::funding_map(&s, rules(), "CZ010").unwrap();
    assert!(prague.operations.is_empty());
    assert_eq!(
        prague.recipients.unwrap().largest[0].beneficiary,
        "Ředitelství silnic a dálnic"
    );
    // The whole country still holds every Czech operation.
    assert_eq!(
        funding::funding_map(&s, rules(), "CZ")
            .unwrap()
            .operations
            .len(),
        1772
    );
}

/// Euros per foreign-born resident of Zagreb, by hand from the Croatian list: the one
/// operation of Grad Zagreb for refugees, "Kvalitetna integracija izbjeglica" (line 1824,
/// HRK 908,250.13 listed in 2 counties: 908,250.13 / 2 / 7.53450 = €60,272.75), over the
/// store's foreign-born residents of HR001C (urb_cpopcb DE2009V, latest year).
#[test]
fn euros_per_foreign_born_resident_count_the_operations_for_refugees() {
    let (_d, s) = store();
    let m = funding::funding_map(&s, rules(), "HR041").unwrap();
    let fb = m
        .per_resident
        .iter()
        .find(|p| p.group == "residents with a migration background")
        .unwrap_or_else(|| panic!("{:?} {:?}", m.per_resident, m.notes));
    assert!((fb.eur - 908_250.13 / 2.0 / 7.53450).abs() < 0.01, "{fb:?}");
    let rows = s
        .observations(&store::SeriesFilter {
            geo: Some("HR001C".into()),
            dataset: Some("urb_cpopcb".into()),
            variable: Some("DE2009V".into()),
            latest_only: true,
            ..Default::default()
        })
        .unwrap();
    let foreign_born = rows.iter().map(|r| r.observation.value).fold(0.0, f64::max);
    assert_eq!(fb.residents, foreign_born);
    assert!((fb.eur_per_resident - fb.eur / foreign_born).abs() < 1e-12);
}
