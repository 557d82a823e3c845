//! Scenario input: one-time project work (activities, consulting, overtime, contingency) and
//! training.

use serde::Serialize;

use crate::taxonomy::Role;
use crate::units::{Count, Factor, Hours, Money, Percent};

/// The kinds of one-time project work (domain §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Activity {
    /// Requirements and planning.
    Discovery,
    /// Choosing the CRM and the vendor.
    Selection,
    /// Removing duplicates and wrong records, filling gaps.
    DataCleansing,
    /// Moving the data into the CRM (dry run and final load).
    DataMigration,
    /// Setting the CRM up.
    Configuration,
    /// Custom fields, workflows and code beyond configuration.
    Customization,
    /// Connecting ERP, marketing automation and other systems.
    Integrations,
    /// Writing down the sales processes the CRM supports.
    ProcessDocumentation,
    /// Testing and fixing defects.
    Testing,
    /// Going live.
    GoLive,
}

impl Activity {
    /// All ten activities, in project order.
    pub const ALL: [Activity; 10] = [
        Activity::Discovery,
        Activity::Selection,
        Activity::DataCleansing,
        Activity::DataMigration,
        Activity::Configuration,
        Activity::Customization,
        Activity::Integrations,
        Activity::ProcessDocumentation,
        Activity::Testing,
        Activity::GoLive,
    ];
}

/// Internal hours by role.
#[derive(Clone, Debug, PartialEq, Default, Serialize)]
pub struct RoleHours {
    /// Sales hours.
    pub sales: Hours,
    /// IT hours.
    pub it: Hours,
    /// Admin/operations hours.
    pub admin: Hours,
    /// Management hours.
    pub management: Hours,
    /// Trainer hours.
    pub trainer: Hours,
}

impl RoleHours {
    /// The hours of `role`.
    pub fn get(&self, role: Role) -> Hours {
        match role {
            Role::Sales => self.sales,
            Role::It => self.it,
            Role::Admin => self.admin,
            Role::Management => self.management,
            Role::Trainer => self.trainer,
        }
    }

    /// The hours of `role`, for editing.
    pub fn get_mut(&mut self, role: Role) -> &mut Hours {
        match role {
            Role::Sales => &mut self.sales,
            Role::It => &mut self.it,
            Role::Admin => &mut self.admin,
            Role::Management => &mut self.management,
            Role::Trainer => &mut self.trainer,
        }
    }
}

/// One piece of project work: internal hours by role and/or an outside fee.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProjectActivity {
    /// What the work is (decides phase, category and quadrant).
    pub kind: Activity,
    /// Internal hours by role.
    pub hours: RoleHours,
    /// Outside (vendor or consultant) fee.
    pub fee: Money,
}

/// How the implementation consulting fee is set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsultingMode {
    /// The fee entered.
    Entered,
    /// max(ratio × first-year software cost, floor) — "$1 per $1 of annual subscription" [A][B].
    Rule,
}

/// Implementation consulting.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Consulting {
    /// Entered or by rule.
    pub mode: ConsultingMode,
    /// The fee (mode `entered`).
    pub entered_fee: Money,
    /// Consulting per unit of first-year software cost (mode `rule`; [A][B]: 1).
    pub ratio: Factor,
    /// The minimum fee (mode `rule`; [A]: 5,000).
    pub floor: Money,
}

/// Vendor staff overtime billed at a premium [B].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Overtime {
    /// Share of vendor work done as overtime.
    pub share_of_vendor_work: Percent,
    /// Overtime rate multiplier ([B]: 1.5 – 2); must be at least 1.
    pub multiplier: Factor,
}

/// One-time project work before go-live.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Project {
    /// The work, by activity.
    pub activities: Vec<ProjectActivity>,
    /// Implementation consulting.
    pub consulting: Consulting,
    /// Vendor overtime.
    pub overtime: Overtime,
    /// Reserve for the unforeseen, as a fraction of every one-time cost [E].
    pub contingency: Percent,
}

/// Initial and ongoing training [A].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Training {
    /// Internal coordination hours (admin role; [A]: 8).
    pub coordination_hours: Hours,
    /// Training hours per user (sales role; [A]: at least 1).
    pub hours_per_user: Hours,
    /// On-site consultant visits.
    pub onsite_visits: Count,
    /// Fee per on-site visit ([A]: 1,500).
    pub visit_fee: Money,
    /// Share of users replaced each year, who need training as new hires.
    pub new_hire_turnover: Percent,
    /// Outside training fees per year after go-live.
    pub ongoing_fee_per_year: Money,
}
