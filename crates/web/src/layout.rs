//! The page shell, shared fragments and number formatting. Templates are maud: checked
//! at compile time, escaped by default.

use crate::auth::Principal;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use model::{Flag, Flags};

pub const CSS: &str = include_str!("../assets/style.css");
pub const JS: &str = include_str!("../assets/app.js");
pub const FAVICON: &str = include_str!("../assets/favicon.svg");

/// A whole page.
pub fn page(title: &str, who: &Principal, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · Integration Observatory" }
                link rel="stylesheet" href="/assets/style.css";
                link rel="icon" href="/assets/favicon.svg" type="image/svg+xml";
                script src="/assets/app.js" defer {}
            }
            body {
                header.site {
                    a.brand href="/" { "Integration Observatory" }
                    nav aria-label="Main" {
                        a href="/" { "Cities" }
                        a href="/compare" { "Compare" }
                        a href="/neighbourhoods" { "Neighbourhoods" }
                        a href="/scenarios" { "Look ahead" }
                        a href="/practices" { "Practices" }
                        a href="/mentoring" { "Mentoring" }
                        a href="/funding" { "Funding" }
                        a href="/audits" { "Audits" }
                        a href="/indicators" { "Indicators" }
                        a href="/data" { "Data" }
                        a href="/api" { "API" }
                        @if who.is_admin() { a href="/admin" { "Admin" } }
                    }
                    div.account {
                        @match who.user() {
                            Some(u) => {
                                span { (u.email) }
                                form method="post" action="/logout" {
                                    input type="hidden" name="csrf" value=(who.csrf().unwrap_or(""));
                                    button.link type="submit" { "Log out" }
                                }
                            }
                            None => { a href="/login" { "Log in" } }
                        }
                    }
                }
                main id="main" { (body) }
                footer.site {
                    "Figures from Eurostat, the European Commission, Amt für Statistik Berlin-Brandenburg and the cities themselves, each with its source and licence. "
                    a href="/data" { "Imports and provenance" } " · "
                    a href="/api/v1/openapi.json" { "OpenAPI" }
                }
            }
        }
    }
}

pub fn render(m: Markup) -> Response {
    Html(m.into_string()).into_response()
}

pub fn error_page(status: StatusCode, code: &str, message: &str) -> Html<String> {
    let body = html! {
        h1 { (status.canonical_reason().unwrap_or("Error")) }
        p.error { (message) }
        p.muted.small { "Error code: " code { (code) } }
        p { a href="/" { "Back to the cities" } }
    };
    Html(page("Error", &Principal::Public, body).into_string())
}

/// A number with thin grouping and the given decimals (`12 345.6`).
pub fn num(v: f64, decimals: usize) -> String {
    if !v.is_finite() {
        return "–".into();
    }
    let s = format!("{:.*}", decimals, v.abs());
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s.clone(), None),
    };
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push('\u{202f}');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(&f);
    }
    if v < 0.0 && s.chars().any(|c| c != '0' && c != '.') {
        format!("−{out}")
    } else {
        out
    }
}

/// Sensible decimals for a value: none for counts, one for shares and rates.
pub fn auto(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() >= 10.0 {
        num(v, 0)
    } else if v.abs() >= 1.0 {
        num(v, 1)
    } else {
        num(v, 2)
    }
}

/// Flag badges with their meaning as a tooltip and for screen readers.
pub fn flags(f: Flags) -> Markup {
    html! {
        @for flag in f.iter() {
            span class={ "flag " (flag.letter()) } title=(flag.meaning()) {
                (flag.letter())
                span.sr-only { " (" (flag.meaning()) ")" }
            }
        }
    }
}

/// Whether the flags mark the value as suppressed (confidential).
pub fn is_suppressed(f: Flags) -> bool {
    f.contains(Flag::Confidential)
}

/// Links to the same table as CSV and JSON (the API endpoint behind it).
pub fn downloads(api_path_and_query: &str) -> Markup {
    let sep = if api_path_and_query.contains('?') {
        '&'
    } else {
        '?'
    };
    html! {
        p.downloads {
            "Download this table: "
            a href={ (api_path_and_query) (sep) "format=csv" } { "CSV" }
            a href={ (api_path_and_query) (sep) "format=json" } { "JSON" }
        }
    }
}

/// Raw SVG (already escaped by its producer).
pub fn svg(s: &str) -> Markup {
    PreEscaped(s.to_string())
}

/// The legend of the flags shown on a page.
pub fn flag_legend() -> Markup {
    html! {
        details.small {
            summary { "What the flags mean" }
            ul {
                @for f in [Flag::Break, Flag::LowReliability, Flag::Provisional, Flag::Estimated, Flag::Confidential] {
                    li { span class={ "flag " (f.letter()) } { (f.letter()) } " " (f.meaning()) }
                }
            }
        }
    }
}
