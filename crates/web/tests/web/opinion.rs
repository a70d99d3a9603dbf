//! The public-opinion page of a city (issue 14, deliverable 5) on the bundled Quality of
//! Life in European Cities 2023 workbook: Q3_4 for Košice, Sofia and Praha with the share,
//! its interval, the respondents and the peers, the wording and the source beside the
//! figures, in every language.

use crate::common::{app_with, get};
use axum::http::StatusCode;

/// The survey, and the bundled files the peer profiles use beyond the test store's (Praha
/// has no foreign-born figures: its peers are found by the labour-market and student
/// figures, as in the bundled store).
const FILES: [&str; 4] = [
    "eurostat-urban-audit/urb_clma_unemployed_2015-2024.csv",
    "eurostat-urban-audit/urb_clma_employed_20-64_2015-2024.csv",
    "eurostat-urban-audit/urb_ceduc_students_higher_education_2015-2024.csv",
    "quality-of-life-cities-2023/qol_european_cities_2023_aggregated.xlsx",
];

/// (code, English name, share, interval, respondents): the workbook's Q3_4 "1 A good place to
/// live" share × 100 to one decimal and its unweighted count (sheet `QoL in European
/// cities 2023_V2`, rows 211 and 214); the 95% logit interval computed apart, in Python:
/// SE = sqrt(p (1 − p) / n), expit(logit p ± t(0.975; n − 1) · SE / (p (1 − p))) with t
/// from the Cornish–Fisher expansion (1.96274 at these n). Košice: p = 0.537108, n = 856,
/// SE = 0.017043 → 50.354 – 57.034; Sofia: 0.403555, 853 → 37.106 – 43.691; Praha:
/// 0.656759, 855 → 62.422 – 68.789.
const CITIES: [(&str, &str, &str, &str, &str); 3] = [
    ("SK002C", "Košice", "53.7", "50.4 – 57.0", "856"),
    ("BG001C", "Sofia", "40.4", "37.1 – 43.7", "853"),
    ("CZ001C", "Prague", "65.7", "62.4 – 68.8", "855"),
];

/// The table of one item: from its heading to the end of its table.
fn item_table<'a>(body: &'a str, id: &str) -> &'a str {
    let start = body
        .find(&format!("id=\"opinion-{id}\""))
        .unwrap_or_else(|| panic!("no item {id}"));
    let rest = &body[start..];
    &rest[..rest.find("</table>").expect("a table")]
}

#[tokio::test]
async fn the_opinion_page_shows_q3_4_with_intervals_and_peers() {
    let t = app_with(&FILES);
    for (code, name, share, interval, n) in CITIES {
        let r = get(&t.app, &format!("/cities/{code}/opinion?lang=en")).await;
        assert_eq!(r.status, StatusCode::OK, "{code}: {}", r.body);
        assert!(
            r.body.contains(&format!("Public opinion: {name}")),
            "{code}"
        );
        let q34 = item_table(&r.body, "immigrants");
        assert!(
            q34.contains("Immigrants from other countries."),
            "{code}: the wording"
        );
        assert!(
            q34.contains("Quality of Life in European Cities 2023, question Q3_4"),
            "{code}: the source"
        );
        assert!(q34.contains("<caption>"), "{code}: a caption");
        assert!(q34.contains("scope=\"col\"") && q34.contains("scope=\"row\""));
        // The city's own row: share, interval, respondents.
        let own_row = &q34[q34.find("<tbody>").unwrap()..];
        let own_row = &own_row[..own_row.find("</tr>").unwrap()];
        assert!(own_row.contains(name), "{code}: {own_row}");
        for figure in [share, interval, n] {
            assert!(
                own_row.contains(&format!(">{figure}<")),
                "{code}: {figure} not in {own_row}"
            );
        }
        // Peers: ten rows after the city's, linking to their own opinion pages, and at
        // least one surveyed peer with a verdict.
        assert_eq!(
            q34.matches("<tr").count(),
            1 + 1 + 10,
            "{code}: header, city, peers"
        );
        assert_eq!(q34.matches("/opinion\"").count(), 10, "{code}");
        assert!(
            ["higher (", "lower (", "no clear difference ("]
                .iter()
                .any(|v| q34.contains(v)),
            "{code}: no peer compared"
        );
        assert!(
            r.body.contains("too narrow"),
            "{code}: the note on the interval"
        );
        for id in ["minorities", "trust", "safe-at-night"] {
            item_table(&r.body, id);
        }
    }
    // The profile links to the page.
    let p = get(&t.app, "/cities/SK002C").await;
    assert!(p.body.contains("href=\"/cities/SK002C/opinion\""));
}

#[tokio::test]
async fn the_opinion_page_is_in_every_language_and_unknown_cities_are_404() {
    let t = app_with(&FILES);
    for lang in ["bg", "cs", "de", "hr", "it", "sk"] {
        let r = get(&t.app, &format!("/cities/SK002C/opinion?lang={lang}")).await;
        assert_eq!(r.status, StatusCode::OK, "{lang}");
        assert!(
            !r.body.contains("Public opinion:"),
            "{lang}: English heading"
        );
        assert!(
            !r.body.contains("Immigrants from other countries."),
            "{lang}"
        );
        assert!(r.body.contains("Q3_4"), "{lang}");
    }
    let de = get(&t.app, "/cities/SK002C/opinion?lang=de").await;
    assert!(de.body.contains("53,7"), "German decimals");
    assert!(de.body.contains("Zugewanderte aus anderen Ländern."));
    let r = get(&t.app, "/cities/XX999C/opinion").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

/// The Quality of Life survey on a city's profile as a person reads it (issue 11, finding
/// 6): its questions with their wording, the share with its interval from n and the peers'
/// verdicts counted; not its hundreds of answer codes, which stay in the downloads.
#[tokio::test]
async fn the_profile_shows_the_survey_by_its_questions_not_its_codes() {
    let t = app_with(&FILES);
    let r = get(&t.app, "/cities/SK002C").await;
    assert_eq!(r.status, StatusCode::OK);
    let b = &r.body;
    assert!(b.contains("Public opinion (Quality of Life survey)"), "{b}");
    assert!(b.contains("Immigrants from other countries."));
    assert!(b.contains("It is easy to find a good job in my city."));
    assert!(b.contains("<td class=\"num\">53.7</td>"), "Q3_4 for Košice");
    assert!(b.contains("50.4 – 57.0"), "its interval");
    assert!(b.contains(" peers: "), "the peers counted");
    for code in ["D10ISCED", "D5", "TB_Q2_6", "answer=1"] {
        assert!(
            !b.contains(&format!(">{code}<")) && !b.contains(&format!("{code} ")),
            "raw code {code} on the profile"
        );
    }
    // Every row is still in the downloads.
    let csv = get(
        &t.app,
        "/api/v1/observations?geo=SK002C&dataset=qol_2023&variable=D10ISCED&format=csv",
    )
    .await;
    assert!(csv.body.lines().count() > 2, "{}", csv.body);
}
