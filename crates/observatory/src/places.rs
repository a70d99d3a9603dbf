//! Turning what a user types ("Kosice", "praha", "SK004C") into a geography.

use model::Geography;
use model::names::{Lookup, lookup};
use store::Store;

/// Finds a place by code or by name (case- and accent-insensitive). Cities come first:
/// "Wien" is the city, not the greater city or the functional urban area of the same
/// name. Unknown or ambiguous names end in an error that lists suggestions.
pub fn resolve(store: &Store, query: &str) -> Result<Geography, String> {
    let q = query.trim();
    if let Some(g) = store.geography(q).map_err(|e| e.to_string())? {
        return Ok(g);
    }
    if let Some(g) = store
        .geography(&q.to_ascii_uppercase())
        .map_err(|e| e.to_string())?
    {
        return Ok(g);
    }
    let all = store.geographies(None, None).map_err(|e| e.to_string())?;
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
            .collect();
        match lookup(q, &candidates) {
            Lookup::Found(g) => return Ok(g),
            Lookup::Ambiguous(gs) => {
                return Err(format!(
                    "'{q}' matches several places: {}. Give the code or the full name.",
                    list(&gs)
                ));
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
        Err(format!(
            "no place called '{q}' in the store. `observatory list geographies --level city` lists the cities."
        ))
    } else {
        Err(format!(
            "no place called '{q}'. Did you mean: {}?",
            list(&suggestions)
        ))
    }
}

fn list(gs: &[Geography]) -> String {
    gs.iter()
        .map(|g| format!("{} ({}, {})", g.name, g.code, g.level))
        .collect::<Vec<_>>()
        .join("; ")
}
