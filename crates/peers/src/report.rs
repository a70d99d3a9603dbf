//! The peers and a profile as people read them in a terminal or a printed report: the
//! tables (also written as CSV by the command line) and the text around them.

use crate::{PeerSet, Profile};
use report::{Table, number};

/// A weight as people read it: no trailing zeros.
fn weight(v: f64) -> String {
    let s = format!("{v:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// One row per peer: rank, code, name, country, size class, distance, features shared,
/// and the words of why it is similar, where it differs and what was not compared.
pub fn peer_table(set: &PeerSet) -> Table {
    let mut t = Table::new(vec![
        "#",
        "code",
        "city",
        "country",
        "size",
        "distance",
        "shared",
        "similar",
        "differs",
        "not compared",
    ]);
    for p in &set.peers {
        t.push(vec![
            p.rank.to_string(),
            p.city.code.clone(),
            p.city.name.clone(),
            p.city.country.clone(),
            p.city
                .size_class
                .map(|c| c.short().to_string())
                .unwrap_or_default(),
            format!("{:.3}", p.distance),
            p.shared_features.to_string(),
            p.similar.join("; "),
            p.differs.join("; "),
            p.not_compared.join("; "),
        ]);
    }
    t
}

/// The peers as text: the city's headline, how they were found, the table's first seven
/// columns and each peer's explanation.
pub fn peers_text(profile: &Profile, set: &PeerSet) -> String {
    let features: Vec<String> = set
        .features
        .iter()
        .map(|w| format!("{} {}", w.feature, weight(w.weight)))
        .collect();
    let constraints = match set.constraints.len() {
        0 | 1 => String::new(),
        n => format!("; {}", set.constraints[..n - 1].join("; ")),
    };
    let mut t = peer_table(set);
    t.header.truncate(7);
    t.rows.iter_mut().for_each(|r| r.truncate(7));
    let mut out = format!(
        "{}\nPeers by {} ({} scaling){constraints}; values read \"peer vs {}\"\n\n{}\n",
        profile.headline(),
        features.join(", "),
        set.scaling,
        profile.name,
        t.render()
    );
    for p in &set.peers {
        out.push_str(&format!("{}. {}: {}\n", p.rank, p.city.name, p.explanation));
    }
    if let Some(n) = &set.note {
        out.push_str(&format!("\nnote: {n}\n"));
    }
    out
}

fn value(v: f64) -> String {
    if v.abs() >= 1000.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.2}")
    }
}

/// A city's context profile: each feature's value, unit, years, and how it was computed
/// or why it is missing.
pub fn profile_table(p: &Profile) -> Table {
    let mut t = Table::new(vec![
        "feature",
        "value",
        "unit",
        "years",
        "computed as / missing",
    ]);
    for f in &p.features {
        let years: Vec<String> = f.years.iter().map(|y| y.to_string()).collect();
        t.push(vec![
            f.feature.to_string(),
            f.value.map(value).unwrap_or_default(),
            f.unit.to_string(),
            years.join("–"),
            match (&f.value, &f.missing) {
                (Some(_), _) => f.formula.clone(),
                (None, Some(m)) => format!("missing: {m}"),
                (None, None) => "missing".to_string(),
            },
        ]);
    }
    t
}

/// The profile as text: headline, region, the years of foreign-born shares, the table and
/// where the values come from.
pub fn profile_text(p: &Profile) -> String {
    let mut out = format!("{}\n", p.headline());
    if let Some(r) = &p.region {
        out.push_str(&format!("NUTS 3 region {r}\n"));
    }
    let history: Vec<String> = p
        .foreign_born_history
        .iter()
        .map(|s| {
            format!(
                "{} {:.1}%{}",
                s.year,
                s.share,
                if s.estimated { " e" } else { "" }
            )
        })
        .collect();
    let history = if history.is_empty() {
        String::new()
    } else if p.foreign_born_history.iter().any(|s| s.estimated) {
        format!(" ({}; e: estimated by Eurostat)", history.join(", "))
    } else {
        format!(" ({})", history.join(", "))
    };
    out.push_str(&format!(
        "{} years with a foreign-born share{history}\n\n{}",
        p.years_of_data,
        profile_table(p).render()
    ));
    out.push_str("\nsources: every value above is computed from the observations named in its formula (dataset urb_cpop1, urb_cpopcb, urb_clma, urb_ceduc, gisco_urau_2021, qol_2023); `--format json` lists them with their flags.\n");
    out
}

/// A city against its peers on one indicator: the city, then each peer with its value,
/// period and whether it does better.
pub fn benchmark_table(b: &crate::Benchmark) -> Table {
    let mut t = Table::new(vec![
        "",
        "code",
        "city",
        "value",
        "period",
        "better than city",
    ]);
    let fmt = |v: Option<f64>| v.map(number).unwrap_or_else(|| "–".into());
    t.push(vec![
        "city".into(),
        b.city.city.code.clone(),
        b.city.city.name.clone(),
        fmt(b.city.value),
        b.city.period.clone().unwrap_or_default(),
        String::new(),
    ]);
    for (i, p) in b.peers.iter().enumerate() {
        t.push(vec![
            format!("peer {}", i + 1),
            p.city.code.clone(),
            p.city.name.clone(),
            fmt(p.value),
            p.period.clone().unwrap_or_default(),
            match p.better_than_city {
                Some(true) => "yes".into(),
                Some(false) => "no".into(),
                None => String::new(),
            },
        ]);
    }
    t
}

/// The benchmark as the command line prints it: headline, indicator, the table, the peers'
/// spread, the city's position and the sentence that sums it up.
pub fn benchmark_text(profile: &Profile, b: &crate::Benchmark) -> String {
    use crate::Better;
    let better = match b.indicator.better {
        Better::Higher => ", higher is better",
        Better::Lower => ", lower is better",
        Better::Neither => ", no better direction",
    };
    let unit = if b.indicator.unit.is_empty() {
        "no unit"
    } else {
        &b.indicator.unit
    };
    let mut out = format!(
        "{}\n{} ({unit}{better}) against {} peers\n\n{}",
        profile.headline(),
        b.indicator.key,
        b.peers.len(),
        benchmark_table(b).render()
    );
    if let Some(s) = &b.summary {
        out.push_str(&format!(
            "\npeers (n = {}): median {}, quartiles {} – {}, range {} – {}\n",
            s.n,
            number(s.median),
            number(s.q1),
            number(s.q3),
            number(s.min),
            number(s.max)
        ));
    }
    if let Some(p) = &b.position {
        out.push_str(&format!("{}: {}\n", b.city.city.name, p.text));
    }
    out.push_str(&format!("\n{}\n", b.sentence));
    out
}
