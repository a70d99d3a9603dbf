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
    assert!(r.body.contains("role=\"img\""), "an accessible chart");
    assert!(r.body.contains("Eurostat"), "sources");
    assert!(r.body.contains("Similar cities"), "peers section");
    assert!(
        r.body.contains("/api/v1/observations?geo=SK002C"),
        "download links"
    );
    // National context by citizenship, with nationals as the reference.
    assert!(r.body.contains("Gap to nationals"));
}

#[tokio::test]
async fn search_is_accent_insensitive_with_suggestions() {
    let t = app();
    let r = get(&t.app, "/?q=kosice").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.headers["location"], "/cities/SK002C");
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
