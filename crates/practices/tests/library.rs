//! The practice library on the real seed file and real Eurostat figures: search quality
//! (queries and the records that must come first), recommendations for Osijek and Košice
//! whose reasons match the figures, the honest empty state, and bad files refused.
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

use practices::{ImportRequest, Library, Outcome, Search};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use store::Store;

fn data(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data")
        .join(rel)
}

/// A real file into the store through the import pipeline (places it brings included).
fn import_figures(store: &mut Store, rel: &str) {
    let input = ingest::Input::file(data(rel));
    importer::values::import(
        store,
        importer::values::Request {
            input: &input,
            format: None,
            options: ingest::Options::default(),
            source: format!("Eurostat ({rel})"),
            licence: "CC BY 4.0".into(),
            new_places: true,
        },
        &mut |_| {},
    )
    .unwrap();
}

const SEED: &str = "practices/city_integration_practices_seed.csv";

fn import_seed(store: &mut Store, library: &Library) -> Outcome {
    let bytes = std::fs::read(data(SEED)).unwrap();
    practices::import(
        store,
        ImportRequest {
            file_name: "city_integration_practices_seed.csv",
            bytes: &bytes,
            source: "seed",
            licence: "see SOURCES",
        },
        library,
    )
    .unwrap()
}

fn library() -> &'static Library {
    static L: OnceLock<Library> = OnceLock::new();
    L.get_or_init(|| Library::builtin().unwrap())
}

/// A store with cities, population, foreign-born and employment rates by citizenship, and
/// the seed library: built once, copied per test.
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
        ] {
            import_figures(&mut s, f);
        }
        import_seed(&mut s, library());
        drop(s);
        (dir, db)
    });
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    std::fs::copy(template, &db).unwrap();
    (dir, Store::open(&db).unwrap())
}

fn top(store: &Store, text: &str, n: usize) -> Vec<String> {
    practices::search(
        store,
        library(),
        &Search {
            text: text.into(),
            limit: n,
            ..Default::default()
        },
    )
    .unwrap()
    .hits
    .into_iter()
    .map(|h| h.practice.id)
    .collect()
}

/// Practices the seed file places in an area (read from its rows by hand).
const LANGUAGE: &[&str] = &[
    "AT-VIE-001",
    "AT-VIE-002",
    "AT-VIE-003",
    "BG-SOF-005",
    "CZ-NAT-001",
    "CZ-PRG-001",
    "CZ-PRG-004",
];
const COUNSELLING: &[&str] = &[
    "AT-VIE-001",
    "AT-VIE-003",
    "BG-SOF-001",
    "BG-SOF-002",
    "CZ-NAT-001",
    "CZ-PRG-001",
    "CZ-PRG-002",
    "CZ-PRG-003",
    "DE-BER-001",
    "IT-LOM-001",
];

/// (query, the records one of which must come first)
const QUERIES: &[(&str, &[&str])] = &[
    ("Sprachkurs", &["AT-VIE-002"]),
    ("language course", &["AT-VIE-002"]),
    ("jazykový kurz", LANGUAGE),
    ("tečaj", LANGUAGE),
    ("Czech courses", &["CZ-PRG-001", "CZ-NAT-001", "CZ-PRG-003"]),
    ("counselling", COUNSELLING),
    ("Beratung", COUNSELLING),
    ("Kosice", &["SK-KSC-001", "SK-KSC-002"]),
    (
        "integra",
        &[
            "BG-SOF-004",
            "SK-KSC-001",
            "IT-RUB-003",
            "EU-INT-001",
            "HR-OSI-002",
        ],
    ),
    ("Mama lernt Deutsch", &["AT-VIE-002"]),
    ("refugees hosted by families", &["IT-PAD-001"]),
    (
        "civic participation Prague 7",
        &["CZ-PRG-009", "CZ-PRG-010"],
    ),
    ("audit", &["IT-RUB-003", "SK-KSC-001", "BG-SOF-004"]),
    ("Photovoice", &["HR-OSI-001"]),
    ("photov", &["HR-OSI-001"]),
    ("city walks Osijek", &["HR-OSI-002"]),
    ("one-stop shop", &["CZ-NAT-001", "AT-VIE-003", "BG-SOF-001"]),
    ("Bulgarian classes", &["BG-SOF-005"]),
    ("Integrationslotsinnen", &["DE-BER-001"]),
    ("Společná adresa", &["CZ-PRG-004"]),
    ("BENN Nachbarschaften", &["DE-BER-003"]),
    ("SPRAR", &["IT-RUB-002"]),
    ("Wien", &["AT-VIE-001", "AT-VIE-003"]),
];

#[test]
fn search_quality_expected_records_come_first() {
    let (_d, s) = store();
    let mut failed = Vec::new();
    for (q, first) in QUERIES {
        let got = top(&s, q, 5);
        if !got.first().is_some_and(|g| first.contains(&g.as_str())) {
            failed.push(format!(
                "{q:?}: expected one of {first:?} first, got {got:?}"
            ));
        }
    }
    assert!(QUERIES.len() >= 20);
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn accents_and_case_fold_in_queries() {
    let (_d, s) = store();
    for (a, b) in [
        ("Košice", "KOSICE"),
        ("jazykový kurz", "JAZYKOVY kurz"),
        ("tečaj", "tecaj"),
        ("Společná adresa", "spolecna ADRESA"),
    ] {
        assert_eq!(top(&s, a, 10), top(&s, b, 10), "{a} / {b}");
    }
    let mut kosice = top(&s, "Košice", 10);
    kosice.sort();
    assert_eq!(kosice, ["EU-INT-001", "SK-KSC-001", "SK-KSC-002"]);
}

#[test]
fn fts_syntax_typed_by_a_user_is_not_syntax() {
    let (_d, s) = store();
    for q in [
        "\"",
        "OR",
        "NEAR(",
        "title:audit",
        "audit*)",
        "-",
        "a AND",
        "^Sofia",
    ] {
        practices::search(
            &s,
            library(),
            &Search {
                text: q.into(),
                limit: 5,
                ..Default::default()
            },
        )
        .unwrap_or_else(|e| panic!("{q:?}: {e}"));
    }
    assert_eq!(top(&s, "title:audit", 1), top(&s, "title audit", 1));
}

#[test]
fn facets_are_counted_over_the_results_and_filter_them() {
    let (_d, s) = store();
    let all = practices::search(
        &s,
        library(),
        &Search {
            text: "language".into(),
            limit: 100,
            ..Default::default()
        },
    )
    .unwrap();
    for f in &all.facets {
        let n = all
            .hits
            .iter()
            .filter(|h| {
                h.practice
                    .facets
                    .contains(&(f.facet.clone(), f.value.clone()))
            })
            .count();
        assert_eq!(n as u64, f.count, "{} = {}", f.facet, f.value);
    }
    let at = practices::search(
        &s,
        library(),
        &Search {
            text: "language".into(),
            filters: vec![("country".into(), "AT".into())],
            limit: 100,
            ..Default::default()
        },
    )
    .unwrap();
    assert!(at.total > 0 && at.total < all.total);
    assert!(at.hits.iter().all(|h| h.practice.country == "AT"));
    let bad = practices::search(
        &s,
        library(),
        &Search {
            filters: vec![("colour".into(), "x".into())],
            limit: 5,
            ..Default::default()
        },
    );
    assert!(
        bad.unwrap_err()
            .to_string()
            .contains("unknown facet 'colour'")
    );
}

#[test]
fn the_library_keeps_the_sources_text_and_leaves_empty_fields_empty() {
    let (_d, s) = store();
    let p = s.practice("CZ-PRG-003").unwrap().unwrap();
    assert_eq!(p.period_start, "");
    assert_eq!(p.funding, "");
    assert_eq!(
        p.thematic_area,
        "information and counselling; communication"
    );
    assert!(
        p.facets
            .contains(&("thematic_area".into(), "information and counselling".into()))
    );
    assert!(
        p.facets
            .contains(&("city_context".into(), "metropolis".into()))
    );
    // Rubano is not an Urban Audit city: its practices have no city context, not a guessed one.
    let r = s.practice("IT-RUB-002").unwrap().unwrap();
    assert!(r.places.iter().all(|p| p.geo.is_none()));
    assert!(!r.facets.iter().any(|(f, _)| f == "city_context"));
    assert_eq!(s.practices().unwrap().len(), 38);
}

#[test]
fn importing_the_same_file_again_changes_nothing() {
    let (_d, mut s) = store();
    let n = s.imports().unwrap().len();
    assert!(matches!(
        import_seed(&mut s, library()),
        Outcome::AlreadyImported(_)
    ));
    assert_eq!(s.imports().unwrap().len(), n);
}

/// The value of lfsa_ergan (20–64, both sexes, latest) for a country and citizenship, read
/// from the store's rows independently of the recommendation code.
fn employment_rate(s: &Store, country: &str, citizen: &str) -> (f64, String) {
    let rows = s
        .observations(&store::SeriesFilter {
            geo: Some(country.into()),
            dataset: Some("lfsa_ergan".into()),
            latest_only: true,
            ..Default::default()
        })
        .unwrap();
    let o = rows
        .iter()
        .map(|r| &r.observation)
        .find(|o| {
            o.group.key() == format!("age=Y20-64;citizen={citizen}")
                || o.group.key() == format!("citizen={citizen};age=Y20-64")
        })
        .unwrap_or_else(|| {
            panic!(
                "no {country} {citizen}: {:?}",
                rows.iter()
                    .map(|r| r.observation.group.key())
                    .collect::<Vec<_>>()
            )
        });
    (o.value, o.period.to_string())
}

#[test]
fn osijek_gets_medium_cities_practices_and_its_weakest_field_from_the_figures() {
    let (_d, s) = store();
    let cities = peers::Cities::load(&s).unwrap();
    let r = practices::recommend::recommend(&s, &cities, library(), "HR004C").unwrap();
    assert_eq!(r.context.as_deref(), Some("medium city"));
    assert!(r.empty.is_none());
    let ids: Vec<&str> = r
        .recommendations
        .iter()
        .map(|x| x.practice_id.as_str())
        .collect();
    assert!(
        ids.contains(&"SK-KSC-001") && ids.contains(&"IT-PAD-001"),
        "{ids:?}"
    );
    // Osijek's own practices (and the INTEGRA record it took part in) are not news to it.
    assert!(
        !ids.iter()
            .any(|i| i.starts_with("HR-OSI") || *i == "EU-INT-001")
    );
    let kosice = r
        .recommendations
        .iter()
        .find(|x| x.practice_id == "SK-KSC-001")
        .unwrap();
    assert!(
        kosice.reason.starts_with(
            "Košice (greater city), a medium city like yours, documents a monitored practice"
        ),
        "{}",
        kosice.reason
    );
    // The weakest field: Croatia's widest employment gap, with the figures of the table.
    let (nat, period) = employment_rate(&s, "HR", "NAT");
    let (eu, _) = employment_rate(&s, "HR", "EU27_2020_FOR");
    let (neu, _) = employment_rate(&s, "HR", "NEU27_2020_FOR");
    let w = &r.weaknesses[0];
    assert_eq!(w.area, "employment");
    let (group, value) = if nat - eu >= nat - neu {
        ("citizens of other EU countries", eu)
    } else {
        ("non-EU citizens", neu)
    };
    assert_eq!(
        w.text,
        format!(
            "Croatia's employment rate (20–64) of {group} is {value:.1}% against {nat:.1}% for nationals ({period}), {:.1} points lower, the widest gap of the national figures",
            nat - value
        )
    );
}

#[test]
fn a_peers_practice_in_the_weakest_field_comes_first_with_the_figures_in_its_reason() {
    let (_d, s) = store();
    let cities = peers::Cities::load(&s).unwrap();
    // Among Košice's 200 nearest cities are Sofia and Osijek (with the default 10, none of
    // its peers has a practice in the library: see the test above for what it then gets).
    let mut wide = library().clone();
    wide.rules.peers = 200;
    let r = practices::recommend::recommend(&s, &cities, &wide, "SK002C").unwrap();
    assert!(r.peers.iter().any(|p| p == "Sofia") && r.peers.iter().any(|p| p == "Osijek"));
    let first = &r.recommendations[0];
    assert_eq!(
        (first.practice_id.as_str(), first.relation.as_str()),
        ("BG-SOF-005", "peer")
    );
    let (nat, period) = employment_rate(&s, "SK", "NAT");
    let (neu, _) = employment_rate(&s, "SK", "NEU27_2020_FOR");
    assert_eq!(
        first.reason,
        format!(
            "Sofia, a peer, documents a monitored practice in employment, where Slovakia's employment rate (20–64) of non-EU citizens is {neu:.1}% against {nat:.1}% for nationals ({period}), {:.1} points lower, the widest gap of the national figures.",
            nat - neu
        )
    );
    assert_eq!(first.addresses, ["employment"]);
    let osijek = r
        .recommendations
        .iter()
        .find(|x| x.practice_id == "HR-OSI-003")
        .unwrap();
    assert!(
        osijek.reason.starts_with(
            "Osijek, a peer, documents a monitored practice in governance and strategy"
        ),
        "{}",
        osijek.reason
    );
    assert!(
        r.recommendations
            .windows(2)
            .all(|w| w[0].score >= w[1].score)
    );
}

#[test]
fn kosice_gets_osijeks_practices_as_a_city_of_its_context() {
    let (_d, s) = store();
    let cities = peers::Cities::load(&s).unwrap();
    let r = practices::recommend::recommend(&s, &cities, library(), "SK002C").unwrap();
    let osijek: Vec<&str> = r
        .recommendations
        .iter()
        .filter(|x| x.from_code == "HR004C")
        .map(|x| x.practice_id.as_str())
        .collect();
    assert_eq!(osijek, ["HR-OSI-001", "HR-OSI-003", "HR-OSI-002"]);
    assert!(
        r.recommendations
            .iter()
            .all(|x| x.relation == "same context" && !x.practice_id.starts_with("SK-KSC"))
    );
}

#[test]
fn a_city_without_peers_practices_gets_an_honest_empty_state() {
    let (_d, s) = store();
    let cities = peers::Cities::load(&s).unwrap();
    let r = practices::recommend::recommend(&s, &cities, library(), "BE010C").unwrap();
    assert!(r.recommendations.is_empty());
    let text = r.empty.unwrap();
    assert!(text.starts_with("Nothing to recommend yet: none of the 38 practices in the library comes from one of Kortrijk's peers ("), "{text}");
    assert!(
        text.ends_with("none from another small city, and none from another city of its country."),
        "{text}"
    );
}

fn refused(csv: &str) -> String {
    let (_d, mut s) = store();
    let before = (s.imports().unwrap().len(), s.practices().unwrap().len());
    let err = practices::import(
        &mut s,
        ImportRequest {
            file_name: "bad.csv",
            bytes: csv.as_bytes(),
            source: "t",
            licence: "t",
        },
        library(),
    )
    .unwrap_err()
    .to_string();
    assert_eq!(
        (s.imports().unwrap().len(), s.practices().unwrap().len()),
        before,
        "a refused file changed the store"
    );
    err
}

const HEAD: &str = "practice_id,title,city,country,period_start,period_end,source_url\n";

#[test]
fn bad_rows_are_refused_with_file_line_and_column() {
    let ok = "XX-ONE-001,A practice,Osijek,HR,2018,2019,https://example.org/a\n";
    assert_eq!(
        refused(&format!("{HEAD}{ok}{ok}")),
        "bad.csv, line 3, column 1 (practice_id): 'XX-ONE-001' is already the id of the practice on line 2; every practice needs its own id"
    );
    assert_eq!(
        refused(&format!(
            "{HEAD}{ok}XX-ONE-002,B,Osijek,HR,2019-05,2018-12,https://example.org/b\n"
        )),
        "bad.csv, line 3, column 6 (period_end): the period ends (2018-12) before it starts (2019-05)"
    );
    assert!(
        refused(&format!(
            "{HEAD}XX-ONE-002,B,Osijek,Croatia,2019,,https://example.org/b\n"
        ))
        .starts_with("bad.csv, line 2, column 4 (country): 'Croatia' is not an ISO 3166")
    );
    assert!(
        refused(&format!(
            "{HEAD}XX-ONE-002,,Osijek,HR,2019,,https://example.org/b\n"
        ))
        .starts_with("bad.csv, line 2, column 2 (title): title is empty")
    );
    assert!(
        refused(&format!(
            "{HEAD}XX-ONE-002,B,Osijek,HR,2019/04,,https://example.org/b\n"
        ))
        .starts_with("bad.csv, line 2, column 5 (period_start): '2019/04' is not a date")
    );
    assert!(
        refused(&format!("{HEAD}XX-ONE-002,B,Osijek,HR,2019\n"))
            .starts_with("bad.csv, line 2, column -: the row has 5 fields but the header has 7")
    );
    assert!(
        refused("practice_id,title,city,country,source_url,colour\n")
            .starts_with("bad.csv, line 1, column 6 (colour): unknown column 'colour'")
    );
    assert!(
        refused(&format!(
            "{HEAD}XX-ONE-002,B,Osijek,HR,2019,,ftp://example.org/b\n"
        ))
        .contains("column 7 (source_url): 'ftp://example.org/b' is not a web address")
    );
}

/// A city whose peers and context give nothing still gets the practices of its own country,
/// and says so: Rijeka (a small city, whose peers document none) gets Zagreb's and Osijek's,
/// each scored same_country 0.5 + its evidence (monitored 0.25, described 0.0).
#[test]
fn a_city_of_the_same_country_comes_last_and_says_so() {
    let (_d, s) = store();
    let cities = peers::Cities::load(&s).unwrap();
    let r = practices::recommend::recommend(&s, &cities, library(), "HR003C").unwrap();
    assert_eq!(r.context.as_deref(), Some("small city"));
    let got: Vec<(&str, &str, f64)> = r
        .recommendations
        .iter()
        .map(|x| (x.practice_id.as_str(), x.relation.as_str(), x.score))
        .collect();
    assert_eq!(
        got,
        [
            ("CZ-PRG-012", "same country", 0.75),
            ("EU-INT-001", "same country", 0.75),
            ("HR-OSI-001", "same country", 0.75),
            ("HR-OSI-003", "same country", 0.75),
            ("HR-OSI-002", "same country", 0.5),
        ]
    );
    assert_eq!(
        r.recommendations[0].reason,
        "Zagreb, in your country, documents a monitored practice in participation and social cohesion."
    );
}
