//! The engine's one error type: a list of problems, each naming the scenario field (or the
//! ledger line) it is about, in plain English.

use std::fmt;

use serde::{Deserialize, Serialize};

/// One problem with one field, e.g. `pricing.contact_tiers[2].up_to`: "must be larger than the
/// tier before it".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// Where: a dotted path into the scenario JSON, with `[i]` for list items.
    pub path: String,
    /// What is wrong, in plain English.
    pub message: String,
}

impl FieldError {
    /// A problem at `path`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Why a scenario cannot be evaluated: every problem found, not only the first.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ScenarioError {
    /// The problems, in the order of the scenario's fields.
    pub errors: Vec<FieldError>,
}

impl ScenarioError {
    /// An error with one problem.
    pub fn single(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            errors: vec![FieldError::new(path, message)],
        }
    }

    /// The problem reported when a computed amount does not fit: `what` names the ledger line.
    pub fn too_large(what: &str) -> Self {
        Self::single(
            what,
            "the amounts are too large to compute; check the inputs for an extra digit",
        )
    }
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ScenarioError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_lists_every_problem_on_its_own_line() {
        let e = ScenarioError {
            errors: vec![
                FieldError::new("horizon", "must be between 1 and 10 years"),
                FieldError::new("pricing.contact_tiers[1].up_to", "must be larger"),
            ],
        };
        assert_eq!(
            e.to_string(),
            "horizon: must be between 1 and 10 years\npricing.contact_tiers[1].up_to: must be larger"
        );
    }
}
