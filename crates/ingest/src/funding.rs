//! Lists of funded operations: the "list of operations" that EU transparency rules make
//! every managing authority publish, in the shared column set of `data/funding/README.md`,
//! and a city's own funding register in the same columns
//! (`data/templates/funding_operations_template.csv`).
//!
//! ```text
//! source_id,record_id,country,fund,programme_cci,programme_name,priority_or_call,
//! operation_name,operation_summary,beneficiary,beneficiary_id,location,postcode,nuts_code,
//! total_eligible_cost,eu_amount,eu_cofinancing_rate_pct,currency,start_date,end_date,
//! category_of_intervention,status,list_date,source_url,migrant_terms
//! ```
//!
//! Optional columns: `rows_for_same_project` (Croatia lists a project once per county),
//! and, for a register, `fields_of_action` and `target_groups` (`;`-separated), which a
//! city states itself. Other columns are ignored.
//!
//! Every row must name a fund and an amount, unless [`crate::Options::as_published`] is
//! set: a managing authority's list is imported as it was published, and its rows
//! without an amount or a fund are kept as gaps and counted in the report, not made up.
//! An amount below zero, an EU amount above the total, a date that is not `YYYY-MM-DD`, an
//! end before the start or an unknown fund refuses the file.

use crate::error::{IngestError, Location, csv_headers, record_text_into};
use crate::input::Input;
use crate::value::parse_number;
use crate::{ImportReport, Options, Progress, Sink};
use model::funding::FUNDS;
use model::{BeneficiaryTotal, FundedOperation};

/// The columns a list must have.
const REQUIRED: [&str; 10] = [
    "source_id",
    "country",
    "fund",
    "operation_name",
    "beneficiary",
    "total_eligible_cost",
    "currency",
    "start_date",
    "end_date",
    "category_of_intervention",
];

/// Lists of funded operations (and a city's funding register), in the shared columns.
#[derive(Debug)]
pub struct Operations;

impl crate::Reader for Operations {
    fn name(&self) -> &'static str {
        "funded-operations"
    }
    fn description(&self) -> &'static str {
        "a list of funded operations (EU list of operations or a city's funding register: source_id,record_id,country,fund,…)"
    }
    fn claims(&self, sniff: &crate::Sniff<'_>) -> bool {
        let header: Vec<&str> = sniff.first_line.split(',').map(str::trim).collect();
        header.first() == Some(&"source_id") && REQUIRED.iter().all(|c| header.contains(c))
    }
    fn read(
        &self,
        input: &Input,
        _dataset: &str,
        options: &Options,
        sink: &mut dyn Sink,
        progress: Progress<'_>,
    ) -> Result<ImportReport, IngestError> {
        read(input, options.as_published, sink, progress)
    }
}

/// Where each column is (`None`: the file has no such column).
struct Columns {
    names: Vec<String>,
    index: std::collections::HashMap<String, usize>,
}

impl Columns {
    fn get<'r>(&self, row: &[&'r str], name: &str) -> &'r str {
        self.index
            .get(name)
            .and_then(|&i| row.get(i))
            .map(|s| s.trim())
            .unwrap_or("")
    }
    fn location(&self, input: &Input, line: u64, name: &str) -> Location {
        Location {
            file: input.path().to_path_buf(),
            line: Some(line),
            column: self.index.get(name).map(|&i| (i + 1, name.to_string())),
        }
    }
}

pub fn read(
    input: &Input,
    as_published: bool,
    sink: &mut dyn Sink,
    progress: Progress<'_>,
) -> Result<ImportReport, IngestError> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(std::io::BufReader::with_capacity(1 << 16, input.open()?));
    let names = csv_headers(input, &mut rdr)?;
    let index = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.trim().to_string(), i))
        .collect::<std::collections::HashMap<_, _>>();
    let cols = Columns { names, index };
    if let Some(missing) = REQUIRED.iter().find(|c| !cols.index.contains_key(**c)) {
        return Err(IngestError::invalid(
            Location {
                file: input.path().to_path_buf(),
                line: Some(1),
                column: None,
            },
            format!("the columns {}", cols.names.join(", ")),
            format!("a column '{missing}'"),
        )
        .with_hint(
            "a list of operations has the columns of data/templates/funding_operations_template.csv",
        ));
    }
    let mut report = ImportReport::default();
    let mut rec = csv::ByteRecord::new();
    let (mut without_amount, mut without_fund) = (0u64, 0u64);
    while rdr
        .read_byte_record(&mut rec)
        .map_err(|e| IngestError::from_csv(input, None, e))?
    {
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let mut row: Vec<&str> = Vec::with_capacity(cols.names.len());
        record_text_into(input, &cols.names, &rec, &mut row)?;
        let op = operation(input, &cols, &row, line, as_published)?;
        without_amount += u64::from(op.total.is_none());
        without_fund += u64::from(op.funds.is_empty());
        report.rows_read += 1;
        sink.operation(op).map_err(|message| IngestError::Sink {
            location: Location {
                file: input.path().to_path_buf(),
                line: Some(line),
                column: None,
            },
            message,
        })?;
        if report.rows_read % 1000 == 0 {
            progress(rec.position().map(|p| p.byte()).unwrap_or(0));
        }
    }
    if without_amount > 0 {
        report.notes.push(format!(
            "{without_amount} operations have no published amount: they are listed, and left out of sums"
        ));
    }
    if without_fund > 0 {
        report.notes.push(format!(
            "{without_fund} operations name no fund in the published list"
        ));
    }
    Ok(report)
}

fn operation(
    input: &Input,
    cols: &Columns,
    row: &[&str],
    line: u64,
    as_published: bool,
) -> Result<FundedOperation, IngestError> {
    let get = |name: &str| cols.get(row, name).to_string();
    let at = |name: &str| cols.location(input, line, name);
    let required = |name: &str, what: &str| -> Result<(), IngestError> {
        if cols.get(row, name).is_empty() {
            return Err(
                IngestError::invalid(at(name), "an empty cell", what.to_string()).with_hint(
                    "every operation needs it; a published list with gaps is imported with --as-published",
                ),
            );
        }
        Ok(())
    };
    for (name, what) in [
        ("source_id", "the list the operation comes from"),
        ("country", "an ISO country code (HR, DE, …)"),
        ("operation_name", "the operation's title"),
        ("currency", "a currency code (EUR, HRK, CZK)"),
    ] {
        required(name, what)?;
    }
    if !as_published {
        required(
            "fund",
            "the fund (ESF+, AMIF, ERDF, national, municipal, …)",
        )?;
        required("total_eligible_cost", "the operation's total eligible cost")?;
    }
    let funds = funds(&get("fund")).map_err(|bad| {
        IngestError::invalid(
            at("fund"),
            format!("'{bad}'"),
            format!("one of {}", FUNDS.join(", ")),
        )
        .with_hint("several funds are separated by '/' (ESF/YEI)")
    })?;
    let amount = |name: &str| -> Result<Option<f64>, IngestError> {
        let text = cols.get(row, name);
        if text.is_empty() {
            return Ok(None);
        }
        match parse_number(text) {
            Ok(v) if v >= 0.0 && v.is_finite() => Ok(Some(v)),
            _ => Err(IngestError::invalid(
                at(name),
                format!("'{text}'"),
                "an amount of zero or more, with a dot as decimal mark and no thousands separator",
            )),
        }
    };
    let total = amount("total_eligible_cost")?;
    let eu = amount("eu_amount")?;
    if let (Some(t), Some(e)) = (total, eu)
        && e > t * (1.0 + 1e-9) + 0.01
    {
        return Err(IngestError::invalid(
            at("eu_amount"),
            format!("an EU amount of {e} above the total of {t}"),
            "an EU amount no larger than the total eligible cost",
        ));
    }
    let start = date(cols.get(row, "start_date")).map_err(|d| bad_date(at("start_date"), d))?;
    let end = date(cols.get(row, "end_date")).map_err(|d| bad_date(at("end_date"), d))?;
    if let (Some(s), Some(e)) = (&start, &end)
        && e < s
    {
        return Err(IngestError::invalid(
            at("end_date"),
            format!("an end on {e} before the start on {s}"),
            "an end date on or after the start date",
        )
        .with_hint("the two dates may be swapped"));
    }
    let rows_for_project = match cols.get(row, "rows_for_same_project") {
        "" => 1,
        t => t.parse::<u32>().ok().filter(|n| *n >= 1).ok_or_else(|| {
            IngestError::invalid(
                at("rows_for_same_project"),
                format!("'{t}'"),
                "a whole number of 1 or more",
            )
        })?,
    };
    let list_of = |name: &str| -> Vec<String> {
        cols.get(row, name)
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    };
    Ok(FundedOperation {
        line,
        list: get("source_id"),
        record_id: get("record_id"),
        country: get("country"),
        funds,
        programme_cci: get("programme_cci"),
        programme: get("programme_name"),
        priority: get("priority_or_call"),
        name: get("operation_name"),
        summary: get("operation_summary"),
        beneficiary: get("beneficiary"),
        beneficiary_id: get("beneficiary_id"),
        location: get("location"),
        postcode: get("postcode"),
        nuts: get("nuts_code"),
        total,
        eu,
        currency: get("currency"),
        start,
        end,
        category: get("category_of_intervention"),
        rows_for_project,
        fields: list_of("fields_of_action"),
        target_groups: list_of("target_groups"),
        migrant_terms: get("migrant_terms"),
        source_url: get("source_url"),
    })
}

/// The columns of Kohesio's beneficiary export, in order.
const KOHESIO: [&str; 6] = [
    "country",
    "region",
    "beneficiary",
    "total_budget_eur",
    "eu_contribution_eur",
    "number_of_projects",
];

/// Kohesio's beneficiaries by region (the European Commission's cohesion-policy portal):
/// `country,region,beneficiary,total_budget_eur,eu_contribution_eur,number_of_projects,
/// beneficiary_transliterated`. A total the portal leaves empty stays empty; an amount below
/// zero or a project count that is not a whole number refuses the file.
#[derive(Debug)]
pub struct Kohesio;

impl crate::Reader for Kohesio {
    fn name(&self) -> &'static str {
        "kohesio-beneficiaries"
    }
    fn description(&self) -> &'static str {
        "Kohesio's beneficiaries by region (country,region,beneficiary,total_budget_eur,eu_contribution_eur,number_of_projects)"
    }
    fn claims(&self, sniff: &crate::Sniff<'_>) -> bool {
        sniff.first_line.trim_end().starts_with(&KOHESIO.join(","))
    }
    fn read(
        &self,
        input: &Input,
        _dataset: &str,
        _options: &Options,
        sink: &mut dyn Sink,
        progress: Progress<'_>,
    ) -> Result<ImportReport, IngestError> {
        read_kohesio(input, sink, progress)
    }
}

pub fn read_kohesio(
    input: &Input,
    sink: &mut dyn Sink,
    progress: Progress<'_>,
) -> Result<ImportReport, IngestError> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(std::io::BufReader::with_capacity(1 << 16, input.open()?));
    let names = csv_headers(input, &mut rdr)?;
    if names.len() < KOHESIO.len() || names.iter().zip(KOHESIO).any(|(n, k)| n.trim() != k) {
        return Err(IngestError::invalid(
            Location {
                file: input.path().to_path_buf(),
                line: Some(1),
                column: None,
            },
            format!("the columns {}", names.join(", ")),
            format!("the columns {}", KOHESIO.join(", ")),
        ));
    }
    let cols = Columns {
        index: names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.trim().to_string(), i))
            .collect(),
        names,
    };
    let mut report = ImportReport::default();
    let mut rec = csv::ByteRecord::new();
    while rdr
        .read_byte_record(&mut rec)
        .map_err(|e| IngestError::from_csv(input, None, e))?
    {
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let mut row: Vec<&str> = Vec::with_capacity(cols.names.len());
        record_text_into(input, &cols.names, &rec, &mut row)?;
        let amount = |name: &str| -> Result<Option<f64>, IngestError> {
            match cols.get(&row, name) {
                "" => Ok(None),
                t => match parse_number(t) {
                    Ok(v) if v >= 0.0 && v.is_finite() => Ok(Some(v)),
                    _ => Err(IngestError::invalid(
                        cols.location(input, line, name),
                        format!("'{t}'"),
                        "an amount in euros of zero or more",
                    )),
                },
            }
        };
        let projects = cols.get(&row, "number_of_projects");
        let total = BeneficiaryTotal {
            line,
            country: cols.get(&row, "country").to_string(),
            region: cols.get(&row, "region").to_string(),
            beneficiary: cols.get(&row, "beneficiary").to_string(),
            transliterated: cols.get(&row, "beneficiary_transliterated").to_string(),
            total_eur: amount("total_budget_eur")?,
            eu_eur: amount("eu_contribution_eur")?,
            projects: projects.parse().map_err(|_| {
                IngestError::invalid(
                    cols.location(input, line, "number_of_projects"),
                    format!("'{projects}'"),
                    "a whole number of projects",
                )
            })?,
        };
        report.rows_read += 1;
        sink.beneficiary_total(total)
            .map_err(|message| IngestError::Sink {
                location: Location {
                    file: input.path().to_path_buf(),
                    line: Some(line),
                    column: None,
                },
                message,
            })?;
        if report.rows_read % 5000 == 0 {
            progress(rec.position().map(|p| p.byte()).unwrap_or(0));
        }
    }
    Ok(report)
}

/// `ESF/YEI` → `["ESF", "YEI"]`, each checked against [`FUNDS`] (case ignored); the
/// unknown one is returned.
fn funds(text: &str) -> Result<Vec<String>, String> {
    text.split('/')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|f| {
            FUNDS
                .iter()
                .find(|k| k.eq_ignore_ascii_case(f))
                .map(|k| k.to_string())
                .ok_or_else(|| f.to_string())
        })
        .collect()
}

/// An ISO date `YYYY-MM-DD` with a real month and day, or nothing.
fn date(text: &str) -> Result<Option<String>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    let parts: Vec<&str> = text.split('-').collect();
    let ok = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            match (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) {
                (Ok(_), Ok(m), Ok(d)) => (1..=12).contains(&m) && (1..=31).contains(&d),
                _ => false,
            }
        }
        _ => false,
    };
    if ok {
        Ok(Some(text.to_string()))
    } else {
        Err(text.to_string())
    }
}

fn bad_date(location: Location, found: String) -> IngestError {
    IngestError::invalid(
        location,
        format!("'{found}'"),
        "a date as YYYY-MM-DD (2016-03-30)",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Collect;

    const HEADER: &str = "source_id,record_id,country,fund,operation_name,beneficiary,total_eligible_cost,eu_amount,currency,start_date,end_date,category_of_intervention";

    fn read_text(text: &str, as_published: bool) -> Result<Collect, IngestError> {
        let mut sink = Collect::default();
        let input = Input::memory("register.csv", text.as_bytes().to_vec());
        read(&input, as_published, &mut sink, &mut |_| {})?;
        Ok(sink)
    }

    #[test]
    fn a_register_row_is_read_with_its_funds_and_amounts() {
        let text = format!(
            "{HEADER}\nOS-2024,1,HR,ESF+/municipal,Croatian for newcomers,Grad Osijek,1000.5,800,EUR,2024-01-01,2024-12-31,\n"
        );
        let got = read_text(&text, false).unwrap();
        let op = &got.operations[0];
        assert_eq!(op.funds, ["ESF+", "municipal"]);
        assert_eq!((op.total, op.eu), (Some(1000.5), Some(800.0)));
        assert_eq!(op.line, 2);
        assert_eq!(op.rows_for_project, 1);
    }

    #[test]
    fn a_row_without_amount_or_fund_is_refused_unless_as_published() {
        let no_amount = format!("{HEADER}\nL,1,HR,ESF,Course,B,,,EUR,,,\n");
        let e = read_text(&no_amount, false).unwrap_err().to_string();
        assert!(
            e.contains("line 2") && e.contains("total_eligible_cost"),
            "{e}"
        );
        let got = read_text(&no_amount, true).unwrap();
        assert_eq!(got.operations[0].total, None);
        let no_fund = format!("{HEADER}\nL,1,HR,,Course,B,10,,EUR,,,\n");
        let e = read_text(&no_fund, false).unwrap_err().to_string();
        assert!(e.contains("(fund)"), "{e}");
    }

    #[test]
    fn impossible_values_are_refused_with_their_line() {
        for (row, column) in [
            ("L,1,HR,ESF,C,B,10,,EUR,2024-05-01,2024-01-01,", "end_date"),
            ("L,1,HR,ESF,C,B,-5,,EUR,,,", "total_eligible_cost"),
            ("L,1,HR,ESF,C,B,10,20,EUR,,,", "eu_amount"),
            ("L,1,HR,Lottery,C,B,10,,EUR,,,", "fund"),
            ("L,1,HR,ESF,C,B,10,,EUR,1.3.2016,,", "start_date"),
        ] {
            let e = read_text(&format!("{HEADER}\n{row}\n"), true)
                .unwrap_err()
                .to_string();
            assert!(
                e.contains(&format!("({column})")) && e.contains("line 2"),
                "{row}: {e}"
            );
        }
    }

    /// A list of operations is recognised by its header, and a sink for statistics says
    /// where it goes instead of taking it.
    #[test]
    fn a_list_is_detected_and_refused_by_a_sink_for_statistics() {
        struct Statistics;
        impl Sink for Statistics {
            fn observation(&mut self, _: model::Observation) -> Result<(), String> {
                Ok(())
            }
            fn geography(&mut self, _: model::Geography) -> Result<(), String> {
                Ok(())
            }
        }
        let text = format!("{HEADER}\nL,1,HR,ESF,C,B,10,,EUR,,,\n");
        let input = Input::memory("list.csv", text.into_bytes());
        assert_eq!(
            crate::detect(&input).unwrap(),
            crate::Format::FUNDED_OPERATIONS
        );
        let e = read(&input, false, &mut Statistics, &mut |_| {})
            .unwrap_err()
            .to_string();
        assert!(e.contains("observatory funding import"), "{e}");
    }
}
