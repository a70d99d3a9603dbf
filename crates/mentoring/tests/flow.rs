//! The mentoring flow on a real store: the Urban Audit cities and their figures from the
//! bundled Eurostat files, the bundled practice library, users with real grants. Each
//! refusal is checked to change nothing: no request, no audit row.
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

use mentoring::{Ask, MentoringError, Status, Step, Topics};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use store::Store;
use store::users::{Grant, Role, User};

const OSIJEK: &str = "HR004C";
const ZAGREB: &str = "HR001C";
const KOSICE: &str = "SK002C";

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

/// A real file into the store through the import pipeline (places it brings included).
fn import(store: &mut Store, rel: &str) {
    let input = ingest::Input::file(data_dir().join(rel));
    importer::values::import(
        store,
        importer::values::Request {
            input: &input,
            format: None,
            options: ingest::Options::default(),
            source: format!("Eurostat ({rel})"),
            licence: "CC BY 4.0".into(),
            new_places: true,
        },
        &mut |_| {},
    )
    .unwrap();
}

/// (e-mail, role, city)
const USERS: &[(&str, Role, &str)] = &[
    ("editor@osijek.hr", Role::Editor, OSIJEK),
    ("approver@osijek.hr", Role::Approver, OSIJEK),
    ("editor@zagreb.hr", Role::Editor, ZAGREB),
    ("approver@zagreb.hr", Role::Approver, ZAGREB),
    ("editor@kosice.sk", Role::Editor, KOSICE),
    ("viewer@network.eu", Role::Viewer, ""),
    ("admin@example.eu", Role::Admin, ""),
];

/// A store with the cities' figures (every file the peers' features read, so that mentors
/// are suggested as on a real installation), the practice library and the users, built once.
fn template() -> &'static Path {
    static T: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &T.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("template.db");
        let mut s = Store::open(&db).unwrap();
        for f in [
            "eurostat-urban-audit/gisco_urau_2021_cities.csv",
            "eurostat-urban-audit/urb_cpop1_population_2015-2024.csv",
            "eurostat-urban-audit/urb_cpopcb_foreign_born_2015-2024.csv",
            "eurostat-urban-audit/urb_clma_unemployed_2015-2024.csv",
            "eurostat-urban-audit/urb_clma_employed_20-64_2015-2024.csv",
            "eurostat-urban-audit/urb_ceduc_students_higher_education_2015-2024.csv",
            "eurostat-urban-audit/urb_cpop1_population_2013-2022_codes.csv",
        ] {
            import(&mut s, f);
        }
        let seed = std::fs::read(data_dir().join("practices/city_integration_practices_seed.csv"))
            .unwrap();
        practices::import(
            &mut s,
            practices::ImportRequest {
                file_name: "city_integration_practices_seed.csv",
                bytes: &seed,
                source: "practices seed",
                licence: "see data/SOURCES.md",
            },
            &practices::Library::builtin().unwrap(),
        )
        .unwrap();
        for (email, role, city) in USERS {
            let grant = Grant {
                role: *role,
                city: city.to_string(),
            };
            s.create_user("test", email, email, "not a hash", &[grant])
                .unwrap();
        }
        drop(s);
        (dir, db)
    })
    .1
}

struct Case {
    store: Store,
    topics: Topics,
    _dir: tempfile::TempDir,
}

impl Case {
    fn new() -> Case {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("m.db");
        std::fs::copy(template(), &db).unwrap();
        Case {
            store: Store::open(&db).unwrap(),
            topics: Topics::builtin().unwrap(),
            _dir: dir,
        }
    }

    fn user(&self, email: &str) -> User {
        self.store.user_by_email(email).unwrap().unwrap()
    }

    fn ask(
        &mut self,
        email: &str,
        a: Ask<'_>,
    ) -> Result<mentoring::MentoringRequest, MentoringError> {
        let who = self.user(email);
        mentoring::ask(&mut self.store, &self.topics, &who, &a)
    }

    fn take(&mut self, email: &str, id: i64, step: Step) -> Result<Status, MentoringError> {
        let who = self.user(email);
        mentoring::take(&mut self.store, &who, id, step, "").map(|r| r.status)
    }

    /// (requests, audit rows): what a refusal must leave as it was.
    fn written(&self) -> (usize, usize) {
        (
            self.store.mentoring_requests(None, &[]).unwrap().len(),
            self.store.audit_log(10_000, None).unwrap().len(),
        )
    }
}

fn osijek_asks_zagreb(topic: &str) -> Ask<'_> {
    Ask {
        mentee: OSIJEK,
        mentor: ZAGREB,
        topic,
        area: "",
        message: "We are drafting our first local integration plan and would like to learn how you monitor it.",
    }
}

#[test]
fn osijek_asks_zagreb_and_zagreb_accepts_with_who_and_when_and_an_audit_row() {
    let mut c = Case::new();
    let r = c
        .ask("editor@osijek.hr", osijek_asks_zagreb("fp5"))
        .unwrap();
    assert_eq!((r.mentee.as_str(), r.mentor.as_str()), (OSIJEK, ZAGREB));
    assert_eq!(r.status, Status::Requested);
    assert_eq!(r.requested_by, "editor@osijek.hr");
    assert_eq!(
        c.take("approver@zagreb.hr", r.id, Step::Accept).unwrap(),
        Status::Accepted
    );
    let stored = c.store.mentoring_request(r.id).unwrap().unwrap();
    assert_eq!(stored.answered_by.as_deref(), Some("approver@zagreb.hr"));
    let log = c.store.audit_log(2, None).unwrap();
    assert_eq!(log[0].action, "mentoring.accepted");
    assert_eq!(log[0].actor, "approver@zagreb.hr");
    assert_eq!(log[1].action, "mentoring.request");
    assert_eq!(log[1].actor, "editor@osijek.hr");
    // Either city ends it; then it is over for good.
    assert_eq!(
        c.take("editor@osijek.hr", r.id, Step::End).unwrap(),
        Status::Ended
    );
    assert!(matches!(
        c.take("editor@zagreb.hr", r.id, Step::Accept),
        Err(MentoringError::WrongStatus {
            status: Status::Ended,
            ..
        })
    ));
}

#[test]
fn bad_requests_are_refused_with_a_clear_error_and_change_nothing() {
    let mut c = Case::new();
    let before = c.written();
    let cases: Vec<(&str, Ask<'_>, &str)> = vec![
        (
            "editor@kosice.sk",
            osijek_asks_zagreb("fp1"),
            "only an editor of HR004C (or an administrator) may ask for mentoring on behalf of that city",
        ),
        (
            "approver@osijek.hr",
            osijek_asks_zagreb("fp1"),
            "only an editor of HR004C",
        ),
        (
            "viewer@network.eu",
            osijek_asks_zagreb("fp1"),
            "only an editor of HR004C",
        ),
        (
            "editor@osijek.hr",
            Ask {
                mentor: OSIJEK,
                ..osijek_asks_zagreb("fp1")
            },
            "Osijek cannot mentor itself",
        ),
        (
            "editor@osijek.hr",
            Ask {
                mentor: "XX999C",
                ..osijek_asks_zagreb("fp1")
            },
            "'XX999C' is not a city in the store",
        ),
        (
            "editor@osijek.hr",
            Ask {
                mentor: "SK",
                ..osijek_asks_zagreb("fp1")
            },
            "Slovakia (SK) is a country, not a city",
        ),
        (
            "editor@osijek.hr",
            osijek_asks_zagreb("fp11"),
            "'fp11' is not a focal point: choose one of fp1, fp2",
        ),
        (
            "editor@osijek.hr",
            Ask {
                area: "jobs",
                ..osijek_asks_zagreb("fp1")
            },
            "'jobs' is not a thematic area of the practice library: choose one of employment",
        ),
        (
            "editor@osijek.hr",
            Ask {
                message: "  ",
                ..osijek_asks_zagreb("fp1")
            },
            "say in a sentence or two what your city would like to learn",
        ),
    ];
    for (who, ask, expected) in cases {
        let e = c.ask(who, ask).unwrap_err().to_string();
        assert!(e.contains(expected), "{who}: {e}");
        assert_eq!(c.written(), before, "{who}: {e}");
    }
    let long = "x".repeat(mentoring::MAX_MESSAGE + 1);
    let e = c
        .ask(
            "editor@osijek.hr",
            Ask {
                message: &long,
                ..osijek_asks_zagreb("fp1")
            },
        )
        .unwrap_err();
    assert!(e.to_string().contains("keep it to 2000"), "{e}");
    assert_eq!(c.written(), before);
}

#[test]
fn a_second_open_request_on_the_same_topic_is_a_duplicate_until_the_first_closes() {
    let mut c = Case::new();
    let first = c
        .ask("editor@osijek.hr", osijek_asks_zagreb("fp1"))
        .unwrap();
    let before = c.written();
    let e = c
        .ask("admin@example.eu", osijek_asks_zagreb("fp1"))
        .unwrap_err();
    assert!(
        matches!(e, MentoringError::Duplicate { id, status: Status::Requested, .. } if id == first.id),
        "{e}"
    );
    assert!(
        e.to_string()
            .contains("Osijek already asked Zagreb for mentoring on focal point 1 (fp1)"),
        "{e}"
    );
    assert_eq!(c.written(), before);
    // Another topic is another request; a withdrawn one may be asked again.
    c.ask("editor@osijek.hr", osijek_asks_zagreb("fp2"))
        .unwrap();
    assert_eq!(
        c.take("editor@osijek.hr", first.id, Step::Withdraw)
            .unwrap(),
        Status::Withdrawn
    );
    c.ask("editor@osijek.hr", osijek_asks_zagreb("fp1"))
        .unwrap();
}

#[test]
fn only_the_mentor_city_answers_only_the_asking_city_withdraws() {
    let mut c = Case::new();
    let r = c
        .ask("editor@osijek.hr", osijek_asks_zagreb("fp3"))
        .unwrap();
    let before = c.written();
    for who in [
        "editor@osijek.hr",
        "approver@osijek.hr",
        "editor@kosice.sk",
        "viewer@network.eu",
    ] {
        for step in [Step::Accept, Step::Decline] {
            assert!(c.take(who, r.id, step).is_err(), "{who} {step:?}");
        }
    }
    for who in [
        "editor@zagreb.hr",
        "approver@zagreb.hr",
        "approver@osijek.hr",
    ] {
        let e = c.take(who, r.id, Step::Withdraw).unwrap_err();
        assert!(matches!(e, MentoringError::NotAllowed { .. }), "{who}: {e}");
    }
    // A waiting request is not the business of a third city: it does not exist for it.
    assert!(matches!(
        c.take("editor@kosice.sk", r.id, Step::Accept),
        Err(MentoringError::NotFound(_))
    ));
    let e = c.take("editor@osijek.hr", r.id, Step::Accept).unwrap_err();
    assert_eq!(
        e.to_string(),
        "only an editor or approver of the city asked to mentor (or an administrator) may accept this request"
    );
    assert!(matches!(
        c.take("editor@osijek.hr", r.id, Step::End),
        Err(MentoringError::WrongStatus {
            status: Status::Requested,
            step: Step::End,
            ..
        })
    ));
    assert_eq!(c.written(), before);
    assert_eq!(
        c.take("editor@zagreb.hr", r.id, Step::Decline).unwrap(),
        Status::Declined
    );
    let e = c
        .take("editor@osijek.hr", r.id, Step::Withdraw)
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "mentoring request 1 is declined: it cannot be withdrawn"
    );
}

#[test]
fn the_public_sees_accepted_pairs_only_and_the_correspondence_stays_with_the_two_cities() {
    let mut c = Case::new();
    let accepted = c
        .ask("editor@osijek.hr", osijek_asks_zagreb("fp5"))
        .unwrap();
    c.take("editor@zagreb.hr", accepted.id, Step::Accept)
        .unwrap();
    let waiting = c
        .ask(
            "editor@kosice.sk",
            Ask {
                mentee: KOSICE,
                ..osijek_asks_zagreb("fp7")
            },
        )
        .unwrap();
    let public = mentoring::views::network(&c.store, &c.topics, None).unwrap();
    assert_eq!(public.pairs.len(), 1);
    assert_eq!(public.pairs[0].pair.mentee.name, "Osijek");
    assert_eq!(public.pairs[0].pair.topic.number, 5);
    assert!(
        public.pairs[0].correspondence.is_none(),
        "no messages or e-mails for the public"
    );
    assert!(public.requests.is_empty());
    let kosice = c.user("editor@kosice.sk");
    let theirs = mentoring::views::network(&c.store, &c.topics, Some(&kosice)).unwrap();
    assert_eq!(theirs.requests.len(), 1);
    assert_eq!(theirs.requests[0].pair.id, waiting.id);
    assert_eq!(theirs.requests[0].steps, vec![Step::Withdraw]);
    assert!(
        theirs.pairs[0].correspondence.is_none(),
        "Košice is not a party of Osijek–Zagreb"
    );
    let osijek = c.user("editor@osijek.hr");
    let mine = mentoring::views::of_city(&c.store, &c.topics, OSIJEK, Some(&osijek)).unwrap();
    assert!(mine.may_ask);
    assert_eq!(mine.as_mentee.len(), 1);
    let corr = mine.as_mentee[0].correspondence.as_ref().unwrap();
    assert!(corr.message.starts_with("We are drafting"));
    assert_eq!(mine.as_mentee[0].steps, vec![Step::End]);
    let zagreb = c.user("approver@zagreb.hr");
    let incoming = mentoring::views::of_city(&c.store, &c.topics, ZAGREB, Some(&zagreb)).unwrap();
    assert_eq!(
        incoming.incoming().count(),
        1,
        "Košice's request waits for Zagreb"
    );
    assert!(!incoming.may_ask, "an approver does not ask");
    let public_zagreb = mentoring::views::of_city(&c.store, &c.topics, ZAGREB, None).unwrap();
    assert_eq!(public_zagreb.as_mentor.len(), 1, "only the accepted pair");
    assert_eq!(
        mentoring::views::accepted(&c.store, &c.topics)
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_pair_links_the_two_cities_practices_in_the_topics_areas() {
    let mut c = Case::new();
    // fp5 (knowledge base, evidence-based policy) maps to "governance and strategy": of
    // Osijek's and Zagreb's practices in the seed, the three Osijek ones placed there by
    // their thematic area (HR-OSI-001/002 "participatory assessment", HR-OSI-003) and
    // INTEGRA (EU-INT-001, Osijek among its cities); Zagreb's only practice (CZ-PRG-012,
    // "civic participation; dialogue") is not in that area.
    let r = c
        .ask("editor@osijek.hr", osijek_asks_zagreb("fp5"))
        .unwrap();
    let pair = mentoring::views::one(&c.store, &c.topics, r.id, Some(&c.user("editor@osijek.hr")))
        .unwrap()
        .pair;
    let linked = mentoring::views::practices(&c.store, &c.topics, &pair).unwrap();
    assert_eq!(linked.areas, vec!["governance and strategy"]);
    let ids: Vec<&str> = linked.practices.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        ["EU-INT-001", "HR-OSI-001", "HR-OSI-002", "HR-OSI-003"]
    );
    // fp7 (participation) finds Zagreb's, and the request's own area narrows a topic.
    let p7 = c
        .ask("editor@osijek.hr", osijek_asks_zagreb("fp7"))
        .unwrap();
    let pair7 = mentoring::views::one(&c.store, &c.topics, p7.id, None);
    assert!(
        matches!(pair7, Err(MentoringError::NotFound(_))),
        "the public does not see it yet"
    );
    let pair7 = mentoring::views::one(
        &c.store,
        &c.topics,
        p7.id,
        Some(&c.user("admin@example.eu")),
    )
    .unwrap()
    .pair;
    let linked7 = mentoring::views::practices(&c.store, &c.topics, &pair7).unwrap();
    assert!(
        linked7
            .practices
            .iter()
            .any(|p| p.id == "CZ-PRG-012" && p.cities == [ZAGREB])
    );
    // fp9 maps to no area: every practice of the two cities, said so by empty areas.
    let p9 = c
        .ask("editor@osijek.hr", osijek_asks_zagreb("fp9"))
        .unwrap();
    let pair9 = mentoring::views::one(
        &c.store,
        &c.topics,
        p9.id,
        Some(&c.user("admin@example.eu")),
    )
    .unwrap()
    .pair;
    let linked9 = mentoring::views::practices(&c.store, &c.topics, &pair9).unwrap();
    assert!(linked9.areas.is_empty());
    assert_eq!(linked9.practices.len(), 5);
}

#[test]
fn suggested_mentors_are_the_peers_crates_with_their_reasons() {
    let c = Case::new();
    let cities = peers::Cities::load(&c.store).unwrap();
    let suggested = mentoring::views::suggestions(&cities, OSIJEK).unwrap();
    let direct = cities
        .mentors(OSIJEK, &peers::MentorQuery::default())
        .unwrap();
    assert_eq!(suggested, direct);
    assert!(!suggested.mentors.is_empty(), "{:?}", suggested.note);
    assert!(
        suggested
            .mentors
            .iter()
            .all(|m| m.reason.contains("experience"))
    );
    assert!(matches!(
        mentoring::views::suggestions(&cities, "XX999C"),
        Err(MentoringError::Peers(_))
    ));
}
