//! `observatory audit …`: the command line of the participatory audit. The binary hands
//! over the words after `audit` and prints what comes back; the arguments are parsed
//! here so that the binary stays a shell of a few lines (its size is ratcheted).

use crate::rounds::{self, Kind, Mode, OpenRequest};
use crate::{export, framework};
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use store::Store;

const EXAMPLES: &str = "\
Examples:
  observatory audit frameworks
  observatory audit open --city HR004C --opens 2026-03-01 --closes 2026-03-31
  observatory audit tokens 1 --group civil-society --count 12 --base-url https://observatory.osijek.hr > civil-society.csv
  observatory audit tokens 1 --group researchers --names panel.txt --format list
  observatory audit close 1
  observatory audit results 1
  observatory audit export 1 --format json -o round-1.json
  observatory audit export 1 --responses -o responses.csv   (the city's raw responses)
  observatory audit submit 1        (results to the city's approver; publish on /submissions)
Respondents answer in the browser (observatory serve) at the links of `tokens`.";

#[derive(Debug, Parser)]
#[command(
    name = "observatory audit",
    no_binary_name = true,
    about = "Participatory city audits against a framework of focal points, and stakeholder priorities",
    after_help = EXAMPLES
)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum TokenFormat {
    /// For a mail merge: group, name, code, link
    Csv,
    /// To print and cut, one invitation each
    List,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportFormat {
    Csv,
    Json,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// The frameworks of the catalogue, with their focal points and groups
    Frameworks,
    /// Open a round for a city
    Open {
        /// The city's code (HR004C) or name (Osijek)
        #[arg(long)]
        city: String,
        #[arg(long, default_value = "comprehensive-approach")]
        framework: String,
        /// The framework's version [default: its latest]
        #[arg(long)]
        version: Option<String>,
        /// audit (the questions) or priorities (each focal point rated 1–5)
        #[arg(long, default_value = "audit")]
        kind: String,
        /// anonymous (no response can be linked to its invitation) or named (expert panels)
        #[arg(long, default_value = "anonymous")]
        mode: String,
        /// First day answers are taken (YYYY-MM-DD)
        #[arg(long)]
        opens: String,
        /// Last day answers are taken (YYYY-MM-DD)
        #[arg(long)]
        closes: String,
        /// Fewest respondents for a group's results to be shown (never below 3)
        #[arg(long, default_value_t = 5)]
        min_group: usize,
        #[arg(long, default_value = "")]
        title: String,
    },
    /// Issue one-time invitations for a stakeholder group (printed once: keep the output)
    Tokens {
        round: i64,
        /// The group's id (see `frameworks`)
        #[arg(long)]
        group: String,
        /// How many (anonymous rounds)
        #[arg(long, default_value_t = 0)]
        count: usize,
        /// A file with one respondent's name a line (named rounds)
        #[arg(long)]
        names: Option<PathBuf>,
        /// Where the observatory is served, for the links
        #[arg(long, default_value = "http://127.0.0.1:8080")]
        base_url: String,
        #[arg(long, value_enum, default_value_t = TokenFormat::Csv)]
        format: TokenFormat,
    },
    /// Close a round: no more answers
    Close { round: i64 },
    /// The rounds, newest first
    List {
        /// Only this city's (code or name)
        #[arg(long)]
        city: Option<String>,
    },
    /// A round's results: scores per group and overall, gaps, rank ranges, bottlenecks
    Results {
        round: i64,
        #[arg(long)]
        json: bool,
    },
    /// Export a round's results (or, with --responses, its raw responses)
    Export {
        round: i64,
        #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
        format: ExportFormat,
        /// The raw responses (the city's own, never published)
        #[arg(long)]
        responses: bool,
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Send a closed round's results to the city's approver (publish on /submissions)
    Submit { round: i64 },
}

const ACTOR: &str = "cli";

/// The city of a code or name.
fn city_code(store: &Store, given: &str) -> Result<String, String> {
    let given = given.trim();
    if store.geography(given).map_err(|e| e.to_string())?.is_some() {
        return Ok(given.to_string());
    }
    let folded = model::names::fold(given);
    let found: Vec<model::Geography> = store
        .geographies(Some(model::GeoLevel::City), None)
        .map_err(|e| e.to_string())?
        .into_iter()
        .filter(|g| model::names::fold(&g.name) == folded)
        .collect();
    match found.as_slice() {
        [one] => Ok(one.code.to_string()),
        [] => Err(format!(
            "no city '{given}': give its code (e.g. HR004C; `observatory list geographies --level city`)"
        )),
        many => Err(format!(
            "'{given}' is several cities: give one of the codes {}",
            many.iter()
                .map(|g| g.code.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

fn write_out(text: String, output: Option<&PathBuf>) -> Result<String, String> {
    match output {
        Some(p) => {
            std::fs::write(p, &text).map_err(|e| format!("cannot write {}: {e}", p.display()))?;
            Ok(format!("wrote {}\n", p.display()))
        }
        None => Ok(text),
    }
}

/// Runs `observatory audit ARGS…`; returns what to print.
pub fn run(
    store: &mut Store,
    cat: &catalogue::Catalogue,
    args: &[String],
) -> Result<String, String> {
    let args = match Args::try_parse_from(args) {
        Ok(a) => a,
        Err(e) if !e.use_stderr() => return Ok(e.to_string()),
        Err(e) => {
            return Err(e
                .to_string()
                .trim_start_matches("error: ")
                .trim()
                .to_string());
        }
    };
    let e = |e: crate::Error| e.to_string();
    match args.command {
        Command::Frameworks => {
            let mut out = String::new();
            for f in framework::all(cat).map_err(|x| x.to_string())? {
                out.push_str(&format!(
                    "{} {} — {}\n  focal points: {}, questions: {}\n  groups: {}\n  source: {}\n",
                    f.id,
                    f.version,
                    f.title,
                    f.focal_points.len(),
                    f.questions().count(),
                    f.groups
                        .iter()
                        .map(|g| format!("{} ({})", g.id, g.title))
                        .collect::<Vec<_>>()
                        .join(", "),
                    f.source
                ));
            }
            Ok(out)
        }
        Command::Open {
            city,
            framework,
            version,
            kind,
            mode,
            opens,
            closes,
            min_group,
            title,
        } => {
            let req = OpenRequest {
                city: city_code(store, &city)?,
                title,
                framework,
                version,
                kind: Kind::parse(&kind).ok_or("--kind: audit or priorities")?,
                mode: Mode::parse(&mode).ok_or("--mode: anonymous or named")?,
                opens,
                closes,
                min_group,
            };
            let id = rounds::open(store, cat, ACTOR, &req).map_err(e)?;
            let r = rounds::round(store, id).map_err(e)?;
            Ok(format!(
                "opened round {id}: {} ({}, {}, {} to {})\nnext: observatory audit tokens {id} --group administration --count 10\n",
                r.title, r.kind, r.mode, r.opens, r.closes
            ))
        }
        Command::Tokens {
            round,
            group,
            count,
            names,
            base_url,
            format,
        } => {
            let labels: Vec<String> = match names {
                Some(p) => std::fs::read_to_string(&p)
                    .map_err(|x| format!("cannot read {}: {x}", p.display()))?
                    .lines()
                    .map(str::to_string)
                    .collect(),
                None => Vec::new(),
            };
            let issued = rounds::issue(store, ACTOR, round, &group, count, &labels).map_err(e)?;
            let r = rounds::round(store, round).map_err(e)?;
            Ok(match format {
                TokenFormat::Csv => export::tokens_csv(&issued, &base_url),
                TokenFormat::List => export::tokens_list(&r, &issued, &base_url),
            })
        }
        Command::Close { round } => {
            let r = rounds::close(store, ACTOR, round).map_err(e)?;
            Ok(format!(
                "closed round {round}: {}\nnext: observatory audit results {round}\n",
                r.title
            ))
        }
        Command::List { city } => {
            let city = city.map(|c| city_code(store, &c)).transpose()?;
            let mut out = String::new();
            for r in store
                .audit_rounds(city.as_deref())
                .map_err(|x| x.to_string())?
            {
                let counts = store
                    .audit_invitation_counts(r.id)
                    .map_err(|x| x.to_string())?;
                let (issued, used) = counts
                    .iter()
                    .fold((0, 0), |(a, b), c| (a + c.issued, b + c.used));
                out.push_str(&format!(
                    "{:>4}  {}  {}  {} {}  {} to {}  {}{}  invitations {issued}, answered {used}\n",
                    r.id,
                    r.city,
                    r.title,
                    r.kind,
                    r.mode,
                    r.opens,
                    r.closes,
                    r.status,
                    if r.is_published() { ", published" } else { "" }
                ));
            }
            Ok(out)
        }
        Command::Results { round, json } => {
            let (r, fw, res) = rounds::results(store, round).map_err(e)?;
            if json {
                serde_json::to_string_pretty(&res).map_err(|x| x.to_string())
            } else {
                Ok(export::results_text(&r, &fw, &res))
            }
        }
        Command::Export {
            round,
            format,
            responses,
            output,
        } => {
            let (r, fw, res) = rounds::results(store, round).map_err(e)?;
            let text = match (responses, format) {
                (true, ExportFormat::Csv) => {
                    let raw = store.audit_responses(round).map_err(|x| x.to_string())?;
                    export::responses_csv(&fw, Kind::of(&r), &raw)
                }
                (true, ExportFormat::Json) => {
                    return Err("--responses comes as CSV only (one row per answer)".into());
                }
                (false, ExportFormat::Csv) => export::results_csv(&res),
                (false, ExportFormat::Json) => {
                    serde_json::to_string_pretty(&res).map_err(|x| x.to_string())?
                }
            };
            write_out(text, output.as_ref())
        }
        Command::Submit { round } => {
            let sub = rounds::submit_results(store, ACTOR, round).map_err(e)?;
            Ok(format!(
                "the results of round {round} are submission {sub}: the city's approver publishes them at /submissions/{sub}\n"
            ))
        }
    }
}
