//! Accounts over their life: tokens that expire and are revoked, users disabled, deleted,
//! given another role or a new password — each audited, none leaving the store without an
//! administrator.
#![allow(clippy::unwrap_used)] // a test or example fails loudly, by design

use store::users::{Grant, Role};
use store::{Store, StoreError};

fn grant(role: Role, city: &str) -> Grant {
    Grant {
        role,
        city: city.into(),
    }
}

fn store() -> (tempfile::TempDir, Store, i64, i64) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("s.db")).unwrap();
    let admin = s
        .create_user("cli", "admin@x.eu", "A", "phc", &[grant(Role::Admin, "")])
        .unwrap();
    let editor = s
        .create_user(
            "cli",
            "ed@x.eu",
            "E",
            "phc",
            &[grant(Role::Editor, "HR004C")],
        )
        .unwrap();
    (dir, s, admin, editor)
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

fn last_action(s: &Store) -> String {
    s.audit_log(1, None).unwrap()[0].action.clone()
}

#[test]
fn tokens_expire_and_are_revoked_with_an_audit_row() {
    let (_d, mut s, admin, editor) = store();
    let live = s
        .create_api_token_until("admin@x.eu", editor, "sync", "h-live", Some(now() + 3600))
        .unwrap();
    s.create_api_token_until("admin@x.eu", editor, "old", "h-old", Some(now() - 1))
        .unwrap();
    s.create_api_token("admin@x.eu", admin, "forever", "h-ever")
        .unwrap();
    assert_eq!(s.api_token_user("h-live").unwrap(), Some(editor));
    assert_eq!(s.api_token_user("h-old").unwrap(), None, "expired");
    assert_eq!(s.api_token_user("h-ever").unwrap(), Some(admin));
    let listed = s.api_tokens(editor).unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!(listed.iter().filter(|t| t.expired()).count(), 1);
    s.revoke_api_token("admin@x.eu", live).unwrap();
    assert_eq!(s.api_token_user("h-live").unwrap(), None, "revoked");
    assert_eq!(last_action(&s), "token.revoke");
    assert!(matches!(
        s.revoke_api_token("admin@x.eu", live),
        Err(StoreError::NotFound(_))
    ));
}

#[test]
fn a_disabled_user_has_no_session_and_no_token_until_enabled() {
    let (_d, mut s, _admin, editor) = store();
    s.create_session("sess", editor, "csrf", 3600).unwrap();
    s.create_api_token("cli", editor, "t", "h").unwrap();
    s.set_disabled("admin@x.eu", editor, true).unwrap();
    assert_eq!(last_action(&s), "user.disable");
    assert!(s.user(editor).unwrap().unwrap().disabled);
    assert!(s.session("sess").unwrap().is_none());
    assert_eq!(s.api_token_user("h").unwrap(), None);
    s.set_disabled("admin@x.eu", editor, false).unwrap();
    assert_eq!(last_action(&s), "user.enable");
    assert_eq!(s.api_token_user("h").unwrap(), Some(editor));
}

#[test]
fn a_deleted_user_takes_grants_sessions_and_tokens_along() {
    let (_d, mut s, _admin, editor) = store();
    s.create_session("sess", editor, "csrf", 3600).unwrap();
    s.create_api_token("cli", editor, "t", "h").unwrap();
    s.delete_user("admin@x.eu", editor).unwrap();
    assert!(s.user(editor).unwrap().is_none());
    assert!(s.grants(editor).unwrap().is_empty());
    assert!(s.session("sess").unwrap().is_none());
    assert!(s.api_tokens(editor).unwrap().is_empty());
    let row = &s.audit_log(1, None).unwrap()[0];
    assert_eq!(row.action, "user.delete");
    assert!(row.old_value.as_deref().unwrap().contains("ed@x.eu"));
}

#[test]
fn a_change_of_role_replaces_the_grants_and_is_audited() {
    let (_d, mut s, _admin, editor) = store();
    s.set_grants("admin@x.eu", editor, &[grant(Role::Approver, "HR004C")])
        .unwrap();
    assert_eq!(
        s.grants(editor).unwrap(),
        vec![grant(Role::Approver, "HR004C")]
    );
    let row = &s.audit_log(1, None).unwrap()[0];
    assert_eq!(row.action, "user.role");
    assert!(row.old_value.as_deref().unwrap().contains("editor"));
    assert!(row.new_value.as_deref().unwrap().contains("approver"));
}

#[test]
fn the_last_administrator_stays() {
    let (_d, mut s, admin, editor) = store();
    for refused in [
        s.set_disabled("admin@x.eu", admin, true),
        s.delete_user("admin@x.eu", admin),
        s.set_grants("admin@x.eu", admin, &[grant(Role::Viewer, "")]),
    ] {
        assert!(
            matches!(refused, Err(StoreError::Conflict(_))),
            "{refused:?}"
        );
    }
    assert!(!s.user(admin).unwrap().unwrap().disabled);
    // With a second administrator, the first may go.
    s.set_grants("admin@x.eu", editor, &[grant(Role::Admin, "")])
        .unwrap();
    s.delete_user("ed@x.eu", admin).unwrap();
}

#[test]
fn a_password_reset_ends_the_sessions() {
    let (_d, mut s, _admin, editor) = store();
    s.create_session("sess", editor, "csrf", 3600).unwrap();
    s.set_password("admin@x.eu", editor, "new-phc").unwrap();
    assert!(s.session("sess").unwrap().is_none());
    assert_eq!(s.user(editor).unwrap().unwrap().password_hash, "new-phc");
    assert_eq!(last_action(&s), "user.password");
}
