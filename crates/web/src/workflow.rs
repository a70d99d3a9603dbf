//! The steps of the publication workflow (draft → submitted → published | returned), as a
//! type: the pages' form actions and the API's routes name one of these, never a string
//! that a typo could turn into a silent no-op.

use crate::auth::Action;
use store::submissions::Status;

/// A step a submission can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// An editor sends a draft (or returned) submission to the approvers.
    Submit,
    /// An approver publishes a submitted submission.
    Publish,
    /// An approver sends a submitted submission back with a comment.
    Return,
}

impl Step {
    pub const ALL: [Step; 3] = [Step::Submit, Step::Publish, Step::Return];

    /// The name in URLs (`/submissions/{id}/{step}`).
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Submit => "submit",
            Step::Publish => "publish",
            Step::Return => "return",
        }
    }

    pub fn parse(text: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// What the caller must be allowed to do for the submission's city.
    pub fn action(self) -> Action {
        match self {
            Step::Submit => Action::Submit,
            Step::Publish => Action::Publish,
            Step::Return => Action::Return,
        }
    }

    /// The status the submission has afterwards.
    pub fn target(self) -> Status {
        match self {
            Step::Submit => Status::Submitted,
            Step::Publish => Status::Published,
            Step::Return => Status::Returned,
        }
    }
}

/// A submission's status as a reader sees it (its badge, the history), in the reader's
/// language; English: the status's name.
pub fn status_label(status: Status) -> String {
    t!(match status {
        Status::Draft => "data-status-draft",
        Status::Submitted => "data-status-submitted",
        Status::Published => "data-status-published",
        Status::Returned => "data-status-returned",
    })
}

/// A status as the store writes it in a submission's history (`draft`, …), in the
/// reader's language; a text that is no status (an empty one) as it is.
pub fn status_text(text: &str) -> String {
    Status::parse(text).map_or_else(|| text.to_string(), status_label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for s in Step::ALL {
            assert_eq!(Step::parse(s.as_str()), Some(s));
        }
        assert_eq!(Step::parse("approve"), None);
    }
}
