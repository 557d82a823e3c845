//! Ready-made scenarios and every default value of the scenario format.
//!
//! The "default" template (a 15-user SaaS team) is [`Scenario::default()`], and each input
//! struct's `Default` is that template's block (`templates/defaults.rs`), so a partial JSON
//! document is completed with the same numbers. Values that come from a rule of thumb are listed, with their source, in the
//! assumptions register (`assumptions.rs`); the rest are illustrative template choices.

use rust_decimal::Decimal;

mod defaults;

use crate::scenario::{
    Activity, Benefits, BillingCycle, Consulting, ConsultingMode, Deployment, DeploymentModel,
    DiscountBasis, Downtime, Finance, HardwareMode, Infrastructure, OnPremise, OpenSource,
    Operations, Organisation, Pricing, Project, ProjectActivity, RateBasis, RoleHours, RoleRate,
    Scenario, SelfBuilt, SupportTier, Training,
};
use crate::units::{Contacts, Count, Factor, Fte, Growth, Horizon, Hours, Money, Percent};

/// The template names, "default" first.
const NAMES: [&str; 5] = [
    "default",
    "small-team-saas",
    "mid-size-on-premise",
    "self-built-open-source",
    "blank",
];

/// The names accepted by [`template`], "default" first.
pub fn template_names() -> &'static [&'static str] {
    &NAMES
}

/// The template called `name`, or `None` for an unknown name.
pub fn template(name: &str) -> Option<Scenario> {
    match name {
        "default" => Some(Scenario::default()),
        "small-team-saas" => Some(small_team_saas()),
        "mid-size-on-premise" => Some(mid_size_on_premise()),
        "self-built-open-source" => Some(self_built_open_source()),
        "blank" => Some(blank()),
        _ => None,
    }
}

// Constant builders. The values below are literals within range; the test
// `every_template_is_valid` checks them all.
fn money(units: i64, scale: u32) -> Money {
    Money::known(Decimal::new(units, scale))
}
fn pct(units: i64, scale: u32) -> Percent {
    Percent::known(Decimal::new(units, scale))
}
fn growth(units: i64, scale: u32) -> Growth {
    Growth::known(Decimal::new(units, scale))
}
fn hours(units: i64) -> Hours {
    Hours::known(Decimal::new(units, 0))
}
fn factor(units: i64, scale: u32) -> Factor {
    Factor::known(Decimal::new(units, scale))
}
fn count(n: u32) -> Count {
    Count::known(n)
}
fn contacts(n: u64) -> Contacts {
    Contacts::known(n)
}

/// Hours by role: (sales, it, admin, management, trainer).
fn role_hours(sales: i64, it: i64, admin: i64, management: i64, trainer: i64) -> RoleHours {
    RoleHours {
        sales: hours(sales),
        it: hours(it),
        admin: hours(admin),
        management: hours(management),
        trainer: hours(trainer),
    }
}

fn activity(kind: Activity, hours: RoleHours, fee: Money) -> ProjectActivity {
    ProjectActivity { kind, hours, fee }
}

fn salary_rate(salary: i64) -> RoleRate {
    RoleRate {
        basis: RateBasis::Salary,
        annual_salary: money(salary, 0),
        ..RoleRate::default()
    }
}

fn hourly_rate(rate: i64) -> RoleRate {
    RoleRate {
        basis: RateBasis::Hourly,
        hourly: money(rate, 0),
        ..RoleRate::default()
    }
}

/// Five users on a $25 monthly per-seat plan; a small implementation fee instead of the
/// consulting rule ([B]: implementation fees from $1,200).
fn small_team_saas() -> Scenario {
    let base = Scenario::default();
    Scenario {
        name: "Small team on SaaS".to_owned(),
        organisation: Organisation {
            users: count(5),
            user_growth: growth(20, 2),
            ..base.organisation
        },
        pricing: Pricing {
            seat_price_per_month: money(25, 0),
            contacts: contacts(1_000),
            contact_tiers: Vec::new(),
            add_ons: Vec::new(),
            billing: BillingCycle::Monthly,
            annual_discount: Percent::ZERO,
            ..base.pricing
        },
        project: Project {
            activities: vec![
                activity(Activity::Discovery, role_hours(8, 0, 4, 4, 0), Money::ZERO),
                activity(Activity::Selection, role_hours(16, 0, 8, 8, 0), Money::ZERO),
                activity(
                    Activity::DataCleansing,
                    role_hours(8, 0, 4, 0, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::DataMigration,
                    role_hours(0, 0, 8, 0, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::Configuration,
                    role_hours(8, 0, 32, 0, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::ProcessDocumentation,
                    role_hours(4, 0, 4, 0, 0),
                    Money::ZERO,
                ),
                activity(Activity::Testing, role_hours(5, 0, 4, 0, 0), Money::ZERO),
                activity(Activity::GoLive, role_hours(0, 0, 4, 2, 0), Money::ZERO),
            ],
            consulting: Consulting {
                mode: ConsultingMode::Entered,
                entered_fee: money(1_200, 0),
                ..Consulting::default()
            },
            ..base.project
        },
        training: Training {
            onsite_visits: count(0),
            ..base.training
        },
        operations: Operations {
            admin_fte: Fte::known(Decimal::new(5, 2)),
            downtime: Downtime {
                outage_hours_per_year: hours(4),
                ..Downtime::default()
            },
            ..base.operations
        },
        benefits: Benefits {
            revenue_uplift_per_year: money(20_000, 0),
            gross_margin: pct(50, 2),
            hours_saved_per_user_per_week: hours(1),
            retired_tools_per_year: money(600, 0),
            ..base.benefits
        },
        ..base
    }
}

/// 80 users on a perpetual licence with bought hardware (refreshed after five years), hosting
/// and [A]'s 16 IT hours a month, over seven years with a real discount rate and 2 % inflation.
fn mid_size_on_premise() -> Scenario {
    let base = Scenario::default();
    Scenario {
        name: "Mid-size company on premise".to_owned(),
        horizon: Horizon::known(7),
        organisation: Organisation {
            users: count(80),
            user_growth: growth(5, 2),
            ..base.organisation
        },
        deployment: Deployment {
            model: DeploymentModel::OnPremise,
            infrastructure: Infrastructure {
                hardware: HardwareMode::Buy,
                hardware_purchase: money(45_000, 0),
                hardware_refresh_years: 5,
                hosting_per_year: money(15_000, 0),
                it_upkeep_hours_per_month: hours(16),
                it_staff_training: money(6_000, 0),
                ..Infrastructure::default()
            },
            on_premise: OnPremise {
                licence_per_seat: money(900, 0),
                licence_flat: money(25_000, 0),
                ..OnPremise::default()
            },
            ..base.deployment
        },
        project: Project {
            activities: vec![
                activity(
                    Activity::Discovery,
                    role_hours(40, 24, 24, 32, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::Selection,
                    role_hours(60, 40, 24, 40, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::DataCleansing,
                    role_hours(80, 40, 80, 0, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::DataMigration,
                    role_hours(0, 100, 20, 0, 0),
                    money(8_000, 0),
                ),
                activity(
                    Activity::Configuration,
                    role_hours(40, 80, 80, 0, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::Customization,
                    role_hours(0, 160, 0, 0, 0),
                    money(20_000, 0),
                ),
                activity(
                    Activity::Integrations,
                    role_hours(0, 120, 0, 0, 0),
                    money(15_000, 0),
                ),
                activity(
                    Activity::ProcessDocumentation,
                    role_hours(20, 0, 20, 20, 0),
                    Money::ZERO,
                ),
                activity(Activity::Testing, role_hours(80, 40, 0, 0, 0), Money::ZERO),
                activity(Activity::GoLive, role_hours(0, 24, 8, 8, 0), Money::ZERO),
            ],
            consulting: Consulting {
                mode: ConsultingMode::Entered,
                entered_fee: money(40_000, 0),
                ..Consulting::default()
            },
            ..base.project
        },
        training: Training {
            onsite_visits: count(3),
            ..base.training
        },
        operations: Operations {
            admin_fte: Fte::known(Decimal::ONE),
            support_tier: SupportTier::Priority,
            upgrades_per_year: money(5_000, 0),
            security_compliance_per_year: money(8_000, 0),
            downtime: Downtime {
                outage_hours_per_year: hours(8),
                ..Downtime::default()
            },
            ..base.operations
        },
        benefits: Benefits {
            revenue_uplift_per_year: money(400_000, 0),
            gross_margin: pct(35, 2),
            retired_tools_per_year: money(10_000, 0),
            ..base.benefits
        },
        finance: Finance {
            discount_rate: pct(7, 2),
            discount_basis: DiscountBasis::Real,
            inflation: pct(2, 2),
            ..base.finance
        },
        ..base
    }
}

/// 25 users on a self-hosted open-source CRM with a support contract and leased hardware; the
/// self-built block is filled too, so switching the model to `self_built` compares the two.
fn self_built_open_source() -> Scenario {
    let base = Scenario::default();
    Scenario {
        name: "Open source or self-built".to_owned(),
        organisation: Organisation {
            users: count(25),
            ..base.organisation
        },
        deployment: Deployment {
            model: DeploymentModel::OpenSource,
            infrastructure: Infrastructure {
                hardware: HardwareMode::Lease,
                hardware_lease_per_month: money(300, 0),
                hosting_per_year: money(2_400, 0),
                it_upkeep_hours_per_month: hours(16),
                it_staff_training: money(3_000, 0),
                ..Infrastructure::default()
            },
            self_built: SelfBuilt {
                development_fee: money(60_000, 0),
                development_hours: hours(400),
                testing_hours: hours(120),
                operations_per_year: money(12_000, 0),
            },
            open_source: OpenSource {
                setup_hours: hours(160),
                support_contract_per_year: money(5_000, 0),
            },
            ..base.deployment
        },
        project: Project {
            activities: vec![
                activity(
                    Activity::Discovery,
                    role_hours(24, 16, 8, 16, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::Selection,
                    role_hours(24, 24, 8, 8, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::DataCleansing,
                    role_hours(16, 0, 24, 0, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::DataMigration,
                    role_hours(0, 60, 8, 0, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::Configuration,
                    role_hours(0, 60, 20, 0, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::Customization,
                    role_hours(0, 160, 0, 0, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::Integrations,
                    role_hours(0, 80, 0, 0, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::ProcessDocumentation,
                    role_hours(8, 0, 8, 8, 0),
                    Money::ZERO,
                ),
                activity(Activity::Testing, role_hours(25, 16, 8, 0, 0), Money::ZERO),
                activity(Activity::GoLive, role_hours(0, 16, 8, 4, 0), Money::ZERO),
            ],
            ..base.project
        },
        training: Training {
            onsite_visits: count(0),
            ..base.training
        },
        operations: Operations {
            admin_fte: Fte::known(Decimal::new(5, 1)),
            support_tier: SupportTier::None,
            ..base.operations
        },
        benefits: Benefits {
            revenue_uplift_per_year: money(150_000, 0),
            ..base.benefits
        },
        ..base
    }
}

/// Finance settings only: every amount, hour and user count zero, no activities, tiers or
/// add-ons, no contingency (it would add to typed one-time amounts). For typing an existing
/// study's cash flows as custom lines; rates, shares and factors keep their defaults so a
/// block filled in later behaves as in the default template.
fn blank() -> Scenario {
    let base = Scenario::default();
    let zero_rate = RoleRate {
        basis: RateBasis::Hourly,
        ..RoleRate::default()
    };
    Scenario {
        name: "Blank".to_owned(),
        organisation: Organisation {
            users: count(0),
            user_growth: Growth::ZERO,
            rates: crate::scenario::RoleRates {
                sales: zero_rate.clone(),
                it: zero_rate.clone(),
                admin: zero_rate.clone(),
                management: zero_rate.clone(),
                trainer: zero_rate,
            },
        },
        deployment: Deployment {
            infrastructure: Infrastructure {
                it_upkeep_hours_per_month: Hours::ZERO,
                ..Infrastructure::default()
            },
            ..base.deployment
        },
        pricing: Pricing {
            seat_price_per_month: Money::ZERO,
            contacts: contacts(0),
            contact_growth: Growth::ZERO,
            contact_tiers: Vec::new(),
            add_ons: Vec::new(),
            annual_discount: Percent::ZERO,
            renewal_uplift: Percent::ZERO,
            ..base.pricing
        },
        project: Project {
            activities: Vec::new(),
            consulting: Consulting {
                mode: ConsultingMode::Entered,
                entered_fee: Money::ZERO,
                floor: Money::ZERO,
                ..Consulting::default()
            },
            overtime: crate::scenario::Overtime {
                share_of_vendor_work: Percent::ZERO,
                ..base.project.overtime
            },
            contingency: Percent::ZERO,
        },
        training: Training {
            coordination_hours: Hours::ZERO,
            hours_per_user: Hours::ZERO,
            onsite_visits: count(0),
            visit_fee: Money::ZERO,
            new_hire_turnover: Percent::ZERO,
            ongoing_fee_per_year: Money::ZERO,
        },
        operations: Operations {
            admin_fte: Fte::ZERO,
            admin_salary: Money::ZERO,
            support_tier: SupportTier::None,
            downtime: Downtime {
                outage_hours_per_year: Hours::ZERO,
                ..Downtime::default()
            },
            ..base.operations
        },
        benefits: Benefits {
            revenue_uplift_per_year: Money::ZERO,
            hours_saved_per_user_per_week: Hours::ZERO,
            retired_tools_per_year: Money::ZERO,
            ..base.benefits
        },
        custom_lines: Vec::new(),
        ..base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_is_valid() {
        for name in template_names() {
            let scenario = template(name).unwrap();
            assert_eq!(scenario.validate(), Ok(()), "template {name}");
            // A JSON round trip re-checks every value's bounds (templates build them unchecked).
            let json = serde_json::to_string(&scenario).unwrap();
            let back: Scenario = serde_json::from_str(&json).unwrap();
            assert_eq!(back, scenario, "template {name}");
            assert!(crate::evaluate(&scenario).is_ok(), "template {name}");
        }
        assert!(template("no-such-template").is_none());
        assert_eq!(template("default"), Some(Scenario::default()));
    }

    #[test]
    fn blank_costs_nothing_and_counts_typed_lines_as_entered() {
        use crate::scenario::CustomLine;
        use crate::taxonomy::{Category, LineKind, Phase, Quadrant};
        let blank = template("blank").unwrap();
        let results = crate::evaluate(&blank).unwrap();
        assert!(results.lines.is_empty(), "{:?}", results.lines);
        assert!(results.warnings.is_empty());
        assert_eq!(results.totals.tco, Decimal::ZERO);
        assert_eq!(results.totals.total_benefits, Decimal::ZERO);
        assert!(blank.project.activities.is_empty());
        // The finance settings are the default template's.
        assert_eq!(blank.finance, Scenario::default().finance);
        // A study's cash flows typed as custom lines are counted exactly as typed: no
        // contingency, no other line.
        let mut study = blank;
        let amount = |v: i64| Money::known(Decimal::from(v));
        study.custom_lines = vec![
            CustomLine {
                name: "Licence".into(),
                kind: LineKind::Cost,
                category: Category::SubscriptionLicence,
                quadrant: Quadrant::TransparentMoney,
                phase: Phase::Operation,
                amounts: vec![amount(10_000), amount(2_000), amount(2_000)],
                risk: None,
            },
            CustomLine {
                name: "Margin".into(),
                kind: LineKind::Benefit,
                category: Category::InternalTime,
                quadrant: Quadrant::TransparentMoney,
                phase: Phase::Operation,
                amounts: vec![Money::ZERO, amount(6_000), amount(6_000)],
                risk: None,
            },
        ];
        let results = crate::evaluate(&study).unwrap();
        assert_eq!(results.lines.len(), 2);
        assert_eq!(results.totals.tco, Decimal::from(14_000));
        assert_eq!(results.totals.total_benefits, Decimal::from(12_000));
        assert_eq!(results.totals.tco_per_user_month, None); // no users typed
    }

    #[test]
    fn default_is_a_15_user_saas_team_over_5_years() {
        let s = Scenario::default();
        assert_eq!(s.organisation.users.get(), 15);
        assert_eq!(s.deployment.model, DeploymentModel::Saas);
        assert_eq!(s.horizon.get(), 5);
        assert_eq!(s.pricing.seat_price_per_month.get(), Decimal::from(65));
        let selection: Decimal = Activity::ALL
            .iter()
            .filter(|a| **a == Activity::Selection)
            .flat_map(|a| s.project.activities.iter().filter(move |p| p.kind == *a))
            .map(|p| {
                crate::taxonomy::Role::ALL
                    .iter()
                    .map(|r| p.hours.get(*r).get())
                    .sum::<Decimal>()
            })
            .sum();
        assert_eq!(selection, Decimal::from(96)); // [A]: ≥ 96 h for a 10–20 user team
    }
}
