//! Standard finance on slices of `Decimal` flows (domain §8): escalation, the nominal discount
//! rate, discount factors, present value and NPV, IRR (with the reason when it is undefined),
//! payback (plain and discounted) and simple ROI.
//!
//! Period 0 is the initial period and is never discounted; periods 1..=N are years. Every
//! function is pure and returns `None` instead of overflowing.

use crate::arith::Num;
use rust_decimal::Decimal;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use serde::{Deserialize, Serialize};

use crate::scenario::{DiscountBasis, DiscountConvention};

/// Months in a year.
const MONTHS: Decimal = Decimal::from_parts(12, 0, 0, false, 0);

/// Rounds money to the cent (half away from zero), the precision of every ledger amount.
/// The result always carries exactly two decimal places ("6000.00"), so money prints alike.
pub fn round_cents(value: Decimal) -> Decimal {
    let mut cents =
        value.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    cents.rescale(2);
    cents
}

/// `base^n` by repeated checked multiplication (exact for the short powers used here).
pub fn power<N: Num>(base: N, n: usize) -> Option<N> {
    let mut result = N::ONE;
    for _ in 0..n {
        result = result.mul_or_none(base)?;
    }
    Some(result)
}

/// The escalation factor of period `t` for a yearly change `growth`: `(1 + growth)^(t − 1)` for
/// years t ≥ 1, and 1 for the initial period (domain §8). The one place this formula lives: it
/// drives user growth, contact growth and inflation.
pub fn escalation<N: Num>(growth: N, t: usize) -> Option<N> {
    power(N::ONE.add_or_none(growth)?, t.saturating_sub(1))
}

/// The nominal discount rate: the rate itself when it is nominal, or
/// `(1 + real)(1 + inflation) − 1` when it is real, so inflation is never counted twice.
pub fn nominal_rate<N: Num>(rate: N, basis: DiscountBasis, inflation: N) -> Option<N> {
    match basis {
        DiscountBasis::Nominal => Some(rate),
        DiscountBasis::Real => N::ONE
            .add_or_none(rate)?
            .mul_or_none(N::ONE.add_or_none(inflation)?)?
            .sub_or_none(N::ONE),
    }
}

/// The discount factor of period `t` at `rate`: 1 for t = 0; `1 / (1 + r)^t` at the end of the
/// year; `1 / (1 + r)^(t − 0.5)` under the mid-year convention. `None` if `1 + rate ≤ 0`.
pub fn discount_factor<N: Num>(rate: N, t: usize, convention: DiscountConvention) -> Option<N> {
    if t == 0 {
        return Some(N::ONE);
    }
    let base = N::ONE.add_or_none(rate)?;
    if base <= N::ZERO {
        return None;
    }
    let denominator = match convention {
        DiscountConvention::EndOfYear => power(base, t)?,
        DiscountConvention::MidYear => {
            power(base, t.saturating_sub(1))?.mul_or_none(base.sqrt_or_none()?)?
        }
    };
    N::ONE.div_or_none(denominator)
}

/// A period's amount discounted by its factor, rounded to the cent as the results show it.
/// Both the results and the simulation's trials discount through this one function.
pub fn discounted<N: Num>(amount: N, factor: N) -> Option<N> {
    amount.mul_or_none(factor).map(Num::cents)
}

/// The present value of `flows` (index = period) at `rate`: Σ flow_t × factor_t.
pub fn present_value<N: Num>(flows: &[N], rate: N, convention: DiscountConvention) -> Option<N> {
    flows
        .iter()
        .enumerate()
        .try_fold(N::ZERO, |sum, (t, flow)| {
            sum.add_or_none(flow.mul_or_none(discount_factor(rate, t, convention)?)?)
        })
}

/// The net present value of net flows (benefits − costs per period): the same sum as
/// [`present_value`], named for readability.
pub fn npv<N: Num>(net_flows: &[N], rate: N, convention: DiscountConvention) -> Option<N> {
    present_value(net_flows, rate, convention)
}

/// Why an IRR is not shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IrrNote {
    /// The flows never change sign (all costs or all gains): no rate makes NPV zero.
    NoSignChange,
    /// The flows change sign more than once: several rates may make NPV zero, so none is shown.
    MultipleSignChanges,
    /// The search for the rate did not settle on a number.
    DidNotConverge,
}

impl IrrNote {
    /// The reason in plain English.
    pub fn message(self) -> &'static str {
        match self {
            IrrNote::NoSignChange => {
                "no IRR: the net flows never change sign, so no discount rate makes NPV zero"
            }
            IrrNote::MultipleSignChanges => {
                "IRR n/a: the net flows change sign more than once, so several rates may make NPV zero"
            }
            IrrNote::DidNotConverge => "IRR n/a: the search for the rate did not converge",
        }
    }
}

/// An internal rate of return, or why there is none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Irr {
    /// The rate, as a decimal fraction (0.28 = 28 %), rounded to 10 places.
    Value(Decimal),
    /// No single rate; the reason.
    Undefined(IrrNote),
}

impl Irr {
    /// The rate, if there is one.
    pub fn value(self) -> Option<Decimal> {
        match self {
            Irr::Value(v) => Some(v),
            Irr::Undefined(_) => None,
        }
    }

    /// The reason there is no rate, if there is none.
    pub fn note(self) -> Option<IrrNote> {
        match self {
            Irr::Value(_) => None,
            Irr::Undefined(note) => Some(note),
        }
    }
}

/// Counts how often the sign of the non-zero flows changes.
fn sign_changes(flows: &[Decimal]) -> usize {
    let mut changes: usize = 0;
    let mut last: Option<bool> = None;
    for flow in flows.iter().filter(|f| !f.is_zero()) {
        let negative = flow.is_sign_negative();
        if last.is_some_and(|l| l != negative) {
            changes = changes.saturating_add(1);
        }
        last = Some(negative);
    }
    changes
}

/// The internal rate of return of `flows` (index = period, end-of-year timing).
///
/// Defined only when the flows change sign exactly once; then NPV(r) = 0 has exactly one root
/// with r > −1 (Descartes' rule of signs on the polynomial in x = 1 / (1 + r)), found by
/// bisection on x in `f64` (only `+` and `×`, so the result is the same on every platform).
pub fn irr(flows: &[Decimal]) -> Irr {
    match sign_changes(flows) {
        0 => return Irr::Undefined(IrrNote::NoSignChange),
        1 => {}
        _ => return Irr::Undefined(IrrNote::MultipleSignChanges),
    }
    // Leading zero flows only shift the polynomial by a power of x: drop them.
    let coefficients: Vec<f64> = flows
        .iter()
        .skip_while(|f| f.is_zero())
        .map(|f| f.to_f64().unwrap_or(f64::NAN))
        .collect();
    if coefficients.iter().any(|c| !c.is_finite()) {
        return Irr::Undefined(IrrNote::DidNotConverge);
    }
    // p(x) = Σ c_t x^t, by Horner's rule.
    let p = |x: f64| coefficients.iter().rev().fold(0.0, |acc, c| acc * x + c);
    let start_negative = coefficients.first().is_some_and(|c| *c < 0.0);
    let same_side = |x: f64| {
        let v = p(x);
        v != 0.0 && (v < 0.0) == start_negative
    };
    let mut lo = 0.0_f64;
    let mut hi = 1.0_f64;
    while same_side(hi) {
        lo = hi;
        hi *= 2.0;
        if hi > 1e15 {
            return Irr::Undefined(IrrNote::DidNotConverge);
        }
    }
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if mid <= lo || mid >= hi {
            break;
        }
        if same_side(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    let x = 0.5 * (lo + hi);
    if x <= 0.0 || !x.is_finite() {
        return Irr::Undefined(IrrNote::DidNotConverge);
    }
    match Decimal::from_f64(1.0 / x - 1.0) {
        Some(rate) => Irr::Value(rate.round_dp(10)),
        None => Irr::Undefined(IrrNote::DidNotConverge),
    }
}

/// Months until the cumulative flow turns non-negative, interpolated linearly within the year:
/// 0 if the initial period is already ≥ 0; otherwise, for the first year t with
/// cumulative_t ≥ 0, `12 × (t − 1) + 12 × (−cumulative_{t−1} / flow_t)`. `None` when the
/// cumulative flow stays negative through the last period (not within the horizon).
///
/// The sign test looks at the cumulative flow rounded to the cent (the ledger's flows are whole
/// cents, so for them this is exact; for `f64` trials it ignores binary dust such as −1e−12).
pub fn payback_months<N: Num>(flows: &[N]) -> Option<N> {
    let months = N::from_decimal(MONTHS);
    let mut cumulative = N::ZERO;
    for (t, flow) in flows.iter().enumerate() {
        let before = cumulative;
        cumulative = cumulative.add_or_none(*flow)?;
        if cumulative.cents() >= N::ZERO {
            if t == 0 {
                return Some(N::ZERO);
            }
            // before < 0 ≤ cumulative, so flow > 0.
            let whole_years = N::from_usize(t.saturating_sub(1)).mul_or_none(months)?;
            let part = N::ZERO
                .sub_or_none(before)?
                .div_or_none(*flow)?
                .mul_or_none(months)?
                .smaller(months);
            return whole_years.add_or_none(part);
        }
    }
    None
}

/// Simple ROI (domain §8, [C]): (Σbenefits − Σcosts) / Σcosts. `None` when there are no costs.
pub fn roi(benefits: Decimal, costs: Decimal) -> Option<Decimal> {
    if costs.is_zero() {
        return None;
    }
    benefits.sub_or_none(costs)?.div_or_none(costs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::d;

    fn flows(values: &[i64]) -> Vec<Decimal> {
        values.iter().map(|v| Decimal::from(*v)).collect()
    }

    fn close(actual: Decimal, expected: &str, tolerance: &str) -> bool {
        (actual - d(expected)).abs() <= d(tolerance)
    }

    #[test]
    fn npv_matches_numpy_docs() {
        // NumPy `np.npv` docs (1.10–1.17, after Gitman, Principles of Managerial Finance):
        // np.npv(0.281, [-100, 39, 59, 55, 20]) = -0.0084785916384548798.
        let v = npv(
            &flows(&[-100, 39, 59, 55, 20]),
            d("0.281"),
            DiscountConvention::EndOfYear,
        )
        .unwrap();
        assert!(close(v, "-0.0084785916384548798", "0.0000000001"), "{v}");
    }

    #[test]
    fn npv_matches_numpy_financial_docs() {
        // numpy-financial `npf.npv` docs: rate 0.08, [-40000, 5000, 8000, 12000, 30000]
        // → 3065.22267 (rounded to 5 places in the docs).
        let v = npv(
            &flows(&[-40_000, 5_000, 8_000, 12_000, 30_000]),
            d("0.08"),
            DiscountConvention::EndOfYear,
        )
        .unwrap();
        assert!(close(v, "3065.22267", "0.000005"), "{v}");
    }

    #[test]
    fn npv_matches_excel_docs_when_the_first_value_is_a_year_out() {
        // Microsoft Excel NPV function docs: rate 10 %, -10,000 one year from today, then
        // 3,000, 4,200, 6,800 → $1,188.44. Excel discounts the first value too, so it sits at
        // t = 1 here, with nothing at t = 0.
        let v = npv(
            &flows(&[0, -10_000, 3_000, 4_200, 6_800]),
            d("0.10"),
            DiscountConvention::EndOfYear,
        )
        .unwrap();
        assert_eq!(round_cents(v), d("1188.44"));
    }

    #[test]
    fn irr_matches_numpy_financial_docs() {
        // numpy-financial `npf.irr` docs: round(npf.irr([-100, 39, 59, 55, 20]), 5) = 0.28095;
        // the NumPy 1.x docs print 0.28094842115996.
        let r = irr(&flows(&[-100, 39, 59, 55, 20])).value().unwrap();
        assert!(close(r, "0.28094842115996", "0.0000000001"), "{r}");
    }

    #[test]
    fn irr_matches_excel_docs() {
        // Microsoft Excel IRR function docs: -70,000 then 12,000, 15,000, 18,000, 21,000 →
        // -2.1 % after four years; with 26,000 in year five → 8.7 % (0.0866 to four places, as
        // other spreadsheet manuals print the same example).
        let four = irr(&flows(&[-70_000, 12_000, 15_000, 18_000, 21_000]))
            .value()
            .unwrap();
        assert!(close(four, "-0.0212", "0.00005"), "{four}");
        let five = irr(&flows(&[-70_000, 12_000, 15_000, 18_000, 21_000, 26_000]))
            .value()
            .unwrap();
        assert!(close(five, "0.0866", "0.00005"), "{five}");
    }

    #[test]
    fn irr_is_undefined_without_exactly_one_sign_change() {
        assert_eq!(
            irr(&flows(&[100, 50, 0])),
            Irr::Undefined(IrrNote::NoSignChange)
        );
        assert_eq!(
            irr(&flows(&[-100, -50])),
            Irr::Undefined(IrrNote::NoSignChange)
        );
        assert_eq!(irr(&[]), Irr::Undefined(IrrNote::NoSignChange));
        // -100 + 230/(1+r) - 132/(1+r)^2 = 0 at r = 10 % and r = 20 %: two rates, none shown.
        assert_eq!(
            irr(&flows(&[-100, 230, -132])),
            Irr::Undefined(IrrNote::MultipleSignChanges)
        );
    }

    #[test]
    fn irr_ignores_leading_zeros_and_handles_extremes() {
        // Same flows one period later: same rate.
        let r = irr(&flows(&[0, -100, 39, 59, 55, 20])).value().unwrap();
        assert!(close(r, "0.28094842115996", "0.0000000001"));
        // -1 then +2: 100 %.
        let r = irr(&flows(&[-1, 2])).value().unwrap();
        assert!(close(r, "1", "0.0000000001"), "{r}");
        // Tiny return: -100 then 1 → -99 %.
        let r = irr(&flows(&[-100, 1])).value().unwrap();
        assert!(close(r, "-0.99", "0.0000000001"), "{r}");
        // Huge: a rate of a billion times is beyond the search and is reported, not invented.
        let huge = irr(&flows(&[-1, 1_000_000_000_000_000]));
        assert!(matches!(
            huge,
            Irr::Value(_) | Irr::Undefined(IrrNote::DidNotConverge)
        ));
    }

    #[test]
    fn payback_textbook_example() {
        // -1,000 then 300 a year: cumulative -700, -400, -100, +200 → paid back 100/300 into
        // year 4 = 3.33 years = 36 + 12 × 100/300 = 40 months.
        let months = payback_months(&flows(&[-1000, 300, 300, 300, 300, 300])).unwrap();
        assert_eq!(months.round_dp(6), d("40"));
    }

    #[test]
    fn payback_edges() {
        assert_eq!(payback_months(&flows(&[0, -5, 10])), Some(Decimal::ZERO));
        assert_eq!(payback_months(&flows(&[-1000, 100, 100])), None);
        // Exactly zero at the end of year 2: 24 months.
        assert_eq!(payback_months(&flows(&[-200, 100, 100])), Some(d("24")));
    }

    #[test]
    fn discount_factors() {
        let end = discount_factor(d("0.10"), 2, DiscountConvention::EndOfYear).unwrap();
        assert_eq!(end.round_dp(10), d("0.8264462810")); // 1 / 1.21
        let mid = discount_factor(d("0.10"), 1, DiscountConvention::MidYear).unwrap();
        assert_eq!(mid.round_dp(10), d("0.9534625892")); // 1 / √1.1
        assert_eq!(
            discount_factor(d("0.10"), 0, DiscountConvention::MidYear),
            Some(Decimal::ONE)
        );
        assert_eq!(
            discount_factor(d("-1"), 1, DiscountConvention::EndOfYear),
            None
        );
    }

    #[test]
    fn nominal_rate_from_real_has_no_double_counting() {
        // (1 + 3 %)(1 + 2 %) − 1 = 5.06 %.
        assert_eq!(
            nominal_rate(d("0.03"), DiscountBasis::Real, d("0.02")),
            Some(d("0.0506"))
        );
        assert_eq!(
            nominal_rate(d("0.03"), DiscountBasis::Nominal, d("0.02")),
            Some(d("0.03"))
        );
    }

    #[test]
    fn escalation_factor() {
        // 7 % a year: year 1 ×1, year 3 ×1.07² = 1.1449; the initial period ×1.
        assert_eq!(escalation(d("0.07"), 0), Some(Decimal::ONE));
        assert_eq!(escalation(d("0.07"), 1), Some(Decimal::ONE));
        assert_eq!(escalation(d("0.07"), 3), Some(d("1.1449")));
    }

    #[test]
    fn cents_have_two_places_and_never_panic() {
        assert_eq!(round_cents(d("6000")).to_string(), "6000.00");
        assert_eq!(round_cents(d("0.125")).to_string(), "0.13");
        assert_eq!(round_cents(d("-0.125")).to_string(), "-0.13");
        let _ = round_cents(Decimal::MAX);
        let _ = round_cents(Decimal::MIN);
    }

    #[test]
    fn simple_roi() {
        // Benefits 150, costs 100 → 50 %.
        assert_eq!(roi(d("150"), d("100")), Some(d("0.5")));
        assert_eq!(roi(d("150"), Decimal::ZERO), None);
    }
}
