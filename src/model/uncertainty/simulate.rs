//! Monte Carlo over the scenario's ranges: N seeded trials of the engine's own formulas, each
//! drawing every ranged input independently (no correlation), summarised as percentiles,
//! probabilities, a histogram and an S-curve of TCO and NPV.
//!
//! Runs in slices so a page never blocks: [`Simulation::new`] validates and prepares,
//! [`Simulation::run_chunk`] runs up to n more trials, [`Simulation::finish`] summarises (and
//! runs what is left). [`simulate`] does all three. Memory is the three per-trial vectors
//! (24 bytes a trial), allocated once in `new` and dropped by `finish`.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::sample::{Rng, Sampler};
use super::spread::{PaybackSpread, Spread, percentile, sort};
use super::trial::{Tally, Trial, run_trial};
use crate::arith::Num;
use crate::checklist;
use crate::error::ScenarioError;
use crate::inputs::{Field, Sampled, Table};
use crate::results;
use crate::scenario::Scenario;
use crate::taxonomy::Category;

pub use crate::scenario::{DEFAULT_SEED, DEFAULT_TRIALS, MAX_TRIALS, SimulationSettings};

/// A ranged input ready to draw: its slot in the table, its sampler and its bounds.
#[derive(Clone, Debug)]
pub(crate) struct Ranged {
    pub path: String,
    pub slot: usize,
    pub sampler: Sampler,
    pub low: Decimal,
    pub likely: Decimal,
    pub high: Decimal,
    whole: bool,
}

impl Ranged {
    /// Every range of a validated `scenario`, in path order, around the values of `effective`
    /// (the scenario with its checklist answers applied; where an answer changed a ranged
    /// input, the range moves with it, keeping its distances below and above the value).
    pub fn all(scenario: &Scenario, effective: &Scenario, table: &Table) -> Vec<Ranged> {
        scenario
            .ranges
            .iter()
            .filter_map(|(path, range)| {
                let field = Field::parse(path)?;
                let entered = field.read(scenario)?;
                let likely = field.read(effective)?;
                let shift = likely.checked_sub(entered)?;
                let range = crate::scenario::Range {
                    low: range.low.checked_add(shift)?.max(field.min()),
                    high: range.high.checked_add(shift)?.min(field.max()),
                    distribution: range.distribution,
                };
                let slot = table.slot(field)?;
                let f = |d: Decimal| f64::from_decimal(d);
                Some(Ranged {
                    path: path.clone(),
                    slot,
                    sampler: Sampler::new(
                        range.distribution,
                        f(range.low),
                        f(likely),
                        f(range.high),
                    ),
                    low: range.low,
                    likely,
                    high: range.high,
                    whole: field.kind().is_whole(),
                })
            })
            .collect()
    }

    /// One draw, a whole number for counts.
    fn draw(&self, rng: &mut Rng) -> f64 {
        let x = self.sampler.draw(rng);
        if self.whole { x.round() } else { x }
    }
}

/// A simulation in progress.
#[derive(Clone, Debug)]
pub struct Simulation {
    /// The scenario with its checklist answers applied (what the trials cost).
    scenario: Scenario,
    settings: SimulationSettings,
    table: Table,
    ranged: Vec<Ranged>,
    rng: Rng,
    tally: Tally,
    tco: Vec<f64>,
    npv: Vec<f64>,
    /// Months to payback; +∞ when not within the horizon.
    payback: Vec<f64>,
    category_sums: [f64; Category::ALL.len()],
    deterministic: Deterministic,
}

impl Simulation {
    /// Validates `scenario` (its ranges included) and `settings`, evaluates the deterministic
    /// figures and prepares the trials.
    pub fn new(scenario: &Scenario, settings: SimulationSettings) -> Result<Self, ScenarioError> {
        // The scenario first: its own trial count is named by its path (`simulation.trials`).
        let results = crate::evaluate(scenario)?;
        settings.validate()?;
        let effective = checklist::apply(scenario)?.scenario.into_owned();
        let table = Table::new(&effective);
        let ranged = Ranged::all(scenario, &effective, &table);
        let capacity = usize::try_from(settings.trials).unwrap_or(0);
        Ok(Simulation {
            deterministic: Deterministic::of(&results),
            scenario: effective,
            settings,
            table,
            ranged,
            rng: Rng::new(settings.seed),
            tally: Tally::new(),
            tco: Vec::with_capacity(capacity),
            npv: Vec::with_capacity(capacity),
            payback: Vec::with_capacity(capacity),
            category_sums: [0.0; Category::ALL.len()],
        })
    }

    /// Trials run so far.
    pub fn done(&self) -> u32 {
        u32::try_from(self.tco.len()).unwrap_or(u32::MAX)
    }

    /// Trials to run in all.
    pub fn total(&self) -> u32 {
        self.settings.trials
    }

    /// True when every trial has run.
    pub fn is_finished(&self) -> bool {
        self.done() >= self.total()
    }

    /// Runs up to `max_trials` more trials; returns how many ran. The split into chunks never
    /// changes the figures.
    pub fn run_chunk(&mut self, max_trials: u32) -> u32 {
        let n = max_trials.min(self.total().saturating_sub(self.done()));
        for _ in 0..n {
            for ranged in &self.ranged {
                let value = ranged.draw(&mut self.rng);
                self.table.set(ranged.slot, value);
            }
            let inputs = Sampled {
                scenario: &self.scenario,
                table: &self.table,
            };
            let trial = run_trial(&inputs, &mut self.tally);
            self.record(&trial);
        }
        n
    }

    fn record(&mut self, trial: &Trial) {
        self.tco.push(trial.tco);
        self.npv.push(trial.npv);
        self.payback
            .push(trial.payback_months.unwrap_or(f64::INFINITY));
        for (sum, value) in self.category_sums.iter_mut().zip(&trial.by_category) {
            *sum += value;
        }
    }

    /// Runs the remaining trials and summarises them.
    pub fn finish(mut self) -> SimulationResults {
        self.run_chunk(u32::MAX);
        let n = self.tco.len().max(1);
        #[allow(clippy::cast_precision_loss)]
        let share = |count: usize| count as f64 / n as f64;
        let probability_npv_positive = share(self.npv.iter().filter(|v| v.cents() > 0.0).count());
        let within = self.payback.iter().filter(|v| v.is_finite()).count();
        let tco = Spread::of(&mut self.tco);
        let npv = Spread::of(&mut self.npv);
        sort(&mut self.payback);
        let payback_at = |p: usize| {
            let v = percentile(&self.payback, p, 100);
            v.is_finite().then(|| v.cents())
        };
        let payback = PaybackSpread {
            p10: payback_at(10),
            p50: payback_at(50),
            p90: payback_at(90),
            probability_within_horizon: share(within),
        };
        #[allow(clippy::cast_precision_loss)]
        let category_means = Category::ALL
            .iter()
            .zip(&self.category_sums)
            .map(|(c, sum)| (*c, (sum / n as f64).cents()))
            .collect();
        let budget = tco.p80;
        SimulationResults {
            trials: self.done(),
            seed: self.settings.seed,
            ranged_inputs: self.ranged.iter().map(|r| r.path.clone()).collect(),
            budget_at_80: budget,
            reserve_needed_at_80: (budget - self.deterministic.tco.to_f64()).cents(),
            probability_npv_positive,
            deterministic: self.deterministic,
            tco,
            npv,
            payback,
            category_means,
        }
    }
}

/// Runs a whole simulation of `scenario`.
pub fn simulate(
    scenario: &Scenario,
    settings: SimulationSettings,
) -> Result<SimulationResults, ScenarioError> {
    Simulation::new(scenario, settings).map(Simulation::finish)
}

/// The deterministic figures (every input at its likely value), exact, for comparison.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Deterministic {
    /// TCO of the results.
    pub tco: Decimal,
    /// NPV of the results.
    pub npv: Decimal,
    /// Payback in months; null when not within the horizon.
    pub payback_months: Option<Decimal>,
    /// The contingency reserve already in the TCO [E]: Σ of the contingency lines.
    pub contingency_reserve: Decimal,
}

impl Deterministic {
    fn of(results: &results::Results) -> Self {
        Deterministic {
            tco: results.totals.tco,
            npv: results.totals.npv,
            payback_months: results.totals.payback_months,
            contingency_reserve: results
                .lines
                .iter()
                .filter(|l| l.field == "project.contingency")
                .map(|l| l.total)
                .fold(Decimal::ZERO, |sum, v| sum.checked_add(v).unwrap_or(sum)),
        }
    }
}

/// What a simulation found. Money is rounded to the cent; probabilities are fractions (0.8 =
/// 80 %).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SimulationResults {
    /// Trials run.
    pub trials: u32,
    /// The seed used.
    pub seed: u64,
    /// The ranged inputs drawn, by field path (inputs are drawn independently: no correlation).
    pub ranged_inputs: Vec<String>,
    /// The figures with every input at its likely value.
    pub deterministic: Deterministic,
    /// "Budget at 80 % confidence": the TCO that 80 % of the trials stay within (P80).
    pub budget_at_80: f64,
    /// budget_at_80 − the deterministic TCO: what to hold back beyond the plan.
    pub reserve_needed_at_80: f64,
    /// Share of trials with NPV > 0.
    pub probability_npv_positive: f64,
    /// Total cost of ownership across trials.
    pub tco: Spread,
    /// Net present value across trials.
    pub npv: Spread,
    /// Payback across trials.
    pub payback: PaybackSpread,
    /// Mean cost of each category across trials.
    pub category_means: BTreeMap<Category, f64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trial_count_is_limited() {
        for trials in [0, MAX_TRIALS + 1] {
            let settings = SimulationSettings { trials, seed: 1 };
            let err = simulate(&Scenario::default(), settings).unwrap_err();
            assert_eq!(err.errors[0].path, "trials");
            assert!(err.errors[0].message.contains("between 1 and 100,000"));
        }
    }
}
