//! Which stakeholder groups' results may be shown, and which count in the overall score.
//!
//! The rule of the issue: a group's results are shown only with at least `min_group`
//! respondents (5 by default, never below 3); below that, the group counts in the overall
//! score only. Taken literally, that gives a withheld group away whenever it is the only
//! one withheld: with groups weighted equally, overall = (A + B + C) / 3, and anyone who
//! sees A, B and the overall computes C = 3·overall − A − B. So a withheld group counts in
//! the overall only when the withheld groups *together* have at least `min_group`
//! respondents — what can then be computed back is a combination of several groups and at
//! least `min_group` people, never one group's answers. Otherwise the withheld groups are
//! left out of every figure, and the results say so. (This is secondary suppression, as in
//! statistical disclosure control: the overall would be the complementary cell.)

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The smallest `min_group` allowed: a group of two sees each other's answers.
pub const MIN_GROUP_FLOOR: usize = 3;
/// The default threshold of the issue.
pub const MIN_GROUP_DEFAULT: usize = 5;

/// What happens to a group's answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// At least `min_group` respondents: shown, and counted in the overall.
    Shown,
    /// Fewer: not shown; counted in the overall together with the other withheld groups.
    WithheldCounted,
    /// Fewer, and the withheld groups together too few: in no figure at all.
    WithheldLeftOut,
    /// Nobody of this group answered.
    NoRespondents,
}

impl Visibility {
    pub fn counted(self) -> bool {
        matches!(self, Visibility::Shown | Visibility::WithheldCounted)
    }
}

/// The decision for every group of the framework, in the framework's order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Disclosure {
    pub min_group: usize,
    pub groups: Vec<(String, usize, Visibility)>,
}

impl Disclosure {
    /// `respondents`: per group id, how many responded (groups absent: none).
    pub fn decide(
        group_ids: &[&str],
        respondents: &BTreeMap<String, usize>,
        min_group: usize,
    ) -> Disclosure {
        let min_group = min_group.max(MIN_GROUP_FLOOR);
        let n = |g: &str| respondents.get(g).copied().unwrap_or(0);
        let withheld_total: usize = group_ids
            .iter()
            .map(|g| n(g))
            .filter(|&k| k > 0 && k < min_group)
            .sum();
        let groups = group_ids
            .iter()
            .map(|g| {
                let k = n(g);
                let v = if k == 0 {
                    Visibility::NoRespondents
                } else if k >= min_group {
                    Visibility::Shown
                } else if withheld_total >= min_group {
                    Visibility::WithheldCounted
                } else {
                    Visibility::WithheldLeftOut
                };
                (g.to_string(), k, v)
            })
            .collect();
        Disclosure { min_group, groups }
    }

    pub fn visibility(&self, group: &str) -> Visibility {
        self.groups
            .iter()
            .find(|(g, _, _)| g == group)
            .map(|(_, _, v)| *v)
            .unwrap_or(Visibility::NoRespondents)
    }

    pub fn shown(&self) -> impl Iterator<Item = &str> {
        self.groups
            .iter()
            .filter(|(_, _, v)| *v == Visibility::Shown)
            .map(|(g, _, _)| g.as_str())
    }

    /// The sets of groups that leave-one-out robustness drops one at a time: each shown
    /// group alone, and the counted withheld groups together (dropping one of them alone
    /// and comparing with the full overall would give that group away).
    pub fn units(&self) -> Vec<Vec<String>> {
        let mut units: Vec<Vec<String>> = self.shown().map(|g| vec![g.to_string()]).collect();
        let withheld: Vec<String> = self
            .groups
            .iter()
            .filter(|(_, _, v)| *v == Visibility::WithheldCounted)
            .map(|(g, _, _)| g.clone())
            .collect();
        if !withheld.is_empty() {
            units.push(withheld);
        }
        units
    }

    /// What a reader is told about withheld groups, if anything.
    pub fn note(&self, title: impl Fn(&str) -> String) -> Option<String> {
        let of = |v: Visibility| -> Vec<String> {
            self.groups
                .iter()
                .filter(|(_, _, x)| *x == v)
                .map(|(g, _, _)| title(g))
                .collect()
        };
        let counted = of(Visibility::WithheldCounted);
        let left_out = of(Visibility::WithheldLeftOut);
        let m = self.min_group;
        match (counted.is_empty(), left_out.is_empty()) {
            (true, true) => None,
            (false, _) => Some(format!(
                "Groups with fewer than {m} respondents are not shown: {}. Together they have at least {m}, so they count in the overall figures.",
                counted.join(", ")
            )),
            (true, false) => Some(format!(
                "Groups with fewer than {m} respondents are not shown: {}. Together they have fewer than {m}, so they are left out of the overall figures too: counted there, their answers could be computed back from the groups shown.",
                left_out.join(", ")
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(pairs: &[(&str, usize)]) -> BTreeMap<String, usize> {
        pairs.iter().map(|(g, n)| (g.to_string(), *n)).collect()
    }

    #[test]
    fn a_lone_small_group_is_left_out_and_two_small_ones_count_together() {
        let ids = ["a", "b", "c", "d"];
        let d = Disclosure::decide(&ids, &counts(&[("a", 6), ("b", 5), ("c", 4)]), 5);
        assert_eq!(d.visibility("a"), Visibility::Shown);
        assert_eq!(d.visibility("b"), Visibility::Shown);
        assert_eq!(d.visibility("c"), Visibility::WithheldLeftOut);
        assert_eq!(d.visibility("d"), Visibility::NoRespondents);
        assert_eq!(
            d.units(),
            vec![vec!["a".to_string()], vec!["b".to_string()]]
        );

        let d = Disclosure::decide(&ids, &counts(&[("a", 6), ("c", 3), ("d", 2)]), 5);
        assert_eq!(d.visibility("c"), Visibility::WithheldCounted);
        assert_eq!(d.visibility("d"), Visibility::WithheldCounted);
        assert_eq!(
            d.units(),
            vec![
                vec!["a".to_string()],
                vec!["c".to_string(), "d".to_string()]
            ]
        );
    }

    #[test]
    fn the_threshold_never_goes_below_three() {
        let d = Disclosure::decide(&["a"], &counts(&[("a", 2)]), 1);
        assert_eq!(d.min_group, 3);
        assert_eq!(d.visibility("a"), Visibility::WithheldLeftOut);
    }
}
