//! Look ahead: population scenarios by nationality and the services they need.
//!
//! The page is a form (GET, so it works without JavaScript and every result has a link):
//! the user changes the assumptions of the central scenario — immigration, naturalisation,
//! fertility, mortality, emigration, from a year on — and the rates of the services, and
//! sees her variant beside the official low, central and high scenarios, the population
//! pyramid by group now and in a year she chooses, and the demand for school places,
//! childcare, households, GPs and language courses with the range of the scenarios.
//! The arithmetic is `foresight`'s; this module reads the form and lays out the result.

use crate::auth::Principal;
use crate::charts::{self, PyramidBand};
use crate::layout::{self, num};
use crate::{AppError, AppState};
use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use foresight::demand::{self, Basis, DemandRange, ServiceRate};
use foresight::projection::{self, Adjustment, Component, Projection, Scenario, Sex, Summary};
use maud::{Markup, html};
use serde::Serialize;

/// The worked example built into the observatory: the FSO's scenarios for Aargau.
pub const EXAMPLE: &str = "aargau";
const EXAMPLE_TITLE: &str = "Canton of Aargau (Switzerland), FSO scenarios 2025–2055";
const EXAMPLE_SOURCE: &str = "Swiss Federal Statistical Office (FSO), cantonal population scenarios 2025–2055, parameters and reference projection for Aargau (open use, source: FSO)";
/// The name of the user's variant.
pub const VARIANT: &str = "your assumptions";

/// The assumptions a user can change, as read from the form (or the API's query).
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Assumptions {
    /// The year of the pyramid and the headline.
    pub year: i32,
    /// Multipliers of the central scenario's components, from `from` on.
    pub immigration: f64,
    pub emigration: f64,
    pub naturalisation: f64,
    pub fertility: f64,
    pub mortality: f64,
    pub from: i32,
    /// Residents per full-time GP; average household size; childcare take-up (0–3 year
    /// olds); language-course take-up of newly arrived foreign adults. Empty = not shown.
    pub residents_per_gp: Option<f64>,
    pub household_size: Option<f64>,
    pub childcare: Option<f64>,
    pub language_course: Option<f64>,
}

impl Assumptions {
    fn adjustments(&self) -> Vec<Adjustment> {
        [
            (Component::Immigration, self.immigration),
            (Component::Emigration, self.emigration),
            (Component::Naturalisation, self.naturalisation),
            (Component::Fertility, self.fertility),
            (Component::Mortality, self.mortality),
        ]
        .into_iter()
        .filter(|(_, f)| *f != 1.0)
        .map(|(component, factor)| Adjustment {
            component,
            factor,
            from: Some(self.from),
            until: None,
            group: None,
        })
        .collect()
    }

    /// The form's fields as a query string (for links to downloads of the same result).
    pub fn query(&self) -> String {
        let opt = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
        format!(
            "year={}&immigration={}&emigration={}&naturalisation={}&fertility={}&mortality={}&from={}&residents_per_gp={}&household_size={}&childcare={}&language_course={}",
            self.year,
            self.immigration,
            self.emigration,
            self.naturalisation,
            self.fertility,
            self.mortality,
            self.from,
            opt(self.residents_per_gp),
            opt(self.household_size),
            opt(self.childcare),
            opt(self.language_course)
        )
    }
}

/// Reads the form: every field optional, every value checked, one message per problem.
pub fn read_assumptions(raw: Option<&str>, years: (i32, i32)) -> Result<Assumptions, AppError> {
    assumptions_of(super::compare::form_pairs(raw.unwrap_or("")), years)
}

/// The multipliers a saved scenario takes from the page (the service rates stay on the page).
const VARIANT_FIELDS: [&str; 7] = [
    "year",
    "immigration",
    "emigration",
    "naturalisation",
    "fertility",
    "mortality",
    "from",
];

/// Reads the assumptions from (name, value) pairs: a query string's or a form's.
fn assumptions_of(
    pairs: impl IntoIterator<Item = (String, String)>,
    years: (i32, i32),
) -> Result<Assumptions, AppError> {
    let mut a = Assumptions {
        year: (years.0 + 15).min(years.1),
        immigration: 1.0,
        emigration: 1.0,
        naturalisation: 1.0,
        fertility: 1.0,
        mortality: 1.0,
        from: years.0,
        residents_per_gp: None,
        household_size: None,
        childcare: None,
        language_course: None,
    };
    for (k, v) in pairs {
        let v = v.trim();
        // `what`: the message that says what the field takes.
        let number = |lo: f64, hi: f64, what: &str| -> Result<f64, AppError> {
            v.replace(',', ".")
                .parse::<f64>()
                .ok()
                .filter(|x| x.is_finite() && (lo..=hi).contains(x))
                .ok_or_else(|| {
                    AppError::bad(t!(
                        what,
                        field = k.as_str(),
                        value = v,
                        low = crate::locale::number(lo, 0),
                        high = crate::locale::number(hi, 0)
                    ))
                })
        };
        let year = || -> Result<i32, AppError> {
            v.parse::<i32>()
                .ok()
                .filter(|y| (years.0..=years.1).contains(y))
                .ok_or_else(|| {
                    AppError::bad(t!(
                        "scenarios-error-year",
                        field = k.as_str(),
                        value = v,
                        first = years.0.to_string(),
                        last = years.1.to_string()
                    ))
                })
        };
        let optional = |lo: f64, hi: f64, what: &str| -> Result<Option<f64>, AppError> {
            if v.is_empty() {
                Ok(None)
            } else {
                number(lo, hi, what).map(Some)
            }
        };
        match k.as_str() {
            "year" => a.year = year()?,
            "from" => a.from = year()?,
            "immigration" => a.immigration = number(0.0, 5.0, "scenarios-error-factor")?,
            "emigration" => a.emigration = number(0.0, 5.0, "scenarios-error-factor")?,
            "naturalisation" => a.naturalisation = number(0.0, 5.0, "scenarios-error-factor")?,
            "fertility" => a.fertility = number(0.0, 3.0, "scenarios-error-factor")?,
            "mortality" => a.mortality = number(0.0, 3.0, "scenarios-error-factor")?,
            "residents_per_gp" => {
                a.residents_per_gp = optional(100.0, 100_000.0, "scenarios-error-residents")?
            }
            "household_size" => a.household_size = optional(1.0, 10.0, "scenarios-error-persons")?,
            "childcare" => a.childcare = optional(0.0, 1.0, "scenarios-error-share")?,
            "language_course" => a.language_course = optional(0.0, 1.0, "scenarios-error-share")?,
            // The API's own parameters.
            "format" => {}
            other => {
                return Err(AppError::bad(t!(
                    "scenarios-error-unknown-parameter",
                    name = other
                )));
            }
        }
    }
    Ok(a)
}

/// The services: school stages from the bundled rates (compulsory school ages), the rest
/// from the user's rates where she gave them.
fn rates(
    state: &AppState,
    a: &Assumptions,
    layout: &projection::Layout,
) -> Result<Vec<ServiceRate>, AppError> {
    let text = bundled(state, projection::example::SCHOOL_RATES)?;
    let mut out = demand::read_rates(&text, projection::example::SCHOOL_RATES, layout)
        .map_err(AppError::internal)?;
    let rate = |service: &str,
                label: &str,
                unit: &str,
                basis,
                ages: (usize, usize),
                group: Option<&str>,
                rate: f64,
                source: &str| ServiceRate {
        service: service.into(),
        label: label.into(),
        unit: unit.into(),
        basis,
        age_from: ages.0,
        age_to: ages.1,
        group: group.map(str::to_string),
        sex: None,
        rate,
        source: source.into(),
    };
    if let Some(c) = a.childcare {
        out.insert(
            0,
            rate(
                "childcare",
                "Childcare places (ages 0–3)",
                "places",
                Basis::Population,
                (0, 3),
                None,
                c,
                "your take-up rate",
            ),
        );
    }
    if let Some(size) = a.household_size {
        out.push(rate(
            "households",
            "Households",
            "households",
            Basis::Population,
            (0, 100),
            None,
            1.0 / size,
            "residents ÷ your household size",
        ));
    }
    if let Some(per) = a.residents_per_gp {
        out.push(rate(
            "gp",
            "General practitioners",
            "full-time GPs",
            Basis::Population,
            (0, 100),
            None,
            1.0 / per,
            "residents ÷ your residents per GP",
        ));
    }
    if let Some(l) = a.language_course {
        out.push(rate(
            "language_course",
            "Language course places for newcomers",
            "places",
            Basis::Immigrants,
            (16, 64),
            Some("int"),
            l,
            "your take-up among arriving foreign adults",
        ));
    }
    Ok(out)
}

fn bundled(state: &AppState, path: &str) -> Result<String, AppError> {
    let bundle = state
        .config
        .bundle
        .as_ref()
        .ok_or_else(|| AppError::not_found(t!("scenarios-error-no-example")))?;
    let bytes = bundle.read(path).map_err(AppError::internal)?;
    String::from_utf8(bytes.into_owned()).map_err(AppError::internal)
}

/// The example's official scenarios, read once.
fn official(state: &AppState) -> Result<&Vec<Scenario>, AppError> {
    let read = || -> Result<Vec<Scenario>, String> {
        let parameters = projection::example::PARAMETERS
            .iter()
            .map(|p| {
                Ok(projection::Text {
                    name: p.to_string(),
                    text: bundled(state, p).map_err(|e| e.message)?,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        projection::run::scenarios(&projection::Request {
            parameters,
            ..Default::default()
        })
        .map_err(|e| e.to_string())
    };
    state
        .examples
        .get_or_init(read)
        .as_ref()
        .map_err(|e| AppError::not_found(e.clone()))
}

/// Everything the page, the downloads and the API show.
#[derive(Debug, Serialize)]
pub struct Outlook {
    pub name: String,
    pub title: String,
    pub source: String,
    pub assumptions: Assumptions,
    /// Per scenario (low, reference, high and the user's variant when it differs), per year.
    pub summaries: Vec<Summary>,
    /// The demand per service and year: the reference, and the range of the official scenarios.
    pub demand: Vec<DemandRange>,
    /// The user's variant's demand, when there is one.
    pub variant_demand: Vec<demand::Demand>,
    #[serde(skip)]
    pub projections: Vec<Projection>,
}

pub fn outlook(state: &AppState, name: &str, raw: Option<&str>) -> Result<Outlook, AppError> {
    if name != EXAMPLE {
        return Err(AppError::not_found(t!(
            "scenarios-error-no-scenario",
            name = name,
            example = EXAMPLE
        )));
    }
    let scenarios = official(state)?;
    let first = &scenarios[0];
    let years = (first.years[0].year, first.years[first.years.len() - 1].year);
    let a = read_assumptions(raw, years)?;
    let mut projections: Vec<Projection> = scenarios.iter().map(projection::project).collect();
    let adjustments = a.adjustments();
    let variant = if adjustments.is_empty() {
        None
    } else {
        Some(projection::project(
            &first
                .adjusted(VARIANT, &adjustments)
                .map_err(|e| AppError::bad(e.message))?,
        ))
    };
    let rates = rates(state, &a, &first.layout)?;
    let demand = demand::scenario_ranges(&projections, &rates, &first.name);
    let variant_demand = variant
        .as_ref()
        .map(|p| demand::demand(p, &rates))
        .unwrap_or_default();
    projections.extend(variant);
    Ok(Outlook {
        name: name.to_string(),
        title: EXAMPLE_TITLE.into(),
        source: EXAMPLE_SOURCE.into(),
        summaries: projections.iter().flat_map(projection::summarise).collect(),
        assumptions: a,
        demand,
        variant_demand,
        projections,
    })
}

/// The JSON answer of `/api/v1/scenarios/{name}` (and its CSV: one row per `years` entry).
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ScenarioAnswer {
    pub name: String,
    pub title: String,
    pub source: String,
    pub assumptions: Assumptions,
    /// Per scenario, year and group (`all` for everybody): population on 31 December and
    /// the year's flows.
    pub years: Vec<ScenarioYear>,
    /// Per service and year: the central scenario and the range of the official ones.
    pub demand: Vec<ServiceDemand>,
    /// Per service and year: the user's variant, when there is one.
    pub variant_demand: Vec<VariantDemand>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ScenarioYear {
    pub scenario: String,
    pub area: String,
    pub year: i32,
    pub group: String,
    pub population: f64,
    pub births: f64,
    pub deaths: f64,
    pub immigrants: f64,
    pub emigrants: f64,
    /// Net change by naturalisation (for `all`: the persons naturalised).
    pub naturalisations: f64,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ServiceDemand {
    pub year: i32,
    pub service: String,
    pub label: String,
    pub unit: String,
    pub central: Option<f64>,
    pub low: f64,
    pub high: f64,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct VariantDemand {
    pub year: i32,
    pub service: String,
    pub units: f64,
}

/// The API's answer from the page's figures.
pub fn answer(o: &Outlook) -> ScenarioAnswer {
    ScenarioAnswer {
        name: o.name.clone(),
        title: o.title.clone(),
        source: o.source.clone(),
        assumptions: o.assumptions.clone(),
        years: o
            .projections
            .iter()
            .flat_map(projection::run::by_group)
            .map(|g| ScenarioYear {
                scenario: g.scenario,
                area: g.area,
                year: g.year,
                group: g.group,
                population: g.population,
                births: g.births,
                deaths: g.deaths,
                immigrants: g.immigrants,
                emigrants: g.emigrants,
                naturalisations: g.naturalisations,
            })
            .collect(),
        demand: o
            .demand
            .iter()
            .map(|d| ServiceDemand {
                year: d.year,
                service: d.service.clone(),
                label: d.label.clone(),
                unit: d.unit.clone(),
                central: d.central,
                low: d.low,
                high: d.high,
            })
            .collect(),
        variant_demand: o
            .variant_demand
            .iter()
            .map(|d| VariantDemand {
                year: d.year,
                service: d.service.clone(),
                units: d.units,
            })
            .collect(),
    }
}

fn group_name(code: &str) -> String {
    match code {
        "ch" => t!("scenarios-group-ch"),
        "int" => t!("scenarios-group-int"),
        other => other.to_string(),
    }
}

/// A scenario's name on the page: the official ones and the user's variant in the
/// reader's language, any other (a city's own) as it is called.
fn scenario_name(name: &str) -> String {
    match name {
        "reference" => t!("scenarios-scenario-reference"),
        "low" => t!("scenarios-scenario-low"),
        "high" => t!("scenarios-scenario-high"),
        VARIANT => t!("scenarios-variant"),
        other => other.to_string(),
    }
}

/// A service of the demand table in the reader's language (the API keeps the rates'
/// English label).
fn service_label(service: &str, english: &str) -> String {
    match service {
        "school_kindergarten" => t!("scenarios-service-kindergarten"),
        "school_primary" => t!("scenarios-service-primary"),
        "school_lower_secondary" => t!("scenarios-service-lower-secondary"),
        "childcare" => t!("scenarios-service-childcare"),
        "households" => t!("scenarios-service-households"),
        "gp" => t!("scenarios-service-gp"),
        "language_course" => t!("scenarios-service-language-course"),
        _ => english.to_string(),
    }
}

/// A service's unit in the reader's language.
fn unit_label(unit: &str) -> String {
    match unit {
        "places" => t!("scenarios-unit-places"),
        "households" => t!("scenarios-unit-households"),
        "full-time GPs" => t!("scenarios-unit-gps"),
        other => other.to_string(),
    }
}

/// `GET /scenarios`: what can be projected.
pub async fn index(who: Principal) -> Response {
    layout::render(layout::page(
        &t!("scenarios-title"),
        &who,
        html! {
            h1 { (t!("scenarios-index-heading")) }
            p { (t!("scenarios-index-lead")) }
            ul {
                li { a href={"/scenarios/" (EXAMPLE)} { (t!("scenarios-example-title")) } " — " (t!("scenarios-example-note")) }
            }
            p.small { (t!("scenarios-own-cli")) " " code { ("observatory project --parameters FILE.csv") } " (" (t!("scenarios-own-cli-template")) " " code { ("data/templates/projection/") } ")." }
        },
    ))
}

/// `GET /scenarios/{name}`: the form, the scenarios side by side, the pyramid, the demand.
pub async fn page(
    State(state): State<AppState>,
    who: Principal,
    Path(name): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let o = crate::blocking::run(move || outlook(&state, &name, raw.as_deref())).await?;
    let own = save_form(&who, &o.assumptions);
    Ok(layout::render(layout::page(
        &t!("scenarios-title"),
        &who,
        html! { (body(&o)) (own) },
    )))
}

/// `GET /scenarios/{name}/projection.csv`: the whole projection, one row per scenario ×
/// year × group × sex × age (the layout of `observatory project`).
pub async fn projection_csv(
    State(state): State<AppState>,
    Path(name): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let name = name.strip_suffix(".csv").unwrap_or(&name).to_string();
    let bytes = crate::blocking::run(move || {
        let o = outlook(&state, &name, raw.as_deref())?;
        let mut out = Vec::new();
        projection::write_csv(&o.projections, &mut out).map_err(AppError::internal)?;
        Ok(out)
    })
    .await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"projection.csv\"",
            ),
        ],
        bytes,
    )
        .into_response())
}

/// The worked example's title or source in the reader's language (the API keeps English).
fn example_text(o: &Outlook, key: &str, english: &str) -> String {
    if o.name == EXAMPLE {
        t!(key)
    } else {
        english.to_string()
    }
}

fn body(o: &Outlook) -> Markup {
    let a = &o.assumptions;
    let first_year = o.summaries.first().map(|s| s.year).unwrap_or(a.year);
    html! {
        h1 { (t!("scenarios-heading", title = example_text(o, "scenarios-example-title", &o.title))) }
        p.small { (t!("scenarios-source", source = example_text(o, "scenarios-example-source", &o.source))) }
        (form(o))
        h2 #population { (t!("scenarios-population")) }
        (summary_table(o))
        h2 #pyramid { (t!("scenarios-pyramid-heading", first = first_year.to_string(), year = a.year.to_string())) }
        (pyramid(o))
        h2 #demand { (t!("scenarios-demand")) }
        (demand_table(o))
        (layout::downloads(&format!("/api/v1/scenarios/{}?{}", o.name, a.query())))
        p.downloads { (t!("scenarios-whole-projection")) " " a href={"/scenarios/" (o.name) "/projection.csv?" (a.query())} { "CSV" } }
    }
}

fn form(o: &Outlook) -> Markup {
    let a = &o.assumptions;
    let factor = |name: &str, label: &str, value: f64, help: &str| {
        html! {
            label for=(name) { (label) }
            input id=(name) name=(name) type="number" step="0.05" min="0" max="5" value=(value) aria-describedby={(name) "-help"};
            span.small id={(name) "-help"} { (help) }
        }
    };
    let rate = |name: &str, label: &str, value: Option<f64>, step: &str, help: &str| {
        html! {
            label for=(name) { (label) }
            input id=(name) name=(name) type="number" step=(step) min="0" value=(value.map(|v| v.to_string()).unwrap_or_default()) aria-describedby={(name) "-help"};
            span.small id={(name) "-help"} { (help) }
        }
    };
    html! {
        form.scenario method="get" action={"/scenarios/" (o.name)} {
            fieldset {
                legend { (t!("scenarios-form-assumptions")) }
                (factor("immigration", &t!("scenarios-form-immigration"), a.immigration, &t!("scenarios-form-immigration-help")))
                (factor("emigration", &t!("scenarios-form-emigration"), a.emigration, &t!("scenarios-form-emigration-help")))
                (factor("naturalisation", &t!("scenarios-form-naturalisation"), a.naturalisation, &t!("scenarios-form-naturalisation-help")))
                (factor("fertility", &t!("scenarios-form-fertility"), a.fertility, &t!("scenarios-form-fertility-help")))
                (factor("mortality", &t!("scenarios-form-mortality"), a.mortality, &t!("scenarios-form-mortality-help")))
                label for="from" { (t!("scenarios-form-from")) }
                input #from name="from" type="number" min="2025" max="2055" value=(a.from);
            }
            fieldset {
                legend { (t!("scenarios-form-rates")) }
                (rate("childcare", &t!("scenarios-form-childcare"), a.childcare, "0.01", &t!("scenarios-form-share-example", example = crate::locale::number(0.4, 1))))
                (rate("household_size", &t!("scenarios-form-household-size"), a.household_size, "0.01", &t!("scenarios-form-example", example = crate::locale::number(2.2, 1))))
                (rate("residents_per_gp", &t!("scenarios-form-residents-per-gp"), a.residents_per_gp, "10", &t!("scenarios-form-example", example = "1800")))
                (rate("language_course", &t!("scenarios-form-language-course"), a.language_course, "0.01", &t!("scenarios-form-share-example", example = crate::locale::number(0.3, 1))))
                p.small { (t!("scenarios-form-school")) }
            }
            label for="year" { (t!("scenarios-form-year")) }
            input #year name="year" type="number" min="2025" max="2055" value=(a.year);
            button type="submit" { (t!("scenarios-form-project")) }
        }
    }
}

fn summary_table(o: &Outlook) -> Markup {
    let groups: Vec<String> = o
        .summaries
        .first()
        .map(|s| s.by_group.iter().map(|(g, _)| g.clone()).collect())
        .unwrap_or_default();
    let shown = |y: i32| y % 5 == 0 || y == o.assumptions.year;
    html! {
        div.table-wrap {
            table {
                caption { (t!("scenarios-summary-caption")) }
                thead { tr {
                    th scope="col" { (t!("scenarios-summary-scenario")) } th scope="col" { (t!("scenarios-summary-year")) } th.num scope="col" { (t!("scenarios-summary-population")) }
                    @for g in &groups { th.num scope="col" { (group_name(g)) } }
                    th.num scope="col" { (t!("scenarios-summary-births")) } th.num scope="col" { (t!("scenarios-summary-deaths")) } th.num scope="col" { (t!("scenarios-summary-immigrants")) } th.num scope="col" { (t!("scenarios-summary-emigrants")) } th.num scope="col" { (t!("scenarios-summary-naturalised")) }
                } }
                tbody {
                    @for s in o.summaries.iter().filter(|s| shown(s.year)) {
                        tr {
                            th scope="row" { (scenario_name(&s.scenario)) } td { (s.year) } td.num { (num(s.population, 0)) }
                            @for (_, v) in &s.by_group { td.num { (num(*v, 0)) } }
                            td.num { (num(s.births, 0)) } td.num { (num(s.deaths, 0)) } td.num { (num(s.immigrants, 0)) } td.num { (num(s.emigrants, 0)) } td.num { (num(s.naturalisations, 0)) }
                        }
                    }
                }
            }
        }
    }
}

/// Five-year age bands (the last open), per group and sex, of one year of a projection.
fn bands(p: &Projection, year: i32) -> Vec<Vec<(f64, f64)>> {
    let l = &p.layout;
    let Some(y) = p.year(year) else {
        return Vec::new();
    };
    (0..=20)
        .map(|b| {
            (0..l.groups.len())
                .map(|g| {
                    let ages = if b == 20 {
                        100..=100
                    } else {
                        b * 5..=b * 5 + 4
                    };
                    let sum = |s| {
                        ages.clone()
                            .map(|a| y.population[l.index(g, s, a)])
                            .sum::<f64>()
                    };
                    (sum(Sex::Male), sum(Sex::Female))
                })
                .collect()
        })
        .collect()
}

fn pyramid(o: &Outlook) -> Markup {
    let a = &o.assumptions;
    let p = o
        .projections
        .iter()
        .find(|p| p.scenario == VARIANT)
        .unwrap_or(&o.projections[0]);
    let first = p.years[0].year;
    let (later, earlier) = (bands(p, a.year), bands(p, first));
    let label = |b: usize| {
        if b == 20 {
            "100+".to_string()
        } else {
            format!("{}–{}", b * 5, b * 5 + 4)
        }
    };
    let groups: Vec<String> = p.layout.groups.iter().map(|g| group_name(g)).collect();
    let data: Vec<PyramidBand> = (0..later.len())
        .map(|b| PyramidBand {
            label: label(b),
            later: later[b].clone(),
            first: earlier[b].clone(),
        })
        .collect();
    let scenario = scenario_name(&p.scenario);
    let desc = t!(
        "scenarios-pyramid-description",
        groups = groups.join(&format!(" {} ", t!("scenarios-and"))),
        year = a.year.to_string(),
        scenario = &scenario,
        first = first.to_string()
    );
    let svg = charts::pyramid(
        "pyramid",
        &t!(
            "scenarios-pyramid-title",
            year = a.year.to_string(),
            scenario = &scenario
        ),
        &desc,
        &groups,
        &data,
        (first, a.year),
    );
    html! {
        figure {
            (layout::svg(&svg))
            figcaption.small { (desc) }
        }
        details {
            summary { (t!("scenarios-pyramid-table")) }
            div.table-wrap { table {
                thead { tr { th scope="col" { (t!("scenarios-pyramid-age")) } @for g in &groups { th.num scope="col" { (t!("scenarios-pyramid-men", group = g, year = a.year.to_string())) } th.num scope="col" { (t!("scenarios-pyramid-women", group = g, year = a.year.to_string())) } } th.num scope="col" { (t!("scenarios-pyramid-all", year = first.to_string())) } } }
                tbody { @for b in data.iter().rev() { tr {
                    th scope="row" { (b.label) }
                    @for (m, f) in &b.later { td.num { (num(*m, 0)) } td.num { (num(*f, 0)) } }
                    td.num { (num(b.first.iter().map(|(m, f)| m + f).sum::<f64>(), 0)) }
                } } }
            } }
        }
    }
}

fn demand_table(o: &Outlook) -> Markup {
    let years: Vec<i32> = o
        .demand
        .iter()
        .map(|d| d.year)
        .filter(|y| y % 5 == 0 || *y == o.assumptions.year)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let services: Vec<&DemandRange> = {
        let mut v: Vec<&DemandRange> = Vec::new();
        for d in &o.demand {
            if !v.iter().any(|x| x.service == d.service) {
                v.push(d);
            }
        }
        v
    };
    let variant = |service: &str, year: i32| {
        o.variant_demand
            .iter()
            .find(|d| d.service == service && d.year == year)
            .map(|d| d.units)
    };
    html! {
        p { @if o.variant_demand.is_empty() { (t!("scenarios-demand-lead")) } @else { (t!("scenarios-demand-lead-variant")) } }
        div.table-wrap { table {
            caption { (t!("scenarios-demand-caption")) }
            thead { tr { th scope="col" { (t!("scenarios-demand-service")) } th scope="col" { (t!("scenarios-demand-unit")) } @for y in &years { th.num scope="col" { (y) } } } }
            tbody { @for s in &services { tr {
                th scope="row" { (service_label(&s.service, &s.label)) }
                td { (unit_label(&s.unit)) }
                @for y in &years {
                    @let d = o.demand.iter().find(|d| d.service == s.service && d.year == *y);
                    td.num {
                        @if let Some(d) = d {
                            (num(d.central.unwrap_or(f64::NAN), 0)) br; span.small { (num(d.low, 0)) "–" (num(d.high, 0)) }
                            @if let Some(v) = variant(&s.service, *y) { br; span.small { (t!("scenarios-demand-yours", value = num(v, 0))) } }
                        }
                    }
                }
            } } }
        } }
    }
}

/// `POST /scenarios/save`: an editor's own parameter file (the FSO layout), run with the
/// assumptions of the form and kept as a draft of her city — the projected population per
/// scenario, group and year — for the city's approver to publish through the workflow.
/// Who may upload for the city is checked before the files are read, as for any upload.
pub async fn save(
    State(state): State<AppState>,
    who: Principal,
    headers: axum::http::HeaderMap,
    mut multipart: axum::extract::Multipart,
) -> Result<Response, AppError> {
    use super::upload;
    upload::authorize_any_upload(&who)?;
    upload::refuse_declared_length(&headers, upload::MAX_FORM_BODY)?;
    let mut fields = std::collections::HashMap::new();
    let mut files: Vec<(String, String, Vec<u8>)> = Vec::new();
    while let Some(mut field) = multipart
        .next_field()
        .await
        .map_err(upload::multipart_error)?
    {
        let name = field.name().unwrap_or("").to_string();
        if name == "parameters" || name == "population" {
            super::data::authorize_form(&who, &fields)?;
            let file_name = field.file_name().unwrap_or("parameters.csv").to_string();
            let bytes =
                upload::read_field(&mut field, super::MAX_UPLOAD, upload::too_large).await?;
            if !bytes.is_empty() {
                files.push((name, file_name, bytes));
            }
        } else {
            let data =
                upload::read_field(&mut field, upload::MAX_FIELD, upload::field_too_long).await?;
            fields.insert(name, super::data::field_text(&data));
        }
    }
    let id = crate::blocking::run(move || save_draft(&state, &who, &fields, files)).await?;
    Ok(axum::response::Redirect::to(&format!("/submissions/{id}")).into_response())
}

fn save_draft(
    state: &AppState,
    who: &Principal,
    fields: &std::collections::HashMap<String, String>,
    files: Vec<(String, String, Vec<u8>)>,
) -> Result<i64, AppError> {
    let city_code = super::data::form_city(fields);
    let city = super::city::geography(state, &city_code)?;
    let name: String = fields
        .get("name")
        .map(|n| n.trim())
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    if name.is_empty() {
        return Err(AppError::bad(t!("scenarios-error-name")));
    }
    let text =
        |(_, file_name, bytes): (String, String, Vec<u8>)| -> Result<projection::Text, AppError> {
            let text = String::from_utf8(bytes)
                .map_err(|_| AppError::bad(t!("scenarios-error-not-utf8", file = &file_name)))?;
            Ok(projection::Text {
                name: file_name,
                text,
            })
        };
    let mut parameters = Vec::new();
    let mut population = None;
    for f in files {
        if f.0 == "population" {
            population = Some(text(f)?)
        } else {
            parameters.push(text(f)?)
        }
    }
    if parameters.is_empty() {
        return Err(AppError::bad(t!("scenarios-error-no-parameters")));
    }
    let request = projection::Request {
        parameters,
        population,
        ..Default::default()
    };
    let invalid =
        |e: projection::ParameterError| AppError::new(crate::ErrorCode::InvalidFile, e.to_string());
    // Read once; the user's variant is the first scenario with the page's multipliers.
    let mut scenarios = projection::run::scenarios(&request).map_err(invalid)?;
    let first = scenarios[0].clone();
    let years = (first.years[0].year, first.years[first.years.len() - 1].year);
    let pairs = fields
        .iter()
        .filter(|(k, v)| VARIANT_FIELDS.contains(&k.as_str()) && !v.trim().is_empty());
    let a = assumptions_of(pairs.map(|(k, v)| (k.clone(), v.clone())), years)?;
    let adjustments = a.adjustments();
    if !adjustments.is_empty() {
        scenarios.push(
            first
                .adjusted(&VARIANT.replace(' ', "-"), &adjustments)
                .map_err(invalid)?,
        );
    }
    let projections: Vec<Projection> = scenarios.iter().map(projection::project).collect();
    let observations = projection::run::as_observations(&name, city.code.as_str(), &projections);
    let provenance = model::Provenance {
        file_name: request
            .parameters
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        sha256: model::checksum::sha256_hex(
            request
                .parameters
                .iter()
                .map(|p| p.text.as_str())
                .collect::<String>()
                .as_bytes(),
        ),
        format: "cohort-component projection".into(),
        source: format!("{} (population scenario by {})", city.name, who.actor()),
        licence: "unspecified".into(),
    };
    let actor = who.actor();
    let id = state.db.write(|s| {
        importer::drafts::create_from_observations(s, &actor, &city, &provenance, &observations)
            .map_err(|e| match e {
                importer::ImportError::Store(e) => AppError::from(e),
                other => AppError::new(crate::ErrorCode::InvalidFile, other.to_string()),
            })
    })?;
    tracing::info!(submission = id, city = %city.code, actor = %actor, "scenario kept as a draft");
    Ok(id)
}

/// The form to run one's own city's parameters and keep the result as a draft.
fn save_form(who: &Principal, a: &Assumptions) -> Markup {
    let cities = who.cities();
    // The assumptions of the page go with the file; the first year only when one applies
    // (the city's scenario may start in another year than the example).
    let factors: Vec<(&str, f64)> = [
        ("immigration", a.immigration),
        ("emigration", a.emigration),
        ("naturalisation", a.naturalisation),
        ("fertility", a.fertility),
        ("mortality", a.mortality),
    ]
    .into_iter()
    .filter(|(_, v)| *v != 1.0)
    .collect();
    html! {
        h2 #your-city { (t!("scenarios-own-heading")) }
        @if !super::upload::may_upload_somewhere(who) {
            p.muted.small { (t!("scenarios-own-editors")) " " a href="/login" { (t!("scenarios-own-log-in")) } " " (t!("scenarios-own-log-in-after")) }
        } @else {
            form.scenario method="post" action="/scenarios/save" enctype="multipart/form-data" {
                input type="hidden" name="csrf" value=(who.csrf().unwrap_or(""));
                @for (k, v) in &factors { input type="hidden" name=(k) value=(v); }
                @if !factors.is_empty() { input type="hidden" name="from" value=(a.from); }
                fieldset {
                    legend { (t!("scenarios-own-legend")) }
                    label for="save-city" { (t!("scenarios-own-city")) }
                    @if cities.is_empty() {
                        input #save-city name="city" type="text" placeholder=(t!("scenarios-own-city-placeholder", example = "HR004C")) required;
                    } @else {
                        select #save-city name="city" { @for c in &cities { option value=(c) { (c) } } }
                    }
                    label for="save-name" { (t!("scenarios-own-name")) }
                    input #save-name name="name" type="text" pattern="[A-Za-z0-9_-]+" placeholder=(t!("scenarios-form-example", example = "osijek-2025")) required;
                    label for="save-parameters" { (t!("scenarios-own-parameters")) }
                    input #save-parameters name="parameters" type="file" accept=".csv,text/csv" required;
                    label for="save-population" { (t!("scenarios-own-population")) }
                    input #save-population name="population" type="file" accept=".csv,text/csv";
                }
                button type="submit" { (t!("scenarios-own-submit")) }
            }
        }
    }
}
