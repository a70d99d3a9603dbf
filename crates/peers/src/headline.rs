//! The figure a profile leads with: a place's newest value of a series, unless Eurostat
//! marks that value as a break in the series (`b`) and it jumps so far from the year before
//! that it cannot be the same thing counted again. Berlin's 2024 population in
//! `urb_cpop1` is 317,050, flagged `b`, after 3,755,251 in 2023: the headline keeps 2023
//! and says why.

use model::{Flag, Observation, Period};

/// A jump larger than this share of the earlier value, at a break, starts another series.
pub const BREAK_JUMP: f64 = 0.25;

/// The headline value and, when the newest value was set aside, that value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Headline {
    pub value: f64,
    pub period: Period,
    /// The newer value left out (a break in the series with a jump beyond [`BREAK_JUMP`]).
    pub set_aside: Option<(f64, Period)>,
}

/// Whether a newest value starts another series rather than counting the same thing again:
/// flagged as a break, and more than [`BREAK_JUMP`] away from the value before it.
pub fn starts_another_series(newest: f64, is_break: bool, before: f64) -> bool {
    is_break && (newest - before).abs() / before.abs().max(f64::MIN_POSITIVE) > BREAK_JUMP
}

/// The headline of `observations` (one series, any order).
pub fn headline<'a>(observations: impl IntoIterator<Item = &'a Observation>) -> Option<Headline> {
    let mut obs: Vec<&Observation> = observations
        .into_iter()
        .filter(|o| o.value.is_finite())
        .collect();
    obs.sort_by_key(|o| o.period);
    let newest = obs.pop()?;
    let plain = Headline {
        value: newest.value,
        period: newest.period,
        set_aside: None,
    };
    let Some(before) = obs.last() else {
        return Some(plain);
    };
    if starts_another_series(
        newest.value,
        newest.flags.contains(Flag::Break),
        before.value,
    ) {
        return Some(Headline {
            value: before.value,
            period: before.period,
            set_aside: Some((newest.value, newest.period)),
        });
    }
    Some(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(year: i32, value: f64, flags: &str) -> Observation {
        Observation {
            dataset: "urb_cpop1".into(),
            variable: "DE1001V".into(),
            geo: model::GeoCode::new("DE001C"),
            group: model::PopulationGroup::total(),
            breakdown: Default::default(),
            period: Period::Year(year),
            value,
            unit: None,
            flags: model::Flags::parse(flags).unwrap_or(model::Flags::NONE),
        }
    }

    #[test]
    fn a_break_that_jumps_is_set_aside_and_an_ordinary_one_kept() {
        let berlin = [obs(2024, 317_050.0, "b"), obs(2023, 3_755_251.0, "")];
        let h = headline(&berlin).unwrap();
        assert_eq!((h.value, h.period), (3_755_251.0, Period::Year(2023)));
        assert_eq!(h.set_aside, Some((317_050.0, Period::Year(2024))));
        // A break of a few per cent (a census revision) is the newest figure.
        let revised = [obs(2023, 3_755_251.0, ""), obs(2024, 3_690_000.0, "b")];
        assert_eq!(headline(&revised).unwrap().value, 3_690_000.0);
        // A jump without a break flag is the data's: kept, not second-guessed.
        let jump = [obs(2023, 100.0, ""), obs(2024, 300.0, "")];
        assert_eq!(headline(&jump).unwrap().value, 300.0);
        assert_eq!(headline(&[obs(2024, 5.0, "b")]).unwrap().value, 5.0);
        assert!(headline(&[]).is_none());
    }
}
