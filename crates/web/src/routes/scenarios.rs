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
/// What the groups' codes mean in the example.
const EXAMPLE_GROUPS: [(&str, &str); 2] = [("ch", "Swiss"), ("int", "Foreign nationals")];
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
        let number = |lo: f64, hi: f64, what: &str| -> Result<f64, AppError> {
            v.replace(',', ".")
                .parse::<f64>()
                .ok()
                .filter(|x| x.is_finite() && (lo..=hi).contains(x))
                .ok_or_else(|| AppError::bad(format!("{k}: '{v}' is not {what} from {lo} to {hi}")))
        };
        let year = || -> Result<i32, AppError> {
            v.parse::<i32>()
                .ok()
                .filter(|y| (years.0..=years.1).contains(y))
                .ok_or_else(|| {
                    AppError::bad(format!(
                        "{k}: '{v}' is not a year of the scenario ({}–{})",
                        years.0, years.1
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
            "immigration" => a.immigration = number(0.0, 5.0, "a factor")?,
            "emigration" => a.emigration = number(0.0, 5.0, "a factor")?,
            "naturalisation" => a.naturalisation = number(0.0, 5.0, "a factor")?,
            "fertility" => a.fertility = number(0.0, 3.0, "a factor")?,
            "mortality" => a.mortality = number(0.0, 3.0, "a factor")?,
            "residents_per_gp" => {
                a.residents_per_gp = optional(100.0, 100_000.0, "a number of residents")?
            }
            "household_size" => a.household_size = optional(1.0, 10.0, "a number of persons")?,
            "childcare" => a.childcare = optional(0.0, 1.0, "a share")?,
            "language_course" => a.language_course = optional(0.0, 1.0, "a share")?,
            // The API's own parameters.
            "format" => {}
            other => return Err(AppError::bad(format!("unknown parameter '{other}'"))),
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
    let bundle = state.config.bundle.as_ref().ok_or_else(|| {
        AppError::not_found("the worked example's files are not available to this server")
    })?;
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
        return Err(AppError::not_found(format!(
            "no scenario '{name}': the worked example is '{EXAMPLE}'"
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
    EXAMPLE_GROUPS
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, n)| n.to_string())
        .unwrap_or_else(|| code.to_string())
}

/// `GET /scenarios`: what can be projected.
pub async fn index(who: Principal) -> Response {
    layout::render(layout::page(
        "Look ahead",
        &who,
        html! {
            h1 { "Look ahead: population scenarios" }
            p { "A cohort-component projection by nationality group, sex and single year of age, with births, deaths, migration and naturalisation; and the school places, childcare, households, GPs and language courses it implies." }
            ul {
                li { a href={"/scenarios/" (EXAMPLE)} { (EXAMPLE_TITLE) } " — the worked example, built in: the official parameters, reproduced to within one person in every cell." }
            }
            p.small { "A city projects its own population from the command line with its parameters in the same layout: " code { "observatory project --parameters FILE.csv" } " (see the template in " code { "data/templates/projection/" } ")." }
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
        "Look ahead",
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

fn body(o: &Outlook) -> Markup {
    let a = &o.assumptions;
    let first_year = o.summaries.first().map(|s| s.year).unwrap_or(a.year);
    html! {
        h1 { "Look ahead: " (o.title) }
        p.small { "Source: " (o.source) ". Method: cohort-component by nationality with naturalisation as a flow (the FSO's), reproduced to within one person in every cell of the official reference projection." }
        (form(o))
        h2 #population { "Population on 31 December" }
        (summary_table(o))
        h2 #pyramid { "Age and nationality, " (first_year) " and " (a.year) }
        (pyramid(o))
        h2 #demand { "Services needed" }
        (demand_table(o))
        (layout::downloads(&format!("/api/v1/scenarios/{}?{}", o.name, a.query())))
        p.downloads { "The whole projection (every year, group, sex and age, with births, deaths, migration and naturalisations): " a href={"/scenarios/" (o.name) "/projection.csv?" (a.query())} { "CSV" } }
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
                legend { "Your assumptions (multiplying the central scenario's)" }
                (factor("immigration", "Immigration ×", a.immigration, "arrivals from abroad and from the rest of the country"))
                (factor("emigration", "Emigration ×", a.emigration, "departures abroad and to the rest of the country"))
                (factor("naturalisation", "Naturalisation ×", a.naturalisation, "the rate at which foreign nationals acquire citizenship"))
                (factor("fertility", "Fertility ×", a.fertility, "births per woman"))
                (factor("mortality", "Mortality ×", a.mortality, "probabilities of dying"))
                label for="from" { "From the year" }
                input #from name="from" type="number" min="2025" max="2055" value=(a.from);
            }
            fieldset {
                legend { "Rates of the services (leave empty to leave out)" }
                (rate("childcare", "Childcare take-up, ages 0–3", a.childcare, "0.01", "a share, e.g. 0.4"))
                (rate("household_size", "Persons per household", a.household_size, "0.01", "e.g. 2.2"))
                (rate("residents_per_gp", "Residents per GP", a.residents_per_gp, "10", "e.g. 1800"))
                (rate("language_course", "Language course take-up of arriving foreign adults", a.language_course, "0.01", "a share, e.g. 0.3"))
                p.small { "School places follow the compulsory school ages (kindergarten 4–5, primary 6–11, lower secondary 12–14): one place per resident child." }
            }
            label for="year" { "Show the year" }
            input #year name="year" type="number" min="2025" max="2055" value=(a.year);
            button type="submit" { "Project" }
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
                caption { "Population on 31 December by scenario; flows of the year" }
                thead { tr {
                    th scope="col" { "Scenario" } th scope="col" { "Year" } th.num scope="col" { "Population" }
                    @for g in &groups { th.num scope="col" { (group_name(g)) } }
                    th.num scope="col" { "Births" } th.num scope="col" { "Deaths" } th.num scope="col" { "Immigrants" } th.num scope="col" { "Emigrants" } th.num scope="col" { "Naturalised" }
                } }
                tbody {
                    @for s in o.summaries.iter().filter(|s| shown(s.year)) {
                        tr {
                            th scope="row" { (s.scenario) } td { (s.year) } td.num { (num(s.population, 0)) }
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
    let desc = format!(
        "Population by five-year age band, men left and women right, {} stacked, in {} (scenario: {}); the outline is {first}.",
        groups.join(" and "),
        a.year,
        p.scenario
    );
    let svg = charts::pyramid(
        "pyramid",
        &format!(
            "Population by age and nationality, {} ({})",
            a.year, p.scenario
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
            summary { "The pyramid as a table" }
            div.table-wrap { table {
                thead { tr { th scope="col" { "Age" } @for g in &groups { th.num scope="col" { (g) ", men " (a.year) } th.num scope="col" { (g) ", women " (a.year) } } th.num scope="col" { "All " (first) } } }
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
        p { "The central scenario's figure, with the range from the low to the high scenario" @if !o.variant_demand.is_empty() { ", and your assumptions' figure" } "." }
        div.table-wrap { table {
            caption { "Places, households and staff needed" }
            thead { tr { th scope="col" { "Service" } th scope="col" { "Unit" } @for y in &years { th.num scope="col" { (y) } } } }
            tbody { @for s in &services { tr {
                th scope="row" { (s.label) }
                td { (s.unit) }
                @for y in &years {
                    @let d = o.demand.iter().find(|d| d.service == s.service && d.year == *y);
                    td.num {
                        @if let Some(d) = d {
                            (num(d.central.unwrap_or(f64::NAN), 0)) br; span.small { (num(d.low, 0)) "–" (num(d.high, 0)) }
                            @if let Some(v) = variant(&s.service, *y) { br; span.small { "yours: " (num(v, 0)) } }
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
        return Err(AppError::bad(
            "give the scenario a name (letters, digits, - and _), e.g. osijek-2025",
        ));
    }
    let text =
        |(_, file_name, bytes): (String, String, Vec<u8>)| -> Result<projection::Text, AppError> {
            let text = String::from_utf8(bytes).map_err(|_| {
                AppError::bad(format!(
                    "{file_name}: the file is not UTF-8: save it as CSV UTF-8"
                ))
            })?;
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
        return Err(AppError::bad(
            "choose the parameter file (the FSO layout: see data/templates/projection/README.md)",
        ));
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
        h2 #your-city { "Your city's own scenario" }
        @if !super::upload::may_upload_somewhere(who) {
            p.muted.small { "Editors of a city can run the city's own parameters here and keep the projection as a draft of the city, which its approver publishes. " a href="/login" { "Log in" } " to do so." }
        } @else {
            form.scenario method="post" action="/scenarios/save" enctype="multipart/form-data" {
                input type="hidden" name="csrf" value=(who.csrf().unwrap_or(""));
                @for (k, v) in &factors { input type="hidden" name=(k) value=(v); }
                @if !factors.is_empty() { input type="hidden" name="from" value=(a.from); }
                fieldset {
                    legend { "Parameters in the FSO layout (see the template), run with the assumptions above" }
                    label for="save-city" { "City" }
                    @if cities.is_empty() {
                        input #save-city name="city" type="text" placeholder="code, e.g. HR004C" required;
                    } @else {
                        select #save-city name="city" { @for c in &cities { option value=(c) { (c) } } }
                    }
                    label for="save-name" { "Name of the scenario" }
                    input #save-name name="name" type="text" pattern="[A-Za-z0-9_-]+" placeholder="e.g. osijek-2025" required;
                    label for="save-parameters" { "Parameters (CSV)" }
                    input #save-parameters name="parameters" type="file" accept=".csv,text/csv" required;
                    label for="save-population" { "Start population (CSV, optional)" }
                    input #save-population name="population" type="file" accept=".csv,text/csv";
                }
                button type="submit" { "Run and keep as a draft of the city" }
            }
        }
    }
}
