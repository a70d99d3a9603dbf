//! Issue 11, the disclosure property over what the public reads: person tables drawn at
//! random (a fixed generator, eight tables), run through the engine, stored and published
//! as the command line does; then, for every withheld cell, the profile page's row, the
//! API's JSON and its CSV carry no value, n, standard error, interval or gap — only that it
//! is withheld — while the number of withheld cells matches the engine's.

use crate::common::*;

const MAPPING: &str = r#"
id = "disclosure_property"
name = "disclosure property"
geo = "HR004C"
period = "2020"
weight = "w"
[design]
method = "taylor"
psu = "pid"
[columns]
age = "age"
citizenship_code = "cit"
sex_code = "sex"
poverty = "poverty"
[dimensions.citizenship]
column = "citizenship_code"
codes = [{ value = 1, code = "NAT" }, { value = 2, code = "EU27_2020_FOR" }, { value = 3, code = "NEU27_2020_FOR" }]
[dimensions.sex]
column = "sex_code"
codes = [{ value = 1, code = "M" }, { value = 2, code = "F" }]
"#;

/// A small linear congruential generator (Knuth's MMIX constants): the same tables on
/// every run, so that a failure can be replayed.
struct Draw(u64);

impl Draw {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// The `<tr>` rows of the profile's table of computed estimates.
fn estimate_rows(page: &str) -> Vec<String> {
    let start = page.find("id=\"est-t\"").expect("the estimates chart");
    let table = &page[start..];
    let table = &table[table.find("<tbody>").unwrap()..table.find("</tbody>").unwrap()];
    table.split("<tr>").skip(1).map(|r| r.to_string()).collect()
}

#[tokio::test]
async fn no_withheld_cell_is_readable_on_the_page_or_in_the_api() {
    let catalogue = engine::Catalogue::load(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogue"),
    )
    .unwrap();
    let mut checked = 0;
    for seed in 1..=8u64 {
        let t = app();
        let dir = tempfile::tempdir().unwrap();
        let mapping = dir.path().join("disclosure_property.toml");
        std::fs::write(&mapping, MAPPING).unwrap();
        let mut draw = Draw(seed);
        let persons = 40 + draw.below(260);
        let mut csv = String::from("pid,cit,sex,age,poverty,w\n");
        for i in 0..persons {
            // Non-EU and EU citizens are few, so that some cells fall under the thresholds.
            let cit = match draw.below(10) {
                0 => 2,
                1 | 2 => 3,
                _ => 1,
            };
            csv.push_str(&format!(
                "{i},{cit},{},{},{},{}\n",
                1 + draw.below(2),
                16 + draw.below(59),
                draw.below(2),
                1 + draw.below(499)
            ));
        }
        let data = dir.path().join("persons.csv");
        std::fs::write(&data, csv).unwrap();
        let req = engine::Request {
            input: vec![data],
            mapping: mapping.display().to_string(),
            indicators: vec!["at_risk_of_poverty".into()],
            by: vec!["citizenship".into(), "sex".into()],
            options: Default::default(),
            raking: None,
        };
        let res = engine::compute(&engine::Engine::embedded(), &catalogue, &req)
            .await
            .unwrap();
        let records = engine::drafts::records(&res).unwrap();
        let dataset = engine::drafts::dataset(&res);
        let withheld: Vec<String> = records
            .iter()
            .filter(|r| r.withheld && matches!(r.suppression.as_str(), "primary" | "secondary"))
            .map(|r| r.observation.group.key())
            .collect();
        t.state
            .db
            .write(|s| {
                s.write_estimates(
                    &engine::drafts::provenance(&catalogue, &req, &res),
                    &records,
                    &engine::drafts::report(&catalogue, &res),
                )?;
                s.publish_estimates("test", &dataset)?;
                Ok(())
            })
            .unwrap();
        // The page: a withheld row says so, and its interval and gap cells are empty.
        let page = get(&t.app, "/cities/HR004C").await;
        let rows = estimate_rows(&page.body);
        assert_eq!(rows.len(), records.len(), "seed {seed}");
        let suppressed_rows: Vec<&String> = rows
            .iter()
            .filter(|r| r.contains("<span class=\"suppressed\">suppressed</span>"))
            .collect();
        assert!(suppressed_rows.len() >= withheld.len(), "seed {seed}");
        for r in &suppressed_rows {
            let cells: Vec<&str> = r.split("<td").collect();
            // indicator, group, period, estimate, interval, gap, …
            assert_eq!(
                cells[5], " class=\"num\"></td>",
                "seed {seed}: interval of {r}"
            );
            assert_eq!(cells[6], " class=\"num\"></td>", "seed {seed}: gap of {r}");
        }
        // The API, as JSON and as CSV: the withheld cells are listed without any figure.
        let json = get(
            &t.app,
            &format!("/api/v1/observations?geo=HR004C&dataset={dataset}&per_page=1000&format=json"),
        )
        .await
        .json();
        let items = json["data"].as_array().unwrap();
        for key in &withheld {
            let item = items
                .iter()
                .find(|i| i["group"] == key.as_str())
                .unwrap_or_else(|| panic!("seed {seed}: withheld {key} not listed"));
            for field in ["value", "n", "std_error", "ci_lower", "ci_upper", "cv"] {
                assert!(
                    item[field].is_null(),
                    "seed {seed}: {field} of {key}: {item}"
                );
            }
            assert_eq!(item["flags"], "c");
            checked += 1;
        }
        let csv = get(
            &t.app,
            &format!("/api/v1/observations?geo=HR004C&dataset={dataset}&per_page=1000&format=csv"),
        )
        .await
        .body;
        let mut reader = ::csv::Reader::from_reader(csv.as_bytes());
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        let col = |name: &str| header.iter().position(|h| h == name).unwrap();
        for row in reader.records() {
            let row = row.unwrap();
            if withheld.iter().any(|k| k == &row[col("group")]) {
                for field in ["value", "n", "std_error", "ci_lower", "ci_upper", "cv"] {
                    assert_eq!(
                        &row[col(field)],
                        "",
                        "seed {seed}: CSV {field} of {}",
                        &row[col("group")]
                    );
                }
            }
        }
    }
    assert!(
        checked >= 8,
        "only {checked} withheld cells met: the tables must produce some"
    );
}
