//! The practice library in the store: atomic, idempotent imports; FTS5 search that folds
//! case and accents, prefixes, BM25 with the title above the text; facets counted per query.
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

use model::Provenance;
use store::Store;
use store::practices::{NewPractice, Practice, PracticePlace, PracticeSearch};

fn prov(name: &str) -> Provenance {
    Provenance {
        file_name: name.into(),
        sha256: format!("sha-{name}"),
        format: "practices-csv".into(),
        source: "test".into(),
        licence: "test".into(),
    }
}

fn practice(id: &str, title: &str, description: &str, area: &str) -> NewPractice {
    NewPractice {
        practice: Practice {
            id: id.into(),
            title: title.into(),
            city: "Košice".into(),
            country: "SK".into(),
            description: description.into(),
            evidence_level: "described".into(),
            facets: vec![
                ("thematic_area".into(), area.into()),
                ("country".into(), "SK".into()),
            ],
            places: vec![PracticePlace {
                name: "Košice".into(),
                geo: Some("SK002C".into()),
            }],
            ..Default::default()
        },
        terms: String::new(),
    }
}

const WEIGHTS: [f64; 3] = [10.0, 1.0, 2.0];

fn search(s: &Store, fts: &str) -> Vec<String> {
    s.search_practices(&PracticeSearch {
        fts: Some(fts.into()),
        weights: WEIGHTS,
        limit: 10,
        ..Default::default()
    })
    .unwrap()
    .hits
    .into_iter()
    .map(|h| h.practice.id)
    .collect()
}

fn library() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("p.db")).unwrap();
    s.import_practices(
        &prov("a.csv"),
        &[
            practice(
                "SK-KSC-001",
                "Jazykový kurz pre cudzincov",
                "Courses of Slovak.",
                "language",
            ),
            practice(
                "SK-KSC-002",
                "Integration lab",
                "A lab; language of the agenda was plain.",
                "governance",
            ),
            practice(
                "SK-KSC-003",
                "Counselling desk",
                "Legal counselling in Košice.",
                "information and counselling",
            ),
        ],
        "{}",
    )
    .unwrap();
    (dir, s)
}

#[test]
fn accents_and_case_fold_and_prefixes_match() {
    let (_d, s) = library();
    assert_eq!(search(&s, "\"jazykovy\" \"KURZ\""), ["SK-KSC-001"]);
    // every practice is in Košice; the one that also says so in its text comes first
    let kosice = search(&s, "\"kosice\"");
    assert_eq!((kosice.len(), kosice[0].as_str()), (3, "SK-KSC-003"));
    assert_eq!(search(&s, "\"couns\"*"), ["SK-KSC-003"]);
}

#[test]
fn the_title_weighs_more_than_the_text() {
    let (_d, s) = library();
    let dir = tempfile::tempdir().unwrap();
    let mut t = Store::open(&dir.path().join("t.db")).unwrap();
    t.import_practices(
        &prov("b.csv"),
        &[
            practice(
                "X-1",
                "A lab",
                "about language, language and more language",
                "x",
            ),
            practice("X-2", "Language café", "weekly meetings", "x"),
        ],
        "{}",
    )
    .unwrap();
    assert_eq!(search(&t, "\"language\"")[0], "X-2");
    drop(s);
}

#[test]
fn facets_are_counted_for_the_current_query_and_filter_it() {
    let (_d, s) = library();
    let all = s
        .search_practices(&PracticeSearch {
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(all.total, 3);
    let sk = all.facets.iter().find(|f| f.facet == "country").unwrap();
    assert_eq!((sk.value.as_str(), sk.count), ("SK", 3));
    let q = s
        .search_practices(&PracticeSearch {
            fts: Some("\"language\"".into()),
            filters: vec![("thematic_area".into(), "governance".into())],
            weights: WEIGHTS,
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(q.total, 1);
    assert_eq!(q.hits[0].practice.id, "SK-KSC-002");
    assert!(q.facets.iter().all(|f| f.count == 1));
}

#[test]
fn an_import_again_changes_nothing_and_a_correction_replaces() {
    let (_d, mut s) = library();
    let imports = s.imports().unwrap().len();
    let (_, counts) = s
        .import_practices(
            &prov("a2.csv"),
            &[
                practice(
                    "SK-KSC-001",
                    "Jazykový kurz pre cudzincov",
                    "Courses of Slovak.",
                    "language",
                ),
                practice(
                    "SK-KSC-003",
                    "Counselling desk",
                    "Legal and social counselling.",
                    "information and counselling",
                ),
            ],
            "{}",
        )
        .unwrap();
    assert_eq!(
        (counts.inserted, counts.replaced, counts.unchanged),
        (0, 1, 1)
    );
    assert_eq!(s.imports().unwrap().len(), imports + 1);
    assert_eq!(search(&s, "\"social\""), ["SK-KSC-003"]);
    assert_eq!(
        s.practice("SK-KSC-003").unwrap().unwrap().places[0]
            .geo
            .as_deref(),
        Some("SK002C")
    );
    assert_eq!(s.practices_of_place("SK002C").unwrap().len(), 3);
}

#[test]
fn a_malformed_fts_query_is_an_error_not_a_panic() {
    let (_d, s) = library();
    let bad = PracticeSearch {
        fts: Some("\"unclosed".into()),
        weights: WEIGHTS,
        limit: 10,
        ..Default::default()
    };
    assert!(s.search_practices(&bad).is_err());
}
