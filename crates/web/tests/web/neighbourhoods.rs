//! Issue 11, finding 13: the neighbourhood pages showed Berlin only, one period and one
//! level, and ignored `period`, `level` and group. Now any city with small-area counts is
//! offered with its area sets, counts, periods and groups, and the change between two
//! periods; Vienna's counting districts (the bundled real files) show that a second city
//! works.

use crate::common::*;
use axum::http::StatusCode;

fn vienna() -> TestApp {
    let t = app_with(&["vienna/vie-zbz-pop-sex-nat-geo2-mig-2007f.csv"]);
    let shp = data_dir().join("vienna/ZAEHLBEZIRKOGDPolygon.shp");
    t.state
        .db
        .write(|s| {
            let city = s.geography("AT001C")?.unwrap();
            importer::boundaries::import(
                s,
                &city,
                &importer::boundaries::BoundaryRequest {
                    input: ingest::Input::file(&shp),
                    scheme: "ZBZ".into(),
                    id_property: "ZBEZ".into(),
                    name_property: None,
                    label: Some("Vienna counting districts (Zählbezirke)".into()),
                    crs: None,
                    id_digits: Some(4),
                    id_prefix: Some("9".into()),
                    shapefile_parts: None,
                    fix_id: Vec::new(),
                    source: "Stadt Wien".into(),
                    licence: "CC BY 4.0".into(),
                },
            )
            .map_err(web::AppError::internal)?;
            Ok(())
        })
        .unwrap();
    t
}

#[tokio::test]
async fn vienna_s_counting_districts_with_every_choice() {
    let t = vienna();
    let list = get(&t.app, "/neighbourhoods").await;
    assert!(
        list.body.contains("href=\"/neighbourhoods/AT001C\""),
        "{}",
        list.body
    );
    let page = get(&t.app, "/neighbourhoods/AT001C").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    // The choices, as a form that works without JavaScript.
    for text in [
        "name=\"areas\"",
        "Vienna counting districts (Zählbezirke)",
        "name=\"measure\"",
        "value=\"mig_ext_in\" selected",
        "name=\"group\"",
        "value=\"citizen=FOR\" selected",
        "name=\"period\"",
        "value=\"2023\" selected",
        "name=\"from\"",
    ] {
        assert!(page.body.contains(text), "{text}");
    }
    assert!(
        page.body.contains("role=\"img\""),
        "a map of the counting districts"
    );
    // The trial read Vienna's 93.6 % as the share of foreign residents: the page says
    // what is counted (moves in from abroad), and that these are not residents.
    for text in [
        "where newcomers settle",
        "City-wide share (foreign citizens) of all moves in from abroad:",
        "These are moves in from abroad in the period, not residents",
        "share of all moves in from abroad",
    ] {
        let h1 = page.body.find("<h1").unwrap_or(0);
        assert!(
            page.body.contains(text),
            "{text}: {}",
            &page.body[h1..(h1 + 1500).min(page.body.len())]
        );
    }
    assert!(!page.body.contains("residents are not shown"));
    assert!(page.body.contains("Over time"));
    assert!(
        page.body.contains("<td>2007</td>"),
        "the first year over time"
    );
    // Another count, group and period, with the change since 2010.
    let chosen = get(
        &t.app,
        "/neighbourhoods/AT001C?areas=ZBZ&measure=mig_int_in&group=citizen%3DNAT&period=2015&from=2010",
    )
    .await;
    assert_eq!(chosen.status, StatusCode::OK, "{}", chosen.body);
    assert!(chosen.body.contains("value=\"mig_int_in\" selected"));
    assert!(chosen.body.contains("value=\"citizen=NAT\" selected"));
    assert!(
        chosen.body.contains("Change from 2010 to 2015"),
        "{}",
        chosen.body
    );
    assert!(chosen.body.contains("part due to redistribution"));
    assert!(chosen.body.contains("999 relabellings"));
    // What the data does not hold is said, naming what it holds: the API refuses it, the
    // page shows the default instead with a notice and keeps its form (the trial's
    // dead-end 400 after changing the area set with a period still selected).
    for (query, says) in [
        ("period=2030", "2007"),
        ("group=martians", "citizen=FOR"),
        ("areas=PLR", "areas=ZBZ"),
        ("from=2023", "2022"),
    ] {
        let api = get(
            &t.app,
            &format!("/api/v1/cities/AT001C/segregation?{query}"),
        )
        .await;
        assert_eq!(api.status, StatusCode::BAD_REQUEST, "{query}: {}", api.body);
        assert!(api.body.contains(says), "{query}: {}", api.body);
        let r = get(&t.app, &format!("/neighbourhoods/AT001C?{query}")).await;
        assert_eq!(r.status, StatusCode::OK, "{query}: {}", r.body);
        assert!(
            r.body.contains("<p class=\"notice\" role=\"status\">"),
            "{query}"
        );
        assert!(r.body.contains(says), "{query}: {}", r.body);
        assert!(
            r.body.contains("Shown instead: the default choice"),
            "{query}"
        );
        assert!(
            r.body.contains("name=\"period\""),
            "{query}: the form stays"
        );
    }
    // Two choices the data does not hold at once: both said, both dropped.
    let two = get(&t.app, "/neighbourhoods/AT001C?period=2030&group=martians").await;
    assert_eq!(two.status, StatusCode::OK);
    assert_eq!(
        two.body.matches("role=\"status\"").count(),
        2,
        "{}",
        two.body
    );
    // The API answers the same choices.
    let api = get(
        &t.app,
        "/api/v1/cities/AT001C/segregation?measure=mig_ext_in&period=2023&format=json",
    )
    .await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    let j = api.json();
    assert_eq!(j["group"], "citizen=FOR");
    assert_eq!(j["period"], "2023");
    assert_eq!(j["areas"].as_array().unwrap().len(), 250);
    assert_eq!(j["over_time"].as_array().unwrap().len(), 17, "2007–2023");
    assert_eq!(j["measure"], "mig_ext_in");
    assert_eq!(j["measure_label"], "moves in from abroad");
    let area = &j["areas"][0];
    assert!(
        area.get("residents").is_none() && area.get("total").is_some(),
        "{area}"
    );
    let bad = get(&t.app, "/api/v1/cities/AT001C/segregation?period=1999").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST, "{}", bad.body);
    // In German.
    let de = get(&t.app, "/neighbourhoods/AT001C?lang=de").await;
    assert!(de.body.contains("Zuzüge aus dem Ausland"), "{}", de.body);
}

#[tokio::test]
async fn a_city_without_small_area_data_is_a_404() {
    let t = app();
    let r = get(&t.app, "/neighbourhoods/HR004C").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}
