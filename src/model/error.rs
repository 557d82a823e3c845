//! The engine's one error type: a list of problems, each naming the scenario field (or the
//! ledger line) it is about, with a stable machine code and its values (interfaces translate
//! by them) and the same problem in plain English (the CLI prints it).

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// What kind of problem a [`FieldError`] is: a stable code that an interface translates, the
/// values it names being in [`FieldError::params`]. Serialized in snake_case (`tier_not_ascending`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A value its field does not accept, or any other problem; only the English message says
    /// which.
    #[default]
    Invalid,
    /// `schema_version` is not the version this engine reads. Params: `expected`.
    SchemaVersion,
    /// A name is too long. Params: `max` (characters).
    NameTooLong,
    /// A number of years out of range. Params: `min`, `max`.
    YearsOutOfRange,
    /// A list has too many entries. Params: `max`.
    TooManyEntries,
    /// A contact tier's limit is not larger than the tier before it. Params: `before`.
    TierNotAscending,
    /// A contact tier's price is lower than the tier before it. Params: `before`.
    TierPriceFalls,
    /// The overtime multiplier is below 1.
    OvertimeBelowOne,
    /// A custom line has more amounts than any horizon has periods. Params: `count`, `max`.
    TooManyAmounts,
    /// A computed amount does not fit in the engine's numbers.
    TooLarge,
    /// A range's key is not the path of a numeric input (`ranges["…"]`).
    RangeUnknownInput,
    /// A range names a list item the scenario does not have (`ranges["…"]`).
    RangeMissingItem,
    /// A range's bound is outside the field's own bounds (`ranges["…"].low|high`). Params:
    /// `min`, `max`.
    RangeOutOfBounds,
    /// A range's bound on a count is not a whole number (`ranges["…"].low|high`).
    RangeNotWhole,
    /// A range's low value is above the field's value (`ranges["…"].low`). Params: `value`.
    RangeLowAboveValue,
    /// A range's high value is below the field's value (`ranges["…"].high`). Params: `value`.
    RangeHighBelowValue,
    /// A simulation's trial count is out of range (`trials`). Params: `min`, `max`.
    TrialsOutOfRange,
}

/// One problem with one field, e.g. `pricing.contact_tiers[2].up_to`: "must be larger than the
/// tier before it".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// Where: a dotted path into the scenario JSON, with `[i]` for list items.
    pub path: String,
    /// What kind of problem, for interfaces that translate it.
    #[serde(default)]
    pub code: ErrorCode,
    /// The values the problem names (`max` → `"10"`), for the translated text.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub params: BTreeMap<String, String>,
    /// What is wrong, in plain English.
    pub message: String,
}

impl FieldError {
    /// A problem at `path` without a more specific code ([`ErrorCode::Invalid`]).
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self::coded(path, ErrorCode::Invalid, message)
    }

    /// A problem at `path` of kind `code`.
    pub fn coded(path: impl Into<String>, code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            code,
            params: BTreeMap::new(),
            message: message.into(),
        }
    }

    /// The same problem, naming `value` as the parameter `name`.
    pub fn with(mut self, name: &str, value: impl fmt::Display) -> Self {
        self.params.insert(name.to_owned(), value.to_string());
        self
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
        Self {
            errors: vec![FieldError::coded(
                what,
                ErrorCode::TooLarge,
                "the amounts are too large to compute; check the inputs for an extra digit",
            )],
        }
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

    #[test]
    fn codes_and_params_are_stable_json() {
        let e = FieldError::coded(
            "custom_lines",
            ErrorCode::TooManyEntries,
            "must have at most 100 lines",
        )
        .with("max", 100);
        let json = serde_json::to_string(&e).expect("serializes");
        assert_eq!(
            json,
            r#"{"path":"custom_lines","code":"too_many_entries","params":{"max":"100"},"message":"must have at most 100 lines"}"#
        );
        assert_eq!(serde_json::from_str::<FieldError>(&json).expect("reads"), e);
        // Without code and params (older JSON) it reads as Invalid.
        let old: FieldError = serde_json::from_str(r#"{"path":"x","message":"m"}"#).expect("reads");
        assert_eq!(old, FieldError::new("x", "m"));
        assert_eq!(
            ScenarioError::too_large("totals").errors[0].code,
            ErrorCode::TooLarge
        );
    }
}
