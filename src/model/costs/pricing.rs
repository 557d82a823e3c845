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

use crate::arith::CheckedDecimal;
use rust_decimal::Decimal;

use crate::context::Context;
use crate::error::ScenarioError;
use crate::finance::{power, round_cents};
use crate::ledger::{Builder, Tags, cost};
use crate::scenario::{AddOnBasis, BillingCycle, ContactTier, PlanKind, Pricing};
use crate::taxonomy::{Category, LineKind, Phase, Quadrant};

const MONTHS: Decimal = Decimal::from_parts(12, 0, 0, false, 0);

/// Yearly list-price factor of the billing cycle: 12 months, less the annual discount.
fn billing_factor(pricing: &Pricing) -> Option<Decimal> {
    match pricing.billing {
        BillingCycle::Annual => {
            MONTHS.mul_or_none(Decimal::ONE.sub_or_none(pricing.annual_discount.get())?)
        }
        BillingCycle::Monthly | BillingCycle::Quarterly => Some(MONTHS),
    }
}

/// Renewals before year `t` (t ≥ 1): floor((t − 1) / minimum term); a term of 0 counts as 1.
pub(crate) fn renewals_before(t: usize, minimum_term_years: u8) -> usize {
    t.saturating_sub(1)
        .checked_div(usize::from(minimum_term_years.max(1)))
        .unwrap_or(0)
}

/// The price multiplier in year `t` after renewal uplifts: (1 + uplift)^renewals.
pub(crate) fn uplift_factor(pricing: &Pricing, t: usize) -> Option<Decimal> {
    power(
        Decimal::ONE.add_or_none(pricing.renewal_uplift.get())?,
        renewals_before(t, pricing.minimum_term_years),
    )
}

/// The tier for `contacts`: the first whose `up_to` is at least `contacts`, else the last one
/// (`true` = beyond the last tier). `None` when there are no tiers.
pub(crate) fn tier_for(tiers: &[ContactTier], contacts: Decimal) -> Option<(&ContactTier, bool)> {
    tiers
        .iter()
        .find(|tier| tier.up_to.decimal() >= contacts)
        .map(|tier| (tier, false))
        .or_else(|| tiers.last().map(|tier| (tier, true)))
}

/// One priced component: its tags and its monthly list price in year t.
struct Component {
    tags: Tags,
    monthly: Box<dyn Fn(usize) -> Option<Decimal>>,
}

/// Adds the subscription lines when the deployment model has a subscription.
pub(crate) fn add_lines(b: &mut Builder<'_>) -> Result<(), ScenarioError> {
    let scenario = b.scenario();
    if !scenario.deployment.model.has_subscription() {
        return Ok(());
    }
    let pricing = &scenario.pricing;
    let periods = b.ctx.periods;
    let factor = billing_factor(pricing).ok_or_else(|| ScenarioError::too_large("pricing"))?;
    let uplifts = (0..periods)
        .map(|t| uplift_factor(pricing, t))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| ScenarioError::too_large("pricing.renewal_uplift"))?;

    let mut components = seat_components(pricing, &b.ctx);
    components.extend(add_on_components(pricing, &b.ctx));

    let mut uplift_total = vec![Decimal::ZERO; periods];
    for component in components {
        let id = component.tags.id.clone();
        let mut base = vec![Decimal::ZERO; periods];
        for (t, (slot, uplift_slot)) in base.iter_mut().zip(uplift_total.iter_mut()).enumerate() {
            if t == 0 {
                continue;
            }
            let yearly = (component.monthly)(t).and_then(|m| m.mul_or_none(factor));
            let uplifted = yearly.and_then(|y| y.mul_or_none(Context::at(&uplifts, t)));
            let (Some(yearly), Some(uplifted)) = (yearly, uplifted) else {
                return Err(ScenarioError::too_large(&id));
            };
            let (yearly, uplifted) = (round_cents(yearly), round_cents(uplifted));
            *slot = yearly;
            *uplift_slot = uplifted
                .sub_or_none(yearly)
                .and_then(|extra| uplift_slot.add_or_none(extra))
                .ok_or_else(|| ScenarioError::too_large(&id))?;
        }
        b.push(component.tags, base, None)?;
    }
    add_tier_lines(b, factor, &uplifts, &mut uplift_total)?;
    b.push(
        cost(
            "subscription.renewal_uplift",
            "Price uplift at renewals",
            "pricing.renewal_uplift",
            Category::SubscriptionLicence,
            Quadrant::HiddenMoney,
            Phase::Operation,
        ),
        uplift_total,
        None,
    )?;
    add_vendor_terms(b)
}

/// The one-time onboarding fee and support at a share of the subscription. Runs after every
/// subscription line is written (the pricing module is the first to write lines).
fn add_vendor_terms(b: &mut Builder<'_>) -> Result<(), ScenarioError> {
    let pricing = &b.scenario().pricing;
    b.one_time(
        cost(
            "subscription.onboarding",
            "Vendor onboarding fee",
            "pricing.onboarding_fee",
            Category::Implementation,
            Quadrant::TransparentMoney,
            Phase::Implementation,
        ),
        Some(pricing.onboarding_fee.get()),
    )?;
    let rate = pricing.support_rate.get();
    if rate.is_zero() {
        return Ok(());
    }
    let mut subscription = vec![Decimal::ZERO; b.ctx.periods];
    for line in b
        .lines
        .iter()
        .filter(|l| l.kind == LineKind::Cost && l.category == Category::SubscriptionLicence)
    {
        for (slot, amount) in subscription.iter_mut().zip(&line.amounts) {
            *slot = slot
                .add_or_none(*amount)
                .ok_or_else(|| ScenarioError::too_large("subscription.support"))?;
        }
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

fn subscription(id: &str, label: &str, field: &str, quadrant: Quadrant) -> Tags {
    cost(
        id,
        label,
        field,
        Category::SubscriptionLicence,
        quadrant,
        Phase::Operation,
    )
}

/// Seats billed in each period: the seats needed, but at least the vendor's minimum.
fn billed_seats(pricing: &Pricing, ctx: &Context<'_>) -> Vec<Decimal> {
    let minimum = pricing.minimum_seats.decimal();
    ctx.seats
        .iter()
        .map(|seats| (*seats).max(minimum))
        .collect()
}

/// Seats (per-seat plan) or plan + extra seats (flat plan), from the billed seats.
fn seat_components(pricing: &Pricing, ctx: &Context<'_>) -> Vec<Component> {
    let seats = billed_seats(pricing, ctx);
    match pricing.plan {
        PlanKind::PerSeat => {
            let price = pricing.seat_price_per_month.get();
            vec![Component {
                tags: subscription(
                    "subscription.seats",
                    "Subscription: seats",
                    "pricing.seat_price_per_month",
                    Quadrant::TransparentMoney,
                ),
                monthly: Box::new(move |t| Context::at(&seats, t).mul_or_none(price)),
            }]
        }
        PlanKind::FlatPlan => {
            let plan = pricing.flat_plan_price_per_month.get();
            let included = pricing.included_seats.decimal();
            let extra = pricing.extra_seat_price_per_month.get();
            vec![
                Component {
                    tags: subscription(
                        "subscription.plan",
                        "Subscription: plan",
                        "pricing.flat_plan_price_per_month",
                        Quadrant::TransparentMoney,
                    ),
                    monthly: Box::new(move |_| Some(plan)),
                },
                Component {
                    // [B]: adding users beyond the plan is a hidden fee.
                    tags: subscription(
                        "subscription.extra_seats",
                        "Subscription: extra seats beyond the plan",
                        "pricing.extra_seat_price_per_month",
                        Quadrant::HiddenMoney,
                    ),
                    monthly: Box::new(move |t| {
                        let beyond = Context::at(&seats, t)
                            .sub_or_none(included)?
                            .max(Decimal::ZERO);
                        beyond.mul_or_none(extra)
                    }),
                },
            ]
        }
    }
}

/// One component per add-on: per seat or flat; premium ones discovered later are hidden.
fn add_on_components(pricing: &Pricing, ctx: &Context<'_>) -> Vec<Component> {
    pricing
        .add_ons
        .iter()
        .enumerate()
        .map(|(i, add_on)| {
            let price = add_on.price_per_month.get();
            let seats = ctx.seats.clone();
            let basis = add_on.basis;
            let quadrant = if add_on.hidden {
                Quadrant::HiddenMoney
            } else {
                Quadrant::TransparentMoney
            };
            Component {
                tags: subscription(
                    &format!("subscription.add_on[{i}]"),
                    &format!("Add-on: {}", add_on.name),
                    &format!("pricing.add_ons[{i}].price_per_month"),
                    quadrant,
                ),
                monthly: Box::new(move |t| match basis {
                    AddOnBasis::PerSeat => Context::at(&seats, t).mul_or_none(price),
                    AddOnBasis::Flat => Some(price),
                }),
            }
        })
        .collect()
}

/// Contact volume: the first tier's price is on the price sheet (transparent); the excess of a
/// higher tier reached as contacts grow is a hidden "volume upgrade" [B].
fn add_tier_lines(
    b: &mut Builder<'_>,
    factor: Decimal,
    uplifts: &[Decimal],
    uplift_total: &mut [Decimal],
) -> Result<(), ScenarioError> {
    let pricing = &b.scenario().pricing;
    let Some(first) = pricing.contact_tiers.first() else {
        return Ok(());
    };
    let periods = b.ctx.periods;
    let mut base = vec![Decimal::ZERO; periods];
    let mut upgrade = vec![Decimal::ZERO; periods];
    let mut beyond_in: Option<usize> = None;
    let too_large = || ScenarioError::too_large("subscription.contacts");
    for t in 1..periods {
        let contacts = Context::at(&b.ctx.contacts, t);
        let Some((tier, beyond)) = tier_for(&pricing.contact_tiers, contacts) else {
            return Ok(());
        };
        if beyond && beyond_in.is_none() {
            beyond_in = Some(t);
        }
        let yearly = |price: Decimal| price.mul_or_none(factor).map(round_cents);
        let first_yearly = yearly(first.price_per_month.get()).ok_or_else(too_large)?;
        let tier_yearly = yearly(tier.price_per_month.get()).ok_or_else(too_large)?;
        let uplifted = tier
            .price_per_month
            .get()
            .mul_or_none(factor)
            .and_then(|y| y.mul_or_none(Context::at(uplifts, t)))
            .map(round_cents)
            .ok_or_else(too_large)?;
        let first_part = first_yearly.min(tier_yearly);
        if let (Some(b_slot), Some(u_slot), Some(total_slot)) =
            (base.get_mut(t), upgrade.get_mut(t), uplift_total.get_mut(t))
        {
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
        base,
        None,
    )?;
    b.push(
        subscription(
            "subscription.contacts_upgrade",
            "Contact volume: upgrade to a higher tier",
            "pricing.contact_tiers",
            Quadrant::HiddenMoney,
        ),
        upgrade,
        None,
    )?;
    if let Some(t) = beyond_in {
        let last = pricing
            .contact_tiers
            .last()
            .map_or(Decimal::ZERO, |tier| tier.up_to.decimal());
        b.warn(
            "contacts_beyond_last_tier",
            "pricing.contact_tiers",
            format!(
                "In year {t} the contacts ({}) exceed the largest tier ({last}); the last tier's \
                 price is used, but the vendor may charge more.",
                Context::at(&b.ctx.contacts, t)
            ),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate::ledger;
    use crate::scenario::{AddOn, DeploymentModel, Scenario, SeatLicensing};
    use crate::taxonomy::Category;
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
