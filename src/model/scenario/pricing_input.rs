//! Scenario input: the vendor's subscription price list (seats, plans, minimum billed seats,
//! contact tiers, add-ons, billing, term and renewal uplift, a one-time onboarding fee and
//! support priced as a share of the subscription).

use serde::Serialize;

use crate::units::{Contacts, Count, Growth, Money, Percent};

/// Whether the vendor charges per seat or a plan with a number of seats included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanKind {
    /// A price per seat per month.
    PerSeat,
    /// A fixed plan price with some seats included, extra seats charged.
    FlatPlan,
}

/// Whether every user needs a seat or only the users logged in at the same time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SeatLicensing {
    /// One seat per user.
    Named,
    /// Seats = ceil(users × concurrency ratio).
    Concurrent,
}

/// How often the subscription is billed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BillingCycle {
    /// Every month (most common).
    Monthly,
    /// Every quarter (rare).
    Quarterly,
    /// Once a year, usually discounted.
    Annual,
}

/// Whether an add-on is priced per seat or as one amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AddOnBasis {
    /// Price × seats.
    PerSeat,
    /// One price for the account.
    Flat,
}

/// A contact/record volume tier: up to `up_to` contacts for `price_per_month`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ContactTier {
    /// The largest number of contacts this tier allows.
    pub up_to: Contacts,
    /// The tier's price per month.
    pub price_per_month: Money,
}

/// An optional module (advanced reports, AI, integrations), free or priced.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AddOn {
    /// What it is.
    pub name: String,
    /// Per seat or flat.
    pub basis: AddOnBasis,
    /// Price per month (per seat when `basis` is `per_seat`).
    pub price_per_month: Money,
    /// True for a premium add-on discovered after signing (a hidden fee).
    pub hidden: bool,
}

/// The basis of an add-on that does not say: flat.
pub(crate) fn default_add_on_basis() -> AddOnBasis {
    AddOnBasis::Flat
}

/// The vendor's subscription price list (SaaS and hybrid).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Pricing {
    /// Per seat or flat plan.
    pub plan: PlanKind,
    /// Price per seat per month (plan `per_seat`).
    pub seat_price_per_month: Money,
    /// Plan price per month (plan `flat_plan`).
    pub flat_plan_price_per_month: Money,
    /// Seats included in the flat plan.
    pub included_seats: Count,
    /// Price per extra seat per month beyond the included ones (flat plan).
    pub extra_seat_price_per_month: Money,
    /// Named or concurrent seats.
    pub seat_licensing: SeatLicensing,
    /// Share of users logged in at the same time (concurrent seats).
    pub concurrency_ratio: Percent,
    /// Contacts/records in the CRM at the start.
    pub contacts: Contacts,
    /// Yearly growth of contacts.
    pub contact_growth: Growth,
    /// Volume tiers, sorted by `up_to`, prices not decreasing. Empty = no volume pricing.
    pub contact_tiers: Vec<ContactTier>,
    /// Add-ons.
    pub add_ons: Vec<AddOn>,
    /// Billing cycle.
    pub billing: BillingCycle,
    /// Discount for annual billing.
    pub annual_discount: Percent,
    /// Minimum contract term in years (1–10); the price is uplifted at each renewal.
    pub minimum_term_years: u8,
    /// Price increase at each renewal.
    pub renewal_uplift: Percent,
    /// The vendor's minimum number of billed seats: seats billed = max(seats needed, minimum)
    /// (per-seat plan; with a flat plan, the extra seats are counted from the billed seats).
    /// 0 = no minimum. Per-seat add-ons follow the seats needed, not the minimum.
    pub minimum_seats: Count,
    /// A one-time onboarding fee charged by the vendor (e.g. a required onboarding package);
    /// paid up front, a transparent implementation cost. 0 = none.
    pub onboarding_fee: Money,
    /// Vendor support priced as a share of the subscription each year (e.g. a premier support
    /// plan at about 30 % of the net licence); 0 = none, or included in the plan.
    pub support_rate: Percent,
}
