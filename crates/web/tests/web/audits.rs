//! The participatory audit through the pages, as a browser without JavaScript uses them:
//! an editor opens a round for Osijek and issues invitations for three groups, 15
//! respondents answer through their links (6 + 5 + 4: one group below 5), the round
//! closes, the results show the groups and the gap, the approver publishes, and the public
//! sees the results and nothing of the group of 4. The answers are test data.

use crate::common::*;
use axum::body::Body;
use axum::http::{Request, StatusCode};

/// The codes in an invitations page: what follows each `/audit/respond/`.
fn codes(page: &str) -> Vec<String> {
    page.match_indices("/audit/respond/")
        .map(|(i, m)| page[i + m.len()..i + m.len() + 20].to_string())
        .collect()
}

fn enc(s: &str) -> String {
    s.replace('%', "%25")
        .replace('&', "%26")
        .replace('=', "%3D")
        .replace(' ', "+")
        .replace(':', "%3A")
}

async fn open_round(t: &TestApp, editor: &str) -> i64 {
    let r = form(
        &t.app,
        "/audits",
        Some(editor),
        &format!(
            "city={OWN}&title=Osijek+audit&framework=comprehensive-approach%401.0&kind=audit&mode=anonymous&opens=2020-01-01&closes=2099-12-31&min_group=5"
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    location(&r).rsplit('/').next().unwrap().parse().unwrap()
}

async fn invite(t: &TestApp, editor: &str, round: i64, group: &str, n: usize) -> Vec<String> {
    let r = form(
        &t.app,
        &format!("/audits/{round}/invitations"),
        Some(editor),
        &format!("group={group}&count={n}&format=list"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(
        r.headers.get("cache-control").unwrap(),
        "private, no-store",
        "invitations must not be cached"
    );
    let c = codes(&r.body);
    assert_eq!(c.len(), n, "{}", r.body);
    c
}

/// A respondent answers the first focal point's five questions with `choice` and submits
/// from the review page; returns the thank-you page.
async fn answer(t: &TestApp, code: &str, choice: &str, comment: &str) -> Resp {
    let page1 = get(&t.app, &format!("/audit/respond/{code}")).await;
    assert_eq!(page1.status, StatusCode::OK, "{}", page1.body);
    assert!(page1.body.contains("Focal point 1 of 10"), "{}", page1.body);
    let mut body = format!("token={code}&page=1&go=next");
    for q in [
        "fp1.one-stop",
        "fp1.individual-plans",
        "fp1.waiting",
        "fp1.asylum-seekers",
        "fp1.arrival-information",
    ] {
        body.push_str(&format!("&{}={choice}", enc(&format!("answer:{q}"))));
    }
    body.push_str(&format!(
        "&{}={}",
        enc("comment:fp1.one-stop"),
        enc(comment)
    ));
    let r = form(&t.app, "/audit/respond", None, &body).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        location(&r),
        format!("/audit/respond/{code}?page=2&saved=1")
    );
    let r = form(
        &t.app,
        "/audit/respond",
        None,
        &format!("token={code}&page=11&go=submit"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    r
}

#[tokio::test]
async fn a_round_from_invitation_to_published_results() {
    let t = app();
    let editor = token_of("editor@osijek.hr");
    let approver = token_of("approver@osijek.hr");
    let round = open_round(&t, editor).await;
    let page = get_as(&t.app, &format!("/audits/{round}"), editor).await;
    assert!(page.body.contains("Issue invitations"), "{}", page.body);
    let admin = invite(&t, editor, round, "administration", 6).await;
    let civil = invite(&t, editor, round, "civil-society", 5).await;
    let migrants = invite(&t, editor, round, "migrants", 4).await;

    // The administration says yes to everything, civil society no, the migrants partly.
    let mut receipt = String::new();
    for c in &admin {
        let r = answer(&t, c, "2", "the welcome centre works").await;
        assert!(r.body.contains("Your receipt"), "{}", r.body);
        receipt = r.body[r.body.find("<strong class=\"code\">").unwrap() + 21..][..24].to_string();
    }
    for c in &civil {
        answer(&t, c, "0", "waiting lists of months").await;
    }
    for c in &migrants {
        answer(&t, c, "1", "a small group's words").await;
    }
    // A used code answers nothing and shows nothing.
    let again = get(&t.app, &format!("/audit/respond/{}", admin[0])).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("role=\"alert\"") && again.body.contains("has been used"));
    assert!(!again.body.contains("the welcome centre"));
    // The receipt reopens the answers through the form (never a URL).
    let r = form(&t.app, "/audit", None, &format!("code={receipt}")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(
        r.body.contains("changing your submitted answers"),
        "{}",
        r.body
    );
    assert!(r.body.contains("name=\"receipt\""));

    // Anonymous and open: no results yet.
    let r = get_as(&t.app, &format!("/audits/{round}/results"), editor).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    let page = get_as(&t.app, &format!("/audits/{round}"), editor).await;
    assert!(
        page.body
            .contains("<td class=\"num\">6</td><td class=\"num\">6</td>"),
        "{}",
        page.body
    );
    let r = form(&t.app, &format!("/audits/{round}/close"), Some(editor), "").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // The city's results: both groups shown, the gap flagged, the small group withheld,
    // the comments there (not the small group's name with its comment).
    let r = get_as(&t.app, &format!("/audits/{round}/results"), editor).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    for needle in [
        "City administration",
        "Civil society organisations",
        "⚑ 100 points",
        "fewer than 5",
        "the welcome centre works",
        "waiting lists of months",
        "Lowest-scoring questions",
    ] {
        assert!(r.body.contains(needle), "missing «{needle}»");
    }
    // Approver of another city: nothing.
    let r = get_as(
        &t.app,
        &format!("/audits/{round}/results"),
        token_of("approver@kosice.sk"),
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // The public: nothing before publication.
    assert_eq!(
        get(&t.app, &format!("/audits/{round}/results"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(&t.app, &format!("/audits/{round}/responses.csv"))
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );

    // Submit, publish through the workflow.
    let r = form(&t.app, &format!("/audits/{round}/submit"), Some(editor), "").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let sub = location(&r);
    assert!(sub.starts_with("/submissions/"));
    let r = form(&t.app, &format!("{sub}/publish"), Some(approver), "").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let public = get(&t.app, &format!("/audits/{round}/results")).await;
    assert_eq!(public.status, StatusCode::OK, "{}", public.body);
    assert!(
        public.body.contains("⚑ 100 points") && public.body.contains("Civil society organisations")
    );
    for secret in [
        "Migrant and refugee representatives",
        "a small group's words",
        "the welcome centre works",
        "15 respondents",
    ] {
        assert!(!public.body.contains(secret), "the public sees «{secret}»");
    }
    assert!(public.body.contains("11 respondents"));
    // The API: the same published results, typed, and as CSV.
    let api = get(&t.app, &format!("/api/v1/audits/{round}")).await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    let j = api.json();
    assert_eq!(j["respondents"], 11);
    assert_eq!(j["groups"].as_array().unwrap().len(), 2);
    assert_eq!(j["focal_points"][0]["gap"]["flagged"], true);
    assert_eq!(j["focal_points"][0]["gap"]["difference"], 100.0);
    // Neither the group's id nor its name (a focal point's title says "migrants").
    assert!(!api.body.contains("\"migrants\"") && !api.body.contains("Migrant and refugee"));
    let csv = get(&t.app, &format!("/api/v1/audits/{round}?format=csv")).await;
    // Columns in name order; the first focal point's overall row with its flagged gap.
    assert!(
        csv.body
            .contains("100.0,true,overall,fp1,focal_point,1,1,1"),
        "{}",
        csv.body
    );
    let list = get(&t.app, &format!("/api/v1/audits?city={OWN}"))
        .await
        .json();
    assert_eq!(list["total"], 1);
    let fw = get(&t.app, "/api/v1/frameworks/comprehensive-approach")
        .await
        .json();
    assert_eq!(fw["focal_points"].as_array().unwrap().len(), 10);
    assert!(
        get(&t.app, "/audits")
            .await
            .body
            .contains(&format!("/audits/{round}/results"))
    );
}

#[tokio::test]
async fn bad_answers_and_closed_rounds_are_announced_and_change_nothing() {
    let t = app();
    let editor = token_of("editor@osijek.hr");
    let round = open_round(&t, editor).await;
    let code = invite(&t, editor, round, "employers", 1).await.remove(0);
    let r = form(
        &t.app,
        "/audit/respond",
        None,
        &format!(
            "token={code}&page=1&go=next&{}=7",
            enc("answer:fp1.waiting")
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("role=\"alert\""), "{}", r.body);
    assert!(
        r.body
            .contains("&#39;7&#39; is not one of the answers to &#39;fp1.waiting&#39;")
            || r.body.contains("'7' is not one of the answers"),
        "{}",
        r.body
    );
    let page = get(&t.app, &format!("/audit/respond/{code}")).await;
    assert!(page.body.contains("0 of 45 answered"), "{}", page.body);
    // Another city's editor cannot run Osijek's round.
    let r = form(
        &t.app,
        &format!("/audits/{round}/close"),
        Some(token_of("editor@kosice.sk")),
        "",
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    form(&t.app, &format!("/audits/{round}/close"), Some(editor), "").await;
    let r = get(&t.app, &format!("/audit/respond/{code}")).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(
        r.body.contains("role=\"alert\"") && r.body.contains("closed"),
        "{}",
        r.body
    );
    let r = form(&t.app, "/audit", None, "code=AAAA-BBBB-CCCC-DDDD-EEEE").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.body.contains("no invitation or receipt with this code"));
}

#[tokio::test]
async fn a_priorities_round_rates_the_ten_focal_points_on_one_page() {
    let t = app();
    let editor = token_of("editor@osijek.hr");
    let r = form(
        &t.app,
        "/audits",
        Some(editor),
        &format!(
            "city={OWN}&framework=comprehensive-approach%401.0&kind=priorities&mode=anonymous&opens=2020-01-01&closes=2099-12-31&min_group=5"
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let round: i64 = location(&r).rsplit('/').next().unwrap().parse().unwrap();
    let codes = invite(&t, editor, round, "researchers", 5).await;
    // Ratings 1…5 are the scale's positions 0…4: fp1 gets 5, 4, 5, 3, "don't know".
    for (code, rating) in codes.iter().zip(["4", "3", "4", "2", "dk"]) {
        let page = get(&t.app, &format!("/audit/respond/{code}")).await;
        assert!(
            page.body.contains("Stakeholder priorities"),
            "{}",
            page.body
        );
        assert_eq!(
            page.body.matches("<fieldset class=\"question\"").count(),
            10
        );
        let r = form(
            &t.app,
            "/audit/respond",
            None,
            &format!("token={code}&page=1&go=next&{}={rating}", enc("answer:fp1")),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let r = form(
            &t.app,
            "/audit/respond",
            None,
            &format!("token={code}&page=2&go=submit"),
        )
        .await;
        assert!(r.body.contains("Your receipt"), "{}", r.body);
    }
    form(&t.app, &format!("/audits/{round}/close"), Some(editor), "").await;
    let r = get_as(&t.app, &format!("/audits/{round}/results"), editor).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    // (5 + 4 + 5 + 3)/4 = 4.25, n = 4; one group, so groups-equal and pooled agree.
    assert!(r.body.contains("4.25"), "{}", r.body);
    assert!(r.body.contains("Mean (all respondents)"));
}

/// A respondent whose browser asks for Croatian answers in Croatian: the page's own texts
/// come from the messages, and the page declares its language.
#[tokio::test]
async fn a_respondent_reads_the_questionnaire_in_croatian() {
    let t = app();
    let editor = token_of("editor@osijek.hr");
    let round = open_round(&t, editor).await;
    let code = invite(&t, editor, round, "migrants", 1).await.remove(0);
    let page = send(
        &t.app,
        Request::get(format!("/audit/respond/{code}"))
            .header("accept-language", "hr-HR,hr;q=0.9,en;q=0.5")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("<html lang=\"hr\">"), "{}", page.body);
    for text in [
        "Žarišno područje 1 od 10",
        "Stranica 1 od 11 · odgovoreno 0 od 45",
        "Ne znam",
        "Bez odgovora (zasad)",
        "Spremite i nastavite",
        "Ključno pitanje ovoga žarišnog područja:",
    ] {
        assert!(page.body.contains(text), "{text}: {}", page.body);
    }
    assert!(!page.body.contains("Save and continue"), "{}", page.body);
    assert!(!page.body.contains("⟦audit"), "{}", page.body);
}

async fn get_in(app: &axum::Router, uri: &str, token: Option<&str>, lang: &str) -> Resp {
    let mut b = Request::get(uri).header("accept-language", lang);
    if let Some(t) = token {
        b = b.header("authorization", format!("Bearer {t}"));
    }
    send(app, b.body(Body::empty()).unwrap()).await
}

/// Every page of the audits has each of its texts in every language: none is shown as a
/// missing message (`⟦key⟧` in strict mode) — the list, a round, the invitations, the
/// questionnaire, the review, the entry and the results.
#[tokio::test]
async fn the_audits_pages_have_their_texts_in_every_language() {
    let t = app();
    let editor = token_of("editor@osijek.hr");
    let round = open_round(&t, editor).await;
    for c in invite(&t, editor, round, "administration", 5).await {
        answer(&t, &c, "2", "yes").await;
    }
    for c in invite(&t, editor, round, "civil-society", 5).await {
        answer(&t, &c, "0", "no").await;
    }
    let fresh = invite(&t, editor, round, "migrants", 1).await.remove(0);
    for lang in ["de", "bg", "hr", "it", "sk", "cs"] {
        let mut pages = vec![
            get_in(&t.app, "/audits", Some(editor), lang).await,
            get_in(&t.app, "/audit", None, lang).await,
            get_in(&t.app, &format!("/audits/{round}"), Some(editor), lang).await,
            get_in(&t.app, &format!("/audit/respond/{fresh}"), None, lang).await,
            get_in(
                &t.app,
                &format!("/audit/respond/{fresh}?page=11"),
                None,
                lang,
            )
            .await,
        ];
        let inv = Request::post(format!("/audits/{round}/invitations"))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("authorization", format!("Bearer {editor}"))
            .header("accept-language", lang)
            .body(Body::from("group=migrants&count=1&format=list"))
            .unwrap();
        pages.push(send(&t.app, inv).await);
        for p in &pages {
            assert_eq!(p.status, StatusCode::OK, "{lang}: {}", p.body);
            assert!(p.body.contains(&format!("<html lang=\"{lang}\"")), "{lang}");
            assert!(
                !p.body.contains("⟦audit") && !p.body.contains("⟦assess"),
                "{lang}: {}",
                p.body
            );
        }
    }
    let r = form(&t.app, &format!("/audits/{round}/close"), Some(editor), "").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    for lang in ["de", "bg", "hr", "it", "sk", "cs"] {
        for uri in [
            format!("/audits/{round}/results"),
            format!("/audits/{round}"),
        ] {
            let p = get_in(&t.app, &uri, Some(editor), lang).await;
            assert_eq!(p.status, StatusCode::OK, "{lang} {uri}: {}", p.body);
            assert!(
                !p.body.contains("⟦audit") && !p.body.contains("⟦assess"),
                "{lang} {uri}: {}",
                p.body
            );
        }
    }
    let hr = get_in(
        &t.app,
        &format!("/audits/{round}/results"),
        Some(editor),
        "hr",
    )
    .await;
    for text in ["Tko je odgovorio", "Razlike u percepciji", "⚑ 100 bodova"] {
        assert!(hr.body.contains(text), "{text}: {}", hr.body);
    }
}
