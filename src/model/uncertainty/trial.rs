//! One simulation trial: the engine's own cost formulas ([`crate::evaluate`]'s `run`) in `f64`,
//! written into a [`Tally`] of fixed arrays instead of ledger lines, then the same finance
//! functions as the results (discounting to the cent, payback). No allocation per trial.

use serde::{Deserialize, Serialize};

use crate::evaluate::run;
use crate::finance::{discount_factor, discounted, nominal_rate, payback_months};
use crate::inputs::{Fixed, Inputs, MAX_PERIODS, Sampled};
use crate::ledger::{Sink, Tags};
use crate::taxonomy::{Category, LineKind};
use crate::units::Percent;

const CATEGORIES: usize = Category::ALL.len();

/// A trial's sink: costs and benefits per period, and costs per category and period.
#[derive(Clone, Debug)]
pub(crate) struct Tally {
    costs: [f64; MAX_PERIODS],
    benefits: [f64; MAX_PERIODS],
    /// Cost lines as written (no contingency), per category and period.
    by_category: [[f64; MAX_PERIODS]; CATEGORIES],
    /// Contingency reserves (initial period only), per category.
    contingency: [f64; CATEGORIES],
}

impl Tally {
    /// An empty tally.
    pub fn new() -> Self {
        Tally {
            costs: [0.0; MAX_PERIODS],
            benefits: [0.0; MAX_PERIODS],
            by_category: [[0.0; MAX_PERIODS]; CATEGORIES],
            contingency: [0.0; CATEGORIES],
        }
    }

    fn reset(&mut self) {
        *self = Tally::new();
    }
}

/// The position of `category` in `Category::ALL` (its declaration order).
fn category_index(category: Category) -> usize {
    category as usize
}

fn add_at(slot: Option<&mut f64>, amount: f64) {
    if let Some(slot) = slot {
        *slot += amount;
    }
}

impl Sink<f64> for Tally {
    fn line(
        &mut self,
        tags: &Tags<'_>,
        amounts: &[f64],
        _total: f64,
        _risk: Option<Percent>,
        contingency: Option<f64>,
    ) {
        let c = category_index(tags.category);
        match tags.kind {
            LineKind::Cost => {
                for (t, a) in amounts.iter().enumerate() {
                    add_at(self.costs.get_mut(t), *a);
                    add_at(
                        self.by_category.get_mut(c).and_then(|row| row.get_mut(t)),
                        *a,
                    );
                }
                if let Some(reserve) = contingency {
                    add_at(self.costs.first_mut(), reserve);
                    add_at(self.contingency.get_mut(c), reserve);
                }
            }
            LineKind::Benefit => {
                for (t, a) in amounts.iter().enumerate() {
                    add_at(self.benefits.get_mut(t), *a);
                }
            }
        }
    }

    fn warn(&mut self, _: &'static str, _: &dyn Fn() -> String, _: &dyn Fn() -> String) {}

    fn category_total(&self, category: Category, last: usize) -> Option<f64> {
        let row = self.by_category.get(category_index(category))?;
        Some(row.iter().take(last.saturating_add(1)).sum())
    }

    fn category_amount(&self, category: Category, t: usize) -> Option<f64> {
        self.by_category
            .get(category_index(category))?
            .get(t)
            .copied()
    }
}

/// What one trial reports, in the scenario's currency (not rounded).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Trial {
    /// Total cost of ownership: Σ costs over all periods.
    pub tco: f64,
    /// Net present value: PV(benefits) − PV(costs), each period discounted to the cent.
    pub npv: f64,
    /// Months to payback; `None` when not within the horizon.
    pub payback_months: Option<f64>,
    /// Costs by category, in `Category::ALL` order.
    pub by_category: [f64; CATEGORIES],
}

impl Trial {
    fn failed() -> Self {
        Trial {
            tco: f64::NAN,
            npv: f64::NAN,
            payback_months: None,
            by_category: [f64::NAN; CATEGORIES],
        }
    }
}

/// Runs one trial on `inputs` (the tally is reset first). A trial never fails in `f64`; should
/// the engine refuse anyway, the trial is NaN (sorted last, never a panic).
pub(crate) fn run_trial(inputs: &Sampled<'_>, tally: &mut Tally) -> Trial {
    tally.reset();
    let Ok(ctx) = run(inputs, tally) else {
        return Trial::failed();
    };
    let periods = ctx.periods;
    let finance = &inputs.scenario().finance;
    let rate = nominal_rate(
        inputs.fixed(Fixed::DiscountRate),
        finance.discount_basis,
        inputs.fixed(Fixed::Inflation),
    );
    let mut nets = [0.0; MAX_PERIODS];
    let (mut tco, mut pv_costs, mut pv_benefits) = (0.0, 0.0, 0.0);
    for (t, net) in nets.iter_mut().enumerate().take(periods) {
        let costs = tally.costs.get(t).copied().unwrap_or(0.0);
        let benefits = tally.benefits.get(t).copied().unwrap_or(0.0);
        let factor = rate
            .and_then(|r| discount_factor(r, t, finance.convention))
            .unwrap_or(f64::NAN);
        tco += costs;
        pv_costs += discounted(costs, factor).unwrap_or(f64::NAN);
        pv_benefits += discounted(benefits, factor).unwrap_or(f64::NAN);
        *net = benefits - costs;
    }
    let mut by_category = [0.0; CATEGORIES];
    for ((total, row), reserve) in by_category
        .iter_mut()
        .zip(&tally.by_category)
        .zip(&tally.contingency)
    {
        *total = row.iter().take(periods).sum::<f64>() + reserve;
    }
    Trial {
        tco,
        npv: pv_benefits - pv_costs,
        payback_months: payback_months(nets.get(..periods).unwrap_or(&[])),
        by_category,
    }
}

/// One line of [`likely_lines`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LikelyLine {
    /// The ledger line's id (contingency lines as `<id>.contingency`).
    pub id: String,
    /// Cost or benefit.
    pub kind: LineKind,
    /// Amount per period, rounded to the cent in `f64`.
    pub amounts: Vec<f64>,
}

/// A recording sink: every line with its id (for checking trials against the ledger; names
/// are made here, so this is not the hot path).
#[derive(Default)]
struct Recorder {
    lines: Vec<LikelyLine>,
    /// Cost lines as written (no contingency): category and amounts.
    costs: Vec<(Category, Vec<f64>)>,
}

impl Sink<f64> for Recorder {
    fn line(
        &mut self,
        tags: &Tags<'_>,
        amounts: &[f64],
        _total: f64,
        _risk: Option<Percent>,
        contingency: Option<f64>,
    ) {
        let [id, _, _] = tags.names.make();
        if tags.kind == LineKind::Cost {
            self.costs.push((tags.category, amounts.to_vec()));
        }
        let reserve = contingency.map(|reserve| {
            let mut amounts = vec![0.0; amounts.len()];
            if let Some(first) = amounts.first_mut() {
                *first = reserve;
            }
            LikelyLine {
                id: format!("{id}.contingency"),
                kind: LineKind::Cost,
                amounts,
            }
        });
        self.lines.push(LikelyLine {
            id,
            kind: tags.kind,
            amounts: amounts.to_vec(),
        });
        self.lines.extend(reserve);
    }

    fn warn(&mut self, _: &'static str, _: &dyn Fn() -> String, _: &dyn Fn() -> String) {}

    fn category_total(&self, category: Category, last: usize) -> Option<f64> {
        Some(
            (0..=last)
                .filter_map(|t| self.category_amount(category, t))
                .sum(),
        )
    }

    fn category_amount(&self, category: Category, t: usize) -> Option<f64> {
        Some(
            self.costs
                .iter()
                .filter(|(c, _)| *c == category)
                .filter_map(|(_, amounts)| amounts.get(t))
                .sum(),
        )
    }
}

/// The lines a simulation trial computes with every input at its likely value, in `f64`, in
/// ledger order: for checking the simulation against the exact ledger line by line (each
/// amount agrees to the cent; see the README on half-cent ties).
pub fn likely_lines(
    scenario: &crate::scenario::Scenario,
) -> Result<Vec<LikelyLine>, crate::error::ScenarioError> {
    scenario.validate()?;
    let effective = crate::checklist::apply(scenario)?.scenario.into_owned();
    let table = crate::inputs::Table::new(&effective);
    let mut recorder = Recorder::default();
    run(
        &Sampled {
            scenario: &effective,
            table: &table,
        },
        &mut recorder,
    )?;
    Ok(recorder.lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_index_is_the_position_in_all() {
        for (i, c) in Category::ALL.into_iter().enumerate() {
            assert_eq!(category_index(c), i);
        }
    }

    #[test]
    fn a_trial_repeats_exactly_on_a_reused_tally() {
        let s = crate::scenario::Scenario::default();
        let table = crate::inputs::Table::new(&s);
        let inputs = Sampled {
            scenario: &s,
            table: &table,
        };
        let mut tally = Tally::new();
        let first = run_trial(&inputs, &mut tally);
        let second = run_trial(&inputs, &mut tally);
        assert_eq!(first, second);
        assert!(first.tco > 0.0);
    }
}
