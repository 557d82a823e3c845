//! The vendor subscription (SaaS and hybrid): seats (at least the vendor's minimum) or a flat
//! plan with extra seats, contact volume tiers, add-ons, the billing cycle's discount and the
//! uplift at each renewal ([B], domain §6); and the vendor's terms priced from it: a one-time
//! onboarding fee and support priced as a share of the subscription.
//!
//! Each component's yearly cost is `12 × monthly price × (1 − annual discount if billed
//! annually)` at the list price; the part added by renewal uplifts,
//! `× ((1 + uplift)^renewals − 1)` with `renewals = floor((t − 1) / minimum term)`, is collected
//! in one hidden line, because auto-renewal increases are discovered later. Support at a rate
//! is `rate × the year's whole subscription` (after discount and uplift: the net licence).

use rust_decimal::Decimal;

use crate::arith::Num;
use crate::context::Context;
use crate::error::ScenarioError;
use crate::finance::power;
use crate::inputs::{Field, Fixed, Inputs, MAX_PERIODS};
use crate::ledger::{Builder, Sink, Tags, cost, cost_named};
use crate::scenario::{AddOnBasis, BillingCycle, ContactTier, PlanKind};
use crate::taxonomy::{Category, Phase, Quadrant};

const MONTHS: Decimal = Decimal::from_parts(12, 0, 0, false, 0);

/// Yearly list-price factor of the billing cycle: 12 months, less the annual discount.
fn billing_factor<N: Num>(billing: BillingCycle, annual_discount: N) -> Option<N> {
    let months = N::from_decimal(MONTHS);
    match billing {
        BillingCycle::Annual => months.mul_or_none(N::ONE.sub_or_none(annual_discount)?),
        BillingCycle::Monthly | BillingCycle::Quarterly => Some(months),
    }
}

/// Renewals before year `t` (t ≥ 1): floor((t − 1) / minimum term); a term of 0 counts as 1.
pub(crate) fn renewals_before(t: usize, minimum_term_years: u8) -> usize {
    t.saturating_sub(1)
        .checked_div(usize::from(minimum_term_years.max(1)))
        .unwrap_or(0)
}

/// The price multiplier in year `t` after renewal uplifts: (1 + uplift)^renewals.
pub(crate) fn uplift_factor<N: Num>(uplift: N, minimum_term_years: u8, t: usize) -> Option<N> {
    power(
        N::ONE.add_or_none(uplift)?,
        renewals_before(t, minimum_term_years),
    )
}

/// The tier for `contacts`: the first whose `up_to` is at least `contacts`, else the last one
/// (`true` = beyond the last tier). `None` when there are no tiers. Returns the tier's index.
pub(crate) fn tier_for<N: Num>(
    tiers: &[ContactTier],
    inputs: &impl Inputs<N>,
    contacts: N,
) -> Option<(usize, bool)> {
    (0..tiers.len())
        .find(|i| inputs.get(Field::TierUpTo(*i)) >= contacts)
        .map(|i| (i, false))
        .or_else(|| tiers.len().checked_sub(1).map(|i| (i, true)))
}

/// How a component's monthly list price follows the seats.
#[derive(Clone, Copy)]
enum Monthly<N> {
    /// price × seats billed: the seats needed, but at least the vendor's minimum.
    BilledSeats { minimum: N, price: N },
    /// price × seats (needed).
    PerSeat(N),
    /// One price.
    Flat(N),
    /// price × max(0, seats billed − included).
    BeyondIncluded { minimum: N, included: N, price: N },
}

impl<N: Num> Monthly<N> {
    fn at(self, seats: N) -> Option<N> {
        match self {
            Monthly::BilledSeats { minimum, price } => seats.larger(minimum).mul_or_none(price),
            Monthly::PerSeat(price) => seats.mul_or_none(price),
            Monthly::Flat(price) => Some(price),
            Monthly::BeyondIncluded {
                minimum,
                included,
                price,
            } => seats
                .larger(minimum)
                .sub_or_none(included)?
                .larger(N::ZERO)
                .mul_or_none(price),
        }
    }
}

/// The yearly factors shared by every component.
struct Yearly<N> {
    /// 12 × (1 − annual discount if billed annually).
    factor: N,
    /// (1 + uplift)^renewals per period.
    uplifts: [N; MAX_PERIODS],
    /// What the renewal uplifts add, summed over all components, per period.
    uplift_total: [N; MAX_PERIODS],
}

/// Adds the subscription lines when the deployment model has a subscription.
pub(crate) fn add_lines<N: Num, I: Inputs<N>, S: Sink<N>>(
    b: &mut Builder<'_, N, I, S>,
) -> Result<(), ScenarioError> {
    let scenario = b.scenario();
    if !scenario.deployment.model.has_subscription() {
        return Ok(());
    }
    let pricing = &scenario.pricing;
    let periods = b.ctx.periods;
    let mut yearly = Yearly {
        factor: billing_factor(pricing.billing, b.input(Fixed::AnnualDiscount))
            .ok_or_else(|| ScenarioError::too_large("pricing"))?,
        uplifts: [N::ZERO; MAX_PERIODS],
        uplift_total: [N::ZERO; MAX_PERIODS],
    };
    let uplift = b.input(Fixed::RenewalUplift);
    for (t, slot) in yearly.uplifts.iter_mut().enumerate().take(periods) {
        *slot = uplift_factor(uplift, pricing.minimum_term_years, t)
            .ok_or_else(|| ScenarioError::too_large("pricing.renewal_uplift"))?;
    }

    // Seats (per-seat plan) or plan + extra seats (flat plan), from the seats billed.
    let minimum = b.input(Fixed::MinimumSeats);
    match pricing.plan {
        PlanKind::PerSeat => add_component(
            b,
            &mut yearly,
            subscription(
                "subscription.seats",
                "Subscription: seats",
                "pricing.seat_price_per_month",
                Quadrant::TransparentMoney,
            ),
            Monthly::BilledSeats {
                minimum,
                price: b.input(Fixed::SeatPricePerMonth),
            },
        )?,
        PlanKind::FlatPlan => {
            add_component(
                b,
                &mut yearly,
                subscription(
                    "subscription.plan",
                    "Subscription: plan",
                    "pricing.flat_plan_price_per_month",
                    Quadrant::TransparentMoney,
                ),
                Monthly::Flat(b.input(Fixed::FlatPlanPricePerMonth)),
            )?;
            // [B]: adding users beyond the plan is a hidden fee.
            let extra = Monthly::BeyondIncluded {
                minimum,
                included: b.input(Fixed::IncludedSeats),
                price: b.input(Fixed::ExtraSeatPricePerMonth),
            };
            add_component(
                b,
                &mut yearly,
                subscription(
                    "subscription.extra_seats",
                    "Subscription: extra seats beyond the plan",
                    "pricing.extra_seat_price_per_month",
                    Quadrant::HiddenMoney,
                ),
                extra,
            )?;
        }
    }
    // One component per add-on: per seat or flat; premium ones discovered later are hidden.
    for (i, add_on) in pricing.add_ons.iter().enumerate() {
        let price = b.get(Field::AddOnPrice(i));
        let names = || {
            [
                format!("subscription.add_on[{i}]"),
                format!("Add-on: {}", add_on.name),
                format!("pricing.add_ons[{i}].price_per_month"),
            ]
        };
        let quadrant = if add_on.hidden {
            Quadrant::HiddenMoney
        } else {
            Quadrant::TransparentMoney
        };
        let monthly = match add_on.basis {
            AddOnBasis::PerSeat => Monthly::PerSeat(price),
            AddOnBasis::Flat => Monthly::Flat(price),
        };
        let tags = cost_named(
            &names,
            Category::SubscriptionLicence,
            quadrant,
            Phase::Operation,
        );
        add_component(b, &mut yearly, tags, monthly)?;
    }
    add_tier_lines(b, &mut yearly)?;
    b.push(
        cost(
            "subscription.renewal_uplift",
            "Price uplift at renewals",
            "pricing.renewal_uplift",
            Category::SubscriptionLicence,
            Quadrant::HiddenMoney,
            Phase::Operation,
        ),
        yearly.uplift_total.get(..periods).unwrap_or(&[]),
        None,
    )?;
    add_vendor_terms(b)
}

/// The one-time onboarding fee and support at a share of the subscription. Runs after every
/// subscription line is written (the pricing module is the first to write lines).
fn add_vendor_terms<N: Num, I: Inputs<N>, S: Sink<N>>(
    b: &mut Builder<'_, N, I, S>,
) -> Result<(), ScenarioError> {
    b.one_time(
        cost(
            "subscription.onboarding",
            "Vendor onboarding fee",
            "pricing.onboarding_fee",
            Category::Implementation,
            Quadrant::TransparentMoney,
            Phase::Implementation,
        ),
        Some(b.input(Fixed::OnboardingFee)),
    )?;
    let rate = b.input(Fixed::SupportRate);
    if rate.is_zero() {
        return Ok(());
    }
    let mut subscription = [N::ZERO; MAX_PERIODS];
    for (t, slot) in subscription.iter_mut().enumerate().take(b.ctx.periods) {
        *slot = b
            .category_amount(Category::SubscriptionLicence, t)
            .ok_or_else(|| ScenarioError::too_large("subscription.support"))?;
    }
    b.add(
        cost(
            "subscription.support",
            "Vendor support (share of the subscription)",
            "pricing.support_rate",
            Category::MaintenanceSupport,
            Quadrant::TransparentMoney,
            Phase::Operation,
        ),
        |_, t| Context::at(&subscription, t).mul_or_none(rate),
    )
}

fn subscription(
    id: &'static str,
    label: &'static str,
    field: &'static str,
    quadrant: Quadrant,
) -> Tags<'static> {
    cost(
        id,
        label,
        field,
        Category::SubscriptionLicence,
        quadrant,
        Phase::Operation,
    )
}

/// One priced component: its line at the list price (years 1..), and what the renewal uplifts
/// add to it collected in `yearly.uplift_total`.
fn add_component<N: Num, I: Inputs<N>, S: Sink<N>>(
    b: &mut Builder<'_, N, I, S>,
    yearly: &mut Yearly<N>,
    tags: Tags<'_>,
    monthly: Monthly<N>,
) -> Result<(), ScenarioError> {
    let periods = b.ctx.periods;
    let mut base = [N::ZERO; MAX_PERIODS];
    for t in 1..periods {
        let list = monthly
            .at(Context::at(&b.ctx.seats, t))
            .and_then(|m| m.mul_or_none(yearly.factor));
        let uplifted = list.and_then(|y| y.mul_or_none(Context::at(&yearly.uplifts, t)));
        let (Some(list), Some(uplifted)) = (list, uplifted) else {
            return Err(ScenarioError::too_large(&tags.names.id()));
        };
        let (list, uplifted) = (list.cents(), uplifted.cents());
        if let (Some(slot), Some(uplift_slot)) = (base.get_mut(t), yearly.uplift_total.get_mut(t)) {
            *slot = list;
            *uplift_slot = uplifted
                .sub_or_none(list)
                .and_then(|extra| uplift_slot.add_or_none(extra))
                .ok_or_else(|| ScenarioError::too_large(&tags.names.id()))?;
        }
    }
    b.push(tags, base.get(..periods).unwrap_or(&[]), None)
}

/// Contact volume: the first tier's price is on the price sheet (transparent); the excess of a
/// higher tier reached as contacts grow is a hidden "volume upgrade" [B].
fn add_tier_lines<N: Num, I: Inputs<N>, S: Sink<N>>(
    b: &mut Builder<'_, N, I, S>,
    yearly: &mut Yearly<N>,
) -> Result<(), ScenarioError> {
    let tiers = &b.scenario().pricing.contact_tiers;
    if tiers.is_empty() {
        return Ok(());
    }
    let periods = b.ctx.periods;
    let mut base = [N::ZERO; MAX_PERIODS];
    let mut upgrade = [N::ZERO; MAX_PERIODS];
    let mut beyond_in: Option<usize> = None;
    let too_large = || ScenarioError::too_large("subscription.contacts");
    let factor = yearly.factor;
    let to_yearly = |price: N| price.mul_or_none(factor).map(Num::cents);
    let first_yearly = to_yearly(b.get(Field::TierPrice(0))).ok_or_else(too_large)?;
    for t in 1..periods {
        let contacts = Context::at(&b.ctx.contacts, t);
        let Some((tier, beyond)) = tier_for(tiers, b.inputs, contacts) else {
            return Ok(());
        };
        if beyond && beyond_in.is_none() {
            beyond_in = Some(t);
        }
        let tier_price = b.get(Field::TierPrice(tier));
        let tier_yearly = to_yearly(tier_price).ok_or_else(too_large)?;
        let uplifted = tier_price
            .mul_or_none(factor)
            .and_then(|y| y.mul_or_none(Context::at(&yearly.uplifts, t)))
            .map(Num::cents)
            .ok_or_else(too_large)?;
        let first_part = first_yearly.smaller(tier_yearly);
        if let (Some(b_slot), Some(u_slot), Some(total_slot)) = (
            base.get_mut(t),
            upgrade.get_mut(t),
            yearly.uplift_total.get_mut(t),
        ) {
            *b_slot = first_part;
            *u_slot = tier_yearly.sub_or_none(first_part).ok_or_else(too_large)?;
            *total_slot = uplifted
                .sub_or_none(tier_yearly)
                .and_then(|extra| total_slot.add_or_none(extra))
                .ok_or_else(too_large)?;
        }
    }
    b.push(
        subscription(
            "subscription.contacts",
            "Contact volume: base tier",
            "pricing.contact_tiers[0].price_per_month",
            Quadrant::TransparentMoney,
        ),
        base.get(..periods).unwrap_or(&[]),
        None,
    )?;
    b.push(
        subscription(
            "subscription.contacts_upgrade",
            "Contact volume: upgrade to a higher tier",
            "pricing.contact_tiers",
            Quadrant::HiddenMoney,
        ),
        upgrade.get(..periods).unwrap_or(&[]),
        None,
    )?;
    if let Some(t) = beyond_in {
        let last = tiers
            .last()
            .map_or(Decimal::ZERO, |tier| tier.up_to.decimal());
        let contacts = Context::at(&b.ctx.contacts, t);
        b.warn(
            "contacts_beyond_last_tier",
            || "pricing.contact_tiers".to_owned(),
            || {
                format!(
                    "In year {t} the contacts ({contacts}) exceed the largest tier ({last}); the \
                     last tier's price is used, but the vendor may charge more."
                )
            },
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate::ledger;
    use crate::scenario::{AddOn, DeploymentModel, Scenario, SeatLicensing};
    use crate::taxonomy::{Category, LineKind};
    use crate::test_support::{amounts, d, money, pct};
    use crate::units::{Contacts, Count, Growth, Percent};

    /// 10 users, no growth, $50 a seat, monthly billing, no uplift, no tiers or add-ons.
    fn plain() -> Scenario {
        let mut s = Scenario::default();
        s.organisation.users = Count::try_from(10u64).unwrap();
        s.organisation.user_growth = Growth::ZERO;
        s.pricing.seat_price_per_month = money("50");
        s.pricing.billing = BillingCycle::Monthly;
        s.pricing.renewal_uplift = Percent::ZERO;
        s.pricing.contact_tiers.clear();
        s.pricing.add_ons.clear();
        s
    }

    #[test]
    fn seats_times_price_times_twelve() {
        // 10 seats × $50 × 12 = $6,000 a year, nothing up front.
        let s = plain();
        assert_eq!(
            amounts(&s, "subscription.seats"),
            [
                d("0"),
                d("6000"),
                d("6000"),
                d("6000"),
                d("6000"),
                d("6000")
            ]
        );
    }

    #[test]
    fn seven_percent_uplift_at_each_renewal_of_a_one_year_term() {
        // $6,000 list; renewals before year t = t − 1; year 3 = 6,000 × 1.07² = 6,869.40, so
        // the uplift line holds 6,000 × (1.07^(t−1) − 1): 0, 420, 869.40, 1,350.258 → 1,350.26,
        // 1,864.776… → 1,864.78.
        let mut s = plain();
        s.pricing.renewal_uplift = pct("0.07");
        s.pricing.minimum_term_years = 1;
        assert_eq!(
            amounts(&s, "subscription.renewal_uplift"),
            [
                d("0"),
                d("0"),
                d("420"),
                d("869.40"),
                d("1350.26"),
                d("1864.78")
            ]
        );
        // A 3-year term renews once before year 4: years 4–5 at 6,420.
        s.pricing.minimum_term_years = 3;
        assert_eq!(
            amounts(&s, "subscription.renewal_uplift"),
            [d("0"), d("0"), d("0"), d("0"), d("420"), d("420")]
        );
    }

    #[test]
    fn annual_billing_discount() {
        // 10 % off for annual billing: 6,000 × 0.9 = 5,400.
        let mut s = plain();
        s.pricing.billing = BillingCycle::Annual;
        s.pricing.annual_discount = pct("0.10");
        assert_eq!(amounts(&s, "subscription.seats")[1], d("5400"));
    }

    #[test]
    fn concurrent_seats_are_rounded_up() {
        // 10 users × 0.25 concurrency = 2.5 → 3 seats × $50 × 12 = $1,800.
        let mut s = plain();
        s.pricing.seat_licensing = SeatLicensing::Concurrent;
        s.pricing.concurrency_ratio = pct("0.25");
        assert_eq!(amounts(&s, "subscription.seats")[1], d("1800"));
    }

    #[test]
    fn flat_plan_with_extra_seats() {
        // Plan $200/month with 8 seats; 10 users → 2 extra seats × $30 = $60/month.
        let mut s = plain();
        s.pricing.plan = PlanKind::FlatPlan;
        s.pricing.flat_plan_price_per_month = money("200");
        s.pricing.included_seats = Count::try_from(8u64).unwrap();
        s.pricing.extra_seat_price_per_month = money("30");
        assert_eq!(amounts(&s, "subscription.plan")[1], d("2400"));
        assert_eq!(amounts(&s, "subscription.extra_seats")[1], d("720"));
        assert!(amounts(&s, "subscription.seats").is_empty());
    }

    #[test]
    fn contact_tier_crossing_in_year_3() {
        // 8,000 contacts growing 20 %: year 1 8,000; year 2 9,600; year 3 11,520 > 10,000.
        // Tiers: ≤ 10,000 at $100, ≤ 50,000 at $250 → from year 3 the $150 excess × 12 =
        // $1,800 is a hidden upgrade; the $1,200 base stays transparent.
        let mut s = plain();
        s.pricing.contacts = Contacts::try_from(8_000u64).unwrap();
        s.pricing.contact_growth = Growth::try_from(d("0.20")).unwrap();
        s.pricing.contact_tiers = vec![
            ContactTier {
                up_to: Contacts::try_from(10_000u64).unwrap(),
                price_per_month: money("100"),
            },
            ContactTier {
                up_to: Contacts::try_from(50_000u64).unwrap(),
                price_per_month: money("250"),
            },
        ];
        assert_eq!(
            amounts(&s, "subscription.contacts"),
            [
                d("0"),
                d("1200"),
                d("1200"),
                d("1200"),
                d("1200"),
                d("1200")
            ]
        );
        assert_eq!(
            amounts(&s, "subscription.contacts_upgrade"),
            [d("0"), d("0"), d("0"), d("1800"), d("1800"), d("1800")]
        );
        assert!(crate::evaluate::build(&s).unwrap().warnings.is_empty());
    }

    #[test]
    fn contacts_beyond_the_last_tier_use_it_and_warn() {
        let mut s = plain();
        s.pricing.contacts = Contacts::try_from(20_000u64).unwrap();
        s.pricing.contact_growth = Growth::ZERO;
        s.pricing.contact_tiers = vec![ContactTier {
            up_to: Contacts::try_from(10_000u64).unwrap(),
            price_per_month: money("100"),
        }];
        assert_eq!(amounts(&s, "subscription.contacts")[1], d("1200"));
        let built = crate::evaluate::build(&s).unwrap();
        assert_eq!(built.warnings.len(), 1);
        assert_eq!(built.warnings[0].code, "contacts_beyond_last_tier");
    }

    #[test]
    fn add_ons_hidden_or_transparent_per_seat_or_flat() {
        let mut s = plain();
        s.pricing.add_ons = vec![
            AddOn {
                name: "AI".into(),
                basis: AddOnBasis::PerSeat,
                price_per_month: money("5"),
                hidden: true,
            },
            AddOn {
                name: "Reports".into(),
                basis: AddOnBasis::Flat,
                price_per_month: money("20"),
                hidden: false,
            },
        ];
        let lines = ledger(&s).unwrap();
        let ai = lines
            .iter()
            .find(|l| l.id == "subscription.add_on[0]")
            .unwrap();
        assert_eq!(ai.amounts[1], d("600")); // 10 × 5 × 12
        assert_eq!(ai.quadrant, Quadrant::HiddenMoney);
        let reports = lines
            .iter()
            .find(|l| l.id == "subscription.add_on[1]")
            .unwrap();
        assert_eq!(reports.amounts[1], d("240")); // 20 × 12
        assert_eq!(reports.quadrant, Quadrant::TransparentMoney);
    }

    #[test]
    fn zero_users_means_no_seat_cost_and_on_premise_has_no_subscription() {
        let mut s = plain();
        s.organisation.users = Count::try_from(0u64).unwrap();
        assert!(amounts(&s, "subscription.seats").is_empty());
        let mut s = plain();
        s.deployment.model = DeploymentModel::OnPremise;
        assert!(
            ledger(&s)
                .unwrap()
                .iter()
                .all(|l| !l.id.starts_with("subscription."))
        );
    }

    #[test]
    fn minimum_seats_are_billed_when_fewer_are_needed() {
        // 10 users, minimum 15: 15 × $50 × 12 = $9,000; with 20 users the minimum is met:
        // 20 × 50 × 12 = $12,000.
        let mut s = plain();
        s.pricing.minimum_seats = Count::try_from(15u64).unwrap();
        assert_eq!(amounts(&s, "subscription.seats")[1], d("9000"));
        s.organisation.users = Count::try_from(20u64).unwrap();
        assert_eq!(amounts(&s, "subscription.seats")[1], d("12000"));
        // Even with no users the vendor bills its minimum.
        s.organisation.users = Count::try_from(0u64).unwrap();
        assert_eq!(amounts(&s, "subscription.seats")[1], d("9000"));
    }

    #[test]
    fn minimum_seats_count_towards_a_flat_plan_and_not_add_ons() {
        // Plan with 8 seats; 10 users but at least 12 billed → 4 extra seats × $30 × 12.
        let mut s = plain();
        s.pricing.plan = PlanKind::FlatPlan;
        s.pricing.flat_plan_price_per_month = money("200");
        s.pricing.included_seats = Count::try_from(8u64).unwrap();
        s.pricing.extra_seat_price_per_month = money("30");
        s.pricing.minimum_seats = Count::try_from(12u64).unwrap();
        s.pricing.add_ons = vec![AddOn {
            name: "AI".into(),
            basis: AddOnBasis::PerSeat,
            price_per_month: money("5"),
            hidden: false,
        }];
        assert_eq!(amounts(&s, "subscription.extra_seats")[1], d("1440"));
        assert_eq!(amounts(&s, "subscription.add_on[0]")[1], d("600")); // 10 users × 5 × 12
    }

    #[test]
    fn onboarding_fee_is_a_one_time_transparent_implementation_cost() {
        let mut s = plain();
        s.pricing.onboarding_fee = money("1500");
        let lines = ledger(&s).unwrap();
        let fee = lines
            .iter()
            .find(|l| l.id == "subscription.onboarding")
            .unwrap();
        assert_eq!(
            fee.amounts,
            [d("1500"), d("0"), d("0"), d("0"), d("0"), d("0")]
        );
        assert_eq!(fee.category, Category::Implementation);
        assert_eq!(fee.quadrant, Quadrant::TransparentMoney);
        assert_eq!(fee.phase, Phase::Implementation);
        // Like every one-time cost it gets the contingency reserve (10 % by default).
        let reserve = lines
            .iter()
            .find(|l| l.id == "subscription.onboarding.contingency")
            .unwrap();
        assert_eq!(reserve.total, d("150"));
    }

    #[test]
    fn support_rate_is_a_share_of_the_whole_subscription_each_year() {
        // $6,000 seats + $240 flat add-on, 7 % uplift a year: year 1 6,240 × 30 % = 1,872;
        // year 2 (6,240 × 1.07 = 6,676.80) × 30 % = 2,003.04. Nothing up front.
        let mut s = plain();
        s.pricing.renewal_uplift = pct("0.07");
        s.pricing.add_ons = vec![AddOn {
            name: "Reports".into(),
            basis: AddOnBasis::Flat,
            price_per_month: money("20"),
            hidden: false,
        }];
        s.pricing.support_rate = pct("0.30");
        let lines = ledger(&s).unwrap();
        let support = lines
            .iter()
            .find(|l| l.id == "subscription.support")
            .unwrap();
        assert_eq!(support.amounts[0], d("0"));
        assert_eq!(support.amounts[1], d("1872"));
        assert_eq!(support.amounts[2], d("2003.04"));
        assert_eq!(support.category, Category::MaintenanceSupport);
        assert_eq!(support.quadrant, Quadrant::TransparentMoney);
        assert_eq!(support.phase, Phase::Operation);
        // The consulting rule reads the first-year software cost: support is not software.
        let software: Decimal = lines
            .iter()
            .filter(|l| l.kind == LineKind::Cost && l.category == Category::SubscriptionLicence)
            .map(|l| l.amounts[1])
            .sum();
        assert_eq!(software, d("6240"));
    }

    #[test]
    fn vendor_terms_need_a_subscription() {
        let mut s = plain();
        s.deployment.model = DeploymentModel::OnPremise;
        s.pricing.onboarding_fee = money("1500");
        s.pricing.support_rate = pct("0.30");
        s.pricing.minimum_seats = Count::try_from(15u64).unwrap();
        assert!(
            ledger(&s)
                .unwrap()
                .iter()
                .all(|l| !l.id.starts_with("subscription."))
        );
    }

    #[test]
    fn new_fields_default_to_nothing_so_old_scenarios_read_as_before() {
        // A scenario saved before these fields existed has none of them: it must read (and
        // evaluate) exactly as the default template, which has none of the new lines.
        let mut json = serde_json::to_value(Scenario::default()).unwrap();
        let pricing = json["pricing"].as_object_mut().unwrap();
        for key in ["minimum_seats", "onboarding_fee", "support_rate"] {
            assert!(pricing.remove(key).is_some(), "{key}");
        }
        let old: Scenario = serde_json::from_value(json).unwrap();
        assert_eq!(old, Scenario::default());
        for name in crate::templates::template_names() {
            let scenario = crate::templates::template(name).unwrap();
            let results = crate::evaluate(&scenario).unwrap();
            assert!(
                results.lines.iter().all(|l| !matches!(
                    l.id.as_str(),
                    "subscription.onboarding" | "subscription.support"
                )),
                "{name}"
            );
        }
        // The default template's TCO as computed before these fields were added (commit
        // fe7794e, `truecost eval`), pinned so a default that bills something shows up here.
        let results = crate::evaluate(&Scenario::default()).unwrap();
        assert_eq!(results.totals.tco, d("226192.76"));
        assert_eq!(results.totals.npv, d("41297.98"));
    }

    #[test]
    fn renewals() {
        assert_eq!(renewals_before(1, 1), 0);
        assert_eq!(renewals_before(3, 1), 2);
        assert_eq!(renewals_before(3, 2), 1);
        assert_eq!(renewals_before(5, 0), 4); // an invalid term of 0 acts as 1, never divides by 0
    }
}
