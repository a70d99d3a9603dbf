//! The OpenAPI 3.1 document of `/api/v1`, written by hand next to the routes; the tests
//! check that every route of [`super::api::routes_table`] is in it and vice versa, and
//! `e2e/schemathesis.sh` checks the answers against it.

use crate::ErrorCode;
use crate::auth::Principal;
use crate::layout::render;
use axum::response::{IntoResponse, Response};
use maud::html;
use serde_json::{Value, json};

fn param(name: &str, inn: &str, desc: &str, schema: Value, required: bool) -> Value {
    json!({"name": name, "in": inn, "description": desc, "required": required, "schema": schema})
}

fn q(name: &str, desc: &str) -> Value {
    param(name, "query", desc, json!({"type": "string"}), false)
}

fn code() -> Value {
    param(
        "code",
        "path",
        "Geography code (Urban Audit city `HR004C`, country `HR`, …)",
        json!({"type": "string", "pattern": "^[A-Za-z0-9_:.-]+$"}),
        true,
    )
}

fn id() -> Value {
    param(
        "id",
        "path",
        "Submission id",
        json!({"type": "integer", "minimum": 1, "maximum": 9007199254740991i64}),
        true,
    )
}

fn paging() -> Vec<Value> {
    vec![
        param(
            "page",
            "query",
            "Page, from 1",
            json!({"type": "integer", "minimum": 1, "maximum": 1000000}),
            false,
        ),
        param(
            "per_page",
            "query",
            "Items per page (at most 1000)",
            json!({"type": "integer", "minimum": 1, "maximum": 1000}),
            false,
        ),
        format_param(),
    ]
}

fn format_param() -> Value {
    param(
        "format",
        "query",
        "`json` (default) or `csv`",
        json!({"type": "string", "enum": ["json", "csv"]}),
        false,
    )
}

fn err(codes: &[&str]) -> Value {
    let mut m = serde_json::Map::new();
    for c in codes {
        m.insert(
            (*c).to_string(),
            json!({"description": "Error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}),
        );
    }
    Value::Object(m)
}

fn ok_json(schema: Value, csv: bool) -> Value {
    let mut content = json!({"application/json": {"schema": schema}});
    if csv {
        content["text/csv"] = json!({"schema": {"type": "string"}});
    }
    json!({"description": "OK", "content": content})
}

fn op(summary: &str, params: Vec<Value>, ok: Value, errors: &[&str], secured: bool) -> Value {
    let mut responses = err(errors);
    responses["200"] = ok;
    responses["304"] = json!({"description": "Not modified (ETag matched)"});
    let mut o = json!({"summary": summary, "parameters": params, "responses": responses});
    if secured {
        o["security"] = json!([{"bearer": []}]);
    }
    o
}

fn write_op(
    summary: &str,
    params: Vec<Value>,
    body: Value,
    status: &str,
    ok_schema: Value,
    errors: &[&str],
) -> Value {
    let mut responses = err(errors);
    responses[status] =
        json!({"description": "Done", "content": {"application/json": {"schema": ok_schema}}});
    json!({"summary": summary, "parameters": params, "requestBody": body, "responses": responses, "security": [{"bearer": []}]})
}

fn page_of(item: &str) -> Value {
    json!({"allOf": [{"$ref": "#/components/schemas/Page"}, {"type": "object", "properties": {"data": {"type": "array", "items": {"$ref": format!("#/components/schemas/{item}")}}}}]})
}

fn comment_body() -> Value {
    json!({"required": false, "content": {"application/json": {"schema": {"type": "object", "properties": {"comment": {"type": "string"}}}}}})
}

/// The document.
pub fn spec() -> Value {
    let codes: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
    let obj = json!({"type": "object"});
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Integration Observatory API",
            "version": "1.0.0",
            "description": "Published figures on migrant integration in European cities, with sources and flags; peers, benchmarks and neighbourhood indices; and the publication workflow of a city's own figures. Lists are paginated (`page`, `per_page`); tables come as CSV with `format=csv`; published data carries an ETag. Errors: `{\"error\": {\"code\", \"type\", \"message\", \"link\"}}` with stable codes.",
            "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"}
        },
        "servers": [{"url": "/"}],
        "paths": {
            "/api/v1/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
            "/api/v1/cities": {"get": op("Urban Audit cities; `q` searches names ignoring case and accents", {
                let mut v = vec![q("q", "Name or part of it (accent-insensitive)"), q("country", "Country code (HR, SK, …)")];
                v.extend(paging()); v }, ok_json(page_of("Geography"), true), &["400"], false)},
            "/api/v1/cities/{code}": {"get": op("A city's geography and context profile (size, foreign-born share and its trend, type)", vec![code()], ok_json(json!({"type": "object", "required": ["geography"], "properties": {"geography": {"$ref": "#/components/schemas/Geography"}, "profile": {"type": ["object", "null"]}}}), false), &["404"], false)},
            "/api/v1/cities/{code}/peers": {"get": op("The most similar cities, each with why", vec![code(), param("k", "query", "How many peers (1–50)", json!({"type": "integer", "minimum": 1, "maximum": 50}), false), format_param()], ok_json(obj.clone(), true), &["400", "404"], false)},
            "/api/v1/cities/{code}/benchmark": {"get": op("A city's value of an indicator against its peers", vec![code(), q("indicator", "A context feature (foreign_born_share, population, …) or dataset/variable (urb_clma/EC1010V)"), format_param()], ok_json(obj.clone(), true), &["400", "404"], false)},
            "/api/v1/cities/{code}/segregation": {"get": op("Segregation indices and the foreign residents' share per small area (latest period with boundaries)", vec![code(), format_param()], ok_json(json!({"type": "object", "required": ["city", "indices", "areas"], "properties": {"city": {"type": "string"}, "indices": {"type": "array"}, "areas": {"type": "array"}}}), true), &["404"], false)},
            "/api/v1/compare": {"get": op("2–6 cities' context features side by side", vec![param("cities", "query", "Codes or names, separated by commas", json!({"type": "string"}), true), format_param()], ok_json(obj.clone(), true), &["400", "404"], false)},
            "/api/v1/geographies": {"get": op("Places: countries, regions, cities, districts", {
                let mut v = vec![param("level", "query", "Level", json!({"type": "string", "enum": ["aggregate", "country", "nuts1", "nuts2", "nuts3", "functional_urban_area", "greater_city", "city", "district", "neighbourhood"]}), false), q("country", "Country code"), q("parent", "Only the areas inside this place")];
                v.extend(paging()); v }, ok_json(page_of("Geography"), true), &["400"], false)},
            "/api/v1/geographies/{code}": {"get": op("One place", vec![code()], ok_json(json!({"$ref": "#/components/schemas/Geography"}), false), &["404"], false)},
            "/api/v1/indicators": {"get": op("The indicator catalogue, the context features, and the datasets with their coverage", vec![format_param()], ok_json(obj.clone(), true), &[], false)},
            "/api/v1/observations": {"get": op("Published values (and, with drafts=true, a city's unpublished ones for those allowed). Give geo and/or dataset.", {
                let mut v = vec![q("geo", "Place code"), q("dataset", "Dataset id (urb_cpopcb, lfsa_ergan, …)"), q("variable", "Variable code"), q("group", "Population group key (citizen=NEU27_2020_FOR;sex=F), empty for everybody"), q("period", "Period (2022, 2022-S1)"), param("latest", "query", "Only the latest period of each series", json!({"type": "string", "enum": ["true", "false"]}), false), param("drafts", "query", "Include unpublished values (needs a role for the city)", json!({"type": "string", "enum": ["true", "false"]}), false)];
                v.extend(paging()); v }, ok_json(page_of("Observation"), true), &["400", "401", "403"], false)},
            "/api/v1/imports": {"get": op("Every import with its provenance (file, SHA-256, source, licence, counts)", paging(), ok_json(page_of("Import"), true), &["400"], false)},
            "/api/v1/submissions": {
                "get": op("Submissions the caller may see", {
                    let mut v = vec![q("city", "City code"), param("status", "query", "Status", json!({"type": "string", "enum": ["draft", "submitted", "published", "returned"]}), false)];
                    v.extend(paging()); v }, ok_json(page_of("Submission"), true), &["400", "401"], true),
                "post": write_op("Upload a city's file as a draft submission (the body is the file)", vec![
                        param("city", "query", "City code", json!({"type": "string"}), true),
                        q("format", "Format (detected when not given)"), q("file_name", "The file's name (its extension helps detection)"),
                        q("source", "Who produced the figures"), q("licence", "Licence")],
                    json!({"required": true, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}, "text/csv": {"schema": {"type": "string"}}}}),
                    "201", json!({"$ref": "#/components/schemas/Submission"}), &["400", "401", "403", "404", "413", "422"])
            },
            "/api/v1/submissions/{id}": {"get": op("A submission with its values and history", vec![id()], ok_json(json!({"type": "object", "required": ["submission", "values", "history"], "properties": {"submission": {"$ref": "#/components/schemas/Submission"}, "values": {"type": "array", "items": {"$ref": "#/components/schemas/Observation"}}, "history": {"type": "array"}}}), false), &["400", "401", "404"], true)},
            "/api/v1/submissions/{id}/submit": {"post": write_op("Submit a draft (or returned) submission for approval (city editor)", vec![id()], comment_body(), "200", json!({"$ref": "#/components/schemas/Submission"}), &["400", "401", "403", "404", "409"])},
            "/api/v1/submissions/{id}/publish": {"post": write_op("Publish a submitted submission (city approver)", vec![id()], comment_body(), "200", json!({"$ref": "#/components/schemas/Submission"}), &["400", "401", "403", "404", "409"])},
            "/api/v1/submissions/{id}/return": {"post": write_op("Send a submission back with a comment (city approver)", vec![id()], comment_body(), "200", json!({"$ref": "#/components/schemas/Submission"}), &["400", "401", "403", "404", "409"])},
            "/api/v1/users": {"post": write_op("Create a user with one role (administrator)", vec![],
                json!({"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["email", "password", "role"], "properties": {"email": {"type": "string"}, "name": {"type": "string"}, "password": {"type": "string", "minLength": 12}, "role": {"type": "string", "enum": ["admin", "viewer", "editor", "approver"]}, "city": {"type": "string"}}}}}}),
                "201", json!({"type": "object", "required": ["id", "email"], "properties": {"id": {"type": "integer"}, "email": {"type": "string"}}}), &["400", "401", "403", "409"])}
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "An API token `obs_…` from `observatory create-token`"}},
            "schemas": {
                "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["code", "type", "message"], "properties": {
                    "code": {"type": "string", "enum": codes}, "type": {"type": "string"}, "message": {"type": "string"}, "link": {"type": "string"}}}}},
                "Page": {"type": "object", "required": ["data", "page", "per_page", "total"], "properties": {
                    "data": {"type": "array"}, "page": {"type": "integer"}, "per_page": {"type": "integer"}, "total": {"type": "integer"}, "next": {"type": ["string", "null"]}}},
                "Geography": {"type": "object", "required": ["code", "name", "level"], "properties": {
                    "code": {"type": "string"}, "name": {"type": "string"}, "level": {"type": "string"}, "country": {"type": ["string", "null"]}, "parent": {"type": ["string", "null"]}}},
                "Observation": {"type": "object", "required": ["dataset", "variable", "geo", "group", "period", "value", "flags", "source", "status"], "properties": {
                    "dataset": {"type": "string"}, "variable": {"type": "string"}, "geo": {"type": "string"}, "geo_name": {"type": "string"},
                    "group": {"type": "string"}, "group_label": {"type": "string"}, "breakdown": {"type": "string"}, "period": {"type": "string"},
                    "value": {"type": ["number", "null"], "description": "null when suppressed (flag c)"}, "unit": {"type": "string"},
                    "flags": {"type": "string"}, "flag_meanings": {"type": "string"}, "source": {"type": "string"},
                    "status": {"type": "string", "enum": ["published", "draft", "submitted", "returned"]}}},
                "Import": {"type": "object", "required": ["id", "file_name", "sha256", "source", "licence", "imported_at"], "properties": {
                    "id": {"type": "integer"}, "file_name": {"type": "string"}, "sha256": {"type": "string"}, "format": {"type": "string"},
                    "source": {"type": "string"}, "licence": {"type": "string"}, "imported_at": {"type": "string"}}},
                "Submission": {"type": "object", "required": ["id", "city", "status", "file_name", "values"], "properties": {
                    "id": {"type": "integer"}, "city": {"type": "string"}, "status": {"type": "string", "enum": ["draft", "submitted", "published", "returned"]},
                    "file_name": {"type": "string"}, "comment": {"type": "string"}, "values": {"type": "integer"}, "import_id": {"type": ["integer", "null"]}}}
            }
        }
    })
}

pub async fn document() -> Response {
    static DOC: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    let body = DOC.get_or_init(|| serde_json::to_vec_pretty(&spec()).unwrap_or_default());
    (
        [
            (axum::http::header::CONTENT_TYPE, "application/json"),
            (axum::http::header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body.clone(),
    )
        .into_response()
}

/// A page for people: the endpoints and the error codes.
pub async fn docs_page(who: Principal) -> Response {
    let doc = spec();
    let paths = doc["paths"].as_object().cloned().unwrap_or_default();
    render(crate::layout::page(
        "API",
        &who,
        html! {
            h1 { "The JSON API" }
            p.lead { "The same data as the pages, for scripts and research. The machine-readable description: " a href="/api/v1/openapi.json" { "OpenAPI 3.1" } "." }
            p { "Reading published data needs no account. Writing needs an API token (" code { "observatory create-token --email you@city.example" } ") sent as " code { "Authorization: Bearer obs_…" } "." }
            pre { "curl 'http://127.0.0.1:8080/api/v1/observations?geo=SK004C&dataset=urb_cpopcb&latest=true&format=csv'" }
            h2 { "Endpoints" }
            table {
                thead { tr { th { "Method" } th { "Path" } th { "What" } } }
                tbody {
                    @for (path, ops) in &paths {
                        @for (method, o) in ops.as_object().cloned().unwrap_or_default() {
                            tr { td { code { (method.to_uppercase()) } } td { code { (path) } } td { (o["summary"].as_str().unwrap_or("")) } }
                        }
                    }
                }
            }
            h2 { "Error codes" }
            table {
                thead { tr { th { "Code" } th.num { "HTTP status" } th { "Type" } } }
                tbody { @for c in ErrorCode::ALL { @let (name, status, kind) = c.describe(); tr { td { code { (name) } } td.num { (status.as_u16()) } td { (kind) } } } }
            }
        },
    ))
}
