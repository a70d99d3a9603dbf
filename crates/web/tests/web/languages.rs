//! The look-ahead, neighbourhood, funding and practice pages in the reader's language
//! (issue 16): chosen by `Accept-Language`, declared in `<html lang>`, with the texts of the
//! message files, the catalogue's texts translated and numbers in the reader's format.

use crate::common::*;
use axum::body::Body;
use axum::http::{Request, StatusCode};

async fn get_in(app: &axum::Router, uri: &str, lang: &str) -> Resp {
    send(
        app,
        Request::get(uri)
            .header("accept-language", lang)
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

#[tokio::test]
async fn the_neighbourhoods_page_speaks_german() {
    let t = app();
    let r = get_in(&t.app, "/neighbourhoods", "de-DE,de;q=0.9,en;q=0.5").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains(r#"<html lang="de""#), "{}", r.body);
    assert!(r.body.contains("<h1>Stadtteile</h1>"), "{}", r.body);
    assert!(
        r.body
            .contains("Wo Migrantinnen und Migranten innerhalb einer Stadt leben"),
        "{}",
        r.body
    );
    assert!(!r.body.contains("Where migrants live"));
    // The same URL in English is cached apart.
    let en = get(&t.app, "/neighbourhoods").await;
    assert!(en.body.contains("<h1>Neighbourhoods</h1>"));
}

#[tokio::test]
async fn the_scenario_page_has_german_numbers_and_texts() {
    let t = app();
    let r = get_in(
        &t.app,
        "/scenarios/aargau?immigration=1.5&from=2030&residents_per_gp=1800&year=2045",
        "de",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains(r#"<html lang="de""#));
    // The official reference scenario's 2055 total (English: 893,780).
    assert!(r.body.contains("893.780"), "reference 2055 total in German");
    assert!(!r.body.contains("893,780"));
    assert!(r.body.contains("Bevölkerung am 31. Dezember"));
    assert!(r.body.contains("Ihre Annahmen</th>"), "the variant's name");
    assert!(r.body.contains("Plätze in der Primarstufe"), "a service");
    assert!(r.body.contains("Hausärztinnen und Hausärzte"));
    assert!(
        r.body
            .contains("Bevölkerung nach Alter und Staatsangehörigkeit, 2045")
    );
    let bad = get_in(&t.app, "/scenarios/aargau?immigration=lots", "de").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(
        bad.body.contains("ist kein Faktor von 0 bis 5"),
        "{}",
        bad.body
    );
}

#[tokio::test]
async fn the_funding_map_and_the_practices_show_the_vocabulary_translated() {
    let t = app();
    let r = get_in(&t.app, "/funding/EL30", "hr").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains(r#"<html lang="hr""#));
    assert!(
        r.body
            .contains("Praznina: zapošljavanje × državljani trećih zemalja"),
        "{}",
        r.body
    );
    assert!(r.body.contains("Moguće dvostruko financiranje (5)"));
    let r = get_in(&t.app, "/practices?q=Sprachkurs", "cs").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("<h1>Osvědčené postupy</h1>"));
    assert!(r.body.contains("Tematická oblast"), "a facet's name");
    assert!(r.body.contains(">jazyk</a>"), "a thematic area's name");
}

/// Every page of the four areas has each of its texts in every language: none is shown as
/// a missing message (`⟦key⟧` in strict mode, `OBSERVATORY_STRICT_TRANSLATIONS=1`).
#[tokio::test]
async fn the_four_areas_have_their_texts_in_every_language() {
    let t = app();
    for lang in ["de", "bg", "hr", "it", "sk", "cs"] {
        for uri in [
            "/neighbourhoods",
            "/scenarios",
            "/scenarios/aargau",
            "/scenarios/aargau?immigration=1.2&from=2030&residents_per_gp=1800&household_size=2.2&childcare=0.4&language_course=0.3&year=2040",
            "/funding",
            "/funding/EL30",
            "/practices",
            "/practices?q=language&thematic_area=language",
            "/practices/CZ-PRG-003",
            "/cities/HR004C",
        ] {
            let p = get_in(&t.app, uri, lang).await;
            assert_eq!(p.status, StatusCode::OK, "{lang} {uri}");
            assert!(p.body.contains(&format!("<html lang=\"{lang}\"")), "{lang}");
            for area in ["scenarios", "neighbourhoods", "funding", "practices"] {
                assert!(
                    !p.body.contains(&format!("⟦{area}")),
                    "{lang} {uri}: {}",
                    p.body
                );
            }
        }
    }
}
