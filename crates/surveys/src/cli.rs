//! `observatory survey …`: the command line of the city's own surveys. The binary hands over
//! the words after `survey` and prints what comes back; the arguments are parsed here so
//! that the binary stays a shell (its size is ratcheted).

use crate::collect::{self, CollectError};
use crate::estimates::{Domain, EstimateOptions, Figure, Statistic, Withheld};
use crate::export::{domain, statistic};
use crate::weighting::WeightingSpec;
use clap::{Parser, Subcommand, ValueEnum};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use store::Store;
use store::surveys::NewSurvey;

const EXAMPLES: &str = "\
Examples:
  observatory survey import catalogue/surveys/city-survey-of-migrants.xlsx --city HR004C
  observatory survey export 1 -o city-survey.xlsx
  observatory survey open 1 --title \"Living in Osijek 2026\" --opens 2026-11-01 --closes 2026-12-31
  observatory survey invite 1 --count 300 > codes.txt
  observatory survey close 1
  observatory survey weight 1 --margins margins.toml
  observatory survey results 1 --by birth_group
  observatory survey results 1 --format json -o results.json
  observatory survey responses 1 -o responses.csv
Respondents answer in the browser (observatory serve) with their code.";

#[derive(Debug, Parser)]
#[command(
    name = "observatory survey",
    no_binary_name = true,
    about = "The city's own surveys: XLSForm questionnaires, invitations, weighting, estimates",
    after_help = EXAMPLES
)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Csv,
    Json,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Read an XLSForm and keep it for a city (a changed form becomes the next version)
    Import {
        form: PathBuf,
        /// The city's code (HR004C)
        #[arg(long)]
        city: String,
    },
    /// Write a stored questionnaire version as an XLSForm
    Export {
        /// The questionnaire version's id (`survey list`)
        id: i64,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// The questionnaires and surveys in the store
    List,
    /// Field a questionnaire version
    Open {
        questionnaire: i64,
        #[arg(long)]
        title: String,
        #[arg(long)]
        opens: String,
        #[arg(long)]
        closes: String,
        /// anonymous: no response can be linked to its code; named: it can
        #[arg(long, default_value = "anonymous")]
        mode: String,
        /// invitation: one-time codes; open: anyone with the link
        #[arg(long, default_value = "invitation")]
        access: String,
    },
    /// New one-time codes, one per line (only their hashes are kept)
    Invite {
        survey: i64,
        #[arg(long)]
        count: usize,
    },
    /// Stop taking answers
    Close { survey: i64 },
    /// Rake the responses to the population's margins: a TOML file of [[margin]]s, or the
    /// city's population born in the country and abroad as the store holds it
    Weight {
        survey: i64,
        #[arg(
            long,
            required_unless_present = "from_store",
            conflicts_with = "from_store"
        )]
        margins: Option<PathBuf>,
        /// The margin of `birth_group` from the store's populations (Eurostat urb_cpop1 and
        /// urb_cpopcb, the latest year)
        #[arg(long)]
        from_store: bool,
    },
    /// Send a closed survey's results to the city's approver for publication (frozen; free
    /// texts counted, never published)
    Submit { survey: i64 },
    /// Weighted estimates of every question, with intervals; small cells withheld
    Results {
        survey: i64,
        /// A single-choice question to break down by (e.g. birth_group)
        #[arg(long)]
        by: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// The responses (one row each, with their weights) as CSV, for the city's own analysis,
    /// and beside it the codebook (FILE.codebook.json: each column's question, type, codes
    /// and labels)
    Responses {
        survey: i64,
        #[arg(short, long)]
        output: PathBuf,
    },
}

/// Runs `observatory survey ARGS…` and returns what to print.
pub fn run(store: &mut Store, args: &[String]) -> Result<String, String> {
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
    let e = |e: CollectError| e.to_string();
    let actor = "cli";
    match args.command {
        Command::Import { form, city } => {
            let bytes = std::fs::read(&form).map_err(|x| format!("{}: {x}", form.display()))?;
            let k = collect::import_questionnaire(store, actor, &city, &bytes)
                .map_err(|x| format!("{}: {x}", form.display()))?;
            let q = &k.questionnaire;
            let mut out = String::new();
            let _ = writeln!(
                out,
                "questionnaire {} — {} '{}' version {}{}",
                k.version.id,
                q.id,
                q.title(&q.default_language),
                k.version.version,
                if k.new {
                    ""
                } else {
                    " (unchanged: the latest version)"
                }
            );
            let langs: Vec<String> = q.languages.iter().map(|l| l.tag()).collect();
            let _ = writeln!(out, "languages: {}", langs.join(", "));
            let _ = writeln!(
                out,
                "pages: {}, questions: {}",
                q.sections.len(),
                q.questions().count()
            );
            for s in &q.sections {
                let names: Vec<&str> = s.questions().map(|x| x.name.as_str()).collect();
                let _ = writeln!(
                    out,
                    "  {}: {}",
                    s.name.as_deref().unwrap_or("-"),
                    names.join(", ")
                );
            }
            Ok(out)
        }
        Command::Export { id, output } => {
            let (_, q) = collect::questionnaire(store, id).map_err(e)?;
            write_atomic(&output, &crate::xlsform::export(&q))?;
            Ok(format!(
                "{} written ({} questions)\n",
                output.display(),
                q.questions().count()
            ))
        }
        Command::List => {
            let mut out = String::from("questionnaires:\n");
            for v in store.questionnaires(None).map_err(|x| x.to_string())? {
                let _ = writeln!(
                    out,
                    "  {} {} {} v{} — {}",
                    v.id, v.city, v.form_id, v.version, v.title
                );
            }
            out.push_str("surveys:\n");
            for s in store.surveys(None).map_err(|x| x.to_string())? {
                let c = store
                    .survey_invitation_count(s.id)
                    .map_err(|x| x.to_string())?;
                let _ = writeln!(
                    out,
                    "  {} {} '{}' questionnaire {} {} {} {}–{} {}: {} responses of {} codes",
                    s.id,
                    s.city,
                    s.title,
                    s.questionnaire,
                    s.mode,
                    s.access,
                    s.opens,
                    s.closes,
                    s.status,
                    c.used,
                    c.issued
                );
            }
            Ok(out)
        }
        Command::Open {
            questionnaire,
            title,
            opens,
            closes,
            mode,
            access,
        } => {
            let id = collect::open(
                store,
                actor,
                &NewSurvey {
                    questionnaire,
                    title: &title,
                    mode: &mode,
                    access: &access,
                    opens: &opens,
                    closes: &closes,
                },
            )
            .map_err(e)?;
            Ok(format!(
                "survey {id} open from {opens} to {closes} ({mode}, {access})\n"
            ))
        }
        Command::Invite { survey, count } => {
            let codes = collect::invite(store, actor, survey, count).map_err(e)?;
            Ok(codes.iter().map(|c| format!("{c}\n")).collect())
        }
        Command::Close { survey } => {
            store
                .close_survey(actor, survey)
                .map_err(|x| x.to_string())?;
            Ok(format!("survey {survey} closed\n"))
        }
        Command::Submit { survey } => {
            let sub = collect::submit_results(store, actor, survey).map_err(e)?;
            Ok(format!(
                "survey {survey}: results sent for publication as submission {sub}; an approver of the city publishes them on the web (/submissions/{sub})\n"
            ))
        }
        Command::Weight {
            survey,
            margins,
            from_store,
        } => {
            let (w, source) = match (margins, from_store) {
                (Some(margins), false) => {
                    let at = |x: &dyn std::fmt::Display| format!("{}: {x}", margins.display());
                    let text = std::fs::read_to_string(&margins).map_err(|x| at(&x))?;
                    let spec = WeightingSpec::from_toml(&text).map_err(|x| at(&x))?;
                    let w =
                        collect::weight_survey(store, actor, survey, &spec).map_err(|x| at(&x))?;
                    (w, margins.display().to_string())
                }
                _ => {
                    let (w, year) =
                        collect::weight_survey_to_store(store, actor, survey).map_err(e)?;
                    (w, format!("the store's populations of 1 January {year}"))
                }
            };
            Ok(format!(
                "margins: {source}\n\
                 weighted {} responses to {} ({} left out: a margin's question unanswered)\n\
                 raking: {} sweeps, {}, largest margin deviation {:.2e}\n\
                 design effect (Kish) {:.3}, effective sample size {:.1}\n\
                 weights from {:.2} to {:.2}; {} at a bound, {} trimmed, {} still above the cap\n",
                w.calibrated.iter().filter(|x| x.is_some()).count(),
                w.population,
                w.unplaced,
                w.iterations,
                if w.converged {
                    "converged"
                } else {
                    "NOT converged: check the margins or widen the bounds"
                },
                w.max_deviation,
                w.design_effect,
                w.effective_n,
                w.range.0,
                w.range.1,
                w.at_bounds,
                w.trimmed,
                w.above_cap
            ))
        }
        Command::Results {
            survey,
            by,
            format,
            output,
        } => {
            let r = collect::results(store, survey, by.as_deref(), &EstimateOptions::default())
                .map_err(e)?;
            let text = match format {
                Format::Json => serde_json::to_string_pretty(&r).map_err(|x| x.to_string())? + "\n",
                Format::Csv => crate::export::results_csv(&r),
                Format::Text => {
                    let (_, q) = collect::survey(store, survey).map_err(e)?;
                    results_text(
                        &r,
                        &Labels {
                            q: &q,
                            by: by.as_deref(),
                        },
                    )
                }
            };
            match output {
                Some(path) => {
                    write_atomic(&path, text.as_bytes())?;
                    Ok(format!("{} written\n", path.display()))
                }
                None => Ok(text),
            }
        }
        Command::Responses { survey, output } => {
            let (bytes, count) = crate::export::responses_csv(store, survey).map_err(e)?;
            let (_, q) = crate::collect::survey(store, survey).map_err(e)?;
            let book = serde_json::to_vec_pretty(&crate::export::codebook(&q))
                .map_err(|x| x.to_string())?;
            let book_path = output.with_extension("codebook.json");
            write_atomic(&output, &bytes)?;
            write_atomic(&book_path, &book)?;
            Ok(format!(
                "{} written: {count} responses; its codebook: {}\n",
                output.display(),
                book_path.display()
            ))
        }
    }
}

/// Written whole or not at all ([`model::files`]): an interrupted run leaves the old file.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), String> {
    model::files::write_whole(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn withheld(w: Withheld) -> &'static str {
    match w {
        Withheld::SmallCell => "withheld: fewer respondents than the minimum cell",
        Withheld::Complementary => "withheld: would give a small cell back",
        Withheld::Unreliable => "withheld: too few respondents for a reliable estimate",
    }
}

/// A share in percent, a mean as it is.
fn scaled(f: &Figure, x: f64) -> f64 {
    match f.statistic {
        Statistic::Mean => x,
        _ => 100.0 * x,
    }
}

/// The questionnaire's own words for names, in its default language: a city analyst reads
/// "Female", not "F".
struct Labels<'a> {
    q: &'a crate::Questionnaire,
    by: Option<&'a str>,
}

impl Labels<'_> {
    fn choice(&self, question: &str, choice: &str) -> String {
        let lang = &self.q.default_language;
        self.q
            .question(question)
            .and_then(|x| x.kind.list())
            .and_then(|list| self.q.choice_label(list, choice, lang))
            .map_or_else(|| choice.to_string(), |l| format!("{l} ({choice})"))
    }

    fn question(&self, question: &str) -> String {
        match self.q.label(question, &self.q.default_language) {
            Some(l) => format!("{question}: {l}"),
            None => question.to_string(),
        }
    }

    fn domain(&self, d: &Domain) -> String {
        match (d, self.by) {
            (Domain::Class(c), Some(by)) => self.choice(by, c),
            _ => domain(d),
        }
    }

    fn statistic(&self, question: &str, s: &Statistic) -> String {
        match s {
            Statistic::Share(c) => format!("share {}", self.choice(question, c)),
            _ => statistic(s),
        }
    }
}

fn results_text(r: &collect::Results, labels: &Labels<'_>) -> String {
    let mut out = format!(
        "survey {}: {} responses, {}\n",
        r.survey,
        r.responses,
        if r.weighted {
            "raked weights"
        } else {
            "unweighted (every respondent counts alike)"
        }
    );
    for item in &r.items {
        let _ = writeln!(out, "\n{}", labels.question(&item.question));
        for f in &item.figures {
            let line = match (&f.estimate, f.withheld) {
                (Some(e), _) => format!(
                    "{:.1}  [{:.1}, {:.1}]  n={}{}",
                    scaled(f, e.estimate),
                    scaled(f, e.lower),
                    scaled(f, e.upper),
                    e.n,
                    e.flag
                        .map(|c| format!(" ({c}: low reliability)"))
                        .unwrap_or_default()
                ),
                (None, Some(w)) => withheld(w).to_string(),
                (None, None) => "-".into(),
            };
            let _ = writeln!(
                out,
                "  {:<16} {:<24} {line}",
                labels.domain(&f.domain),
                labels.statistic(&item.question, &f.statistic)
            );
        }
        for t in &item.texts {
            match &t.answers {
                Some(a) => {
                    let _ = writeln!(out, "  {}: {} answers", labels.domain(&t.domain), t.count);
                    for x in a {
                        let _ = writeln!(out, "    – {x}");
                    }
                }
                None => {
                    let _ = writeln!(
                        out,
                        "  {}: {} answers, withheld (fewer than the minimum)",
                        labels.domain(&t.domain),
                        t.count
                    );
                }
            }
        }
    }
    out
}
