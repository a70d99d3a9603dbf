//! A segregation report: how unevenly two groups live across a city's small areas, period
//! by period, with the spatial indices where the areas' boundaries are in the store,
//! multigroup indices over several groups (Berlin: regions of origin), and the change
//! between two periods with its decomposition and a permutation test.
//!
//! The two-group indices compare group A with group B: an area's "total" is A + B (or B
//! itself when B is everybody). Every figure carries a plain-language label.

use crate::indices::{
    Family, IndexDef, SpatialInputs, Unavailable, multigroup_value, pair_counts, spatial_inputs,
    two_group_value,
};
use crate::origins::{BERLIN_ORIGINS, BERLIN_ORIGINS_NOTE, BERLIN_ORIGINS_OF, BERLIN_OTHER_ORIGIN};
use crate::{
    BERLIN, Boundaries, GroupSpec, Level, NeighbourhoodError, PeriodCounts, Result, load_counts,
    scheme_label,
};
use model::Period;
use report::Table;
use serde::Serialize;
use stats::segregation::{self as seg, GroupCounts};
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use store::Store;

/// Seed of the permutation test, fixed so that a report can be reproduced.
const PERMUTATION_SEED: u64 = 20_240_101;

/// Groups of the multigroup indices as (stored key, label), and the group whose remainder
/// forms one more group ("other" origins), if any.
type MultigroupGroups<'a> = (Vec<(String, String)>, Option<&'a str>);

/// What a segregation report is asked to compute.
#[derive(Debug, Clone)]
pub struct SegregationRequest {
    /// Geography code of the city (`DE001C`).
    pub city_code: String,
    /// The city's name, as reported.
    pub city_name: String,
    /// Group A, whose distribution is measured.
    pub group_a: GroupSpec,
    /// Group B, which A is compared with.
    pub group_b: GroupSpec,
    /// The indices to compute, in the order reported.
    pub indices: Vec<&'static IndexDef>,
    pub level: Level,
    /// Datasets holding the counts by area.
    pub datasets: Vec<String>,
    /// The variable of the counts, when the datasets hold several.
    pub variable: Option<String>,
    /// Only this period; every period in the data when `None`.
    pub period: Option<Period>,
    /// The change from the first to the second period.
    pub change: Option<(Period, Period)>,
    /// Groups of the multigroup indices; for Berlin, its regions of origin when `None`.
    pub multigroup: Option<Vec<GroupSpec>>,
    /// Random relabellings of the permutation test of the change.
    pub replicates: usize,
}

/// One figure of a report.
#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    /// The period, or `FROM→TO` for the change.
    pub period: String,
    pub area_set: String,
    /// Areas the figure was computed over.
    pub areas: usize,
    pub family: Family,
    pub index: &'static str,
    pub label: String,
    /// `None` when the index could not be computed; `note` says why.
    pub value: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A period of the report as a time series shows it.
#[derive(Debug, Clone)]
pub struct PeriodSummary {
    pub period: Period,
    pub area_set: String,
    /// Group A as a percentage of the total (A + B, or everybody).
    pub share_a: Option<f64>,
}

/// A whole segregation report.
#[derive(Debug, Clone, Serialize)]
pub struct SegregationReport {
    pub city: String,
    pub code: String,
    pub group_a: GroupSpec,
    pub group_b: GroupSpec,
    pub level: String,
    pub multigroup_groups: Vec<String>,
    pub sources: Vec<String>,
    pub boundaries: Vec<String>,
    pub figures: Vec<Figure>,
    pub notes: Vec<String>,
    /// The periods reported, in order (not serialised: the figures carry them).
    #[serde(skip)]
    pub periods: Vec<PeriodSummary>,
}

/// One period of a report's time series: the share of group A and the dissimilarity
/// (spatial too, where the boundaries allowed it).
#[derive(Debug, Clone, PartialEq)]
pub struct TimePoint {
    pub period: String,
    pub area_set: String,
    /// Areas the period's indices were computed over.
    pub areas: usize,
    pub share_a: Option<f64>,
    pub dissimilarity: Option<f64>,
    pub spatial_dissimilarity: Option<f64>,
}

/// The indices of one period and family, as a reader takes them in: the areas they were
/// computed over, and the spatial indices that all failed for the same reason counted once.
#[derive(Debug, Clone)]
pub struct IndexGroup<'a> {
    pub family: Family,
    pub period: String,
    pub areas: usize,
    pub area_set: String,
    /// The figures to list one by one.
    pub figures: Vec<&'a Figure>,
    /// Spatial indices left out of `figures` because they share one reason: (count, reason).
    pub unavailable: Option<(usize, String)>,
}

impl SegregationReport {
    /// The value of `index` in `period`, where it was computed.
    pub fn value(&self, period: &str, index: &str) -> Option<f64> {
        self.figures
            .iter()
            .find(|f| f.period == period && f.index == index)
            .and_then(|f| f.value)
    }

    /// The periods with figures, in order (the change's `FROM→TO` aside).
    pub fn period_names(&self) -> Vec<String> {
        let set: BTreeSet<String> = self.periods.iter().map(|c| c.period.to_string()).collect();
        set.into_iter().collect()
    }

    /// Whether any spatial dissimilarity was asked for (boundaries or not).
    pub fn has_spatial_dissimilarity(&self) -> bool {
        self.figures
            .iter()
            .any(|f| f.index == "spatial_dissimilarity")
    }

    /// The report over time: one point per period.
    pub fn over_time(&self) -> Vec<TimePoint> {
        self.periods
            .iter()
            .map(|pc| {
                let p = pc.period.to_string();
                TimePoint {
                    areas: self
                        .figures
                        .iter()
                        .find(|f| f.period == p && f.family != Family::Change)
                        .map_or(0, |f| f.areas),
                    area_set: pc.area_set.clone(),
                    share_a: pc.share_a,
                    dissimilarity: self.value(&p, "dissimilarity"),
                    spatial_dissimilarity: self.value(&p, "spatial_dissimilarity"),
                    period: p,
                }
            })
            .collect()
    }

    /// The indices of `period` in `family` (two-group with the spatial ones, or
    /// multigroup); `None` when there are none.
    pub fn index_group(&self, period: &str, family: Family) -> Option<IndexGroup<'_>> {
        let rows: Vec<&Figure> = self
            .figures
            .iter()
            .filter(|f| {
                f.period == period
                    && (f.family == family
                        || (family == Family::TwoGroup && f.family == Family::Spatial))
            })
            .collect();
        let first = rows.first()?;
        let missing: Vec<&&Figure> = rows
            .iter()
            .filter(|f| f.family == Family::Spatial && f.value.is_none())
            .collect();
        let collapse = missing.len() > 1 && missing.iter().all(|f| f.note == missing[0].note);
        Some(IndexGroup {
            family,
            period: period.to_string(),
            areas: first.areas,
            area_set: first.area_set.clone(),
            unavailable: collapse
                .then(|| (missing.len(), missing[0].note.clone().unwrap_or_default())),
            figures: rows
                .iter()
                .copied()
                .filter(|f| !(collapse && f.family == Family::Spatial && f.value.is_none()))
                .collect(),
        })
    }

    /// The change between two periods, its decomposition and test.
    pub fn change(&self) -> Vec<&Figure> {
        self.figures
            .iter()
            .filter(|f| f.family == Family::Change)
            .collect()
    }

    /// The figures in long form (period, area set, areas, family, index, value, label,
    /// note), as CSV: the report for a spreadsheet.
    pub fn write_csv<W: std::io::Write>(&self, out: W) -> csv::Result<()> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record([
            "period", "area_set", "areas", "family", "index", "value", "label", "note",
        ])?;
        for f in &self.figures {
            w.write_record([
                f.period.clone(),
                f.area_set.clone(),
                f.areas.to_string(),
                f.family.as_str().to_string(),
                f.index.to_string(),
                f.value.map(|v| format!("{v}")).unwrap_or_default(),
                f.label.clone(),
                f.note.clone().unwrap_or_default(),
            ])?;
        }
        w.flush()?;
        Ok(())
    }
}

/// A period as the user wrote it.
pub fn parse_period(text: &str) -> Result<Period> {
    Ok(Period::parse(text.trim())?)
}

/// `FROM:TO` (`2015-S1:2020-S2`).
pub fn parse_change(text: &str) -> Result<(Period, Period)> {
    let (from, to) = text
        .split_once(':')
        .ok_or_else(|| NeighbourhoodError::ChangeSpan {
            given: text.to_string(),
        })?;
    Ok((parse_period(from)?, parse_period(to)?))
}

/// The two groups `A,B` of a report on `city`. In Berlin the nationals are Germans.
pub fn parse_group_pair(text: &str, city: &str) -> Result<(GroupSpec, GroupSpec)> {
    let groups: Vec<&str> = text.split(',').collect();
    let [a, b] = groups.as_slice() else {
        return Err(NeighbourhoodError::GroupPair {
            given: text.to_string(),
        });
    };
    let (a, mut b) = (GroupSpec::parse(a)?, GroupSpec::parse(b)?);
    if city == BERLIN && b.key == "citizen=NAT" {
        b.label = "Germans".into();
    }
    if a.key == b.key {
        return Err(NeighbourhoodError::SameGroups);
    }
    Ok((a, b))
}

/// The groups of a comma-separated multigroup list.
pub fn parse_group_list(text: &str) -> Result<Vec<GroupSpec>> {
    text.split(',').map(GroupSpec::parse).collect()
}

/// Computes the report asked for from the counts and boundaries in `store`.
pub fn segregation_report(store: &Store, req: &SegregationRequest) -> Result<SegregationReport> {
    let (code, level, a, b) = (&req.city_code, &req.level, &req.group_a, &req.group_b);
    let all = load_counts(
        store,
        code,
        &req.datasets,
        req.variable.as_deref(),
        level,
        None,
    )?;
    if all.is_empty() {
        return Err(NeighbourhoodError::NoCounts {
            city: req.city_name.clone(),
            code: code.clone(),
            level: level.name.clone(),
            datasets: req.datasets.join(", "),
            country: code.get(..2).unwrap_or("").to_string(),
        });
    }
    if let Some(p) = req.period
        && !all.iter().any(|c| c.period == p)
    {
        return Err(NeighbourhoodError::NoPeriod {
            period: p.to_string(),
            level: level.name.clone(),
            periods: all
                .iter()
                .map(|c| c.period.to_string())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect::<Vec<_>>()
                .join(", "),
        });
    }

    let mut notes: Vec<String> = Vec::new();
    let mut boundaries: HashMap<String, Option<Boundaries>> = HashMap::new();
    let mut boundary_notes: Vec<String> = Vec::new();
    for scheme in all
        .iter()
        .map(|c| c.scheme.clone())
        .collect::<BTreeSet<_>>()
    {
        let bd = Boundaries::load(store, code, &scheme)?;
        if let Some(bd) = &bd {
            boundary_notes.push(format!(
                "{}: {} ({}; {}), CRS {}; lengths and land areas in km, {}",
                scheme_label(&scheme),
                bd.set.label,
                bd.set.source,
                bd.set.licence,
                bd.set.crs,
                bd.units_note()
            ));
        }
        boundaries.insert(scheme, bd);
    }
    let schemes_in_use: BTreeSet<&str> = all.iter().map(|c| c.scheme.as_str()).collect();
    if schemes_in_use.contains("PLR") && schemes_in_use.contains("PLR2021") && req.period.is_none()
    {
        notes.push("Break in series: Berlin's LOR reform of 2021 replaced the 448 planning areas by 542 new ones; values before and after 2021 are not comparable.".into());
    }

    let selected: Vec<&PeriodCounts> = all
        .iter()
        .filter(|c| req.period.is_none_or(|p| c.period == p))
        .collect();
    let mut figures = two_group_figures(&selected, &boundaries, &req.indices, a, b, &mut notes);
    let multigroup_names = multigroup_figures(req, &selected, &mut figures, &mut notes)?;
    if let Some((from, to)) = req.change {
        figures.extend(change_figures(
            &all,
            from,
            to,
            a,
            b,
            req.replicates,
            &mut notes,
        )?);
    }

    let sources: BTreeSet<String> = selected
        .iter()
        .flat_map(|c| c.sources.iter().cloned())
        .collect();
    let periods = selected
        .iter()
        .map(|pc| PeriodSummary {
            period: pc.period,
            area_set: scheme_label(&pc.scheme),
            share_a: pair_counts(pc, a, b)
                .map(|(x, t, _)| 100.0 * x.iter().sum::<f64>() / t.iter().sum::<f64>()),
        })
        .collect();
    Ok(SegregationReport {
        city: req.city_name.clone(),
        code: code.clone(),
        group_a: a.clone(),
        group_b: b.clone(),
        level: level.name.clone(),
        multigroup_groups: multigroup_names,
        sources: sources.into_iter().collect(),
        boundaries: boundary_notes,
        figures,
        notes,
        periods,
    })
}

/// The two-group and spatial indices of every selected period.
fn two_group_figures(
    selected: &[&PeriodCounts],
    boundaries: &HashMap<String, Option<Boundaries>>,
    wanted: &[&'static IndexDef],
    a: &GroupSpec,
    b: &GroupSpec,
    notes: &mut Vec<String>,
) -> Vec<Figure> {
    let mut figures = Vec::new();
    let mut spatial_cache: HashMap<String, Result<SpatialInputs, Unavailable>> = HashMap::new();
    let mut dropped_noted = BTreeSet::new();
    for pc in selected {
        let area_set = scheme_label(&pc.scheme);
        let Some((x, t, kept)) = pair_counts(pc, a, b) else {
            notes.push(format!(
                "{}: no counts of {} or {} for the {}",
                pc.period, a.label, b.label, area_set
            ));
            continue;
        };
        if kept.len() < pc.areas.len() && dropped_noted.insert(pc.period) {
            notes.push(format!(
                "{}: {} of {} areas left out (a group's count is missing)",
                pc.period,
                pc.areas.len() - kept.len(),
                pc.areas.len()
            ));
        }
        let n = kept.len();
        // Spatial inputs for exactly these areas, in this order; computed once per area list.
        let sp: Result<&SpatialInputs, Unavailable> =
            match boundaries.get(&pc.scheme).and_then(Option::as_ref) {
                None => Err(Unavailable::NoBoundaries),
                Some(bd) => {
                    let codes: Vec<String> = kept.iter().map(|&i| pc.areas[i].clone()).collect();
                    let key = format!("{}|{}", pc.scheme, codes.join(","));
                    spatial_cache
                        .entry(key)
                        .or_insert_with(|| {
                            let geoms = bd.in_km(&codes);
                            let missing = geoms.iter().filter(|g| g.is_none()).count();
                            if missing > 0 {
                                return Err(Unavailable::MissingBoundaries {
                                    missing,
                                    areas: codes.len(),
                                });
                            }
                            spatial_inputs(&geoms.into_iter().flatten().collect::<Vec<_>>())
                        })
                        .as_ref()
                        .map_err(Unavailable::clone)
                }
            };
        for d in wanted
            .iter()
            .filter(|d| matches!(d.family, Family::TwoGroup | Family::Spatial))
        {
            let result = match (&sp, d.family) {
                (Err(why), Family::Spatial) => Err(why.clone()),
                (Ok(s), _) => two_group_value(d.name, &x, &t, Some(s)),
                (Err(_), _) => two_group_value(d.name, &x, &t, None),
            };
            figures.push(Figure {
                period: pc.period.to_string(),
                area_set: area_set.clone(),
                areas: n,
                family: d.family,
                index: d.name,
                label: d.label_for(&a.label, &b.label),
                value: result.as_ref().ok().copied(),
                note: result.err().map(|e| e.to_string()),
            });
        }
    }
    figures
}

/// The multigroup indices of every selected period; returns the groups' names.
fn multigroup_figures(
    req: &SegregationRequest,
    selected: &[&PeriodCounts],
    figures: &mut Vec<Figure>,
    notes: &mut Vec<String>,
) -> Result<Vec<String>> {
    // The groups (key, label), and the group whose remainder is "other" (Berlin's origins).
    let multigroup: Option<MultigroupGroups<'_>> = match &req.multigroup {
        Some(list) => Some((
            list.iter()
                .map(|s| (s.key.clone(), s.label.clone()))
                .collect(),
            None,
        )),
        None if req.city_code == BERLIN => Some((
            BERLIN_ORIGINS
                .iter()
                .map(|(k, l)| (k.to_string(), l.to_string()))
                .collect(),
            Some(BERLIN_ORIGINS_OF),
        )),
        None => None,
    };
    let want_multi: Vec<&&IndexDef> = req
        .indices
        .iter()
        .filter(|d| d.family == Family::Multigroup)
        .collect();
    let Some((groups, rest_of)) = &multigroup else {
        return Ok(Vec::new());
    };
    if want_multi.is_empty() {
        return Ok(Vec::new());
    }
    let mut names: Vec<String> = groups.iter().map(|(_, l)| l.clone()).collect();
    if rest_of.is_some() {
        names.push(BERLIN_OTHER_ORIGIN.into());
        notes.push(BERLIN_ORIGINS_NOTE.into());
    }
    for pc in selected {
        let cols: Option<Vec<&[Option<f64>]>> = groups.iter().map(|(k, _)| pc.group(k)).collect();
        let Some(cols) = cols else {
            notes.push(format!(
                "{}: multigroup indices left out (not every group is in the data)",
                pc.period
            ));
            continue;
        };
        let base = match rest_of {
            Some(k) => match pc.group(k) {
                Some(c) => Some(c),
                None => continue,
            },
            None => None,
        };
        let mut series: Vec<Vec<f64>> = vec![Vec::new(); cols.len() + usize::from(base.is_some())];
        let mut clamped = 0;
        for i in 0..pc.areas.len() {
            let row: Option<Vec<f64>> = cols.iter().map(|c| c[i]).collect();
            let Some(row) = row else { continue };
            let rest = match base {
                Some(bc) => match bc[i] {
                    Some(total) => {
                        let r = total - row.iter().sum::<f64>();
                        if r < 0.0 {
                            clamped += 1;
                        }
                        Some(r.max(0.0))
                    }
                    None => continue,
                },
                None => None,
            };
            for (k, v) in row.into_iter().chain(rest).enumerate() {
                series[k].push(v);
            }
        }
        if clamped > 0 {
            notes.push(format!(
                "{}: in {clamped} area(s) the regions of origin add up to more than the people with a migration background (rounding in the source); 'other' set to 0 there",
                pc.period
            ));
        }
        let slices: Vec<&[f64]> = series.iter().map(Vec::as_slice).collect();
        let counts = GroupCounts::new(&slices);
        for d in &want_multi {
            let (value, note) = match &counts {
                Ok(c) => (Some(multigroup_value(d.name, c)), None),
                Err(e) => (None, Some(e.to_string())),
            };
            figures.push(Figure {
                period: pc.period.to_string(),
                area_set: scheme_label(&pc.scheme),
                areas: series.first().map_or(0, Vec::len),
                family: Family::Multigroup,
                index: d.name,
                label: d.label.to_string(),
                value,
                note,
            });
        }
    }
    Ok(names)
}

/// The change of dissimilarity between two periods over the areas present and populated in
/// both, its decomposition into composition and redistribution, and a permutation test.
fn change_figures(
    all: &[PeriodCounts],
    from: Period,
    to: Period,
    a: &GroupSpec,
    b: &GroupSpec,
    replicates: usize,
    notes: &mut Vec<String>,
) -> Result<Vec<Figure>> {
    let find = |p: Period| {
        all.iter()
            .find(|c| c.period == p)
            .ok_or_else(|| NeighbourhoodError::NoChangePeriod {
                period: p.to_string(),
            })
    };
    let (c1, c2) = (find(from)?, find(to)?);
    if c1.scheme != c2.scheme {
        return Err(NeighbourhoodError::ChangeAcrossSets {
            from: from.to_string(),
            to: to.to_string(),
            set_from: scheme_label(&c1.scheme),
            set_to: scheme_label(&c2.scheme),
        });
    }
    let (x1, t1, k1) = pair_counts(c1, a, b).ok_or(NeighbourhoodError::ChangeGroups)?;
    let (x2, t2, k2) = pair_counts(c2, a, b).ok_or(NeighbourhoodError::ChangeGroups)?;
    let idx2: HashMap<&str, usize> = k2
        .iter()
        .enumerate()
        .map(|(j, &i)| (c2.areas[i].as_str(), j))
        .collect();
    let (mut gx1, mut gt1, mut gx2, mut gt2) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut left_out = 0;
    for (j1, &i1) in k1.iter().enumerate() {
        match idx2.get(c1.areas[i1].as_str()) {
            // An area empty in one period only would make D jump for no reason: leave it out.
            Some(&j2) if (t1[j1] > 0.0) == (t2[j2] > 0.0) => {
                gx1.push(x1[j1]);
                gt1.push(t1[j1]);
                gx2.push(x2[j2]);
                gt2.push(t2[j2]);
            }
            _ => left_out += 1,
        }
    }
    left_out += k2.len() - gx2.len().min(k2.len());
    if left_out > 0 {
        notes.push(format!(
            "Change {from}→{to}: {left_out} area(s) present or populated in only one of the two periods left out, so D of each period here can differ slightly from the figures above."
        ));
    }
    let dec = seg::decompose_dissimilarity_change(&gx1, &gt1, &gx2, &gt2)?;
    let test =
        seg::dissimilarity_change_test(&gx1, &gt1, &gx2, &gt2, replicates, PERMUTATION_SEED)?;
    let span = format!("{from}→{to}");
    let area_set = scheme_label(&c1.scheme);
    let n = gx1.len();
    let fig = |index: &'static str, label: String, value: f64| Figure {
        period: span.clone(),
        area_set: area_set.clone(),
        areas: n,
        family: Family::Change,
        index,
        label,
        value: Some(value),
        note: None,
    };
    Ok(vec![
        fig(
            "dissimilarity_start",
            format!("dissimilarity in {from}"),
            dec.start,
        ),
        fig("dissimilarity_end", format!("dissimilarity in {to}"), dec.end),
        fig(
            "change",
            "change in dissimilarity (later minus earlier)".into(),
            dec.change,
        ),
        fig(
            "composition",
            "part of the change due to composition (the groups' sizes and the areas' populations changed)".into(),
            dec.composition,
        ),
        fig(
            "redistribution",
            format!("part of the change due to redistribution ({} really living elsewhere relative to {})", a.label, b.label),
            dec.redistribution,
        ),
        fig(
            "p_value",
            format!(
                "p-value of the change (paired permutation test, {} relabellings, seed {}): small = unlikely by chance",
                test.replicates, test.seed
            ),
            test.p_value,
        ),
    ])
}

impl SegregationReport {
    /// The report as plain text: the trend over time, the latest indices with what they
    /// mean, the change between two periods, the notes.
    pub fn text(&self) -> String {
        let report = self;
        let mut s = String::new();
        let (a, b) = (&report.group_a, &report.group_b);
        let _ = writeln!(
            s,
            "{} ({}): where {} ({}) live compared with {} ({}), {}",
            report.city,
            report.code,
            a.label,
            if a.key.is_empty() { "all" } else { &a.key },
            b.label,
            if b.key.is_empty() { "all" } else { &b.key },
            report.level.replace('-', " ")
        );
        let _ = writeln!(s, "counts: {}", report.sources.join("; "));
        for bn in &report.boundaries {
            let _ = writeln!(s, "boundaries: {bn}");
        }
        s.push('\n');
        let periods = report.period_names();
        if periods.len() > 1 {
            let _ = writeln!(
                s,
                "Over time — dissimilarity: share of {} who would have to move for an even distribution",
                a.label
            );
            // A header naming the group; leaked once, this process prints and ends.
            let share_header = format!("share of {}", a.label);
            let with_spatial = report.has_spatial_dissimilarity();
            let mut header = vec![
                "period".to_string(),
                "areas".into(),
                share_header,
                "dissimilarity".into(),
            ];
            if with_spatial {
                header.push("spatial dissimilarity".into());
            }
            let mut t = Table::new(header);
            let index = |v: Option<f64>| v.map(fixed).unwrap_or_else(|| "–".into());
            for tp in report.over_time() {
                let mut row = vec![
                    tp.period,
                    format!("{} {}", tp.areas, tp.area_set),
                    tp.share_a.map(|s| format!("{s:.1}%")).unwrap_or_default(),
                    index(tp.dissimilarity),
                ];
                if with_spatial {
                    row.push(index(tp.spatial_dissimilarity));
                }
                t.push(row);
            }
            s.push_str(&t.render());
            if with_spatial {
                let _ = writeln!(s, "(–: no boundaries for this area set in the store)");
            }
            s.push('\n');
        }
        // Every index of the latest period shown (or the one asked for).
        let latest = periods.last().into_iter().flat_map(|last| {
            [
                (Family::TwoGroup, "Indices"),
                (Family::Multigroup, "Multigroup indices"),
            ]
            .into_iter()
            .filter_map(|(family, title)| Some((title, report.index_group(last, family)?)))
        });
        for (title, g) in latest {
            let _ = write!(s, "{title}, {}, {} {}", g.period, g.areas, g.area_set);
            if g.family == Family::Multigroup {
                let _ = write!(s, " — groups: {}", report.multigroup_groups.join(", "));
            }
            s.push('\n');
            let mut t = Table::new(vec!["index", "value", "what it means"]);
            if let Some((n, reason)) = &g.unavailable {
                t.push(vec![
                    format!("{n} spatial indices"),
                    "–".into(),
                    reason.clone(),
                ]);
            }
            for f in &g.figures {
                t.push(vec![
                    f.index.to_string(),
                    f.value.map(fixed).unwrap_or_else(|| "–".into()),
                    match &f.note {
                        Some(n) => format!("{} — {n}", f.label),
                        None => f.label.clone(),
                    },
                ]);
            }
            s.push_str(&t.render());
            s.push('\n');
        }
        let change = report.change();
        if let Some(first) = change.first() {
            let _ = writeln!(
                s,
                "Change {}, {} {}",
                first.period, first.areas, first.area_set
            );
            let mut t = Table::new(vec!["", "value", "what it means"]);
            for f in change {
                t.push(vec![
                    f.index.to_string(),
                    f.value.map(fixed).unwrap_or_default(),
                    f.label.clone(),
                ]);
            }
            s.push_str(&t.render());
            s.push('\n');
        }
        for n in &report.notes {
            let _ = writeln!(s, "note: {n}");
        }
        let _ = writeln!(
            s,
            "These indices describe how unevenly groups live across the city; they say nothing about any one neighbourhood or its residents."
        );
        s
    }
}

/// Index values with four decimals, so that a column of them lines up.
fn fixed(v: f64) -> String {
    format!("{v:.4}")
}
