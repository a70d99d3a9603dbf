//! A store with a few real files (cities, population, foreign-born, employment rates by
//! citizenship) and one user per role, built once per test run and copied per test.

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use store::Store;
use store::users::{Grant, Role};
use tower::ServiceExt;

pub const OWN: &str = "HR004C"; // Osijek
pub const OTHER: &str = "SK002C"; // Košice
pub const PASSWORD: &str = "correct horse battery";

/// (name, role, city, API token)
pub const USERS: &[(&str, Option<Role>, &str, &str)] = &[
    (
        "admin@example.eu",
        Some(Role::Admin),
        "",
        "obs_admin0000000000000000000000000000000000000000000000000000000000",
    ),
    (
        "viewer@example.eu",
        Some(Role::Viewer),
        "",
        "obs_viewer000000000000000000000000000000000000000000000000000000000",
    ),
    (
        "editor@osijek.hr",
        Some(Role::Editor),
        OWN,
        "obs_editorown0000000000000000000000000000000000000000000000000000000",
    ),
    (
        "editor@kosice.sk",
        Some(Role::Editor),
        OTHER,
        "obs_editoroth0000000000000000000000000000000000000000000000000000000",
    ),
    (
        "approver@osijek.hr",
        Some(Role::Approver),
        OWN,
        "obs_approverown00000000000000000000000000000000000000000000000000000",
    ),
    (
        "approver@kosice.sk",
        Some(Role::Approver),
        OTHER,
        "obs_approveroth00000000000000000000000000000000000000000000000000000",
    ),
];

pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

/// A real file into the store through the import pipeline (places it brings included).
pub fn import(store: &mut Store, rel: &str) {
    let input = ingest::Input::file(data_dir().join(rel));
    importer::values::import(
        store,
        importer::values::Request {
            input: &input,
            format: None,
            options: ingest::Options::default(),
            source: format!("Eurostat ({rel})"),
            licence: "CC BY 4.0".into(),
            new_places: true,
        },
        &mut |_| {},
    )
    .unwrap();
}

fn template() -> &'static Path {
    static T: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &T.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("template.db");
        {
            let mut s = Store::open(&db).unwrap();
            for f in [
                "eurostat-urban-audit/gisco_urau_2021_cities.csv",
                "eurostat-urban-audit/urb_cpop1_population_2015-2024.csv",
                "eurostat-urban-audit/urb_cpopcb_foreign_born_2015-2024.csv",
                "eurostat-migrant-integration/lfsa_ergan_employment_rate_by_citizenship.tsv",
            ] {
                import(&mut s, f);
            }
            let seed =
                std::fs::read(data_dir().join("practices/city_integration_practices_seed.csv"))
                    .unwrap();
            practices::import(
                &mut s,
                practices::ImportRequest {
                    file_name: "city_integration_practices_seed.csv",
                    bytes: &seed,
                    source: "practices seed",
                    licence: "see data/SOURCES.md",
                },
                &practices::Library::builtin().unwrap(),
            )
            .unwrap();
            let greek = std::fs::read(
                data_dir().join("funding/gr_list_of_operations_2014-2020_2016-05-13.csv"),
            )
            .unwrap();
            funding::import(
                &mut s,
                funding::ImportRequest {
                    file_name: "gr_list_of_operations_2014-2020_2016-05-13.csv",
                    bytes: &greek,
                    source: "espa.gr list of operations",
                    licence: "see data/funding/README.md",
                    as_published: true,
                },
                &funding::Rules::builtin().unwrap(),
            )
            .unwrap();
            let hash = web::auth::hash_password(PASSWORD).unwrap();
            for (email, role, city, token) in USERS {
                let grants: Vec<Grant> = role
                    .iter()
                    .map(|r| Grant {
                        role: *r,
                        city: city.to_string(),
                    })
                    .collect();
                let id = s.create_user("test", email, email, &hash, &grants).unwrap();
                s.create_api_token("test", id, "test", &web::auth::sha256_hex(token))
                    .unwrap();
            }
        }
        (dir, db)
    })
    .1
}

/// A fresh copy of the template store and the app on it.
pub struct TestApp {
    pub app: Router,
    pub state: web::AppState,
    _dir: tempfile::TempDir,
}

pub fn app() -> TestApp {
    app_with(&[])
}

/// The app on a copy of the template store with `extra` bundled files imported too.
pub fn app_with(extra: &[&str]) -> TestApp {
    let src = template();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("observatory.db");
    std::fs::copy(src, &db).unwrap();
    if !extra.is_empty() {
        let mut s = Store::open(&db).unwrap();
        for f in extra {
            import(&mut s, f);
        }
    }
    let mut config = web::Config::new(db);
    config.bundle = Some(importer::bundle::Bundle::Folder(data_dir()));
    config.secure_cookies = false;
    config.readers = 2;
    config.catalogue = std::sync::Arc::new(
        catalogue::Catalogue::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogue"))
            .unwrap(),
    );
    let state = web::state(config).unwrap();
    TestApp {
        app: web::app(state.clone()),
        state,
        _dir: dir,
    }
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Resp {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

pub async fn send(app: &Router, req: Request<Body>) -> Resp {
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let headers = resp.headers().clone();
    let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX)
        .await
        .unwrap();
    Resp {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

pub async fn get(app: &Router, uri: &str) -> Resp {
    send(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

pub async fn get_as(app: &Router, uri: &str, token: &str) -> Resp {
    send(
        app,
        Request::get(uri)
            .header("authorization", format!("Bearer {token}"))
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

pub async fn post_as(app: &Router, uri: &str, token: Option<&str>, body: &str) -> Resp {
    let mut b = Request::post(uri);
    if let Some(t) = token {
        b = b.header("authorization", format!("Bearer {t}"));
    }
    send(app, b.body(Body::from(body.to_string())).unwrap()).await
}

/// A POST of raw bytes (a file in another encoding than UTF-8).
pub async fn post_bytes_as(app: &Router, uri: &str, token: &str, body: Vec<u8>) -> Resp {
    let b = Request::post(uri).header("authorization", format!("Bearer {token}"));
    send(app, b.body(Body::from(body)).unwrap()).await
}

pub fn token_of(email: &str) -> &'static str {
    USERS.iter().find(|u| u.0 == email).map(|u| u.3).unwrap()
}

/// A tidy CSV for Osijek with a value no other file has.
pub const OSIJEK_CSV: &str = "Year,indicator,citizenship,Value,unit\n2023,clients_advice_centre,NEU27_2020_FOR,4321.5,NR\n2023,clients_advice_centre,NAT,1200,NR\n";

/// A draft submission of `city` (written as the administrator), moved to `status`.
pub fn submission(state: &web::AppState, city: &str, status: &str) -> i64 {
    let admin = web::auth::Principal::User {
        user: state
            .db
            .read(|s| Ok(s.user_by_email("admin@example.eu")?))
            .unwrap()
            .unwrap(),
        csrf: None,
    };
    let id = web::routes::data::create_submission(
        state,
        &admin,
        web::routes::data::Upload {
            city: city.into(),
            file_name: "city_services.csv".into(),
            bytes: OSIJEK_CSV.as_bytes().to_vec(),
            format: None,
            source: "test".into(),
            licence: "CC BY 4.0".into(),
            encoding: None,
        },
    )
    .unwrap();
    if status != "draft" {
        web::routes::data::act(state, &admin, id, web::workflow::Step::Submit, "").unwrap();
    }
    id
}

pub fn status_of(state: &web::AppState, id: i64) -> String {
    state
        .db
        .read(|s| Ok(s.submission(id)?))
        .unwrap()
        .unwrap()
        .status
        .as_str()
        .to_string()
}

/// A form post (URL-encoded), as a browser sends it, with a bearer token when given.
pub async fn form(app: &Router, uri: &str, token: Option<&str>, body: &str) -> Resp {
    let mut b = Request::post(uri).header("content-type", "application/x-www-form-urlencoded");
    if let Some(t) = token {
        b = b.header("authorization", format!("Bearer {t}"));
    }
    send(app, b.body(Body::from(body.to_string())).unwrap()).await
}

/// Where a redirect points.
pub fn location(r: &Resp) -> String {
    r.headers
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}
