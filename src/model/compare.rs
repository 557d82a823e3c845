//! Comparison: 2–4 options' results in, one comparison out — the headline figures side by side,
//! the differences against a baseline (overall and by category, quadrant and phase), the
//! cumulative cost of each option for one chart, the break-even of each pair, and, for SaaS
//! against on-premise, [C]'s contested reference ratios beside the person's own.
//!
//! Every figure of an option is its [`Results`]' own; this module only subtracts, divides for
//! the differences, accumulates the yearly costs and reuses [`payback_months`] for the
//! break-even. Options in different currencies are refused. [`compare`] takes results of one
//! horizon; [`compare_scenarios`] evaluates scenarios over the shortest of their horizons and
//! says so.

use std::collections::BTreeMap;
use std::fmt;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::arith::CheckedDecimal;
use crate::error::ScenarioError;
use crate::finance::{IrrNote, payback_months};
use crate::results::Results;
use crate::scenario::{DeploymentModel, Scenario};
use crate::taxonomy::{Category, Phase, Quadrant};
use crate::units::{CurrencyCode, Horizon};

/// The fewest options compared.
pub const MIN_OPTIONS: usize = 2;
/// The most options compared.
pub const MAX_OPTIONS: usize = 4;

const MONTHS: Decimal = Decimal::from_parts(12, 0, 0, false, 0);
/// Decimal places of shares (as in the results).
const RATIO_PLACES: u32 = 6;

/// The comparison of 2–4 options over one horizon, in one currency.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    /// The currency of every option.
    pub currency: CurrencyCode,
    /// The years compared (the shortest of the options' horizons).
    pub horizon: Horizon,
    /// True when the options' own horizons differ, so the longer ones are compared over
    /// `horizon` only (see each option's `own_horizon`).
    pub horizon_shortened: bool,
    /// The index of the option the differences are taken against.
    pub baseline: usize,
    /// The options, in the order given.
    pub options: Vec<ComparedOption>,
    /// Indices of the options with the lowest TCO (several when tied).
    pub lowest_tco: Vec<usize>,
    /// Indices of the options with the highest NPV (several when tied).
    pub highest_npv: Vec<usize>,
    /// The break-even of each pair (first, second) with first < second, in order.
    pub break_even: Vec<BreakEven>,
    /// For each SaaS option against each on-premise option: the person's ratios beside [C]'s
    /// contested reference (never used in a figure). Empty otherwise.
    pub saas_on_premise: Vec<SaasReference>,
}

/// One option: its own figures, its differences against the baseline and its cost curve.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ComparedOption {
    /// The scenario's name.
    pub name: String,
    /// The deployment model evaluated.
    pub deployment_model: DeploymentModel,
    /// The scenario's own horizon (may be longer than the one compared).
    pub own_horizon: Horizon,
    /// The headline figures over the compared horizon.
    pub headline: Headline,
    /// This option minus the baseline (all zero for the baseline itself).
    pub vs_baseline: Differences,
    /// Costs by category over the compared horizon (all ten keys).
    pub by_category: BTreeMap<Category, Decimal>,
    /// Costs by quadrant (all four keys).
    pub by_quadrant: BTreeMap<Quadrant, Decimal>,
    /// Costs by phase (all seven keys).
    pub by_phase: BTreeMap<Phase, Decimal>,
    /// Σ costs up to and including each period (index 0 = initial … horizon), for one chart.
    pub cumulative_costs: Vec<Decimal>,
    /// The requirements fit from the option's scorecard (a fraction, 0.75 = 75 %), copied from
    /// its results; null when nothing is scored. The full scorecard is in the results.
    pub fit: Option<Decimal>,
    /// How many hidden-fee checklist questions are still answered "don't know", copied from
    /// its results (the questions themselves are in the results).
    pub open_questions: u32,
}

/// An option's headline figures, copied from its results' totals.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Headline {
    /// Total cost of ownership.
    pub tco: Decimal,
    /// TCO per active user-month; null without users.
    pub tco_per_user_month: Option<Decimal>,
    /// Costs paid up front (period 0).
    pub initial_costs: Decimal,
    /// Present value of the costs.
    pub pv_costs: Decimal,
    /// Σ benefits.
    pub total_benefits: Decimal,
    /// Net present value.
    pub npv: Decimal,
    /// Simple ROI; null without costs.
    pub roi_simple: Option<Decimal>,
    /// Risk-adjusted (TEI-style) ROI; null without costs.
    pub roi_risk_adjusted: Option<Decimal>,
    /// Payback in months; null when not within the horizon.
    pub payback_months: Option<Decimal>,
    /// Discounted payback in months; null when not within the horizon.
    pub discounted_payback_months: Option<Decimal>,
    /// Internal rate of return; null with `irr_note`.
    pub irr: Option<Decimal>,
    /// Why there is no IRR.
    pub irr_note: Option<IrrNote>,
    /// Costs in the hidden quadrants.
    pub hidden_costs: Decimal,
    /// Hidden costs / TCO; null when TCO is 0.
    pub hidden_share: Option<Decimal>,
}

/// A money difference against the baseline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Difference {
    /// This option − the baseline.
    pub amount: Decimal,
    /// `amount / |baseline|` as a fraction (0.25 = 25 % more); null when the baseline is 0.
    pub share: Option<Decimal>,
}

/// This option minus the baseline, figure by figure.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Differences {
    /// TCO.
    pub tco: Difference,
    /// TCO per user-month; null when either has none.
    pub tco_per_user_month: Option<Difference>,
    /// Initial costs.
    pub initial_costs: Difference,
    /// PV of costs.
    pub pv_costs: Difference,
    /// Σ benefits.
    pub total_benefits: Difference,
    /// NPV.
    pub npv: Difference,
    /// Hidden costs.
    pub hidden_costs: Difference,
    /// Simple ROI, in fraction points (0.05 = 5 points); null when either has none.
    pub roi_simple: Option<Decimal>,
    /// Risk-adjusted ROI, in fraction points.
    pub roi_risk_adjusted: Option<Decimal>,
    /// IRR, in fraction points.
    pub irr: Option<Decimal>,
    /// Hidden share, in fraction points.
    pub hidden_share: Option<Decimal>,
    /// Payback, in months (negative = pays back sooner).
    pub payback_months: Option<Decimal>,
    /// Costs by category.
    pub by_category: BTreeMap<Category, Difference>,
    /// Costs by quadrant.
    pub by_quadrant: BTreeMap<Quadrant, Difference>,
    /// Costs by phase.
    pub by_phase: BTreeMap<Phase, Difference>,
}

/// How two options' cumulative costs relate over the horizon.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BreakEvenKind {
    /// The curves cross: after `months`, `cheaper` stays below the other to the horizon.
    Crosses,
    /// `cheaper` is never dearer, at any period: the other never breaks even within the
    /// horizon.
    NotWithinHorizon,
    /// The two cost the same at the horizon, after differing: neither stays below.
    EndsEqual,
    /// The two cost the same in every period.
    Identical,
}

/// The break-even of one pair of options.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct BreakEven {
    /// The first option's index.
    pub first: usize,
    /// The second option's index.
    pub second: usize,
    /// What happens.
    pub kind: BreakEvenKind,
    /// The option whose cumulative cost is below at the horizon; null when they end equal.
    pub cheaper: Option<usize>,
    /// With `crosses`: months from the start after which `cheaper` stays below, interpolated
    /// within the year like payback (2 places); null otherwise.
    pub months: Option<Decimal>,
}

/// A SaaS option against an on-premise option, beside the Yankee Group reference cited by [C].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct SaasReference {
    /// The SaaS option's index.
    pub saas: usize,
    /// The on-premise option's index.
    pub on_premise: usize,
    /// The person's own ratio: SaaS cost / on-premise cost over the first year (the initial
    /// period and year 1); null when the on-premise cost is 0.
    pub first_year_ratio: Option<Decimal>,
    /// The same over five years (periods 0–5); null when fewer years are compared.
    pub five_year_ratio: Option<Decimal>,
    /// The same over the compared horizon (TCO / TCO).
    pub horizon_ratio: Option<Decimal>,
    /// [C]'s reference: SaaS first-year cost ≈ 47.5 % of on-premise.
    pub reference_first_year: Decimal,
    /// [C]'s reference: SaaS 5-year TCO ≈ 62.3 % of on-premise.
    pub reference_five_year: Decimal,
    /// Always true: the reference is contested by other studies and never enters a figure.
    pub contested: bool,
}

/// Why options cannot be compared.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum CompareError {
    /// Fewer than 2 or more than 4 options.
    Count {
        /// How many were given.
        given: usize,
    },
    /// The baseline is not one of the options.
    Baseline {
        /// The index asked for.
        baseline: usize,
        /// How many options there are.
        options: usize,
    },
    /// The options are in different currencies; nothing is converted.
    Currencies {
        /// Each option's currency, in order.
        currencies: Vec<String>,
    },
    /// Results of different horizons were given to [`compare`] (use [`compare_scenarios`]).
    Horizons {
        /// Each option's horizon, in order.
        horizons: Vec<u8>,
    },
    /// An option's scenario cannot be evaluated.
    Invalid {
        /// Its index.
        option: usize,
        /// Its name.
        name: String,
        /// The problems.
        error: ScenarioError,
    },
    /// A difference was too large to compute.
    TooLarge,
}

impl fmt::Display for CompareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompareError::Count { given } => write!(
                f,
                "compare {MIN_OPTIONS} to {MAX_OPTIONS} options; {given} given"
            ),
            CompareError::Baseline { baseline, options } => write!(
                f,
                "the baseline must be one of the options (1 to {options}); {} given",
                baseline.saturating_add(1)
            ),
            CompareError::Currencies { currencies } => write!(
                f,
                "options in different currencies are not compared ({}): nothing is converted; \
                 give every option the same currency",
                currencies.join(", ")
            ),
            CompareError::Horizons { horizons } => write!(
                f,
                "results over different horizons ({} years) cannot be compared as they are; \
                 evaluate every option over the shortest one",
                horizons
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            CompareError::Invalid {
                option,
                name,
                error,
            } => {
                write!(f, "option {} (\"{name}\"): ", option.saturating_add(1))?;
                let problems: Vec<String> = error.errors.iter().map(ToString::to_string).collect();
                f.write_str(&problems.join("; "))
            }
            CompareError::TooLarge => f.write_str("the differences are too large to compute"),
        }
    }
}

impl std::error::Error for CompareError {}

/// Checks the number of options and the baseline.
fn check_count(count: usize, baseline: usize) -> Result<(), CompareError> {
    if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&count) {
        return Err(CompareError::Count { given: count });
    }
    if baseline >= count {
        return Err(CompareError::Baseline {
            baseline,
            options: count,
        });
    }
    Ok(())
}

/// Refuses options in different currencies.
fn check_currencies<'a>(
    currencies: impl Iterator<Item = &'a CurrencyCode> + Clone,
) -> Result<(), CompareError> {
    let mut all = currencies.clone();
    let first = all.next();
    if all.all(|c| Some(c) == first) {
        Ok(())
    } else {
        Err(CompareError::Currencies {
            currencies: currencies.map(|c| c.as_str().to_owned()).collect(),
        })
    }
}

/// Evaluates each scenario over the shortest of their horizons and compares the results
/// against option `baseline`. The output says when a horizon was shortened.
pub fn compare_scenarios(
    scenarios: &[Scenario],
    baseline: usize,
) -> Result<Comparison, CompareError> {
    check_count(scenarios.len(), baseline)?;
    check_currencies(scenarios.iter().map(|s| &s.currency))?;
    let Some(shortest) = scenarios.iter().map(|s| s.horizon).min() else {
        return Err(CompareError::Count { given: 0 });
    };
    let results = scenarios
        .iter()
        .enumerate()
        .map(|(option, s)| {
            let mut over = s.clone();
            over.horizon = shortest;
            crate::evaluate(&over).map_err(|error| CompareError::Invalid {
                option,
                name: s.name.clone(),
                error,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut comparison = compare(&results, baseline)?;
    for (option, scenario) in comparison.options.iter_mut().zip(scenarios) {
        option.own_horizon = scenario.horizon;
    }
    comparison.horizon_shortened = scenarios.iter().any(|s| s.horizon != shortest);
    Ok(comparison)
}

/// Compares 2–4 results of one currency and one horizon against option `baseline`.
pub fn compare(options: &[Results], baseline: usize) -> Result<Comparison, CompareError> {
    check_count(options.len(), baseline)?;
    check_currencies(options.iter().map(|r| &r.currency))?;
    let first = options.first().ok_or(CompareError::Count { given: 0 })?;
    if options.iter().any(|r| r.horizon != first.horizon) {
        return Err(CompareError::Horizons {
            horizons: options.iter().map(|r| r.horizon.get()).collect(),
        });
    }
    let base = options.get(baseline).ok_or(CompareError::Baseline {
        baseline,
        options: options.len(),
    })?;
    let costs: Vec<Vec<Decimal>> = options
        .iter()
        .map(|r| r.years.iter().map(|y| y.costs).collect())
        .collect();
    let compared = options
        .iter()
        .zip(&costs)
        .map(|(r, costs)| {
            Ok(ComparedOption {
                name: r.scenario_name.clone(),
                deployment_model: r.deployment_model,
                own_horizon: r.horizon,
                headline: headline(r),
                vs_baseline: differences(r, base).ok_or(CompareError::TooLarge)?,
                by_category: r.totals.by_category.clone(),
                by_quadrant: r.totals.by_quadrant.clone(),
                by_phase: r.totals.by_phase.clone(),
                cumulative_costs: cumulative(costs).ok_or(CompareError::TooLarge)?,
                fit: r.fit.as_ref().and_then(|f| f.fit),
                open_questions: u32::try_from(r.open_questions.len()).unwrap_or(u32::MAX),
            })
        })
        .collect::<Result<Vec<_>, CompareError>>()?;
    let mut break_even = Vec::new();
    for (i, a) in costs.iter().enumerate() {
        for (j, b) in costs.iter().enumerate().skip(i.saturating_add(1)) {
            break_even.push(pair_break_even(i, a, j, b).ok_or(CompareError::TooLarge)?);
        }
    }
    Ok(Comparison {
        currency: first.currency.clone(),
        horizon: first.horizon,
        horizon_shortened: false,
        baseline,
        lowest_tco: best(options, |r| Decimal::ZERO.sub_or_none(r.totals.tco)),
        highest_npv: best(options, |r| Some(r.totals.npv)),
        saas_on_premise: saas_references(options, &compared),
        options: compared,
        break_even,
    })
}

/// The indices where `score` is highest (ties all listed).
fn best(options: &[Results], score: impl Fn(&Results) -> Option<Decimal>) -> Vec<usize> {
    let scores: Vec<Option<Decimal>> = options.iter().map(&score).collect();
    let top = scores.iter().flatten().max().copied();
    scores
        .iter()
        .enumerate()
        .filter(|(_, s)| top.is_some() && **s == top)
        .map(|(i, _)| i)
        .collect()
}

fn headline(r: &Results) -> Headline {
    let t = &r.totals;
    Headline {
        tco: t.tco,
        tco_per_user_month: t.tco_per_user_month,
        initial_costs: t.initial_costs,
        pv_costs: t.pv_costs,
        total_benefits: t.total_benefits,
        npv: t.npv,
        roi_simple: t.roi_simple,
        roi_risk_adjusted: t.roi_risk_adjusted,
        payback_months: t.payback_months,
        discounted_payback_months: t.discounted_payback_months,
        irr: t.irr,
        irr_note: t.irr_note,
        hidden_costs: t.hidden_costs,
        hidden_share: t.hidden_share,
    }
}

/// `value − baseline`, with its share of |baseline|.
fn difference(value: Decimal, baseline: Decimal) -> Option<Difference> {
    let amount = value.sub_or_none(baseline)?;
    let share = if baseline.is_zero() {
        None
    } else {
        Some(
            amount
                .div_or_none(baseline.abs())?
                .round_dp(RATIO_PLACES)
                .normalize(),
        )
    };
    Some(Difference { amount, share })
}

/// `value − baseline` when both exist (`Some(None)` when either is missing).
fn points(value: Option<Decimal>, baseline: Option<Decimal>) -> Option<Option<Decimal>> {
    match (value, baseline) {
        (Some(v), Some(b)) => v.sub_or_none(b).map(|d| Some(d.normalize())),
        _ => Some(None),
    }
}

fn map_differences<K: Ord + Copy>(
    value: &BTreeMap<K, Decimal>,
    baseline: &BTreeMap<K, Decimal>,
) -> Option<BTreeMap<K, Difference>> {
    value
        .iter()
        .map(|(k, v)| {
            let b = baseline.get(k).copied().unwrap_or(Decimal::ZERO);
            Some((*k, difference(*v, b)?))
        })
        .collect()
}

fn differences(r: &Results, base: &Results) -> Option<Differences> {
    let (t, b) = (&r.totals, &base.totals);
    Some(Differences {
        tco: difference(t.tco, b.tco)?,
        tco_per_user_month: match (t.tco_per_user_month, b.tco_per_user_month) {
            (Some(v), Some(w)) => Some(difference(v, w)?),
            _ => None,
        },
        initial_costs: difference(t.initial_costs, b.initial_costs)?,
        pv_costs: difference(t.pv_costs, b.pv_costs)?,
        total_benefits: difference(t.total_benefits, b.total_benefits)?,
        npv: difference(t.npv, b.npv)?,
        hidden_costs: difference(t.hidden_costs, b.hidden_costs)?,
        roi_simple: points(t.roi_simple, b.roi_simple)?,
        roi_risk_adjusted: points(t.roi_risk_adjusted, b.roi_risk_adjusted)?,
        irr: points(t.irr, b.irr)?,
        hidden_share: points(t.hidden_share, b.hidden_share)?,
        payback_months: points(t.payback_months, b.payback_months)?,
        by_category: map_differences(&t.by_category, &b.by_category)?,
        by_quadrant: map_differences(&t.by_quadrant, &b.by_quadrant)?,
        by_phase: map_differences(&t.by_phase, &b.by_phase)?,
    })
}

/// Running sums of `flows`.
fn cumulative(flows: &[Decimal]) -> Option<Vec<Decimal>> {
    let mut sum = Decimal::ZERO;
    flows
        .iter()
        .map(|f| {
            sum = sum.add_or_none(*f)?;
            Some(sum)
        })
        .collect()
}

/// The break-even of options `i` and `j` from their per-period costs.
///
/// With `s_t` what the option cheaper at the horizon saves in period t and `S_t` its running
/// sum (> 0 at the horizon): if `S_t ≥ 0` everywhere it is never dearer (no break-even within
/// the horizon); otherwise, with `m` the last period where `S_m ≤ 0`, it stays below after
/// `12 m + payback_months([S_m, s_{m+1}])` months — the engine's payback interpolation.
fn pair_break_even(i: usize, a: &[Decimal], j: usize, b: &[Decimal]) -> Option<BreakEven> {
    let result = |kind, cheaper, months| BreakEven {
        first: i,
        second: j,
        kind,
        cheaper,
        months,
    };
    // What i saves over j in each period.
    let savings: Vec<Decimal> = a
        .iter()
        .zip(b)
        .map(|(a, b)| b.sub_or_none(*a))
        .collect::<Option<_>>()?;
    let running = cumulative(&savings)?;
    if running.iter().all(Decimal::is_zero) {
        return Some(result(BreakEvenKind::Identical, None, None));
    }
    let last = running.last().copied().unwrap_or(Decimal::ZERO);
    if last.is_zero() {
        return Some(result(BreakEvenKind::EndsEqual, None, None));
    }
    // Turn the series into the cheaper option's savings.
    let (cheaper, savings, running) = if last > Decimal::ZERO {
        (i, savings, running)
    } else {
        let negate = |v: &[Decimal]| -> Option<Vec<Decimal>> {
            v.iter().map(|x| Decimal::ZERO.sub_or_none(*x)).collect()
        };
        (j, negate(&savings)?, negate(&running)?)
    };
    if running.iter().all(|s| *s >= Decimal::ZERO) {
        return Some(result(BreakEvenKind::NotWithinHorizon, Some(cheaper), None));
    }
    let m = running.iter().rposition(|s| *s <= Decimal::ZERO)?;
    let next = savings.get(m.saturating_add(1)).copied()?;
    let within = payback_months(&[*running.get(m)?, next])?;
    let months = Decimal::from(m)
        .mul_or_none(MONTHS)?
        .add_or_none(within)?
        .round_dp(2)
        .normalize();
    Some(result(BreakEvenKind::Crosses, Some(cheaper), Some(months)))
}

/// The SaaS / on-premise reference for every such pair, with the person's own ratios.
fn saas_references(options: &[Results], compared: &[ComparedOption]) -> Vec<SaasReference> {
    let register = crate::assumptions::register();
    let reference = |id: &str| register.iter().find(|a| a.id == id).map(|a| a.value);
    let (Some(first_year), Some(five_year)) = (
        reference("reference.saas_first_year_share"),
        reference("reference.saas_five_year_share"),
    ) else {
        return Vec::new();
    };
    let ratio = |saas: &ComparedOption, on_premise: &ComparedOption, period: usize| {
        let s = saas.cumulative_costs.get(period)?;
        let o = on_premise.cumulative_costs.get(period)?;
        if o.is_zero() {
            return None;
        }
        Some(s.div_or_none(*o)?.round_dp(RATIO_PLACES).normalize())
    };
    let mut out = Vec::new();
    for (s, saas) in compared.iter().enumerate() {
        if saas.deployment_model != DeploymentModel::Saas {
            continue;
        }
        for (o, on_premise) in compared.iter().enumerate() {
            if on_premise.deployment_model != DeploymentModel::OnPremise {
                continue;
            }
            let last = options
                .get(s)
                .map_or(0, |r| r.years.len().saturating_sub(1));
            out.push(SaasReference {
                saas: s,
                on_premise: o,
                first_year_ratio: ratio(saas, on_premise, 1),
                five_year_ratio: if last >= 5 {
                    ratio(saas, on_premise, 5)
                } else {
                    None
                },
                horizon_ratio: ratio(saas, on_premise, last),
                reference_first_year: first_year,
                reference_five_year: five_year,
                contested: true,
            });
        }
    }
    out
}
