//! The City Integration Report of Osijek from real files (cities, population, foreign-born,
//! employment rates by citizenship), through the import pipeline the product uses: as
//! HTML, and as a PDF printed by Chromium whose pages render, whose text holds the
//! profile's figures in Croatian and which is tagged with its language.
//!
//! The PDF tests need `chromium` (or `OBSERVATORY_CHROMIUM`) and poppler's `pdftoppm`
//! and `pdftotext` (Debian: `apt-get install chromium poppler-utils`); without them they
//! fail and say so.

#![allow(clippy::unwrap_used)] // a test fails loudly, by design

use city_report::{CityReport, render_html};
use i18n::Lang;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use store::Store;

const OSIJEK: &str = "HR004C";

/// The messages of this tree's `catalogue/i18n`, read from the files: the embedded ones are
/// those of whichever checkout last ran i18n's build script in a shared target folder.
fn messages() {
    static M: OnceLock<()> = OnceLock::new();
    M.get_or_init(|| {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogue/i18n");
        i18n::install(i18n::Messages::with_folder(&folder).expect("the message files parse"));
    });
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

fn import(store: &mut Store, rel: &str) {
    let input = ingest::Input::file(data_dir().join(rel));
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

/// The store, built once per run.
fn store() -> &'static Path {
    static T: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &T.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("report.db");
        let mut s = Store::open(&db).unwrap();
        for f in [
            "eurostat-urban-audit/gisco_urau_2021_cities.csv",
            "eurostat-urban-audit/urb_cpop1_population_2015-2024.csv",
            "eurostat-urban-audit/urb_cpopcb_foreign_born_2015-2024.csv",
            "eurostat-migrant-integration/lfsa_ergan_employment_rate_by_citizenship.tsv",
        ] {
            import(&mut s, f);
        }
        (dir, db)
    })
    .1
}

fn report() -> &'static CityReport {
    static R: OnceLock<CityReport> = OnceLock::new();
    messages();
    R.get_or_init(|| {
        let s = Store::open(store()).unwrap();
        let cat = catalogue::Catalogue::embedded().unwrap();
        CityReport::build(&s, &cat, OSIJEK, None).unwrap()
    })
}

fn tool(name: &str) -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!("this test needs `{name}` (poppler-utils): apt-get install poppler-utils")
        })
}

fn pdf(lang: Lang) -> Vec<u8> {
    let html = render_html(report(), lang);
    match city_report::pdf::print(&html) {
        Ok(b) => b,
        Err(e @ (city_report::PdfError::NoChromium | city_report::PdfError::BadChromium(_))) => {
            panic!("this test prints the report with Chromium and found none: {e}")
        }
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn the_report_has_the_city_s_profile_and_leaves_out_what_it_lacks() {
    let r = report();
    let p = r.profile.as_ref().expect("Osijek has a profile");
    assert!(p.population.is_some() && p.foreign_born_share.is_some());
    assert!(!r.areas.is_empty(), "indicators by area");
    assert!(r.audit.is_none() && r.agenda.is_none() && r.scenarios.is_empty());
    let html = render_html(r, Lang::Hr);
    assert!(html.starts_with("<!DOCTYPE html><html lang=\"hr\">"));
    // The chapters the city lacks: a note each, no table.
    for note in [
        "report-audit-none",
        "report-agenda-none",
        "report-scenarios-none",
        "report-neighbourhoods-none",
    ] {
        let text = i18n::active().text(Lang::Hr, note, &[]);
        assert!(html.contains(&text), "the note {note}: {text}");
    }
    for id in ["audit", "agenda", "scenarios", "neighbourhoods"] {
        assert!(
            !html.contains(&format!("<section class=\"chapter\" id=\"{id}\"")),
            "no chapter {id}"
        );
    }
    // Every table has rows: none is empty.
    for (i, t) in html.split("<tbody>").skip(1).enumerate() {
        let body = t.split("</tbody>").next().unwrap_or("");
        assert!(body.contains("<tr>"), "table {i} is empty");
    }
    // Print styles: repeated headers, page numbers, page breaks.
    for css in [
        "thead { display: table-header-group; }",
        "counter(page)",
        "break-before: page",
    ] {
        assert!(html.contains(css), "{css}");
    }
    // Every message found in Croatian.
    assert!(!html.contains('⟦'), "an untranslated message");
    // The profile's figures in Croatian format (96 313 with a non-breaking space, 2,9 …).
    for f in city_report::profile_figures(r, Lang::Hr) {
        assert!(html.contains(&f), "{f}");
    }
}

#[test]
fn a_suppressed_cell_shows_no_value() {
    use model::{Flag, Flags};
    let mut r = report().clone();
    let row = r.areas[0].rows[0].clone();
    let mut flags = Flags::NONE;
    flags.insert(Flag::Confidential);
    r.areas[0].rows[0] = city_report::IndicatorRow {
        value: None,
        flags,
        ..row
    };
    let html = render_html(&r, Lang::En);
    assert!(html.contains(
        r#"<span class="suppressed" title="withheld to protect confidentiality">suppressed</span>"#
    ));
}

#[test]
fn the_pdf_in_croatian_renders_holds_the_profile_and_is_tagged_with_its_language() {
    let bytes = pdf(Lang::Hr);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("osijek.pdf");
    std::fs::write(&file, &bytes).unwrap();
    // Tagged, with the document's language in the catalog.
    let raw = String::from_utf8_lossy(&bytes);
    assert!(
        raw.contains("/Lang (hr)"),
        "the catalog declares /Lang (hr)"
    );
    assert!(raw.contains("/Marked true"), "/MarkInfo << /Marked true >>");
    assert!(raw.contains("/StructTreeRoot"), "a structure tree");
    // The pages render.
    let out = Command::new(tool("pdftoppm"))
        .args(["-png", "-r", "40"])
        .arg(&file)
        .arg(dir.path().join("page"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pngs = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "png"))
        })
        .count();
    assert!(pngs >= 1, "no page rendered");
    // The text holds the profile's figures as the Croatian profile shows them.
    let out = Command::new(tool("pdftotext"))
        .args(["-layout"])
        .arg(&file)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout).replace('\u{a0}', " ");
    let figures = city_report::profile_figures(report(), Lang::Hr);
    assert!(figures.len() >= 2, "population and foreign-born share");
    for f in figures {
        let f = f.replace(['\u{a0}', '\u{202f}'], " ");
        assert!(text.contains(&f), "the PDF's text lacks {f}");
    }
    assert!(text.contains("Osijek"));
    assert!(text.contains(&i18n::active().text(Lang::Hr, "report-profile-title", &[])));
}

#[test]
fn write_chooses_the_format_by_the_extension() {
    messages();
    let s = Store::open(store()).unwrap();
    let cat = catalogue::Catalogue::embedded().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("r.html");
    city_report::write(&s, &cat, OSIJEK, None, Lang::De, &html).unwrap();
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .contains("<html lang=\"de\">")
    );
    let bad = city_report::write(&s, &cat, OSIJEK, None, Lang::De, &dir.path().join("r.docx"));
    assert!(bad.unwrap_err().to_string().contains(".pdf or .html"));
}

#[test]
#[ignore = "writes /tmp/report-<lang>.html and .pdf to look at, and prints the times"]
fn dump() {
    messages();
    let s = Store::open(store()).unwrap();
    let cat = catalogue::Catalogue::embedded().unwrap();
    let t = std::time::Instant::now();
    let cities = peers::Cities::load(&s).unwrap();
    let peers_time = t.elapsed();
    let t = std::time::Instant::now();
    let r = CityReport::build_with(&s, &cat, Some(&cities), OSIJEK, None).unwrap();
    let build_time = t.elapsed();
    for l in [Lang::En, Lang::Hr, Lang::De] {
        let t = std::time::Instant::now();
        let html = render_html(&r, l);
        let html_time = t.elapsed();
        let t = std::time::Instant::now();
        let bytes = city_report::pdf::print(&html).unwrap();
        eprintln!(
            "{}: peers {peers_time:?}, model {build_time:?}, HTML {html_time:?} ({} bytes), PDF {:?} ({} bytes)",
            l.tag(),
            html.len(),
            t.elapsed(),
            bytes.len()
        );
        std::fs::write(format!("/tmp/report-{}.html", l.tag()), html).unwrap();
        std::fs::write(format!("/tmp/report-{}.pdf", l.tag()), bytes).unwrap();
    }
}

/// With every chapter's data, every chapter is there, in every language, with its table,
/// and no note says a chapter is left out.
#[test]
fn every_chapter_renders_when_it_has_data() {
    use city_report::*;
    use neighbourhoods::city::{AreaNote, AreaShare, CityAreas};
    let mut r = report().clone();
    r.neighbourhoods = Some(CityAreas {
        city: r.code.clone(),
        scheme: "Planungsräume".into(),
        period: "2023".into(),
        datasets: vec!["berlin_lor_t1".into()],
        source: "Amt für Statistik Berlin-Brandenburg".into(),
        city_share: Some(24.4),
        indices: vec![("dissimilarity".into(), 0.31), ("gini".into(), 0.42)],
        areas: vec![
            AreaShare {
                code: "A".into(),
                name: "Mitte".into(),
                residents: Some(1000.0),
                foreigners: Some(300.0),
                share: Some(30.0),
                note: AreaNote::Shown,
            },
            AreaShare {
                code: "B".into(),
                name: "Klein".into(),
                residents: None,
                foreigners: None,
                share: None,
                note: AreaNote::FewResidents,
            },
        ],
    });
    r.audit = Some(Audit {
        round: 1,
        title: "Audit 2025".into(),
        framework: "icc".into(),
        closes: "2025-06-30".into(),
        respondents: 12,
        focal_points: vec![AuditArea {
            title: "1. Governance".into(),
            score: Some(3.4),
            rank: Some(1),
        }],
    });
    r.agenda = Some(Agenda {
        title: "Agenda 2030".into(),
        version: 2,
        goals: vec![Goal {
            focal_point: "1. Governance".into(),
            text: "More language courses".into(),
            actions: 3,
            targets: vec![Target {
                label: "Employment rate".into(),
                baseline: (60.0, 2022),
                target: (70.0, 2030),
                latest: Some((64.0, 2024.0)),
                share_of_way: Some(0.4),
            }],
        }],
    });
    r.scenarios = vec![Scenario {
        name: "osijek-2025".into(),
        source: "city".into(),
        variants: vec![ScenarioVariant {
            variant: "reference".into(),
            start: (2025, 96000.0),
            end: (2050, 90000.0),
            foreign_share_end: Some(8.5),
        }],
    }];
    for lang in Lang::ALL {
        let html = render_html(&r, lang);
        for id in [
            "profile",
            "indicators",
            "peers",
            "neighbourhoods",
            "audit",
            "agenda",
            "scenarios",
            "sources",
            "method",
        ] {
            assert!(
                html.contains(&format!("<section class=\"chapter\" id=\"{id}\"")),
                "{lang:?}: chapter {id}"
            );
        }
        assert!(
            !html.contains("id=\"left-out\""),
            "{lang:?}: nothing left out"
        );
        assert!(!html.contains('⟦'), "{lang:?}: an untranslated message");
        assert!(html.contains(&lang.number(24.4, 1)));
        assert!(html.contains(&lang.number(96000.0, 0)));
        for (i, t) in html.split("<tbody>").skip(1).enumerate() {
            assert!(
                t.split("</tbody>").next().unwrap_or("").contains("<tr>"),
                "{lang:?}: table {i} is empty"
            );
        }
    }
}
