//! A city survey through the pages, as a browser without JavaScript uses them: Osijek's
//! editor brings the template XLSForm, fields it anonymously, issues 24 codes; 24
//! respondents answer page by page (a question revealed by an answer on its own page
//! appears once the page is sent); the results wait for the close, then show shares with
//! intervals and small cells withheld; raking to the sex margin moves the share to the
//! margin's. The answers are test data.

use crate::common::*;
use axum::body::Body;
use axum::http::{Request, StatusCode};

const TEMPLATE: &[u8] =
    include_bytes!("../../../../catalogue/surveys/city-survey-of-migrants.xlsx");

/// A multipart form: text fields first, then the file.
async fn multipart(
    app: &axum::Router,
    uri: &str,
    token: &str,
    fields: &[(&str, &str)],
    file: (&str, &[u8]),
) -> Resp {
    let boundary = "----observatory-test-boundary";
    let mut body = Vec::new();
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{}\"\r\nContent-Type: application/octet-stream\r\n\r\n",
            file.0
        )
        .as_bytes(),
    );
    body.extend_from_slice(file.1);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let req = Request::post(uri)
        .header("authorization", format!("Bearer {token}"))
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .unwrap();
    send(app, req).await
}

/// The codes of an invitations page: what follows each `/survey/respond/` in a link.
fn codes(page: &str) -> Vec<String> {
    page.match_indices("href=\"/survey/respond/")
        .map(|(i, m)| page[i + m.len()..i + m.len() + 20].to_string())
        .collect()
}

/// The `shown` fields of a page, as a browser posts them back.
fn shown(page: &str) -> String {
    page.match_indices("name=\"shown\" value=\"")
        .map(|(i, m)| {
            let rest = &page[i + m.len()..];
            format!("shown={}", &rest[..rest.find('"').unwrap()])
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn questionnaires(t: &TestApp) -> usize {
    t.state
        .db
        .read(|s| Ok(s.questionnaires(None)?))
        .unwrap()
        .len()
}

/// Brings the template and fields it; returns the survey's id.
async fn field_template(t: &TestApp, editor: &str, access: &str) -> i64 {
    field_titled(t, editor, access, "Osijek+2026").await
}

/// Brings the template and fields it under a title (form-encoded); returns the survey's id.
async fn field_titled(t: &TestApp, editor: &str, access: &str, title: &str) -> i64 {
    let r = multipart(
        &t.app,
        "/surveys/questionnaires",
        editor,
        &[("city", OWN)],
        ("city-survey-of-migrants.xlsx", TEMPLATE),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let q: i64 = location(&r)
        .split("imported=")
        .nth(1)
        .unwrap()
        .split('#')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let r = form(
        &t.app,
        "/surveys",
        Some(editor),
        &format!(
            "questionnaire={q}&title={title}&mode=anonymous&access={access}&opens=2020-01-01&closes=2099-12-31"
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    location(&r).rsplit('/').next().unwrap().parse().unwrap()
}

/// One respondent, page by page: consent, then about you (born outside the EU reveals the
/// region of birth on the same page), then straight to the review and submit.
async fn answer(t: &TestApp, code: &str, birth: &str, sex: &str) {
    let p1 = get(&t.app, &format!("/survey/respond/{code}")).await;
    assert_eq!(p1.status, StatusCode::OK, "{}", p1.body);
    assert!(p1.body.contains("Do you agree to take part"), "{}", p1.body);
    let r = form(
        &t.app,
        "/survey/respond",
        None,
        &format!("token={code}&page=1&language=en&shown=consent&a%3Aconsent=yes&go=next"),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        location(&r),
        format!("/survey/respond/{code}?page=2&language=en&saved=1")
    );
    let p2 = get(&t.app, &location(&r)).await;
    assert!(p2.body.contains("Where were you born?"), "{}", p2.body);
    assert!(!p2.body.contains("In which part of the world"));
    let shown_2 = shown(&p2.body);
    assert!(shown_2.contains("shown=sex") && !shown_2.contains("birth_region"));
    let about = format!(
        "token={code}&page=2&language=en&{shown_2}&a%3Abirth_group={birth}&a%3Asex={sex}&a%3Aage_band=Y25-34&go=next"
    );
    let r = form(&t.app, "/survey/respond", None, &about).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let next = if birth == "NEU27_2020_FOR" {
        // The region of birth is revealed: the same page again.
        assert!(location(&r).contains("page=2") && location(&r).contains("more=1"));
        let again = get(&t.app, &location(&r)).await;
        assert!(
            again.body.contains("In which part of the world"),
            "{}",
            again.body
        );
        assert!(
            again.body.contains("checked"),
            "the answers given stay filled in"
        );
        let r = form(
            &t.app,
            "/survey/respond",
            None,
            &format!("{about}&shown=birth_region&a%3Abirth_region=asia"),
        )
        .await;
        location(&r)
    } else {
        location(&r)
    };
    assert!(next.contains("page=3"), "{next}");
    let p3 = get(&t.app, &next).await;
    let r = form(
        &t.app,
        "/survey/respond",
        None,
        &format!(
            "token={code}&page=3&language=en&{}&go=page-11",
            shown(&p3.body)
        ),
    )
    .await;
    assert!(location(&r).contains("page=11"), "{}", location(&r));
    let review = get(&t.app, &location(&r)).await;
    assert!(review.body.contains("Check and send"), "{}", review.body);
    let r = form(
        &t.app,
        "/survey/respond",
        None,
        &format!("token={code}&page=11&language=en&go=submit"),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Thank you"), "{}", r.body);
}

#[tokio::test]
async fn a_survey_from_questionnaire_to_weighted_results() {
    let t = app();
    let editor = token_of("editor@osijek.hr");
    // A file that is no XLSForm: every problem named, nothing kept.
    let before = questionnaires(&t);
    let bad = multipart(
        &t.app,
        "/surveys/questionnaires",
        editor,
        &[("city", OWN)],
        ("form.xlsx", b"type,name\ntext,q1\n"),
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
    assert!(bad.body.contains("role=\"alert\"") && bad.body.contains("Nothing was kept"));
    assert_eq!(questionnaires(&t), before);
    // Another city's editor cannot bring a form for Osijek.
    let r = multipart(
        &t.app,
        "/surveys/questionnaires",
        token_of("editor@kosice.sk"),
        &[("city", OWN)],
        ("x.xlsx", TEMPLATE),
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);

    let survey = field_template(&t, editor, "invitation").await;
    let r = form(
        &t.app,
        &format!("/surveys/{survey}/invitations"),
        Some(editor),
        "count=24",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.headers.get("cache-control").unwrap(), "private, no-store");
    let cs = codes(&r.body);
    assert_eq!(cs.len(), 24, "{}", r.body);

    // 14 women, 10 men; 20 born here, 3 outside the EU, 1 in the EU.
    for (i, c) in cs.iter().enumerate() {
        let birth = match i {
            0..=2 => "NEU27_2020_FOR",
            3 => "EU27_2020_FOR",
            _ => "NAT",
        };
        answer(&t, c, birth, if i < 14 { "F" } else { "M" }).await;
    }
    // A used code answers nothing.
    let again = get(&t.app, &format!("/survey/respond/{}", cs[0])).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("has been used"), "{}", again.body);
    // An unknown code: a clear message.
    let r = form(&t.app, "/survey", None, "code=ABCD-EFGH-JKMN-PQRS-TVWX").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.body.contains("opens no survey"), "{}", r.body);

    // Anonymous and open: no results yet.
    let r = get_as(&t.app, &format!("/surveys/{survey}/results"), editor).await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    for path in ["results", "responses"] {
        let r = get_as(&t.app, &format!("/api/v1/surveys/{survey}/{path}"), editor).await;
        assert_eq!(r.status, StatusCode::CONFLICT, "{path}: {}", r.body);
        assert_eq!(r.json()["error"]["code"], "conflict", "{}", r.body);
    }
    let page = get_as(&t.app, &format!("/surveys/{survey}"), editor).await;
    assert!(
        page.body.contains("24 answered of 24 codes issued"),
        "{}",
        page.body
    );
    let r = form(
        &t.app,
        &format!("/surveys/{survey}/close"),
        Some(editor),
        "",
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    let r = get_as(&t.app, &format!("/surveys/{survey}/results"), editor).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains("Unweighted"), "{}", r.body);
    // Women 14 of 24 = 58.3 %, published with its interval (flagged: fewer than 50); the
    // three born outside the EU and the one born in the EU are withheld (the two together
    // are 4, still no cell of its own to read back).
    assert!(
        r.body.contains("<td class=\"num\">58.3 <abbr"),
        "{}",
        r.body
    );
    assert!(r.body.contains("36.9 – 77.1"), "{}", r.body);
    assert!(
        r.body.contains("withheld: too few respondents"),
        "{}",
        r.body
    );
    // Not for another city, nor the public.
    let r = get_as(
        &t.app,
        &format!("/surveys/{survey}/results"),
        token_of("approver@kosice.sk"),
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = get(&t.app, &format!("/surveys/{survey}/responses.csv")).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);

    // Margins that do not add up: refused, nothing kept.
    let bad = "[[margin]]\nquestion = \"sex\"\ntotals = { F = 51200, M = 48800 }\n[[margin]]\nquestion = \"age_band\"\ntotals = { Y25-34 = 90000 }\n";
    let r = multipart(
        &t.app,
        &format!("/surveys/{survey}/weights"),
        editor,
        &[],
        ("margins.toml", bad.as_bytes()),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert!(r.body.contains("do not add up"), "{}", r.body);
    let margins = "[[margin]]\nquestion = \"sex\"\nsource = \"test margins\"\ntotals = { F = 51200, M = 48800 }\n";
    let r = multipart(
        &t.app,
        &format!("/surveys/{survey}/weights"),
        editor,
        &[],
        ("margins.toml", margins.as_bytes()),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = get_as(&t.app, &format!("/surveys/{survey}/results"), editor).await;
    // Raked to the margin: the women's share is the margin's 51.2 %.
    assert!(r.body.contains("Weighted to the city"), "{}", r.body);
    assert!(
        r.body.contains("<td class=\"num\">51.2 <abbr"),
        "{}",
        r.body
    );
    assert!(r.body.contains("design effect"), "{}", r.body);
    let csv = get_as(&t.app, &format!("/surveys/{survey}/responses.csv"), editor).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(csv.body.lines().count(), 25, "{}", csv.body);
    assert!(!csv.body.contains(&cs[5]), "no code in the responses");
    the_api_serves_the_survey(&t, editor, survey, &csv.body).await;

    // Weighted instead to what the store holds for Osijek: 2021, 102,542 residents of whom
    // 15,099 born abroad (Eurostat urb_cpop1, urb_cpopcb); the four born abroad (EU and
    // outside) form one class.
    let r = form(
        &t.app,
        &format!("/surveys/{survey}/weights/store"),
        Some(editor),
        "",
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = get_as(&t.app, &format!("/surveys/{survey}"), editor).await;
    assert!(
        page.body.contains("1 January 2021") && page.body.contains("urb_cpopcb DE2009V"),
        "{}",
        page.body
    );
    let j = get_as(
        &t.app,
        &format!("/api/v1/surveys/{survey}/responses"),
        editor,
    )
    .await
    .json();
    let weight_of = |native: bool| -> f64 {
        j["data"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| (d["answers"]["birth_group"] == "NAT") == native)
            .map(|d| d["weight_calibrated"].as_f64().unwrap())
            .sum()
    };
    assert!(
        (weight_of(true) - 87_443.0).abs() < 1e-6,
        "{}",
        weight_of(true)
    );
    assert!(
        (weight_of(false) - 15_099.0).abs() < 1e-6,
        "{}",
        weight_of(false)
    );
}

/// The weighted survey through the API: the same figures as the pages, the responses with
/// their codebook and the same CSV, only for the city's staff.
async fn the_api_serves_the_survey(t: &TestApp, editor: &str, survey: i64, responses_csv: &str) {
    let r = get_as(&t.app, "/api/v1/surveys", editor).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let list = r.json();
    let s = list["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == survey)
        .expect("the survey is listed");
    assert_eq!(s["codes_issued"], 24);
    assert_eq!(s["codes_used"], 24);
    assert_eq!(s["status"], "closed");
    assert_eq!(s["weighted"], true);

    let r = get_as(&t.app, &format!("/api/v1/surveys/{survey}/results"), editor).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let j = r.json();
    assert_eq!(j["responses"], 24);
    assert_eq!(j["weighted"], true);
    assert!(j["weights"]["design_effect"].as_f64().unwrap() > 1.0, "{j}");
    let figures = j["figures"].as_array().unwrap();
    let women = figures
        .iter()
        .find(|f| f["question"] == "sex" && f["domain"] == "all" && f["statistic"] == "share F")
        .expect("the share of women");
    let share = women["estimate"].as_f64().unwrap();
    assert!((share - 0.512).abs() < 1e-6, "{women}");
    assert!(women["lower"].as_f64().unwrap() < share && share < women["upper"].as_f64().unwrap());
    assert_eq!(women["n"], 24);
    assert_eq!(women["label"], "What is your sex?");
    let withheld = figures
        .iter()
        .find(|f| f["question"] == "birth_group" && f["statistic"] == "share NEU27_2020_FOR")
        .expect("the share born outside the EU");
    assert!(
        withheld["withheld"].is_string() && withheld["estimate"].is_null(),
        "{withheld}"
    );
    let csv = get_as(
        &t.app,
        &format!("/api/v1/surveys/{survey}/results?format=csv"),
        editor,
    )
    .await;
    assert!(
        csv.body.starts_with(
            "question,domain,statistic,estimate,std_error,lower,upper,n,flag,withheld\n"
        ),
        "{}",
        csv.body
    );
    assert_eq!(csv.body.lines().count(), figures.len() + 1);
    let page_csv = get_as(&t.app, &format!("/surveys/{survey}/results.csv"), editor).await;
    assert_eq!(csv.body, page_csv.body, "the API's CSV is the page's");

    let r = get_as(
        &t.app,
        &format!("/api/v1/surveys/{survey}/responses"),
        editor,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let j = r.json();
    let data = j["data"].as_array().unwrap();
    assert_eq!(data.len(), 24);
    let total: f64 = data
        .iter()
        .map(|d| d["weight_calibrated"].as_f64().unwrap())
        .sum();
    assert!(
        (total - 100_000.0).abs() < 1e-6,
        "the weights add up to the margin: {total}"
    );
    assert_eq!(
        data.iter().filter(|d| d["answers"]["sex"] == "F").count(),
        14
    );
    let sex = j["codebook"]["columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "sex")
        .expect("the codebook describes sex");
    assert_eq!(sex["type"], "select_one sex");
    assert_eq!(sex["choices"][0]["code"], "F");
    assert_eq!(sex["label"]["de"], "Welches Geschlecht haben Sie?");
    let csv = get_as(
        &t.app,
        &format!("/api/v1/surveys/{survey}/responses?format=csv"),
        editor,
    )
    .await;
    assert_eq!(csv.body, responses_csv, "the API's CSV is the page's");
    let book = get_as(
        &t.app,
        &format!("/api/v1/surveys/{survey}/codebook"),
        editor,
    )
    .await;
    assert_eq!(book.json(), j["codebook"]);

    // Only for the city's staff: another city's approver gets a 404, the public a 401.
    for path in ["results", "responses", "codebook"] {
        let uri = format!("/api/v1/surveys/{survey}/{path}");
        let r = get_as(&t.app, &uri, token_of("approver@kosice.sk")).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}: {}", r.body);
        assert_eq!(
            get(&t.app, &uri).await.status,
            StatusCode::UNAUTHORIZED,
            "{uri}"
        );
    }
    let other = get_as(&t.app, "/api/v1/surveys", token_of("approver@kosice.sk")).await;
    assert!(
        !other.json()["data"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["id"] == survey),
        "{}",
        other.body
    );
    let xlsx = get_as(
        &t.app,
        &format!("/api/v1/questionnaires/{}/xlsform", s["questionnaire"]),
        editor,
    )
    .await;
    assert_eq!(xlsx.status, StatusCode::OK);
    assert_eq!(
        xlsx.headers.get("content-type").unwrap(),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
}

#[tokio::test]
async fn an_open_link_mints_a_code_per_respondent_and_limits_an_address() {
    let t = app();
    let editor = token_of("editor@osijek.hr");
    let survey = field_template(&t, editor, "open").await;
    let open = get(&t.app, &format!("/survey/open/{survey}")).await;
    assert_eq!(open.status, StatusCode::OK, "{}", open.body);
    // A survey by invitation has no open link.
    let by_invitation = field_template(&t, editor, "invitation").await;
    let r = form(&t.app, &format!("/survey/open/{by_invitation}"), None, "").await;
    assert_eq!(r.status, StatusCode::CONFLICT, "{}", r.body);
    let mut last = None;
    for _ in 0..web::routes::survey_respond::MAX_OPEN_STARTS {
        let r = form(&t.app, &format!("/survey/open/{survey}"), None, "").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        last = Some(location(&r));
    }
    let page = get(&t.app, &last.unwrap()).await;
    assert!(page.body.contains("Your code is"), "{}", page.body);
    let r = form(&t.app, &format!("/survey/open/{survey}"), None, "").await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.body);
}

/// Two rounds of the template in Osijek, each sent through the workflow and published: the
/// public sees each round's frozen results and, on the city's opinion page, how each share
/// changed with the probability that the change is real; nothing before publication.
#[tokio::test]
async fn published_rounds_show_their_change_on_the_opinion_page() {
    let t = app();
    let editor = token_of("editor@osijek.hr");
    let approver = token_of("approver@osijek.hr");
    let mut rounds = Vec::new();
    // 14 women of 24, then 8 of 24: 58.3 % → 33.3 %.
    for (title, women) in [("Osijek+2025", 14), ("Osijek+2026", 8)] {
        let survey = field_titled(&t, editor, "invitation", title).await;
        let r = form(
            &t.app,
            &format!("/surveys/{survey}/invitations"),
            Some(editor),
            "count=24",
        )
        .await;
        for (i, c) in codes(&r.body).iter().enumerate() {
            answer(&t, c, "NAT", if i < women { "F" } else { "M" }).await;
        }
        // Not before the close.
        let r = form(
            &t.app,
            &format!("/surveys/{survey}/submit"),
            Some(editor),
            "",
        )
        .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
        assert!(r.body.contains("still open"), "{}", r.body);
        form(
            &t.app,
            &format!("/surveys/{survey}/close"),
            Some(editor),
            "",
        )
        .await;
        // An approver does not send; the editor does.
        let r = form(
            &t.app,
            &format!("/surveys/{survey}/submit"),
            Some(approver),
            "",
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
        let r = form(
            &t.app,
            &format!("/surveys/{survey}/submit"),
            Some(editor),
            "",
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let sub = location(&r);
        assert!(sub.starts_with("/submissions/"), "{sub}");
        // Submitted is not published: nothing for the public yet.
        let public = get(&t.app, &format!("/surveys/{survey}/published")).await;
        assert_eq!(public.status, StatusCode::NOT_FOUND, "{}", public.body);
        let r = form(&t.app, &format!("{sub}/publish"), Some(approver), "").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let public = get(&t.app, &format!("/surveys/{survey}/published")).await;
        assert_eq!(public.status, StatusCode::OK, "{}", public.body);
        assert!(public.body.contains("What is your sex?"), "{}", public.body);
        assert!(public.body.contains("24 responses"), "{}", public.body);
        let api = get_as(&t.app, &format!("/api/v1/surveys/{survey}/results"), editor)
            .await
            .json();
        let f = api["figures"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["question"] == "sex" && f["domain"] == "all" && f["statistic"] == "share F")
            .unwrap()
            .clone();
        rounds.push(f);
    }
    let published = |f: &serde_json::Value| surveys::estimates::Published {
        estimate: f["estimate"].as_f64().unwrap(),
        std_error: f["std_error"].as_f64().unwrap(),
        lower: f["lower"].as_f64().unwrap(),
        upper: f["upper"].as_f64().unwrap(),
        cv: f["cv"].as_f64(),
        n: f["n"].as_u64().unwrap(),
        flag: None,
    };
    let change = surveys::trend::change(
        "sex",
        &surveys::estimates::Statistic::Share("F".into()),
        published(&rounds[0]),
        published(&rounds[1]),
    );
    assert!((change.difference + 0.25).abs() < 1e-9, "{change:?}");
    let page = get(&t.app, "/cities/HR004C/opinion").await;
    assert_eq!(page.status, StatusCode::OK);
    let b = &page.body;
    let section = &b[b
        .find("id=\"own-surveys\"")
        .expect("the city's own surveys")..];
    assert!(
        section.contains("From Osijek 2025 to Osijek 2026"),
        "{section}"
    );
    let row = &section[section.find("What is your sex?").unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(
        row.contains("Female") && row.contains("58.3") && row.contains("33.3"),
        "{row}"
    );
    assert!(row.contains("−25.0"), "{row}");
    assert!(
        row.contains(&format!("{}%", (100.0 * change.probability_real).round())),
        "{row} {change:?}"
    );
    assert!(row.contains("no clear change (p = "), "{row}");
}

/// The fields a browser sends from a page's form: text inputs, hidden inputs, checked boxes
/// and textareas, with their values unescaped.
fn browser_fields(page: &str) -> Vec<(String, String)> {
    let attr = |tag: &str, name: &str| -> Option<String> {
        let key = format!(" {name}=\"");
        let start = tag.find(&key)? + key.len();
        Some(tag[start..start + tag[start..].find('"')?].to_string())
    };
    let unescape = |s: &str| {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    };
    let mut out = Vec::new();
    for (i, _) in page.match_indices("<input ") {
        let tag = &page[i..i + page[i..].find('>').unwrap()];
        let Some(name) = attr(tag, "name") else {
            continue;
        };
        let kind = attr(tag, "type").unwrap_or_default();
        if kind == "checkbox" && !tag.contains(" checked") {
            continue;
        }
        out.push((name, unescape(&attr(tag, "value").unwrap_or_default())));
    }
    for (i, _) in page.match_indices("<textarea ") {
        let open = i + page[i..].find('>').unwrap();
        let tag = &page[i..open];
        let close = open + page[open..].find("</textarea>").unwrap();
        out.push((attr(tag, "name").unwrap(), unescape(&page[open + 1..close])));
    }
    out
}

fn url_encoded(fields: &[(String, String)]) -> String {
    let enc = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The editor: the template kept for Osijek, the housing questions dropped and the sex
/// question reworded in German through the form a browser sends, kept as version 2; a
/// dropped question that others depend on is refused with every dependent named, and
/// nothing kept; another city's editor cannot open it.
#[tokio::test]
async fn the_editor_adapts_the_template_into_a_new_version() {
    let t = app();
    let editor = token_of("editor@osijek.hr");
    let r = form(
        &t.app,
        "/surveys/questionnaires/template",
        Some(editor),
        "city=HR004C",
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let edit = location(&r);
    assert!(edit.ends_with("/edit"), "{edit}");
    let page = get_as(&t.app, &edit, editor).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("name=\"label:sex:de\""), "{}", page.body);
    let other = get_as(&t.app, &edit, token_of("editor@kosice.sk")).await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);

    let fields = browser_fields(&page.body);
    assert!(
        fields
            .iter()
            .any(|(k, v)| k == "label:sex:en" && v == "What is your sex?"),
        "{fields:?}"
    );
    // Dropping the consent question breaks the skip logic of every later page.
    let before = questionnaires(&t);
    let without_consent: Vec<(String, String)> = fields
        .iter()
        .filter(|(k, v)| !(k == "keep" && v == "consent"))
        .cloned()
        .collect();
    let r = form(&t.app, &edit, Some(editor), &url_encoded(&without_consent)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("role=\"alert\""), "{}", r.body);
    assert!(
        r.body.contains("&#39;consent&#39; is no longer asked")
            || r.body.contains("'consent' is no longer asked"),
        "{}",
        r.body
    );
    assert_eq!(questionnaires(&t), before, "nothing kept");

    let housing = ["tenure", "household_size", "rooms", "housing_burden"];
    let mut changed: Vec<(String, String)> = fields
        .into_iter()
        .filter(|(k, v)| !(k == "keep" && housing.contains(&v.as_str())))
        .collect();
    for (k, v) in &mut changed {
        if k == "label:sex:de" {
            *v = "Welchem Geschlecht fühlen Sie sich zugehörig?".into();
        }
    }
    let r = form(&t.app, &edit, Some(editor), &url_encoded(&changed)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(questionnaires(&t), before + 1, "a new version");
    let versions = t.state.db.read(|s| Ok(s.questionnaires(None)?)).unwrap();
    let newest = versions.iter().max_by_key(|v| v.id).unwrap();
    assert_eq!(newest.version, 2, "{newest:?}");
    let (_, q) = t
        .state
        .db
        .read(|s| Ok(surveys::collect::questionnaire(s, newest.id)?))
        .unwrap();
    assert!(q.question("tenure").is_none() && q.question("sex").is_some());
    assert_eq!(
        q.question("sex").unwrap().label.get("de"),
        Some("Welchem Geschlecht fühlen Sie sich zugehörig?")
    );
}
