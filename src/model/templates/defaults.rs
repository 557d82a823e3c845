//! Every default value of the scenario format: each input struct's `Default` is the "default"
//! template's block (a 15-user SaaS team), so a partial JSON document is completed with the same
//! numbers the default template shows.

use rust_decimal::Decimal;

use super::{
    activity, contacts, count, factor, growth, hourly_rate, hours, money, pct, role_hours,
    salary_rate,
};
use crate::scenario::{
    Activity, AddOn, AddOnBasis, Benefits, BillingCycle, Consulting, ConsultingMode, ContactTier,
    Deployment, DeploymentModel, DiscountBasis, DiscountConvention, Downtime, Finance,
    HardwareMode, Infrastructure, OnPremise, OpenSource, Operations, Organisation, Overtime,
    PlanKind, Pricing, Project, RateBasis, RoleRate, RoleRates, SCHEMA_VERSION, Scenario,
    SeatLicensing, SelfBuilt, SupportTier, Training,
};
use crate::units::{CurrencyCode, Factor, Fte, Horizon, Hours, Money, Percent, Weeks};

impl Default for Scenario {
    /// The "default" template: a 15-user sales team on a per-seat SaaS CRM over 5 years.
    fn default() -> Self {
        Scenario {
            schema_version: SCHEMA_VERSION,
            name: "15-user SaaS team".to_owned(),
            currency: CurrencyCode::default(),
            horizon: Horizon::known(5),
            organisation: Organisation::default(),
            deployment: Deployment::default(),
            pricing: Pricing::default(),
            project: Project::default(),
            training: Training::default(),
            operations: Operations::default(),
            benefits: Benefits::default(),
            finance: Finance::default(),
            custom_lines: Vec::new(),
            checklist: Default::default(),
            fit: Default::default(),
            ranges: std::collections::BTreeMap::new(),
            simulation: crate::scenario::SimulationSettings::default(),
        }
    }
}

impl Default for Organisation {
    fn default() -> Self {
        Organisation {
            users: count(15),
            user_growth: growth(10, 2),
            rates: RoleRates::default(),
        }
    }
}

impl Default for RoleRates {
    /// Salaries loaded by 1.3; the admin salary is [B]'s CRM administrator figure.
    fn default() -> Self {
        RoleRates {
            sales: salary_rate(70_000),
            it: salary_rate(90_000),
            admin: salary_rate(63_000),
            management: salary_rate(120_000),
            trainer: hourly_rate(60),
        }
    }
}

impl Default for RoleRate {
    /// An hourly rate of 0 with a 1.3 loading factor ready for a salary.
    fn default() -> Self {
        RoleRate {
            basis: RateBasis::Hourly,
            hourly: Money::ZERO,
            annual_salary: Money::ZERO,
            loading: factor(13, 1),
        }
    }
}

impl Default for Deployment {
    fn default() -> Self {
        Deployment {
            model: DeploymentModel::Saas,
            infrastructure: Infrastructure::default(),
            on_premise: OnPremise::default(),
            self_built: SelfBuilt::default(),
            open_source: OpenSource::default(),
        }
    }
}

impl Default for Infrastructure {
    /// Nothing bought yet; IT upkeep at [A]'s 16 hours a month.
    fn default() -> Self {
        Infrastructure {
            hardware: HardwareMode::Buy,
            hardware_purchase: Money::ZERO,
            hardware_refresh_years: 0,
            hardware_lease_per_month: Money::ZERO,
            hosting_per_year: Money::ZERO,
            it_upkeep_hours_per_month: hours(16),
            it_staff_training: Money::ZERO,
        }
    }
}

impl Default for OnPremise {
    /// No licence yet; maintenance at the 20 % industry convention.
    fn default() -> Self {
        OnPremise {
            licence_per_seat: Money::ZERO,
            licence_flat: Money::ZERO,
            maintenance_rate: pct(20, 2),
        }
    }
}

impl Default for SelfBuilt {
    fn default() -> Self {
        SelfBuilt {
            development_fee: Money::ZERO,
            development_hours: Hours::ZERO,
            testing_hours: Hours::ZERO,
            operations_per_year: Money::ZERO,
        }
    }
}

impl Default for OpenSource {
    fn default() -> Self {
        OpenSource {
            setup_hours: Hours::ZERO,
            support_contract_per_year: Money::ZERO,
        }
    }
}

impl Default for Pricing {
    /// $65 a seat a month (between [B]'s $12 and $130 price points), billed annually with 10 %
    /// off, a 7 % uplift at each yearly renewal, a volume tier crossed as contacts grow and a
    /// premium reporting add-on.
    fn default() -> Self {
        Pricing {
            plan: PlanKind::PerSeat,
            seat_price_per_month: money(65, 0),
            flat_plan_price_per_month: Money::ZERO,
            included_seats: count(0),
            extra_seat_price_per_month: Money::ZERO,
            seat_licensing: SeatLicensing::Named,
            concurrency_ratio: pct(50, 2),
            contacts: contacts(5_000),
            contact_growth: growth(25, 2),
            contact_tiers: vec![
                ContactTier {
                    up_to: contacts(10_000),
                    price_per_month: Money::ZERO,
                },
                ContactTier {
                    up_to: contacts(25_000),
                    price_per_month: money(50, 0),
                },
                ContactTier {
                    up_to: contacts(100_000),
                    price_per_month: money(150, 0),
                },
            ],
            add_ons: vec![AddOn {
                name: "Advanced reporting".to_owned(),
                basis: AddOnBasis::PerSeat,
                price_per_month: money(10, 0),
                hidden: true,
            }],
            billing: BillingCycle::Annual,
            annual_discount: pct(10, 2),
            minimum_term_years: 1,
            renewal_uplift: pct(7, 2),
            minimum_seats: count(0),
            onboarding_fee: Money::ZERO,
            support_rate: Percent::ZERO,
        }
    }
}

impl Default for Project {
    /// Project hours for a 10–20 user team after [A]: selection 96 h, configuration 40 h, and
    /// consulting by the "$1 per $1 of annual subscription" rule with a $5,000 floor.
    fn default() -> Self {
        Project {
            activities: vec![
                activity(
                    Activity::Discovery,
                    role_hours(16, 8, 8, 16, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::Selection,
                    role_hours(40, 16, 16, 24, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::DataCleansing,
                    role_hours(16, 0, 24, 0, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::DataMigration,
                    role_hours(0, 16, 8, 0, 0),
                    money(1_000, 0),
                ),
                activity(
                    Activity::Configuration,
                    role_hours(0, 16, 24, 0, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::Customization,
                    role_hours(0, 8, 0, 0, 0),
                    Money::ZERO,
                ),
                activity(
                    Activity::Integrations,
                    role_hours(0, 16, 0, 0, 0),
                    money(1_500, 0),
                ),
                activity(
                    Activity::ProcessDocumentation,
                    role_hours(8, 0, 8, 8, 0),
                    Money::ZERO,
                ),
                activity(Activity::Testing, role_hours(15, 8, 8, 0, 0), Money::ZERO),
                activity(Activity::GoLive, role_hours(0, 8, 8, 4, 0), Money::ZERO),
            ],
            consulting: Consulting::default(),
            overtime: Overtime::default(),
            contingency: pct(10, 2),
        }
    }
}

impl Default for Consulting {
    fn default() -> Self {
        Consulting {
            mode: ConsultingMode::Rule,
            entered_fee: Money::ZERO,
            ratio: Factor::ONE,
            floor: money(5_000, 0),
        }
    }
}

impl Default for Overtime {
    fn default() -> Self {
        Overtime {
            share_of_vendor_work: pct(10, 2),
            multiplier: factor(15, 1),
        }
    }
}

impl Default for Training {
    /// [A]: 8 h coordination, 1 h per user, $1,500 per on-site visit; 15 % yearly turnover.
    fn default() -> Self {
        Training {
            coordination_hours: hours(8),
            hours_per_user: hours(1),
            onsite_visits: count(1),
            visit_fee: money(1_500, 0),
            new_hire_turnover: pct(15, 2),
            ongoing_fee_per_year: Money::ZERO,
        }
    }
}

impl Default for Operations {
    /// A fifth of a CRM administrator at [B]'s $63,000, four outage hours a year.
    fn default() -> Self {
        Operations {
            admin_fte: Fte::known(Decimal::new(2, 1)),
            admin_salary: money(63_000, 0),
            admin_loading: factor(13, 1),
            support_tier: SupportTier::Basic,
            support_fee_per_year: Money::ZERO,
            upgrades_per_year: Money::ZERO,
            security_compliance_per_year: Money::ZERO,
            consultants_per_year: Money::ZERO,
            downtime: Downtime::default(),
        }
    }
}

impl Default for Downtime {
    /// [A]: outage hours × affected users × loaded rate (all users, all their work).
    fn default() -> Self {
        Downtime {
            outage_hours_per_year: hours(4),
            affected_share: Percent::ONE,
            productivity_loss: Percent::ONE,
        }
    }
}

impl Default for Benefits {
    fn default() -> Self {
        Benefits {
            revenue_uplift_per_year: money(100_000, 0),
            gross_margin: pct(40, 2),
            hours_saved_per_user_per_week: Hours::known(Decimal::new(15, 1)),
            working_weeks_per_year: Weeks::known(Decimal::new(46, 0)),
            productivity_correction: pct(50, 2),
            retired_tools_per_year: money(1_200, 0),
            adoption: vec![pct(50, 2), pct(80, 2), Percent::ONE],
        }
    }
}

impl Default for Finance {
    /// 10 % nominal, end of year, no inflation, TEI-style 10 % risk on costs and benefits.
    fn default() -> Self {
        Finance {
            discount_rate: pct(10, 2),
            discount_basis: DiscountBasis::Nominal,
            inflation: Percent::ZERO,
            convention: DiscountConvention::EndOfYear,
            cost_risk: pct(10, 2),
            benefit_risk: pct(10, 2),
        }
    }
}
