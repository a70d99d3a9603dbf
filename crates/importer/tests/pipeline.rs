//! The import pipeline on the real bundled files: from disk, from memory and from the
//! embedded bundle alike; atomic and idempotent; boundaries with their provenance.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use importer::bundle::{Bundle, Loaded};
use importer::{ImportError, Outcome, Request};
use ingest::{Input, Options};
use std::path::PathBuf;
use store::Store;

const TSV: &str = "eurostat-migrant-integration/lfsa_ergan_employment_rate_by_citizenship.tsv";

fn data(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../data")
        .join(rel)
}

fn request(input: &Input) -> Request<'_> {
    Request {
        input,
        format: None,
        options: Options::default(),
        source: "Eurostat lfsa_ergan".into(),
        licence: "CC BY 4.0".into(),
        // A fresh store: the file brings its countries.
        new_places: true,
    }
}

fn new_store(dir: &tempfile::TempDir, name: &str) -> Store {
    Store::open(&dir.path().join(name)).unwrap()
}

#[test]
fn the_same_bytes_from_disk_or_memory_are_one_import() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&dir, "a.db");
    let on_disk = Input::file(data(TSV));
    let Outcome::Imported { report, counts, .. } =
        importer::import(&mut store, request(&on_disk), &mut |_| {}).unwrap()
    else {
        panic!("the first import must import");
    };
    assert!(report.observations > 1000);
    assert_eq!(counts.inserted, report.observations);
    let in_memory = Input::memory(
        "lfsa_ergan_employment_rate_by_citizenship.tsv",
        std::fs::read(data(TSV)).unwrap(),
    );
    // Same bytes: recognised by their checksum, nothing written.
    let again = importer::import(&mut store, request(&in_memory), &mut |_| {}).unwrap();
    assert!(matches!(again, Outcome::AlreadyImported(_)), "{again:?}");
    assert_eq!(store.imports().unwrap().len(), 1);
    assert_eq!(store.count_observations().unwrap(), report.observations);
}

#[test]
fn a_damaged_upload_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&dir, "a.db");
    let mut bytes = std::fs::read(data(TSV)).unwrap();
    // A value that is not a number, on the last line: everything before it was read.
    bytes.truncate(bytes.len() - 20);
    bytes.extend_from_slice(b"\tbanana\n");
    let input = Input::memory("lfsa_ergan.tsv", bytes);
    let err = importer::import(&mut store, request(&input), &mut |_| {}).unwrap_err();
    assert!(matches!(err, ImportError::Read(_)), "{err}");
    assert!(err.to_string().contains("lfsa_ergan.tsv"), "{err}");
    assert_eq!(store.count_observations().unwrap(), 0);
    assert!(store.imports().unwrap().is_empty());
}

static MANIFEST: &[u8] = br#"
[[file]]
path = "eurostat-migrant-integration/lfsa_ergan_employment_rate_by_citizenship.tsv"
source = "Eurostat lfsa_ergan"
licence = "CC BY 4.0"

[[glob]]
folder = "vienna"
suffix = ".csv"
source = "Stadt Wien"
licence = "CC BY 4.0"
"#;

static EMBEDDED: importer::bundle::EmbeddedFiles = &[
    ("bundle.toml", MANIFEST),
    (
        "eurostat-migrant-integration/lfsa_ergan_employment_rate_by_citizenship.tsv",
        include_bytes!(
            "../../../data/eurostat-migrant-integration/lfsa_ergan_employment_rate_by_citizenship.tsv"
        ),
    ),
    (
        "vienna/vie-bez-pop-sex-stk-1869f.csv",
        include_bytes!("../../../data/vienna/vie-bez-pop-sex-stk-1869f.csv"),
    ),
];

#[test]
fn an_embedded_bundle_loads_like_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    // The folder: the same manifest beside copies of the same files.
    let folder = dir.path().join("bundle");
    for (rel, bytes) in EMBEDDED {
        let path = folder.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    let mut from_folder = new_store(&dir, "folder.db");
    let mut from_binary = new_store(&dir, "embedded.db");
    let mut seen = Vec::new();
    let n1 = Bundle::Folder(folder)
        .load(&mut from_folder, &mut |_| {}, &mut |_, _| {})
        .unwrap();
    let n2 = Bundle::Embedded(EMBEDDED)
        .load(
            &mut from_binary,
            &mut |l| {
                if let Loaded::Values { path, .. } = l {
                    seen.push(path.clone())
                }
            },
            &mut |_, _| {},
        )
        .unwrap();
    assert_eq!((n1, n2), (2, 2));
    assert_eq!(
        seen,
        [
            "eurostat-migrant-integration/lfsa_ergan_employment_rate_by_citizenship.tsv",
            "vienna/vie-bez-pop-sex-stk-1869f.csv"
        ]
    );
    assert_eq!(
        from_folder.count_observations().unwrap(),
        from_binary.count_observations().unwrap()
    );
    assert!(from_binary.geography("AT001C:BEZ:90100").unwrap().is_some());
    // A second load finds everything in the store already.
    let n3 = Bundle::Embedded(EMBEDDED)
        .load(&mut from_binary, &mut |_| {}, &mut |_, _| {})
        .unwrap();
    assert_eq!(n3, 0);
}

#[test]
fn a_bundle_folder_without_a_manifest_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&dir, "a.db");
    let err = Bundle::Folder(dir.path().join("nothing"))
        .load(&mut store, &mut |_| {}, &mut |_, _| {})
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("bundle.toml") && err.contains("--data-dir"),
        "{err}"
    );
}

#[test]
fn places_resolve_by_name_code_and_accents() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&dir, "a.db");
    let gisco = Input::file(data("eurostat-urban-audit/gisco_urau_2021_cities.csv"));
    importer::import(&mut store, request(&gisco), &mut |_| {}).unwrap();
    let zurich = importer::places::resolve(&store, "zurich").unwrap();
    assert_eq!(zurich.code.as_str(), "CH002C");
    assert_eq!(zurich.name, "Zürich");
    assert_eq!(
        importer::places::resolve(&store, "ch002c").unwrap().code,
        zurich.code
    );
    let err = importer::places::resolve(&store, "Atlantis").unwrap_err();
    assert!(matches!(err, ImportError::UnknownPlace(_)), "{err}");
    // The names people use in English and in the observatory's languages (issue 11,
    // finding 12), from catalogue/places/names.toml.
    // The cities under the names Eurostat's tables give them.
    let cities = Input::memory(
        "cities.csv",
        "Year,geo,geo_name,indicator,Value\n2023,CZ001C,Praha,x,1\n2023,AT001C,Wien,x,1\n2023,BE001C,Bruxelles/Brussel,x,1\n2023,PL001C,Warszawa,x,1\n"
            .as_bytes()
            .to_vec(),
    );
    importer::import(&mut store, request(&cities), &mut |_| {}).unwrap();
    assert_eq!(store.geography("AT001C").unwrap().unwrap().name, "Wien");
    for (query, code) in [
        ("Prague", "CZ001C"),
        ("Vienna", "AT001C"),
        ("beč", "AT001C"),
        ("Brussels", "BE001C"),
        ("Varšava", "PL001C"),
        ("Praha", "CZ001C"),
    ] {
        let found = importer::places::resolve(&store, query).unwrap();
        assert_eq!(found.code.as_str(), code, "{query}");
    }
}

/// Issue 11, finding 12: a town outside the Urban Audit (Rubano) gets in by its LAU id,
/// with its NUTS 3 region; every wrong entry is refused with what to enter and changes
/// nothing. (028 is ISTAT's code of the province of Padova; the last three digits here are
/// this test's, not a claim about Rubano's official code.)
#[test]
fn a_town_outside_the_urban_audit_is_added_by_its_lau_id() {
    use importer::places::{NewMunicipality, add_municipality, resolve};
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&dir, "t.db");
    for f in ["eurostat-urban-audit/gisco_urau_2021_cities.csv", TSV] {
        let input = Input::file(data(f));
        importer::import(&mut store, request(&input), &mut |_| {}).unwrap();
    }
    assert!(resolve(&store, "Rubano").is_err(), "not a place yet");
    let town = |code: &str, name: &str, region: &str| NewMunicipality {
        code: code.into(),
        name: name.into(),
        region: region.into(),
    };
    let places = |s: &Store| s.geographies(None, None).unwrap().len();
    let (before, generation) = (places(&store), store.generation().unwrap());
    for (wrong, says) in [
        (town("Rubano", "Rubano", ""), "is not a LAU id"),
        (town("IT-028075", "Rubano", ""), "an underscore"),
        (town("XX_028075", "Rubano", ""), "no country XX"),
        (town("IT_028075", "  ", ""), "name is empty"),
        (
            town("IT_028075", "Rubano", "DE300"),
            "not a NUTS 3 region of IT",
        ),
        (
            town("IT_028075", "Rubano", "ITH3"),
            "not a NUTS 3 region of IT",
        ),
        (town("IT_028075", "Rubano\u{7}", ""), "not a name"),
    ] {
        let err = add_municipality(&mut store, "admin@example.org", &wrong)
            .unwrap_err()
            .to_string();
        assert!(err.contains(says), "{wrong:?}: {err}");
        assert_eq!(places(&store), before, "{err}");
        assert_eq!(store.generation().unwrap(), generation, "{err}");
    }
    let added = add_municipality(
        &mut store,
        "admin@example.org",
        &town(" IT_028075 ", "Rubano", "ith36"),
    )
    .unwrap();
    assert_eq!(added.level, model::GeoLevel::Municipality);
    assert_eq!(added.parent.as_ref().unwrap().as_str(), "ITH36");
    assert_eq!(added.country.as_ref().unwrap().as_str(), "IT");
    // Found by its name as any city is, recorded as an import (the pages' caches see a
    // new generation) and in the audit log.
    assert_eq!(resolve(&store, "rubano").unwrap().code, added.code);
    assert!(store.generation().unwrap() > generation);
    let log = store.audit_log(5, None).unwrap();
    assert!(
        log.iter().any(|e| e.action == "place.add"
            && e.target == "place:IT_028075"
            && e.actor == "admin@example.org"),
        "{log:?}"
    );
    // Once only; a city code is not a town.
    let again = add_municipality(&mut store, "a", &town("IT_028075", "Rubano", ""));
    assert!(
        again
            .unwrap_err()
            .to_string()
            .contains("already has Rubano")
    );
    let city = add_municipality(&mut store, "a", &town("IT003C", "Rubano", ""));
    assert!(city.unwrap_err().to_string().contains("is not a LAU id"));
    // An upload names the town by its code, without --allow-new-places.
    let input = Input::memory(
        "rubano.csv",
        b"Year,geo,indicator,Value\n2023,IT_028075,clients_advice_centre,41\n".to_vec(),
    );
    importer::import(
        &mut store,
        Request {
            new_places: false,
            ..request(&input)
        },
        &mut |_| {},
    )
    .unwrap();
}

/// Issue 11, finding 10: −5 residents, the year 1200, the year 2099 and 1e26 are refused with
/// the file and the line, and nothing of the file is kept.
#[test]
fn implausible_values_are_refused_with_their_line_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&dir, "p.db");
    for (row, expected) in [
        ("HR004C,population,2023,-5,persons", "line 3"),
        ("HR004C,population,1200,5,persons", "outside 1800"),
        ("HR004C,population,2099,5,persons", "outside 1800"),
        (
            "HR004C,population,2023,1e26,persons",
            "more than live on Earth",
        ),
    ] {
        let text = format!(
            "geo,indicator,period,value,unit\nHR004C,population,2022,96000,persons\n{row}\n"
        );
        let input = Input::memory("own.csv", text.into_bytes());
        let err = importer::import(&mut store, request(&input), &mut |_| {})
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("own.csv") && err.contains("line 3") && err.contains(expected),
            "{row}: {err}"
        );
        assert_eq!(store.count_observations().unwrap(), 0);
    }
}

/// A user's file naming a place the store does not know — a typo'd code, a town's name in
/// the code column — is refused with its line (issue 11, finding 10), nothing written; with
/// new places allowed it adds them.
#[test]
fn an_unknown_place_is_refused_unless_new_places_are_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&dir, "places.db");
    let known = Input::memory(
        "known.csv",
        b"Year,geo,geo_name,indicator,Value\n2023,HR004C,Osijek,clients,1\n".to_vec(),
    );
    importer::import(
        &mut store,
        Request {
            new_places: true,
            ..request(&known)
        },
        &mut |_| {},
    )
    .unwrap();
    let before = store.count_observations().unwrap();
    for (file, code) in [
        (
            "Year,geo,indicator,Value\n2023,HR004C,clients,2\n2023,XX999C,clients,3\n",
            "'XX999C'",
        ),
        (
            "Year,geo,indicator,Value\n2023,Rubano,clients,4\n",
            "'Rubano'",
        ),
    ] {
        let input = Input::memory("city.csv", file.as_bytes().to_vec());
        let err = importer::import(
            &mut store,
            Request {
                new_places: false,
                ..request(&input)
            },
            &mut |_| {},
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains(code) && err.contains("--allow-new-places") && err.contains("line"),
            "{err}"
        );
        assert_eq!(store.count_observations().unwrap(), before, "{err}");
    }
    let input = Input::memory(
        "rubano.csv",
        b"Year,geo,geo_name,indicator,Value\n2023,IT_RUBANO,Rubano,clients,4\n".to_vec(),
    );
    importer::import(
        &mut store,
        Request {
            new_places: true,
            ..request(&input)
        },
        &mut |_| {},
    )
    .unwrap();
    assert!(store.geography("IT_RUBANO").unwrap().is_some());
}

/// The trial's bad uploads of an Osijek editor: each refused with what is wrong in words
/// (an unknown code is called unknown, another city is named, a negative count in the
/// documented unit `PER` is refused), and no draft is kept.
#[test]
fn a_citys_upload_names_what_is_wrong_and_keeps_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&dir, "drafts.db");
    let osijek = model::Geography::from_code(model::GeoCode::new("HR004C"), "Osijek");
    let zagreb = model::Geography::from_code(model::GeoCode::new("HR001C"), "Zagreb");
    store.add_place("test", &osijek).unwrap();
    store.add_place("test", &zagreb).unwrap();
    let upload = |store: &mut Store, rows: &str| {
        let text = format!("geo,indicator,period,value,unit\n{rows}\n");
        let input = Input::memory("osijek.csv", text.into_bytes());
        importer::drafts::create(
            store,
            importer::drafts::DraftRequest {
                actor: "ana@osijek.hr",
                city: &osijek,
                input: &input,
                format: None,
                source: "City of Osijek".into(),
                licence: "CC BY 4.0".into(),
                encoding: None,
            },
        )
        .map_err(|e| e.to_string())
    };
    let typo = upload(&mut store, "XX999C,population,2023,96313,PER").unwrap_err();
    assert!(
        typo.contains("'XX999C' is not a place the observatory knows")
            && typo.contains("Osijek (HR004C)"),
        "{typo}"
    );
    let other = upload(&mut store, "HR001C,population,2023,96313,PER").unwrap_err();
    assert!(other.contains("Zagreb (HR001C), another place"), "{other}");
    let negative = upload(&mut store, "HR004C,population,2023,-5,PER").unwrap_err();
    assert!(
        negative.contains("line 2") && negative.contains("below zero"),
        "{negative}"
    );
    let huge = upload(&mut store, "HR004C,population,2023,1e26,PER").unwrap_err();
    assert!(huge.contains("more than live on Earth"), "{huge}");
    let share = upload(&mut store, "HR004C,foreign_share,2023,1e26,PC").unwrap_err();
    assert!(share.contains("no statistic"), "{share}");
    assert!(
        store.submissions(None, None).unwrap().is_empty(),
        "no draft kept"
    );
    let ok = upload(&mut store, "HR004C,population,2023,96313,PER").unwrap();
    assert!(ok > 0);
}
