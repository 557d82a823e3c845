//! The tags every ledger line carries: the ten cost categories (domain §2, source [D]), the four
//! quadrants (transparent/hidden × money/time, source [B]), the project phases (domain §3,
//! sources [E][B]), the internal roles whose hours are costed, and whether a line is a cost or a
//! benefit.

use serde::{Deserialize, Serialize};

/// The ten cost categories of a CRM, after [D].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Software purchase (perpetual licence) or subscription.
    SubscriptionLicence,
    /// Implementation and initial training.
    Implementation,
    /// Maintenance and support (support tiers, on-premise upkeep, hosting).
    MaintenanceSupport,
    /// Data migration and integration (ERP, marketing automation).
    DataMigrationIntegration,
    /// Custom development.
    CustomDevelopment,
    /// User management and ongoing training (new hires, the CRM administrator).
    OngoingTrainingUserAdmin,
    /// Upgrades and expansion (new modules, performance, hardware refresh).
    UpgradesExpansion,
    /// Security and compliance (audits, encryption).
    SecurityCompliance,
    /// External consultants (advice, project management, selection).
    ExternalConsultants,
    /// Internal resources and time not counted elsewhere.
    InternalTime,
}

impl Category {
    /// All ten categories, in the order of [D].
    pub const ALL: [Category; 10] = [
        Category::SubscriptionLicence,
        Category::Implementation,
        Category::MaintenanceSupport,
        Category::DataMigrationIntegration,
        Category::CustomDevelopment,
        Category::OngoingTrainingUserAdmin,
        Category::UpgradesExpansion,
        Category::SecurityCompliance,
        Category::ExternalConsultants,
        Category::InternalTime,
    ];

    /// The English name, for the CLI and as a fallback label.
    pub fn label(self) -> &'static str {
        match self {
            Category::SubscriptionLicence => "Software subscription or licence",
            Category::Implementation => "Implementation and initial training",
            Category::MaintenanceSupport => "Maintenance and support",
            Category::DataMigrationIntegration => "Data migration and integration",
            Category::CustomDevelopment => "Custom development",
            Category::OngoingTrainingUserAdmin => "User management and ongoing training",
            Category::UpgradesExpansion => "Upgrades and expansion",
            Category::SecurityCompliance => "Security and compliance",
            Category::ExternalConsultants => "External consultants",
            Category::InternalTime => "Internal resources and time",
        }
    }
}

/// Where a cost sits among the four quadrants of [B]: on the price sheet or discovered later,
/// paid in money or in internal time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Quadrant {
    /// Fees on the price sheet.
    TransparentMoney,
    /// Internal time everyone plans for.
    TransparentTime,
    /// Fees discovered later.
    HiddenMoney,
    /// Internal time nobody planned for.
    HiddenTime,
}

impl Quadrant {
    /// All four quadrants.
    pub const ALL: [Quadrant; 4] = [
        Quadrant::TransparentMoney,
        Quadrant::TransparentTime,
        Quadrant::HiddenMoney,
        Quadrant::HiddenTime,
    ];

    /// True for the two hidden quadrants.
    pub fn is_hidden(self) -> bool {
        matches!(self, Quadrant::HiddenMoney | Quadrant::HiddenTime)
    }

    /// True for the two time quadrants (internal hours valued at a loaded rate).
    pub fn is_time(self) -> bool {
        matches!(self, Quadrant::TransparentTime | Quadrant::HiddenTime)
    }

    /// The hidden quadrant of the same kind (money stays money, time stays time).
    pub fn hidden_twin(self) -> Quadrant {
        if self.is_time() {
            Quadrant::HiddenTime
        } else {
            Quadrant::HiddenMoney
        }
    }

    /// The English name.
    pub fn label(self) -> &'static str {
        match self {
            Quadrant::TransparentMoney => "Transparent fees",
            Quadrant::TransparentTime => "Transparent time",
            Quadrant::HiddenMoney => "Hidden fees",
            Quadrant::HiddenTime => "Hidden time",
        }
    }
}

/// The life-cycle phase a cost belongs to, from requirements to operation ([E][B]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Requirements and planning.
    Discovery,
    /// Selection and procurement.
    Selection,
    /// Data cleansing and migration.
    DataPreparation,
    /// Development and deployment: configuration, customization, integration, testing.
    Implementation,
    /// Initial training.
    Training,
    /// Go-live and evaluation.
    GoLive,
    /// Running the system, year after year.
    Operation,
}

impl Phase {
    /// All seven phases, in time order.
    pub const ALL: [Phase; 7] = [
        Phase::Discovery,
        Phase::Selection,
        Phase::DataPreparation,
        Phase::Implementation,
        Phase::Training,
        Phase::GoLive,
        Phase::Operation,
    ];

    /// The English name.
    pub fn label(self) -> &'static str {
        match self {
            Phase::Discovery => "Discovery",
            Phase::Selection => "Selection",
            Phase::DataPreparation => "Data preparation",
            Phase::Implementation => "Implementation",
            Phase::Training => "Training",
            Phase::GoLive => "Go-live",
            Phase::Operation => "Operation",
        }
    }
}

/// An internal role whose hours are valued at that role's loaded hourly rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Sales people: the CRM's everyday users.
    Sales,
    /// IT staff.
    It,
    /// Administration and operations.
    Admin,
    /// Management.
    Management,
    /// Internal trainers.
    Trainer,
}

impl Role {
    /// All five roles.
    pub const ALL: [Role; 5] = [
        Role::Sales,
        Role::It,
        Role::Admin,
        Role::Management,
        Role::Trainer,
    ];

    /// The English name.
    pub fn label(self) -> &'static str {
        match self {
            Role::Sales => "Sales",
            Role::It => "IT",
            Role::Admin => "Admin / operations",
            Role::Management => "Management",
            Role::Trainer => "Trainer",
        }
    }
}

/// Whether a line costs money or brings it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    /// Money or time spent.
    Cost,
    /// Money earned or saved.
    Benefit,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quadrant_predicates() {
        let hidden: Vec<_> = Quadrant::ALL
            .into_iter()
            .filter(|q| q.is_hidden())
            .collect();
        assert_eq!(hidden, [Quadrant::HiddenMoney, Quadrant::HiddenTime]);
        let time: Vec<_> = Quadrant::ALL.into_iter().filter(|q| q.is_time()).collect();
        assert_eq!(time, [Quadrant::TransparentTime, Quadrant::HiddenTime]);
        assert_eq!(
            Quadrant::TransparentTime.hidden_twin(),
            Quadrant::HiddenTime
        );
        assert_eq!(
            Quadrant::TransparentMoney.hidden_twin(),
            Quadrant::HiddenMoney
        );
    }

    #[test]
    fn all_lists_are_complete_and_distinct() {
        let mut c = Category::ALL.to_vec();
        c.sort();
        c.dedup();
        assert_eq!(c.len(), 10);
        let mut p = Phase::ALL.to_vec();
        p.dedup();
        assert_eq!(p.len(), 7);
        assert_eq!(Role::ALL.len(), 5);
    }
}
