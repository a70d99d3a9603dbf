//! A funding map as text, for the terminal and for plain-text reports: the matrix with
//! projects and euros per cell, then the gaps and possible duplications named as such.

use crate::map::FundingMap;
use std::fmt::Write as _;

/// Euros as people read them: "€1.2m", "€45,300" (the grouping of the peers' texts).
pub fn euros(v: f64) -> String {
    if v >= 1e6 {
        format!("€{:.1}m", v / 1e6)
    } else {
        format!("€{}", peers::grouped(v, 0))
    }
}

/// The whole map as text.
pub fn text(m: &FundingMap) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} ({}): {} operations from {} list(s), {} in all ({} outside the fields of integration policy; {} without a published amount)",
        m.place.name,
        m.place.id,
        m.operations.len(),
        m.lists.len(),
        euros(m.total_eur),
        m.outside,
        m.without_amount
    );
    let _ = writeln!(
        s,
        "\nFields of action x target groups (projects, euros; an operation counts in each of its cells):"
    );
    for field in &m.fields {
        let _ = writeln!(s, "  {field}");
        for c in m.cells.iter().filter(|c| &c.field == field) {
            let _ = writeln!(
                s,
                "    {:<40} {:>5} projects  {:>10}",
                c.group,
                c.projects,
                euros(c.eur)
            );
        }
    }
    let _ = writeln!(
        s,
        "\nGaps (a need, and no operation for the group in the field): {}",
        m.gaps.len()
    );
    for g in &m.gaps {
        let _ = writeln!(s, "  GAP {} x {}: {}", g.field, g.group, g.evidence);
    }
    for n in m.needs.iter().filter(|n| n.projects > 0) {
        let _ = writeln!(
            s,
            "  met: {} x {}: {} projects, {} ({})",
            n.field,
            n.group,
            n.projects,
            euros(n.eur),
            n.evidence
        );
    }
    let _ = writeln!(
        s,
        "\nPossible duplications (same beneficiary, same field, overlapping periods, similar names): {}",
        m.duplicates.len()
    );
    let name = |id: i64| m.operations.iter().find(|o| o.id == id);
    for d in m.duplicates.iter().take(20) {
        let (Some(a), Some(b)) = (name(d.first), name(d.second)) else {
            continue;
        };
        let _ = writeln!(
            s,
            "  POSSIBLE DUPLICATION {} ({}, {}): line {} \"{}\" and line {} \"{}\", names {:.0}% alike",
            d.beneficiary,
            d.field,
            d.basis,
            a.line,
            a.name,
            b.line,
            b.name,
            d.name_similarity * 100.0
        );
    }
    if m.duplicates.len() > 20 {
        let _ = writeln!(
            s,
            "  … and {} more (--format json lists them all)",
            m.duplicates.len() - 20
        );
    }
    let _ = writeln!(
        s,
        "\nOverlapping operations in the same cell (to coordinate): {}",
        m.overlaps.len()
    );
    for o in m.overlaps.iter().take(10) {
        let _ = writeln!(
            s,
            "  {} x {}: {} operations of {} beneficiaries, overlapping between {} and {}",
            o.field,
            o.group,
            o.operations.len(),
            o.beneficiaries,
            o.from,
            o.to
        );
    }
    let b = &m.beneficiaries;
    let _ = writeln!(
        s,
        "\nBeneficiaries: {} ({} merged by identifier; {} merged by name alone, a guess)",
        b.distinct,
        b.merged_by_identifier,
        b.merged_by_name.len()
    );
    for p in &m.per_resident {
        let _ = writeln!(
            s,
            "Per resident: {} to {}: {} over {} {} ({}) = {:.2} € each",
            p.group,
            m.place.name,
            euros(p.eur),
            p.residents,
            p.residents_label,
            p.period,
            p.eur_per_resident
        );
    }
    if let Some(r) = &m.recipients {
        let _ = writeln!(
            s,
            "\nWho receives money in {} (Kohesio, all programmes): {} beneficiaries, {} in {} projects ({} EU)",
            r.region,
            r.beneficiaries,
            euros(r.total_eur),
            r.projects,
            euros(r.eu_eur)
        );
        for b in &r.largest {
            let _ = writeln!(
                s,
                "  {:<60} {:>10} {:>4} projects",
                b.beneficiary,
                euros(b.total_eur.unwrap_or(0.0)),
                b.projects
            );
        }
    }
    for n in &m.notes {
        let _ = writeln!(s, "Note: {n}");
    }
    s
}
