//! A survey end to end on a real store, with the template questionnaire: kept (a change is
//! a new version), fielded anonymously, 30 invitations answered page by page, weighted to
//! margins, estimated — and nothing in any table links a response to its invitation. The
//! answers are test data, not any city's.
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

use std::collections::BTreeSet;
use store::surveys::NewSurvey;
use surveys::collect::{self, CollectError};
use surveys::estimates::{Domain, EstimateOptions, Statistic, Withheld};
use surveys::validate::Raw;
use surveys::weighting::WeightingSpec;

const TEMPLATE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../catalogue/surveys/city-survey-of-migrants.xlsx"
);

fn raw(pairs: &[(&str, &str)]) -> Raw {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), vec![v.to_string()]))
        .collect()
}

/// Every text value of every row of every table.
fn every_value(db: &std::path::Path) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = Vec::new();
    for t in tables {
        let mut st = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = st.column_count();
        let rows: Vec<Vec<rusqlite::types::Value>> = st
            .query_map([], |r| (0..n).map(|i| r.get(i)).collect())
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for row in rows {
            for v in row {
                if let rusqlite::types::Value::Text(s) = v {
                    out.push((t.clone(), s));
                }
            }
        }
    }
    out
}

#[test]
fn a_survey_from_questionnaire_to_weighted_estimates_keeps_respondents_anonymous() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("observatory.db");
    let mut s = store::Store::open(&db).unwrap();
    // A survey belongs to a place the store knows: Osijek, as an import would bring it.
    let mut imp = s
        .begin_import(&model::Provenance {
            file_name: "places".into(),
            sha256: "sha-places".into(),
            format: "tidy-csv".into(),
            source: "test".into(),
            licence: "CC0".into(),
        })
        .unwrap();
    imp.add_geography(&model::Geography::from_code(
        model::GeoCode::new("HR005C"),
        "Osijek",
    ))
    .unwrap();
    imp.finish(0, 0, 0, "{}").unwrap();
    let xlsx = std::fs::read(TEMPLATE).unwrap();
    let kept = collect::import_questionnaire(&mut s, "editor@test", "HR005C", &xlsx).unwrap();
    assert!(kept.new);
    assert_eq!(kept.version.version, 1);
    // The same form again is the same version.
    let again = collect::import_questionnaire(&mut s, "editor@test", "HR005C", &xlsx).unwrap();
    assert!(!again.new);
    assert_eq!(again.version.id, kept.version.id);

    let survey = collect::open(
        &mut s,
        "editor@test",
        &NewSurvey {
            questionnaire: kept.version.id,
            title: "Living in Osijek 2026",
            mode: "anonymous",
            access: "invitation",
            opens: "2026-11-01",
            closes: "2026-12-31",
        },
    )
    .unwrap();
    let codes = collect::invite(&mut s, "editor@test", survey, 30).unwrap();
    assert_eq!(codes.len(), 30);

    let groups = ["NAT", "EU27_2020_FOR", "NEU27_2020_FOR"];
    for (i, code) in codes.iter().enumerate() {
        let mut r = collect::respondent(&s, code).unwrap();
        r.save_section(&mut s, 0, &raw(&[("consent", "yes")]), "en")
            .unwrap();
        // Group NEU27: 3 of 30 (a small cell); sexes in pairs.
        let group = if i < 3 { groups[2] } else { groups[i % 2] };
        let sex = if (i / 2) % 2 == 0 { "F" } else { "M" };
        let about = raw(&[
            ("birth_group", group),
            ("sex", sex),
            ("age_band", "Y25-34"),
            ("years_in_city", "3"),
        ]);
        r.save_section(&mut s, 1, &about, "en").unwrap();
        // Resume with the same code: the draft is there.
        let r = collect::respondent(&s, &code.to_lowercase()).unwrap();
        assert_eq!(r.draft.len(), 5, "{:?}", r.draft);
        r.submit(&mut s, "en").unwrap();
    }
    // A spent code answers no more.
    let e = collect::respondent(&s, &codes[0]).unwrap_err();
    assert!(e.to_string().contains("has been used"), "{e}");
    assert!(matches!(
        collect::respondent(&s, "ABCD-EFGH"),
        Err(CollectError::UnknownInvitation)
    ));

    // Anonymity: no token hash in any table but the invitations'.
    let hashes: BTreeSet<String> = codes
        .iter()
        .map(|c| assessment::tokens::hash(assessment::tokens::Purpose::Invitation, c))
        .collect();
    for (table, value) in every_value(&db) {
        if table != "survey_invitations" {
            assert!(
                !hashes.iter().any(|h| value.contains(h.as_str())),
                "{table} holds a token hash"
            );
        }
    }

    // Weighting to margins that do not add up is refused and keeps no weights.
    let bad = WeightingSpec::from_toml(
        "[[margin]]\nquestion = 'sex'\ntotals = { F = 500, M = 500 }\n[[margin]]\nquestion = 'birth_group'\ntotals = { NAT = 800, EU27_2020_FOR = 100, NEU27_2020_FOR = 50 }\n",
    )
    .unwrap();
    let e = collect::weight_survey(&mut s, "editor@test", survey, &bad).unwrap_err();
    assert!(e.to_string().contains("do not add up"), "{e}");
    assert!(s.survey_weights(survey).unwrap().is_empty());
    let good = WeightingSpec::from_toml(
        "[[margin]]\nquestion = 'sex'\ntotals = { F = 500, M = 500 }\n[[margin]]\nquestion = 'birth_group'\ntotals = { NAT = 800, EU27_2020_FOR = 150, NEU27_2020_FOR = 50 }\n",
    )
    .unwrap();
    let w = collect::weight_survey(&mut s, "editor@test", survey, &good).unwrap();
    assert!(w.converged && w.design_effect > 1.0);
    assert_eq!(s.survey_weights(survey).unwrap().len(), 30);

    let results =
        collect::results(&s, survey, Some("birth_group"), &EstimateOptions::default()).unwrap();
    assert!(results.weighted);
    assert_eq!(results.responses, 30);
    let sex = results.items.iter().find(|i| i.question == "sex").unwrap();
    let women = sex
        .figures
        .iter()
        .find(|f| f.domain == Domain::All && f.statistic == Statistic::Share("F".into()))
        .unwrap();
    // Raked to 500 of 1,000: the weighted share is one half, with an interval around it.
    let e = women.estimate.unwrap();
    assert!((e.estimate - 0.5).abs() < 1e-9, "{}", e.estimate);
    assert!(e.lower < 0.5 && e.upper > 0.5);
    // The three born outside the EU are a small cell: withheld.
    let neu = sex
        .figures
        .iter()
        .find(|f| f.domain == Domain::Class("NEU27_2020_FOR".into()))
        .unwrap();
    assert!(neu.estimate.is_none());
    assert!(matches!(
        neu.withheld,
        Some(Withheld::SmallCell | Withheld::Complementary | Withheld::Unreliable)
    ));
}
