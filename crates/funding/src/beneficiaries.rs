//! Who receives the money: beneficiaries told apart by identifier where the list gives one
//! (`OIB:` in Croatia, `ICO:` in Slovakia) and otherwise by name once normalised (case,
//! accents, punctuation and legal forms dropped) — the second is a guess, and the review
//! says how many merges rest on it. Then the possible duplications: the same beneficiary
//! funded twice for the same action.

use crate::classify::{Placement, UNPLACED};
use crate::rules::Rules;
use model::names::fold;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use store::funding::StoredOperation;

/// A beneficiary's name for comparison: folded, without legal forms ("d.o.o.", "GmbH").
pub fn normalise(name: &str, legal_forms: &[String]) -> String {
    let mut text = format!(" {} ", fold(name));
    let mut forms: Vec<String> = legal_forms.iter().map(|f| fold(f)).collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    for f in forms.iter().filter(|f| !f.is_empty()) {
        let needle = format!(" {f} ");
        while text.contains(&needle) {
            text = text.replace(&needle, " ");
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the review of beneficiaries found.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Beneficiaries {
    pub operations: usize,
    /// Beneficiaries after merging by identifier and by normalised name.
    pub distinct: usize,
    /// Beneficiaries whose rows were merged by identifier (certain).
    pub merged_by_identifier: usize,
    /// Beneficiaries merged by a normalised name under different spellings (a guess):
    /// each with the spellings, so that a user can check them.
    pub merged_by_name: Vec<Vec<String>>,
}

/// Two operations that may fund the same action twice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Duplicate {
    pub first: i64,
    pub second: i64,
    pub beneficiary: String,
    pub field: String,
    /// "same identifier" or "same name once normalised".
    pub basis: String,
    /// Jaccard similarity of the operations' name words.
    pub name_similarity: f64,
}

/// Union-find over operations: one root per beneficiary.
struct Groups(Vec<usize>);

impl Groups {
    fn root(&mut self, i: usize) -> usize {
        let mut r = i;
        while self.0[r] != r {
            r = self.0[r];
        }
        self.0[i] = r;
        r
    }
    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            self.0[rb] = ra;
        }
    }
}

fn words(name: &str) -> BTreeSet<String> {
    fold(name).split_whitespace().map(str::to_string).collect()
}

fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

fn overlap(a: &model::FundedOperation, b: &model::FundedOperation) -> bool {
    match (&a.start, &a.end, &b.start, &b.end) {
        (Some(s1), Some(e1), Some(s2), Some(e2)) => s1 <= e2 && s2 <= e1,
        _ => false,
    }
}

/// Two rows of a list that are one project listed once per area (Croatia lists a project
/// in several counties once per county, with the full amount): not a duplication.
fn same_project(a: &model::FundedOperation, b: &model::FundedOperation) -> bool {
    a.rows_for_project > 1
        && a.list == b.list
        && a.name == b.name
        && a.total == b.total
        && a.start == b.start
        && a.end == b.end
}

/// Reviews the beneficiaries of `ops` (placed as `placements`, in the same order).
pub fn review(
    ops: &[&StoredOperation],
    placements: &[Placement],
    rules: &Rules,
) -> (Beneficiaries, Vec<Duplicate>) {
    let forms = &rules.duplication.legal_forms;
    let names: Vec<String> = ops
        .iter()
        .map(|s| normalise(&s.operation.beneficiary, forms))
        .collect();
    let mut groups = Groups((0..ops.len()).collect());
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    for (i, s) in ops.iter().enumerate() {
        let id = s.operation.beneficiary_id.trim();
        if !id.is_empty() {
            let first = *by_id.entry(id).or_insert(i);
            groups.join(first, i);
        }
        if !names[i].is_empty() {
            let first = *by_name.entry(names[i].as_str()).or_insert(i);
            groups.join(first, i);
        }
    }
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..ops.len() {
        let r = groups.root(i);
        members.entry(r).or_default().push(i);
    }
    let mut review = Beneficiaries {
        operations: ops.len(),
        distinct: members.len(),
        ..Default::default()
    };
    let mut duplicates = Vec::new();
    let mut roots: Vec<&usize> = members.keys().collect();
    roots.sort();
    for root in roots {
        let m = &members[root];
        let mut spellings: Vec<String> = m
            .iter()
            .map(|&i| ops[i].operation.beneficiary.trim().to_string())
            .collect();
        spellings.sort_by_key(|s| s.to_lowercase());
        spellings.dedup_by_key(|s| s.to_lowercase());
        let ids: BTreeSet<&str> = m
            .iter()
            .map(|&i| ops[i].operation.beneficiary_id.trim())
            .filter(|s| !s.is_empty())
            .collect();
        if m.len() > 1 && !ids.is_empty() {
            review.merged_by_identifier += 1;
        }
        if spellings.len() > 1 && ids.len() <= 1 && ids.len() < m.len() {
            review.merged_by_name.push(spellings.clone());
        }
        duplicates.extend(pairs(m, ops, placements, rules, &ids));
    }
    duplicates.sort_by_key(|d| (d.first, d.second));
    (review, duplicates)
}

/// The pairs of one beneficiary's operations that share a field, overlap in time and
/// have similar names.
fn pairs(
    m: &[usize],
    ops: &[&StoredOperation],
    placements: &[Placement],
    rules: &Rules,
    ids: &BTreeSet<&str>,
) -> Vec<Duplicate> {
    let min = rules.duplication.min_name_similarity;
    let word_sets: Vec<BTreeSet<String>> =
        m.iter().map(|&i| words(&ops[i].operation.name)).collect();
    let mut out = Vec::new();
    for (x, &i) in m.iter().enumerate() {
        for (y, &j) in m.iter().enumerate().skip(x + 1) {
            let (a, b) = (&ops[i].operation, &ops[j].operation);
            if !overlap(a, b) || same_project(a, b) {
                continue;
            }
            let (pa, pb) = (&placements[i], &placements[j]);
            if pa.outside || pb.outside {
                continue;
            }
            let Some(field) = pa
                .fields
                .iter()
                .find(|f| f.as_str() != UNPLACED && pb.fields.contains(f))
            else {
                continue;
            };
            let similarity = jaccard(&word_sets[x], &word_sets[y]);
            if similarity < min {
                continue;
            }
            let same_id = !a.beneficiary_id.is_empty() && a.beneficiary_id == b.beneficiary_id;
            out.push(Duplicate {
                first: ops[i].id,
                second: ops[j].id,
                beneficiary: a.beneficiary.clone(),
                field: field.clone(),
                basis: if same_id || (ids.len() == 1 && !a.beneficiary_id.is_empty()) {
                    "same identifier".into()
                } else {
                    "same name once normalised".into()
                },
                name_similarity: (similarity * 1000.0).round() / 1000.0,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_case_accents_punctuation_and_legal_forms() {
        let forms = vec!["d.o.o.".to_string(), "GmbH".to_string(), "e.V.".to_string()];
        assert_eq!(
            normalise("HŽ Infrastruktura d.o.o.", &forms),
            "hz infrastruktura"
        );
        assert_eq!(
            normalise("Hž infrastruktura D.O.O", &forms),
            "hz infrastruktura"
        );
        assert_eq!(normalise("Kiezküche GmbH", &forms), "kiezkuche");
        assert_eq!(normalise("Verein e. V.", &forms), "verein");
    }

    #[test]
    fn jaccard_of_word_sets() {
        let a = words("Kvalitetna integracija izbjeglica");
        let b = words("Integracija izbjeglica u Osijeku");
        // {integracija, izbjeglica} of {kvalitetna, integracija, izbjeglica, u, osijeku}
        assert!((jaccard(&a, &b) - 0.4).abs() < 1e-12);
    }
}
