//! The authorisation matrix: every role × every write endpoint × own/other city. Allowed
//! cells must succeed; every other cell must be refused *and* change nothing.

use crate::common::*;
use axum::http::StatusCode;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Endpoint {
    Upload,
    Submit,
    Publish,
    Return,
    CreateUser,
}

const ENDPOINTS: [Endpoint; 5] = [
    Endpoint::Upload,
    Endpoint::Submit,
    Endpoint::Publish,
    Endpoint::Return,
    Endpoint::CreateUser,
];

/// Who may, on a submission of `city`: the expected matrix, written out by hand (not
/// derived from the code under test).
fn expected(who: &str, e: Endpoint, city: &str) -> bool {
    let own = city == OWN;
    match (who, e) {
        ("admin@example.eu", _) => true,
        ("editor@osijek.hr", Endpoint::Upload | Endpoint::Submit) => own,
        ("editor@kosice.sk", Endpoint::Upload | Endpoint::Submit) => !own,
        ("approver@osijek.hr", Endpoint::Publish | Endpoint::Return) => own,
        ("approver@kosice.sk", Endpoint::Publish | Endpoint::Return) => !own,
        _ => false,
    }
}

#[tokio::test]
async fn every_role_every_write_endpoint_own_and_other_city() {
    let t = app();
    let mut principals: Vec<(&str, Option<&str>)> = vec![("public", None)];
    principals.extend(USERS.iter().map(|u| (u.0, Some(u.3))));
    let mut cells = 0;
    for (who, token) in &principals {
        for e in ENDPOINTS {
            for city in [OWN, OTHER] {
                if e == Endpoint::CreateUser && city == OTHER {
                    continue; // not city-scoped
                }
                let before_subs = t
                    .state
                    .db
                    .read(|s| Ok(s.submissions(None, None)?.len()))
                    .unwrap();
                let (uri, body, id) = match e {
                    Endpoint::Upload => (
                        format!("/api/v1/submissions?city={city}&file_name=c.csv"),
                        OSIJEK_CSV.to_string(),
                        None,
                    ),
                    Endpoint::Submit => {
                        let id = submission(&t.state, city, "draft");
                        (
                            format!("/api/v1/submissions/{id}/submit"),
                            String::new(),
                            Some(id),
                        )
                    }
                    Endpoint::Publish => {
                        let id = submission(&t.state, city, "submitted");
                        (
                            format!("/api/v1/submissions/{id}/publish"),
                            String::new(),
                            Some(id),
                        )
                    }
                    Endpoint::Return => {
                        let id = submission(&t.state, city, "submitted");
                        (
                            format!("/api/v1/submissions/{id}/return"),
                            r#"{"comment":"check 2023"}"#.into(),
                            Some(id),
                        )
                    }
                    Endpoint::CreateUser => (
                        "/api/v1/users".into(),
                        format!(
                            r#"{{"email":"new{cells}@example.eu","password":"a long password","role":"viewer"}}"#
                        ),
                        None,
                    ),
                };
                let status_before = id.map(|i| status_of(&t.state, i));
                let subs_before = t
                    .state
                    .db
                    .read(|s| Ok(s.submissions(None, None)?.len()))
                    .unwrap();
                let users_before = t.state.db.read(|s| Ok(s.users()?.len())).unwrap();
                let r = post_as(&t.app, &uri, *token, &body).await;
                let allowed = expected(who, e, city);
                if allowed {
                    assert!(
                        r.status.is_success(),
                        "{who} {e:?} {city}: expected success, got {} {}",
                        r.status,
                        r.body
                    );
                } else {
                    assert!(
                        matches!(
                            r.status,
                            StatusCode::UNAUTHORIZED
                                | StatusCode::FORBIDDEN
                                | StatusCode::NOT_FOUND
                        ),
                        "{who} {e:?} {city}: expected a refusal, got {} {}",
                        r.status,
                        r.body
                    );
                    assert!(r.json()["error"]["code"].is_string());
                    // Nothing changed.
                    if let Some(i) = id {
                        assert_eq!(
                            Some(status_of(&t.state, i)),
                            status_before,
                            "{who} {e:?} {city} changed the status"
                        );
                    }
                    assert_eq!(
                        t.state
                            .db
                            .read(|s| Ok(s.submissions(None, None)?.len()))
                            .unwrap(),
                        subs_before
                    );
                    assert_eq!(
                        t.state.db.read(|s| Ok(s.users()?.len())).unwrap(),
                        users_before
                    );
                }
                let _ = before_subs;
                cells += 1;
            }
        }
    }
    assert_eq!(cells, 7 * 9);
}

#[tokio::test]
async fn form_writes_need_the_session_csrf_token() {
    let t = app();
    let id = submission(&t.state, OWN, "draft");
    // Log in as the editor of the city.
    let r = send(
        &t.app,
        axum::http::Request::post("/login")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", "obs_login_csrf=tok")
            .body(axum::body::Body::from(
                "email=editor%40osijek.hr&password=correct+horse+battery&csrf=tok",
            ))
            .unwrap(),
    )
    .await;
    let session = r
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("obs_session="))
        .unwrap();
    let session = session.split(';').next().unwrap().to_string();
    let post = |body: String| {
        let app = t.app.clone();
        let session = session.clone();
        async move {
            send(
                &app,
                axum::http::Request::post(format!("/submissions/{id}/submit"))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .header("cookie", session)
                    .body(axum::body::Body::from(body))
                    .unwrap(),
            )
            .await
        }
    };
    let r = post("csrf=forged".into()).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(status_of(&t.state, id), "draft");
    // The page carries the real token.
    let page = send(
        &t.app,
        axum::http::Request::get(format!("/submissions/{id}"))
            .header("cookie", &session)
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    let token = page
        .body
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let r = post(format!("csrf={token}")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(status_of(&t.state, id), "submitted");
}

/// A draft estimate of `geo` with a value no other figure has.
fn draft_estimate(state: &web::AppState, geo: &str, variable: &str, value: f64) {
    let record = store::estimates::EstimateRecord {
        observation: model::Observation {
            dataset: "computed:hr_silc_test".into(),
            variable: variable.into(),
            geo: model::GeoCode::new(geo),
            group: model::PopulationGroup::total(),
            breakdown: Default::default(),
            period: model::Period::parse("2023").unwrap(),
            value,
            unit: Some("percent".into()),
            flags: Default::default(),
        },
        withheld: false,
        std_error: Some(0.5),
        ci_lower: Some(value - 1.0),
        ci_upper: Some(value + 1.0),
        cv: Some(0.01),
        n: Some(800),
        reliability: String::new(),
        suppression: "published".into(),
        suppression_reason: String::new(),
        gap: None,
        gap_std_error: None,
        gap_kind: String::new(),
        catalogue_version: "test".into(),
        indicator_version: 1,
        method: "taylor".into(),
        design_note: String::new(),
    };
    let prov = model::Provenance {
        file_name: "hr_silc_microdata_secret.csv".into(),
        sha256: format!("engine-{geo}-{variable}"),
        format: "engine".into(),
        source: "test".into(),
        licence: String::new(),
    };
    state
        .db
        .write(|s| Ok(s.write_estimates(&prov, &[record], "{}")?))
        .unwrap();
}

#[tokio::test]
async fn draft_estimates_are_seen_only_by_who_may_read_drafts_of_their_place() {
    let t = app();
    draft_estimate(&t.state, OWN, "city_draft_rate", 71.3);
    draft_estimate(&t.state, "HR", "national_draft_rate", 64.2);
    // (who, sees the city's draft, sees the national draft)
    let cases: [(&str, Option<&str>, bool, bool); 7] = [
        ("public", None, false, false),
        ("admin", Some(token_of("admin@example.eu")), true, true),
        ("viewer", Some(token_of("viewer@example.eu")), true, true),
        (
            "own editor",
            Some(token_of("editor@osijek.hr")),
            true,
            false,
        ),
        (
            "own approver",
            Some(token_of("approver@osijek.hr")),
            true,
            false,
        ),
        (
            "other editor",
            Some(token_of("editor@kosice.sk")),
            false,
            false,
        ),
        (
            "other approver",
            Some(token_of("approver@kosice.sk")),
            false,
            false,
        ),
    ];
    for (who, token, city, national) in cases {
        let page = match token {
            Some(tk) => get_as(&t.app, &format!("/cities/{OWN}"), tk).await,
            None => get(&t.app, &format!("/cities/{OWN}")).await,
        };
        assert_eq!(page.status, StatusCode::OK, "{who}");
        assert_eq!(
            page.body.contains("city draft rate"),
            city,
            "{who}: city draft"
        );
        assert_eq!(page.body.contains("71.3"), city, "{who}: city draft value");
        assert_eq!(
            page.body.contains("national draft rate"),
            national,
            "{who}: national draft"
        );
    }
    // Published, they are everybody's.
    t.state
        .db
        .write(|s| Ok(s.publish_estimates("test", "computed:hr_silc_test")?))
        .unwrap();
    let page = get(&t.app, &format!("/cities/{OWN}")).await;
    assert!(page.body.contains("city draft rate") && page.body.contains("national draft rate"));
}

#[tokio::test]
async fn the_import_of_draft_estimates_is_not_public_until_published() {
    let t = app();
    draft_estimate(&t.state, "HR", "national_draft_rate", 64.2);
    let secret = "hr_silc_microdata_secret.csv";
    let editor = token_of("editor@osijek.hr");
    let viewer = token_of("viewer@example.eu");
    for uri in ["/data", "/api/v1/imports?per_page=1000"] {
        assert!(
            !get(&t.app, uri).await.body.contains(secret),
            "public {uri}"
        );
        assert!(
            !get_as(&t.app, uri, editor).await.body.contains(secret),
            "editor {uri}"
        );
        assert!(
            get_as(&t.app, uri, viewer).await.body.contains(secret),
            "viewer {uri}"
        );
    }
    t.state
        .db
        .write(|s| Ok(s.publish_estimates("test", "computed:hr_silc_test")?))
        .unwrap();
    for uri in ["/data", "/api/v1/imports?per_page=1000"] {
        assert!(
            get(&t.app, uri).await.body.contains(secret),
            "public {uri} after publication"
        );
    }
}

/// Published survey estimates carry their uncertainty in the observations API (issue 11,
/// finding 9), and a withheld cell is listed with its kind of suppression but no value, n
/// or interval; drafts carry nothing to the public.
#[tokio::test]
async fn published_estimates_carry_their_uncertainty_and_withheld_cells_no_value() {
    let t = app();
    draft_estimate(&t.state, OWN, "employment_rate", 61.5);
    let mut withheld = store::estimates::EstimateRecord {
        observation: model::Observation {
            dataset: "computed:hr_silc_test".into(),
            variable: "employment_rate".into(),
            geo: model::GeoCode::new(OWN),
            group: model::PopulationGroup::parse_key("citizen=NEU27_2020_FOR").unwrap(),
            breakdown: Default::default(),
            period: model::Period::parse("2023").unwrap(),
            value: 47.0,
            unit: Some("percent".into()),
            flags: Default::default(),
        },
        withheld: true,
        std_error: None,
        ci_lower: None,
        ci_upper: None,
        cv: None,
        n: None,
        reliability: String::new(),
        suppression: "primary".into(),
        suppression_reason: "fewer persons than the threshold".into(),
        gap: None,
        gap_std_error: None,
        gap_kind: String::new(),
        catalogue_version: "test".into(),
        indicator_version: 1,
        method: "taylor".into(),
        design_note: String::new(),
    };
    withheld.observation.value = 47.0;
    let prov = model::Provenance {
        file_name: "withheld".into(),
        sha256: "engine-withheld".into(),
        format: "engine".into(),
        source: "test".into(),
        licence: String::new(),
    };
    t.state
        .db
        .write(|s| Ok(s.write_estimates(&prov, &[withheld], "{}")?))
        .unwrap();
    let url = format!("/api/v1/observations?geo={OWN}&dataset=computed:hr_silc_test");
    assert_eq!(
        get(&t.app, &url).await.json()["total"],
        0,
        "drafts are not public"
    );
    t.state
        .db
        .write(|s| Ok(s.publish_estimates("test", "computed:hr_silc_test")?))
        .unwrap();
    let r = get(&t.app, &url).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let items = r.json()["data"].as_array().unwrap().clone();
    let shown = items
        .iter()
        .find(|i| i["group"] == "")
        .unwrap_or_else(|| panic!("{}", r.body));
    assert_eq!(shown["value"], 61.5);
    assert_eq!(
        (
            shown["std_error"].clone(),
            shown["ci_lower"].clone(),
            shown["ci_upper"].clone()
        ),
        (0.5.into(), 60.5.into(), 62.5.into())
    );
    assert_eq!(
        (
            shown["n"].clone(),
            shown["method"].clone(),
            shown["disclosure"].clone()
        ),
        (800.into(), "taylor".into(), "shown".into())
    );
    let cell = items
        .iter()
        .find(|i| i["group"] == "citizen=NEU27_2020_FOR")
        .unwrap_or_else(|| panic!("the withheld cell is listed: {}", r.body));
    assert_eq!(cell["disclosure"], "primary");
    assert!(cell["value"].is_null() && cell["n"].is_null() && cell["std_error"].is_null());
    assert!(
        !r.body.contains("47"),
        "the withheld value leaked: {}",
        r.body
    );
    let csv = get(&t.app, &format!("{url}&format=csv")).await;
    assert!(
        csv.body.lines().next().unwrap().contains("std_error"),
        "{}",
        csv.body
    );
    assert!(!csv.body.contains(",47"), "{}", csv.body);
}
