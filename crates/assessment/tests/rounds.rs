//! Rounds end to end on a real store: anonymity (nothing in any table links a response to
//! its invitation), spent tokens, receipts, named panels, bad input that changes nothing,
//! and the comparison with a previous round and a peer city's round. The answers are test
//! data, not any city's.
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

mod common;

use assessment::Error;
use assessment::respond::{self, Answers, Credential, Given, Stage};
use assessment::rounds::{self, Mode};
use common::{OSIJEK, TODAY, catalogue, open_round, store};
use std::collections::BTreeSet;

/// Every value of every row of every table, as text, by table.
fn dump(db: &std::path::Path) -> Vec<(String, Vec<String>)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = Vec::new();
    for t in tables {
        let mut st = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = st.column_count();
        let rows: Vec<String> = st
            .query_map([], |r| {
                let mut cells = Vec::new();
                for i in 0..n {
                    let v: rusqlite::types::Value = r.get(i)?;
                    cells.push(match v {
                        rusqlite::types::Value::Null => "NULL".to_string(),
                        rusqlite::types::Value::Integer(i) => i.to_string(),
                        rusqlite::types::Value::Real(f) => f.to_string(),
                        rusqlite::types::Value::Text(s) => s,
                        rusqlite::types::Value::Blob(b) => String::from_utf8_lossy(&b).into_owned(),
                    });
                }
                Ok(cells.join("\u{1f}"))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        out.push((t, rows));
    }
    out
}

fn page(pairs: &[(&str, Option<usize>, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(q, choice, comment)| {
            (
                q.to_string(),
                Given {
                    choice: *choice,
                    dont_know: choice.is_none(),
                    comment: comment.to_string(),
                },
            )
        })
        .collect()
}

fn inv(t: &str) -> Credential {
    Credential::Invitation(t.to_string())
}

#[test]
fn nothing_in_any_table_links_an_anonymous_response_to_its_invitation() {
    let (dir, mut s) = store();
    let db = dir.path().join("observatory.db");
    let round = open_round(&mut s, OSIJEK, Mode::Anonymous);
    let admin = rounds::issue(&mut s, "editor@test", round, "administration", 3, &[]).unwrap();
    let civil = rounds::issue(&mut s, "editor@test", round, "civil-society", 2, &[]).unwrap();
    let tokens: Vec<String> = admin
        .iter()
        .chain(&civil)
        .map(|i| i.token.clone())
        .collect();

    // The first respondent saves a draft with a marker, comes back, changes it, submits.
    let marker = "DRAFT-MARKER-7f3a";
    respond::save(
        &mut s,
        &inv(&tokens[0]),
        &page(&[("fp1.one-stop", Some(0), marker)]),
        TODAY,
    )
    .unwrap();
    // A longer draft next: the row moves, and its old cell is freed (zeroed only with
    // secure_delete).
    let long = "a long note ".repeat(40);
    respond::save(
        &mut s,
        &inv(&tokens[0]),
        &page(&[("fp2.languages", Some(1), &long)]),
        TODAY,
    )
    .unwrap();
    let resumed = respond::open(&s, &inv(&tokens[0]), TODAY).unwrap();
    assert_eq!(resumed.stage, Stage::Draft);
    assert_eq!(resumed.answers["fp1.one-stop"].comment, marker);
    let done = respond::submit(
        &mut s,
        &inv(&tokens[0]),
        &page(&[("fp1.one-stop", Some(2), "the welcome centre")]),
        TODAY,
    )
    .unwrap();
    let receipt = done.receipt.clone().unwrap();
    for (i, t) in tokens.iter().enumerate().skip(1) {
        respond::submit(
            &mut s,
            &inv(t),
            &page(&[
                ("fp1.one-stop", Some(i % 3), ""),
                ("fp2.strategy", None, ""),
            ]),
            TODAY,
        )
        .unwrap();
    }

    let tables = dump(&db);
    let hashes: BTreeSet<String> = tokens
        .iter()
        .map(|t| assessment::tokens::hash(assessment::tokens::Purpose::Invitation, t))
        .collect();
    let responses = &tables
        .iter()
        .find(|(t, _)| t == "audit_responses")
        .unwrap()
        .1;
    assert_eq!(responses.len(), 5);
    let invitation_values: BTreeSet<String> = tables
        .iter()
        .find(|(t, _)| t == "audit_invitations")
        .unwrap()
        .1
        .iter()
        .flat_map(|row| row.split('\u{1f}').map(String::from))
        .collect();
    for (table, rows) in &tables {
        for row in rows {
            // The tokens themselves are nowhere; their hashes only in the invitations.
            for t in &tokens {
                assert!(!row.contains(t.as_str()), "a token in {table}: {row}");
            }
            if table != "audit_invitations" {
                for h in &hashes {
                    assert!(
                        !row.contains(h.as_str()),
                        "an invitation's hash in {table}: {row}"
                    );
                }
            }
            assert!(!row.contains(marker), "the deleted draft in {table}");
        }
    }
    // Nothing a response row holds can be joined to an invitation row, but the round and
    // the group (which every invitation of the group shares).
    for row in responses {
        let cells: Vec<&str> = row.split('\u{1f}').collect();
        let [id, round_id, group, respondent, receipt_hash] = cells.as_slice() else {
            panic!("audit_responses has other columns than expected: {row}");
        };
        assert_eq!(id.len(), 32, "a random id of 16 bytes");
        assert_eq!(*round_id, round.to_string());
        assert!(["administration", "civil-society"].contains(group));
        assert_eq!(*respondent, "NULL");
        assert!(!invitation_values.contains(*id) && !invitation_values.contains(*receipt_hash));
    }
    // No hidden order of arrival: the response tables have no rowid.
    let conn = rusqlite::Connection::open(&db).unwrap();
    for t in ["audit_responses", "audit_answers", "audit_invitations"] {
        assert!(
            conn.prepare(&format!("SELECT rowid FROM {t}")).is_err(),
            "{t} has a rowid"
        );
    }
    assert!(
        conn.prepare("SELECT used_at FROM audit_invitations")
            .is_err(),
        "no time of use"
    );
    // The deleted drafts are not in the file either (secure_delete zeroes them), nor in
    // the log: neither the first draft's marker nor the JSON only drafts are written in.
    drop(conn);
    for file in ["observatory.db", "observatory.db-wal"] {
        let bytes = std::fs::read(dir.path().join(file)).unwrap_or_default();
        for needle in [marker, "\"dont_know\":"] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{needle} of a deleted draft is still in {file}"
            );
        }
    }

    // A used token cannot answer again nor read the answers; nothing changes.
    let before = dump(&db);
    for attempt in [
        respond::open(&s, &inv(&tokens[0]), TODAY).map(|_| ()),
        respond::save(&mut s, &inv(&tokens[0]), &Answers::new(), TODAY).map(|_| ()),
        respond::submit(&mut s, &inv(&tokens[0]), &Answers::new(), TODAY).map(|_| ()),
    ] {
        let e = attempt.unwrap_err();
        assert!(matches!(e, Error::Refused(_)), "{e}");
        assert!(e.to_string().contains("has been used"), "{e}");
    }
    assert_eq!(dump(&db), before);

    // The receipt reopens the answers (and only as a receipt).
    let amend = Credential::Receipt(assessment::tokens::grouped(&receipt).to_lowercase());
    let q = respond::open(&s, &amend, TODAY).unwrap();
    assert_eq!(q.stage, Stage::Amending);
    assert_eq!(q.answers["fp1.one-stop"].choice, Some(2));
    respond::save(
        &mut s,
        &amend,
        &page(&[("fp1.one-stop", Some(1), "")]),
        TODAY,
    )
    .unwrap();
    let q = respond::open(&s, &amend, TODAY).unwrap();
    assert_eq!(q.answers["fp1.one-stop"].choice, Some(1));
    assert!(matches!(
        respond::open(&s, &inv(&receipt), TODAY),
        Err(Error::NotFound(_))
    ));

    // The audit log has the city's actions, never a respondent's.
    let log = s.audit_log(100, None).unwrap();
    let actions: BTreeSet<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert!(actions.contains("audit.round.open") && actions.contains("audit.invitations.issue"));
    assert!(
        log.iter()
            .all(|e| e.actor == "editor@test" || !e.action.starts_with("audit"))
    );
}

#[test]
fn results_of_an_anonymous_round_wait_for_it_to_close() {
    let (_d, mut s) = store();
    let round = open_round(&mut s, OSIJEK, Mode::Anonymous);
    let e = rounds::results(&s, round).unwrap_err();
    assert!(e.to_string().contains("computed once it is closed"), "{e}");
    rounds::close(&mut s, "editor@test", round).unwrap();
    let (_, _, res) = rounds::results(&s, round).unwrap();
    assert_eq!(res.audit().unwrap().respondents, 0);
}

#[test]
fn a_named_panel_keeps_its_respondents_and_may_change_answers_until_closed() {
    let (_d, mut s) = store();
    let round = open_round(&mut s, OSIJEK, Mode::Named);
    let names = vec!["Ana Horvat".to_string(), "Marko Kovač".to_string()];
    let issued = rounds::issue(&mut s, "editor@test", round, "researchers", 0, &names).unwrap();
    assert_eq!(issued[1].label, "Marko Kovač");
    let t = &issued[0].token;
    respond::submit(
        &mut s,
        &inv(t),
        &page(&[("fp5.monitoring", Some(0), "")]),
        TODAY,
    )
    .unwrap();
    // The same token reopens the submitted answers and changes them.
    let q = respond::open(&s, &inv(t), TODAY).unwrap();
    assert_eq!(q.stage, Stage::Submitted);
    respond::save(
        &mut s,
        &inv(t),
        &page(&[("fp5.monitoring", Some(2), "")]),
        TODAY,
    )
    .unwrap();
    assert_eq!(
        respond::open(&s, &inv(t), TODAY).unwrap().answers["fp5.monitoring"].choice,
        Some(2)
    );
    // Results while the round runs (named), but one respondent is below any threshold:
    // the group is withheld and, alone, in no figure.
    let (_, _, res) = rounds::results(&s, round).unwrap();
    let res = res.audit().unwrap();
    assert_eq!(res.respondents, 1);
    assert_eq!(res.question("fp5.monitoring").unwrap().overall, None);
    let who = s.named_audit_invitations(round).unwrap();
    assert_eq!(
        who,
        vec![
            ("researchers".to_string(), "Ana Horvat".to_string(), true),
            ("researchers".to_string(), "Marko Kovač".to_string(), false)
        ]
    );
    rounds::close(&mut s, "editor@test", round).unwrap();
    let e = respond::save(
        &mut s,
        &inv(t),
        &page(&[("fp5.monitoring", Some(1), "")]),
        TODAY,
    )
    .unwrap_err();
    assert!(e.to_string().contains("closed"), "{e}");
}

#[test]
fn bad_input_is_refused_with_a_clear_message_and_changes_nothing() {
    let (dir, mut s) = store();
    let db = dir.path().join("observatory.db");
    let round = open_round(&mut s, OSIJEK, Mode::Anonymous);
    let t = rounds::issue(&mut s, "editor@test", round, "migrants", 2, &[]).unwrap();
    let fw = rounds::framework_of(&s.audit_round(round).unwrap().unwrap()).unwrap();
    respond::save(
        &mut s,
        &inv(&t[0].token),
        &page(&[("fp1.waiting", Some(1), "")]),
        TODAY,
    )
    .unwrap();
    let before = dump(&db);
    // An answer outside the options (the form's field, as a browser would send it).
    let e = respond::parse_form(
        &fw,
        rounds::Kind::Audit,
        [("answer:fp1.waiting", "7"), ("csrf", "x")],
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "'7' is not one of the answers to 'fp1.waiting': choose one of its 3 options, or \"don't know\""
    );
    let e = respond::parse_form(&fw, rounds::Kind::Audit, [("answer:fp99.x", "1")]).unwrap_err();
    assert!(e.to_string().contains("no question 'fp99.x'"), "{e}");
    // The same through save, with a crafted map: refused before anything is written.
    let bad = page(&[("fp99.x", Some(0), "")]);
    assert!(matches!(
        respond::save(&mut s, &inv(&t[0].token), &bad, TODAY),
        Err(Error::Invalid(_))
    ));
    // A round that has not opened yet, an unknown code, a group the framework lacks,
    // impossible dates and thresholds.
    let e = respond::open(&s, &inv(&t[0].token), "2019-12-31").unwrap_err();
    assert!(e.to_string().contains("opens on 2020-01-01"), "{e}");
    assert!(matches!(
        respond::open(&s, &inv("AAAA-BBBB-CCCC-DDDD-EEEE"), TODAY),
        Err(Error::NotFound(_))
    ));
    let e = rounds::issue(&mut s, "editor@test", round, "journalists", 3, &[]).unwrap_err();
    assert!(
        e.to_string()
            .contains("'journalists' is not a stakeholder group"),
        "{e}"
    );
    let e =
        rounds::issue(&mut s, "editor@test", round, "migrants", 3, &["Ana".into()]).unwrap_err();
    assert!(e.to_string().contains("takes no names"), "{e}");
    let mut req = rounds::OpenRequest {
        city: OSIJEK.into(),
        title: String::new(),
        framework: "comprehensive-approach".into(),
        version: None,
        kind: rounds::Kind::Audit,
        mode: Mode::Anonymous,
        opens: "2026-02-30".into(),
        closes: "2026-03-31".into(),
        min_group: 5,
    };
    let e = rounds::open(&mut s, &catalogue(), "editor@test", &req).unwrap_err();
    assert!(e.to_string().contains("'2026-02-30' is not a date"), "{e}");
    req.opens = "2026-04-01".into();
    let e = rounds::open(&mut s, &catalogue(), "editor@test", &req).unwrap_err();
    assert!(
        e.to_string()
            .contains("closes (2026-03-31) before it opens"),
        "{e}"
    );
    req.opens = "2026-03-01".into();
    req.min_group = 2;
    let e = rounds::open(&mut s, &catalogue(), "editor@test", &req).unwrap_err();
    assert!(e.to_string().contains("cannot be below 3"), "{e}");
    req.min_group = 5;
    req.framework = "mipex".into();
    let e = rounds::open(&mut s, &catalogue(), "editor@test", &req).unwrap_err();
    assert!(e.to_string().contains("no framework 'mipex'"), "{e}");
    assert_eq!(dump(&db), before, "a refused input changed the database");

    // A closed round takes no answers and issues no invitations; nothing changes either.
    rounds::close(&mut s, "editor@test", round).unwrap();
    let before = dump(&db);
    let e = respond::submit(&mut s, &inv(&t[1].token), &Answers::new(), TODAY).unwrap_err();
    assert!(
        e.to_string().contains("closed on") || e.to_string().contains("is closed"),
        "{e}"
    );
    let e = rounds::issue(&mut s, "editor@test", round, "migrants", 1, &[]).unwrap_err();
    assert!(e.to_string().contains("closed"), "{e}");
    assert!(rounds::close(&mut s, "editor@test", round).is_err());
    assert_eq!(dump(&db), before);
}

/// A round of `city` where five administration respondents give every question the
/// option at `choice` (0 → 0 points, 1 → 50, 2 → 100); closed, and published when asked.
fn run_round(s: &mut store::Store, city: &str, choice: usize, publish: bool) -> i64 {
    let round = open_round(s, city, Mode::Anonymous);
    let fw = rounds::framework_of(&s.audit_round(round).unwrap().unwrap()).unwrap();
    let all: Answers = fw
        .questions()
        .map(|(_, q)| {
            (
                q.id.clone(),
                Given {
                    choice: Some(choice),
                    ..Default::default()
                },
            )
        })
        .collect();
    for i in rounds::issue(s, "editor@test", round, "administration", 5, &[]).unwrap() {
        respond::submit(s, &inv(&i.token), &all, TODAY).unwrap();
    }
    rounds::close(s, "editor@test", round).unwrap();
    if publish {
        let sub = rounds::submit_results(s, "editor@test", round).unwrap();
        s.publish_submission("approver@test", sub, "").unwrap();
        assert!(s.audit_round(round).unwrap().unwrap().is_published());
    }
    round
}

#[test]
fn a_previous_round_and_a_peer_citys_round_appear_in_the_comparison() {
    let (_d, mut s) = store();
    let cities = peers::Cities::load(&s).unwrap();
    let peer_codes = rounds::peer_codes(&cities, OSIJEK);
    let peer = peer_codes.first().expect("Osijek has peers").clone();
    let first = run_round(&mut s, OSIJEK, 0, true);
    let peer_round = run_round(&mut s, &peer, 2, true);
    let second = run_round(&mut s, OSIJEK, 1, false);
    let (r, _, res) = rounds::results(&s, second).unwrap();
    let cmp = rounds::comparison(&s, &r, res.audit().unwrap(), &peer_codes, false).unwrap();
    assert_eq!(cmp.previous.as_ref().unwrap().round, first);
    assert_eq!(cmp.peers.len(), 1);
    assert_eq!(
        (cmp.peers[0].round, cmp.peers[0].city.as_str()),
        (peer_round, peer.as_str())
    );
    let fp1 = &cmp.rows[0];
    assert_eq!(fp1.focal_point, "fp1");
    // This round 50, the previous 0, the peer 100.
    assert_eq!(
        (fp1.this, fp1.previous, fp1.change, fp1.peer_median),
        (Some(50.0), Some(0.0), Some(50.0), Some(100.0))
    );
    // The published scores are the city's observations, with provenance.
    let obs = s
        .observations(&store::SeriesFilter {
            geo: Some(OSIJEK.into()),
            dataset: Some("audit_comprehensive-approach".into()),
            ..Default::default()
        })
        .unwrap();
    let fp1 = obs
        .iter()
        .find(|o| {
            o.observation
                .breakdown
                .get("focal_point")
                .map(String::as_str)
                == Some("fp1")
        })
        .unwrap();
    assert_eq!(fp1.observation.value, 0.0);
    assert!(fp1.source.contains("5 respondents"), "{}", fp1.source);
    // The second round's results are not published: the public sees none.
    assert!(rounds::published(&s, second).unwrap().is_none());
    // A submitted round cannot be submitted twice.
    let e = rounds::submit_results(&mut s, "editor@test", first).unwrap_err();
    assert!(e.to_string().contains("already submission"), "{e}");
}
