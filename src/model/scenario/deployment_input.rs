//! Scenario input: the deployment model and the blocks that describe each model
//! (infrastructure, perpetual licence, in-house build, open source).

use serde::Serialize;

use crate::units::{Hours, Money, Percent};

/// The deployment model: which blocks of [`Deployment`] contribute lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeploymentModel {
    /// Vendor-hosted subscription.
    Saas,
    /// A perpetual licence run on your own infrastructure.
    OnPremise,
    /// A subscription plus a private part on your own infrastructure.
    Hybrid,
    /// Built in-house.
    SelfBuilt,
    /// Free licence, self-hosted, optional support contract.
    OpenSource,
}

impl DeploymentModel {
    /// All five models.
    pub const ALL: [DeploymentModel; 5] = [
        DeploymentModel::Saas,
        DeploymentModel::OnPremise,
        DeploymentModel::Hybrid,
        DeploymentModel::SelfBuilt,
        DeploymentModel::OpenSource,
    ];

    /// True when the vendor subscription (the `pricing` block) applies.
    pub fn has_subscription(self) -> bool {
        matches!(self, DeploymentModel::Saas | DeploymentModel::Hybrid)
    }

    /// True when you run infrastructure yourself (the `infrastructure` block applies).
    pub fn has_infrastructure(self) -> bool {
        !matches!(self, DeploymentModel::Saas)
    }
}

/// How the CRM is deployed. All blocks are kept when the model changes, so switching the model
/// in the UI loses nothing; only the chosen model's blocks contribute lines.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Deployment {
    /// The chosen model.
    pub model: DeploymentModel,
    /// Hardware, hosting and IT upkeep (all models except SaaS).
    pub infrastructure: Infrastructure,
    /// Perpetual licence and maintenance (on-premise).
    pub on_premise: OnPremise,
    /// In-house development (self-built).
    pub self_built: SelfBuilt,
    /// Set-up and support contract (open source).
    pub open_source: OpenSource,
}

/// Whether hardware is bought or leased.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HardwareMode {
    /// Bought up front, optionally refreshed every few years.
    Buy,
    /// Leased by the month.
    Lease,
}

/// Infrastructure you run yourself [C][A].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Infrastructure {
    /// Buy or lease.
    pub hardware: HardwareMode,
    /// Hardware bought at the start (mode `buy`).
    pub hardware_purchase: Money,
    /// Re-buy the hardware every N years (0 = never; 0–10).
    pub hardware_refresh_years: u8,
    /// Lease per month (mode `lease`).
    pub hardware_lease_per_month: Money,
    /// Hosting, facilities and utilities per year.
    pub hosting_per_year: Money,
    /// IT hours per month for servers, backups and upgrades ([A]: at least 16).
    pub it_upkeep_hours_per_month: Hours,
    /// One-time training of IT staff on the new technology [C].
    pub it_staff_training: Money,
}

/// A perpetual licence bought once, with yearly maintenance.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OnPremise {
    /// Licence price per seat (one-time; more seats are bought as users grow).
    pub licence_per_seat: Money,
    /// Licence price independent of seats (one-time).
    pub licence_flat: Money,
    /// Yearly maintenance as a fraction of the licence price paid (industry convention 20 %).
    pub maintenance_rate: Percent,
}

/// A CRM built in-house.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SelfBuilt {
    /// Development paid to an outside firm (one-time).
    pub development_fee: Money,
    /// Internal IT hours to develop it (one-time).
    pub development_hours: Hours,
    /// Internal IT hours to test it (one-time).
    pub testing_hours: Hours,
    /// Running and maintaining the software per year.
    pub operations_per_year: Money,
}

/// An open-source CRM, self-hosted.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OpenSource {
    /// Internal IT hours to install and set it up (one-time).
    pub setup_hours: Hours,
    /// A commercial support contract per year.
    pub support_contract_per_year: Money,
}
