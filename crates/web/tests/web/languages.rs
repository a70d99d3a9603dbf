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

/// The reasons of the recommendations and the funding map's gaps and notes are sentences
/// of the library crates: the pages write them from their parts, in the reader's language,
/// with the numbers in her format (issue 16), and in English as the API gives them.
#[tokio::test]
async fn the_recommendations_and_the_funding_gaps_are_written_in_the_readers_language() {
    let t = app();
    let r = get_in(&t.app, &format!("/cities/{OWN}"), "cs").await;
    assert_eq!(r.status, StatusCode::OK);
    let section = &r.body[r.body.find("id=\"practices\"").unwrap()..];
    let section = &section[..section.find("</ul>").unwrap()];
    for czech in [
        "Město Padova, stejného typu jako Vaše (středně velké město), dokumentuje sledovaný postup s uváděnými výsledky (zaměření: bydlení a sociální soudržnost).",
        // A city of the same country, by its Czech name.
        "Město Záhřeb ve Vaší zemi dokumentuje",
    ] {
        assert!(section.contains(czech), "Czech reason '{czech}': {section}");
    }
    for english in ["like yours", "documents a", "in your country"] {
        assert!(!section.contains(english), "English left: '{english}'");
    }

    let f = get_in(&t.app, "/funding/EL30", "hr").await;
    assert_eq!(f.status, StatusCode::OK);
    let gaps = &f.body[f.body.find("id=\"gaps\"").unwrap()..];
    let gaps = &gaps[..gaps.find("</ul>").unwrap()];
    assert!(
        gaps.contains(
            "stopa zaposlenosti (20–64) državljana zemalja izvan EU-a: 63,8\u{a0}% naspram 69,6\u{a0}% za domaće državljane (Grčka, 2024), niža za 5,8 postotnih bodova, a nijedna operacija"
        ),
        "the gap's evidence in Croatian, with Croatian numbers: {gaps}"
    );
    assert!(!gaps.contains("against") && !gaps.contains("points lower"));
    assert!(
        f.body
            .contains("Napomena: eura po stanovniku ne prikazuju se: "),
        "a note in Croatian"
    );

    // Every language has every message (in strict mode a missing one shows as ⟦key⟧).
    for lang in ["de", "bg", "hr", "it", "sk", "cs"] {
        for uri in [
            format!("/cities/{OWN}"),
            "/cities/BE010C".into(),
            "/funding/EL30".into(),
        ] {
            let body = get_in(&t.app, &uri, lang).await.body;
            assert!(!body.contains('⟦'), "{lang} {uri}: a message is missing");
            assert!(!body.contains("documents a ") && !body.contains("Nothing to recommend"));
        }
    }

    // In English the pages say what the API says.
    let mut with_a_figure = 0;
    for city in [
        OWN, "BE010C", "SK001C", "SK002C", "CZ001C", "AT001C", "DE001C", "BG001C", "IT001C",
        "HR001C", "HR002C",
    ] {
        let api = get(&t.app, &format!("/api/v1/cities/{city}/practices")).await;
        if api.status != StatusCode::OK {
            continue;
        }
        let page = get(&t.app, &format!("/cities/{city}")).await.body;
        let j = api.json();
        for x in j["recommendations"].as_array().unwrap() {
            let reason = x["reason"].as_str().unwrap().replace('&', "&amp;");
            with_a_figure += usize::from(reason.contains(", where "));
            assert!(page.contains(&reason), "{city}: '{reason}'");
        }
        if let Some(empty) = j["empty"].as_str() {
            assert!(page.contains(empty), "{city}: '{empty}'");
        }
    }
    assert!(
        with_a_figure > 0,
        "a reason with a weak figure was compared"
    );
    let page = get(&t.app, "/funding/EL30").await.body;
    let j = get(&t.app, "/api/v1/funding/EL30").await.json();
    for g in j["gaps"].as_array().unwrap() {
        let evidence = g["evidence"].as_str().unwrap();
        assert!(page.contains(evidence), "'{evidence}'");
    }
    for n in j["notes"].as_array().unwrap() {
        let note = format!("Note: {}", n.as_str().unwrap());
        assert!(page.contains(&note), "'{note}'");
    }
}
