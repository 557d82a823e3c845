//! Helpers shared by the engine's unit tests (compiled for tests only).

use std::str::FromStr;

use rust_decimal::Decimal;

use crate::evaluate::ledger;
use crate::scenario::Scenario;
use crate::units::{Money, Percent};

/// A decimal literal.
pub(crate) fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

/// A money literal.
pub(crate) fn money(text: &str) -> Money {
    Money::try_from(d(text)).unwrap()
}

/// A fraction literal ("0.10" = 10 %).
pub(crate) fn pct(text: &str) -> Percent {
    Percent::try_from(d(text)).unwrap()
}

/// The per-period amounts of ledger line `id` (empty when the line is absent).
pub(crate) fn amounts(s: &Scenario, id: &str) -> Vec<Decimal> {
    ledger(s)
        .unwrap()
        .into_iter()
        .find(|l| l.id == id)
        .map(|l| l.amounts)
        .unwrap_or_default()
}
