//! The account rules on a real store: what an administrator does from the command line
//! or the admin page, what is refused, and what the audit log keeps.
#![allow(clippy::unwrap_used)] // a test fails loudly, by design

use accounts::cli::{self, Command, Users};
use accounts::{AccountError, NewAccount, PasswordHash, UserOp};
use model::{GeoCode, Geography};
use store::Store;
use store::users::Role;

const PASSWORD: &str = "a long enough password";

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("accounts.db")).unwrap();
    let osijek = Geography::from_code(GeoCode::new("HR004C"), "Osijek");
    s.add_place("test", &osijek).unwrap();
    (dir, s)
}

fn add(s: &mut Store, email: &str, role: &str, city: Option<&str>) -> i64 {
    let grant = accounts::grant(s, role, city).unwrap();
    let hash = PasswordHash::new(PASSWORD).unwrap();
    NewAccount::new(email, "", hash, grant)
        .unwrap()
        .create(s, "test")
        .unwrap()
}

fn actions(s: &Store) -> Vec<String> {
    let mut log: Vec<String> = s
        .audit_log(100, None)
        .unwrap()
        .into_iter()
        .filter(|e| e.action.starts_with("user.") || e.action.starts_with("token."))
        .map(|e| e.action)
        .collect();
    log.reverse();
    log
}

#[test]
fn the_password_policy_counts_characters_not_bytes() {
    assert!(matches!(
        PasswordHash::new("elevenchars"),
        Err(AccountError::ShortPassword)
    ));
    // Twelve characters, 24 bytes: long enough.
    let h = PasswordHash::new("žžžžžžžžžžžž").unwrap();
    assert!(accounts::verify_password("žžžžžžžžžžžž", h.phc()));
    assert!(!accounts::verify_password("žžžžžžžžžžž", h.phc()));
    assert!(
        !format!("{h:?}").contains("argon2"),
        "a hash is not printed"
    );
}

#[test]
fn a_grant_names_its_city_by_code_or_name_and_global_roles_have_none() {
    let (_d, s) = store();
    let by_name = accounts::grant(&s, "editor", Some("osijek")).unwrap();
    assert_eq!(
        (by_name.role, by_name.city.as_str()),
        (Role::Editor, "HR004C")
    );
    let by_code = accounts::grant(&s, "Approver", Some("HR004C")).unwrap();
    assert_eq!(by_code.city, "HR004C");
    let viewer = accounts::grant(&s, "viewer", Some("Osijek")).unwrap();
    assert_eq!(viewer.city, "", "a network viewer reads every city");
    assert!(matches!(
        accounts::grant(&s, "editor", None),
        Err(AccountError::NeedsCity(Role::Editor))
    ));
    assert!(matches!(
        accounts::grant(&s, "editor", Some("Rubano")),
        Err(AccountError::Place { query, .. }) if query == "Rubano"
    ));
    assert!(matches!(
        accounts::grant(&s, "mayor", None),
        Err(AccountError::Role(r)) if r == "mayor"
    ));
    for bad in ["ana", "@osijek.hr", "ana@", ""] {
        assert!(
            matches!(accounts::check_email(bad), Err(AccountError::Email(_))),
            "{bad}"
        );
    }
}

#[test]
fn every_change_to_an_account_is_carried_out_and_audited() {
    let (_d, mut s) = store();
    let admin = add(&mut s, "admin@osijek.hr", "admin", None);
    let ana = add(&mut s, "ana@osijek.hr", "editor", Some("Osijek"));
    assert_eq!(accounts::find(&s, "#2").unwrap().id, ana);
    assert_eq!(accounts::find(&s, " ana@osijek.hr ").unwrap().id, ana);
    assert!(matches!(
        accounts::find(&s, "#9"),
        Err(AccountError::NoUser(_))
    ));

    accounts::change(&mut s, "cli", ana, &UserOp::Disable).unwrap();
    assert!(s.user(ana).unwrap().unwrap().disabled);
    accounts::change(&mut s, "cli", ana, &UserOp::Enable).unwrap();
    assert!(!s.user(ana).unwrap().unwrap().disabled);

    let new = PasswordHash::new("another long password").unwrap();
    accounts::change(&mut s, "cli", ana, &UserOp::Password(new)).unwrap();
    let phc = s.user(ana).unwrap().unwrap().password_hash;
    assert!(accounts::verify_password("another long password", &phc));
    assert!(!accounts::verify_password(PASSWORD, &phc));

    let approver = accounts::grant(&s, "approver", Some("Osijek")).unwrap();
    accounts::change(&mut s, "cli", ana, &UserOp::Role(approver.clone())).unwrap();
    assert_eq!(s.user(ana).unwrap().unwrap().grants, vec![approver]);

    // The last administrator stays: nobody could manage accounts otherwise.
    for op in [UserOp::Disable, UserOp::Delete] {
        let refused = accounts::change(&mut s, "cli", admin, &op).unwrap_err();
        assert!(
            refused.to_string().contains("last administrator"),
            "{refused}"
        );
    }
    accounts::change(&mut s, "cli", ana, &UserOp::Delete).unwrap();
    assert!(s.user(ana).unwrap().is_none());
    assert_eq!(
        actions(&s),
        [
            "user.create",
            "user.create",
            "user.disable",
            "user.enable",
            "user.password",
            "user.role",
            "user.delete"
        ]
    );
}

#[test]
fn a_token_expires_within_a_year_and_is_refused_once_revoked() {
    let (_d, mut s) = store();
    let ana = add(&mut s, "ana@osijek.hr", "viewer", None);
    for days in [0, -1, accounts::MAX_TOKEN_DAYS + 1] {
        assert!(matches!(
            accounts::issue_token(&mut s, "cli", ana, "r", days),
            Err(AccountError::Days(_))
        ));
    }
    assert!(matches!(
        accounts::issue_token(&mut s, "cli", 99, "r", 30),
        Err(AccountError::NoUser(_))
    ));
    let token = accounts::issue_token(&mut s, "cli", ana, "  ", 30).unwrap();
    assert!(token.starts_with("obs_") && token.len() == 68, "{token}");
    let hash = accounts::token_hash(&token);
    assert_eq!(s.api_token_user(&hash).unwrap(), Some(ana));
    let listed = s.api_tokens(ana).unwrap();
    assert_eq!(listed[0].name, "script");
    let days = (listed[0].expires_at.unwrap() - time::OffsetDateTime::now_utc().unix_timestamp())
        as f64
        / 86_400.0;
    assert!((29.9..=30.0).contains(&days), "{days}");
    accounts::revoke(&mut s, "cli", listed[0].id).unwrap();
    assert_eq!(s.api_token_user(&hash).unwrap(), None);
    assert!(accounts::revoke(&mut s, "cli", listed[0].id).is_err());
}

#[test]
fn the_command_line_lists_and_changes_accounts() {
    let (_d, mut s) = store();
    add(&mut s, "admin@osijek.hr", "admin", None);
    let ana = add(&mut s, "ana@osijek.hr", "editor", Some("HR004C"));
    let list = cli::run(&mut s, Command::Users(Users::List)).unwrap();
    let lines: Vec<&str> = list.lines().collect();
    assert!(lines[0].starts_with("user  e-mail"), "{list}");
    let ana_row = lines.iter().find(|l| l.contains("ana@osijek.hr")).unwrap();
    assert!(ana_row.contains("editor of HR004C"), "{list}");
    assert!(ana_row.contains("enabled"), "{list}");

    let refused = cli::run(
        &mut s,
        Command::Users(Users::Delete {
            user: "ana@osijek.hr".into(),
            yes: false,
        }),
    )
    .unwrap_err();
    assert!(matches!(refused, AccountError::Confirm(_)));
    assert!(
        s.user(ana).unwrap().is_some(),
        "nothing deleted without --yes"
    );

    let out = cli::run(&mut s, Command::Users(Users::Disable { user: "#2".into() })).unwrap();
    assert_eq!(out, "user #2 ana@osijek.hr disabled: editor of HR004C\n");
    let list = cli::run(&mut s, Command::Users(Users::List)).unwrap();
    let ana_row = list.lines().find(|l| l.contains("ana@osijek.hr")).unwrap();
    assert!(ana_row.contains("disabled"), "{list}");

    let token = accounts::issue_token(&mut s, "cli", ana, "nightly export", 90).unwrap();
    let tokens = cli::run(&mut s, Command::Users(Users::Tokens { user: None })).unwrap();
    assert!(
        tokens.contains("#1") && tokens.contains("nightly export"),
        "{tokens}"
    );
    assert!(
        tokens.contains("(valid)") && !tokens.contains(&token),
        "{tokens}"
    );
    let out = cli::run(&mut s, Command::Users(Users::Revoke { token: 1 })).unwrap();
    assert_eq!(out, "revoked API token #1\n");
    let tokens = cli::run(&mut s, Command::Users(Users::Tokens { user: None })).unwrap();
    assert!(tokens.contains("(none)"), "{tokens}");
}
