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

/// A whole page, in the reader's language (`<html lang>`), with the language switcher.
pub fn page(title: &str, who: &Principal, body: Markup) -> Markup {
    let reader = crate::locale::reader();
    html! {
        (DOCTYPE)
        html lang=(reader.lang.tag()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (t!("page-title", title = title)) }
                link rel="stylesheet" href="/assets/style.css";
                link rel="icon" href="/assets/favicon.svg" type="image/svg+xml";
                script src="/assets/app.js" defer {}
            }
            body {
                a.skip href="#main" { (t!("skip-to-content")) }
                header.site {
                    a.brand href="/" { (t!("site-name")) }
                    nav aria-label=(t!("nav-main")) {
                        a href="/" { (t!("nav-cities")) }
                        a href="/compare" { (t!("nav-compare")) }
                        a href="/neighbourhoods" { (t!("nav-neighbourhoods")) }
                        a href="/scenarios" { (t!("nav-look-ahead")) }
                        a href="/practices" { (t!("nav-practices")) }
                        a href="/mentoring" { (t!("nav-mentoring")) }
                        a href="/funding" { (t!("nav-funding")) }
                        a href="/audits" { (t!("nav-audits")) }
                        a href="/surveys" { (t!("nav-surveys")) }
                        a href="/indicators" { (t!("nav-indicators")) }
                        a href="/data" { (t!("nav-data")) }
                        a href="/api" { (t!("nav-api")) }
                        @if who.is_admin() { a href="/admin" { (t!("nav-admin")) } }
                    }
                    div.account {
                        @match who.user() {
                            Some(u) => {
                                span { (u.email) }
                                form method="post" action="/logout" {
                                    input type="hidden" name="csrf" value=(who.csrf().unwrap_or(""));
                                    button.link type="submit" { (t!("account-log-out")) }
                                }
                            }
                            None => { a href="/login" { (t!("account-log-in")) } }
                        }
                    }
                    (language_switcher(&reader))
                }
                main id="main" { (body) }
                footer.site {
                    (t!("footer-sources")) " "
                    a href="/data" { (t!("footer-provenance")) } " · "
                    a href="/api/v1/openapi.json" { (t!("footer-openapi")) }
                }
            }
        }
    }
}

/// Links to this page in every language, each named in its own language (a reader who
/// cannot read the current one still finds hers). The chosen one is kept in a cookie.
fn language_switcher(reader: &crate::locale::Reader) -> Markup {
    let sep = if reader.path.contains('?') { '&' } else { '?' };
    html! {
        nav.languages aria-label=(t!("language-switch")) {
            @for l in i18n::Lang::ALL {
                @if l == reader.lang {
                    span lang=(l.tag()) aria-current="true" { (l.native_name()) }
                } @else {
                    a href={ (reader.path) (sep) "lang=" (l.tag()) } lang=(l.tag()) hreflang=(l.tag()) { (l.native_name()) }
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
        h1 { (crate::error::status_title(status)) }
        p.error { (message) }
        p.muted.small { (t!("error-code")) " " code { (code) } }
        p { a href="/" { (t!("error-back")) } }
    };
    Html(page(&t!("error-title"), &Principal::Public, body).into_string())
}

/// A number in the reader's format with the given decimals (`12,345.6` in English,
/// `12.345,6` in German, `12 345,6` in Czech).
pub fn num(v: f64, decimals: usize) -> String {
    crate::locale::number(v, decimals)
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
            @let meaning = flag_meaning(flag);
            span class={ "flag " (flag.letter()) } title=(meaning) {
                (flag.letter())
                span.sr-only { " (" (meaning) ")" }
            }
        }
    }
}

/// What a flag means, in the reader's language (`flag-<letter>` of common.ftl).
pub fn flag_meaning(flag: Flag) -> String {
    t!(&format!("flag-{}", flag.letter()))
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
            (t!("download-table")) " "
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
            summary { (t!("flags-legend")) }
            ul {
                @for f in [Flag::Break, Flag::LowReliability, Flag::Provisional, Flag::Estimated, Flag::Confidential] {
                    li { span class={ "flag " (f.letter()) } { (f.letter()) } " " (flag_meaning(f)) }
                }
            }
        }
    }
}
