//! The tornado: which assumptions matter most. Each ranged input swings alone from its low to
//! its high value with every other input at its likely value; the bars are sorted by the swing
//! in TCO (or in NPV on request) and the top [`TORNADO_BARS`] are kept.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::simulate::Ranged;
use super::trial::{Tally, run_trial};
use crate::arith::Num;
use crate::error::ScenarioError;
use crate::inputs::{Sampled, Table};
use crate::scenario::Scenario;

/// Most bars shown.
pub const TORNADO_BARS: usize = 10;

/// What the bars are sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TornadoSort {
    /// The swing in TCO (the default).
    #[default]
    Tco,
    /// The swing in NPV.
    Npv,
}

/// One bar: an input at its low and at its high value, everything else at likely.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TornadoBar {
    /// The input's field path.
    pub field: String,
    /// The input's low value.
    pub low: Decimal,
    /// The input's value (likely).
    pub likely: Decimal,
    /// The input's high value.
    pub high: Decimal,
    /// TCO with the input at low.
    pub tco_at_low: f64,
    /// TCO with the input at high.
    pub tco_at_high: f64,
    /// NPV with the input at low.
    pub npv_at_low: f64,
    /// NPV with the input at high.
    pub npv_at_high: f64,
    /// |tco_at_high − tco_at_low|.
    pub tco_swing: f64,
    /// |npv_at_high − npv_at_low|.
    pub npv_swing: f64,
}

/// The tornado of a scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tornado {
    /// What the bars are sorted by.
    pub sort: TornadoSort,
    /// TCO with every input at its likely value.
    pub base_tco: f64,
    /// NPV with every input at its likely value.
    pub base_npv: f64,
    /// How many inputs have a range (the bars are the top [`TORNADO_BARS`] of them).
    pub ranged_inputs: usize,
    /// The bars, largest swing first (ties by field path).
    pub bars: Vec<TornadoBar>,
}

/// Swings every ranged input of `scenario` (validated first) and returns the top bars.
pub fn tornado(scenario: &Scenario, sort: TornadoSort) -> Result<Tornado, ScenarioError> {
    scenario.validate()?;
    // Trials cost the scenario with its checklist answers applied, as the results do.
    let effective = crate::checklist::apply(scenario)?.scenario.into_owned();
    let mut table = Table::new(&effective);
    let ranged = Ranged::all(scenario, &effective, &table);
    let mut tally = Tally::new();
    let mut at = |table: &Table| {
        let trial = run_trial(&Sampled { scenario, table }, &mut tally);
        (trial.tco.cents(), trial.npv.cents())
    };
    let (base_tco, base_npv) = at(&table);
    let mut bars = Vec::with_capacity(ranged.len());
    for input in &ranged {
        let likely = table.value(input.slot);
        table.set(input.slot, f64::from_decimal(input.low));
        let (tco_at_low, npv_at_low) = at(&table);
        table.set(input.slot, f64::from_decimal(input.high));
        let (tco_at_high, npv_at_high) = at(&table);
        table.set(input.slot, likely);
        bars.push(TornadoBar {
            field: input.path.clone(),
            low: input.low,
            likely: input.likely,
            high: input.high,
            tco_at_low,
            tco_at_high,
            npv_at_low,
            npv_at_high,
            tco_swing: (tco_at_high - tco_at_low).abs().cents(),
            npv_swing: (npv_at_high - npv_at_low).abs().cents(),
        });
    }
    let swing = |bar: &TornadoBar| match sort {
        TornadoSort::Tco => bar.tco_swing,
        TornadoSort::Npv => bar.npv_swing,
    };
    bars.sort_by(|a, b| {
        swing(b)
            .total_cmp(&swing(a))
            .then_with(|| a.field.cmp(&b.field))
    });
    bars.truncate(TORNADO_BARS);
    Ok(Tornado {
        sort,
        base_tco,
        base_npv,
        ranged_inputs: ranged.len(),
        bars,
    })
}
