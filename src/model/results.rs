//! The results: the ledger aggregated per period and over the horizon, with the finance figures
//! (PV, NPV, IRR, payback, ROI). This is the structure the CLI prints as JSON and the UI shows.
//!
//! All money is rounded to the cent; ratios are decimal fractions (0.25 = 25 %); costs are
//! positive numbers. The `by_*` maps cover cost lines only and always hold every key.

use crate::arith::CheckedDecimal;
use crate::checklist::{self, Applied, ChecklistEffect};
use crate::fit::{self, FitResult};
use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::ScenarioError;
use crate::evaluate::build;
use crate::finance::{
    IrrNote, discount_factor, discounted, irr, nominal_rate, payback_months, roi, round_cents,
};
use crate::ledger::Line;
use crate::scenario::{DeploymentModel, DiscountConvention, Question, Scenario};
use crate::taxonomy::{Category, LineKind, Phase, Quadrant};
use crate::units::{CurrencyCode, Horizon};

/// Everything the engine computes for one scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Results {
    /// The scenario's name.
    pub scenario_name: String,
    /// The scenario's currency.
    pub currency: CurrencyCode,
    /// Years evaluated after the initial period.
    pub horizon: Horizon,
    /// The deployment model evaluated.
    pub deployment_model: DeploymentModel,
    /// One entry per period: index 0 = initial, then years 1..=horizon.
    pub years: Vec<YearResult>,
    /// Sums and finance figures over the whole horizon.
    pub totals: Totals,
    /// Every ledger line with its tags and per-period amounts.
    pub lines: Vec<Line>,
    /// Things the person should know (e.g. contacts beyond the last volume tier).
    pub warnings: Vec<Warning>,
    /// What each hidden-fee checklist answer did, one per answered question in sheet order
    /// (empty without answers).
    #[serde(default)]
    pub checklist: Vec<ChecklistEffect>,
    /// The checklist questions answered Don't know, in sheet order.
    #[serde(default)]
    pub open_questions: Vec<Question>,
    /// The requirements fit; null when the scorecard has no requirements.
    #[serde(default)]
    pub fit: Option<FitResult>,
}

/// The figures of one period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct YearResult {
    /// 0 = initial (up-front), 1..=horizon = years.
    pub period: u8,
    /// Active users in the period (fractional when growth is; shown to 2 places).
    pub users: Decimal,
    /// Seats paid for (subscription or licence) in the period; 0 when none apply.
    pub seats: Decimal,
    /// Contacts/records in the CRM in the period.
    pub contacts: Decimal,
    /// All costs.
    pub costs: Decimal,
    /// All benefits.
    pub benefits: Decimal,
    /// benefits − costs.
    pub net: Decimal,
    /// Σ net up to and including this period.
    pub cumulative_net: Decimal,
    /// The discount factor applied to this period (1 for period 0).
    pub discount_factor: Decimal,
    /// costs × discount factor.
    pub discounted_costs: Decimal,
    /// benefits × discount factor.
    pub discounted_benefits: Decimal,
    /// discounted benefits − discounted costs.
    pub discounted_net: Decimal,
    /// Σ discounted net up to and including this period.
    pub cumulative_discounted_net: Decimal,
    /// Costs raised by their risk (TEI style).
    pub risk_adjusted_costs: Decimal,
    /// Benefits lowered by their risk (TEI style).
    pub risk_adjusted_benefits: Decimal,
    /// Costs by category (all ten keys).
    pub by_category: BTreeMap<Category, Decimal>,
    /// Costs by quadrant (all four keys).
    pub by_quadrant: BTreeMap<Quadrant, Decimal>,
    /// Costs by phase (all seven keys).
    pub by_phase: BTreeMap<Phase, Decimal>,
}

/// Sums and finance figures over the horizon.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    /// Total cost of ownership: Σ costs over all periods (undiscounted).
    pub tco: Decimal,
    /// Σ benefits over all periods (undiscounted).
    pub total_benefits: Decimal,
    /// total_benefits − tco.
    pub net: Decimal,
    /// Costs paid in the initial period.
    pub initial_costs: Decimal,
    /// Costs in years 1..=horizon.
    pub recurring_costs: Decimal,
    /// Present value of the costs.
    pub pv_costs: Decimal,
    /// Present value of the benefits.
    pub pv_benefits: Decimal,
    /// pv_benefits − pv_costs.
    pub npv: Decimal,
    /// Internal rate of return of the net flows, or null (see `irr_note`).
    pub irr: Option<Decimal>,
    /// Why `irr` is null: `no_sign_change`, `multiple_sign_changes` or `did_not_converge`.
    pub irr_note: Option<IrrNote>,
    /// The same reason in plain English.
    pub irr_note_text: Option<String>,
    /// (Σbenefits − Σcosts) / Σcosts; null when there are no costs.
    pub roi_simple: Option<Decimal>,
    /// NPV_risk / PV(costs_risk), TEI style; null when there are no costs.
    pub roi_risk_adjusted: Option<Decimal>,
    /// Which ROI definitions are shown, in plain English.
    pub roi_definition: String,
    /// Present value of the risk-adjusted costs.
    pub pv_costs_risk_adjusted: Decimal,
    /// Present value of the risk-adjusted benefits.
    pub pv_benefits_risk_adjusted: Decimal,
    /// pv_benefits_risk_adjusted − pv_costs_risk_adjusted.
    pub npv_risk_adjusted: Decimal,
    /// Months until the cumulative net turns non-negative; null when not within the horizon.
    pub payback_months: Option<Decimal>,
    /// The same on discounted flows; null when not within the horizon.
    pub discounted_payback_months: Option<Decimal>,
    /// Σ over years 1..=horizon of users × 12.
    pub user_months: Decimal,
    /// tco / user_months; null when there are no user-months.
    pub tco_per_user_month: Option<Decimal>,
    /// Costs in the two hidden quadrants.
    pub hidden_costs: Decimal,
    /// hidden_costs / tco; null when tco is 0.
    pub hidden_share: Option<Decimal>,
    /// Costs by category (all ten keys).
    pub by_category: BTreeMap<Category, Decimal>,
    /// Costs by quadrant (all four keys).
    pub by_quadrant: BTreeMap<Quadrant, Decimal>,
    /// Costs by phase (all seven keys).
    pub by_phase: BTreeMap<Phase, Decimal>,
    /// The nominal discount rate used (after converting a real rate).
    pub nominal_discount_rate: Decimal,
    /// The discounting convention used.
    pub discount_convention: DiscountConvention,
}

/// Something the person should know about the results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// Stable machine id, e.g. `contacts_beyond_last_tier`.
    pub code: String,
    /// The scenario field concerned.
    pub field: String,
    /// Plain English.
    pub message: String,
}

impl Results {
    /// The checklist answer a ledger line comes from (by line id, contingency siblings
    /// included), if any: the page marks such lines "from the checklist".
    pub fn line_origin(&self, line_id: &str) -> Option<&ChecklistEffect> {
        self.checklist
            .iter()
            .find(|e| e.line_ids.iter().any(|id| id == line_id))
    }

    /// The checklist answer that set a scenario input (a path such as
    /// `pricing.renewal_uplift`), if any: the page marks such inputs "set by the checklist".
    /// An index past the end of the person's own list (`pricing.add_ons[3]` with three add-ons)
    /// is an item the checklist added.
    pub fn field_origin(&self, field: &str) -> Option<&ChecklistEffect> {
        self.checklist
            .iter()
            .find(|e| e.fields.iter().any(|f| f == field))
    }
}

/// Decimal places of ratios (ROI, shares, IRR as shown).
const RATIO_PLACES: u32 = 6;
const MONTHS: Decimal = Decimal::from_parts(12, 0, 0, false, 0);

fn ratio(value: Decimal) -> Decimal {
    value.round_dp(RATIO_PLACES).normalize()
}

fn zero_map<K: Ord + Copy>(keys: &[K]) -> BTreeMap<K, Decimal> {
    keys.iter()
        .map(|k| (*k, round_cents(Decimal::ZERO)))
        .collect()
}

fn add_to<K: Ord>(map: &mut BTreeMap<K, Decimal>, key: K, amount: Decimal) -> Option<()> {
    let slot = map.entry(key).or_insert(Decimal::ZERO);
    *slot = slot.add_or_none(amount)?;
    Some(())
}

fn sum_maps<K: Ord + Copy>(
    into: &mut BTreeMap<K, Decimal>,
    from: &BTreeMap<K, Decimal>,
) -> Option<()> {
    from.iter().try_for_each(|(k, v)| add_to(into, *k, *v))
}

/// Sums, discounting and finance figures of one period.
struct PeriodSums {
    costs: Decimal,
    benefits: Decimal,
    risk_costs: Decimal,
    risk_benefits: Decimal,
    by_category: BTreeMap<Category, Decimal>,
    by_quadrant: BTreeMap<Quadrant, Decimal>,
    by_phase: BTreeMap<Phase, Decimal>,
}

fn period_sums(lines: &[Line], t: usize) -> Option<PeriodSums> {
    let mut sums = PeriodSums {
        costs: round_cents(Decimal::ZERO),
        benefits: round_cents(Decimal::ZERO),
        risk_costs: Decimal::ZERO,
        risk_benefits: Decimal::ZERO,
        by_category: zero_map(&Category::ALL),
        by_quadrant: zero_map(&Quadrant::ALL),
        by_phase: zero_map(&Phase::ALL),
    };
    for line in lines {
        let amount = line.amounts.get(t).copied().unwrap_or(Decimal::ZERO);
        let risk = line.risk.get();
        match line.kind {
            LineKind::Cost => {
                sums.costs = sums.costs.add_or_none(amount)?;
                add_to(&mut sums.by_category, line.category, amount)?;
                add_to(&mut sums.by_quadrant, line.quadrant, amount)?;
                add_to(&mut sums.by_phase, line.phase, amount)?;
                let raised = amount.mul_or_none(Decimal::ONE.add_or_none(risk)?)?;
                sums.risk_costs = sums.risk_costs.add_or_none(raised)?;
            }
            LineKind::Benefit => {
                sums.benefits = sums.benefits.add_or_none(amount)?;
                let lowered = amount.mul_or_none(Decimal::ONE.sub_or_none(risk)?)?;
                sums.risk_benefits = sums.risk_benefits.add_or_none(lowered)?;
            }
        }
    }
    sums.risk_costs = round_cents(sums.risk_costs);
    sums.risk_benefits = round_cents(sums.risk_benefits);
    Some(sums)
}

/// The English text of `roi_definition`.
fn roi_definition(rate: Decimal, convention: DiscountConvention) -> String {
    let when = match convention {
        DiscountConvention::EndOfYear => "end-of-year",
        DiscountConvention::MidYear => "mid-year",
    };
    format!(
        "Simple ROI = (total benefits - total costs) / total costs, undiscounted. \
         Risk-adjusted ROI (TEI style) = NPV / PV(costs) of the risk-adjusted flows: each cost \
         x (1 + its risk), each benefit x (1 - its risk), discounted at {}% a year (nominal, \
         {when} convention; the initial period is not discounted).",
        rate.mul_or_none(Decimal::ONE_HUNDRED)
            .unwrap_or(rate)
            .round_dp(4)
            .normalize()
    )
}

/// Computes the results of `scenario` (validated by the caller, see [`crate::evaluate`]) from
/// its checklist `applied`: the costs of the effective scenario, what the checklist did
/// (linked to the lines it drives), the open questions and the requirements fit.
pub(crate) fn compute(scenario: &Scenario, applied: Applied<'_>) -> Result<Results, ScenarioError> {
    let mut results = compute_costs(&applied.scenario)?;
    let mut effects = applied.effects;
    checklist::link_lines(&mut effects, &results.lines);
    results.checklist = effects;
    results.open_questions = applied.open_questions;
    if let Some(fit) = fit::evaluate(&scenario.fit) {
        results.warnings.extend(fit::warnings(&fit));
        results.fit = Some(fit);
    }
    Ok(results)
}

/// The costs, benefits and finance figures of `scenario`.
fn compute_costs(scenario: &Scenario) -> Result<Results, ScenarioError> {
    let built = build(scenario)?;
    let ctx = &built.ctx;
    let finance = &scenario.finance;
    let rate = nominal_rate(
        finance.discount_rate.get(),
        finance.discount_basis,
        finance.inflation.get(),
    )
    .ok_or_else(|| ScenarioError::too_large("finance.discount_rate"))?;
    let convention = finance.convention;
    let overflow = || ScenarioError::too_large("totals");
    let model = scenario.deployment.model;
    let pays_seats = model.has_subscription() || model == DeploymentModel::OnPremise;

    let zero = round_cents(Decimal::ZERO);
    let mut years = Vec::with_capacity(ctx.periods);
    let (mut cumulative, mut cumulative_discounted) = (zero, zero);
    let mut nets = Vec::with_capacity(ctx.periods);
    let mut discounted_nets = Vec::with_capacity(ctx.periods);
    let mut totals_by_category = zero_map(&Category::ALL);
    let mut totals_by_quadrant = zero_map(&Quadrant::ALL);
    let mut totals_by_phase = zero_map(&Phase::ALL);
    let (mut tco, mut total_benefits, mut pv_costs, mut pv_benefits) = (zero, zero, zero, zero);
    let (mut pv_risk_costs, mut pv_risk_benefits, mut initial_costs) = (zero, zero, zero);
    let mut user_months = Decimal::ZERO;
    for t in 0..ctx.periods {
        let sums = period_sums(&built.lines, t).ok_or_else(overflow)?;
        let factor = discount_factor(rate, t, convention).ok_or_else(overflow)?;
        let discount = |v: Decimal| discounted(v, factor).ok_or_else(overflow);
        let discounted_costs = discount(sums.costs)?;
        let discounted_benefits = discount(sums.benefits)?;
        let net = sums.benefits.sub_or_none(sums.costs).ok_or_else(overflow)?;
        let discounted_net = discounted_benefits
            .sub_or_none(discounted_costs)
            .ok_or_else(overflow)?;
        cumulative = cumulative.add_or_none(net).ok_or_else(overflow)?;
        cumulative_discounted = cumulative_discounted
            .add_or_none(discounted_net)
            .ok_or_else(overflow)?;
        let add = |a: Decimal, b: Decimal| a.add_or_none(b).ok_or_else(overflow);
        tco = add(tco, sums.costs)?;
        total_benefits = add(total_benefits, sums.benefits)?;
        pv_costs = add(pv_costs, discounted_costs)?;
        pv_benefits = add(pv_benefits, discounted_benefits)?;
        pv_risk_costs = add(pv_risk_costs, discount(sums.risk_costs)?)?;
        pv_risk_benefits = add(pv_risk_benefits, discount(sums.risk_benefits)?)?;
        if t == 0 {
            initial_costs = sums.costs;
        }
        let users = ctx.users.get(t).copied().unwrap_or(Decimal::ZERO);
        if t > 0 {
            user_months = users
                .mul_or_none(MONTHS)
                .and_then(|m| user_months.add_or_none(m))
                .ok_or_else(overflow)?;
        }
        sum_maps(&mut totals_by_category, &sums.by_category).ok_or_else(overflow)?;
        sum_maps(&mut totals_by_quadrant, &sums.by_quadrant).ok_or_else(overflow)?;
        sum_maps(&mut totals_by_phase, &sums.by_phase).ok_or_else(overflow)?;
        nets.push(net);
        discounted_nets.push(discounted_net);
        years.push(YearResult {
            period: u8::try_from(t).unwrap_or(u8::MAX),
            users: users.round_dp(2).normalize(),
            seats: if pays_seats {
                ctx.seats.get(t).copied().unwrap_or(Decimal::ZERO)
            } else {
                Decimal::ZERO
            },
            contacts: ctx.contacts.get(t).copied().unwrap_or(Decimal::ZERO),
            costs: sums.costs,
            benefits: sums.benefits,
            net,
            cumulative_net: cumulative,
            discount_factor: factor.round_dp(10).normalize(),
            discounted_costs,
            discounted_benefits,
            discounted_net,
            cumulative_discounted_net: cumulative_discounted,
            risk_adjusted_costs: sums.risk_costs,
            risk_adjusted_benefits: sums.risk_benefits,
            by_category: sums.by_category,
            by_quadrant: sums.by_quadrant,
            by_phase: sums.by_phase,
        });
    }

    let difference = |a: Decimal, b: Decimal| a.sub_or_none(b).ok_or_else(overflow);
    let npv = difference(pv_benefits, pv_costs)?;
    let npv_risk = difference(pv_risk_benefits, pv_risk_costs)?;
    let irr_result = irr(&nets);
    let hidden_costs = Quadrant::ALL
        .iter()
        .filter(|q| q.is_hidden())
        .filter_map(|q| totals_by_quadrant.get(q))
        .try_fold(zero, |sum, v| sum.add_or_none(*v))
        .ok_or_else(overflow)?;
    let user_months = round_cents(user_months);
    let share = |part: Decimal, whole: Decimal| {
        if whole.is_zero() {
            None
        } else {
            part.div_or_none(whole)
        }
    };
    let totals = Totals {
        tco,
        total_benefits,
        net: difference(total_benefits, tco)?,
        initial_costs,
        recurring_costs: difference(tco, initial_costs)?,
        pv_costs,
        pv_benefits,
        npv,
        irr: irr_result.value().map(ratio),
        irr_note: irr_result.note(),
        irr_note_text: irr_result.note().map(|n| n.message().to_owned()),
        roi_simple: roi(total_benefits, tco).map(ratio),
        roi_risk_adjusted: share(npv_risk, pv_risk_costs).map(ratio),
        roi_definition: roi_definition(rate, convention),
        pv_costs_risk_adjusted: pv_risk_costs,
        pv_benefits_risk_adjusted: pv_risk_benefits,
        npv_risk_adjusted: npv_risk,
        payback_months: payback_months(&nets).map(|m| m.round_dp(2).normalize()),
        discounted_payback_months: payback_months(&discounted_nets)
            .map(|m| m.round_dp(2).normalize()),
        user_months,
        tco_per_user_month: share(tco, user_months).map(round_cents),
        hidden_costs,
        hidden_share: share(hidden_costs, tco).map(ratio),
        by_category: totals_by_category,
        by_quadrant: totals_by_quadrant,
        by_phase: totals_by_phase,
        nominal_discount_rate: ratio(rate),
        discount_convention: convention,
    };
    Ok(Results {
        scenario_name: scenario.name.clone(),
        currency: scenario.currency.clone(),
        horizon: scenario.horizon,
        deployment_model: model,
        years,
        totals,
        lines: built.lines,
        warnings: built.warnings,
        checklist: Vec::new(),
        open_questions: Vec::new(),
        fit: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate;
    use crate::scenario::{CustomLine, DiscountBasis, RateBasis};
    use crate::test_support::{d, money};
    use crate::units::{Count, Growth, Horizon, Money, Percent};

    /// Only custom lines: 3 years, no users, every built-in cost and benefit zeroed.
    fn bare() -> Scenario {
        let mut s = Scenario {
            horizon: Horizon::try_from(3u64).unwrap(),
            ..Scenario::default()
        };
        s.organisation.users = Count::try_from(0u64).unwrap();
        s.organisation.user_growth = Growth::ZERO;
        s.pricing.contact_tiers.clear();
        s.pricing.add_ons.clear();
        s.project.activities.clear();
        s.project.consulting.floor = Money::ZERO;
        s.training.coordination_hours = crate::units::Hours::ZERO;
        s.training.onsite_visits = Count::try_from(0u64).unwrap();
        s.operations.admin_fte = crate::units::Fte::ZERO;
        s.benefits.revenue_uplift_per_year = Money::ZERO;
        s.benefits.retired_tools_per_year = Money::ZERO;
        s
    }

    fn custom(kind: LineKind, quadrant: Quadrant, amounts: &[&str]) -> CustomLine {
        CustomLine {
            name: "x".into(),
            kind,
            category: Category::ExternalConsultants,
            quadrant,
            phase: Phase::Operation,
            amounts: amounts.iter().map(|a| money(a)).collect(),
            risk: None,
        }
    }

    #[test]
    fn nothing_to_cost_gives_nulls_not_errors() {
        let r = evaluate(&bare()).unwrap();
        assert!(r.lines.is_empty());
        assert_eq!(r.totals.tco, Decimal::ZERO);
        assert_eq!(r.totals.roi_simple, None);
        assert_eq!(r.totals.roi_risk_adjusted, None);
        assert_eq!(r.totals.hidden_share, None);
        assert_eq!(r.totals.tco_per_user_month, None);
        assert_eq!(r.totals.irr_note, Some(IrrNote::NoSignChange));
        assert_eq!(r.years.len(), 4);
        for year in &r.years {
            assert_eq!(year.by_category.len(), 10);
            assert_eq!(year.by_quadrant.len(), 4);
            assert_eq!(year.by_phase.len(), 7);
        }
    }

    #[test]
    fn payback_npv_irr_and_roi_of_a_textbook_project() {
        // Cost 1,000 up front, benefit 300 a year for 3 years... and the textbook payback
        // (-1000, +300 × 5) needs a 5-year horizon: 40 months.
        let mut s = bare();
        s.horizon = Horizon::try_from(5u64).unwrap();
        s.finance.cost_risk = Percent::ZERO;
        s.finance.benefit_risk = Percent::ZERO;
        s.project.contingency = Percent::ZERO;
        s.custom_lines = vec![
            custom(LineKind::Cost, Quadrant::TransparentMoney, &["1000"]),
            custom(
                LineKind::Benefit,
                Quadrant::TransparentMoney,
                &["0", "300", "300", "300", "300", "300"],
            ),
        ];
        let r = evaluate(&s).unwrap();
        let t = &r.totals;
        assert_eq!(t.payback_months, Some(d("40")));
        assert_eq!(t.tco, d("1000"));
        assert_eq!(t.total_benefits, d("1500"));
        assert_eq!(t.roi_simple, Some(d("0.5"))); // (1500 − 1000) / 1000
        // PV of 300 a year for 5 years at 10 % = 300 × 3.790787 = 1,137.24 (annuity table);
        // each year is rounded to the cent: 272.73 + 247.93 + 225.39 + 204.90 + 186.28.
        assert_eq!(t.pv_benefits, d("1137.23"));
        assert_eq!(t.npv, d("137.23"));
        // With no risk, the risk-adjusted ROI is NPV / PV(costs).
        assert_eq!(t.roi_risk_adjusted, Some(d("0.13723")));
        // IRR of -1000, 300 × 5 is 15.24 % (annuity factor 3.3333 at 15.24 %).
        let irr = t.irr.unwrap();
        assert!((irr - d("0.1524")).abs() < d("0.0001"), "{irr}");
        // Discounted: cumulative -727.27, -479.34, -253.95, -49.05, +137.23 → year 5:
        // 48 + 12 × 49.05 / 186.28 = 51.16 months.
        assert_eq!(t.discounted_payback_months, Some(d("51.16")));
    }

    #[test]
    fn risk_raises_costs_and_lowers_benefits_with_line_overrides() {
        // Cost 1,000 at t=0 with 10 % risk → 1,100; benefit 2,000 in year 1 with a 50 %
        // override → 1,000, discounted at 10 % → 909.09. NPV_risk = −190.91; ROI = −0.173555.
        let mut s = bare();
        s.project.contingency = Percent::ZERO;
        let mut benefit = custom(
            LineKind::Benefit,
            Quadrant::TransparentMoney,
            &["0", "2000"],
        );
        benefit.risk = Some(Percent::try_from(d("0.5")).unwrap());
        s.custom_lines = vec![
            custom(LineKind::Cost, Quadrant::TransparentMoney, &["1000"]),
            benefit,
        ];
        let r = evaluate(&s).unwrap();
        assert_eq!(r.years[0].risk_adjusted_costs, d("1100"));
        assert_eq!(r.years[1].risk_adjusted_benefits, d("1000"));
        assert_eq!(r.totals.pv_benefits_risk_adjusted, d("909.09"));
        assert_eq!(r.totals.npv_risk_adjusted, d("-190.91"));
        assert_eq!(r.totals.roi_risk_adjusted, Some(d("-0.173555")));
    }

    #[test]
    fn real_rate_is_converted_and_mid_year_is_labelled() {
        let mut s = Scenario::default();
        s.finance.discount_basis = DiscountBasis::Real;
        s.finance.discount_rate = Percent::try_from(d("0.05")).unwrap();
        s.finance.inflation = Percent::try_from(d("0.02")).unwrap();
        s.finance.convention = DiscountConvention::MidYear;
        let r = evaluate(&s).unwrap();
        assert_eq!(r.totals.nominal_discount_rate, d("0.071")); // 1.05 × 1.02 − 1
        assert!(r.totals.roi_definition.contains("mid-year"));
        assert!(r.totals.roi_definition.contains("7.1%"));
        assert_eq!(r.years[1].discount_factor, d("0.9662850594")); // 1 / √1.071
    }

    #[test]
    fn tco_per_user_month_uses_active_users() {
        // 10 users growing 10 % over 3 years: 10 + 11 + 12.1 = 33.1 users × 12 = 397.2
        // user-months (not 3 × 12 × 10 = 360).
        let mut s = bare();
        s.organisation.users = Count::try_from(10u64).unwrap();
        s.organisation.user_growth = Growth::try_from(d("0.1")).unwrap();
        s.operations.downtime.outage_hours_per_year = crate::units::Hours::ZERO;
        s.organisation.rates.sales.basis = RateBasis::Hourly;
        s.custom_lines = vec![custom(
            LineKind::Cost,
            Quadrant::HiddenMoney,
            &["0", "1000", "1000", "1000"],
        )];
        let r = evaluate(&s).unwrap();
        assert_eq!(r.totals.user_months, d("397.2"));
        let tco = r.totals.tco;
        assert_eq!(
            r.totals.tco_per_user_month,
            Some(round_cents(tco / d("397.2")))
        );
    }

    #[test]
    fn totals_add_up_for_every_template() {
        for name in crate::templates::template_names() {
            let r = evaluate(&crate::templates::template(name).unwrap()).unwrap();
            let t = &r.totals;
            assert_eq!(t.by_category.values().sum::<Decimal>(), t.tco, "{name}");
            assert_eq!(t.by_quadrant.values().sum::<Decimal>(), t.tco, "{name}");
            assert_eq!(t.by_phase.values().sum::<Decimal>(), t.tco, "{name}");
            assert_eq!(r.years.iter().map(|y| y.costs).sum::<Decimal>(), t.tco);
            assert_eq!(t.npv, t.pv_benefits - t.pv_costs);
            assert_eq!(
                r.years.last().map(|y| y.cumulative_discounted_net),
                Some(t.npv)
            );
            let lines: Decimal = r
                .lines
                .iter()
                .filter(|l| l.kind == LineKind::Cost)
                .map(|l| l.total)
                .sum();
            assert_eq!(lines, t.tco, "{name}");
        }
    }
}
