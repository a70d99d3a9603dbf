//! The bundled framework is the seed's ten focal points with answerable questions, and a
//! broken framework file is refused with a message that says where and what to do.
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

use assessment::framework::{self, Link};

fn bundled() -> Vec<assessment::Framework> {
    framework::all(&catalogue::Catalogue::embedded().unwrap()).unwrap()
}

#[test]
fn the_comprehensive_approach_has_the_ten_focal_points_of_the_seed() {
    let all = bundled();
    let fw = all
        .iter()
        .find(|f| f.id == "comprehensive-approach")
        .unwrap();
    assert_eq!(fw.version, "1.0");
    assert_eq!(fw.focal_points.len(), 10);
    // Titles as seed 003 §3.2 names them (two of them checked word for word).
    assert_eq!(
        fw.focal_points[0].title,
        "Enabling comprehensive integration from day one & improving coordination among authorities for newly arrived"
    );
    assert_eq!(
        fw.focal_points[8].title,
        "Seizing opportunities of transnational links & promoting integration as a 'three-way process' including the countries of origin"
    );
    for (i, f) in fw.focal_points.iter().enumerate() {
        assert_eq!(f.number as usize, i + 1);
        assert!(
            (3..=6).contains(&f.questions.len()),
            "{} has {} questions",
            f.id,
            f.questions.len()
        );
        for q in &f.questions {
            let scores: Vec<f64> = q.options.iter().map(|o| o.score).collect();
            assert_eq!(scores, [0.0, 50.0, 100.0], "{}", q.id);
            assert!(
                !q.evidence.is_empty() && !q.principles.is_empty(),
                "{}",
                q.id
            );
        }
    }
    let principles: Vec<&str> = fw.principles.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(
        principles,
        [
            "Balanced and comprehensive",
            "Coordinated and planned",
            "Active and targeted",
            "Tailored and differentiated",
            "Broadly based and supported",
            "Mutual and transformative"
        ]
    );
    // Every principle informs some question.
    for p in &fw.principles {
        assert!(
            fw.questions().any(|(_, q)| q.principles.contains(&p.id)),
            "{}",
            p.id
        );
    }
    assert_eq!(fw.groups.len(), 6);
    assert!(fw.groups.iter().all(|g| g.weight == 1.0));
    // The issue's examples: focal point 4 → service demand; 5 → the observatory; 7 →
    // naturalisation.
    let links = |id: &str| fw.focal_point(id).unwrap().links.clone();
    assert!(links("fp4").contains(&Link::Capability(framework::Capability::ServiceDemand)));
    assert!(links("fp5").contains(&Link::Capability(framework::Capability::Observatory)));
    assert!(links("fp7").contains(&Link::Indicator("naturalisation_rate".into())));
    assert_eq!(fw.priorities.as_ref().unwrap().scale.len(), 5);
}

const GOOD: &str = r#"
id = "t"
version = "1"
title = "t"
source = "t"

[[principles]]
id = "pa"
title = "A"

[[groups]]
id = "g1"
title = "G1"

[[focal_points]]
id = "f1"
number = 1
title = "F1"
key_question = "?"

[[focal_points.questions]]
id = "q1"
text = "Q1"
principles = ["pa"]
options = [{ score = 0, text = "no" }, { score = 100, text = "yes" }]

[[focal_points.questions]]
id = "q2"
text = "Q2"
options = [{ score = 0, text = "no" }, { score = 100, text = "yes" }]
"#;

fn refused(text: &str) -> String {
    assessment::Framework::parse(text, "frameworks/t.toml")
        .unwrap_err()
        .to_string()
}

#[test]
fn a_good_file_parses() {
    let fw = assessment::Framework::parse(GOOD, "frameworks/t.toml").unwrap();
    assert_eq!(fw.questions().count(), 2);
    assert_eq!(fw.question("q2").unwrap().weight, 1.0);
}

#[test]
fn a_duplicate_question_id_names_the_second_one() {
    let m = refused(&GOOD.replace("id = \"q2\"", "id = \"q1\""));
    // The second `"q1"` is on line 28 (the text starts with an empty line).
    assert_eq!(
        m,
        "frameworks/t.toml:28: the question id 'q1' is used twice: every question needs its own id"
    );
}

#[test]
fn an_option_without_a_score_says_which_question_and_what_to_write() {
    let m = refused(&GOOD.replace(
        "options = [{ score = 0, text = \"no\" }, { score = 100, text = \"yes\" }]\n\n[[focal_points.questions]]",
        "options = [{ score = 0, text = \"no\" }, { text = \"yes\" }]\n\n[[focal_points.questions]]",
    ));
    assert!(m.starts_with("frameworks/t.toml:22: question 'q1': option 2 has no score: give it `score = 0`, `50` or `100`"), "{m}");
}

#[test]
fn other_mistakes_are_refused_with_what_to_do() {
    let cases = [
        (
            GOOD.replace("principles = [\"pa\"]", "principles = [\"pz\"]"),
            "question 'q1': the principle 'pz' is not one of the framework's [[principles]] (pa)",
        ),
        (
            GOOD.replace(
                "id = \"q2\"\ntext = \"Q2\"",
                "id = \"q2\"\ntext = \"Q2\"\nweight = 0",
            ),
            "question 'q2': it has the weight 0: a weight is a number above 0",
        ),
        (
            GOOD.replace(
                "{ score = 100, text = \"yes\" }]\n\n[[focal_points.questions]]",
                "{ score = 150, text = \"yes\" }]\n\n[[focal_points.questions]]",
            ),
            "question 'q1': option 2 has the score 150: scores run from 0 to 100",
        ),
        (
            GOOD.replace(
                "text = \"Q2\"",
                "text = \"Q2\"\nlinks = [\"capability:teleport\"]",
            ),
            "no capability 'teleport'; the capabilities are observatory, data, service-demand",
        ),
        (
            GOOD.replace("text = \"Q2\"", "text = \"Q2\"\nscor = 5"),
            "unknown field `scor`",
        ),
        (
            GOOD.replace("version = \"1\"", "version = \"\""),
            "the framework has no version: write version = \"1.0\"",
        ),
        (
            GOOD.replace(
                "options = [{ score = 0, text = \"no\" }, { score = 100, text = \"yes\" }]\n",
                "options = [{ score = 0, text = \"no\" }]\n",
            ),
            "it has 1 option(s): give at least two",
        ),
    ];
    for (text, expected) in cases {
        let m = refused(&text);
        assert!(m.contains(expected), "expected «{expected}» in «{m}»");
        assert!(m.starts_with("frameworks/t.toml"), "{m}");
    }
}

#[test]
fn a_link_to_an_indicator_the_catalogue_lacks_is_refused() {
    let fw = assessment::Framework::parse(
        &GOOD.replace(
            "text = \"Q2\"",
            "text = \"Q2\"\nlinks = [\"indicator:happiness\"]",
        ),
        "frameworks/t.toml",
    )
    .unwrap();
    let m = fw
        .check_links(&catalogue::Catalogue::embedded().unwrap())
        .unwrap_err()
        .to_string();
    assert!(
        m.starts_with("frameworks/t.toml:28: 'q2' links to indicator:happiness, which the catalogue (built in) does not have"),
        "{m}"
    );
}
