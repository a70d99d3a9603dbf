//! `observatory audit …` as the binary runs it (the words after `audit`), on a real store.
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

mod common;

use assessment::respond::{self, Answers, Credential, Given};
use common::{TODAY, catalogue, store};

fn audit(s: &mut store::Store, args: &str) -> Result<String, String> {
    let words: Vec<String> = args.split_whitespace().map(String::from).collect();
    assessment::cli::run(s, &catalogue(), &words)
}

#[test]
fn open_issue_answer_close_results_export_submit() {
    let (dir, mut s) = store();
    let out = audit(
        &mut s,
        "open --city Osijek --opens 2020-01-01 --closes 2099-12-31",
    )
    .unwrap();
    assert!(
        out.starts_with("opened round 1: Osijek 2020: city audit"),
        "{out}"
    );
    let csv = audit(
        &mut s,
        "tokens 1 --group administration --count 5 --base-url https://obs.example/",
    )
    .unwrap();
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let codes: Vec<String> = rows
        .records()
        .map(|r| {
            let r = r.unwrap();
            assert_eq!(&r[0], "administration");
            assert!(
                r[4].starts_with("https://obs.example/audit/respond/"),
                "{:?}",
                r
            );
            r[3].to_string()
        })
        .collect();
    assert_eq!(codes.len(), 5);
    let list = audit(&mut s, "tokens 1 --group migrants --count 1 --format list").unwrap();
    assert!(
        list.contains("Invitation for: Migrant and refugee representatives"),
        "{list}"
    );
    // Five respondents answer the first question (through the library, as the web does).
    for (i, code) in codes.iter().enumerate() {
        let page: Answers = [(
            "fp1.one-stop".to_string(),
            Given {
                choice: Some(i % 2 * 2),
                ..Default::default()
            },
        )]
        .into_iter()
        .collect();
        respond::submit(&mut s, &Credential::Invitation(code.clone()), &page, TODAY).unwrap();
    }
    let e = audit(&mut s, "results 1").unwrap_err();
    assert!(e.contains("computed once it is closed"), "{e}");
    assert!(audit(&mut s, "close 1").unwrap().contains("closed round 1"));
    let text = audit(&mut s, "results 1").unwrap();
    // 0, 100, 0, 100, 0 → 40.
    assert!(text.contains("5 respondents"), "{text}");
    assert!(text.contains("40.00  fp1.one-stop"), "{text}");
    let out = dir.path().join("r.json");
    audit(
        &mut s,
        &format!("export 1 --format json -o {}", out.display()),
    )
    .unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(json["kind"], "audit");
    assert_eq!(json["respondents"], 5);
    let csv = audit(&mut s, "export 1").unwrap();
    assert!(csv.starts_with("level,id,title,group,score"), "{csv}");
    assert!(csv.contains("question,fp1.one-stop,"), "{csv}");
    let raw = audit(&mut s, "export 1 --responses").unwrap();
    assert_eq!(raw.lines().count(), 6, "{raw}");
    let listed = audit(&mut s, "list --city HR004C").unwrap();
    assert!(listed.contains("invitations 6, answered 5"), "{listed}");
    let sub = audit(&mut s, "submit 1").unwrap();
    assert!(sub.contains("submission"), "{sub}");
}

#[test]
fn mistakes_are_one_clear_line() {
    let (_d, mut s) = store();
    let e = audit(
        &mut s,
        "open --city Atlantis --opens 2026-01-01 --closes 2026-02-01",
    )
    .unwrap_err();
    assert!(e.starts_with("no city 'Atlantis'"), "{e}");
    let e = audit(
        &mut s,
        "open --city HR004C --opens 1.3.2026 --closes 2026-02-01",
    )
    .unwrap_err();
    assert!(
        e.contains("'1.3.2026' is not a date: write it as YYYY-MM-DD"),
        "{e}"
    );
    let e = audit(&mut s, "close 9").unwrap_err();
    assert_eq!(e, "not found: audit round 9");
    let e = audit(&mut s, "frobnicate").unwrap_err();
    assert!(e.contains("unrecognized subcommand 'frobnicate'"), "{e}");
    let help = audit(&mut s, "--help").unwrap();
    assert!(help.contains("Examples:"), "{help}");
    let fw = audit(&mut s, "frameworks").unwrap();
    assert!(fw.starts_with("comprehensive-approach 1.0"), "{fw}");
}
