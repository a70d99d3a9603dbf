//! The catalogue's texts as data: every text a reader sees from the catalogue, with the
//! message key its translations are found under (`catalogue/i18n/<lang>/catalogue.ftl`).
//! English is the catalogue file itself; there is no English `catalogue.ftl`.
//!
//! Keys are [`i18n::catalogue_key`] of these parts (a text's English is the field named):
//!
//! | parts                                        | English text                        |
//! |----------------------------------------------|-------------------------------------|
//! | `area`, id                                   | the area's `label` (areas.toml)      |
//! | `table`, dataset                             | the table's `name`                   |
//! | `table`, dataset, `source`                   | the table's `source`                 |
//! | `table`, dataset, `other_variables`          | `other_variables` (keeps `{code}`)   |
//! | `compare`, dataset                           | the table's `[compare] title`        |
//! | `variable`, dataset, code                    | a `[[variable]]`'s `label`           |
//! | `label`, code                                | catalogue.toml's `[labels]`          |
//! | `indicator`, id, `name` / `definition`       | the indicator's fields               |
//! | `feature`, name, `label` / `definition`      | peers/features.toml                  |
//! | `mapping`, id, `name` / `source`             | a source mapping's fields            |
//! | [`OutlookSeries::key_parts`]                 | outlook.toml's `label`               |
//! | `opinion`, id, `wording` / `answer` / `source` | peers/opinion.toml's `wording`, `answer_label`, `source` |
//! | `unit`, unit                                 | a unit written in words (see below)  |
//!
//! Units: every `unit` of tables, variables, compare views, indicators and features that
//! is written in words (`persons`, `per 1,000`, `% a year`); symbols and currency codes
//! (`%`, `EUR`) are the same in every language and have no key. One key per distinct
//! unit, whoever uses it.
//!
//! Texts are trimmed, as the web shows them. A translation of a text with a `{code}`
//! placeholder keeps it, written `{"{"}code{"}"}` in Fluent.

use crate::{Catalogue, OutlookSeries};
use i18n::catalogue_key;
use std::collections::BTreeSet;

/// Whether a unit is written in words (and so is translated): it has a lowercase letter.
/// `%`, `EUR` and `km²`-free symbols are not.
pub fn unit_in_words(unit: &str) -> bool {
    unit.chars().any(|c| c.is_lowercase())
}

impl OutlookSeries {
    /// The parts of its label's message key: `outlook`, dataset, variable, the group as
    /// stored (`all` when empty), and for a gap `gap` and the changed dimensions — what
    /// makes a series unique (two series of one table and group differ by `gap_to`).
    pub fn key_parts(&self) -> Vec<&str> {
        let mut parts = vec![
            "outlook",
            self.dataset.as_str(),
            self.variable.as_str(),
            if self.group.is_empty() {
                "all"
            } else {
                self.group.as_str()
            },
        ];
        if let Some(g) = &self.gap_to {
            parts.push("gap");
            parts.push(g.as_str());
        }
        parts
    }
}

impl Catalogue {
    /// Every text a reader sees from this catalogue, as (message key, English text), in
    /// the order of the table in [`crate::texts`]'s documentation; each key once.
    pub fn texts(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut units = BTreeSet::new();
        let mut unit = |u: &str| {
            let u = u.trim();
            if unit_in_words(u) {
                units.insert(u.to_string());
            }
        };
        let mut push = |parts: &[&str], text: &str| {
            out.push((catalogue_key(parts), text.trim().to_string()));
        };
        for a in &self.areas {
            push(&["area", &a.id], &a.label);
        }
        for t in &self.tables {
            let d = t.dataset.as_str();
            push(&["table", d], &t.name);
            if let Some(s) = &t.source {
                push(&["table", d, "source"], s);
            }
            if let Some(o) = &t.other_variables {
                push(&["table", d, "other_variables"], o);
            }
            if let Some(c) = &t.compare {
                push(&["compare", d], &c.title);
                unit(&c.unit);
            }
            for v in &t.variables {
                push(&["variable", d, &v.code], &v.label);
                if let Some(u) = &v.unit {
                    unit(u);
                }
            }
        }
        for (code, label) in &self.labels {
            push(&["label", code], label);
        }
        for i in &self.indicators {
            push(&["indicator", &i.id, "name"], &i.name);
            push(&["indicator", &i.id, "definition"], &i.definition);
            unit(&i.unit);
        }
        for f in &self.features {
            push(&["feature", &f.name, "label"], &f.label);
            push(&["feature", &f.name, "definition"], &f.definition);
            unit(&f.unit);
        }
        for m in &self.mappings {
            push(&["mapping", &m.id, "name"], &m.name);
            if let Some(s) = &m.source {
                push(&["mapping", &m.id, "source"], s);
            }
        }
        for s in &self.outlook {
            push(&s.key_parts(), &s.label);
        }
        for o in &self.opinion {
            push(&["opinion", &o.id, "wording"], &o.wording);
            push(&["opinion", &o.id, "answer"], &o.answer_label);
            push(&["opinion", &o.id, "source"], &o.source);
        }
        for u in &units {
            push(&["unit", u], u);
        }
        out
    }
}
