//! "How sure is this number?": ranges on inputs, a seeded Monte Carlo simulation and a tornado,
//! all on the engine's own formulas.
//!
//! The ranges live in the scenario (`Scenario::ranges`, see `scenario/ranges_input.rs`). A
//! trial runs the same cost modules as the ledger ([`crate::evaluate`]), in `f64` through the
//! number-generic builder, with each ranged input drawn independently (no correlation between
//! inputs) from its PERT, triangular or uniform distribution by an in-crate xoshiro256**
//! generator: the same seed gives the same figures natively and in the browser.
//!
//! - [`simulate`] / [`Simulation`] (`new` → `run_chunk` … → `finish`): percentiles of TCO, NPV
//!   and payback, P(NPV > 0), P(payback within the horizon), the budget at 80 % confidence,
//!   histograms and S-curves.
//! - [`tornado`]: each ranged input alone from low to high; the top bars by swing.
//! - [`typical_ranges`] / [`add_typical_ranges`]: sourced default ranges for the classic
//!   overruns; [`ranges_for_open_questions`] / [`ranges_for_unknown_answers`]: wider ranges for
//!   "Don't know" checklist answers.

mod sample;
mod simulate;
mod spread;
mod tornado;
mod trial;
mod typical;

pub use sample::{Rng, Sampler};
pub use simulate::{
    DEFAULT_SEED, DEFAULT_TRIALS, Deterministic, MAX_TRIALS, Simulation, SimulationResults,
    SimulationSettings, simulate,
};
pub use spread::{Bin, CURVE_POINTS, CurvePoint, HISTOGRAM_BINS, PaybackSpread, Spread};
pub use tornado::{TORNADO_BARS, Tornado, TornadoBar, TornadoSort, tornado};
pub use trial::{LikelyLine, likely_lines};
pub use typical::{
    TypicalRange, add_typical_ranges, ranges_for_open_questions, ranges_for_unknown_answers,
    typical_ranges,
};

#[cfg(test)]
mod tests;
