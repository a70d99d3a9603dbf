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

/// A town outside the Urban Audit, as an administrator enters it: GISCO's LAU id, its
/// name, and its NUTS 3 region where known.
#[derive(Debug, Clone, Default)]
pub struct NewMunicipality {
    /// GISCO's LAU id: the country, an underscore and the national code (`IT_028…`).
    pub code: String,
    pub name: String,
    /// The NUTS 3 region (`ITH36`, Padova); empty: the country.
    pub region: String,
}

/// Where a municipality's LAU id comes from, for every message that asks for one.
const LAU_HINT: &str = "GISCO's LAU id: the country code, an underscore and the national municipality code (in Italy ISTAT's six digits, 028… in the province of Padova: IT_028…); Eurostat lists them at https://ec.europa.eu/eurostat/web/nuts/local-administrative-units";

/// Checks a new municipality against the store and returns its geography, changing
/// nothing: a known code, an unknown country, a region of another country or a name that
/// is empty or too long is refused with what to enter instead.
pub fn municipality(store: &Store, m: &NewMunicipality) -> Result<Geography, ImportError> {
    let code = model::GeoCode::new(m.code.trim().to_string());
    if code.level() != model::GeoLevel::Municipality || code.as_str().len() > 24 {
        return Err(ImportError::Invalid(format!(
            "'{}' is not a LAU id; enter {LAU_HINT}",
            m.code.trim()
        )));
    }
    let country = code.country().expect("a LAU id starts with its country");
    if store
        .geography(country.as_str())?
        .is_none_or(|g| g.level != model::GeoLevel::Country)
    {
        return Err(ImportError::Invalid(format!(
            "the store knows no country {country} (from '{code}'): the LAU id starts with the country's Eurostat code (EL for Greece, IT for Italy)"
        )));
    }
    let name = m.name.trim();
    if name.is_empty() || name.chars().count() > 120 || name.chars().any(char::is_control) {
        return Err(ImportError::Invalid(format!(
            "the municipality's name is {}: enter its official name (at most 120 characters), e.g. Rubano",
            if name.is_empty() {
                "empty"
            } else {
                "not a name"
            }
        )));
    }
    let region = m.region.trim();
    let parent = if region.is_empty() {
        country.clone()
    } else {
        let r = model::GeoCode::new(region.to_ascii_uppercase());
        if r.level() != model::GeoLevel::Nuts3 || r.country().as_ref() != Some(&country) {
            return Err(ImportError::Invalid(format!(
                "'{region}' is not a NUTS 3 region of {country}: enter five characters starting with {country} (ITH36 for the province of Padova), or leave it empty"
            )));
        }
        r
    };
    if let Some(old) = store.geography(code.as_str())? {
        return Err(ImportError::Invalid(format!(
            "the store already has {}: a place is added once",
            old.describe()
        )));
    }
    Ok(Geography {
        code,
        name: name.to_string(),
        level: model::GeoLevel::Municipality,
        country: Some(country),
        parent: Some(parent),
    })
}

/// Adds a municipality checked by [`municipality`], with its audit row (`place.add`).
pub fn add_municipality(
    store: &mut Store,
    actor: &str,
    m: &NewMunicipality,
) -> Result<Geography, ImportError> {
    let g = municipality(store, m)?;
    store.add_place(actor, &g)?;
    Ok(g)
}

/// The NUTS 3 regions the store's cities lie in, by country: the choices a form offers
/// for a new municipality's region (GISCO's city list links each city to one).
pub fn known_regions(store: &Store) -> Result<Vec<model::GeoCode>, ImportError> {
    let mut out: Vec<model::GeoCode> = store
        .geographies(Some(model::GeoLevel::City), None)?
        .into_iter()
        .filter_map(|g| g.parent)
        .filter(|p| p.level() == model::GeoLevel::Nuts3)
        .collect();
    out.sort();
    out.dedup();
    Ok(out)
}
