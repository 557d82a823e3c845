//! Applying a preset: fills a scenario's pricing section from a vendor plan's list prices and
//! says which fields changed and what to know. Pure: a scenario in, a new scenario out; only
//! `pricing.*` fields ever change.
//!
//! Rules (documented in `docs/scenario-format.md`, "Vendor presets"):
//! - Billing comes from the scenario. With both prices known, the seat (or plan) price is the
//!   monthly list price and `annual_discount = 1 − annual / monthly`, so switching the billing
//!   later stays right. With one price only, that price is used and the billing set to match.
//! - Seats come from the scenario's users; named seats.
//! - The vendor's price list replaces the scenario's: contact tiers, add-ons, minimum seats,
//!   onboarding fee and support rate are the preset's (none where the preset has none).
//! - The renewal uplift is the preset's where it has one, else the scenario's own assumption;
//!   the term becomes at least the vendor's minimum term.
//! - Presets are in USD: a scenario in another currency is refused (no conversion is made).

use std::fmt;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;

use super::{PRESET_CURRENCY, Preset, PresetPlan};
use crate::arith::CheckedDecimal;
use crate::finance::escalation;
use crate::scenario::{BillingCycle, ContactTier, PlanKind, Pricing, Scenario, SeatLicensing};
use crate::units::{Contacts, Count, Money, Percent};

/// Choices the person makes when applying a preset.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ApplyOptions {
    /// Add the vendor's optional premium support at its share of the licence, where the preset
    /// prices it (e.g. Salesforce Premier ≈ 30 %).
    pub premium_support: bool,
}

/// One pricing field the preset changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    /// Its path in the scenario, e.g. `pricing.seat_price_per_month`.
    pub field: &'static str,
    /// The value before, as in the scenario JSON (decimals as text, choices in snake_case,
    /// lists as their number of items).
    pub before: String,
    /// The value after, in the same form.
    pub after: String,
}

/// Something the person should know about the applied preset (the page translates by `code`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum ApplyNote {
    /// The plan is sold on annual contracts only: billing set to annual.
    AnnualOnly,
    /// No dated monthly-billing price was found: billing set to annual.
    NoMonthlyPrice,
    /// No dated annual-billing price was found: billing set to monthly.
    NoAnnualPrice,
    /// The plan includes fewer users than the scenario will have, and the price of an extra
    /// user was not found (counted as 0: ask the vendor).
    ExtraUsersNotPriced {
        /// Users included in the plan.
        included: u32,
        /// The most users the scenario has in any year (rounded up).
        users: u64,
    },
    /// The scenario's deployment model has no subscription: the prices count only once the
    /// model is SaaS or hybrid.
    NoSubscription,
    /// Premium support was asked for and is part of this plan already: nothing added.
    PremiumSupportIncluded,
    /// Premium support was asked for but no dated price was found for this plan.
    PremiumSupportNotPriced,
}

impl ApplyNote {
    /// The note in plain English (the page translates by code instead).
    pub fn message(&self) -> String {
        match self {
            ApplyNote::AnnualOnly => {
                "the plan is sold on annual contracts only: billing set to annual".to_owned()
            }
            ApplyNote::NoMonthlyPrice => {
                "no dated monthly-billing price was found: billing set to annual".to_owned()
            }
            ApplyNote::NoAnnualPrice => {
                "no dated annual-billing price was found: billing set to monthly".to_owned()
            }
            ApplyNote::ExtraUsersNotPriced { included, users } => format!(
                "the plan includes {included} user(s) and the scenario reaches {users}; the \
                 price of an extra user was not found, so extra users cost 0 here: ask the \
                 vendor"
            ),
            ApplyNote::NoSubscription => "the scenario's deployment model has no subscription: \
                                          these prices count once the model is SaaS or hybrid"
                .to_owned(),
            ApplyNote::PremiumSupportIncluded => {
                "premium support is part of this plan: nothing added".to_owned()
            }
            ApplyNote::PremiumSupportNotPriced => {
                "no dated price was found for this plan's premium support: none added".to_owned()
            }
        }
    }
}

/// The scenario with the preset applied, what changed and what to know.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Applied {
    /// The new scenario (only pricing fields differ from the one given).
    pub scenario: Scenario,
    /// Every pricing field whose value changed, in the order of the scenario format.
    pub changes: Vec<FieldChange>,
    /// Notes, in the order they arose.
    pub notes: Vec<ApplyNote>,
}

/// Why a preset could not be applied.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum PresetError {
    /// The scenario is not in US dollars; presets are, and nothing is converted.
    Currency {
        /// The scenario's currency.
        scenario: String,
    },
    /// A figure of the preset does not fit the scenario format (a data error, caught by the
    /// preset data test).
    InvalidFigure {
        /// The preset's id.
        preset: &'static str,
        /// The scenario field it was meant for.
        field: &'static str,
    },
}

impl fmt::Display for PresetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PresetError::Currency { scenario } => write!(
                f,
                "vendor presets are list prices in {PRESET_CURRENCY} and this scenario is in \
                 {scenario}; nothing is converted. Set the scenario's currency to \
                 {PRESET_CURRENCY} (with its other amounts in {PRESET_CURRENCY}) to use a \
                 preset, or type the vendor's {scenario} prices in the pricing section"
            ),
            PresetError::InvalidFigure { preset, field } => {
                write!(f, "preset {preset}: its figure for {field} is out of range")
            }
        }
    }
}

impl std::error::Error for PresetError {}

/// Applies `preset` to `scenario`: a new scenario whose pricing section is the vendor's price
/// list, the fields that changed, and notes. See the module doc for the rules.
pub fn apply_preset(
    scenario: &Scenario,
    preset: &Preset,
    options: ApplyOptions,
) -> Result<Applied, PresetError> {
    if scenario.currency.as_str() != PRESET_CURRENCY {
        return Err(PresetError::Currency {
            scenario: scenario.currency.as_str().to_owned(),
        });
    }
    let invalid = |field: &'static str| PresetError::InvalidFigure {
        preset: preset.id,
        field,
    };
    let money =
        |value: Decimal, field: &'static str| Money::try_from(value).map_err(|_| invalid(field));
    let mut notes = Vec::new();
    let before = &scenario.pricing;
    let mut pricing = before.clone();

    // The price and the billing cycle.
    let annual = preset.price_annual.map(|f| f.value);
    let monthly = preset.price_monthly.map(|f| f.value);
    let (list, discount) = match (annual, monthly) {
        (Some(annual), Some(monthly)) => (monthly, annual_discount(annual, monthly)),
        (Some(annual), None) => {
            if pricing.billing != BillingCycle::Annual {
                notes.push(if preset.annual_only {
                    ApplyNote::AnnualOnly
                } else {
                    ApplyNote::NoMonthlyPrice
                });
                pricing.billing = BillingCycle::Annual;
            }
            (annual, Decimal::ZERO)
        }
        (None, Some(monthly)) => {
            if pricing.billing == BillingCycle::Annual {
                notes.push(ApplyNote::NoAnnualPrice);
                pricing.billing = BillingCycle::Monthly;
            }
            (monthly, Decimal::ZERO)
        }
        (None, None) => return Err(invalid("pricing.seat_price_per_month")),
    };
    pricing.annual_discount =
        Percent::try_from(discount).map_err(|_| invalid("pricing.annual_discount"))?;
    pricing.seat_licensing = SeatLicensing::Named;
    pricing.add_ons = Vec::new();
    pricing.contact_tiers = Vec::new();

    match preset.pricing {
        PresetPlan::PerSeat => {
            pricing.plan = PlanKind::PerSeat;
            pricing.seat_price_per_month = money(list, "pricing.seat_price_per_month")?;
        }
        PresetPlan::FlatPlan => {
            let included = preset.included_users.map_or(0, |f| f.value);
            pricing.plan = PlanKind::FlatPlan;
            pricing.flat_plan_price_per_month = money(list, "pricing.flat_plan_price_per_month")?;
            pricing.included_seats = Count::try_from(u64::from(included))
                .map_err(|_| invalid("pricing.included_seats"))?;
            pricing.extra_seat_price_per_month = Money::ZERO;
            let most = most_users(scenario);
            if most > u64::from(included) {
                notes.push(ApplyNote::ExtraUsersNotPriced {
                    included,
                    users: most,
                });
            }
            // The plan's price covers this many contacts: a single tier at no extra price
            // marks the limit, so the engine warns in the year the contacts pass it.
            if let Some(contacts) = preset.included_contacts {
                pricing.contact_tiers = vec![ContactTier {
                    up_to: Contacts::try_from(contacts.value)
                        .map_err(|_| invalid("pricing.contact_tiers"))?,
                    price_per_month: Money::ZERO,
                }];
            }
        }
    }

    // The vendor's terms.
    pricing.minimum_seats = Count::try_from(u64::from(preset.minimum_seats.map_or(0, |f| f.value)))
        .map_err(|_| invalid("pricing.minimum_seats"))?;
    pricing.onboarding_fee = money(
        preset.onboarding_fee.map_or(Decimal::ZERO, |f| f.value),
        "pricing.onboarding_fee",
    )?;
    let mut support = Decimal::ZERO;
    if options.premium_support {
        match preset.premium_support_rate {
            _ if preset.premium_support_included => {
                notes.push(ApplyNote::PremiumSupportIncluded);
            }
            Some(rate) => support = rate.value,
            None => notes.push(ApplyNote::PremiumSupportNotPriced),
        }
    }
    pricing.support_rate =
        Percent::try_from(support).map_err(|_| invalid("pricing.support_rate"))?;
    if let Some(uplift) = preset.renewal_uplift {
        pricing.renewal_uplift =
            Percent::try_from(uplift.value).map_err(|_| invalid("pricing.renewal_uplift"))?;
    }
    if let Some(term) = preset.minimum_term_years {
        pricing.minimum_term_years = pricing.minimum_term_years.max(term.value);
    }
    if !scenario.deployment.model.has_subscription() {
        notes.push(ApplyNote::NoSubscription);
    }

    let changes = pricing_changes(before, &pricing);
    let mut next = scenario.clone();
    next.pricing = pricing;
    Ok(Applied {
        scenario: next,
        changes,
        notes,
    })
}

/// `1 − annual / monthly` (the annual-billing discount), 0 when annual is not cheaper.
fn annual_discount(annual: Decimal, monthly: Decimal) -> Decimal {
    if monthly <= Decimal::ZERO || annual >= monthly {
        return Decimal::ZERO;
    }
    annual
        .div_or_none(monthly)
        .and_then(|share| Decimal::ONE.sub_or_none(share))
        .map_or(Decimal::ZERO, |d| d.round_dp(12).normalize())
}

/// The most users in any year of the horizon, rounded up (users grow or shrink yearly).
fn most_users(scenario: &Scenario) -> u64 {
    let org = &scenario.organisation;
    (1..=scenario.horizon.years())
        .filter_map(|t| escalation(org.user_growth.get(), t))
        .filter_map(|g| org.users.decimal().mul_or_none(g))
        .max()
        .map_or(0, |most| most.ceil().to_u64().unwrap_or(u64::MAX))
}

/// Every pricing field whose value differs (by value: "25.00" equals "25"), in the order of
/// the format. A list counts as changed when its items differ, even if their number does not.
fn pricing_changes(old: &Pricing, new: &Pricing) -> Vec<FieldChange> {
    let mut changes = Vec::new();
    macro_rules! diff {
        ($name:ident, $show:expr) => {
            if old.$name != new.$name {
                changes.push(FieldChange {
                    field: concat!("pricing.", stringify!($name)),
                    before: $show(&old.$name),
                    after: $show(&new.$name),
                });
            }
        };
    }
    let text = |v: &dyn ToString| v.to_string();
    let items = |v: &dyn ExactSizeLen| v.items().to_string();
    diff!(plan, |v: &PlanKind| plan_name(*v).to_owned());
    diff!(seat_price_per_month, |v: &Money| text(v));
    diff!(flat_plan_price_per_month, |v: &Money| text(v));
    diff!(included_seats, |v: &Count| text(v));
    diff!(extra_seat_price_per_month, |v: &Money| text(v));
    diff!(seat_licensing, |v: &SeatLicensing| licensing_name(*v)
        .to_owned());
    diff!(concurrency_ratio, |v: &Percent| text(v));
    diff!(contacts, |v: &Contacts| text(v));
    diff!(contact_growth, |v: &crate::units::Growth| text(v));
    diff!(contact_tiers, |v: &Vec<ContactTier>| items(v));
    diff!(add_ons, |v: &Vec<crate::scenario::AddOn>| items(v));
    diff!(billing, |v: &BillingCycle| billing_name(*v).to_owned());
    diff!(annual_discount, |v: &Percent| text(v));
    diff!(minimum_term_years, |v: &u8| text(v));
    diff!(renewal_uplift, |v: &Percent| text(v));
    diff!(minimum_seats, |v: &Count| text(v));
    diff!(onboarding_fee, |v: &Money| text(v));
    diff!(support_rate, |v: &Percent| text(v));
    changes
}

/// The number of items of a list field.
trait ExactSizeLen {
    fn items(&self) -> usize;
}

impl<T> ExactSizeLen for Vec<T> {
    fn items(&self) -> usize {
        self.len()
    }
}

fn plan_name(plan: PlanKind) -> &'static str {
    match plan {
        PlanKind::PerSeat => "per_seat",
        PlanKind::FlatPlan => "flat_plan",
    }
}

fn licensing_name(licensing: SeatLicensing) -> &'static str {
    match licensing {
        SeatLicensing::Named => "named",
        SeatLicensing::Concurrent => "concurrent",
    }
}

fn billing_name(billing: BillingCycle) -> &'static str {
    match billing {
        BillingCycle::Monthly => "monthly",
        BillingCycle::Quarterly => "quarterly",
        BillingCycle::Annual => "annual",
    }
}
