//! The JSON API: answers, pagination, CSV, errors, and the OpenAPI document matching the
//! router.

use crate::common::*;
use axum::http::StatusCode;
use std::collections::BTreeSet;

#[tokio::test]
async fn cities_search_and_pagination() {
    let t = app();
    let r = get(&t.app, "/api/v1/cities?q=osijek").await;
    assert_eq!(r.status, StatusCode::OK);
    let j = r.json();
    assert_eq!(j["data"][0]["code"], "HR004C");
    let r = get(&t.app, "/api/v1/cities?per_page=10&page=2")
        .await
        .json();
    assert_eq!(r["page"], 2);
    assert_eq!(r["data"].as_array().unwrap().len(), 10);
    assert!(r["total"].as_u64().unwrap() > 500);
    assert!(r["next"].as_str().unwrap().contains("page=3"));
}

#[tokio::test]
async fn observations_filter_and_csv() {
    let t = app();
    let r = get(
        &t.app,
        "/api/v1/observations?geo=SK002C&dataset=urb_cpopcb&latest=true",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let j = r.json();
    assert!(j["total"].as_u64().unwrap() >= 1);
    assert_eq!(j["data"][0]["geo"], "SK002C");
    assert_eq!(j["data"][0]["status"], "published");
    let csv = get(
        &t.app,
        "/api/v1/observations?geo=SK002C&dataset=urb_cpopcb&format=csv",
    )
    .await;
    assert!(
        csv.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    assert!(
        csv.body.lines().next().unwrap().contains("dataset") && csv.body.contains("SK002C"),
        "{}",
        csv.body
    );
    let g = get(&t.app, "/api/v1/observations?geo=HR&dataset=lfsa_ergan&group=citizen%3DNAT%3Bsex%3DT%3Bage%3DY20-64").await;
    assert_eq!(g.status, StatusCode::OK);
}

#[tokio::test]
async fn errors_have_stable_codes() {
    let t = app();
    let r = get(&t.app, "/api/v1/observations?geo=SK002C&per_page=5000").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(r.json()["error"]["code"], "invalid_parameter");
    let r = get(&t.app, "/api/v1/geographies/NOWHERE").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.json()["error"]["code"], "unknown_geography");
    let r = get(&t.app, "/api/v1/nothing").await;
    assert_eq!(r.json()["error"]["code"], "not_found");
    let r = get_as(&t.app, "/api/v1/submissions", "obs_bogus").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert_eq!(r.json()["error"]["code"], "unauthenticated");
}

#[tokio::test]
async fn peers_benchmark_and_compare() {
    let t = app();
    let r = get(&t.app, "/api/v1/cities/SK002C/peers?k=5").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.json()["peers"].as_array().unwrap().len() <= 5);
    let r = get(
        &t.app,
        "/api/v1/cities/SK002C/benchmark?indicator=foreign_born_share",
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = get(&t.app, "/api/v1/compare?cities=HR004C,SK002C").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
}

#[tokio::test]
async fn openapi_matches_the_router() {
    let t = app();
    let doc = get(&t.app, "/api/v1/openapi.json").await.json();
    assert_eq!(doc["openapi"], "3.1.0");
    let in_doc: BTreeSet<(String, String)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(p, ops)| {
            ops.as_object()
                .unwrap()
                .keys()
                .map(move |m| (m.clone(), p.clone()))
        })
        .collect();
    let in_router: BTreeSet<(String, String)> = web::routes::api::routes_table()
        .into_iter()
        .map(|(m, p, _)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(
        in_doc, in_router,
        "the OpenAPI document and the router differ"
    );
    // And every documented route is really routed (not the fallback, not 405).
    for (m, p) in &in_doc {
        let uri = p.replace("{code}", "HR004C").replace("{id}", "1");
        let req = axum::http::Request::builder()
            .method(m.to_uppercase().as_str())
            .uri(&uri)
            .body(axum::body::Body::empty())
            .unwrap();
        let r = send(&t.app, req).await;
        assert_ne!(r.status, StatusCode::METHOD_NOT_ALLOWED, "{m} {uri}");
        assert!(!r.body.contains("no page at"), "{m} {uri} is not routed");
    }
    // Every error code the server can give is in the document.
    let codes =
        &doc["components"]["schemas"]["Error"]["properties"]["error"]["properties"]["code"]["enum"];
    assert_eq!(codes.as_array().unwrap().len(), web::ErrorCode::ALL.len());
}

/// Every answer of every operation is described: a schema for each body (no bare
/// `{"type": "object"}` anywhere), and a body for every 2xx answer.
#[tokio::test]
async fn openapi_has_a_schema_for_every_answer() {
    fn bare(v: &serde_json::Value, at: &str, found: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                let object = m.get("type").is_some_and(|t| {
                    t == "object"
                        || t.as_array()
                            .is_some_and(|a| a.iter().any(|x| x == "object"))
                });
                let described = [
                    "properties",
                    "additionalProperties",
                    "allOf",
                    "oneOf",
                    "anyOf",
                ]
                .iter()
                .any(|k| m.contains_key(*k));
                if object && !described {
                    found.push(at.to_string());
                }
                for (k, x) in m {
                    bare(x, &format!("{at}/{k}"), found);
                }
            }
            serde_json::Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    bare(x, &format!("{at}/{i}"), found);
                }
            }
            _ => {}
        }
    }
    let t = app();
    let doc = get(&t.app, "/api/v1/openapi.json").await.json();
    let mut found = Vec::new();
    bare(&doc["paths"], "#/paths", &mut found);
    bare(&doc["components"], "#/components", &mut found);
    assert!(found.is_empty(), "bare objects: {found:?}");
    for (path, ops) in doc["paths"].as_object().unwrap() {
        for (method, op) in ops.as_object().unwrap() {
            for (status, r) in op["responses"].as_object().unwrap() {
                if status.starts_with('2') {
                    let content = r["content"].as_object();
                    assert!(
                        content.is_some_and(
                            |c| !c.is_empty() && c.values().all(|m| m.get("schema").is_some())
                        ),
                        "{method} {path} {status} has no schema"
                    );
                }
            }
        }
    }
}
