//! The ledger: the scenario turned into tagged cost and benefit lines, one amount per period
//! (index 0 = initial, 1..=horizon = years), each amount rounded to the cent when it is created
//! so that every aggregate sums exactly.
//!
//! A leaf: the cost modules in [`crate::costs`] each add their lines through a [`Builder`];
//! this module knows none of them. [`crate::evaluate`] runs them in order.
//!
//! The builder is generic over the number type and over where the lines go (a `Sink`): the
//! ledger's `Lines` sink keeps every `Line` with its id, label and field (`Decimal`); a
//! simulation trial's sink only adds amounts into fixed arrays (`f64`), and line names are never
//! made. The contingency reserve [E] is added here, to every one-time cost line as it is
//! written, so both sinks get it from the one formula in `contingency`.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::arith::Num;
use crate::context::Context;
use crate::error::ScenarioError;
use crate::finance::round_cents;
use crate::inputs::{Fixed, Inputs, MAX_PERIODS};
use crate::results::Warning;
use crate::scenario::Scenario;
use crate::taxonomy::{Category, LineKind, Phase, Quadrant};
use crate::units::Percent;

pub use crate::arith::MAX_LINE_AMOUNT;

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

/// A line's id, label and scenario field: written as constants, or made on demand (only the
/// ledger's sink ever asks, so a simulation trial formats no text).
#[derive(Clone, Copy)]
pub(crate) enum Names<'n> {
    /// Fixed texts.
    Static {
        id: &'static str,
        label: &'static str,
        field: &'static str,
    },
    /// Texts that depend on a list index or a name: `[id, label, field]`.
    Made(&'n dyn Fn() -> [String; 3]),
}

impl Names<'_> {
    /// `[id, label, field]`.
    pub fn make(&self) -> [String; 3] {
        match self {
            Names::Static { id, label, field } => {
                [(*id).to_owned(), (*label).to_owned(), (*field).to_owned()]
            }
            Names::Made(make) => make(),
        }
    }

    /// The id (for error messages).
    pub fn id(&self) -> String {
        match self {
            Names::Static { id, .. } => (*id).to_owned(),
            Names::Made(make) => {
                let [id, _, _] = make();
                id
            }
        }
    }
}

/// The tags of a line being built.
#[derive(Clone, Copy)]
pub(crate) struct Tags<'n> {
    pub names: Names<'n>,
    pub kind: LineKind,
    pub category: Category,
    pub quadrant: Quadrant,
    pub phase: Phase,
}

/// A cost line's tags, with constant names.
pub(crate) fn cost(
    id: &'static str,
    label: &'static str,
    field: &'static str,
    category: Category,
    quadrant: Quadrant,
    phase: Phase,
) -> Tags<'static> {
    Tags {
        names: Names::Static { id, label, field },
        kind: LineKind::Cost,
        category,
        quadrant,
        phase,
    }
}

/// A cost line's tags, with names made on demand.
pub(crate) fn cost_named<'n>(
    names: &'n dyn Fn() -> [String; 3],
    category: Category,
    quadrant: Quadrant,
    phase: Phase,
) -> Tags<'n> {
    Tags {
        names: Names::Made(names),
        kind: LineKind::Cost,
        category,
        quadrant,
        phase,
    }
}

/// Where the builder's lines go.
pub(crate) trait Sink<N: Num> {
    /// Takes a line: its amounts (rounded to the cent, not all zero, `periods` long), their
    /// total, a risk override, and the contingency reserve to add after it (non-zero) if any.
    fn line(
        &mut self,
        tags: &Tags<'_>,
        amounts: &[N],
        total: N,
        risk: Option<Percent>,
        contingency: Option<N>,
    );
    /// Records a warning (the message is made only by sinks that keep warnings).
    fn warn(
        &mut self,
        code: &'static str,
        field: &dyn Fn() -> String,
        message: &dyn Fn() -> String,
    );
    /// Σ over the cost lines of `category` (without contingency) of their amounts in periods
    /// `0..=last`.
    fn category_total(&self, category: Category, last: usize) -> Option<N>;
    /// Σ over the cost lines of `category` (without contingency) of their amount in period `t`.
    fn category_amount(&self, category: Category, t: usize) -> Option<N>;
}

/// The contingency reserve [E] of a cost line paid up front: initial amount × rate, to the cent;
/// `None` when there is none (a benefit, nothing up front, a zero rate or a zero result).
pub(crate) fn contingency<N: Num>(kind: LineKind, initial: N, rate: N) -> Result<Option<N>, ()> {
    if kind != LineKind::Cost || initial.is_zero() || rate.is_zero() {
        return Ok(None);
    }
    let amount = initial.mul_or_none(rate).map(Num::cents).ok_or(())?;
    Ok((!amount.is_zero()).then_some(amount))
}

/// Runs the cost formulas of one scenario in the number type `N`, writing into a sink `S`.
pub(crate) struct Builder<'a, N: Num, I: Inputs<N>, S: Sink<N>> {
    /// The inputs the formulas read.
    pub inputs: &'a I,
    /// Users, seats, contacts, the inflation index and the rates, per period.
    pub ctx: Context<N>,
    /// Where the lines go.
    pub sink: &'a mut S,
    contingency_rate: N,
}

impl<'a, N: Num, I: Inputs<N>, S: Sink<N>> Builder<'a, N, I, S> {
    /// A builder over `inputs` writing into `sink`.
    pub fn new(inputs: &'a I, sink: &'a mut S) -> Result<Self, ScenarioError> {
        Ok(Self {
            ctx: Context::new(inputs)?,
            contingency_rate: inputs.fixed(Fixed::Contingency),
            inputs,
            sink,
        })
    }

    /// The scenario (structure; read numbers with [`Builder::input`] or [`Builder::get`]).
    pub fn scenario(&self) -> &'a Scenario {
        self.inputs.scenario()
    }

    /// The value of a fixed numeric input.
    pub fn input(&self, field: Fixed) -> N {
        self.inputs.fixed(field)
    }

    /// The value of any numeric input.
    pub fn get(&self, field: crate::inputs::Field) -> N {
        self.inputs.get(field)
    }

    /// Adds a line with `amount(t)` in every period (`None` = does not fit: an error naming the
    /// line). Amounts are rounded to the cent; a line that is zero everywhere is left out.
    pub fn add(
        &mut self,
        tags: Tags<'_>,
        amount: impl Fn(&Context<N>, usize) -> Option<N>,
    ) -> Result<(), ScenarioError> {
        let mut amounts = [N::ZERO; MAX_PERIODS];
        let periods = self.ctx.periods;
        for (t, slot) in amounts.iter_mut().enumerate().take(periods) {
            *slot = amount(&self.ctx, t)
                .map(Num::cents)
                .ok_or_else(|| ScenarioError::too_large(&tags.names.id()))?;
        }
        let amounts = amounts.get(..periods).unwrap_or(&[]);
        if amounts.iter().all(|a| a.is_zero()) {
            return Ok(());
        }
        self.push_rounded(tags, amounts, None)
    }

    /// Adds a line paid once, in the initial period.
    pub fn one_time(&mut self, tags: Tags<'_>, amount: Option<N>) -> Result<(), ScenarioError> {
        self.add(tags, |_, t| if t == 0 { amount } else { Some(N::ZERO) })
    }

    /// Adds a line paid in every year 1..=horizon (nothing in the initial period).
    pub fn yearly(
        &mut self,
        tags: Tags<'_>,
        amount: impl Fn(&Context<N>, usize) -> Option<N>,
    ) -> Result<(), ScenarioError> {
        self.add(tags, |ctx, t| {
            if t == 0 {
                Some(N::ZERO)
            } else {
                amount(ctx, t)
            }
        })
    }

    /// Adds a line from its amounts (rounded to the cent here), with an optional risk override;
    /// a cost paid up front gets its contingency reserve.
    pub fn push(
        &mut self,
        tags: Tags<'_>,
        amounts: &[N],
        risk: Option<Percent>,
    ) -> Result<(), ScenarioError> {
        if amounts.iter().all(|a| a.is_zero()) {
            return Ok(());
        }
        let mut rounded = [N::ZERO; MAX_PERIODS];
        let periods = amounts.len().min(MAX_PERIODS);
        for (slot, a) in rounded.iter_mut().zip(amounts) {
            *slot = a.cents();
        }
        self.push_rounded(tags, rounded.get(..periods).unwrap_or(&[]), risk)
    }

    /// [`Builder::push`] for amounts already rounded to the cent and not all zero before
    /// rounding (rounding twice gives the same amounts; this only saves the time).
    fn push_rounded(
        &mut self,
        tags: Tags<'_>,
        rounded: &[N],
        risk: Option<Percent>,
    ) -> Result<(), ScenarioError> {
        let mut total = N::ZERO;
        for a in rounded {
            total = total
                .add_or_none(*a)
                .filter(|_| a.fits_line())
                .ok_or_else(|| ScenarioError::too_large(&tags.names.id()))?;
        }
        let initial = rounded.first().copied().unwrap_or(N::ZERO);
        let contingency = contingency(tags.kind, initial, self.contingency_rate)
            .map_err(|()| ScenarioError::too_large(&tags.names.id()))?;
        self.sink.line(&tags, rounded, total, risk, contingency);
        Ok(())
    }

    /// Records a warning; `field` and `message` are only called by sinks that keep warnings.
    pub fn warn(
        &mut self,
        code: &'static str,
        field: impl Fn() -> String,
        message: impl Fn() -> String,
    ) {
        self.sink.warn(code, &field, &message);
    }

    /// Σ over cost lines of `category` of their amounts in periods `0..=last`.
    pub fn category_total(&self, category: Category, last: usize) -> Option<N> {
        self.sink.category_total(category, last)
    }

    /// Σ over cost lines of `category` of their amount in period `t`.
    pub fn category_amount(&self, category: Category, t: usize) -> Option<N> {
        self.sink.category_amount(category, t)
    }
}

/// The ledger's sink: every line with its names, in `Decimal`, and the warnings.
#[derive(Debug, Default)]
pub(crate) struct Lines {
    /// The lines, each followed by its contingency line (if any).
    lines: Vec<Line>,
    /// Indexes into `lines` of the lines written by the cost modules (not contingency).
    written: Vec<usize>,
    /// The warnings.
    pub warnings: Vec<Warning>,
    /// Risk of costs and of benefits unless a line overrides it.
    risks: Option<(Percent, Percent)>,
}

impl Lines {
    /// An empty ledger for `scenario`.
    pub fn new(scenario: &Scenario) -> Self {
        Lines {
            risks: Some((scenario.finance.cost_risk, scenario.finance.benefit_risk)),
            ..Lines::default()
        }
    }

    /// The lines, in the order written, each followed by its contingency line.
    pub fn into_lines(self) -> Vec<Line> {
        self.lines
    }

    fn written(&self) -> impl Iterator<Item = &Line> {
        self.written.iter().filter_map(|i| self.lines.get(*i))
    }
}

impl Sink<Decimal> for Lines {
    fn line(
        &mut self,
        tags: &Tags<'_>,
        amounts: &[Decimal],
        total: Decimal,
        risk: Option<Percent>,
        contingency: Option<Decimal>,
    ) {
        let [id, label, field] = tags.names.make();
        let (cost_risk, benefit_risk) = self.risks.unwrap_or((Percent::ZERO, Percent::ZERO));
        let risk = risk.unwrap_or(match tags.kind {
            LineKind::Cost => cost_risk,
            LineKind::Benefit => benefit_risk,
        });
        let sibling = contingency.map(|amount| {
            let mut reserve = vec![round_cents(Decimal::ZERO); amounts.len()];
            if let Some(first) = reserve.first_mut() {
                *first = amount;
            }
            Line {
                id: format!("{id}.contingency"),
                label: format!("Contingency: {label}"),
                field: "project.contingency".to_owned(),
                kind: LineKind::Cost,
                category: tags.category,
                quadrant: tags.quadrant.hidden_twin(),
                phase: tags.phase,
                amounts: reserve,
                total: amount,
                risk,
            }
        });
        self.written.push(self.lines.len());
        self.lines.push(Line {
            id,
            label,
            field,
            kind: tags.kind,
            category: tags.category,
            quadrant: tags.quadrant,
            phase: tags.phase,
            amounts: amounts.to_vec(),
            total,
            risk,
        });
        self.lines.extend(sibling);
    }

    fn warn(
        &mut self,
        code: &'static str,
        field: &dyn Fn() -> String,
        message: &dyn Fn() -> String,
    ) {
        self.warnings.push(Warning {
            code: code.to_owned(),
            field: field(),
            message: message(),
        });
    }

    fn category_total(&self, category: Category, last: usize) -> Option<Decimal> {
        self.written()
            .filter(|l| l.kind == LineKind::Cost && l.category == category)
            .flat_map(|l| l.amounts.iter().take(last.saturating_add(1)))
            .try_fold(Decimal::ZERO, |sum, a| sum.add_or_none(*a))
    }

    fn category_amount(&self, category: Category, t: usize) -> Option<Decimal> {
        self.written()
            .filter(|l| l.kind == LineKind::Cost && l.category == category)
            .filter_map(|l| l.amounts.get(t))
            .try_fold(Decimal::ZERO, |sum, a| sum.add_or_none(*a))
    }
}

/// The built ledger: the lines, the warnings and the context they were built with.
pub(crate) struct Built {
    pub ctx: Context<Decimal>,
    pub lines: Vec<Line>,
    pub warnings: Vec<Warning>,
}

/// Adds the custom lines, amounts as entered (missing periods 0, extra ones ignored).
pub(crate) fn add_custom_lines<N: Num, I: Inputs<N>, S: Sink<N>>(
    b: &mut Builder<'_, N, I, S>,
) -> Result<(), ScenarioError> {
    let scenario = b.scenario();
    let periods = b.ctx.periods;
    for (i, custom) in scenario.custom_lines.iter().enumerate() {
        if custom
            .amounts
            .iter()
            .skip(periods)
            .any(|m| !m.get().is_zero())
        {
            b.warn(
                "custom_amounts_beyond_horizon",
                || format!("custom_lines[{i}].amounts"),
                || {
                    format!(
                        "\"{}\" has amounts after the horizon; they are kept but not counted",
                        custom.name
                    )
                },
            );
        }
        let mut amounts = [N::ZERO; MAX_PERIODS];
        for (t, slot) in amounts.iter_mut().enumerate().take(periods) {
            *slot = b.get(crate::inputs::Field::CustomAmount(i, t));
        }
        let names = || {
            [
                format!("custom[{i}]"),
                custom.name.clone(),
                format!("custom_lines[{i}]"),
            ]
        };
        let tags = Tags {
            names: Names::Made(&names),
            kind: custom.kind,
            category: custom.category,
            quadrant: custom.quadrant,
            phase: custom.phase,
        };
        b.push(tags, amounts.get(..periods).unwrap_or(&[]), custom.risk)?;
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
