//! The ledger: the scenario turned into tagged cost and benefit lines, one amount per period
//! (index 0 = initial, 1..=horizon = years), each amount rounded to the cent when it is created
//! so that every aggregate sums exactly.
//!
//! A leaf: the cost modules in [`crate::costs`] each add their lines through a [`Builder`];
//! this module knows none of them. [`crate::evaluate`] runs them in order.

use crate::arith::CheckedDecimal;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::context::Context;
use crate::error::ScenarioError;
use crate::finance::round_cents;
use crate::results::Warning;
use crate::scenario::Scenario;
use crate::taxonomy::{Category, LineKind, Phase, Quadrant};
use crate::units::Percent;

/// The largest amount a single line may hold in one period (10^18). Keeps every sum of lines
/// exact to the cent inside `Decimal`.
pub const MAX_LINE_AMOUNT: Decimal = Decimal::from_parts(0xA764_0000, 0x0DE0_B6B3, 0, false, 0);

/// One cost or benefit line of the ledger.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Line {
    /// Stable machine id, e.g. `subscription.seats`, `training.initial.users`,
    /// `project.discovery.time.contingency`, `custom[0]`.
    pub id: String,
    /// English label (the UI translates by `id`).
    pub label: String,
    /// The scenario field that drives this line, for the UI to link to.
    pub field: String,
    /// Cost or benefit.
    pub kind: LineKind,
    /// Cost category.
    pub category: Category,
    /// Quadrant.
    pub quadrant: Quadrant,
    /// Phase.
    pub phase: Phase,
    /// Amount per period, rounded to the cent: index 0 = initial, 1..=horizon = years.
    pub amounts: Vec<Decimal>,
    /// Sum of `amounts`.
    pub total: Decimal,
    /// Risk used for the risk-adjusted ROI (costs × (1 + risk), benefits × (1 − risk)).
    pub risk: Percent,
}

/// The tags of a line being built.
#[derive(Clone, Debug)]
pub(crate) struct Tags {
    pub id: String,
    pub label: String,
    pub field: String,
    pub kind: LineKind,
    pub category: Category,
    pub quadrant: Quadrant,
    pub phase: Phase,
}

/// A cost line's tags.
pub(crate) fn cost(
    id: impl Into<String>,
    label: impl Into<String>,
    field: impl Into<String>,
    category: Category,
    quadrant: Quadrant,
    phase: Phase,
) -> Tags {
    Tags {
        id: id.into(),
        label: label.into(),
        field: field.into(),
        kind: LineKind::Cost,
        category,
        quadrant,
        phase,
    }
}

/// Collects lines and warnings while the modules run.
pub(crate) struct Builder<'a> {
    pub ctx: Context<'a>,
    pub lines: Vec<Line>,
    pub warnings: Vec<Warning>,
}

impl<'a> Builder<'a> {
    /// An empty ledger for `scenario`.
    pub fn new(scenario: &'a Scenario) -> Result<Self, ScenarioError> {
        Ok(Self {
            ctx: Context::new(scenario)?,
            lines: Vec::new(),
            warnings: Vec::new(),
        })
    }

    /// The scenario.
    pub fn scenario(&self) -> &'a Scenario {
        self.ctx.scenario
    }

    /// Adds a line with `amount(t)` in every period (`None` = does not fit: an error naming the
    /// line). Amounts are rounded to the cent; a line that is zero everywhere is left out.
    pub fn add(
        &mut self,
        tags: Tags,
        amount: impl Fn(&Context<'a>, usize) -> Option<Decimal>,
    ) -> Result<(), ScenarioError> {
        let ctx = &self.ctx;
        let amounts = (0..ctx.periods)
            .map(|t| amount(ctx, t).map(round_cents))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| ScenarioError::too_large(&tags.id))?;
        self.push(tags, amounts, None)
    }

    /// Adds a line paid once, in the initial period.
    pub fn one_time(&mut self, tags: Tags, amount: Option<Decimal>) -> Result<(), ScenarioError> {
        self.add(
            tags,
            |_, t| if t == 0 { amount } else { Some(Decimal::ZERO) },
        )
    }

    /// Adds a line paid in every year 1..=horizon (nothing in the initial period).
    pub fn yearly(
        &mut self,
        tags: Tags,
        amount: impl Fn(&Context<'a>, usize) -> Option<Decimal>,
    ) -> Result<(), ScenarioError> {
        self.add(tags, |ctx, t| {
            if t == 0 {
                Some(Decimal::ZERO)
            } else {
                amount(ctx, t)
            }
        })
    }

    /// Adds a line from amounts already rounded to the cent, with an optional risk override.
    pub fn push(
        &mut self,
        tags: Tags,
        amounts: Vec<Decimal>,
        risk: Option<Percent>,
    ) -> Result<(), ScenarioError> {
        if amounts.iter().all(|a| a.is_zero()) {
            return Ok(());
        }
        let amounts: Vec<Decimal> = amounts.into_iter().map(round_cents).collect();
        if amounts.iter().any(|a| a.abs() > MAX_LINE_AMOUNT) {
            return Err(ScenarioError::too_large(&tags.id));
        }
        let total = amounts
            .iter()
            .try_fold(Decimal::ZERO, |sum, a| sum.add_or_none(*a))
            .ok_or_else(|| ScenarioError::too_large(&tags.id))?;
        let finance = &self.scenario().finance;
        let risk = risk.unwrap_or(match tags.kind {
            LineKind::Cost => finance.cost_risk,
            LineKind::Benefit => finance.benefit_risk,
        });
        self.lines.push(Line {
            id: tags.id,
            label: tags.label,
            field: tags.field,
            kind: tags.kind,
            category: tags.category,
            quadrant: tags.quadrant,
            phase: tags.phase,
            amounts,
            total,
            risk,
        });
        Ok(())
    }

    /// Records a warning.
    pub fn warn(&mut self, code: &str, field: &str, message: String) {
        self.warnings.push(Warning {
            code: code.to_owned(),
            field: field.to_owned(),
            message,
        });
    }

    /// Σ over cost lines of `category` of their amounts in periods `0..=last`.
    pub fn category_total(&self, category: Category, last: usize) -> Option<Decimal> {
        self.lines
            .iter()
            .filter(|l| l.kind == LineKind::Cost && l.category == category)
            .flat_map(|l| l.amounts.iter().take(last.saturating_add(1)))
            .try_fold(Decimal::ZERO, |sum, a| sum.add_or_none(*a))
    }
}

/// The built ledger: the lines, the warnings and the context they were built with.
pub(crate) struct Built<'a> {
    pub ctx: Context<'a>,
    pub lines: Vec<Line>,
    pub warnings: Vec<Warning>,
}

/// Adds the custom lines, amounts as entered (missing periods 0, extra ones ignored).
pub(crate) fn add_custom_lines(b: &mut Builder<'_>) -> Result<(), ScenarioError> {
    let scenario = b.scenario();
    for (i, custom) in scenario.custom_lines.iter().enumerate() {
        if custom
            .amounts
            .iter()
            .skip(b.ctx.periods)
            .any(|m| !m.get().is_zero())
        {
            b.warn(
                "custom_amounts_beyond_horizon",
                &format!("custom_lines[{i}].amounts"),
                format!(
                    "\"{}\" has amounts after the horizon; they are kept but not counted",
                    custom.name
                ),
            );
        }
        let amounts = (0..b.ctx.periods)
            .map(|t| custom.amounts.get(t).map_or(Decimal::ZERO, |m| m.get()))
            .collect();
        let tags = Tags {
            id: format!("custom[{i}]"),
            label: custom.name.clone(),
            field: format!("custom_lines[{i}]"),
            kind: custom.kind,
            category: custom.category,
            quadrant: custom.quadrant,
            phase: custom.phase,
        };
        b.push(tags, amounts, custom.risk)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate::ledger;
    use crate::scenario::CustomLine;
    use crate::test_support::d;
    use crate::units::Money;

    #[test]
    fn max_line_amount_is_ten_to_the_eighteenth() {
        assert_eq!(MAX_LINE_AMOUNT, d("1000000000000000000"));
    }

    #[test]
    fn custom_lines_fill_missing_periods_with_zero_and_keep_their_risk() {
        let mut s = Scenario::default();
        s.custom_lines.push(CustomLine {
            name: "Data audit".into(),
            kind: LineKind::Cost,
            category: Category::DataMigrationIntegration,
            quadrant: Quadrant::HiddenMoney,
            phase: Phase::Operation,
            amounts: vec![Money::ZERO, Money::try_from(d("1000")).unwrap()],
            risk: Some(Percent::try_from(d("0.5")).unwrap()),
        });
        let lines = ledger(&s).unwrap();
        let line = lines.iter().find(|l| l.id == "custom[0]").unwrap();
        assert_eq!(
            line.amounts,
            [d("0"), d("1000"), d("0"), d("0"), d("0"), d("0")]
        );
        assert_eq!(line.total, d("1000"));
        assert_eq!(line.risk.get(), d("0.5"));
        assert_eq!(line.label, "Data audit");
        // No initial amount → no contingency sibling.
        assert!(!lines.iter().any(|l| l.id == "custom[0].contingency"));
    }

    #[test]
    fn every_line_has_one_amount_per_period_rounded_to_the_cent() {
        for name in crate::templates::template_names() {
            let s = crate::templates::template(name).unwrap();
            for line in ledger(&s).unwrap() {
                assert_eq!(line.amounts.len(), s.horizon.years() + 1, "{}", line.id);
                for a in &line.amounts {
                    assert_eq!(*a, a.round_dp(2), "{}", line.id);
                }
            }
        }
    }

    #[test]
    fn line_ids_are_unique() {
        for name in crate::templates::template_names() {
            let s = crate::templates::template(name).unwrap();
            let lines = ledger(&s).unwrap();
            let mut ids: Vec<_> = lines.iter().map(|l| l.id.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), lines.len(), "{name}");
        }
    }
}
