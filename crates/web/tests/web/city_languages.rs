//! A city profile in the reader's language: its texts, and its figures in her format
//! (issue 16). Osijek's figures are the bundled files' (common.rs): 94,974 residents in
//! 2022 and 14.7% born abroad in 2021; Croatia's employment rate of EU citizens 2.5 points below
//! the nationals' in 2024.

use crate::common::*;
use axum::body::Body;
use axum::http::{Request, StatusCode};

async fn profile_in(app: &axum::Router, accept_language: &str) -> Resp {
    let r = send(
        app,
        Request::get(format!("/cities/{OWN}"))
            .header("accept-language", accept_language)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(
        r.status,
        StatusCode::OK,
        "{}",
        &r.body[..r.body.len().min(300)]
    );
    r
}

#[tokio::test]
async fn a_czech_reader_gets_the_profile_in_czech_with_czech_numbers() {
    let t = app();
    let r = profile_in(&t.app, "cs-CZ,cs;q=0.9,en;q=0.5").await;
    assert!(r.body.contains("<html lang=\"cs\">"), "the page's language");
    assert_eq!(r.headers["content-language"], "cs");
    for text in [
        "Ukazatele podle tematické oblasti",
        "narozeno v zahraničí",
        "Podobná města",
        "Rozdíl oproti státním příslušníkům",
        "Výhled",
        "Údaje jako tabulka",
        // Population groups, from their codes.
        "státní příslušníci dané země, 20–64",
        "státní příslušníci jiných zemí EU, 20–64",
    ] {
        assert!(r.body.contains(text), "Czech text '{text}'");
    }
    assert!(r.body.contains("<h2 id=\"look-ahead\">Výhled</h2>"));
    // (The navigation's "Look ahead" is the page shell's, common.ftl.)
    for english in [
        "Indicators by area",
        "born abroad",
        "Similar cities",
        ">Look ahead</h2>",
    ] {
        assert!(!r.body.contains(english), "English left: '{english}'");
    }
    // Figures: a no-break space groups thousands, a comma separates decimals, and a
    // no-break space stands before the percent sign (CLDR's Czech).
    assert!(
        r.body.contains("94\u{a0}974"),
        "residents, grouped the Czech way"
    );
    assert!(!r.body.contains("94,974"));
    assert!(r.body.contains("14,7\u{a0}%"), "the foreign-born share");
    assert!(
        r.body.contains("<td class=\"num\">−2,5</td>"),
        "a gap to nationals, with a decimal comma"
    );
    // The charts speak Czech too: their titles, and their values.
    assert!(
        r.body
            .contains("Obyvatelé narození v zahraničí jako podíl na obyvatelstvu, Osijek")
    );
    assert!(
        r.body.contains(": 14,7\u{a0}%</title>"),
        "a point's tooltip in the trend chart"
    );
}

#[tokio::test]
async fn the_same_profile_in_english_uses_english_numbers() {
    let t = app();
    let r = profile_in(&t.app, "en-GB,en;q=0.8").await;
    assert!(r.body.contains("<html lang=\"en\">"));
    assert!(r.body.contains("Indicators by area") && r.body.contains("born abroad"));
    assert!(r.body.contains("94,974"), "residents, grouped with a comma");
    assert!(r.body.contains("14.7%"), "no space before the percent sign");
    assert!(r.body.contains("<td class=\"num\">−2.5</td>"));
    assert!(!r.body.contains("94\u{a0}974") && !r.body.contains("14,7"));
}

/// The home, profile, compare and indicator pages render in every language, and no text
/// shows its key (a key no language has, English included, shows as `⟦key⟧` even outside
/// strict mode). That every language has every message is `i18n`'s completeness test.
#[tokio::test]
async fn the_pages_render_in_every_language() {
    let t = app();
    for lang in ["en", "de", "bg", "hr", "it", "sk", "cs"] {
        for uri in [
            "/",
            "/?q=nowhere-at-all",
            "/?q=ko",
            &format!("/cities/{OWN}"),
            "/compare",
            "/compare?cities=HR004C",
            "/compare?cities=HR004C,SK002C,HR001C",
            "/indicators",
        ] {
            let r = send(
                &t.app,
                Request::get(uri)
                    .header("accept-language", lang)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
            assert_eq!(r.status, StatusCode::OK, "{uri} in {lang}");
            assert!(
                r.body.contains(&format!("<html lang=\"{lang}\">")),
                "{uri} in {lang}"
            );
            assert!(!r.body.contains('⟦'), "{uri} in {lang}: a missing message");
        }
    }
}

/// The "Why similar" cells of a profile's peers table.
fn why_similar(body: &str) -> Vec<String> {
    let table = body
        .split("<table")
        .find(|t| t.contains("/cities/") && t.contains("<td class=\"small\">"))
        .unwrap_or("");
    table
        .split("<td class=\"small\">")
        .skip(1)
        .map(|c| c.split("</td>").next().unwrap_or("").to_string())
        .collect()
}

/// Why each peer is similar, in Croatian with Croatian numbers: the peers crate gives the
/// parts (features, values, years, who lacks what) and the web words them.
#[tokio::test]
async fn a_croatian_reader_gets_the_peers_explanations_in_croatian() {
    let t = app();
    let en = why_similar(&profile_in(&t.app, "en").await.body);
    assert!(!en.is_empty(), "Osijek has peers");
    assert!(
        en.iter().any(|c| c.contains(" vs ")),
        "the English explanations: {en:?}"
    );
    // In English, word for word the peers crate's text (the API's `explanation`).
    let api = get(&t.app, &format!("/api/v1/cities/{OWN}/peers"))
        .await
        .json();
    let texts: Vec<String> = api["peers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["explanation"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(en, texts);
    let r = profile_in(&t.app, "hr-HR,hr;q=0.9").await;
    let hr = why_similar(&r.body);
    assert_eq!(hr.len(), en.len(), "{hr:?}");
    for cell in &hr {
        for english in [
            "similar:",
            "differs:",
            "not compared",
            " vs ",
            "inhabitants",
            "foreign-born",
            "the share changed",
            "points",
            "no figure",
        ] {
            assert!(!cell.contains(english), "English '{english}' in '{cell}'");
        }
        assert!(cell.contains("naspram"), "{cell}");
        assert!(
            cell.contains("sličnosti: ") || cell.contains("razlike: "),
            "{cell}"
        );
    }
}
