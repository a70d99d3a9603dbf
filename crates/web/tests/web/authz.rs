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
