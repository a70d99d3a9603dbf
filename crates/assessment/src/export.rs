//! Results, invitations and raw responses as CSV, JSON and plain text.
//!
//! Raw responses ([`responses_csv`]) are the city's own: the CLI and the city's pages
//! offer them, the public API never does.

use crate::framework::Framework;
use crate::rounds::{Issued, Kind, Results};
use crate::scoring::{AreaResult, AuditResults, GroupScore};
use store::audits::{Round, StoredResponse};

fn csv_text(rows: Vec<Vec<String>>) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in rows {
        // Writing to memory cannot fail but for a wrong row length, which every row here
        // matches.
        let _ = w.write_record(&r);
    }
    w.into_inner()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
}

fn num(v: Option<f64>) -> String {
    v.map(|x| format!("{x:.2}")).unwrap_or_default()
}

/// Invitations for a mail merge: one row per invitation, with its link.
pub fn tokens_csv(issued: &[Issued], base_url: &str) -> String {
    let base = base_url.trim_end_matches('/');
    let mut rows = vec![
        ["group", "group_title", "name", "code", "link"]
            .map(String::from)
            .to_vec(),
    ];
    for i in issued {
        rows.push(vec![
            i.group.clone(),
            i.group_title.clone(),
            i.label.clone(),
            i.printed.clone(),
            format!("{base}{}", i.path),
        ]);
    }
    csv_text(rows)
}

/// Invitations as a list to print and cut.
pub fn tokens_list(round: &Round, issued: &[Issued], base_url: &str) -> String {
    let base = base_url.trim_end_matches('/');
    let mut out = String::new();
    for i in issued {
        out.push_str(&format!(
            "{title}\nInvitation for: {group}{name}\nOpen {base}{path}\nor go to {base}/audit and type the code {code}\nOpen from {opens} to {closes}. The code works once; keep it to yourself.\n{cut}\n",
            title = round.title,
            group = i.group_title,
            name = if i.label.is_empty() {
                String::new()
            } else {
                format!(" — {}", i.label)
            },
            path = i.path,
            code = i.printed,
            opens = round.opens,
            closes = round.closes,
            cut = "-".repeat(72),
        ));
    }
    out
}

const COLUMNS: [&str; 14] = [
    "level",
    "id",
    "title",
    "group",
    "score",
    "respondents",
    "dont_know",
    "spread",
    "gap",
    "gap_flagged",
    "rank",
    "rank_best",
    "rank_worst",
    "pooled",
];

fn area_rows(level: &str, a: &AreaResult, out: &mut Vec<Vec<String>>) {
    let range = a.robustness.map(|r| r.overall);
    out.push(vec![
        level.into(),
        a.id.clone(),
        a.title.clone(),
        "overall".into(),
        num(a.overall),
        String::new(),
        String::new(),
        String::new(),
        num(a.gap.as_ref().map(|g| g.difference)),
        a.gap
            .as_ref()
            .map(|g| g.flagged.to_string())
            .unwrap_or_default(),
        a.rank.map(|r| r.to_string()).unwrap_or_default(),
        range.map(|r| r.best.to_string()).unwrap_or_default(),
        range.map(|r| r.worst.to_string()).unwrap_or_default(),
        String::new(),
    ]);
    for g in &a.by_group {
        out.push(group_row(level, &a.id, &a.title, g));
    }
}

fn group_row(level: &str, id: &str, title: &str, g: &GroupScore) -> Vec<String> {
    let mut row = vec![
        level.into(),
        id.into(),
        title.into(),
        g.group.clone(),
        num(g.score),
        g.respondents.to_string(),
        g.dont_know.to_string(),
        num(g.spread),
    ];
    row.resize(COLUMNS.len(), String::new());
    row
}

/// The results as one table: focal points, principles and questions, overall and per
/// group shown (priorities: the mean rating per focal point).
pub fn results_csv(results: &Results) -> String {
    let mut rows = vec![COLUMNS.map(String::from).to_vec()];
    match results {
        Results::Audit(a) => {
            for f in &a.focal_points {
                area_rows("focal_point", f, &mut rows);
            }
            for p in &a.principles {
                area_rows("principle", p, &mut rows);
            }
            for q in &a.questions {
                let mut row = vec![
                    "question".into(),
                    q.id.clone(),
                    q.text.clone(),
                    "overall".into(),
                    num(q.overall),
                    q.answered.to_string(),
                    q.dont_know.to_string(),
                ];
                row.resize(COLUMNS.len(), String::new());
                rows.push(row);
                for g in &q.by_group {
                    rows.push(group_row("question", &q.id, &q.text, g));
                }
            }
        }
        Results::Priorities(p) => {
            for i in &p.items {
                let mut row = vec![
                    "priority".into(),
                    i.focal_point.clone(),
                    i.title.clone(),
                    "overall".into(),
                    num(i.overall),
                    i.n.to_string(),
                    i.dont_know.to_string(),
                ];
                row.resize(COLUMNS.len(), String::new());
                row[10] = i.rank.map(|r| r.to_string()).unwrap_or_default();
                row[13] = num(i.pooled);
                rows.push(row);
                for g in &i.by_group {
                    let mut row = vec![
                        "priority".into(),
                        i.focal_point.clone(),
                        i.title.clone(),
                        g.group.clone(),
                        num(g.mean),
                        g.n.to_string(),
                        g.dont_know.to_string(),
                    ];
                    row.resize(COLUMNS.len(), String::new());
                    rows.push(row);
                }
            }
        }
    }
    csv_text(rows)
}

/// The raw responses of a round (the city's own): one row per answer.
pub fn responses_csv(fw: &Framework, kind: Kind, responses: &[StoredResponse]) -> String {
    let mut rows = vec![
        [
            "response",
            "group",
            "respondent",
            "item",
            "answer",
            "score",
            "comment",
        ]
        .map(String::from)
        .to_vec(),
    ];
    for (n, r) in responses.iter().enumerate() {
        for a in &r.answers {
            let (answer, score) = match (kind, a.choice) {
                (_, None) if a.dont_know => ("don't know".to_string(), String::new()),
                (_, None) => (String::new(), String::new()),
                (Kind::Audit, Some(c)) => fw
                    .question(&a.question)
                    .and_then(|q| q.options.get(c as usize))
                    .map(|o| (o.text.clone(), o.score.to_string()))
                    .unwrap_or_default(),
                (Kind::Priorities, Some(c)) => fw
                    .priorities
                    .as_ref()
                    .and_then(|p| p.scale.get(c as usize))
                    .map(|s| (s.label.clone(), s.value.to_string()))
                    .unwrap_or_default(),
            };
            rows.push(vec![
                (n + 1).to_string(),
                r.group.clone(),
                r.respondent.clone().unwrap_or_default(),
                a.question.clone(),
                answer,
                score,
                a.comment.clone(),
            ]);
        }
    }
    csv_text(rows)
}

fn pad(s: &str, n: usize) -> String {
    let len = s.chars().count();
    if len >= n {
        s.chars().take(n).collect()
    } else {
        format!("{s}{}", " ".repeat(n - len))
    }
}

fn audit_text(fw: &Framework, a: &AuditResults, out: &mut String) {
    let shown: Vec<&str> = a
        .groups
        .iter()
        .filter(|g| g.visibility == crate::disclosure::Visibility::Shown)
        .map(|g| g.id.as_str())
        .collect();
    out.push_str(&format!(
        "{} respondents. Groups: {}\n",
        a.respondents,
        a.groups
            .iter()
            .filter(|g| g.respondents > 0)
            .map(|g| format!("{} {}", g.title, g.respondents))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    if let Some(n) = &a.note {
        out.push_str(&format!("{n}\n"));
    }
    out.push_str(&format!(
        "\n{} {:>7} {:>9} {}\n",
        pad("focal point", 44),
        "overall",
        "rank",
        shown
            .iter()
            .map(|g| format!("{:>14}", pad(g, 14)))
            .collect::<String>()
    ));
    for f in &a.focal_points {
        let fp = fw.focal_point(&f.id);
        let label = format!(
            "{}. {}",
            fp.map(|x| x.number).unwrap_or(0),
            fp.map(|x| x.title.as_str()).unwrap_or(&f.id)
        );
        let range = f
            .robustness
            .map(|r| format!("{}–{}", r.overall.best, r.overall.worst))
            .unwrap_or_default();
        out.push_str(&format!(
            "{} {:>7} {:>9} {}{}\n",
            pad(&label, 44),
            num(f.overall),
            match f.rank {
                Some(r) => format!("{r} ({range})"),
                None => "–".into(),
            },
            f.by_group
                .iter()
                .map(|g| format!("{:>14}", num(g.score)))
                .collect::<String>(),
            match &f.gap {
                Some(g) if g.flagged =>
                    format!("  gap {:.0} ({} vs {})", g.difference, g.high, g.low),
                _ => String::new(),
            }
        ));
    }
    out.push_str("\nBottlenecks (lowest-scoring questions):\n");
    for e in &a.bottlenecks {
        out.push_str(&format!(
            "  {:>6}  {}  {}\n",
            num(Some(e.score)),
            e.question,
            e.text
        ));
    }
    out.push_str("Opportunities (highest-scoring questions):\n");
    for e in &a.opportunities {
        out.push_str(&format!(
            "  {:>6}  {}  {}\n",
            num(Some(e.score)),
            e.question,
            e.text
        ));
    }
    out.push_str(&format!("\n{}\n", a.robustness_method));
}

/// The results for a terminal.
pub fn results_text(round: &Round, fw: &Framework, results: &Results) -> String {
    let mut out = format!(
        "Round {} — {} ({}, {}, {} to {}, framework {})\n",
        round.id,
        round.title,
        round.kind,
        round.mode,
        round.opens,
        round.closes,
        fw.reference()
    );
    match results {
        Results::Audit(a) => audit_text(fw, a, &mut out),
        Results::Priorities(p) => {
            out.push_str(&format!("{} respondents\n", p.respondents));
            if let Some(n) = &p.note {
                out.push_str(&format!("{n}\n"));
            }
            for i in &p.items {
                out.push_str(&format!(
                    "{:>3}  {:>5}  (pooled {:>5}, n {:>3})  {}\n",
                    i.rank.map(|r| r.to_string()).unwrap_or("–".into()),
                    num(i.overall),
                    num(i.pooled),
                    i.n,
                    i.title
                ));
            }
        }
    }
    out
}
