//! The report as one self-contained HTML document: inline CSS with print styles (A4,
//! page numbers in the `@page` margin boxes, a page break before each chapter, table
//! headers repeated on every page), SVG charts with a title and a description, and every
//! text in the reader's language (`catalogue/i18n/<lang>/report.ftl`).

use crate::{CityReport, IndicatorRow, svg};
use i18n::{Arg, Lang};
use model::{Dimension, Origin, PopulationGroup};
use std::fmt::Write as _;

/// Escapes text for HTML content and attribute values: the project's one escaper.
pub use spatial::escape_xml as esc;

/// One message in `lang`.
fn t(lang: Lang, key: &str) -> String {
    i18n::active().text(lang, key, &[])
}

/// One message with arguments.
fn ta(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    i18n::active().text(lang, key, args)
}

fn cat(lang: Lang, parts: &[&str], english: &str) -> String {
    i18n::active().catalogue_text(lang, &i18n::catalogue_key(parts), english)
}

/// Sensible decimals for a value: none for counts, one for shares and rates (the web's `auto`).
pub fn auto(lang: Lang, v: f64) -> String {
    if v.fract() == 0.0 && v.abs() >= 10.0 {
        lang.number(v, 0)
    } else if v.abs() >= 1.0 {
        lang.number(v, 1)
    } else {
        lang.number(v, 2)
    }
}

fn signed(lang: Lang, v: f64, d: usize) -> String {
    format!("{}{}", if v >= 0.0 { "+" } else { "" }, lang.number(v, d))
}

/// A population group in `lang`: the common citizenship, birth and sex groups translated,
/// other parts as the model describes them.
pub fn group_label(lang: Lang, g: &PopulationGroup) -> String {
    if g.is_total() {
        return t(lang, "report-group-everybody");
    }
    g.dimensions()
        .map(|(d, c)| {
            let key = match (d, Origin::from_code(c)) {
                (Dimension::Citizenship, Origin::Reporting) => Some("report-group-nationals"),
                (Dimension::Citizenship, Origin::EuMobile) => Some("report-group-eu-citizens"),
                (Dimension::Citizenship, Origin::ThirdCountry) => {
                    Some("report-group-non-eu-citizens")
                }
                (Dimension::Citizenship, Origin::Foreign) => Some("report-group-foreign-citizens"),
                (Dimension::CountryOfBirth, Origin::Reporting) => Some("report-group-native-born"),
                (Dimension::CountryOfBirth, Origin::EuMobile) => Some("report-group-born-eu"),
                (Dimension::CountryOfBirth, Origin::ThirdCountry) => {
                    Some("report-group-born-non-eu")
                }
                (Dimension::CountryOfBirth, Origin::Foreign) => Some("report-group-foreign-born"),
                (Dimension::Sex, _) if c == "F" => Some("report-group-women"),
                (Dimension::Sex, _) if c == "M" => Some("report-group-men"),
                _ => None,
            };
            match key {
                Some(k) => t(lang, k),
                None => PopulationGroup::total().with(d, c).describe(),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A place's name in `lang` (the catalogue's names in the observatory's languages), else `name`.
fn local(names: &std::collections::BTreeMap<String, String>, lang: Lang, name: &str) -> String {
    names
        .get(lang.tag())
        .cloned()
        .unwrap_or_else(|| name.to_string())
}

fn place_name(r: &CityReport, lang: Lang) -> String {
    local(&r.local_names, lang, &r.name)
}

fn country_name(r: &CityReport, lang: Lang) -> Option<String> {
    r.country_name
        .as_deref()
        .or(r.country_code.as_deref())
        .map(|n| local(&r.country_local_names, lang, n))
}

const CSS: &str = r#"
@page { size: A4; margin: 20mm 16mm 22mm 16mm;
  @bottom-center { content: var(--page-label) " " counter(page) " / " counter(pages); font: 9pt sans-serif; color: #444; }
  @bottom-left { content: var(--running); font: 9pt sans-serif; color: #444; } }
@page :first { @bottom-center { content: none; } @bottom-left { content: none; } }
:root { color: #111; }
body { font: 10.5pt/1.45 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; margin: 0 auto; max-width: 190mm; padding: 1em; }
h1 { font-size: 24pt; margin: 0 0 .2em; }
h2 { font-size: 16pt; border-bottom: 2px solid #1f4e79; padding-bottom: .15em; margin-top: 1.2em; }
h3 { font-size: 12pt; margin: 1em 0 .3em; }
h4 { font-size: 10.5pt; margin: .8em 0 .3em; }
.cover { margin-bottom: 1.5em; }
.cover .subtitle { font-size: 14pt; color: #333; }
.muted { color: #444; } .small { font-size: 9pt; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 .8em; font-size: 9pt; }
th, td { border-bottom: 1px solid #bbb; padding: 2px 5px; text-align: left; vertical-align: top; }
th { background: #e8eef5; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.suppressed { font-style: italic; color: #555; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.flag { display: inline-block; border: 1px solid #777; border-radius: 2px; padding: 0 2px; margin-left: 2px; font-size: 8pt; }
.cards { display: grid; grid-template-columns: repeat(2, 1fr); gap: .5em; }
.card { border: 1px solid #bbb; padding: .5em; break-inside: avoid; }
.card .value { font-size: 16pt; font-weight: bold; }
figure { margin: .5em 0; break-inside: avoid; } figcaption { font-size: 9pt; color: #333; }
svg.chart { width: 100%; height: auto; }
.notes { border-left: 3px solid #1f4e79; padding-left: .8em; }
section.chapter { break-before: page; }
@media print { a { color: inherit; text-decoration: none; } .screen-only, .sr-only { display: none; } }
@media screen { body { max-width: 60em; } }
"#;

/// The whole report as one HTML document in `lang`.
pub fn render_html(r: &CityReport, lang: Lang) -> String {
    render(r, lang, None)
}

/// [`render_html`] for a screen: with a link to the same report as PDF (`pdf_href`) above
/// the cover, not printed.
pub fn render_html_linked(r: &CityReport, lang: Lang, pdf_href: &str) -> String {
    render(r, lang, Some(pdf_href))
}

fn render(r: &CityReport, lang: Lang, pdf_href: Option<&str>) -> String {
    let name = place_name(r, lang);
    let mut h = String::new();
    let title = ta(lang, "report-title-of", &[("city", Arg::from(&name))]);
    let running = format!("\"{}\"", title.replace('\\', "").replace('"', "'"));
    let page_label = format!("\"{}\"", t(lang, "report-page").replace('"', "'"));
    let _ = write!(
        h,
        r#"<!DOCTYPE html><html lang="{}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{}</title><style>:root {{ --running: {}; --page-label: {}; }}{CSS}</style></head><body>"#,
        lang.tag(),
        esc(&title),
        running,
        page_label
    );
    if let Some(href) = pdf_href {
        let _ = write!(
            h,
            r#"<p class="screen-only"><a href="{}" download>{}</a> · {}</p>"#,
            esc(href),
            esc(&t(lang, "report-download-pdf")),
            esc(&t(lang, "report-print-hint"))
        );
    }
    // The cover and the contents.
    let when = match r.year {
        Some(y) => ta(lang, "report-year", &[("year", Arg::from(y.to_string()))]),
        None => t(lang, "report-latest"),
    };
    let _ = write!(
        h,
        r#"<header class="cover"><p class="subtitle">{}</p><h1>{}</h1><p class="subtitle">{}{}</p><p class="muted">{}</p></header>"#,
        esc(&t(lang, "report-title")),
        esc(&name),
        esc(&country_name(r, lang)
            .map(|c| format!("{c} · "))
            .unwrap_or_default()),
        esc(&when),
        esc(&ta(lang, "report-code", &[("code", Arg::from(&r.code))])),
    );
    let mut chapters: Vec<(&str, String)> = vec![("profile", t(lang, "report-profile-title"))];
    chapters.push(("indicators", t(lang, "report-indicators-title")));
    let mut notes: Vec<String> = Vec::new();
    if r.peers.is_some() {
        chapters.push(("peers", t(lang, "report-peers-title")));
    } else {
        notes.push(t(lang, "report-peers-none"));
    }
    if r.neighbourhoods.is_some() {
        chapters.push(("neighbourhoods", t(lang, "report-neighbourhoods-title")));
    } else {
        notes.push(t(lang, "report-neighbourhoods-none"));
    }
    if r.audit.is_some() {
        chapters.push(("audit", t(lang, "report-audit-title")));
    } else {
        notes.push(t(lang, "report-audit-none"));
    }
    if r.agenda.is_some() {
        chapters.push(("agenda", t(lang, "report-agenda-title")));
    } else {
        notes.push(t(lang, "report-agenda-none"));
    }
    if !r.scenarios.is_empty() {
        chapters.push(("scenarios", t(lang, "report-scenarios-title")));
    } else {
        notes.push(t(lang, "report-scenarios-none"));
    }
    chapters.push(("sources", t(lang, "report-sources-title")));
    chapters.push(("method", t(lang, "report-method-title")));
    let _ = write!(
        h,
        r#"<nav aria-labelledby="toc"><h2 id="toc">{}</h2><ol>"#,
        esc(&t(lang, "report-contents"))
    );
    for (id, title) in &chapters {
        let _ = write!(h, r##"<li><a href="#{id}">{}</a></li>"##, esc(title));
    }
    h.push_str("</ol></nav>");
    if !notes.is_empty() {
        let _ = write!(
            h,
            r#"<aside class="notes" aria-labelledby="left-out"><h3 id="left-out">{}</h3>"#,
            esc(&t(lang, "report-left-out"))
        );
        for n in &notes {
            let _ = write!(h, "<p>{}</p>", esc(n));
        }
        h.push_str("</aside>");
    }
    let _ = write!(
        h,
        r#"<p class="small muted">{}</p>"#,
        esc(&t(lang, "report-published-only"))
    );
    h.push_str("<main>");
    for (id, title) in &chapters {
        let _ = write!(
            h,
            r#"<section class="chapter" id="{id}" aria-labelledby="{id}-h"><h2 id="{id}-h">{}</h2>"#,
            esc(title)
        );
        match *id {
            "profile" => profile(&mut h, r, lang, &name),
            "indicators" => indicators(&mut h, r, lang),
            "peers" => peers(&mut h, r, lang, &name),
            "neighbourhoods" => areas(&mut h, r, lang),
            "audit" => audit(&mut h, r, lang),
            "agenda" => agenda(&mut h, r, lang),
            "scenarios" => scenarios(&mut h, r, lang),
            "sources" => sources(&mut h, r, lang),
            _ => method(&mut h, lang),
        }
        h.push_str("</section>");
    }
    h.push_str("</main></body></html>");
    h
}

fn table_head(h: &mut String, lang: Lang, cols: &[(&str, bool)]) {
    h.push_str("<table><thead><tr>");
    for (key, num) in cols {
        let _ = write!(
            h,
            r#"<th scope="col"{}>{}</th>"#,
            if *num { r#" class="num""# } else { "" },
            esc(&t(lang, key))
        );
    }
    h.push_str("</tr></thead><tbody>");
}

/// The profile's figures as the web's profile shows them: residents without decimals,
/// the foreign-born share and its change with one.
pub fn profile_figures(r: &CityReport, lang: Lang) -> Vec<String> {
    let Some(p) = &r.profile else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Some(v) = p.population {
        out.push(lang.number(v, 0));
    }
    if let Some(v) = p.foreign_born_share {
        out.push(lang.number(v, 1));
    }
    if let Some(v) = p.foreign_born_change {
        out.push(signed(lang, v, 1));
    }
    out
}

fn profile(h: &mut String, r: &CityReport, lang: Lang, name: &str) {
    let Some(p) = &r.profile else {
        let _ = write!(h, "<p>{}</p>", esc(&t(lang, "report-profile-none")));
        return;
    };
    let dash = "–".to_string();
    let year = |y: Option<i32>| y.map(|y| format!(" ({y})")).unwrap_or_default();
    h.push_str(r#"<div class="cards">"#);
    let card = |h: &mut String, value: String, label: String| {
        let _ = write!(
            h,
            r#"<div class="card"><div class="value">{}</div><div class="label">{}</div></div>"#,
            esc(&value),
            esc(&label)
        );
    };
    card(
        h,
        p.population
            .map(|v| lang.number(v, 0))
            .unwrap_or(dash.clone()),
        format!(
            "{}{}",
            t(lang, "report-profile-residents"),
            year(p.population_year)
        ),
    );
    card(
        h,
        p.foreign_born_share
            .map(|v| format!("{} %", lang.number(v, 1)))
            .unwrap_or(dash.clone()),
        format!(
            "{}{}",
            t(lang, "report-profile-born-abroad"),
            year(p.foreign_born_year)
        ),
    );
    card(
        h,
        p.foreign_born_change
            .map(|v| signed(lang, v, 1))
            .unwrap_or(dash.clone()),
        t(lang, "report-profile-change"),
    );
    card(
        h,
        match (&p.context_type, &p.size_class) {
            (Some(c), Some(s)) => format!("{} · {s}", crate::context_type_label(lang, c)),
            (Some(c), None) => crate::context_type_label(lang, c),
            (None, Some(s)) => s.clone(),
            (None, None) => dash.clone(),
        },
        t(lang, "report-profile-type"),
    );
    h.push_str("</div>");
    if let Some(m) = &p.foreign_born_missing {
        let _ = write!(h, r#"<p class="small muted">{}</p>"#, esc(m));
    }
    if p.trend.len() >= 2 {
        let (first, last) = (p.trend[0].year, p.trend[p.trend.len() - 1].year);
        // A flat series needs a second decimal for its axis to say anything.
        let (lo, hi) = p.trend.iter().fold((f64::MAX, f64::MIN), |(a, b), x| {
            (a.min(x.share), b.max(x.share))
        });
        let axis_decimals = if hi - lo < 0.5 { 2 } else { 1 };
        let title = ta(
            lang,
            "report-profile-trend-title",
            &[("city", Arg::from(name))],
        );
        let desc = ta(
            lang,
            "report-profile-trend-desc",
            &[
                ("first", Arg::from(first.to_string())),
                ("last", Arg::from(last.to_string())),
            ],
        );
        let _ = write!(
            h,
            "<figure>{}<figcaption>{}</figcaption></figure>",
            svg::line("fb-trend", &title, &desc, &p.trend, &|v| lang
                .number(v, axis_decimals)),
            esc(&title)
        );
        table_head(
            h,
            lang,
            &[
                ("report-col-year", false),
                ("report-col-foreign-born-share", true),
            ],
        );
        for y in &p.trend {
            let flags = if y.estimated {
                flag_badges(lang, model::Flag::Estimated.into())
            } else {
                String::new()
            };
            let _ = write!(
                h,
                r#"<tr><td>{}</td><td class="num">{}{flags}</td></tr>"#,
                y.year,
                lang.number(y.share, 1)
            );
        }
        h.push_str("</tbody></table>");
        if p.trend.iter().any(|y| y.estimated) {
            let _ = write!(
                h,
                r#"<p class="small muted">{}</p>"#,
                esc(&t(lang, "city-trend-estimated"))
            );
        }
    }
}

fn flag_badges(lang: Lang, f: model::Flags) -> String {
    let mut s = String::new();
    for flag in f.iter() {
        let meaning = t(lang, &format!("flag-{}", flag.letter()));
        let _ = write!(
            s,
            r#" <abbr class="flag" title="{m}">{l}<span class="sr-only"> ({m})</span></abbr>"#,
            m = esc(&meaning),
            l = flag.letter()
        );
    }
    s
}

/// The value cell: the number, or the withheld cell as the web shows it, with its flags.
fn value_cell(lang: Lang, row: &IndicatorRow) -> String {
    let v = match row.value {
        Some(v) => esc(&auto(lang, v)),
        None => format!(
            r#"<span class="suppressed" title="{}">{}</span>"#,
            esc(&t(lang, "report-withheld")),
            esc(&t(lang, "report-suppressed"))
        ),
    };
    let unit = row
        .unit
        .as_ref()
        .map(|u| format!(r#" <span class="small muted">{}</span>"#, esc(u)))
        .unwrap_or_default();
    format!("{v}{unit}{}", flag_badges(lang, row.flags))
}

fn indicators(h: &mut String, r: &CityReport, lang: Lang) {
    if r.areas.is_empty() && r.national.is_empty() {
        let _ = write!(h, "<p>{}</p>", esc(&t(lang, "report-indicators-none")));
        return;
    }
    let _ = write!(h, "<p>{}</p>", esc(&t(lang, "report-indicators-intro")));
    // The flags used, with their meanings.
    let mut used = model::Flags::NONE;
    for a in r.areas.iter().chain(&r.national) {
        for row in &a.rows {
            for f in row.flags.iter() {
                used.insert(f);
            }
        }
    }
    if !used.is_empty() {
        let _ = write!(
            h,
            r#"<p class="small"><strong>{}</strong> "#,
            esc(&t(lang, "report-flags-legend"))
        );
        let items: Vec<String> = used
            .iter()
            .map(|f| {
                format!(
                    "{} = {}",
                    f.letter(),
                    esc(&t(lang, &format!("flag-{}", f.letter())))
                )
            })
            .collect();
        h.push_str(&items.join("; "));
        h.push_str("</p>");
    }
    area_tables(h, &r.areas, lang, "h3");
    if !r.national.is_empty() {
        let country = country_name(r, lang).unwrap_or_default();
        let _ = write!(
            h,
            "<h3>{}</h3><p>{}</p>",
            esc(&ta(
                lang,
                "report-national-title",
                &[("country", Arg::from(&country))]
            )),
            esc(&t(lang, "report-national-intro"))
        );
        area_tables(h, &r.national, lang, "h4");
    }
}

fn area_tables(h: &mut String, areas: &[crate::AreaSection], lang: Lang, heading: &str) {
    for a in areas {
        let _ = write!(
            h,
            "<{heading}>{}</{heading}>",
            esc(&cat(lang, &["area", &a.id], &a.label))
        );
        table_head(
            h,
            lang,
            &[
                ("report-col-indicator", false),
                ("report-col-group", false),
                ("report-col-period", false),
                ("report-col-value", true),
                ("report-col-interval", true),
                ("report-col-gap", true),
            ],
        );
        for row in &a.rows {
            let label = cat(lang, &["variable", &row.dataset, &row.variable], &row.label);
            let breakdown = if row.breakdown.is_empty() {
                String::new()
            } else {
                format!(
                    r#"<br><span class="small muted">{}</span>"#,
                    esc(&row.breakdown)
                )
            };
            let interval = row
                .interval
                .map(|(a, b)| format!("{}–{}", lang.number(a, 1), lang.number(b, 1)))
                .unwrap_or_default();
            let gap = row.gap.map(|g| signed(lang, g, 1)).unwrap_or_default();
            let _ = write!(
                h,
                r#"<tr><td>{} <span class="small muted">{}</span>{breakdown}</td><td>{}</td><td>{}</td><td class="num">{}</td><td class="num">{}</td><td class="num">{}</td></tr>"#,
                esc(&label),
                esc(&row.variable),
                esc(&group_label(lang, &row.group)),
                esc(&row.period),
                value_cell(lang, row),
                esc(&interval),
                esc(&gap),
            );
        }
        h.push_str("</tbody></table>");
        for (dataset, variable, n) in &a.more {
            let _ = write!(
                h,
                r#"<p class="small muted">{}</p>"#,
                esc(&ta(
                    lang,
                    "report-indicators-more",
                    &[
                        ("count", Arg::from(*n)),
                        (
                            "indicator",
                            Arg::from(cat(lang, &["variable", dataset, variable], variable))
                        ),
                    ],
                ))
            );
        }
    }
}

fn peers(h: &mut String, r: &CityReport, lang: Lang, name: &str) {
    let Some(p) = &r.peers else { return };
    let _ = write!(
        h,
        "<p>{}</p>",
        esc(&ta(
            lang,
            "report-peers-intro",
            &[
                ("count", Arg::from(p.peers.len())),
                (
                    "features",
                    Arg::from(
                        p.features
                            .iter()
                            .map(|f| feature_label(lang, f))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                ),
            ],
        ))
    );
    table_head(
        h,
        lang,
        &[
            ("report-col-rank", true),
            ("report-col-city", false),
            ("report-col-country", false),
            ("report-col-distance", true),
        ],
    );
    for p in &p.peers {
        let _ = write!(
            h,
            r#"<tr><td class="num">{}</td><td>{}</td><td>{}</td><td class="num">{}</td></tr>"#,
            p.rank,
            esc(&local(&p.local_names, lang, &p.name)),
            esc(&p.country),
            lang.number(p.distance, 2)
        );
    }
    h.push_str("</tbody></table>");
    if let Some(b) = &p.benchmark {
        let label = feature_label(lang, "foreign_born_share");
        let _ = write!(
            h,
            "<h3>{}</h3>",
            esc(&ta(
                lang,
                "report-benchmark-title",
                &[("indicator", Arg::from(&label))]
            ))
        );
        let mut items = vec![(
            ta(
                lang,
                "report-benchmark-this-city",
                &[("city", Arg::from(name))],
            ),
            b.city,
        )];
        items.extend(
            b.peers
                .iter()
                .map(|(n, names, v)| (local(names, lang, n), *v)),
        );
        let title = ta(
            lang,
            "report-benchmark-chart",
            &[("indicator", Arg::from(&label))],
        );
        let _ = write!(
            h,
            "<figure>{}<figcaption>{}</figcaption></figure>",
            svg::bars(
                "bench",
                &title,
                &t(lang, "report-benchmark-desc"),
                &items,
                &t(lang, "report-no-data"),
                &|v| lang.number(v, 1)
            ),
            esc(&title)
        );
        if let Some((median, q1, q3, n)) = b.summary {
            let _ = write!(
                h,
                "<p>{}</p>",
                esc(&ta(
                    lang,
                    "report-benchmark-summary",
                    &[
                        ("median", Arg::from(lang.number(median, 1))),
                        ("q1", Arg::from(lang.number(q1, 1))),
                        ("q3", Arg::from(lang.number(q3, 1))),
                        ("count", Arg::from(n)),
                    ],
                ))
            );
        }
        if let Some((rank, of)) = b.position {
            let _ = write!(
                h,
                "<p>{}</p>",
                esc(&ta(
                    lang,
                    "report-benchmark-position",
                    &[
                        ("rank", Arg::from(rank.to_string())),
                        ("count", Arg::from(of))
                    ],
                ))
            );
        }
    }
}

/// A peers' feature by its registry name, in `lang`.
fn feature_label(lang: Lang, name: &str) -> String {
    let english = peers::Feature::parse(name)
        .map(|f| f.info().label.clone())
        .unwrap_or_else(|| name.replace('_', " "));
    cat(lang, &["feature", name], &english)
}

fn areas(h: &mut String, r: &CityReport, lang: Lang) {
    let Some(n) = &r.neighbourhoods else { return };
    let _ = write!(
        h,
        "<p>{}</p>",
        esc(&ta(
            lang,
            "report-neighbourhoods-intro",
            &[
                ("count", Arg::from(n.areas.len())),
                ("scheme", Arg::from(&n.scheme)),
                ("period", Arg::from(&n.period)),
            ],
        ))
    );
    if let Some(s) = n.city_share {
        let _ = write!(
            h,
            "<p>{}</p>",
            esc(&ta(
                lang,
                "report-neighbourhoods-city-share",
                &[("share", Arg::from(lang.number(s, 1)))]
            ))
        );
    }
    if !n.indices.is_empty() {
        table_head(
            h,
            lang,
            &[("report-col-index", false), ("report-col-value", true)],
        );
        for (name, v) in &n.indices {
            let key = match name.as_str() {
                "dissimilarity" => "report-index-dissimilarity",
                "isolation" => "report-index-isolation",
                "interaction" => "report-index-interaction",
                "entropy" => "report-index-entropy",
                _ => "report-index-gini",
            };
            let _ = write!(
                h,
                r#"<tr><td>{}</td><td class="num">{}</td></tr>"#,
                esc(&t(lang, key)),
                lang.number(*v, 3)
            );
        }
        h.push_str("</tbody></table>");
    }
    table_head(
        h,
        lang,
        &[
            ("report-col-area", false),
            ("report-col-residents", true),
            ("report-col-foreigners", true),
            ("report-col-share", true),
        ],
    );
    for a in &n.areas {
        let share = match (a.share, a.note) {
            (Some(s), _) => lang.number(s, 1),
            (None, neighbourhoods::city::AreaNote::FewResidents) => t(lang, "report-area-few"),
            (None, _) => t(lang, "report-no-data"),
        };
        let _ = write!(
            h,
            r#"<tr><td>{}</td><td class="num">{}</td><td class="num">{}</td><td class="num">{}</td></tr>"#,
            esc(&a.name),
            a.residents.map(|v| lang.number(v, 0)).unwrap_or_default(),
            a.foreigners.map(|v| lang.number(v, 0)).unwrap_or_default(),
            esc(&share)
        );
    }
    h.push_str("</tbody></table>");
    let _ = write!(
        h,
        r#"<p class="small muted">{}</p>"#,
        esc(&ta(
            lang,
            "report-source",
            &[("source", Arg::from(&n.source))]
        ))
    );
}

fn audit(h: &mut String, r: &CityReport, lang: Lang) {
    let Some(a) = &r.audit else { return };
    let _ = write!(
        h,
        "<p>{}</p>",
        esc(&ta(
            lang,
            "report-audit-intro",
            &[
                ("title", Arg::from(&a.title)),
                ("closes", Arg::from(&a.closes)),
                ("count", Arg::from(a.respondents)),
            ],
        ))
    );
    table_head(
        h,
        lang,
        &[
            ("report-col-focal-point", false),
            ("report-col-score", true),
            ("report-col-rank", true),
        ],
    );
    for f in &a.focal_points {
        let _ = write!(
            h,
            r#"<tr><td>{}</td><td class="num">{}</td><td class="num">{}</td></tr>"#,
            esc(&f.title),
            f.score
                .map(|v| lang.number(v, 1))
                .unwrap_or_else(|| t(lang, "report-no-data")),
            f.rank.map(|v| v.to_string()).unwrap_or_default()
        );
    }
    h.push_str("</tbody></table>");
}

fn agenda(h: &mut String, r: &CityReport, lang: Lang) {
    let Some(a) = &r.agenda else { return };
    let _ = write!(
        h,
        "<p>{}</p>",
        esc(&ta(
            lang,
            "report-agenda-intro",
            &[
                ("title", Arg::from(&a.title)),
                ("version", Arg::from(a.version.to_string()))
            ],
        ))
    );
    for g in &a.goals {
        let _ = write!(
            h,
            "<h3>{}</h3><p>{} <span class=\"small muted\">{}</span></p>",
            esc(&g.focal_point),
            esc(&g.text),
            esc(&ta(
                lang,
                "report-agenda-actions",
                &[("count", Arg::from(g.actions))]
            ))
        );
        if g.targets.is_empty() {
            continue;
        }
        table_head(
            h,
            lang,
            &[
                ("report-col-target", false),
                ("report-col-baseline", true),
                ("report-col-goal", true),
                ("report-col-latest", true),
                ("report-col-progress", true),
            ],
        );
        for tg in &g.targets {
            let _ = write!(
                h,
                r#"<tr><td>{}</td><td class="num">{} ({})</td><td class="num">{} ({})</td><td class="num">{}</td><td class="num">{}</td></tr>"#,
                esc(&tg.label),
                auto(lang, tg.baseline.0),
                tg.baseline.1,
                auto(lang, tg.target.0),
                tg.target.1,
                tg.latest
                    .map(|(v, y)| format!("{} ({})", auto(lang, v), y.floor()))
                    .unwrap_or_else(|| t(lang, "report-no-data")),
                tg.share_of_way
                    .map(|s| format!("{} %", lang.number(100.0 * s, 0)))
                    .unwrap_or_default()
            );
        }
        h.push_str("</tbody></table>");
    }
}

fn scenarios(h: &mut String, r: &CityReport, lang: Lang) {
    for s in &r.scenarios {
        let _ = write!(h, "<h3>{}</h3>", esc(&s.name));
        table_head(
            h,
            lang,
            &[
                ("report-col-scenario", false),
                ("report-col-start", true),
                ("report-col-end", true),
                ("report-col-foreign-share-end", true),
            ],
        );
        for v in &s.variants {
            let _ = write!(
                h,
                r#"<tr><td>{}</td><td class="num">{} ({})</td><td class="num">{} ({})</td><td class="num">{}</td></tr>"#,
                esc(&v.variant),
                lang.number(v.start.1, 0),
                v.start.0,
                lang.number(v.end.1, 0),
                v.end.0,
                v.foreign_share_end
                    .map(|x| lang.number(x, 1))
                    .unwrap_or_default()
            );
        }
        h.push_str("</tbody></table>");
        let _ = write!(
            h,
            r#"<p class="small muted">{}</p>"#,
            esc(&ta(
                lang,
                "report-source",
                &[("source", Arg::from(&s.source))]
            ))
        );
    }
    let _ = write!(h, "<p>{}</p>", esc(&t(lang, "report-scenarios-demand")));
}

fn sources(h: &mut String, r: &CityReport, lang: Lang) {
    if r.sources.is_empty() {
        let _ = write!(h, "<p>{}</p>", esc(&t(lang, "report-sources-none")));
    }
    for s in &r.sources {
        let table = s
            .table
            .as_ref()
            .map(|n| cat(lang, &["table", &s.dataset], n))
            .unwrap_or_else(|| s.dataset.clone());
        let _ = write!(
            h,
            r#"<h3>{} <span class="small muted">{}</span></h3><p class="small">{}</p><ul class="small">"#,
            esc(&table),
            esc(&s.dataset),
            esc(&ta(
                lang,
                "report-source",
                &[("source", Arg::from(s.sources.join("; ")))]
            ))
        );
        for (code, label) in &s.variables {
            let _ = write!(
                h,
                "<li>{} <span class=\"muted\">({})</span></li>",
                esc(&cat(lang, &["variable", &s.dataset, code], label)),
                esc(code)
            );
        }
        h.push_str("</ul>");
    }
    if !r.definitions.is_empty() {
        let _ = write!(h, "<h3>{}</h3><dl>", esc(&t(lang, "report-definitions")));
        for d in &r.definitions {
            let _ = write!(
                h,
                "<dt><strong>{}</strong></dt><dd>{}</dd>",
                esc(&cat(lang, &["indicator", &d.id, "name"], &d.name)),
                esc(&cat(
                    lang,
                    &["indicator", &d.id, "definition"],
                    &d.definition
                ))
            );
        }
        h.push_str("</dl>");
    }
}

fn method(h: &mut String, lang: Lang) {
    for (title, text) in [
        ("report-method-intervals-title", "report-method-intervals"),
        ("report-method-flags-title", "report-method-flags"),
        (
            "report-method-suppression-title",
            "report-method-suppression",
        ),
        ("report-method-gap-title", "report-method-gap"),
        ("report-method-peers-title", "report-method-peers"),
        (
            "report-method-neighbourhoods-title",
            "report-method-neighbourhoods",
        ),
    ] {
        let _ = write!(
            h,
            "<h3>{}</h3><p>{}</p>",
            esc(&t(lang, title)),
            esc(&t(lang, text))
        );
    }
}
