//! Progress verdicts against examples worked out by hand, and the properties every verdict
//! keeps (no NaN, more improvement never a worse verdict, direction symmetry).

use foresight::progress::{Direction, Measure, Method, Point, Target, Verdict, assess, gap};
use proptest::prelude::*;

fn series(points: &[(f64, f64)]) -> Vec<Point> {
    points.iter().map(|&(t, v)| Point::new(t, v)).collect()
}

fn target(value: f64, year: f64) -> Option<Target> {
    Some(Target { value, year })
}

fn close(x: Option<f64>, expected: f64, tolerance: f64) {
    let x = x.expect("a number");
    assert!((x - expected).abs() < tolerance, "{x} is not {expected}");
}

// The employment rate rises from 60 % (2015); the target is 70 % by 2025. The pace
// required is (70/60)^(1/10) − 1 = exp(0.1541507/10) − 1 = 1.5534 % a year.

#[test]
fn on_track_towards_a_target() {
    // 60 → 66 in 5 years: (1.1)^(1/5) − 1 = exp(0.0953102/5) − 1 = 1.9245 % a year;
    // ratio 1.9245 / 1.5534 = 1.239 ≥ 95 %.
    let s = series(&[(2015.0, 60.0), (2018.0, 63.5), (2020.0, 66.0)]);
    let a = assess(&s, target(70.0, 2025.0), Direction::Up, Method::Eurostat);
    assert_eq!(a.verdict, Verdict::SignificantProgressTowardsTarget, "{a}");
    assert_eq!(a.measure, Some(Measure::GrowthRate));
    close(a.observed_growth, 0.019245, 1e-5);
    close(a.required_growth, 0.015534, 1e-5);
    close(a.ratio, 1.2389, 1e-3);
    let o = assess(&s, target(70.0, 2025.0), Direction::Up, Method::OpenSdg);
    assert_eq!(o.verdict, Verdict::OnTrack);
    assert_eq!(o.label, "on track");
}

#[test]
fn a_target_reached() {
    // 71 ≥ 70: Open SDG says "target achieved"; Eurostat's best class, with a note.
    let s = series(&[(2015.0, 60.0), (2020.0, 71.0)]);
    let o = assess(&s, target(70.0, 2025.0), Direction::Up, Method::OpenSdg);
    assert_eq!(o.verdict, Verdict::TargetAchieved);
    let e = assess(&s, target(70.0, 2025.0), Direction::Up, Method::Eurostat);
    assert_eq!(e.verdict, Verdict::SignificantProgressTowardsTarget);
    assert!(e.notes.iter().any(|n| n.contains("meets the target")));
}

#[test]
fn moderate_and_insufficient_progress() {
    // 60 → 63: (1.05)^(1/5) − 1 = exp(0.0487902/5) − 1 = 0.9806 %; ratio 0.631 (60–95 %).
    let s = series(&[(2015.0, 60.0), (2020.0, 63.0)]);
    let e = assess(&s, target(70.0, 2025.0), Direction::Up, Method::Eurostat);
    assert_eq!(e.verdict, Verdict::ModerateProgressTowardsTarget);
    close(e.ratio, 0.6312, 1e-3);
    let o = assess(&s, target(70.0, 2025.0), Direction::Up, Method::OpenSdg);
    assert_eq!(o.verdict, Verdict::AccelerationNeeded);
    assert_eq!(o.label, "progress made but acceleration needed");
    // 60 → 61: exp(0.0165293/5) − 1 = 0.3311 %; ratio 0.213 (0–60 %).
    let s = series(&[(2015.0, 60.0), (2020.0, 61.0)]);
    let e = assess(&s, target(70.0, 2025.0), Direction::Up, Method::Eurostat);
    assert_eq!(e.verdict, Verdict::InsufficientProgressTowardsTarget);
    close(e.ratio, 0.2131, 1e-3);
    let o = assess(&s, target(70.0, 2025.0), Direction::Up, Method::OpenSdg);
    assert_eq!(o.verdict, Verdict::LimitedProgress);
}

#[test]
fn movement_away_from_a_target() {
    // 60 → 58: exp(ln(58/60)/5) − 1 = exp(−0.0339016/5) − 1 = −0.6757 %; ratio −0.435.
    let s = series(&[(2015.0, 60.0), (2020.0, 58.0)]);
    let e = assess(&s, target(70.0, 2025.0), Direction::Up, Method::Eurostat);
    assert_eq!(e.verdict, Verdict::MovementAwayFromTarget);
    close(e.observed_growth, -0.006757, 1e-5);
    close(e.ratio, -0.435, 1e-3);
    let o = assess(&s, target(70.0, 2025.0), Direction::Up, Method::OpenSdg);
    assert_eq!(o.verdict, Verdict::Deterioration);
}

#[test]
fn a_falling_indicator() {
    // Unemployment 12 % (2015) → 9 % (2020), target 6 % by 2030.
    // Observed 0.75^(1/5) − 1 = exp(−0.2876821/5) − 1 = −5.5912 %;
    // required 0.5^(1/15) − 1 = exp(−0.6931472/15) − 1 = −4.5159 %;
    // ratio = d · observed / |required| = (−1)(−5.5912)/4.5159 = 1.238.
    let s = series(&[(2015.0, 12.0), (2020.0, 9.0)]);
    let e = assess(&s, target(6.0, 2030.0), Direction::Down, Method::Eurostat);
    assert_eq!(e.verdict, Verdict::SignificantProgressTowardsTarget);
    close(e.observed_growth, -0.055912, 1e-5);
    close(e.required_growth, -0.045159, 1e-5);
    close(e.ratio, 1.2381, 1e-3);
    let o = assess(&s, target(6.0, 2030.0), Direction::Down, Method::OpenSdg);
    assert_eq!(o.verdict, Verdict::OnTrack);
}

#[test]
fn without_a_target_the_methods_use_their_own_thresholds() {
    // 50 → 52 in 4 years: 1.04^(1/4) − 1 = exp(0.0392207/4) − 1 = 0.9853 % a year:
    // below Eurostat's 1 % (moderate progress), between Open SDG's 0.5 and 1.5 %.
    let s = series(&[(2016.0, 50.0), (2020.0, 52.0)]);
    let e = assess(&s, None, Direction::Up, Method::Eurostat);
    assert_eq!(e.verdict, Verdict::ModerateProgress);
    close(e.observed_growth, 0.009853, 1e-5);
    assert_eq!(
        assess(&s, None, Direction::Up, Method::OpenSdg).verdict,
        Verdict::AccelerationNeeded
    );
    // A rate that should fall rises 10 → 10.5 in 5 years: +0.9806 %, i.e. −0.98 % in the
    // desired direction: Eurostat moderate movement away (−1 … 0 %), Open SDG deterioration.
    let s = series(&[(2015.0, 10.0), (2020.0, 10.5)]);
    assert_eq!(
        assess(&s, None, Direction::Down, Method::Eurostat).verdict,
        Verdict::ModerateMovementAway
    );
    assert_eq!(
        assess(&s, None, Direction::Down, Method::OpenSdg).verdict,
        Verdict::Deterioration
    );
    // 10 → 11.5: +2.8346 % a year the wrong way: significant movement away.
    let s = series(&[(2015.0, 10.0), (2020.0, 11.5)]);
    assert_eq!(
        assess(&s, None, Direction::Down, Method::Eurostat).verdict,
        Verdict::SignificantMovementAway
    );
    // 50 → 55 in 5 years: exp(0.0953102/5) − 1 = 1.92 % ≥ 1.5 %: on track, significant.
    let s = series(&[(2015.0, 50.0), (2020.0, 55.0)]);
    assert_eq!(
        assess(&s, None, Direction::Up, Method::Eurostat).verdict,
        Verdict::SignificantProgress
    );
    assert_eq!(
        assess(&s, None, Direction::Up, Method::OpenSdg).verdict,
        Verdict::OnTrack
    );
}

/// Employment rates of third-country nationals and nationals, with standard errors.
fn tcn_and_nationals(tcn: &[(f64, f64)], nationals: &[(f64, f64)]) -> Vec<Point> {
    let a: Vec<Point> = tcn
        .iter()
        .map(|&(t, v)| Point::new(t, v).with_se(1.2))
        .collect();
    let b: Vec<Point> = nationals
        .iter()
        .map(|&(t, v)| Point::new(t, v).with_se(0.5))
        .collect();
    gap(&a, &b)
}

#[test]
fn a_gap_that_closes() {
    // TCN 55 vs nationals 70 in 2015 (gap −15), 60 vs 71 in 2020 (gap −11); 2017 only for
    // one group, so it is not in the gap. Size 15 → 11: exp(ln(11/15)/5) − 1 =
    // exp(−0.3101549/5) − 1 = −6.0146 % a year, +6.01 % in the desired direction.
    let g = tcn_and_nationals(
        &[(2015.0, 55.0), (2017.0, 57.0), (2020.0, 60.0)],
        &[(2015.0, 70.0), (2020.0, 71.0)],
    );
    assert_eq!(g.len(), 2);
    assert_eq!(g[0].value, -15.0);
    // SE of a difference: √(1.2² + 0.5²) = 1.3.
    close(g[0].se, 1.3, 1e-12);
    let e = assess(&g, None, Direction::Close, Method::Eurostat);
    assert_eq!(e.verdict, Verdict::SignificantProgress, "{e}");
    close(e.observed_growth, -0.060146, 1e-5);
    assert_eq!(
        assess(&g, None, Direction::Close, Method::OpenSdg).verdict,
        Verdict::OnTrack
    );
    // Δ = 4 points, SE √(1.3² + 1.3²) = 1.8385: z = 2.1757, Φ = 0.9852.
    close(e.probability, 0.9852, 1e-3);
    assert_eq!(e.distinguishable, Some(true));
    // Target: no gap by 2030. An exponential path never reaches 0, so the annual change is
    // compared: observed (11 − 15)/5 = −0.8, required (0 − 15)/15 = −1.0 a year: ratio 0.8.
    let e = assess(&g, target(0.0, 2030.0), Direction::Close, Method::Eurostat);
    assert_eq!(e.measure, Some(Measure::AbsoluteChange));
    close(e.ratio, 0.8, 1e-9);
    assert_eq!(e.verdict, Verdict::ModerateProgressTowardsTarget);
}

#[test]
fn a_gap_that_widens() {
    // −10 → −13: size 10 → 13, exp(ln 1.3/5) − 1 = exp(0.262364/5) − 1 = +5.387 % a year.
    let g = tcn_and_nationals(
        &[(2015.0, 60.0), (2020.0, 58.0)],
        &[(2015.0, 70.0), (2020.0, 71.0)],
    );
    let e = assess(&g, None, Direction::Close, Method::Eurostat);
    assert_eq!(e.verdict, Verdict::SignificantMovementAway);
    close(e.observed_growth, 0.053874, 1e-5);
    assert_eq!(
        assess(&g, None, Direction::Close, Method::OpenSdg).verdict,
        Verdict::Deterioration
    );
}

#[test]
fn a_gap_that_changes_sign_is_assessed_on_its_size_and_says_so() {
    // −4 → +1: the group behind is now ahead; size 4 → 1, 0.25^(1/5) − 1 = −24.21 % a year.
    let g = series(&[(2015.0, -4.0), (2018.0, -1.0), (2020.0, 1.0)]);
    let e = assess(&g, None, Direction::Close, Method::Eurostat);
    assert_eq!(e.verdict, Verdict::SignificantProgress);
    close(e.observed_growth, -0.242142, 1e-5);
    assert!(
        e.notes
            .iter()
            .any(|n| n.contains("changed sign between 2018 and 2020")),
        "{e}"
    );
}

#[test]
fn a_break_starts_a_new_segment() {
    // 60, 61, 62, then a break: 50 (b), 51, 52. Across the break it would look like a fall;
    // within 2018–2020, 50 → 52 in 2 years: 1.04^(1/2) − 1 = 1.9804 % a year.
    let mut s = series(&[
        (2015.0, 60.0),
        (2016.0, 61.0),
        (2017.0, 62.0),
        (2018.0, 50.0),
        (2019.0, 51.0),
        (2020.0, 52.0),
    ]);
    s[3].break_before = true;
    let e = assess(&s, None, Direction::Up, Method::Eurostat);
    assert_eq!(e.verdict, Verdict::SignificantProgress);
    assert_eq!(e.segment_start, Some(2018.0));
    assert_eq!(e.breaks, vec![2018.0]);
    close(e.observed_growth, 0.019804, 1e-5);
    assert!(
        e.notes
            .iter()
            .any(|n| n.contains("break in series in 2018")),
        "{e}"
    );
}

#[test]
fn one_value_after_a_break_gets_no_verdict() {
    let s = vec![
        Point::new(2015.0, 60.0),
        Point::new(2016.0, 61.0),
        Point::new(2017.0, 50.0).after_break(),
    ];
    for method in [Method::Eurostat, Method::OpenSdg] {
        let a = assess(&s, target(70.0, 2025.0), Direction::Up, method);
        assert_eq!(a.verdict, Verdict::NotAssessable);
        assert_eq!(a.label, "not assessable");
        assert!(
            a.notes
                .iter()
                .any(|n| n.contains("only one value since the break"))
        );
    }
    let one = assess(&s[..1], None, Direction::Up, Method::Eurostat);
    assert_eq!(one.verdict, Verdict::NotAssessable);
}

#[test]
fn large_standard_errors_flag_the_verdict_without_flipping_it() {
    // 60 (SE 2) → 61 (SE 2): Δ = 1, SE of the change √8 = 2.828, z = 0.3536, Φ(z) = 0.638:
    // the verdict stays "moderate progress" (0.33 % a year) but is flagged.
    let s = vec![
        Point::new(2015.0, 60.0).with_se(2.0),
        Point::new(2020.0, 61.0).with_se(2.0),
    ];
    let a = assess(&s, None, Direction::Up, Method::Eurostat);
    assert_eq!(a.verdict, Verdict::ModerateProgress);
    close(a.probability, 0.638, 2e-3);
    assert_eq!(a.distinguishable, Some(false));
    assert!(
        a.notes
            .iter()
            .any(|n| n.contains("not distinguishable from sampling noise")),
        "{a}"
    );
    // The same change with SE 0.3: z = 1/0.4243 = 2.357, Φ = 0.9908.
    let s = vec![
        Point::new(2015.0, 60.0).with_se(0.3),
        Point::new(2020.0, 61.0).with_se(0.3),
    ];
    let a = assess(&s, None, Direction::Up, Method::Eurostat);
    close(a.probability, 0.9908, 1e-3);
    assert_eq!(a.distinguishable, Some(true));
}

#[test]
fn a_crossing_series_without_target_says_why_it_has_no_verdict() {
    let s = series(&[(2015.0, -2.0), (2020.0, 3.0)]);
    let a = assess(&s, None, Direction::Up, Method::Eurostat);
    assert_eq!(a.verdict, Verdict::NotAssessable);
    assert!(a.notes.iter().any(|n| n.contains("set a target")));
}

#[test]
fn the_assessment_serialises_with_data_like_names() {
    let s = series(&[(2015.0, 60.0), (2020.0, 66.0)]);
    let a = assess(&s, target(70.0, 2025.0), Direction::Up, Method::OpenSdg);
    let json = serde_json::to_string(&a).unwrap();
    assert!(json.contains(r#""verdict":"on_track""#), "{json}");
    assert!(json.contains(r#""method":"open_sdg""#), "{json}");
    assert!(a.to_string().starts_with("verdict: on track (Open SDG"));
}

fn any_direction() -> impl Strategy<Value = Direction> {
    prop_oneof![
        Just(Direction::Up),
        Just(Direction::Down),
        Just(Direction::Close)
    ]
}

fn any_method() -> impl Strategy<Value = Method> {
    prop_oneof![Just(Method::Eurostat), Just(Method::OpenSdg)]
}

fn any_series() -> impl Strategy<Value = Vec<Point>> {
    prop::collection::vec(
        (
            -100.0f64..100.0,
            prop::option::of(0.0f64..5.0),
            prop::bool::weighted(0.15),
        ),
        0..8,
    )
    .prop_map(|v| {
        v.into_iter()
            .enumerate()
            .map(|(i, (value, se, b))| Point {
                period: 2010.0 + i as f64,
                value: if value.abs() < 1.0 { 0.0 } else { value },
                se,
                break_before: b,
            })
            .collect()
    })
}

proptest! {
    #[test]
    fn no_nan_anywhere(
        s in any_series(),
        t in prop::option::of((-100.0f64..100.0, 2005.0f64..2040.0)),
        direction in any_direction(),
        method in any_method(),
    ) {
        let target = t.map(|(value, year)| Target { value, year });
        let a = assess(&s, target, direction, method);
        for x in [a.observed_growth, a.required_growth, a.ratio, a.probability].into_iter().flatten() {
            prop_assert!(x.is_finite(), "{a:?}");
        }
        if let Some(p) = a.probability {
            prop_assert!((0.0..=1.0).contains(&p));
        }
        prop_assert!(!a.label.is_empty());
    }

    #[test]
    fn more_improvement_never_a_worse_verdict(
        base in 1.0f64..100.0,
        worse in 1.0f64..100.0,
        extra in 0.0f64..50.0,
        years in 1u8..10,
        t in prop::option::of((1.0f64..150.0, 1u8..20)),
        down in any::<bool>(),
        method in any_method(),
    ) {
        let direction = if down { Direction::Down } else { Direction::Up };
        let better = if down { (worse - extra).max(0.5) } else { worse + extra };
        let end = 2015.0 + f64::from(years);
        let target = t.map(|(value, y)| Target { value, year: end + f64::from(y) });
        let rank = |latest: f64| {
            assess(&series(&[(2015.0, base), (end, latest)]), target, direction, method)
                .verdict
                .rank()
        };
        prop_assert!(rank(better) >= rank(worse), "{:?} < {:?}", rank(better), rank(worse));
    }

    #[test]
    fn negating_values_and_direction_keeps_the_verdict(
        s in any_series(),
        t in prop::option::of((-100.0f64..100.0, 2012.0f64..2040.0)),
        up in any::<bool>(),
        method in any_method(),
    ) {
        let (d, flipped) = if up { (Direction::Up, Direction::Down) } else { (Direction::Down, Direction::Up) };
        let negated: Vec<Point> = s.iter().map(|p| Point { value: -p.value, ..*p }).collect();
        let target = t.map(|(value, year)| Target { value, year });
        let negated_target = target.map(|t| Target { value: -t.value, ..t });
        let a = assess(&s, target, d, method);
        let b = assess(&negated, negated_target, flipped, method);
        prop_assert_eq!(a.verdict, b.verdict);
    }
}
