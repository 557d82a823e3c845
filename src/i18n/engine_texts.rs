//! The engine's problems in the reader's language: a [`FieldError`] is shown by its field's
//! name and its problem.

use truecost_model::{FieldError, ScenarioError};

use super::Locale;

/// The problem alone (shown next to its field).
pub fn field_problem(f: &FieldError, _locale: Locale) -> String {
    f.message.clone()
}

/// The field and its problem (shown away from the field: banners, notices).
pub fn field_error(f: &FieldError, locale: Locale) -> String {
    format!("{}: {}", f.path, field_problem(f, locale))
}

/// Every problem of `e`, one sentence each.
pub fn scenario_error(e: &ScenarioError, locale: Locale) -> String {
    e.errors
        .iter()
        .map(|f| field_error(f, locale))
        .collect::<Vec<_>>()
        .join("; ")
}
