//! Where an operation goes in the matrix: its fields of action and target groups, and on
//! what grounds — stated by a city's register, read off the category of intervention, or
//! found in its name and summary with the vocabulary's words (the weakest ground, said so).

use crate::rules::Rules;
use model::FundedOperation;
use serde::Serialize;

/// The group column of operations that name no target group.
pub const NO_GROUP: &str = "no target group named";
/// The field row of operations that neither a category nor their text places.
pub const UNPLACED: &str = "not placed";

/// On what an operation's field rests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The city's register names the fields.
    Stated,
    /// The list's category of intervention.
    Category,
    /// Words of the operation's name and summary.
    Text,
    /// Nothing placed it.
    None,
}

impl Basis {
    pub fn label(self) -> &'static str {
        match self {
            Basis::Stated => "stated in the register",
            Basis::Category => "category of intervention",
            Basis::Text => "words of its name and summary",
            Basis::None => "not placed",
        }
    }
}

/// An operation's place in the matrix.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Placement {
    pub fields: Vec<String>,
    pub groups: Vec<String>,
    pub basis: Basis,
    /// Outside the fields of integration policy (by its category).
    pub outside: bool,
}

/// Places one operation. Categories were checked at import, so an unknown one here (a
/// mapping file changed since) counts as no category.
pub fn place(op: &FundedOperation, rules: &Rules) -> Placement {
    let text = format!("{} {} {}", op.name, op.summary, op.priority);
    let category = rules.category_of(&op.category).ok().flatten();
    let (mut fields, basis, outside) = if !op.fields.is_empty() {
        (op.fields.clone(), Basis::Stated, false)
    } else if let Some((_, c)) = category {
        (c.fields.clone(), Basis::Category, c.outside)
    } else {
        let found: Vec<String> = rules
            .vocabulary
            .areas_of(&text)
            .iter()
            .map(|t| t.name.clone())
            .collect();
        if found.is_empty() {
            (vec![UNPLACED.to_string()], Basis::None, false)
        } else {
            (found, Basis::Text, false)
        }
    };
    fields.dedup();
    let mut groups: Vec<String> = op.target_groups.clone();
    if let Some((_, c)) = category {
        groups.extend(c.groups.iter().cloned());
    }
    let words = practices::vocabulary::matching(&rules.group_words, &text);
    for t in rules.vocabulary.groups_of(&text).into_iter().chain(words) {
        groups.push(t.name.clone());
    }
    // In the vocabulary's order, once each.
    let order = |g: &String| {
        rules
            .vocabulary
            .target_group
            .iter()
            .position(|t| &t.name == g)
            .unwrap_or(usize::MAX)
    };
    groups.sort_by_key(order);
    groups.dedup();
    if groups.is_empty() {
        groups.push(NO_GROUP.to_string());
    }
    Placement {
        fields,
        groups,
        basis,
        outside,
    }
}
