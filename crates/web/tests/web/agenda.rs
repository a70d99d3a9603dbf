//! The City Integration Agenda through the pages: an editor drafts goals, actions and two
//! targets on the employment rate of non-EU citizens in Croatia (Eurostat lfsa_ergan, the
//! real bundled series), the approver publishes it, and the city profile shows it with
//! each target's progress. The agenda itself is test data.

use crate::common::*;
use axum::body::Body;
use axum::http::{Request, StatusCode};

async fn form(app: &axum::Router, uri: &str, token: &str, body: &str) -> Resp {
    send(
        app,
        Request::post(uri)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("authorization", format!("Bearer {token}"))
            .body(Body::from(body.to_string()))
            .unwrap(),
    )
    .await
}

fn location(r: &Resp) -> String {
    r.headers
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

/// The values of `<option value="…">` in a page that contain every needle.
fn option<'a>(page: &'a str, needles: &[&str]) -> Option<&'a str> {
    page.split("<option value=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .find(|v| needles.iter().all(|n| v.contains(n)))
}

fn enc(s: &str) -> String {
    s.replace('%', "%25")
        .replace('&', "%26")
        .replace('=', "%3D")
        .replace(';', "%3B")
        .replace('|', "%7C")
        .replace(' ', "+")
}

#[tokio::test]
async fn an_agenda_is_drafted_published_and_shown_with_progress_on_the_profile() {
    let t = app();
    let editor = token_of("editor@osijek.hr");
    let approver = token_of("approver@osijek.hr");
    let r = form(
        &t.app,
        &format!("/cities/{OWN}/agenda"),
        editor,
        "title=Osijek+integration+agenda+2026-2030&summary=From+the+2026+audit",
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page_uri = location(&r);
    let id: i64 = page_uri.rsplit('/').next().unwrap().parse().unwrap();
    let r = form(
        &t.app,
        &format!("/agendas/{id}/goals"),
        editor,
        "focal_point=fp2&text=Employment+services+reach+non-EU+residents+as+well+as+nationals",
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = get_as(&t.app, &page_uri, editor).await;
    let goal: i64 = {
        let at = page.body.find("name=\"goal\" value=\"").unwrap() + 19;
        page.body[at..at + page.body[at..].find('"').unwrap()]
            .parse()
            .unwrap()
    };
    let r = form(
        &t.app,
        &format!("/agendas/{id}/actions"),
        editor,
        &format!(
            "goal={goal}&title=Job+counselling+in+Arabic+and+Ukrainian&department=Social+affairs&partners=Croatian+Employment+Service&starts=2026-03&ends=2027-12&budget=120000&currency=EUR&fund=amif&funding_source={}&status=planned",
            enc("AMIF programme 2021-2027")
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Two targets on real series the page offers.
    let all = option(
        &page.body,
        &["lfsa_ergan|", "|HR|", "NEU27_2020_FOR", "Y20-64"],
    )
    .filter(|v| !v.contains("sex=F") && !v.contains("sex=M"))
    .or_else(|| {
        option(
            &page.body,
            &["lfsa_ergan|", "NEU27_2020_FOR", "Y20-64", "sex=T"],
        )
    })
    .expect("the employment rate of non-EU citizens, 20–64, Croatia")
    .to_string();
    let women = option(
        &page.body,
        &["lfsa_ergan|", "|HR|", "NEU27_2020_FOR", "Y20-64", "sex=F"],
    )
    .unwrap()
    .to_string();
    for (series, base, target) in [(&all, "61.0", "85"), (&women, "56.8", "70")] {
        let r = form(
            &t.app,
            &format!("/agendas/{id}/targets"),
            editor,
            &format!(
                "goal={goal}&series={}&baseline_value={base}&baseline_year=2021&target_value={target}&target_year=2030",
                enc(series)
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }

    // Bad input: refused with a message, nothing added.
    let before = get_as(&t.app, &page_uri, editor).await.body;
    for (uri, body, message) in [
        (
            "actions",
            format!("goal={goal}&title=X&fund=lottery&status=planned"),
            "'lottery' is not a fund",
        ),
        (
            "actions",
            format!("goal={goal}&title=X&fund=amif&status=planned&starts=2027&ends=2026"),
            "ends (2026) before it starts (2027)",
        ),
        (
            "targets",
            format!(
                "goal={goal}&series={}&baseline_value=61&baseline_year=2030&target_value=85&target_year=2030",
                enc(&all)
            ),
            "must come after the baseline year",
        ),
        (
            "targets",
            format!(
                "goal={goal}&series={}&baseline_value=1&baseline_year=2020&target_value=2&target_year=2030",
                enc("urb_cpop1|DE1001V|SK002C||")
            ),
            "not SK002C",
        ),
    ] {
        let r = form(&t.app, &format!("/agendas/{id}/{uri}"), editor, &body).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
        assert!(
            r.body.contains(message),
            "expected «{message}» in {}",
            r.body
        );
    }
    assert_eq!(
        get_as(&t.app, &page_uri, editor).await.body.len(),
        before.len()
    );
    // Another city's editor cannot touch it.
    let r = form(
        &t.app,
        &format!("/agendas/{id}/goals"),
        token_of("editor@kosice.sk"),
        "focal_point=fp1&text=x",
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    // The public sees no draft.
    assert_eq!(get(&t.app, &page_uri).await.status, StatusCode::NOT_FOUND);

    let r = form(&t.app, &format!("/agendas/{id}/submit"), editor, "").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let sub = location(&r);
    // Fixed once submitted.
    let r = form(
        &t.app,
        &format!("/agendas/{id}/goals"),
        editor,
        "focal_point=fp1&text=late",
    )
    .await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    let r = form(&t.app, &format!("{sub}/publish"), approver, "").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // Progress (Eurostat, with a target): all non-EU citizens 61.0 (2021, a break) → 80.3
    // (2024): observed growth (80.3/61.0)^(1/3) − 1 = 9.60% a year against the required
    // (85/61.0)^(1/9) − 1 = 3.76%: ratio 2.56 ≥ 95% → significant progress; 19.3 of the
    // 24 points, 80% of the way. Women 56.8 → 58.7: (58.7/56.8)^(1/3) − 1 = 1.10% against
    // (70/56.8)^(1/9) − 1 = 2.35%: ratio 0.47, under 60% → insufficient progress; 14%.
    let profile = get(&t.app, &format!("/cities/{OWN}")).await;
    assert_eq!(profile.status, StatusCode::OK);
    for needle in [
        "Osijek integration agenda 2026-2030",
        "Employment services reach non-EU residents",
        "significant progress towards the target",
        "insufficient progress towards the target",
        "80% of the way",
        "14% of the way",
    ] {
        assert!(
            profile.body.contains(needle),
            "the profile lacks «{needle}»"
        );
    }
    let public = get(&t.app, &format!("/cities/{OWN}/agenda")).await;
    assert!(
        public
            .body
            .contains("AMIF (Asylum, Migration and Integration Fund)")
    );
    assert!(public.body.contains("Croatian Employment Service"));
    let csv = get(&t.app, &format!("/agendas/{id}/agenda.csv")).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.lines().count() == 4, "{}", csv.body);
    assert!(csv.body.contains("action,fp2,") && csv.body.contains("120000.00,EUR,amif"));
    let json = get(&t.app, &format!("/agendas/{id}/agenda.json")).await;
    assert_eq!(
        json.json()["goals"][0]["targets"].as_array().unwrap().len(),
        2
    );

    let api = get(&t.app, &format!("/api/v1/cities/{OWN}/agenda")).await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    let targets = &api.json()["goals"][0]["targets"];
    assert_eq!(
        targets[0]["verdict"],
        "significant progress towards the target"
    );
    assert_eq!(
        targets[1]["verdict"],
        "insufficient progress towards the target"
    );
    assert_eq!(targets[0]["latest"], 80.3);

    // The next version starts as a copy.
    let r = form(&t.app, &format!("/cities/{OWN}/agenda"), editor, "title=").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let next = get_as(&t.app, &location(&r), editor).await;
    assert!(next.body.contains("Version 2") && next.body.contains("Job counselling in Arabic"));
}
