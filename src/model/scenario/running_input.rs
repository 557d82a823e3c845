//! Scenario input: yearly running costs (operations) and benefits.

use serde::Serialize;

use crate::units::{Factor, Fte, Hours, Money, Percent, Weeks};

/// The vendor support tier bought.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportTier {
    /// No paid support (the support fee is ignored).
    None,
    /// Basic support.
    Basic,
    /// Priority support.
    Priority,
    /// 24/7 support.
    AroundTheClock,
}

/// Lost working time when the CRM is down [A].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Downtime {
    /// Outage hours per year (e.g. the vendor's outages last year).
    pub outage_hours_per_year: Hours,
    /// Share of users affected by an outage.
    pub affected_share: Percent,
    /// Share of an affected user's work lost during an outage.
    pub productivity_loss: Percent,
}

/// Yearly running costs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Operations {
    /// CRM administrator, in full-time equivalents.
    pub admin_fte: Fte,
    /// The administrator's annual salary ([B]: about 63,000).
    pub admin_salary: Money,
    /// Loading factor on that salary (benefits, overhead).
    pub admin_loading: Factor,
    /// Support tier.
    pub support_tier: SupportTier,
    /// Support fee per year (ignored when the tier is `none`).
    pub support_fee_per_year: Money,
    /// Upgrades and expansion (new modules, performance) per year.
    pub upgrades_per_year: Money,
    /// Security and compliance (audits, encryption) per year.
    pub security_compliance_per_year: Money,
    /// External consultants after go-live per year.
    pub consultants_per_year: Money,
    /// Downtime.
    pub downtime: Downtime,
}

/// What the CRM brings back [C].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Benefits {
    /// Extra revenue per year at full adoption (sales, not margin).
    pub revenue_uplift_per_year: Money,
    /// Gross margin: the share of that revenue that is profit [C].
    pub gross_margin: Percent,
    /// Hours saved per user per week at full adoption.
    pub hours_saved_per_user_per_week: Hours,
    /// Working weeks per year.
    pub working_weeks_per_year: Weeks,
    /// Share of saved hours that become productive work [C].
    pub productivity_correction: Percent,
    /// Tools no longer paid for, per year (not ramped by adoption).
    pub retired_tools_per_year: Money,
    /// Adoption by year (year 1, 2, …); missing years repeat the last value; empty = 100 %.
    pub adoption: Vec<Percent>,
}
