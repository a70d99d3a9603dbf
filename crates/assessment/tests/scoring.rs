//! The scores, gaps, spreads and rank ranges of a small audit, computed by hand (the
//! arithmetic is in the comments), against what the crate computes. Test data: three
//! made-up stakeholder groups, no real city's answers.
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

use assessment::disclosure::Visibility;
use assessment::robustness::Span;
use assessment::scoring::{AreaResult, AuditResults, GroupScore, score};
use assessment::{Answer, Framework, Response, Settings};

/// Three focal points: F1 = q1, q2; F2 = q3, q4 (weight 2); F3 = q5, q6.
/// Principles: pa = q1, q2, q4, q6; pb = q2, q3, q5.
const SMALL: &str = r#"
id = "test-small"
version = "1"
title = "A small framework for a hand-computed test"
source = "test"

[[principles]]
id = "pa"
title = "Principle A"

[[principles]]
id = "pb"
title = "Principle B"

[[groups]]
id = "g1"
title = "Administration"

[[groups]]
id = "g2"
title = "Civil society"

[[groups]]
id = "g3"
title = "Migrants"

[priorities]
question = "How important?"
scale = [
  { value = 1, label = "not important at all" },
  { value = 2, label = "2" },
  { value = 3, label = "3" },
  { value = 4, label = "4" },
  { value = 5, label = "very important" },
]

[[focal_points]]
id = "F1"
number = 1
title = "First"
key_question = "?"

[[focal_points.questions]]
id = "q1"
text = "Q1"
principles = ["pa"]
options = [{ score = 0, text = "no" }, { score = 50, text = "partly" }, { score = 100, text = "yes" }]

[[focal_points.questions]]
id = "q2"
text = "Q2"
principles = ["pa", "pb"]
options = [{ score = 0, text = "no" }, { score = 50, text = "partly" }, { score = 100, text = "yes" }]

[[focal_points]]
id = "F2"
number = 2
title = "Second"
key_question = "?"

[[focal_points.questions]]
id = "q3"
text = "Q3"
principles = ["pb"]
options = [{ score = 0, text = "no" }, { score = 50, text = "partly" }, { score = 100, text = "yes" }]

[[focal_points.questions]]
id = "q4"
text = "Q4"
weight = 2
principles = ["pa"]
options = [{ score = 0, text = "no" }, { score = 50, text = "partly" }, { score = 100, text = "yes" }]

[[focal_points]]
id = "F3"
number = 3
title = "Third"
key_question = "?"

[[focal_points.questions]]
id = "q5"
text = "Q5"
principles = ["pb"]
options = [{ score = 0, text = "no" }, { score = 50, text = "partly" }, { score = 100, text = "yes" }]

[[focal_points.questions]]
id = "q6"
text = "Q6"
principles = ["pa"]
options = [{ score = 0, text = "no" }, { score = 50, text = "partly" }, { score = 100, text = "yes" }]
"#;

fn framework() -> Framework {
    Framework::parse(SMALL, "test-small.toml").unwrap()
}

/// One respondent: answers to q1…q6 as scores (0, 50, 100), `D` don't know, `-` none.
fn r(group: &str, answers: [&str; 6]) -> Response {
    let mut out = Response {
        group: group.into(),
        ..Default::default()
    };
    for (i, a) in answers.iter().enumerate() {
        let answer = match *a {
            "0" => Answer::Option(0),
            "50" => Answer::Option(1),
            "100" => Answer::Option(2),
            "D" => Answer::DontKnow,
            _ => continue,
        };
        out.answers.insert(format!("q{}", i + 1), answer);
    }
    out
}

/// Twenty responses. Per group and question, the means these give:
///
/// ```text
///        q1           q2    q3            q4     q5               q6
/// g1 (8) 87.5         75    50            12.5   50 (2 don't know) 50
/// g2 (6) 50           25    100 (1 dk)    50     33.333            50
/// g3 (6) 0 (2 dk)     50    75            100    50                50
/// ```
/// g1 q1 = (6·100 + 2·50)/8 = 700/8 = 87.5; q2 = (4·100 + 4·50)/8 = 75; q4 = 100/8 = 12.5;
/// q5 = (2·100 + 2·0 + 2·50)/6 = 50. g2 q1 = (2·100 + 2·50 + 2·0)/6 = 50; q2 = 3·50/6 = 25;
/// q3 = 5·100/5 = 100; q4 = 3·100/6 = 50; q5 = 2·100/6 = 33.333. g3 q1 = 0/4 = 0;
/// q3 = (3·100 + 3·50)/6 = 75; q5 = 3·100/6 = 50.
fn responses() -> Vec<Response> {
    vec![
        r("g1", ["100", "100", "50", "100", "100", "50"]),
        r("g1", ["100", "100", "50", "0", "100", "50"]),
        r("g1", ["100", "100", "50", "0", "0", "50"]),
        r("g1", ["100", "100", "50", "0", "0", "50"]),
        r("g1", ["100", "50", "50", "0", "50", "50"]),
        r("g1", ["100", "50", "50", "0", "50", "50"]),
        r("g1", ["50", "50", "50", "0", "D", "50"]),
        r("g1", ["50", "50", "50", "0", "D", "50"]),
        r("g2", ["100", "50", "100", "100", "100", "50"]),
        r("g2", ["100", "50", "100", "100", "100", "50"]),
        r("g2", ["50", "50", "100", "100", "0", "50"]),
        r("g2", ["50", "0", "100", "0", "0", "50"]),
        r("g2", ["0", "0", "100", "0", "0", "50"]),
        r("g2", ["0", "0", "D", "0", "0", "50"]),
        r("g3", ["0", "50", "100", "100", "100", "50"]),
        r("g3", ["0", "50", "100", "100", "100", "50"]),
        r("g3", ["0", "50", "100", "100", "100", "50"]),
        r("g3", ["0", "50", "50", "100", "0", "50"]),
        r("g3", ["D", "50", "50", "100", "0", "50"]),
        r("g3", ["D", "50", "50", "100", "0", "50"]),
    ]
}

fn close(a: Option<f64>, b: f64) {
    let a = a.unwrap_or_else(|| panic!("no value where {b} was expected"));
    assert!((a - b).abs() < 1e-9, "{a} is not {b}");
}

fn group<'a>(by: &'a [GroupScore], id: &str) -> &'a GroupScore {
    by.iter().find(|g| g.group == id).unwrap()
}

fn settings(min_group: usize) -> Settings {
    Settings {
        min_group,
        extremes: 2,
        ..Settings::default()
    }
}

fn area<'a>(res: &'a AuditResults, id: &str) -> &'a AreaResult {
    res.focal_points
        .iter()
        .chain(&res.principles)
        .find(|a| a.id == id)
        .unwrap()
}

#[test]
fn question_scores_are_means_of_the_options_without_dont_know() {
    let res = score(&framework(), &responses(), &settings(5));
    assert_eq!(res.respondents, 20);
    let q1 = res.question("q1").unwrap();
    close(group(&q1.by_group, "g1").score, 87.5);
    close(group(&q1.by_group, "g2").score, 50.0);
    close(group(&q1.by_group, "g3").score, 0.0);
    assert_eq!(group(&q1.by_group, "g3").respondents, 4);
    assert_eq!(group(&q1.by_group, "g3").dont_know, 2);
    // Overall: groups weigh equally. q1 = (87.5 + 50 + 0)/3 = 45.8333;
    // q2 = (75 + 25 + 50)/3 = 50; q3 = (50 + 100 + 75)/3 = 75;
    // q4 = (12.5 + 50 + 100)/3 = 54.1667; q5 = (50 + 33.333 + 50)/3 = 44.4444; q6 = 50.
    close(q1.overall, 137.5 / 3.0);
    close(res.question("q2").unwrap().overall, 50.0);
    close(res.question("q3").unwrap().overall, 75.0);
    close(res.question("q4").unwrap().overall, 162.5 / 3.0);
    close(res.question("q5").unwrap().overall, 400.0 / 9.0);
    close(res.question("q6").unwrap().overall, 50.0);
    // Counts: q1 answered 8 + 6 + 4 = 18, 2 don't know; q3 8 + 5 + 6 = 19, 1.
    assert_eq!((q1.answered, q1.dont_know), (18, 2));
    let q3 = res.question("q3").unwrap();
    assert_eq!((q3.answered, q3.dont_know), (19, 1));
}

#[test]
fn focal_points_and_principles_are_weighted_means_of_their_questions() {
    let res = score(&framework(), &responses(), &settings(5));
    // Per group. F1 = (q1 + q2)/2: g1 (87.5 + 75)/2 = 81.25; g2 (50 + 25)/2 = 37.5;
    // g3 (0 + 50)/2 = 25. F2 = (q3 + 2·q4)/3: g1 (50 + 25)/3 = 25; g2 (100 + 100)/3 =
    // 66.667; g3 (75 + 200)/3 = 91.667. F3 = (q5 + q6)/2: g1 50; g2 41.667; g3 50.
    let f1 = area(&res, "F1");
    close(group(&f1.by_group, "g1").score, 81.25);
    close(group(&f1.by_group, "g2").score, 37.5);
    close(group(&f1.by_group, "g3").score, 25.0);
    let f2 = area(&res, "F2");
    close(group(&f2.by_group, "g1").score, 25.0);
    close(group(&f2.by_group, "g2").score, 200.0 / 3.0);
    close(group(&f2.by_group, "g3").score, 275.0 / 3.0);
    let f3 = area(&res, "F3");
    close(group(&f3.by_group, "g2").score, 125.0 / 3.0);
    // Overall from the overall question scores: F1 = (45.833 + 50)/2 = 287.5/6 = 47.917
    // (the same as the mean of the groups' F1, (81.25 + 37.5 + 25)/3, as every group
    // answered both questions); F2 = (75 + 2·54.167)/3 = 550/9 = 61.111;
    // F3 = (44.444 + 50)/2 = 850/18 = 47.222.
    close(f1.overall, 287.5 / 6.0);
    close(f2.overall, 550.0 / 9.0);
    close(f3.overall, 850.0 / 18.0);
    // Principles. pa = (q1 + q2 + 2·q4 + q6)/5: g1 (87.5 + 75 + 25 + 50)/5 = 47.5;
    // g2 (50 + 25 + 100 + 50)/5 = 45; g3 (0 + 50 + 200 + 50)/5 = 60; overall
    // (45.833 + 50 + 108.333 + 50)/5 = 50.833. pb = (q2 + q3 + q5)/3: g1 175/3 = 58.333;
    // g2 (25 + 100 + 33.333)/3 = 52.778; g3 175/3; overall (50 + 75 + 44.444)/3 = 1525/27.
    let pa = area(&res, "pa");
    close(group(&pa.by_group, "g1").score, 47.5);
    close(group(&pa.by_group, "g2").score, 45.0);
    close(group(&pa.by_group, "g3").score, 60.0);
    close(pa.overall, 762.5 / 15.0);
    let pb = area(&res, "pb");
    close(group(&pb.by_group, "g2").score, 475.0 / 9.0);
    close(pb.overall, 1525.0 / 27.0);
}

#[test]
fn perception_gaps_are_flagged_from_25_points_with_the_spread_within_groups() {
    let res = score(&framework(), &responses(), &settings(5));
    // F1: g1 81.25 − g3 25 = 56.25, flagged.
    let f1 = area(&res, "F1").gap.clone().unwrap();
    assert_eq!((f1.high.as_str(), f1.low.as_str()), ("g1", "g3"));
    assert!((f1.difference - 56.25).abs() < 1e-9 && f1.flagged);
    // F2: g3 91.667 − g1 25 = 66.667, flagged.
    let f2 = area(&res, "F2").gap.clone().unwrap();
    assert_eq!((f2.high.as_str(), f2.low.as_str()), ("g3", "g1"));
    assert!((f2.difference - 200.0 / 3.0).abs() < 1e-9 && f2.flagged);
    // F3: g1 50 (the first of the equal g1 and g3) − g2 41.667 = 8.333: not flagged.
    let f3 = area(&res, "F3").gap.clone().unwrap();
    assert_eq!((f3.high.as_str(), f3.low.as_str()), ("g1", "g2"));
    assert!((f3.difference - 25.0 / 3.0).abs() < 1e-9 && !f3.flagged);
    // pa: g3 60 − g2 45 = 15, not flagged.
    let pa = area(&res, "pa").gap.clone().unwrap();
    assert!((pa.difference - 15.0).abs() < 1e-9 && !pa.flagged);
    // Spread of F1 within groups, from each respondent's own (q1 + q2)/2:
    // g1: 100, 100, 100, 100, 75, 75, 50, 50; mean 81.25; squared deviations
    //     4·18.75² + 2·6.25² + 2·31.25² = 1406.25 + 78.125 + 1953.125 = 3437.5;
    //     sd = √(3437.5/7) = 22.160.
    // g2: 75, 75, 50, 25, 0, 0; mean 37.5; 4·37.5² + 2·12.5² = 5937.5; sd = √(5937.5/5).
    // g3: 25, 25, 25, 25, 50, 50 (the last two answered only q2); mean 33.333;
    //     4·8.333² + 2·16.667² = 833.33; sd = √(833.33/5) = 12.910.
    let f1 = area(&res, "F1");
    close(group(&f1.by_group, "g1").spread, (3437.5f64 / 7.0).sqrt());
    close(group(&f1.by_group, "g2").spread, (5937.5f64 / 5.0).sqrt());
    close(
        group(&f1.by_group, "g3").spread,
        (2500.0f64 / 3.0 / 5.0).sqrt(),
    );
    assert_eq!(group(&f1.by_group, "g3").respondents, 6);
    assert_eq!(group(&f1.by_group, "g3").dont_know, 2);
}

#[test]
fn rank_ranges_under_weights_and_groups_left_out() {
    let res = score(&framework(), &responses(), &settings(5));
    // Ranks: F2 61.111 → 1, F1 47.917 → 2, F3 47.222 → 3.
    let rank = |id: &str| area(&res, id).rank.unwrap();
    assert_eq!((rank("F1"), rank("F2"), rank("F3")), (2, 1, 3));
    // Weights ±20%, all at once (bounds of each focal point's weighted mean):
    //   F1 = q1 45.833, q2 50 (w 1, 1): max (0.8·45.833 + 1.2·50)/2 = 48.333,
    //        min (1.2·45.833 + 0.8·50)/2 = 47.5.
    //   F2 = q3 75 (w 1), q4 54.167 (w 2): max (1.2·75 + 1.6·54.167)/2.8 = 63.095,
    //        min (0.8·75 + 2.4·54.167)/3.2 = 59.375.
    //   F3 = q5 44.444, q6 50: max (0.8·44.444 + 1.2·50)/2 = 47.778, min 46.667.
    // F1 best: others whose minimum beats 48.333: F2 → 2; worst: others whose maximum
    // beats 47.5: F2, F3 (47.778) → 3. F2: (1, 1). F3 best: minimum above 47.778: F2 only
    // (F1's 47.5 is not) → 2; worst: maximum above 46.667: F1, F2 → 3.
    let rr = |id: &str| area(&res, id).robustness.unwrap();
    let span = |best, worst| Span { best, worst };
    assert_eq!(rr("F1").weights, span(2, 3));
    assert_eq!(rr("F2").weights, span(1, 1));
    assert_eq!(rr("F3").weights, span(2, 3));
    // One group left out at a time:
    //   without g1 (g2, g3): q1 25, q2 37.5, q3 87.5, q4 75, q5 41.667, q6 50 →
    //     F1 31.25, F2 (87.5 + 150)/3 = 79.167, F3 45.833 → ranks F2 1, F3 2, F1 3;
    //   without g2 (g1, g3): q1 43.75, q2 62.5, q3 62.5, q4 56.25, q5 50, q6 50 →
    //     F1 53.125, F2 (62.5 + 112.5)/3 = 58.333, F3 50 → F2 1, F1 2, F3 3;
    //   without g3 (g1, g2): q1 68.75, q2 50, q3 75, q4 31.25, q5 41.667, q6 50 →
    //     F1 59.375, F2 (75 + 62.5)/3 = 45.833, F3 (41.667 + 50)/2 = 45.833 →
    //     F1 1, F2 and F3 share 2.
    // F1: 2 (all), 3, 2, 1 → (1, 3); F2: 1, 1, 1, 2 → (1, 2); F3: 3, 2, 3, 2 → (2, 3).
    assert_eq!(rr("F1").groups, span(1, 3));
    assert_eq!(rr("F2").groups, span(1, 2));
    assert_eq!(rr("F3").groups, span(2, 3));
    assert_eq!(rr("F1").left_out, 3);
    // Together.
    assert_eq!(rr("F1").overall, span(1, 3));
    assert_eq!(rr("F2").overall, span(1, 2));
    assert_eq!(rr("F3").overall, span(2, 3));
}

#[test]
fn bottlenecks_and_opportunities_are_the_lowest_and_highest_questions() {
    let res = score(&framework(), &responses(), &settings(5));
    // Overall: q5 44.444 < q1 45.833 < q2 = q6 50 < q4 54.167 < q3 75.
    let ids = |v: &[assessment::scoring::Extreme]| {
        v.iter().map(|e| e.question.clone()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&res.bottlenecks), ["q5", "q1"]);
    assert_eq!(ids(&res.opportunities), ["q3", "q4"]);
}

#[test]
fn a_small_group_alone_is_shown_nowhere_and_not_counted() {
    // g3 with 4 respondents (the last two dropped): fewer than 5, and the only group
    // withheld, so counting it would give it away (with three groups weighted equally,
    // C = 3·overall − A − B). It is left out: the overall is that of g1 and g2, i.e. the
    // "without g3" figures above: F1 59.375, F2 45.833, F3 45.833.
    let mut rs = responses();
    rs.truncate(18);
    let mut commented = r("g3", ["0", "50", "50", "100", "0", "50"]);
    commented
        .comments
        .insert("q1".into(), "a comment of a small group".into());
    rs[17] = commented;
    let res = score(&framework(), &rs, &settings(5));
    let g3 = res.groups.iter().find(|g| g.id == "g3").unwrap();
    assert_eq!(
        (g3.respondents, g3.visibility),
        (4, Visibility::WithheldLeftOut)
    );
    assert!(res.note.as_deref().unwrap().contains("Migrants"));
    for a in res.focal_points.iter().chain(&res.principles) {
        assert!(a.by_group.iter().all(|g| g.group != "g3"), "{}", a.id);
    }
    for q in &res.questions {
        assert!(q.by_group.iter().all(|g| g.group != "g3"), "{}", q.id);
    }
    close(area(&res, "F1").overall, 59.375);
    close(area(&res, "F2").overall, 137.5 / 3.0);
    close(area(&res, "F3").overall, 275.0 / 6.0);
    // The comment is kept for the city's page, without its group.
    let c = &res.comments[0].comments[0];
    assert_eq!(
        (c.text.as_str(), c.group.as_deref()),
        ("a comment of a small group", None)
    );
    // Published: no comments, and nothing of g3 — not its name, not its count (18
    // responses, but the public total is g1's 8 and g2's 6).
    let public = res.public();
    assert!(public.comments.is_empty());
    assert_eq!(public.respondents, 14);
    assert!(public.groups.iter().all(|g| g.id != "g3"));
    assert!(!public.note.as_deref().unwrap().contains("Migrants"));
    assert!(!serde_json::to_string(&public).unwrap().contains("g3"));
    // Rank ranges over g1 and g2 only: base F1 1, F2 2, F3 2 (equal);
    // without g1: F1 37.5, F2 66.667, F3 41.667 → F2 1, F3 2, F1 3;
    // without g2: F1 81.25, F2 25, F3 50 → F1 1, F3 2, F2 3.
    let rr = |id: &str| area(&res, id).robustness.unwrap().groups;
    assert_eq!(rr("F1"), Span { best: 1, worst: 3 });
    assert_eq!(rr("F2"), Span { best: 1, worst: 3 });
    assert_eq!(rr("F3"), Span { best: 2, worst: 2 });
}

#[test]
fn small_groups_that_are_enough_together_count_in_the_overall() {
    // With 7 as the threshold, g2 (6) and g3 (6) are not shown, but together 12 ≥ 7:
    // they count, and the overall is the one of all three groups (F1 47.917 …).
    let res = score(&framework(), &responses(), &settings(7));
    let vis = |id: &str| res.groups.iter().find(|g| g.id == id).unwrap().visibility;
    assert_eq!(vis("g1"), Visibility::Shown);
    assert_eq!(vis("g2"), Visibility::WithheldCounted);
    assert_eq!(vis("g3"), Visibility::WithheldCounted);
    close(area(&res, "F1").overall, 287.5 / 6.0);
    close(area(&res, "F2").overall, 550.0 / 9.0);
    // One group shown: no gap to show.
    assert!(area(&res, "F1").gap.is_none());
    assert_eq!(area(&res, "F1").by_group.len(), 1);
    // Left out: g1 alone, then g2 and g3 together (never one of them alone).
    // Without g1: F1 31.25, F2 79.167, F3 45.833 → F1 3, F2 1, F3 2.
    // Without g2 and g3 (g1 only): F1 81.25, F2 25, F3 50 → F1 1, F2 3, F3 2.
    let rr = |id: &str| area(&res, id).robustness.unwrap();
    assert_eq!(rr("F1").left_out, 2);
    assert_eq!(rr("F1").groups, Span { best: 1, worst: 3 });
    assert_eq!(rr("F2").groups, Span { best: 1, worst: 3 });
    assert_eq!(rr("F3").groups, Span { best: 2, worst: 3 });
}

#[test]
fn priorities_are_mean_ratings_per_group_with_n() {
    let fw = framework();
    // Ratings (scale positions 0…4 are the values 1…5), per focal point F1, F2, F3:
    let p = |group: &str, ratings: [Option<u8>; 3]| {
        let mut out = Response {
            group: group.into(),
            ..Default::default()
        };
        for (id, v) in ["F1", "F2", "F3"].iter().zip(ratings) {
            let a = match v {
                Some(v) => Answer::Option(usize::from(v) - 1),
                None => Answer::DontKnow,
            };
            out.answers.insert(id.to_string(), a);
        }
        out
    };
    let rs = vec![
        p("g1", [Some(5), Some(2), Some(4)]),
        p("g1", [Some(4), Some(2), Some(4)]),
        p("g1", [Some(4), Some(2), Some(4)]),
        p("g1", [Some(3), Some(2), Some(4)]),
        p("g1", [Some(5), Some(2), Some(4)]),
        p("g2", [Some(3), Some(5), Some(4)]),
        p("g2", [Some(3), Some(5), Some(4)]),
        p("g2", [Some(2), Some(5), Some(4)]),
        p("g2", [None, Some(5), Some(4)]),
        p("g2", [Some(4), Some(5), Some(4)]),
        // Three of g3: fewer than 5 and alone, so left out (with them F1 would be
        // (4.2 + 3 + 5)/3 = 4.067).
        p("g3", [Some(5), Some(5), Some(5)]),
        p("g3", [Some(5), Some(5), Some(5)]),
        p("g3", [Some(5), Some(5), Some(5)]),
    ];
    let res = assessment::priorities::score(&fw, &rs, 5);
    let item = |id: &str| res.items.iter().find(|i| i.focal_point == id).unwrap();
    // F1: g1 (5 + 4 + 4 + 3 + 5)/5 = 4.2; g2 (3 + 3 + 2 + 4)/4 = 3.0 (one don't know);
    // overall (4.2 + 3.0)/2 = 3.6; pooled (21 + 12)/9 = 3.667; n = 9.
    let f1 = item("F1");
    close(f1.by_group[0].mean, 4.2);
    close(f1.by_group[1].mean, 3.0);
    assert_eq!((f1.by_group[1].n, f1.by_group[1].dont_know), (4, 1));
    close(f1.overall, 3.6);
    close(f1.pooled, 33.0 / 9.0);
    assert_eq!((f1.n, f1.dont_know), (9, 1));
    assert!(f1.by_group.iter().all(|g| g.group != "g3"));
    // F2: (2 + 5)/2 = 3.5; F3: 4. Ranks: F3 1, F1 2, F2 3.
    close(item("F2").overall, 3.5);
    close(item("F3").overall, 4.0);
    assert_eq!(
        (item("F1").rank, item("F2").rank, item("F3").rank),
        (Some(2), Some(3), Some(1))
    );
}
