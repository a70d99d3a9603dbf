//! The reader's language for the request being served, and the helpers pages call to show
//! a text in it.
//!
//! The language is chosen once per request by [`choose`] (a `?lang=` link of the language
//! switcher, then the `lang` cookie it set, then the browser's `Accept-Language`), and
//! held in a task-local for the request's future, so that every template reads it with
//! [`lang`] without it being threaded through each handler. Work sent to the blocking pool
//! carries it along ([`crate::blocking::run`]).

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
pub use i18n::{Arg, Lang};

tokio::task_local! {
    static READER: Reader;
}

/// Who reads the page: the language, and the path the language switcher links back to.
#[derive(Debug, Clone)]
pub struct Reader {
    pub lang: Lang,
    /// The request's path and query, without a `lang` parameter.
    pub path: String,
}

/// The name of the cookie that keeps the language chosen in the switcher.
pub const COOKIE: &str = "lang";

/// The language of the request being served; English outside a request (tests that call
/// a template directly, start-up).
pub fn lang() -> Lang {
    READER.try_with(|r| r.lang).unwrap_or_default()
}

/// The reader of the request being served.
pub fn reader() -> Reader {
    READER.try_with(Reader::clone).unwrap_or(Reader {
        lang: Lang::En,
        path: "/".into(),
    })
}

/// Runs `f` with `reader` as the request's reader (the blocking pool's threads).
pub fn with_reader<T>(reader: Reader, f: impl FnOnce() -> T) -> T {
    READER.sync_scope(reader, f)
}

/// The text of `key` in the reader's language.
pub fn text(key: &str, args: &[(&str, Arg)]) -> String {
    i18n::active().text(lang(), key, args)
}

/// A catalogue text (an indicator's name, a framework's question) in the reader's
/// language: its translation by `key`, else the catalogue's own English.
pub fn catalogue_text(key: &str, english: &str) -> String {
    i18n::active().catalogue_text(lang(), key, english)
}

/// A number in the reader's format, `decimals` after the separator.
pub fn number(value: f64, decimals: usize) -> String {
    lang().number(value, decimals)
}

/// A whole number in the reader's format.
pub fn integer(value: i64) -> String {
    lang().integer(value)
}

/// `t!("key")` or `t!("key", name = value, …)`: the message in the reader's language.
/// A value is a text (formatted already) or a count (`n = 3usize`) that chooses a plural.
#[macro_export]
macro_rules! t {
    ($key:expr) => {
        $crate::locale::text($key, &[])
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::locale::text($key, &[$((stringify!($name), $crate::locale::Arg::from($value))),+])
    };
}

/// The language a request asks for, and whether it asked in the URL (then the choice is
/// kept in a cookie).
fn choose(req: &Request) -> (Lang, bool) {
    let query_lang = req.uri().query().and_then(|q| {
        q.split('&')
            .filter_map(|p| p.strip_prefix("lang="))
            .find_map(Lang::from_tag)
    });
    if let Some(l) = query_lang {
        return (l, true);
    }
    let cookie_lang = req
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().strip_prefix("lang="))
        .find_map(Lang::from_tag);
    if let Some(l) = cookie_lang {
        return (l, false);
    }
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    (Lang::negotiate(accept), false)
}

/// The request's path and query without its `lang` parameter.
fn path_without_lang(req: &Request) -> String {
    let path = req.uri().path();
    let rest: Vec<&str> = req
        .uri()
        .query()
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("lang="))
        .collect();
    if rest.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", rest.join("&"))
    }
}

/// The middleware: chooses the language, serves the request in it, and says which it is
/// (`Content-Language`; `Vary`, since the same URL differs by header and cookie).
pub async fn middleware(mut req: Request, next: Next) -> Response {
    let (lang, asked) = choose(&req);
    if asked {
        // The handlers never see `lang`: a form's strict query parser would refuse it.
        let rest = path_without_lang(&req);
        if let Ok(uri) = rest.parse() {
            *req.uri_mut() = uri;
        }
    }
    // The answer to a form (a POST) has no address of its own to show again in another
    // language: its switcher links to the home page instead of a 405.
    let path =
        if req.method() == axum::http::Method::GET || req.method() == axum::http::Method::HEAD {
            path_without_lang(&req)
        } else {
            "/".to_string()
        };
    let reader = Reader { lang, path };
    let mut resp = READER.scope(reader, next.run(req)).await;
    let headers = resp.headers_mut();
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.tag()),
    );
    headers.append(header::VARY, HeaderValue::from_static("Accept-Language"));
    if asked {
        let cookie = format!(
            "{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            lang.tag()
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            headers.append(header::SET_COOKIE, v);
        }
    }
    resp
}

/// A catalogue text by the parts of its key (see [`i18n::catalogue_key`]), else `english`.
pub fn catalogue(parts: &[&str], english: &str) -> String {
    catalogue_text(&i18n::catalogue_key(parts), english)
}

/// A place's name in the reader's language (`catalogue/places/names.toml`: "Beč" for Wien
/// on a Croatian page, "Hrvatska" for Croatia), else the name the statistics give.
pub fn place_name(code: &str, name: &str) -> String {
    catalogue::active()
        .place_names
        .name(code, lang().tag())
        .map_or_else(|| name.to_string(), str::to_string)
}
