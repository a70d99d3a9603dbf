//! Who may take which step of a mentoring request, from the roles a user holds per city
//! (`store::users`). Deny by default: a step is allowed only by a rule here.
//!
//! - ask: an editor of the asking city (the mentee), on behalf of that city only;
//! - accept or decline: an editor or approver of the city asked (the mentor) — an answer
//!   commits the city's staff time, so an approver may give it as well as an editor;
//! - withdraw, while no answer came: an editor of the asking city (whoever of its editors
//!   asked: the request is the city's, not the person's);
//! - end an accepted pair: an editor or approver of either city;
//! - see a request that is not (or was never) accepted: anyone with a role for either
//!   city. Accepted and ended pairs are public: the network sees who mentors whom on what.
//!
//! Administrators may do everything, everywhere. Network/national viewers read every city's
//! drafts, but a request between two cities is the cities' correspondence, not a figure:
//! they see the pairs like the public.

use serde::Serialize;
use store::mentoring::{MentoringRequest, Status};
use store::users::{Role, User};

/// A step on an existing request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Step {
    Accept,
    Decline,
    Withdraw,
    End,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Accept, Step::Decline, Step::Withdraw, Step::End];

    /// The name in URLs (`/mentoring/{id}/{step}`).
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Accept => "accept",
            Step::Decline => "decline",
            Step::Withdraw => "withdraw",
            Step::End => "end",
        }
    }

    pub fn parse(text: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// The status a request has after the step.
    pub fn target(self) -> Status {
        match self {
            Step::Accept => Status::Accepted,
            Step::Decline => Status::Declined,
            Step::Withdraw => Status::Withdrawn,
            Step::End => Status::Ended,
        }
    }

    /// The step done, in words ("accepted").
    pub fn past(self) -> &'static str {
        self.target().as_str()
    }

    /// Who may take it, in words (for the refusal).
    pub fn who(self) -> &'static str {
        match self {
            Step::Accept | Step::Decline => "an editor or approver of the city asked to mentor",
            Step::Withdraw => "an editor of the city that asked",
            Step::End => "an editor or approver of either city",
        }
    }
}

pub fn is_admin(user: &User) -> bool {
    user.grants.iter().any(|g| g.role == Role::Admin)
}

/// Whether `user` holds one of `roles` for `city` (administrators hold every role).
fn holds(user: &User, roles: &[Role], city: &str) -> bool {
    is_admin(user)
        || user
            .grants
            .iter()
            .any(|g| roles.contains(&g.role) && g.city == city)
}

/// Whether `user` may ask for mentoring on behalf of `mentee`.
pub fn may_ask(user: &User, mentee: &str) -> bool {
    holds(user, &[Role::Editor], mentee)
}

/// Whether `user` may take `step` on `r` (its status aside: that is the store's rule).
pub fn may(user: &User, step: Step, r: &MentoringRequest) -> bool {
    let either = [Role::Editor, Role::Approver];
    match step {
        Step::Accept | Step::Decline => holds(user, &either, &r.mentor),
        Step::Withdraw => holds(user, &[Role::Editor], &r.mentee),
        Step::End => holds(user, &either, &r.mentee) || holds(user, &either, &r.mentor),
    }
}

/// Whether `who` (None: the public) may see `r`, and the message and answers with it.
pub fn may_see(who: Option<&User>, r: &MentoringRequest) -> bool {
    public(r) || who.is_some_and(|u| is_party(u, r))
}

/// Whether `user` has a role for one of the two cities (or is an administrator): the
/// people who read the request's correspondence.
pub fn is_party(user: &User, r: &MentoringRequest) -> bool {
    let local = |city: &str| {
        user.grants
            .iter()
            .any(|g| !g.role.is_global() && g.city == city)
    };
    is_admin(user) || local(&r.mentee) || local(&r.mentor)
}

/// Accepted and ended pairs are the network's to see; the rest is the two cities'.
pub fn public(r: &MentoringRequest) -> bool {
    matches!(r.status, Status::Accepted | Status::Ended)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use store::users::Grant;

    fn user(grants: &[(Role, &str)]) -> User {
        User {
            id: 1,
            email: "x@example.eu".into(),
            name: "x".into(),
            password_hash: String::new(),
            created_at: String::new(),
            disabled: false,
            grants: grants
                .iter()
                .map(|(role, city)| Grant {
                    role: *role,
                    city: city.to_string(),
                })
                .collect(),
        }
    }

    fn request(status: Status) -> MentoringRequest {
        MentoringRequest {
            id: 1,
            mentee: "HR004C".into(),
            mentor: "AT001C".into(),
            topic: "fp1".into(),
            area: String::new(),
            message: "help".into(),
            status,
            requested_by: "ed@osijek.hr".into(),
            requested_at: String::new(),
            answered_by: None,
            answered_at: None,
            answer: String::new(),
            ended_by: None,
            ended_at: None,
            ended_note: String::new(),
        }
    }

    /// Grants, and whether they allow: ask for HR004C, accept, decline, withdraw, end.
    type Row<'a> = (&'a [(Role, &'a str)], [bool; 5]);

    /// The matrix written out by hand, not derived from the code under test.
    #[test]
    fn every_role_of_either_city_against_every_step() {
        let r = request(Status::Requested);
        let cases: &[Row<'_>] = &[
            (
                &[(Role::Editor, "HR004C")],
                [true, false, false, true, true],
            ),
            (
                &[(Role::Approver, "HR004C")],
                [false, false, false, false, true],
            ),
            (
                &[(Role::Editor, "AT001C")],
                [false, true, true, false, true],
            ),
            (
                &[(Role::Approver, "AT001C")],
                [false, true, true, false, true],
            ),
            (&[(Role::Editor, "SK002C")], [false; 5]),
            (&[(Role::Approver, "SK002C")], [false; 5]),
            (&[(Role::Viewer, "")], [false; 5]),
            (&[], [false; 5]),
            (&[(Role::Admin, "")], [true; 5]),
        ];
        for (grants, expected) in cases {
            let u = user(grants);
            let got = [
                may_ask(&u, "HR004C"),
                may(&u, Step::Accept, &r),
                may(&u, Step::Decline, &r),
                may(&u, Step::Withdraw, &r),
                may(&u, Step::End, &r),
            ];
            assert_eq!(&got, expected, "{grants:?}");
        }
    }

    #[test]
    fn a_waiting_request_is_seen_by_the_two_cities_and_administrators_only() {
        for status in [Status::Requested, Status::Declined, Status::Withdrawn] {
            let r = request(status);
            assert!(!may_see(None, &r), "{status:?}");
            assert!(may_see(Some(&user(&[(Role::Approver, "AT001C")])), &r));
            assert!(may_see(Some(&user(&[(Role::Editor, "HR004C")])), &r));
            assert!(may_see(Some(&user(&[(Role::Admin, "")])), &r));
            assert!(!may_see(Some(&user(&[(Role::Editor, "SK002C")])), &r));
            assert!(!may_see(Some(&user(&[(Role::Viewer, "")])), &r));
        }
        for status in [Status::Accepted, Status::Ended] {
            assert!(may_see(None, &request(status)), "{status:?}");
        }
    }

    #[test]
    fn step_names_round_trip() {
        for s in Step::ALL {
            assert_eq!(Step::parse(s.as_str()), Some(s));
        }
        assert_eq!(Step::parse("approve"), None);
    }
}
