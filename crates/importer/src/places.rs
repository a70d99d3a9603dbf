//! Turning what a user types ("Kosice", "praha", "SK004C") into a geography: the one set
//! of rules for the command line, the upload form and the web's search.

use crate::ImportError;
use model::Geography;
use model::names::{Lookup, lookup};
use store::Store;

/// Finds a place by code or by name (case- and accent-insensitive). Cities come first:
/// "Wien" is the city, not the greater city or the functional urban area of the same
/// name. Unknown or ambiguous names end in an error that lists suggestions.
pub fn resolve(store: &Store, query: &str) -> Result<Geography, ImportError> {
    let q = query.trim();
    if let Some(g) = store.geography(q)? {
        return Ok(g);
    }
    if let Some(g) = store.geography(&q.to_ascii_uppercase())? {
        return Ok(g);
    }
    let all = store.geographies(None, None)?;
    let aliases = other_names(&all);
    // Prefer, in order: cities, countries, then every other kind of place.
    let tiers: [&dyn Fn(&Geography) -> bool; 3] = [
        &|g| g.level == model::GeoLevel::City,
        &|g| g.level == model::GeoLevel::Country,
        &|_| true,
    ];
    let mut suggestions: Vec<Geography> = Vec::new();
    for tier in tiers {
        let candidates: Vec<(String, Geography)> = all
            .iter()
            .filter(|g| tier(g))
            .map(|g| (g.name.clone(), g.clone()))
            .chain(aliases.iter().filter(|(_, g)| tier(g)).cloned())
            .collect();
        match lookup(q, &candidates) {
            Lookup::Found(g) => return Ok(g),
            Lookup::Ambiguous(gs) => {
                return Err(ImportError::UnknownPlace(format!(
                    "'{q}' matches several places: {}. Give the code or the full name.",
                    list(&gs)
                )));
            }
            Lookup::NotFound(gs) => {
                for g in gs {
                    if !suggestions.iter().any(|s| s.code == g.code) {
                        suggestions.push(g);
                    }
                }
            }
        }
    }
    suggestions.truncate(5);
    if suggestions.is_empty() {
        Err(ImportError::UnknownPlace(format!(
            "no place called '{q}' in the store. `observatory list geographies --level city` lists the cities."
        )))
    } else {
        Err(ImportError::UnknownPlace(format!(
            "no place called '{q}'. Did you mean: {}?",
            list(&suggestions)
        )))
    }
}

fn list(gs: &[Geography]) -> String {
    gs.iter()
        .map(|g| format!("{} ({}, {})", g.name, g.code, g.level))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The other names of the catalogue (`places/names.toml`: "Prague" for Praha) of the places
/// in `all`: each once per place ("Vienna" is English and Italian), and none that is the
/// place's own name.
pub fn other_names(all: &[Geography]) -> Vec<(String, Geography)> {
    let names = &catalogue::active().place_names;
    let mut out: Vec<(String, Geography)> = Vec::new();
    for (alias, code) in names.aliases() {
        let Some(g) = all.iter().find(|g| g.code.as_str() == code) else {
            continue;
        };
        let folded = model::names::fold(alias);
        let repeated = out
            .iter()
            .any(|(a, o)| o.code == g.code && model::names::fold(a) == folded);
        if folded != model::names::fold(&g.name) && !repeated {
            out.push((alias.to_string(), g.clone()));
        }
    }
    out
}
