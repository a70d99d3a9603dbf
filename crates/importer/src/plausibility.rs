//! Values no statistic can have, refused on the way in (issue 11, finding 10): a count
//! below zero, a count larger than the world's population, a period before 1800 or after
//! next year (unless the value is flagged `f`, forecast). Each refusal names the value and
//! what to do; the reader adds the file and the line, and the import keeps nothing.

use model::{Flag, Observation, Period};

/// The earliest year a value may be of: historical censuses go back far (Vienna's district
/// populations, bundled, start in 1869), a year 1200 is a typo.
pub const FIRST_YEAR: i32 = 1800;
/// More persons, households or permits than this is a typo (the world has about 8.2 bn).
pub const MAX_COUNT: f64 = 1e10;

/// Units that count things (persons, households, permits …), as the bundled sources and the
/// tidy template write them: their values are never negative.
fn is_count(unit: &str) -> bool {
    let u = unit.to_ascii_lowercase();
    [
        "person",
        "inhabitant",
        "resident",
        "household",
        "permit",
        "people",
        "number",
        "nr",
        "count",
    ]
    .iter()
    .any(|w| u == *w || u.contains(w) && *w != "nr")
}

fn year(p: Period) -> i32 {
    match p {
        Period::Year(y) | Period::HalfYear(y, _) | Period::Quarter(y, _) | Period::Month(y, _) => y,
    }
}

/// The current year, from the clock (UTC; a day off at New Year does not matter here).
fn this_year() -> i32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    1970 + (secs / 31_556_952) as i32
}

/// Refuses an implausible value with a message a person can act on.
pub fn check(o: &Observation) -> Result<(), String> {
    let y = year(o.period);
    let last = this_year() + 1;
    if y < FIRST_YEAR || (y > last && !o.flags.contains(Flag::Forecast)) {
        return Err(format!(
            "the period {} is outside {FIRST_YEAR}–{last}: check the year (a projection's values need the flag f, forecast)",
            o.period
        ));
    }
    if let Some(unit) = o.unit.as_deref().filter(|u| is_count(u)) {
        if o.value < 0.0 {
            return Err(format!("{} {unit}: a count cannot be below zero", o.value));
        }
        if o.value > MAX_COUNT {
            return Err(format!(
                "{} {unit}: more than live on Earth; check for a missing decimal separator or an extra digit",
                o.value
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(unit: &str, year: i32, value: f64) -> Observation {
        Observation {
            dataset: "d".into(),
            variable: "v".into(),
            geo: model::GeoCode::new("HR004C"),
            group: model::PopulationGroup::total(),
            breakdown: Default::default(),
            period: Period::Year(year),
            value,
            unit: Some(unit.into()),
            flags: model::Flags::NONE,
        }
    }

    #[test]
    fn impossible_values_are_refused_and_possible_ones_kept() {
        assert!(
            check(&obs("persons", 2023, -5.0))
                .unwrap_err()
                .contains("below zero")
        );
        assert!(
            check(&obs("persons", 2023, 1e26))
                .unwrap_err()
                .contains("more than live on Earth")
        );
        assert!(
            check(&obs("persons", 1200, 5.0))
                .unwrap_err()
                .contains("outside 1800")
        );
        assert!(
            check(&obs("persons", 2099, 5.0))
                .unwrap_err()
                .contains("outside 1800")
        );
        let mut f = obs("persons", 2099, 5.0);
        f.flags.insert(Flag::Forecast);
        assert!(check(&f).is_ok(), "a forecast may be of the future");
        assert!(
            check(&obs("pp", 2023, -5.0)).is_ok(),
            "a gap may be negative"
        );
        assert!(check(&obs("%", 2023, 54.0)).is_ok());
        assert!(check(&obs("persons", 2024, 96_313.0)).is_ok());
    }
}
