//! The scenario: everything a person enters, as one versioned, serde-ready value.
//!
//! Every field of the sections may be left out of the JSON (see `json/scenario.rs`), so a
//! partial document is completed from [`Scenario::default()`] (the "default" template, see
//! `templates.rs`, where all default values live). Cross-field rules (tier order, term length, …) are checked by `Scenario::validate`
//! (`scenario/validate.rs`); single-value bounds are enforced by the types in `units.rs`.
//!
//! This file holds the top level, the organisation, finance and custom lines; the sections
//! live in `scenario/`: deployment, pricing, project and training, operations and benefits.

use crate::arith::Num;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::taxonomy::{Category, LineKind, Phase, Quadrant, Role};
use crate::units::{Count, CurrencyCode, Factor, Growth, Horizon, Money, Percent};

mod checklist_input;
mod deployment_input;
mod fit_input;
mod pricing_input;
mod project_input;
mod ranges_input;
mod running_input;
mod simulation_input;
mod validate;

pub use checklist_input::*;
pub use deployment_input::*;
pub use fit_input::*;
pub use pricing_input::*;
pub use project_input::*;
pub use ranges_input::*;
pub use running_input::*;
pub use simulation_input::*;

/// The version of the scenario format this engine reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Paid working hours in a year (52 weeks × 40 hours), used to turn a salary into an hourly rate
/// (domain §8).
pub const HOURS_PER_YEAR: Decimal = Decimal::from_parts(2080, 0, 0, false, 0);

/// A complete scenario: the organisation, how the CRM is deployed and priced, the project, the
/// running costs, the benefits and the finance settings.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scenario {
    /// Must equal [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// A name for the person's own reference.
    pub name: String,
    /// The currency all amounts are in (a label; no conversion).
    pub currency: CurrencyCode,
    /// Years evaluated after the initial period (1–10).
    pub horizon: Horizon,
    /// Users and internal hourly rates.
    pub organisation: Organisation,
    /// The deployment model and the blocks that describe each model.
    pub deployment: Deployment,
    /// The vendor's subscription price list (SaaS and hybrid).
    pub pricing: Pricing,
    /// One-time project work before go-live.
    pub project: Project,
    /// Initial and ongoing training.
    pub training: Training,
    /// Yearly running costs.
    pub operations: Operations,
    /// What the CRM brings back.
    pub benefits: Benefits,
    /// Discounting, inflation and risk.
    pub finance: Finance,
    /// Extra costs or benefits with explicit amounts per period.
    pub custom_lines: Vec<CustomLine>,
    /// The hidden-fee checklist: the vendor's answers, which change the numbers
    /// (`checklist::apply`). Left out of the JSON while empty.
    #[serde(skip_serializing_if = "Checklist::is_empty")]
    pub checklist: Checklist,
    /// The requirements-fit scorecard of this candidate. Left out of the JSON while empty.
    #[serde(skip_serializing_if = "Scorecard::is_empty")]
    pub fit: Scorecard,
    /// Ranges on numeric inputs, by field path (see `scenario/ranges_input.rs`); only the
    /// simulation and the tornado read them. Left out of the JSON when empty.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub ranges: std::collections::BTreeMap<String, Range>,
    /// The simulation's trials and seed (see `scenario/simulation_input.rs`). Left out of the
    /// JSON while they are the defaults.
    #[serde(skip_serializing_if = "SimulationSettings::is_default")]
    pub simulation: SimulationSettings,
}

/// The people who use and run the CRM.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Organisation {
    /// CRM users at the start.
    pub users: Count,
    /// Yearly change in users (users_t = users × (1 + growth)^(t−1)).
    pub user_growth: Growth,
    /// Loaded hourly rate of each internal role.
    pub rates: RoleRates,
}

/// The loaded hourly rate of each internal role.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoleRates {
    /// Sales people (the everyday users).
    pub sales: RoleRate,
    /// IT staff.
    pub it: RoleRate,
    /// Administration and operations.
    pub admin: RoleRate,
    /// Management.
    pub management: RoleRate,
    /// Internal trainers.
    pub trainer: RoleRate,
}

impl RoleRates {
    /// The rate of `role`.
    pub fn get(&self, role: Role) -> &RoleRate {
        match role {
            Role::Sales => &self.sales,
            Role::It => &self.it,
            Role::Admin => &self.admin,
            Role::Management => &self.management,
            Role::Trainer => &self.trainer,
        }
    }

    /// The rate of `role`, for editing.
    pub fn get_mut(&mut self, role: Role) -> &mut RoleRate {
        match role {
            Role::Sales => &mut self.sales,
            Role::It => &mut self.it,
            Role::Admin => &mut self.admin,
            Role::Management => &mut self.management,
            Role::Trainer => &mut self.trainer,
        }
    }
}

/// How a role's hourly rate is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RateBasis {
    /// A loaded hourly rate entered directly.
    Hourly,
    /// Derived: annual salary / 2,080 × loading factor (domain §8).
    Salary,
}

/// One role's hourly rate, entered or derived from a salary.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RoleRate {
    /// Which of the two fields below is used.
    pub basis: RateBasis,
    /// Loaded hourly rate (basis `hourly`).
    pub hourly: Money,
    /// Annual salary (basis `salary`).
    pub annual_salary: Money,
    /// Loading factor for benefits and overhead (basis `salary`), e.g. 1.3.
    pub loading: Factor,
}

impl RoleRate {
    /// The loaded hourly rate at today's prices: `hourly`, or `annual_salary / 2080 × loading`.
    ///
    /// Within the value bounds (salary ≤ 10^12, loading ≤ 100) the result is at most about
    /// 4.8 × 10^10 and always fits; see [`RoleRate::checked_hourly_rate`] for the checked form.
    pub fn hourly_rate(&self) -> Decimal {
        self.checked_hourly_rate().unwrap_or(Decimal::ZERO)
    }

    /// [`RoleRate::hourly_rate`] with every step checked (`None` only if it did not fit).
    pub fn checked_hourly_rate(&self) -> Option<Decimal> {
        hourly_rate(
            self.basis,
            self.hourly.get(),
            self.annual_salary.get(),
            self.loading.get(),
        )
    }
}

/// The loaded hourly rate formula, in any number type: `hourly`, or
/// `annual_salary / 2080 × loading` (domain §8).
pub(crate) fn hourly_rate<N: Num>(
    basis: RateBasis,
    hourly: N,
    annual_salary: N,
    loading: N,
) -> Option<N> {
    match basis {
        RateBasis::Hourly => Some(hourly),
        RateBasis::Salary => annual_salary
            .div_or_none(N::from_decimal(HOURS_PER_YEAR))?
            .mul_or_none(loading),
    }
}

/// Whether the discount rate includes inflation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DiscountBasis {
    /// The rate includes inflation.
    Nominal,
    /// The rate excludes inflation; nominal = (1 + real)(1 + inflation) − 1.
    Real,
}

/// When in a year the flows are assumed to happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DiscountConvention {
    /// At the end of each year: factor 1 / (1 + r)^t.
    EndOfYear,
    /// In the middle of each year: factor 1 / (1 + r)^(t − 0.5).
    MidYear,
}

/// Discounting, inflation and risk (domain §8).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finance {
    /// Discount rate per year.
    pub discount_rate: Percent,
    /// Nominal or real.
    pub discount_basis: DiscountBasis,
    /// Yearly inflation of internal rates, salaries and fees (not subscriptions or licences).
    pub inflation: Percent,
    /// End-of-year or mid-year discounting.
    pub convention: DiscountConvention,
    /// Risk-adjusted ROI: costs × (1 + cost risk) unless a line says otherwise.
    pub cost_risk: Percent,
    /// Risk-adjusted ROI: benefits × (1 − benefit risk) unless a line says otherwise.
    pub benefit_risk: Percent,
}

/// An extra cost or benefit with an explicit amount for each period.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CustomLine {
    /// What it is.
    pub name: String,
    /// Cost or benefit.
    pub kind: LineKind,
    /// Cost category.
    pub category: Category,
    /// Quadrant.
    pub quadrant: Quadrant,
    /// Phase.
    pub phase: Phase,
    /// Amounts: index 0 = initial, 1..=horizon = years; missing periods are 0.
    pub amounts: Vec<Money>,
    /// Risk for this line, replacing the global cost or benefit risk.
    pub risk: Option<Percent>,
}
