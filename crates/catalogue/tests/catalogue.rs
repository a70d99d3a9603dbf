//! The catalogue as the programs see it: the built-in one is the repository's folder and
//! valid; errors name the file and line; a folder replaces the built-in catalogue.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use catalogue::{Catalogue, CatalogueError, Origin};
use std::path::{Path, PathBuf};

fn repo_catalogue() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogue")
}

/// A copy of the repository's catalogue in a temporary folder, to damage.
fn copy() -> (tempfile::TempDir, PathBuf) {
    fn cp(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let p = e.unwrap().path();
            let t = to.join(p.file_name().unwrap());
            if p.is_dir() {
                cp(&p, &t);
            } else {
                std::fs::copy(&p, &t).unwrap();
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("catalogue");
    cp(&repo_catalogue(), &root);
    (dir, root)
}

#[test]
fn the_built_in_catalogue_is_the_repository_folder_and_valid() {
    let built_in = Catalogue::embedded().unwrap();
    let folder = Catalogue::load(&repo_catalogue()).unwrap();
    assert_eq!(built_in.origin, Origin::Embedded);
    let paths = |c: &Catalogue| {
        c.files()
            .iter()
            .map(|f| (f.path.clone(), f.text.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        paths(&built_in),
        paths(&folder),
        "rebuild after editing catalogue/"
    );
    assert!(built_in.indicators.len() >= 20);
    assert!(built_in.indicator("at_risk_of_poverty").is_some());
    assert_eq!(built_in.features.len(), 10);
    let mappings: Vec<&str> = built_in.mappings.iter().map(|m| m.id.as_str()).collect();
    assert!(mappings.contains(&"es_silc_2020") && mappings.contains(&"bench_synthetic"));
    // The Quality of Life city list lives in mappings/ but is not an engine mapping.
    assert!(!mappings.iter().any(|m| m.contains("qol")));
    assert!(
        built_in
            .files()
            .iter()
            .any(|f| f.path == "mappings/qol2023_cities.toml")
    );
    assert!(built_in.table("lfsa_ergan").is_some());
}

#[test]
fn labels_and_areas_come_from_the_tables() {
    let c = Catalogue::embedded().unwrap();
    assert_eq!(
        c.variable_label("urb_cpop1", "DE1001V"),
        "Population on 1 January"
    );
    assert_eq!(
        c.variable_label("urb_cpopcb", "DE2009V"),
        "Foreign-born residents"
    );
    // A code named by a table is named so in another extraction too.
    assert_eq!(
        c.variable_label("urb_cpop1_old", "DE1001V"),
        "Population on 1 January"
    );
    assert_eq!(
        c.variable_label("qol_2023", "Q3_4"),
        "Quality of Life survey, question Q3_4"
    );
    assert_eq!(c.variable_label("my_city", "population"), "Population");
    assert_eq!(
        c.variable_label("my_city", "school_places"),
        "school places"
    );
    assert_eq!(c.area_of("urb_cpopcb").label, "Population and migration");
    assert_eq!(c.area_of("lfsa_pganws").label, "Employment");
    assert_eq!(
        c.area_of("computed:es_silc_2020").label,
        "Computed indicators"
    );
    assert_eq!(c.area_of("berlin_lor_t1").label, "Neighbourhoods");
    assert_eq!(
        c.area_of("qol_2023").label,
        "Public opinion (Quality of Life survey)"
    );
    assert_eq!(c.area_of("osijek_schools").label, "The city's own figures");
}

#[test]
fn the_compare_page_and_profiles_follow_the_tables() {
    let c = Catalogue::embedded().unwrap();
    let order: Vec<&str> = c
        .compare_tables()
        .iter()
        .map(|(t, _)| t.dataset.as_str())
        .collect();
    assert_eq!(
        &order[..5],
        [
            "lfsa_ergan",
            "lfsa_urgan",
            "edat_lfs_9912",
            "hlth_silc_24",
            "ilc_di15"
        ]
    );
    let ilc = c.table("ilc_di15").unwrap().compare.as_ref().unwrap();
    assert_eq!(ilc.variable, "MED_E");
    assert_eq!(ilc.suffix(), " EUR");
    assert_eq!(ilc.groups, catalogue::DEFAULT_GROUPS);
    let national: Vec<&str> = c.national_tables().map(|t| t.dataset.as_str()).collect();
    for d in ["lfsa_ergan", "lfsa_urgan", "ilc_di15"] {
        assert!(national.contains(&d), "{national:?}");
    }
}

#[test]
fn errors_name_the_file_the_line_and_what_to_do() {
    let (_dir, root) = copy();
    let file = root.join("indicators/activity_rate.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let line = text.lines().position(|l| l.starts_with("area")).unwrap() + 1;
    std::fs::write(
        &file,
        text.replacen("area = \"employment\"", "area = \"jobs\"", 1),
    )
    .unwrap();
    let e = Catalogue::load(&root).unwrap_err().to_string();
    assert!(
        e.contains(&format!("activity_rate.toml:{line}:")) && e.contains("areas.toml"),
        "{e}"
    );

    // A syntax error: toml's own message, with the line.
    std::fs::write(&file, format!("{text}\nunit = \n")).unwrap();
    let e = Catalogue::load(&root).unwrap_err().to_string();
    let last = text.lines().count() + 2;
    assert!(e.contains(&format!("activity_rate.toml:{last}:")), "{e}");
    std::fs::write(&file, &text).unwrap();

    // A table naming an unknown dimension.
    let t = root.join("tables/lfsa_ergan.toml");
    let text = std::fs::read_to_string(&t).unwrap();
    std::fs::write(
        &t,
        text.replace("by = \"citizenship\"", "by = \"passport\""),
    )
    .unwrap();
    let e = Catalogue::load(&root).unwrap_err().to_string();
    assert!(
        e.contains("lfsa_ergan.toml:") && e.contains("'passport'"),
        "{e}"
    );
    std::fs::write(&t, &text).unwrap();

    // A file every catalogue needs.
    std::fs::remove_file(root.join("areas.toml")).unwrap();
    let e = Catalogue::load(&root).unwrap_err();
    assert!(matches!(e, CatalogueError::Missing { .. }), "{e}");
    assert!(e.to_string().contains("--catalogue"), "{e}");
}

#[test]
fn a_folder_replaces_the_built_in_catalogue() {
    let (dir, root) = copy();
    std::fs::write(
        root.join("catalogue.toml"),
        "version = \"test.1\"\n[labels]\npopulation = \"Residents\"\n",
    )
    .unwrap();
    let given = Catalogue::locate(Some(&root), None).unwrap();
    assert_eq!(given.version, "test.1");
    assert_eq!(given.origin, Origin::Folder(root.clone()));
    // Beside the data folder the user named.
    let data = dir.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let beside = Catalogue::locate(None, Some(&data)).unwrap();
    assert_eq!(beside.variable_label("x", "population"), "Residents");
    // Nothing there (and no ./catalogue where the tests run): the built-in one.
    let empty = tempfile::tempdir().unwrap();
    let fallback = Catalogue::locate(None, Some(&empty.path().join("data"))).unwrap();
    assert_eq!(fallback.origin, Origin::Embedded);
    // A named folder that is not a catalogue is an error, not a silent fallback.
    assert!(Catalogue::locate(Some(empty.path()), None).is_err());
}

#[test]
fn mappings_by_name_or_path() {
    let c = Catalogue::embedded().unwrap();
    assert_eq!(c.mapping("es_silc_2020").unwrap().geo, "ES");
    let path = repo_catalogue().join("mappings/bench_synthetic.toml");
    assert_eq!(
        c.mapping(path.to_str().unwrap()).unwrap().id,
        "bench_synthetic"
    );
    let e = c.mapping("es_silc_2021").unwrap_err().to_string();
    assert!(e.contains("es_silc_2020") && e.contains("built in"), "{e}");
}

#[test]
fn the_fingerprint_follows_the_definitions_not_where_they_were_read() {
    let built_in = Catalogue::embedded().unwrap();
    let folder = Catalogue::load(&repo_catalogue()).unwrap();
    assert_eq!(built_in.fingerprint(), folder.fingerprint());
    assert_eq!(built_in.fingerprint().len(), 64);
    let (_dir, root) = copy();
    let file = root.join("indicators/at_risk_of_poverty.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        format!("{text}\n# a comment changes the definition's bytes\n"),
    )
    .unwrap();
    let edited = Catalogue::load(&root).unwrap();
    assert_ne!(edited.fingerprint(), folder.fingerprint());
}
