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

/// What a unit allows: counts are never negative, shares lie between 0 and 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Count,
    Share,
    Other,
}

/// The kind of a unit as the sources write it: Eurostat's codes (`PER`, `NR`, `HH`, `PC`,
/// `PC_POP` …), the tidy template's, or words (`persons`, `households`, `%`).
fn kind(unit: &str) -> Kind {
    let u = unit.trim().to_ascii_lowercase();
    // Eurostat unit codes, compared whole: `per` is persons, not a prefix of `percent`.
    const COUNT_CODES: [&str; 8] = ["per", "pers", "nr", "hh", "ths", "ths_per", "ths_hh", "num"];
    const COUNT_WORDS: [&str; 7] = [
        "person",
        "inhabitant",
        "resident",
        "household",
        "permit",
        "people",
        "count",
    ];
    // Shares of a whole: of the population, the active, individuals, households. Not
    // `pc_gdp` (debt may pass 100 % of GDP) nor `pch_*` (a change may be negative).
    const SHARE_CODES: [&str; 8] = [
        "%", "pc", "percent", "pc_pop", "pc_act", "pc_ind", "pc_hh", "pc_per",
    ];
    if COUNT_CODES.contains(&u.as_str()) || COUNT_WORDS.iter().any(|w| u.contains(w)) {
        Kind::Count
    } else if SHARE_CODES.contains(&u.as_str()) || u.starts_with("% of") {
        Kind::Share
    } else {
        Kind::Other
    }
}

/// Whether a variable counts a balance or a change (net migration `MIG_NET`, population
/// change): persons too, but these may be below zero.
fn is_balance(variable: &str) -> bool {
    const WORDS: [&str; 8] = [
        "net", "change", "balance", "saldo", "growth", "diff", "gap", "increase",
    ];
    variable
        .to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| WORDS.contains(&w))
}

/// No figure of a city or a country reaches this in any unit (the EU's GDP is about
/// 1.8 × 10¹³ EUR): a larger one is a typo or a broken file.
pub const MAX_ANY: f64 = 1e15;

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

/// Refuses an implausible value with a message a person can act on. A value without a
/// unit is judged by the unit the catalogue gives its variable (a tidy file may leave the
/// column out).
pub fn check(o: &Observation) -> Result<(), String> {
    let y = year(o.period);
    let last = this_year() + 1;
    if y < FIRST_YEAR || (y > last && !o.flags.contains(Flag::Forecast)) {
        return Err(format!(
            "the period {} is outside {FIRST_YEAR}–{last}: check the year (a projection's values need the flag f, forecast)",
            o.period
        ));
    }
    let unit = o.unit.clone().or_else(|| {
        catalogue::active()
            .variable_unit(&o.dataset, &o.variable)
            .map(str::to_string)
    });
    let shown = unit.as_deref().unwrap_or("(no unit)");
    let value = o.value;
    let kind = unit.as_deref().map(kind);
    if kind == Some(Kind::Count) && value > MAX_COUNT {
        return Err(format!(
            "{value} {shown}: more than live on Earth; check for a missing decimal separator or an extra digit"
        ));
    }
    if !value.is_finite() || value.abs() > MAX_ANY {
        return Err(format!(
            "{value} {shown}: no statistic of a place is this large; check for a missing decimal separator or an extra digit"
        ));
    }
    match kind {
        Some(Kind::Count) if value < 0.0 && !is_balance(&o.variable) => Err(format!(
            "{value} {shown}: a count cannot be below zero; check the sign"
        )),
        Some(Kind::Share) if !(0.0..=100.0).contains(&value) => Err(format!(
            "{value} {shown}: a share lies between 0 and 100; a share written as a fraction (0.25) is 25, a change in percentage points needs the unit pp"
        )),
        _ => Ok(()),
    }
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
        // Eurostat's unit codes, as the tidy template writes them.
        for (unit, value, refused) in [
            ("PER", -5.0, "below zero"),
            ("per", 1e26, "more than live on Earth"),
            ("NR", 2e10, "more than live on Earth"),
            ("HH", -1.0, "below zero"),
            ("PC", 101.0, "between 0 and 100"),
            ("PC_POP", -0.5, "between 0 and 100"),
            ("EUR", 1e26, "no statistic"),
            ("EUR", f64::NAN, "no statistic"),
        ] {
            let e = check(&obs(unit, 2023, value)).unwrap_err();
            assert!(e.contains(refused), "{unit} {value}: {e}");
        }
        let balance = |unit: &str, variable: &str, value: f64| {
            let mut o = obs(unit, 2023, value);
            o.variable = variable.into();
            check(&o)
        };
        assert!(
            balance("PER", "MIG_NET", -13.0).is_ok(),
            "net migration may be negative"
        );
        assert!(balance("PER", "population_change", -200.0).is_ok());
        assert!(balance("PER", "MIG_IN", -13.0).is_err(), "moves in may not");
        for (unit, value) in [
            ("PC_GDP", 180.0),
            ("PCH_PRE", -3.0),
            ("PC", 0.0),
            ("PC", 100.0),
            ("PER", 0.0),
            ("percentage points", -12.0),
        ] {
            assert!(check(&obs(unit, 2023, value)).is_ok(), "{unit} {value}");
        }
        assert!(check(&obs("persons", 2024, 96_313.0)).is_ok());
    }

    #[test]
    fn a_value_without_a_unit_is_judged_by_its_variables_unit_in_the_catalogue() {
        let mut o = obs("", 2023, -5.0);
        o.unit = None;
        o.variable = "DE1001V".into(); // population on 1 January: persons
        assert!(check(&o).unwrap_err().contains("below zero"));
        o.variable = "my_own_gap".into(); // unknown: no sign rule, only the size
        assert!(check(&o).is_ok());
        o.value = 1e26;
        assert!(check(&o).unwrap_err().contains("no statistic"));
    }
}
