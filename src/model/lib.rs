//! The CRM TrueCost engine: a scenario in, results out.
//!
//! Pure and deterministic: no leptos, no web-sys, no I/O. Money is `rust_decimal::Decimal`.
//! The flow is one way: [`Scenario`] → [`ledger`](ledger::ledger) (tagged lines per period) →
//! [`Results`] (aggregates and finance). JSON parsing stays outside (the CLI and the app use
//! serde_json); every type here is serde-ready.

#![forbid(unsafe_code)]
#![warn(missing_docs)]
// No panics on any input: outside tests, nothing may unwrap, index or panic.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic,
        clippy::unreachable,
        clippy::arithmetic_side_effects
    )
)]

pub mod arith;
pub mod assumptions;
mod benefits;
mod context;
mod deployment;
pub mod error;
pub mod finance;
pub mod ledger;
mod operations;
mod pricing;
pub mod project;
pub mod results;
pub mod scenario;
pub mod taxonomy;
pub mod templates;
#[cfg(test)]
mod test_support;
mod training;
pub mod units;
pub mod validate;

pub use assumptions::{Assumption, Source, register};
pub use error::{FieldError, ScenarioError};
pub use finance::{Irr, IrrNote};
pub use ledger::{Line, ledger};
pub use results::{Results, Totals, Warning, YearResult};
pub use scenario::*;
pub use taxonomy::{Category, LineKind, Phase, Quadrant, Role};
pub use templates::{template, template_names};
pub use units::{
    Contacts, Count, CurrencyCode, Factor, Fte, Growth, Horizon, Hours, InvalidValue, Money,
    Percent, Weeks,
};

/// Validates `scenario` and computes its results.
pub fn evaluate(scenario: &Scenario) -> Result<Results, ScenarioError> {
    scenario.validate()?;
    results::compute(scenario)
}
