//! Every page renders, for the public, without a socket.

use crate::common::*;
use axum::http::StatusCode;

#[tokio::test]
async fn public_pages_render() {
    let t = app();
    for uri in [
        "/",
        "/cities/HR004C",
        "/cities/SK002C",
        "/compare?cities=HR004C,SK002C,HR001C",
        "/compare",
        "/indicators",
        "/neighbourhoods",
        "/data",
        "/login",
        "/api",
        "/scenarios",
        "/scenarios/aargau",
        "/scenarios/aargau?immigration=1.2&from=2030&residents_per_gp=1800&household_size=2.2&childcare=0.4&language_course=0.3&year=2040",
        "/health",
        "/assets/style.css",
        "/assets/app.js",
    ] {
        let r = get(&t.app, uri).await;
        assert_eq!(
            r.status,
            StatusCode::OK,
            "{uri}: {}",
            &r.body[..r.body.len().min(500)]
        );
    }
}

#[tokio::test]
async fn profile_shows_context_flags_and_sources() {
    let t = app();
    let r = get(&t.app, "/cities/SK002C").await;
    assert!(r.body.contains("Košice"), "name");
    assert!(r.body.contains("born abroad"), "context card");
    // The headline is the newest population stored (2022), not the peer profile's year
    // (2021, the latest with the foreign-born too) (issue 11, finding 8).
    assert!(
        r.body
            .contains("<div class=\"value\">227,458</div><div class=\"label\">residents (2022)"),
        "{}",
        &r.body[r.body.find("class=\"cards\"").unwrap_or(0)..][..400]
    );
    assert!(r.body.contains("role=\"img\""), "an accessible chart");
    assert!(r.body.contains("Eurostat"), "sources");
    assert!(r.body.contains("Similar cities"), "peers section");
    assert!(
        r.body.contains("/api/v1/observations?geo=SK002C"),
        "download links"
    );
    // National context by citizenship, with nationals as the reference.
    assert!(r.body.contains("Gap to nationals"));
    // A low-reliability figure (non-EU citizens' employment rate, flag u) is drawn hollow
    // with its flag, not like the reliable ones (issue 11, finding 8).
    let chart = &r.body[r
        .body
        .find("id=\"nat-lfsa_ergan-t\"")
        .expect("the national chart")..];
    let chart = &chart[..chart.find("</svg>").unwrap()];
    assert!(
        chart.contains(r##"fill="#ffffff" stroke="#0072B2""##),
        "{chart}"
    );
    assert!(chart.contains("64.7 u</text>"), "{chart}");
}

#[tokio::test]
async fn estimated_foreign_born_shares_are_drawn_and_listed_as_estimates() {
    // Hamburg's foreign-born figures of 2017–2020 carry Eurostat's flag e (estimated); the
    // trend drew them like counts (issue 11, finding 8).
    let t = app();
    let r = get(&t.app, "/cities/DE002C").await;
    let chart = &r.body[r.body.find("id=\"fb-trend-t\"").expect("the trend chart")..];
    let chart = &chart[..chart.find("</svg>").unwrap()];
    assert!(chart.contains("2018: "), "{chart}");
    let hollow = chart
        .matches(r##"fill="#ffffff" stroke="#0072B2""##)
        .count();
    let all = chart.matches("<circle").count();
    assert!(
        hollow >= 4 && hollow < all,
        "{hollow} of {all} points hollow: {chart}"
    );
    assert!(chart.contains("(estimated)</title>"), "{chart}");
    assert!(
        r.body.contains("are estimates of Eurostat"),
        "the caption says so"
    );
    // The table beside it flags those years e, as every other table flags its figures.
    let table = &r.body[r.body.find("Foreign-born share (%)</th>").unwrap()..];
    let table = &table[..table.find("</table>").unwrap()];
    assert!(table.contains("<span class=\"flag e\""), "{table}");
    // Košice's figures are all counts: no hollow point, no note.
    let r = get(&t.app, "/cities/SK002C").await;
    let chart = &r.body[r.body.find("id=\"fb-trend-t\"").unwrap()..];
    let chart = &chart[..chart.find("</svg>").unwrap()];
    assert!(!chart.contains("#ffffff"), "{chart}");
    assert!(!r.body.contains("are estimates of Eurostat"));
}

#[tokio::test]
async fn search_is_accent_insensitive_with_suggestions() {
    let t = app();
    let r = get(&t.app, "/?q=kosice").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.headers["location"], "/cities/SK002C");
    // The names people use (issue 11, finding 12): English and the observatory's languages.
    for (q, code) in [
        ("Prague", "CZ001C"),
        ("Varsavia", "PL001C"),
        ("Rom", "IT001C"),
    ] {
        let r = get(&t.app, &format!("/?q={q}")).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{q}: {}", r.body);
        assert_eq!(r.headers["location"], format!("/cities/{code}"), "{q}");
    }
    let r = get(&t.app, "/?q=Koshice").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("Did you mean") && r.body.contains("Košice"),
        "{}",
        r.body
    );
}

#[tokio::test]
async fn unknown_pages_and_cities_are_404() {
    let t = app();
    assert_eq!(
        get(&t.app, "/cities/XX999C").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(get(&t.app, "/nowhere").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn published_pages_have_etags() {
    let t = app();
    let r = get(&t.app, "/cities/HR004C").await;
    let etag = r.headers["etag"].to_str().unwrap().to_string();
    let again = send(
        &t.app,
        axum::http::Request::get("/cities/HR004C")
            .header("if-none-match", &etag)
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
}

#[tokio::test]
async fn login_needs_the_form_token_and_is_rate_limited() {
    let t = app();
    // Without the double-submit cookie: refused.
    let r = send(
        &t.app,
        axum::http::Request::post("/login")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(axum::body::Body::from(
                "email=admin%40example.eu&password=x&csrf=abc",
            ))
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let login = |password: &'static str| {
        let app = t.app.clone();
        async move {
            send(
                &app,
                axum::http::Request::post("/login")
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("cookie", "obs_login_csrf=tok")
                    .body(axum::body::Body::from(format!(
                        "email=editor%40osijek.hr&password={}&csrf=tok&next=/data",
                        password.replace(' ', "+")
                    )))
                    .unwrap(),
            )
            .await
        }
    };
    let ok = login(PASSWORD).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let cookie = ok
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("obs_session="))
        .unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    for _ in 0..5 {
        let bad = login("wrong password!").await;
        assert_eq!(bad.headers["x-login-status"], "401");
    }
    // The sixth attempt is refused even with the right password.
    let blocked = login(PASSWORD).await;
    assert_eq!(blocked.headers["x-login-status"], "429");
}

/// The `href` of every link inside the first `<svg …class="tile-map"…>` of a page.
fn map_links(body: &str) -> Vec<String> {
    let start = body.find("class=\"tile-map\"").expect("the tile map");
    let svg = &body[start..start + body[start..].find("</svg>").unwrap()];
    svg.split("<a href=\"")
        .skip(1)
        .map(|s| s[..s.find('"').unwrap()].replace("&amp;", "&"))
        .collect()
}

#[tokio::test]
async fn home_has_a_tile_map_of_the_countries_with_cities() {
    let t = app();
    let r = get(&t.app, "/").await;
    assert_eq!(r.status, StatusCode::OK);
    // An accessible SVG: a title, a description, and a table with the same figures.
    assert!(r.body.contains("<title id=\"country-map-t\">"), "map title");
    assert!(
        r.body.contains("<desc id=\"country-map-d\">"),
        "map description"
    );
    assert!(r.body.contains("The map as a table"), "table alternative");
    assert!(r.body.contains("Median foreign-born share"), "legend");
    // One tile per country with cities (every such country of the test store has a
    // place in the layout), each linking to that country's list.
    let countries: std::collections::BTreeSet<String> = t
        .state
        .db
        .read(|s| Ok(s.geographies(Some(model::GeoLevel::City), None)?))
        .unwrap()
        .into_iter()
        .filter_map(|g| g.country.map(|c| c.to_string()))
        .collect();
    assert!(countries.len() > 20, "{countries:?}");
    let links = map_links(&r.body);
    assert_eq!(links.len(), countries.len(), "{links:?}");
    for c in &countries {
        let href = format!("/?country={c}#country-{c}");
        assert!(links.contains(&href), "no tile for {c}: {links:?}");
    }
    // Croatia's tile has a value (Osijek, Rijeka, … have foreign-born figures) and leads to
    // the list of Croatian cities, opened.
    assert!(
        r.body.contains("Croatia: median foreign-born share"),
        "Croatia's tile label"
    );
    let target = get(&t.app, "/?country=HR").await;
    assert_eq!(target.status, StatusCode::OK);
    let open = target
        .body
        .find("<details id=\"country-HR\" open")
        .expect("Croatia's list, open");
    let list = &target.body[open..open + target.body[open..].find("</details>").unwrap()];
    assert!(
        list.contains("Osijek") && list.contains("/cities/HR004C"),
        "{list}"
    );
    // Other lists stay closed; an odd parameter is ignored.
    assert!(!target.body.contains("<details id=\"country-SK\" open"));
    assert_eq!(
        get(&t.app, "/?country=%3Cx%3E").await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn compare_charts_nationals_eu_and_non_eu_citizens() {
    let t = app();
    let r = get(&t.app, "/compare?cities=Osijek,Rijeka").await;
    assert_eq!(r.status, StatusCode::OK);
    // The test store has the employment rate by citizenship (lfsa_ergan), nationally.
    assert!(
        r.body
            .contains("Migrants and nationals in the cities' countries"),
        "section"
    );
    let start = r
        .body
        .find("id=\"grp-lfsa_ergan-t\"")
        .expect("the grouped employment chart");
    let svg = &r.body[start..start + r.body[start..].find("</svg>").unwrap()];
    assert!(svg.contains("Employment rate"), "title");
    assert!(
        r.body.contains("<desc id=\"grp-lfsa_ergan-d\">"),
        "description"
    );
    for group in [
        "nationals",
        "citizens of other EU countries",
        "non-EU citizens",
    ] {
        assert!(svg.contains(group), "{group} in the chart");
    }
    // One cluster for Croatia, naming both cities; its table beside it.
    assert!(svg.contains("Croatia (Osijek, Rijeka)"), "{svg}");
    assert!(svg.contains("<rect"), "bars");
    assert!(r.body.contains("The figures as a table"));
    // Datasets the test store lacks get no empty chart.
    assert!(!r.body.contains("grp-ilc_di15"));
    // Two countries: two clusters.
    let r = get(&t.app, "/compare?cities=HR004C,SK002C").await;
    assert!(
        r.body.contains("Croatia (Osijek)") && r.body.contains("Slovakia (Košice"),
        "{}",
        &r.body[r.body.find("id=\"groups\"").unwrap_or(0)..]
    );
}

/// A table is shown on city profiles and the compare page by its catalogue file alone
/// (`catalogue/tables/edat_lfs_9911.toml`, no Rust): here with the bundled extract imported.
#[tokio::test]
async fn a_catalogue_table_appears_on_profiles_and_the_compare_page() {
    let t = app_with(&["eurostat-migrant-integration/edat_lfs_9911_attainment_by_citizenship.csv"]);
    let r = get(&t.app, "/cities/HR004C").await;
    assert_eq!(r.status, StatusCode::OK);
    let start = r
        .body
        .find("id=\"edat_lfs_9911\"")
        .expect("the table in the national section of the profile");
    let section = &r.body[start..];
    assert!(
        section.starts_with(
            "id=\"edat_lfs_9911\">Educational attainment by citizenship (LFS), Croatia"
        ),
        "{}",
        &section[..section.len().min(300)]
    );
    assert!(section.contains("foreign"), "the group");

    let r = get(&t.app, "/compare?cities=Osijek,Rijeka").await;
    assert_eq!(r.status, StatusCode::OK);
    let start = r
        .body
        .find("id=\"grp-edat_lfs_9911-t\"")
        .expect("the grouped chart of the table");
    let svg = &r.body[start..start + r.body[start..].find("</svg>").unwrap()];
    assert!(
        svg.contains("Low education (ISCED 0–2) of foreign citizens"),
        "{svg}"
    );
    assert!(svg.contains("Croatia (Osijek, Rijeka)"), "{svg}");
    assert!(svg.contains("<rect"), "bars");
    // The charts of the other tables keep their place before it.
    assert!(r.body.find("id=\"grp-lfsa_ergan-t\"").unwrap() < start);
}

#[tokio::test]
async fn the_scenario_page_shows_the_variant_the_pyramid_and_the_demand() {
    let t = app();
    let r = get(&t.app, "/scenarios/aargau").await;
    assert!(
        r.body.contains("Primary school places"),
        "school places from the bundled rates"
    );
    assert!(
        !r.body.contains("your assumptions</th>"),
        "no variant without assumptions"
    );
    assert!(
        !r.body.contains("General practitioners"),
        "no GP row without a rate"
    );
    let r = get(
        &t.app,
        "/scenarios/aargau?immigration=1.5&from=2030&residents_per_gp=1800&year=2045",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("your assumptions</th>"));
    assert!(r.body.contains("General practitioners"));
    assert!(r.body.contains("Population by age and nationality, 2045"));
    // The official reference scenario's 2055 total, as `observatory project` prints it.
    assert!(r.body.contains("893,780"), "reference 2055 total");
    let r = get(&t.app, "/scenarios/aargau?immigration=lots").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(
        r.body
            .contains("immigration: &#39;lots&#39; is not a factor from 0 to 5")
            || r.body
                .contains("immigration: 'lots' is not a factor from 0 to 5"),
        "{}",
        r.body
    );
    let r = get(&t.app, "/scenarios/nowhere").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = get(
        &t.app,
        "/api/v1/scenarios/aargau?format=csv&naturalisation=2",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    // The API's CSV has its columns in alphabetical order, as every table of the API.
    assert_eq!(
        r.body.lines().next(),
        Some(
            "area,births,deaths,emigrants,group,immigrants,naturalisations,population,scenario,year"
        )
    );
    assert!(r.body.lines().any(|l| l.starts_with("Aargau,")
        && l.contains(",all,")
        && l.ends_with(",your assumptions,2055")));
    let r = get(&t.app, "/scenarios/aargau/projection.csv?fertility=0.9").await;
    assert!(r.body.starts_with("scen,year,nat,sex,age,population,"));
    assert_eq!(r.body.lines().count() - 1, 4 * 31 * 404);
}

#[tokio::test]
async fn the_practice_library_searches_with_facets_without_javascript() {
    let t = app();
    let r = get(&t.app, "/practices?q=Sprachkurs").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body
            .contains(r#"<form method="get" action="/practices" role="search">"#)
    );
    // the expected record comes first, before any other result
    let first = r
        .body
        .find("/practices/AT-VIE-002")
        .expect("AT-VIE-002 listed");
    assert!(
        r.body
            .find("href=\"/practices/")
            .is_some_and(|i| i == first - 6)
    );
    assert!(r.body.contains("Thematic area") && r.body.contains("language"));
    let filtered = get(&t.app, "/practices?q=language&country=AT").await;
    assert!(
        filtered.body.contains("/practices/AT-VIE-002")
            && !filtered.body.contains("/practices/CZ-PRG-004")
    );
    assert_eq!(
        get(&t.app, "/practices?page=0").await.status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn a_practice_page_shows_its_fields_and_sources() {
    let t = app();
    let r = get(&t.app, "/practices/CZ-PRG-003").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("not stated by the source"),
        "empty funding is said to be empty"
    );
    assert!(
        r.body
            .contains("https://metropolevsech.eu/en/kontakty/urady-v-praze/")
    );
    assert!(r.body.contains(r#"href="/cities/CZ001C""#));
    assert_eq!(
        get(&t.app, "/practices/XX-NONE-000").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_city_profile_recommends_practices_with_reasons() {
    let t = app();
    let r = get(&t.app, "/cities/HR004C").await;
    assert!(r.body.contains("Recommended for this city"));
    assert!(r.body.contains("/practices/SK-KSC-001"));
    assert!(
        r.body
            .contains("a medium city like yours, documents a monitored practice")
    );
    let none = get(&t.app, "/cities/BE010C").await;
    assert!(
        none.body
            .contains("Nothing to recommend yet: none of the 38 practices")
    );
}

#[tokio::test]
async fn the_practice_library_is_in_the_api_as_on_the_pages() {
    let t = app();
    let r = get(&t.app, "/api/v1/practices?q=kosice").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let j = r.json();
    assert!(j["total"].as_u64().unwrap() >= 1);
    assert!(
        j["practices"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["country"] == "SK"),
        "{j}"
    );
    let id = j["practices"][0]["id"].as_str().unwrap().to_string();
    let r = get(&t.app, &format!("/api/v1/practices/{id}")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["id"], id.as_str());
    assert_eq!(
        get(&t.app, "/api/v1/practices/NOPE-1").await.status,
        StatusCode::NOT_FOUND
    );
    let r = get(&t.app, "/api/v1/practices?format=csv&per_page=1000").await;
    assert!(r.body.lines().count() > 30, "every practice as a row");
    let r = get(&t.app, "/api/v1/cities/HR004C/practices").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let j = r.json();
    assert!(
        !j["recommendations"].as_array().unwrap().is_empty() || j["empty"].is_string(),
        "{j}"
    );
}

#[tokio::test]
async fn the_funding_map_shows_a_places_gaps_and_possible_duplications() {
    let t = app();
    let index = get(&t.app, "/funding").await;
    assert_eq!(index.status, StatusCode::OK);
    assert!(
        index.body.contains("href=\"/funding/EL30\""),
        "{}",
        index.body
    );
    assert!(index.body.contains("EL-espa-ListOfOperations-2016-05-13"));
    let r = get(&t.app, "/funding/EL30").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("Gap: employment × third-country nationals"),
        "{}",
        r.body
    );
    assert!(r.body.contains("Possible duplications (5)"), "{}", r.body);
    assert!(r.body.contains("line 162: "));
    let api = get(&t.app, "/api/v1/funding/EL30").await;
    assert_eq!(api.status, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_eq!(v["operations"], 179);
    assert!(
        v["gaps"]
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g["group"] == "EU-mobile citizens")
    );
    let csv = get(&t.app, "/api/v1/funding/EL30?format=csv").await;
    assert!(
        csv.body.starts_with("eur,field,group,projects"),
        "{}",
        csv.body
    );
    let missing = get(&t.app, "/funding/XX-NOWHERE").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("no place 'XX-NOWHERE'"));
}

/// A gap to nationals is a difference of rates of the same year (issue 11, finding 8): the
/// national employment rates by citizenship keep their gaps (Croatia 2024: 71.0 − 73.5).
#[tokio::test]
async fn gaps_to_nationals_are_shown_for_rates() {
    let t = app();
    let r = get(&t.app, &format!("/cities/{OWN}")).await;
    let national = &r.body[r.body.find("Employment rate (LFS), Croatia").unwrap()..];
    assert!(
        national.contains("<td class=\"num\">−2.5</td>"),
        "{national}"
    );
}

/// One year per national chart (issue 11, finding 8): Croatia's median income by
/// citizenship has EU27 and non-EU27 groups to 2023 but the EU28 ones only to 2022; the
/// 2023 chart and table show each group once, of 2023, never a 2022 figure beside them.
#[tokio::test]
async fn a_national_chart_shows_one_year() {
    let t = app_with(&["eurostat-migrant-integration/ilc_di15_income_by_citizenship.csv"]);
    let r = get(&t.app, "/cities/HR004C").await;
    assert_eq!(r.status, StatusCode::OK);
    let start = r
        .body
        .find("id=\"ilc_di15\"")
        .expect("the national income section");
    let section = &r.body[start..];
    let section = &section[..section.find("</table>").unwrap()];
    assert!(section.contains("Croatia, 2023"), "{section}");
    let tbody = &section[section.find("<tbody>").unwrap()..];
    let groups: Vec<&str> = tbody
        .split("<tr><td>")
        .skip(1)
        .map(|row| &row[..row.find("</td>").unwrap()])
        .collect();
    let mut unique = groups.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(groups.len(), unique.len(), "a group twice: {groups:?}");
    // 2023's figures (EU27 10,605 and the 2022 EU28 10,970 must not both appear).
    assert!(
        !tbody.contains("10,970") && !tbody.contains("10970"),
        "{tbody}"
    );
}

/// Issue 11, finding 12: the upload form pointed at "docs/tidy-csv.md in the repository".
/// The web offers the guide in the reader's language and the template itself.
#[tokio::test]
async fn the_tidy_guide_and_template_are_on_the_web() {
    let t = app();
    let guide = get(&t.app, "/data/tidy").await;
    assert_eq!(guide.status, 200);
    assert!(guide.body.contains("Your own figures in the tidy layout"));
    assert!(guide.body.contains("<code>Value</code>"));
    assert!(
        guide
            .body
            .contains("href=\"/data/templates/tidy-template.csv\"")
    );
    assert!(!guide.body.contains("docs/tidy-csv.md"));
    let de = send(
        &t.app,
        axum::http::Request::get("/data/tidy?lang=de")
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert!(
        de.body.contains("Eigene Zahlen im Tidy-Format"),
        "{}",
        de.body
    );
    let csv = get(&t.app, "/data/templates/tidy-template.csv").await;
    assert_eq!(csv.status, 200);
    assert!(csv.body.starts_with("Year,geo,indicator"), "{}", csv.body);
    assert!(
        csv.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let nested = get(&t.app, "/data/templates/demand/rates-template.csv").await;
    assert_eq!(nested.status, 200);
    // Nothing outside the templates' folder, nothing but CSV.
    for wrong in [
        "/data/templates/../SOURCES.md",
        "/data/templates/..%2Fbundle.toml",
        "/data/templates/projection/README.md",
        "/data/templates/nope.csv",
    ] {
        let r = get(&t.app, wrong).await;
        assert_eq!(r.status, 404, "{wrong}: {}", r.body);
    }
}

/// The local links of a page (`href="/…"`), without the fragment, each once.
fn local_links(body: &str) -> Vec<String> {
    let mut links: Vec<String> = body
        .split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|h| h.starts_with('/') && !h.starts_with("//"))
        .map(|h| h.split('#').next().unwrap_or(h).replace("&amp;", "&"))
        .collect();
    links.sort();
    links.dedup();
    links
}

/// The trial followed every link of the profiles and found two that led nowhere (the
/// typology link to `/api/v1/cities/`, a town's survey page): every local link of a city's
/// and a town's profile answers.
#[tokio::test]
async fn every_link_of_a_profile_leads_somewhere() {
    let t = app();
    t.state
        .db
        .write(|s| {
            let town = importer::places::NewMunicipality {
                code: "IT_028075".into(),
                name: "Rubano".into(),
                region: "ITH36".into(),
            };
            importer::places::add_municipality(s, "test", &town)
                .map(|_| ())
                .map_err(|e| web::AppError::bad(e.to_string()))
        })
        .unwrap();
    for page in ["/cities/HR004C", "/cities/DE001C", "/cities/IT_028075"] {
        let r = get(&t.app, page).await;
        assert_eq!(r.status, StatusCode::OK, "{page}");
        let links = local_links(&r.body);
        assert!(links.len() > 10, "{page}: {links:?}");
        for link in links {
            // Sign-in pages and downloads of big files answer too; the language switch
            // only sets a cookie.
            let got = get(&t.app, &link).await;
            assert!(
                got.status.is_success() || got.status.is_redirection(),
                "{page} links to {link}: {}",
                got.status
            );
        }
    }
}

/// The trial read "317,050 residents (2024)" on Berlin's profile: Eurostat's 2024 value,
/// flagged as a break in the series, after 3,755,251 in 2023. The headline keeps 2023 and
/// says why the newer figure is not shown.
#[tokio::test]
async fn a_break_in_the_population_series_does_not_become_the_headline() {
    let t = app();
    let r = get(&t.app, "/cities/DE001C").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body
            .contains("<div class=\"value\">3,755,251</div><div class=\"label\">residents (2023)"),
        "{}",
        &r.body[r.body.find("class=\"cards\"").unwrap_or(0)..][..600]
    );
    assert!(
        r.body
            .contains("Eurostat's 2024 figure, 317,050, is marked as a break")
    );
    // Osijek's newest value has no break: it is the headline.
    let osijek = get(&t.app, "/cities/HR004C").await;
    assert!(!osijek.body.contains("marked as a break"));
}

/// The trial read "The 0 most similar cities … choose other features with --features"
/// above an empty table on Vienna's profile: a page names no command-line option, and a
/// city without peers says only why.
#[tokio::test]
async fn a_city_without_peers_says_why_in_words_of_the_web() {
    // Vienna with its district moves only: no context figures of its own here.
    let t = app_with(&[
        "eurostat-urban-audit/urb_cpop1_population_2013-2022_codes.csv",
        "vienna/vie-zbz-pop-sex-nat-geo2-mig-2007f.csv",
    ]);
    for lang in ["en", "de", "hr", "cs", "sk", "it", "bg"] {
        let r = get(&t.app, &format!("/cities/AT001C?lang={lang}")).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(!r.body.contains("--features"), "{lang}");
    }
    let r = get(&t.app, "/cities/AT001C").await;
    assert!(!r.body.contains("The 0 most similar"), "{}", r.body);
    let peers = &r.body[r.body.find("id=\"peers\"").unwrap()..];
    let next = peers[4..].find("<h2").map_or(peers.len(), |i| i + 4);
    assert!(!peers[..next].contains("<table"), "{}", &peers[..next]);
    assert!(
        peers[..next].contains("no city can be compared with it"),
        "{}",
        &peers[..next]
    );
}
