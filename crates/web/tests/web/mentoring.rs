//! Mentoring through the web: Osijek's editor asks Košice through the profile's form,
//! Košice's editor accepts, and the pair is on both profiles, the network page and the
//! API; who may not see or answer a request is refused and changes nothing.

use crate::common::*;
use axum::body::Body;
use axum::http::{Request, StatusCode};

const THIRD: &str = "HR001C"; // Zagreb: neither of the pair
const THIRD_EDITOR: &str = "editor@zagreb.hr";
const THIRD_TOKEN: &str = "obs_editorthird00000000000000000000000000000000000000000000000000000";

/// A form post as a browser sends it, signed in with an API token (no CSRF token needed)
/// or as the public.
async fn form(t: &TestApp, uri: &str, token: Option<&str>, fields: &[(&str, &str)]) -> Resp {
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("{k}={}", web::routes::account::urlencode(v)))
        .collect();
    let mut b = Request::post(uri).header("content-type", "application/x-www-form-urlencoded");
    if let Some(token) = token {
        b = b.header("authorization", format!("Bearer {token}"));
    }
    send(&t.app, b.body(Body::from(body.join("&"))).unwrap()).await
}

fn ask_fields<'a>(mentor: &'a str, topic: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", ""),
        ("mentee", OWN),
        ("mentor", mentor),
        ("topic", topic),
        ("area", ""),
        (
            "message",
            "Our integration plan needs a monitoring cycle: how does Košice run its participatory assessment?",
        ),
    ]
}

/// An editor of a third city, with an API token.
fn third_city_editor(t: &TestApp) {
    t.state
        .db
        .write(|s| {
            let grant = store::users::Grant {
                role: store::users::Role::Editor,
                city: THIRD.into(),
            };
            let id = s.create_user("test", THIRD_EDITOR, THIRD_EDITOR, "x", &[grant])?;
            s.create_api_token("test", id, "test", &web::auth::sha256_hex(THIRD_TOKEN))?;
            Ok(())
        })
        .unwrap();
}

/// (requests, audit rows): what a refusal must leave as it was.
fn written(t: &TestApp) -> (usize, usize) {
    t.state
        .db
        .read(|s| {
            Ok((
                s.mentoring_requests(None, &[])?.len(),
                s.audit_log(10_000, None)?.len(),
            ))
        })
        .unwrap()
}

#[tokio::test]
async fn osijek_asks_kosice_kosice_accepts_and_the_pair_is_on_both_profiles() {
    let t = app();
    third_city_editor(&t);
    // The public profiles are cached before anything happens: the pair must still show.
    let before = get(&t.app, &format!("/cities/{OWN}")).await;
    assert!(
        before.body.contains("No mentoring pair for Osijek yet"),
        "{}",
        before.body
    );
    assert!(before.body.contains("as an editor of Osijek to ask"));
    get(&t.app, &format!("/cities/{OTHER}")).await;

    let osijek = token_of("editor@osijek.hr");
    let page = get_as(&t.app, &format!("/cities/{OWN}"), osijek).await;
    assert!(
        page.body.contains(r#"action="/mentoring""#),
        "the ask form for Osijek's editor"
    );
    assert!(
        page.body
            .contains("9. Seizing opportunities of transnational links")
    );
    let r = form(&t, "/mentoring", Some(osijek), &ask_fields(OTHER, "fp5")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.headers["location"], format!("/cities/{OWN}#mentoring"));
    let id = t
        .state
        .db
        .read(|s| Ok(s.mentoring_requests(None, &[])?[0].id))
        .unwrap();

    // Waiting: not for the public, nor for a third city; Košice's users see it to answer.
    let public = get(&t.app, &format!("/cities/{OTHER}")).await;
    assert!(!public.body.contains("Requests to Košice"));
    assert!(
        !get(&t.app, "/mentoring")
            .await
            .body
            .contains(&format!("/mentoring/{id}\""))
    );
    assert_eq!(
        get(&t.app, &format!("/mentoring/{id}")).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        get_as(&t.app, &format!("/mentoring/{id}"), THIRD_TOKEN)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(get(&t.app, "/api/v1/mentoring").await.json()["total"], 0);
    let kosice = token_of("editor@kosice.sk");
    let theirs = get_as(&t.app, &format!("/cities/{OTHER}"), kosice).await;
    assert!(
        theirs.body.contains("Requests to Košice"),
        "{}",
        theirs.body
    );
    assert!(
        theirs
            .body
            .contains("how does Košice run its participatory assessment")
    );
    assert!(
        theirs
            .body
            .contains(&format!(r#"action="/mentoring/{id}/accept""#))
    );

    // Only the city asked answers: a third city's editor learns nothing, the asking city
    // is refused; nothing is written by either.
    let was = written(&t);
    let accept = format!("/mentoring/{id}/accept");
    let r = form(&t, &accept, Some(THIRD_TOKEN), &[("csrf", "")]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{}", r.body);
    for who in [
        "editor@osijek.hr",
        "approver@osijek.hr",
        "viewer@example.eu",
    ] {
        let r = form(&t, &accept, Some(token_of(who)), &[("csrf", "")]).await;
        assert_ne!(r.status, StatusCode::SEE_OTHER, "{who}");
        assert!(r.status.is_client_error(), "{who}: {}", r.status);
    }
    assert_eq!(
        form(&t, &accept, None, &[("csrf", "")]).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(written(&t), was);

    let r = form(
        &t,
        &accept,
        Some(kosice),
        &[("csrf", ""), ("note", "Gladly: our team meets monthly.")],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.headers["location"], format!("/mentoring/{id}"));

    // Accepted: on both public profiles (the cached ones too), the network page and the API.
    for (city, other) in [(OWN, "Košice"), (OTHER, "Osijek")] {
        let p = get(&t.app, &format!("/cities/{city}")).await;
        let section = p.body.split(r#"id="mentoring""#).nth(1).unwrap_or("");
        assert!(section.contains(other), "{city}: {section}");
        assert!(section.contains(r#"class="badge accepted""#), "{city}");
        assert!(section.contains("5. Creating a knowledge base"), "{city}");
        assert!(
            !section.contains("how does Košice run"),
            "{city}: no correspondence for the public"
        );
    }
    let network = get(&t.app, "/mentoring").await;
    assert!(network.body.contains(&format!("/mentoring/{id}\"")));
    assert!(network.body.contains("Pairs by focal point"));
    let pair = get(&t.app, &format!("/mentoring/{id}")).await;
    assert_eq!(pair.status, StatusCode::OK);
    assert!(
        pair.body.contains("Košice (greater city) mentors Osijek"),
        "{}",
        pair.body
    );
    assert!(
        !pair.body.contains("Gladly"),
        "the answer is the two cities' correspondence"
    );
    // The pair's practices: both cities' in governance and strategy, INTEGRA (both) first.
    let integra = pair.body.find("/practices/EU-INT-001").unwrap();
    assert!(integra < pair.body.find("/practices/HR-OSI-003").unwrap());
    assert!(pair.body.contains("/practices/SK-KSC-002"));
    assert!(
        pair.body.contains("Osijek, Košice"),
        "INTEGRA names both cities, by name"
    );
    let mine = get_as(&t.app, &format!("/mentoring/{id}"), osijek).await;
    assert!(mine.body.contains("Gladly: our team meets monthly."));
    assert!(
        mine.body
            .contains(&format!(r#"action="/mentoring/{id}/end""#))
    );
    let api = get(&t.app, "/api/v1/mentoring").await.json();
    assert_eq!(api["total"], 1);
    let row = &api["data"][0];
    assert_eq!(
        (row["mentor"].as_str(), row["mentee"].as_str()),
        (Some(OTHER), Some(OWN))
    );
    assert_eq!(row["topic"], "fp5");
    assert_eq!(row["status"], "accepted");
    assert!(row.get("message").is_none());
    let csv = get(&t.app, "/api/v1/mentoring?format=csv").await;
    let header = csv.body.lines().next().unwrap_or("");
    for column in ["mentor", "mentor_name", "mentee", "topic_title", "since"] {
        assert!(header.split(',').any(|c| c == column), "{column}: {header}");
    }
    assert!(
        csv.body
            .lines()
            .nth(1)
            .is_some_and(|l| l.contains(OWN) && l.contains(OTHER))
    );
    let doc = get(&t.app, "/api/v1/openapi.json").await.json();
    assert!(doc["paths"]["/api/v1/mentoring"]["get"].is_object());
    let actions: Vec<String> = t
        .state
        .db
        .read(|s| Ok(s.audit_log(2, None)?))
        .unwrap()
        .into_iter()
        .map(|a| format!("{} {}", a.actor, a.action))
        .collect();
    assert_eq!(
        actions,
        [
            "editor@kosice.sk mentoring.accepted",
            "editor@osijek.hr mentoring.request"
        ]
    );
}

/// Who sends which fields, and the status and message they must get.
type Refusal<'a> = (
    Option<&'a str>,
    Vec<(&'a str, &'a str)>,
    StatusCode,
    &'a str,
);

#[tokio::test]
async fn bad_requests_get_a_clear_message_and_change_nothing() {
    let t = app();
    let osijek = Some(token_of("editor@osijek.hr"));
    let was = written(&t);
    let with = |k: &'static str, v: &'static str| {
        let mut f = ask_fields(OTHER, "fp1");
        f.retain(|(name, _)| *name != k);
        f.push((k, v));
        f
    };
    let cases: Vec<Refusal<'_>> = vec![
        (
            None,
            ask_fields(OTHER, "fp1"),
            StatusCode::UNAUTHORIZED,
            "log in as an editor",
        ),
        (
            Some(token_of("editor@kosice.sk")),
            ask_fields(OTHER, "fp1"),
            StatusCode::FORBIDDEN,
            "only an editor of HR004C",
        ),
        (
            Some(token_of("approver@osijek.hr")),
            ask_fields(OTHER, "fp1"),
            StatusCode::FORBIDDEN,
            "only an editor of HR004C",
        ),
        (
            osijek,
            with("mentor", OWN),
            StatusCode::BAD_REQUEST,
            "Osijek cannot mentor itself",
        ),
        (
            osijek,
            with("topic", "fp0"),
            StatusCode::BAD_REQUEST,
            "is not a focal point: choose one of fp1",
        ),
        (
            osijek,
            with("area", "jobs"),
            StatusCode::BAD_REQUEST,
            "not a thematic area",
        ),
        (
            osijek,
            with("message", ""),
            StatusCode::BAD_REQUEST,
            "say in a sentence or two",
        ),
        (
            osijek,
            with("mentor", ""),
            StatusCode::BAD_REQUEST,
            "choose a suggested mentor or name another city",
        ),
        (
            osijek,
            with("other_mentor", "Nowhereville"),
            StatusCode::BAD_REQUEST,
            "no place called",
        ),
        (
            osijek,
            with("other_mentor", "Slovakia"),
            StatusCode::BAD_REQUEST,
            "is a country, not a city",
        ),
    ];
    for (token, fields, status, message) in cases {
        let r = form(&t, "/mentoring", token, &fields).await;
        assert_eq!(r.status, status, "{fields:?}: {}", r.body);
        assert!(r.body.contains(message), "{fields:?}: {}", r.body);
        assert_eq!(written(&t), was, "{fields:?}");
    }
    // Another city typed by name is resolved; asking it twice on one topic is a conflict.
    let zagreb = with("other_mentor", "zagreb");
    assert_eq!(
        form(&t, "/mentoring", osijek, &zagreb).await.status,
        StatusCode::SEE_OTHER
    );
    let was = written(&t);
    let again = form(&t, "/mentoring", osijek, &zagreb).await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.body);
    assert!(
        again.body.contains("Osijek already asked Zagreb"),
        "{}",
        again.body
    );
    assert_eq!(written(&t), was);
    let r = form(&t, "/mentoring/1/approve", osijek, &[("csrf", "")]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

/// The session cookie of a login through the form.
async fn session(t: &TestApp, email: &str) -> (String, String) {
    let r = send(
        &t.app,
        Request::post("/login")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", "obs_login_csrf=tok")
            .body(Body::from(format!(
                "email={}&password={}&csrf=tok&next=/",
                web::routes::account::urlencode(email),
                web::routes::account::urlencode(PASSWORD)
            )))
            .unwrap(),
    )
    .await;
    let cookie = r
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("obs_session=") && !c.starts_with("obs_session=;"))
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let page = send(
        &t.app,
        Request::get(format!("/cities/{OWN}"))
            .header("cookie", &cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let csrf = page
        .body
        .split(r#"name="csrf" value=""#)
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    (cookie, csrf)
}

#[tokio::test]
async fn a_signed_in_form_needs_the_sessions_csrf_token() {
    let t = app();
    let (cookie, csrf) = session(&t, "editor@osijek.hr").await;
    let post = |csrf: String| {
        let mut fields = ask_fields(OTHER, "fp2");
        fields.retain(|(k, _)| *k != "csrf");
        let body: Vec<String> = fields
            .iter()
            .map(|(k, v)| format!("{k}={}", web::routes::account::urlencode(v)))
            .chain([format!("csrf={csrf}")])
            .collect();
        Request::post("/mentoring")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", &cookie)
            .body(Body::from(body.join("&")))
            .unwrap()
    };
    let was = written(&t);
    let forged = send(&t.app, post("forged".into())).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert!(forged.body.contains("csrf_mismatch"), "{}", forged.body);
    assert_eq!(written(&t), was);
    assert_eq!(send(&t.app, post(csrf)).await.status, StatusCode::SEE_OTHER);
    assert_eq!(written(&t).0, was.0 + 1);
}

/// A GET in Czech, as a browser set to Czech asks for it.
async fn get_in_czech(t: &TestApp, uri: &str, token: Option<&str>) -> Resp {
    let mut b = Request::get(uri).header("accept-language", "cs-CZ,cs;q=0.9,en;q=0.5");
    if let Some(token) = token {
        b = b.header("authorization", format!("Bearer {token}"));
    }
    send(&t.app, b.body(Body::empty()).unwrap()).await
}

#[tokio::test]
async fn a_czech_reader_gets_mentoring_and_the_agenda_in_czech_with_the_focal_points_translated() {
    let t = app();
    let editor = token_of("editor@osijek.hr");
    let network = get_in_czech(&t, "/mentoring", None).await;
    assert_eq!(network.status, StatusCode::OK);
    assert!(
        network.body.contains("<html lang=\"cs\""),
        "{}",
        network.body
    );
    assert!(network.body.contains("<h1>Mentoring mezi městy</h1>"));
    assert!(network.body.contains("Zatím žádná mentorská dvojice."));

    // The profile's section and the ask form, with the focal points from the catalogue's
    // Czech texts, not topics.toml's English.
    let profile = get_in_czech(&t, &format!("/cities/{OWN}"), Some(editor)).await;
    assert_eq!(profile.status, StatusCode::OK);
    assert!(profile.body.contains("<html lang=\"cs\""));
    for needle in [
        "Požádat jiné město o mentoring pro město Osijek",
        "1. Umožnění komplexní integrace od prvního dne",
        "10. Podpora posilování komunit v místě",
        "Požádat o mentoring",
        "Společné hodnocení politik",
        "Zatím není zveřejněna žádná městská integrační agenda.",
    ] {
        assert!(
            profile.body.contains(needle),
            "the Czech profile lacks «{needle}»"
        );
    }
    assert!(
        !profile
            .body
            .contains("Enabling comprehensive integration from day one")
    );

    // The agenda's page for the city's editor: the form to start one.
    let agenda = get_in_czech(&t, &format!("/cities/{OWN}/agenda"), Some(editor)).await;
    assert_eq!(agenda.status, StatusCode::OK);
    assert!(agenda.body.contains("<html lang=\"cs\""));
    for needle in [
        "<title>Městská integrační agenda",
        "Městská integrační agenda – Osijek",
        "Založit agendu",
        "Navazuje na kolo auditu",
    ] {
        assert!(
            agenda.body.contains(needle),
            "the Czech agenda page lacks «{needle}»"
        );
    }

    // The web's own errors too.
    let r = send(
        &t.app,
        Request::post("/mentoring")
            .header("accept-language", "cs")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(
                "mentee=HR004C&mentor=SK002C&topic=fp1&message=x",
            ))
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.body);
    assert!(
        r.body.contains("přihlaste se jako redaktor svého města"),
        "{}",
        r.body
    );
}
