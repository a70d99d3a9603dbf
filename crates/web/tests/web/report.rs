//! The City Integration Report on the web: the page in the reader's language with its
//! PDF link, and the PDF itself (printed by the server's Chromium: this test needs
//! `chromium` on PATH or `OBSERVATORY_CHROMIUM`, and fails saying so without it).

use crate::common::*;
use axum::http::StatusCode;

#[tokio::test]
async fn the_report_page_is_in_the_reader_s_language_with_a_pdf_link() {
    let t = app();
    let r = get(&t.app, "/cities/HR004C/report?lang=hr").await;
    assert_eq!(
        r.status,
        StatusCode::OK,
        "{}",
        &r.body[..r.body.len().min(500)]
    );
    assert!(r.body.starts_with("<!DOCTYPE html><html lang=\"hr\">"));
    assert!(
        r.body
            .contains("href=\"/cities/HR004C/report.pdf?lang=hr\"")
    );
    assert!(r.body.contains("Osijek"));
    // The profile links to it.
    let p = get(&t.app, "/cities/HR004C").await;
    assert!(p.body.contains("href=\"/cities/HR004C/report\""));
    // An unknown place is a 404 naming what to do.
    let r = get(&t.app, "/cities/XX999C/report").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_report_pdf_is_printed_on_the_server() {
    if city_report::pdf::chromium().is_err() {
        panic!(
            "this test needs Chromium to print the report's PDF: apt-get install chromium, or set {}",
            city_report::pdf::CHROMIUM_VAR
        );
    }
    let t = app();
    let r = get(&t.app, "/cities/HR004C/report.pdf?lang=de").await;
    assert_eq!(
        r.status,
        StatusCode::OK,
        "{}",
        &r.body[..r.body.len().min(500)]
    );
    assert_eq!(r.headers["content-type"], "application/pdf");
    assert!(r.body.starts_with("%PDF"));
    assert!(r.body.contains("/Lang (de)"));
}
