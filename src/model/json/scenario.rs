//! [`FromJson`] for the scenario and everything in it: the unit enums by name, the structs
//! field by field. Structs that were `#[serde(default)]` as a whole take missing fields from
//! their own `Default`; the others ([`CustomLine`], [`ContactTier`], [`AddOn`],
//! [`ProjectActivity`], [`Answer`], [`Requirement`], [`Range`]) have required fields and
//! per-field defaults, written out below.

use serde_json::Value;

use super::{FromJson, JsonPath, JsonResult};
use crate::scenario::*;
use crate::taxonomy::{Category, LineKind, Phase, Quadrant};
use crate::units::DecimalInput;
use crate::{from_json_defaults, from_json_enum};

from_json_enum! {
    RateBasis {
        "hourly" => Hourly,
        "salary" => Salary,
    }
    DiscountBasis {
        "nominal" => Nominal,
        "real" => Real,
    }
    DiscountConvention {
        "end_of_year" => EndOfYear,
        "mid_year" => MidYear,
    }
    LineKind {
        "cost" => Cost,
        "benefit" => Benefit,
    }
    Category {
        "subscription_licence" => SubscriptionLicence,
        "implementation" => Implementation,
        "maintenance_support" => MaintenanceSupport,
        "data_migration_integration" => DataMigrationIntegration,
        "custom_development" => CustomDevelopment,
        "ongoing_training_user_admin" => OngoingTrainingUserAdmin,
        "upgrades_expansion" => UpgradesExpansion,
        "security_compliance" => SecurityCompliance,
        "external_consultants" => ExternalConsultants,
        "internal_time" => InternalTime,
    }
    Quadrant {
        "transparent_money" => TransparentMoney,
        "transparent_time" => TransparentTime,
        "hidden_money" => HiddenMoney,
        "hidden_time" => HiddenTime,
    }
    Phase {
        "discovery" => Discovery,
        "selection" => Selection,
        "data_preparation" => DataPreparation,
        "implementation" => Implementation,
        "training" => Training,
        "go_live" => GoLive,
        "operation" => Operation,
    }
    DeploymentModel {
        "saas" => Saas,
        "on_premise" => OnPremise,
        "hybrid" => Hybrid,
        "self_built" => SelfBuilt,
        "open_source" => OpenSource,
    }
    HardwareMode {
        "buy" => Buy,
        "lease" => Lease,
    }
    PlanKind {
        "per_seat" => PerSeat,
        "flat_plan" => FlatPlan,
    }
    SeatLicensing {
        "named" => Named,
        "concurrent" => Concurrent,
    }
    BillingCycle {
        "monthly" => Monthly,
        "quarterly" => Quarterly,
        "annual" => Annual,
    }
    AddOnBasis {
        "per_seat" => PerSeat,
        "flat" => Flat,
    }
    Activity {
        "discovery" => Discovery,
        "selection" => Selection,
        "data_cleansing" => DataCleansing,
        "data_migration" => DataMigration,
        "configuration" => Configuration,
        "customization" => Customization,
        "integrations" => Integrations,
        "process_documentation" => ProcessDocumentation,
        "testing" => Testing,
        "go_live" => GoLive,
    }
    ConsultingMode {
        "entered" => Entered,
        "rule" => Rule,
    }
    SupportTier {
        "none" => None,
        "basic" => Basic,
        "priority" => Priority,
        "around_the_clock" => AroundTheClock,
    }
    Reply {
        "yes" => Yes,
        "no" => No,
        "dont_know" => DontKnow,
    }
    RequirementGroup {
        "features" => Features,
        "business" => Business,
        "non_functional" => NonFunctional,
        "functional" => Functional,
        "system_design" => SystemDesign,
    }
    Distribution {
        "pert" => Pert,
        "triangular" => Triangular,
        "uniform" => Uniform,
    }
}

from_json_defaults! {
    Scenario {
        schema_version, name, currency, horizon, organisation, deployment, pricing, project,
        training, operations, benefits, finance, custom_lines, checklist, fit, ranges,
        simulation,
    }
    Organisation { users, user_growth, rates }
    RoleRates { sales, it, admin, management, trainer }
    RoleRate { basis, hourly, annual_salary, loading }
    Finance { discount_rate, discount_basis, inflation, convention, cost_risk, benefit_risk }
    Deployment { model, infrastructure, on_premise, self_built, open_source }
    Infrastructure {
        hardware, hardware_purchase, hardware_refresh_years, hardware_lease_per_month,
        hosting_per_year, it_upkeep_hours_per_month, it_staff_training,
    }
    OnPremise { licence_per_seat, licence_flat, maintenance_rate }
    SelfBuilt { development_fee, development_hours, testing_hours, operations_per_year }
    OpenSource { setup_hours, support_contract_per_year }
    Pricing {
        plan, seat_price_per_month, flat_plan_price_per_month, included_seats,
        extra_seat_price_per_month, seat_licensing, concurrency_ratio, contacts, contact_growth,
        contact_tiers, add_ons, billing, annual_discount, minimum_term_years, renewal_uplift,
        minimum_seats, onboarding_fee, support_rate,
    }
    Project { activities, consulting, overtime, contingency }
    RoleHours { sales, it, admin, management, trainer }
    Consulting { mode, entered_fee, ratio, floor }
    Overtime { share_of_vendor_work, multiplier }
    Training {
        coordination_hours, hours_per_user, onsite_visits, visit_fee, new_hire_turnover,
        ongoing_fee_per_year,
    }
    Operations {
        admin_fte, admin_salary, admin_loading, support_tier, support_fee_per_year,
        upgrades_per_year, security_compliance_per_year, consultants_per_year, downtime,
    }
    Downtime { outage_hours_per_year, affected_share, productivity_loss }
    Benefits {
        revenue_uplift_per_year, gross_margin, hours_saved_per_user_per_week,
        working_weeks_per_year, productivity_correction, retired_tools_per_year, adoption,
    }
    Scorecard { requirements, reviewers, last_id }
    SimulationSettings { trials, seed }
}

impl FromJson for CustomLine {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        let o = path.object(value, "struct CustomLine")?;
        let name = path.field(o, "name")?;
        let kind = path.field(o, "kind")?;
        let category = path.field(o, "category")?;
        let quadrant = path.field(o, "quadrant")?;
        let phase = path.field(o, "phase")?;
        let amounts = path.field(o, "amounts")?;
        let risk = path.field(o, "risk")?;
        Ok(Self {
            name: path.required(name, "name")?,
            kind: path.required(kind, "kind")?,
            category: path.required(category, "category")?,
            quadrant: path.required(quadrant, "quadrant")?,
            phase: path.required(phase, "phase")?,
            amounts: amounts.unwrap_or_default(),
            risk: risk.unwrap_or_default(),
        })
    }
}

impl FromJson for ContactTier {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        let o = path.object(value, "struct ContactTier")?;
        let up_to = path.field(o, "up_to")?;
        let price_per_month = path.field(o, "price_per_month")?;
        Ok(Self {
            up_to: path.required(up_to, "up_to")?,
            price_per_month: path.required(price_per_month, "price_per_month")?,
        })
    }
}

impl FromJson for AddOn {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        let o = path.object(value, "struct AddOn")?;
        let name = path.field(o, "name")?;
        let basis = path.field(o, "basis")?;
        let price_per_month = path.field(o, "price_per_month")?;
        let hidden = path.field(o, "hidden")?;
        Ok(Self {
            name: path.required(name, "name")?,
            basis: basis.unwrap_or_else(default_add_on_basis),
            price_per_month: path.required(price_per_month, "price_per_month")?,
            hidden: hidden.unwrap_or_default(),
        })
    }
}

impl FromJson for ProjectActivity {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        let o = path.object(value, "struct ProjectActivity")?;
        let kind = path.field(o, "kind")?;
        let hours = path.field(o, "hours")?;
        let fee = path.field(o, "fee")?;
        Ok(Self {
            kind: path.required(kind, "kind")?,
            hours: hours.unwrap_or_default(),
            fee: fee.unwrap_or_default(),
        })
    }
}

/// In JSON, the list of answers itself.
impl FromJson for Checklist {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        Vec::from_json(value, path).map(|answers| Checklist { answers })
    }
}

/// The question's code ([`Question::code`]).
impl FromJson for Question {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        let code = String::from_json(value, path)?;
        Question::ALL
            .into_iter()
            .find(|q| q.code() == code)
            .ok_or_else(|| path.error(format!("unknown question \"{code}\"")))
    }
}

impl FromJson for Answer {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        let o = path.object(value, "struct Answer")?;
        let question = path.field(o, "question")?;
        let reply = path.field(o, "reply")?;
        let amount = path.field(o, "amount")?;
        let percent = path.field(o, "percent")?;
        let hours = path.field(o, "hours")?;
        let count = path.field(o, "count")?;
        let records = path.field(o, "records")?;
        let note = path.field(o, "note")?;
        Ok(Self {
            question: path.required(question, "question")?,
            reply: path.required(reply, "reply")?,
            amount: amount.unwrap_or_default(),
            percent: percent.unwrap_or_default(),
            hours: hours.unwrap_or_default(),
            count: count.unwrap_or_default(),
            records: records.unwrap_or_default(),
            note: note.unwrap_or_default(),
        })
    }
}

impl FromJson for Requirement {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        let o = path.object(value, "struct Requirement")?;
        let id = path.field(o, "id")?;
        let text = path.field(o, "text")?;
        let group = path.field(o, "group")?;
        let must_have = path.field(o, "must_have")?;
        let weight = path.field(o, "weight")?;
        let scores = path.field(o, "scores")?;
        Ok(Self {
            id: path.required(id, "id")?,
            text: text.unwrap_or_default(),
            group: group.unwrap_or_default(),
            must_have: must_have.unwrap_or_default(),
            weight: weight.unwrap_or_default(),
            scores: scores.unwrap_or_default(),
        })
    }
}

/// `low` and `high` are decimals as strings or numbers, unchecked here (`Scenario::validate`
/// checks them against the field they range over).
impl FromJson for Range {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        let o = path.object(value, "struct Range")?;
        let low: Option<DecimalInput> = path.field(o, "low")?;
        let high: Option<DecimalInput> = path.field(o, "high")?;
        let distribution = path.field(o, "distribution")?;
        Ok(Self {
            low: path.required(low, "low")?.0,
            high: path.required(high, "high")?.0,
            distribution: distribution.unwrap_or_default(),
        })
    }
}

crate::deserialize_via_from_json!(
    CustomLine,
    ContactTier,
    AddOn,
    ProjectActivity,
    Checklist,
    Question,
    Answer,
    Requirement,
    Range,
);
