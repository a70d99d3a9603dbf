//! Accounts: the login lock per account (and per address against spraying), the login
//! page's messages, and the administrator's operations on accounts and API tokens through
//! the admin page's forms, each in the audit log.

use crate::common::*;
use axum::body::Body;
use axum::http::{Request, StatusCode};

async fn login(t: &TestApp, email: &str, password: &str) -> Resp {
    send(
        &t.app,
        Request::post("/login")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", "obs_login_csrf=tok")
            .body(Body::from(format!(
                "email={}&password={}&csrf=tok&next=/data",
                email.replace('@', "%40"),
                password.replace(' ', "+")
            )))
            .unwrap(),
    )
    .await
}

/// The session cookie (`obs_session=…`) of a successful login.
fn session_of(r: &Resp) -> Option<String> {
    r.headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("obs_session=") && !c.starts_with("obs_session=;"))
        .map(|c| c.split(';').next().unwrap().to_string())
}

#[tokio::test]
async fn a_locked_account_does_not_lock_out_another_at_the_same_address() {
    let t = app();
    for _ in 0..5 {
        let r = login(&t, "editor@osijek.hr", "wrong password!").await;
        assert_eq!(r.headers["x-login-status"], "401");
    }
    assert_eq!(
        login(&t, "editor@osijek.hr", PASSWORD).await.headers["x-login-status"],
        "429",
        "the account is locked"
    );
    // Before the fix the address was locked too: the approver got 429 for 15 minutes.
    let r = login(&t, "approver@osijek.hr", PASSWORD).await;
    assert!(session_of(&r).is_some(), "{:?} {}", r.headers, r.body);
}

#[tokio::test]
async fn an_address_spraying_many_accounts_is_refused() {
    let t = app();
    for i in 0..50 {
        let r = login(&t, &format!("nobody{i}@example.eu"), "Winter2026!").await;
        assert_eq!(r.headers["x-login-status"], "401", "attempt {i}");
    }
    let r = login(&t, "viewer@example.eu", PASSWORD).await;
    assert_eq!(r.headers["x-login-status"], "429");
}

#[tokio::test]
async fn the_login_page_shows_only_messages_the_server_chose() {
    let t = app();
    let forged = get(
        &t.app,
        "/login?error=Your+account+is+locked.+Call+the+help+desk+at+%2B385+555+0100",
    )
    .await;
    assert_eq!(forged.status, StatusCode::OK);
    assert!(!forged.body.contains("help desk"), "URL text printed");
    // A failed login redirects with a code, and the page shows its fixed text.
    let r = login(&t, "editor@osijek.hr", "wrong password!").await;
    let to = r.headers["location"].to_str().unwrap().to_string();
    assert!(to.ends_with("error=credentials"), "{to}");
    let page = get(&t.app, &to).await;
    assert!(
        page.body.contains("Wrong e-mail or password."),
        "{}",
        page.body
    );
}

/// A signed-in administrator: the session cookie and the CSRF token of its forms.
async fn admin_session(t: &TestApp) -> (String, String) {
    let session = session_of(&login(t, "admin@example.eu", PASSWORD).await).unwrap();
    let page = send(
        &t.app,
        Request::get("/admin")
            .header("cookie", &session)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let csrf = page
        .body
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    (session, csrf)
}

async fn form(t: &TestApp, session: &str, uri: &str, body: &str) -> Resp {
    send(
        &t.app,
        Request::post(uri)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", session)
            .body(Body::from(body.to_string()))
            .unwrap(),
    )
    .await
}

fn user_id(t: &TestApp, email: &str) -> i64 {
    t.state
        .db
        .read(|s| Ok(s.user_by_email(email)?))
        .unwrap()
        .unwrap()
        .id
}

fn audit_actions(t: &TestApp) -> Vec<String> {
    t.state
        .db
        .read(|s| Ok(s.audit_log(100, None)?))
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect()
}

#[tokio::test]
async fn an_administrator_manages_tokens_from_the_admin_page() {
    let t = app();
    let (session, csrf) = admin_session(&t).await;
    let editor = user_id(&t, "editor@osijek.hr");
    let r = form(
        &t,
        &session,
        &format!("/admin/users/{editor}/tokens"),
        &format!("csrf={csrf}&name=nightly&days=30"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.headers["cache-control"], "no-store");
    let token = r
        .body
        .split("obs_")
        .nth(1)
        .map(|s| format!("obs_{}", &s[..64]))
        .unwrap();
    assert_eq!(
        get_as(&t.app, "/api/v1/submissions", &token).await.status,
        StatusCode::OK
    );
    let tokens = t.state.db.read(|s| Ok(s.api_tokens(editor)?)).unwrap();
    let made = tokens.iter().find(|k| k.name == "nightly").unwrap();
    let days =
        (made.expires_at.unwrap() - time::OffsetDateTime::now_utc().unix_timestamp()) / 86_400;
    assert!((29..=30).contains(&days), "{days}");
    // Listed on the page, and revoked from it.
    let page = send(
        &t.app,
        Request::get("/admin")
            .header("cookie", &session)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert!(
        page.body
            .contains(&format!("/admin/tokens/{}/revoke", made.id))
    );
    let r = form(
        &t,
        &session,
        &format!("/admin/tokens/{}/revoke", made.id),
        &format!("csrf={csrf}"),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        get_as(&t.app, "/api/v1/submissions", &token).await.status,
        StatusCode::UNAUTHORIZED
    );
    let actions = audit_actions(&t);
    assert!(actions.contains(&"token.create".into()) && actions.contains(&"token.revoke".into()));
}

#[tokio::test]
async fn an_administrator_disables_changes_resets_and_deletes_accounts() {
    let t = app();
    let (session, csrf) = admin_session(&t).await;
    let editor = user_id(&t, "editor@osijek.hr");
    let token = token_of("editor@osijek.hr");
    let op = |name: &str| format!("/admin/users/{editor}/{name}");
    // Disabled: the token is refused and a login fails.
    let r = form(&t, &session, &op("disable"), &format!("csrf={csrf}")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        get_as(&t.app, "/api/v1/submissions", token).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert!(session_of(&login(&t, "editor@osijek.hr", PASSWORD).await).is_none());
    form(&t, &session, &op("enable"), &format!("csrf={csrf}")).await;
    assert_eq!(
        get_as(&t.app, "/api/v1/submissions", token).await.status,
        StatusCode::OK
    );
    // A new role: approver of the same city.
    let r = form(
        &t,
        &session,
        &op("role"),
        &format!("csrf={csrf}&role=approver&city={OWN}"),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let grants = t.state.db.read(|s| Ok(s.grants(editor)?)).unwrap();
    assert_eq!(grants.len(), 1);
    assert_eq!(
        (grants[0].role.as_str(), grants[0].city.as_str()),
        ("approver", OWN)
    );
    // A password reset: the new one works, the old one not.
    let r = form(
        &t,
        &session,
        &op("password"),
        &format!("csrf={csrf}&password=a+brand+new+secret"),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(session_of(&login(&t, "editor@osijek.hr", "a brand new secret").await).is_some());
    assert!(session_of(&login(&t, "editor@osijek.hr", PASSWORD).await).is_none());
    // Deleted, after confirmation.
    let r = form(&t, &session, &op("delete"), &format!("csrf={csrf}")).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "unconfirmed");
    let r = form(
        &t,
        &session,
        &op("delete"),
        &format!("csrf={csrf}&confirm=yes"),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(t.state.db.read(|s| Ok(s.user(editor)?)).unwrap().is_none());
    let actions = audit_actions(&t);
    for a in [
        "user.disable",
        "user.enable",
        "user.role",
        "user.password",
        "user.delete",
    ] {
        assert!(
            actions.contains(&a.to_string()),
            "{a} not audited: {actions:?}"
        );
    }
}

#[tokio::test]
async fn account_operations_need_an_administrator_and_the_csrf_token() {
    let t = app();
    let (session, _csrf) = admin_session(&t).await;
    let editor = user_id(&t, "editor@osijek.hr");
    let uri = format!("/admin/users/{editor}/disable");
    // A forged form.
    let r = form(&t, &session, &uri, "csrf=forged").await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // Somebody else than an administrator.
    for (token, status) in [
        (Some(token_of("approver@osijek.hr")), StatusCode::FORBIDDEN),
        (None, StatusCode::UNAUTHORIZED),
    ] {
        let mut b = Request::post(&uri).header("content-type", "application/x-www-form-urlencoded");
        if let Some(tk) = token {
            b = b.header("authorization", format!("Bearer {tk}"));
        }
        let r = send(&t.app, b.body(Body::from("csrf=")).unwrap()).await;
        assert_eq!(r.status, status, "{}", r.body);
    }
    assert!(
        !t.state
            .db
            .read(|s| Ok(s.user(editor)?))
            .unwrap()
            .unwrap()
            .disabled
    );
}

/// A GET as a browser set to German asks for it, with an API token when given.
async fn get_in_german(t: &TestApp, uri: &str, token: Option<&str>) -> Resp {
    let mut b = Request::get(uri).header("accept-language", "de-DE,de;q=0.9,en;q=0.5");
    if let Some(token) = token {
        b = b.header("authorization", format!("Bearer {token}"));
    }
    send(&t.app, b.body(Body::empty()).unwrap()).await
}

/// The login page, an error page and the API's errors in the reader's language (issue 16):
/// a German reader gets German texts and `<html lang="de">`; an API client gets the
/// message in German and the same stable `code` as everyone.
#[tokio::test]
async fn a_german_reader_gets_the_login_page_and_the_errors_in_german() {
    let t = app();
    let login = get_in_german(&t, "/login?error=credentials", None).await;
    assert_eq!(login.status, StatusCode::OK);
    assert!(login.body.contains("<html lang=\"de\""), "{}", login.body);
    for needle in [
        "<h1>Anmelden</h1>",
        "E-Mail oder Passwort ist falsch.",
        "<label for=\"password\">Passwort</label>",
        "Konten legt die Administration an (<code>observatory add-user</code>).",
    ] {
        assert!(
            login.body.contains(needle),
            "the German login page lacks «{needle}»"
        );
    }
    assert!(!login.body.contains("For city editors"), "{}", login.body);

    let missing = get_in_german(&t, "/nowhere", None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(
        missing.body.contains("<html lang=\"de\""),
        "{}",
        missing.body
    );
    assert!(
        missing.body.contains("<h1>Nicht gefunden</h1>"),
        "{}",
        missing.body
    );
    assert!(
        missing.body.contains("keine Seite unter /nowhere"),
        "{}",
        missing.body
    );
    assert!(!missing.body.contains("Not Found"), "{}", missing.body);

    // The API: the message in German, the code as in every language.
    let r = get_in_german(&t, "/api/v1/nowhere", None).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.json()["error"]["code"], "not_found", "{}", r.body);
    assert_eq!(
        r.json()["error"]["message"],
        "keine Seite unter /api/v1/nowhere"
    );
    let r = get_in_german(&t, "/api/v1/observations?geo=HR004C", Some("obs_nobody")).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(r.json()["error"]["code"], "unauthenticated", "{}", r.body);
    assert_eq!(
        r.json()["error"]["message"],
        "unbekanntes oder widerrufenes API-Token"
    );

    // A file the reader cannot parse: a German frame around the reader's English (file,
    // line), which names the place in the file.
    let bad = send(
        &t.app,
        Request::post(format!("/api/v1/submissions?city={OWN}&file_name=bad.csv"))
            .header("accept-language", "de")
            .header(
                "authorization",
                format!("Bearer {}", token_of("editor@osijek.hr")),
            )
            .body(Body::from("Year,indicator,Value\n20x1,residents,5\n"))
            .unwrap(),
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.json()["error"]["code"], "invalid_file", "{}", bad.body);
    let msg = bad.json()["error"]["message"].as_str().unwrap().to_string();
    assert!(
        msg.starts_with("Die Datei konnte nicht gelesen werden: ") && msg.contains("line 2"),
        "{msg}"
    );
}

/// The data pages and the workflow's statuses in German, the administration's roles too.
#[tokio::test]
async fn a_german_reader_gets_the_data_pages_the_statuses_and_the_roles_in_german() {
    let t = app();
    let id = submission(&t.state, OWN, "submitted");
    let approver = token_of("approver@osijek.hr");
    let page = get_in_german(&t, &format!("/submissions/{id}"), Some(approver)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("<html lang=\"de\""));
    let title = format!("<h1>Einreichung {id}: city_services.csv</h1>");
    for needle in [
        title.as_str(),
        ">eingereicht</span>",
        "2 Werte",
        "Prüfbericht",
        "Freigeben und veröffentlichen",
        "Mit einem Kommentar zurückgeben",
        "<td>Entwurf</td><td>eingereicht</td>",
    ] {
        assert!(
            page.body.contains(needle),
            "the German submission lacks «{needle}»"
        );
    }
    let data = get_in_german(&t, "/data", Some(approver)).await;
    assert!(data.body.contains("<h1>Daten</h1>"));
    assert!(data.body.contains("Importe und Herkunft der Daten"));

    let admin = get_in_german(&t, "/admin", Some(token_of("admin@example.eu"))).await;
    assert_eq!(admin.status, StatusCode::OK, "{}", admin.body);
    for needle in [
        "<h1>Verwaltung</h1>",
        "<span class=\"badge\">Redaktion · HR004C</span>",
        "<span class=\"badge\">Administration</span>",
        "<option value=\"approver\">Freigabe der Stadt</option>",
        "Änderungsprotokoll",
    ] {
        assert!(
            admin.body.contains(needle),
            "the German administration lacks «{needle}»"
        );
    }
}

/// Every page of the data, administration, login and API areas, and an error page, in
/// every language: no message is missing (`⟦key⟧`) and no argument is left unfilled.
#[tokio::test]
async fn the_data_admin_login_and_api_pages_are_whole_in_every_language() {
    let t = app();
    let id = submission(&t.state, OWN, "submitted");
    let admin = token_of("admin@example.eu");
    let submission_page = format!("/submissions/{id}");
    let pages: [(&str, Option<&str>); 7] = [
        ("/login?error=locked", None),
        ("/data", None),
        ("/data", Some(admin)),
        (submission_page.as_str(), Some(admin)),
        ("/admin", Some(admin)),
        ("/api", None),
        ("/nowhere", None),
    ];
    for lang in i18n::Lang::ALL {
        for (uri, token) in pages {
            let mut b = Request::get(uri).header("accept-language", lang.tag());
            if let Some(token) = token {
                b = b.header("authorization", format!("Bearer {token}"));
            }
            let r = send(&t.app, b.body(Body::empty()).unwrap()).await;
            let html_lang = format!("<html lang=\"{}\"", lang.tag());
            assert!(r.body.contains(&html_lang), "{lang} {uri}: {}", r.body);
            for broken in ["⟦", "{$", "{ $"] {
                assert!(
                    !r.body.contains(broken),
                    "{lang} {uri}: «{broken}» in {}",
                    r.body
                );
            }
        }
    }
}

/// Issue 11, finding 12: Rubano, a town outside the Urban Audit, could not be found or
/// added from the web. An administrator adds it by its LAU id (028 is ISTAT's province of
/// Padova; the last digits are this test's); then the search finds it, its page says what
/// it has and lacks, and the cached home page lists it.
#[tokio::test]
async fn an_administrator_adds_a_town_outside_the_urban_audit() {
    let t = app();
    let admin = Some(token_of("admin@example.eu"));
    let search = get(&t.app, "/?q=Rubano").await;
    assert!(search.body.contains("No city is called"), "not found yet");
    let home = get(&t.app, "/").await;
    assert!(!home.body.contains("Rubano"));
    let body = "code=IT_028075&name=Rubano&region=ITH36";
    // Only an administrator.
    for (token, status) in [
        (Some(token_of("editor@osijek.hr")), StatusCode::FORBIDDEN),
        (None, StatusCode::UNAUTHORIZED),
    ] {
        assert_eq!(
            crate::common::form(&t.app, "/admin/places", token, body)
                .await
                .status,
            status
        );
    }
    // A name in the code field: refused with what to enter, nothing added.
    let wrong =
        crate::common::form(&t.app, "/admin/places", admin, "code=Rubano&name=Rubano").await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST, "{}", wrong.body);
    assert!(wrong.body.contains("is not a LAU id"), "{}", wrong.body);
    assert!(wrong.body.contains("an underscore"), "{}", wrong.body);
    let added = crate::common::form(&t.app, "/admin/places", admin, body).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    assert_eq!(location(&added), "/cities/IT_028075");
    let page = get(&t.app, "/cities/IT_028075").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("<h1>Rubano</h1>"), "{}", page.body);
    assert!(page.body.contains("municipality · "), "its level");
    assert!(
        page.body.contains("outside Eurostat's Urban Audit"),
        "says why there is no profile"
    );
    assert!(!page.body.contains("the city lacks population figures"));
    // Found by name now, and on the (cached) home page under Italy.
    let found = get(&t.app, "/?q=rubano").await;
    assert_eq!(location(&found), "/cities/IT_028075");
    assert!(get(&t.app, "/").await.body.contains(">Rubano</a>"));
    let list = get_as(&t.app, "/admin", token_of("admin@example.eu")).await;
    assert!(
        list.body.contains("IT_028075, ITH36"),
        "listed with its region"
    );
    // A second time: a conflict, not a second place.
    let again = crate::common::form(&t.app, "/admin/places", admin, body).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST, "{}", again.body);
    assert!(again.body.contains("already has Rubano"), "{}", again.body);
}
