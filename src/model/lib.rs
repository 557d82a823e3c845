//! The CRM TrueCost engine: a scenario in, results out.
//!
//! Pure and deterministic: no leptos, no web-sys, no I/O. Money is `rust_decimal::Decimal`.
//! The flow is one way, and the folders show it: [`scenario`] (the input, validated) →
//! [`costs`] (one module per cost family, each writing lines through the [`ledger`]'s builder)
//! → [`evaluate`] (the one place that runs them in order) → [`results`] and [`finance`];
//! [`uncertainty`] runs the same modules in `f64` for the simulation and the tornado. Reading JSON
//! text stays outside (the CLI and the app parse it with serde_json); [`json`] reads the parsed
//! value into the scenario's types, and every type here serializes with serde.

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
pub mod checklist;
pub mod compare;
mod context;
pub mod costs;
pub mod error;
mod evaluate;
pub mod finance;
pub mod fit;
pub mod inputs;
pub mod json;
pub mod ledger;
pub mod presets;
pub mod results;
pub mod scenario;
pub mod taxonomy;
pub mod templates;
#[cfg(test)]
mod test_support;
pub mod uncertainty;
pub mod units;

pub use assumptions::{Assumption, Source, register};
pub use error::{ErrorCode, FieldError, ScenarioError};
pub use evaluate::{evaluate, ledger};
pub use finance::{Irr, IrrNote};
pub use ledger::Line;
pub use results::{Results, Totals, Warning, YearResult};
pub use scenario::*;
pub use taxonomy::{Category, LineKind, Phase, Quadrant, Role};
pub use templates::{template, template_names};
pub use units::{
    Contacts, Count, CurrencyCode, Factor, Fte, Growth, Horizon, Hours, InvalidValue, Money,
    Percent, Weeks,
};
