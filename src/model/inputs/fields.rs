//! The catalogue of a scenario's numeric inputs: each named by its field path
//! (`pricing.renewal_uplift`, `project.activities[2].hours.admin`), with its value type and
//! bounds, read from a scenario, listed for a scenario, parsed from a path.

use rust_decimal::Decimal;

use super::Layout;
use crate::scenario::Scenario;
use crate::taxonomy::Role;
use crate::units::{Contacts, Count, Factor, Fte, Growth, Hours, Money, Percent, Weeks};

/// The value type of a numeric input: decides its bounds and whether it is a whole number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Money, 0 to 10^12.
    Money,
    /// A fraction, 0 to 1.
    Percent,
    /// A yearly growth rate, −0.99 to 1.
    Growth,
    /// Hours, 0 to 1,000,000.
    Hours,
    /// A multiplier, 0 to 100.
    Factor,
    /// Full-time equivalents, 0 to 50.
    Fte,
    /// Weeks, 0 to 52.
    Weeks,
    /// A whole count, 0 to 1,000,000.
    Count,
    /// A whole number of contacts, 0 to 10^10.
    Contacts,
}

impl Kind {
    /// The smallest value the field accepts.
    pub fn min(self) -> Decimal {
        match self {
            Kind::Money => Money::MIN,
            Kind::Percent => Percent::MIN,
            Kind::Growth => Growth::MIN,
            Kind::Hours => Hours::MIN,
            Kind::Factor => Factor::MIN,
            Kind::Fte => Fte::MIN,
            Kind::Weeks => Weeks::MIN,
            Kind::Count => Decimal::from(Count::MIN),
            Kind::Contacts => Decimal::from(Contacts::MIN),
        }
    }

    /// The largest value the field accepts.
    pub fn max(self) -> Decimal {
        match self {
            Kind::Money => Money::MAX,
            Kind::Percent => Percent::MAX,
            Kind::Growth => Growth::MAX,
            Kind::Hours => Hours::MAX,
            Kind::Factor => Factor::MAX,
            Kind::Fte => Fte::MAX,
            Kind::Weeks => Weeks::MAX,
            Kind::Count => Decimal::from(Count::MAX),
            Kind::Contacts => Decimal::from(Contacts::MAX),
        }
    }

    /// True for whole numbers (a sampled value is rounded to the nearest one).
    pub fn is_whole(self) -> bool {
        matches!(self, Kind::Count | Kind::Contacts)
    }
}

/// Defines [`Fixed`]: the numeric inputs that occur once, with path, kind and reader.
macro_rules! fixed_fields {
    (|$s:ident| $( $(#[$meta:meta])* $name:ident = $path:literal, $kind:ident, $read:expr; )*) => {
        /// A numeric input that occurs once in a scenario (not in a list, not per role).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Fixed {
            $( $(#[$meta])* #[doc = $path] $name, )*
        }

        impl Fixed {
            /// Every fixed input, in scenario order.
            pub const ALL: &'static [Fixed] = &[$(Fixed::$name),*];

            /// The field path.
            pub fn path(self) -> &'static str {
                match self { $(Fixed::$name => $path,)* }
            }

            /// The value type.
            pub fn kind(self) -> Kind {
                match self { $(Fixed::$name => Kind::$kind,)* }
            }

            /// The value in `scenario`.
            pub fn read(self, scenario: &Scenario) -> Decimal {
                let $s = scenario;
                match self { $(Fixed::$name => $read,)* }
            }
        }
    };
}

fixed_fields! {
    |s|
    Users = "organisation.users", Count, s.organisation.users.decimal();
    UserGrowth = "organisation.user_growth", Growth, s.organisation.user_growth.get();
    HardwarePurchase = "deployment.infrastructure.hardware_purchase", Money,
        s.deployment.infrastructure.hardware_purchase.get();
    HardwareLeasePerMonth = "deployment.infrastructure.hardware_lease_per_month", Money,
        s.deployment.infrastructure.hardware_lease_per_month.get();
    HostingPerYear = "deployment.infrastructure.hosting_per_year", Money,
        s.deployment.infrastructure.hosting_per_year.get();
    ItUpkeepHoursPerMonth = "deployment.infrastructure.it_upkeep_hours_per_month", Hours,
        s.deployment.infrastructure.it_upkeep_hours_per_month.get();
    ItStaffTraining = "deployment.infrastructure.it_staff_training", Money,
        s.deployment.infrastructure.it_staff_training.get();
    LicencePerSeat = "deployment.on_premise.licence_per_seat", Money,
        s.deployment.on_premise.licence_per_seat.get();
    LicenceFlat = "deployment.on_premise.licence_flat", Money,
        s.deployment.on_premise.licence_flat.get();
    MaintenanceRate = "deployment.on_premise.maintenance_rate", Percent,
        s.deployment.on_premise.maintenance_rate.get();
    DevelopmentFee = "deployment.self_built.development_fee", Money,
        s.deployment.self_built.development_fee.get();
    DevelopmentHours = "deployment.self_built.development_hours", Hours,
        s.deployment.self_built.development_hours.get();
    TestingHours = "deployment.self_built.testing_hours", Hours,
        s.deployment.self_built.testing_hours.get();
    SelfBuiltOperationsPerYear = "deployment.self_built.operations_per_year", Money,
        s.deployment.self_built.operations_per_year.get();
    SetupHours = "deployment.open_source.setup_hours", Hours,
        s.deployment.open_source.setup_hours.get();
    SupportContractPerYear = "deployment.open_source.support_contract_per_year", Money,
        s.deployment.open_source.support_contract_per_year.get();
    SeatPricePerMonth = "pricing.seat_price_per_month", Money,
        s.pricing.seat_price_per_month.get();
    FlatPlanPricePerMonth = "pricing.flat_plan_price_per_month", Money,
        s.pricing.flat_plan_price_per_month.get();
    IncludedSeats = "pricing.included_seats", Count, s.pricing.included_seats.decimal();
    ExtraSeatPricePerMonth = "pricing.extra_seat_price_per_month", Money,
        s.pricing.extra_seat_price_per_month.get();
    ConcurrencyRatio = "pricing.concurrency_ratio", Percent,
        s.pricing.concurrency_ratio.get();
    Contacts = "pricing.contacts", Contacts, s.pricing.contacts.decimal();
    ContactGrowth = "pricing.contact_growth", Growth, s.pricing.contact_growth.get();
    AnnualDiscount = "pricing.annual_discount", Percent, s.pricing.annual_discount.get();
    RenewalUplift = "pricing.renewal_uplift", Percent, s.pricing.renewal_uplift.get();
    MinimumSeats = "pricing.minimum_seats", Count, s.pricing.minimum_seats.decimal();
    OnboardingFee = "pricing.onboarding_fee", Money, s.pricing.onboarding_fee.get();
    SupportRate = "pricing.support_rate", Percent, s.pricing.support_rate.get();
    ConsultingEnteredFee = "project.consulting.entered_fee", Money,
        s.project.consulting.entered_fee.get();
    ConsultingRatio = "project.consulting.ratio", Factor, s.project.consulting.ratio.get();
    ConsultingFloor = "project.consulting.floor", Money, s.project.consulting.floor.get();
    OvertimeShare = "project.overtime.share_of_vendor_work", Percent,
        s.project.overtime.share_of_vendor_work.get();
    OvertimeMultiplier = "project.overtime.multiplier", Factor,
        s.project.overtime.multiplier.get();
    Contingency = "project.contingency", Percent, s.project.contingency.get();
    CoordinationHours = "training.coordination_hours", Hours,
        s.training.coordination_hours.get();
    HoursPerUser = "training.hours_per_user", Hours, s.training.hours_per_user.get();
    OnsiteVisits = "training.onsite_visits", Count, s.training.onsite_visits.decimal();
    VisitFee = "training.visit_fee", Money, s.training.visit_fee.get();
    NewHireTurnover = "training.new_hire_turnover", Percent,
        s.training.new_hire_turnover.get();
    OngoingTrainingFeePerYear = "training.ongoing_fee_per_year", Money,
        s.training.ongoing_fee_per_year.get();
    AdminFte = "operations.admin_fte", Fte, s.operations.admin_fte.get();
    AdminSalary = "operations.admin_salary", Money, s.operations.admin_salary.get();
    AdminLoading = "operations.admin_loading", Factor, s.operations.admin_loading.get();
    SupportFeePerYear = "operations.support_fee_per_year", Money,
        s.operations.support_fee_per_year.get();
    UpgradesPerYear = "operations.upgrades_per_year", Money,
        s.operations.upgrades_per_year.get();
    SecurityCompliancePerYear = "operations.security_compliance_per_year", Money,
        s.operations.security_compliance_per_year.get();
    ConsultantsPerYear = "operations.consultants_per_year", Money,
        s.operations.consultants_per_year.get();
    OutageHoursPerYear = "operations.downtime.outage_hours_per_year", Hours,
        s.operations.downtime.outage_hours_per_year.get();
    AffectedShare = "operations.downtime.affected_share", Percent,
        s.operations.downtime.affected_share.get();
    ProductivityLoss = "operations.downtime.productivity_loss", Percent,
        s.operations.downtime.productivity_loss.get();
    RevenueUpliftPerYear = "benefits.revenue_uplift_per_year", Money,
        s.benefits.revenue_uplift_per_year.get();
    GrossMargin = "benefits.gross_margin", Percent, s.benefits.gross_margin.get();
    HoursSavedPerUserPerWeek = "benefits.hours_saved_per_user_per_week", Hours,
        s.benefits.hours_saved_per_user_per_week.get();
    WorkingWeeksPerYear = "benefits.working_weeks_per_year", Weeks,
        s.benefits.working_weeks_per_year.get();
    ProductivityCorrection = "benefits.productivity_correction", Percent,
        s.benefits.productivity_correction.get();
    RetiredToolsPerYear = "benefits.retired_tools_per_year", Money,
        s.benefits.retired_tools_per_year.get();
    DiscountRate = "finance.discount_rate", Percent, s.finance.discount_rate.get();
    Inflation = "finance.inflation", Percent, s.finance.inflation.get();
    CostRisk = "finance.cost_risk", Percent, s.finance.cost_risk.get();
    BenefitRisk = "finance.benefit_risk", Percent, s.finance.benefit_risk.get();
}

/// Which part of a role's rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RatePart {
    /// `hourly`: the loaded hourly rate entered.
    Hourly,
    /// `annual_salary`.
    AnnualSalary,
    /// `loading`: the factor on the salary.
    Loading,
}

impl RatePart {
    const ALL: [RatePart; 3] = [RatePart::Hourly, RatePart::AnnualSalary, RatePart::Loading];

    fn key(self) -> &'static str {
        match self {
            RatePart::Hourly => "hourly",
            RatePart::AnnualSalary => "annual_salary",
            RatePart::Loading => "loading",
        }
    }
}

/// Most periods a ledger line has: the initial period and up to 10 years.
pub const MAX_PERIODS: usize = 11;

/// One numeric input of a scenario, wherever it lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// An input that occurs once.
    Fixed(Fixed),
    /// A part of a role's hourly rate: `organisation.rates.<role>.<part>`.
    Rate(Role, RatePart),
    /// `pricing.contact_tiers[i].up_to`.
    TierUpTo(usize),
    /// `pricing.contact_tiers[i].price_per_month`.
    TierPrice(usize),
    /// `pricing.add_ons[i].price_per_month`.
    AddOnPrice(usize),
    /// `project.activities[i].hours.<role>`.
    ActivityHours(usize, Role),
    /// `project.activities[i].fee`.
    ActivityFee(usize),
    /// `benefits.adoption[i]` (year i + 1).
    Adoption(usize),
    /// `custom_lines[i].amounts[t]`.
    CustomAmount(usize, usize),
}

fn role_key(role: Role) -> &'static str {
    match role {
        Role::Sales => "sales",
        Role::It => "it",
        Role::Admin => "admin",
        Role::Management => "management",
        Role::Trainer => "trainer",
    }
}

pub(super) fn role_index(role: Role) -> usize {
    match role {
        Role::Sales => 0,
        Role::It => 1,
        Role::Admin => 2,
        Role::Management => 3,
        Role::Trainer => 4,
    }
}

pub(super) fn rate_part_index(part: RatePart) -> usize {
    match part {
        RatePart::Hourly => 0,
        RatePart::AnnualSalary => 1,
        RatePart::Loading => 2,
    }
}

/// Parses `<prefix><index>]<rest>` into (index, rest).
fn indexed<'p>(path: &'p str, prefix: &str) -> Option<(usize, &'p str)> {
    let tail = path.strip_prefix(prefix)?;
    let (number, rest) = tail.split_once(']')?;
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if number.len() > 1 && number.starts_with('0') {
        return None;
    }
    Some((number.parse().ok()?, rest))
}

fn role_named(key: &str) -> Option<Role> {
    Role::ALL.into_iter().find(|r| role_key(*r) == key)
}

impl Field {
    /// The field path, as used in scenario JSON and in error messages.
    pub fn path(self) -> String {
        match self {
            Field::Fixed(f) => f.path().to_owned(),
            Field::Rate(role, part) => {
                format!("organisation.rates.{}.{}", role_key(role), part.key())
            }
            Field::TierUpTo(i) => format!("pricing.contact_tiers[{i}].up_to"),
            Field::TierPrice(i) => format!("pricing.contact_tiers[{i}].price_per_month"),
            Field::AddOnPrice(i) => format!("pricing.add_ons[{i}].price_per_month"),
            Field::ActivityHours(i, role) => {
                format!("project.activities[{i}].hours.{}", role_key(role))
            }
            Field::ActivityFee(i) => format!("project.activities[{i}].fee"),
            Field::Adoption(i) => format!("benefits.adoption[{i}]"),
            Field::CustomAmount(i, t) => format!("custom_lines[{i}].amounts[{t}]"),
        }
    }

    /// The field a path names, if it is a numeric input (whether or not the scenario has it;
    /// see [`Field::read`]).
    pub fn parse(path: &str) -> Option<Field> {
        if let Some(fixed) = Fixed::ALL.iter().find(|f| f.path() == path) {
            return Some(Field::Fixed(*fixed));
        }
        if let Some(rest) = path.strip_prefix("organisation.rates.") {
            let (role, part) = rest.split_once('.')?;
            let role = role_named(role)?;
            let part = RatePart::ALL.into_iter().find(|p| p.key() == part)?;
            return Some(Field::Rate(role, part));
        }
        if let Some((i, rest)) = indexed(path, "pricing.contact_tiers[") {
            return match rest {
                ".up_to" => Some(Field::TierUpTo(i)),
                ".price_per_month" => Some(Field::TierPrice(i)),
                _ => None,
            };
        }
        if let Some((i, rest)) = indexed(path, "pricing.add_ons[") {
            return (rest == ".price_per_month").then_some(Field::AddOnPrice(i));
        }
        if let Some((i, rest)) = indexed(path, "project.activities[") {
            if rest == ".fee" {
                return Some(Field::ActivityFee(i));
            }
            let role = role_named(rest.strip_prefix(".hours.")?)?;
            return Some(Field::ActivityHours(i, role));
        }
        if let Some((i, rest)) = indexed(path, "benefits.adoption[") {
            return rest.is_empty().then_some(Field::Adoption(i));
        }
        if let Some((i, rest)) = indexed(path, "custom_lines[") {
            let (t, rest) = indexed(rest, ".amounts[")?;
            return rest.is_empty().then_some(Field::CustomAmount(i, t));
        }
        None
    }

    /// The value type.
    pub fn kind(self) -> Kind {
        match self {
            Field::Fixed(f) => f.kind(),
            Field::Rate(_, RatePart::Loading) => Kind::Factor,
            Field::Rate(..) => Kind::Money,
            Field::TierUpTo(_) => Kind::Contacts,
            Field::TierPrice(_) | Field::AddOnPrice(_) | Field::ActivityFee(_) => Kind::Money,
            Field::ActivityHours(..) => Kind::Hours,
            Field::Adoption(_) => Kind::Percent,
            Field::CustomAmount(..) => Kind::Money,
        }
    }

    /// The smallest value the scenario accepts here (the type's minimum, or a cross-field rule:
    /// the overtime multiplier is at least 1).
    pub fn min(self) -> Decimal {
        match self {
            Field::Fixed(Fixed::OvertimeMultiplier) => Decimal::ONE,
            _ => self.kind().min(),
        }
    }

    /// The largest value the scenario accepts here.
    pub fn max(self) -> Decimal {
        self.kind().max()
    }

    /// The value in `scenario`; `None` when the list item does not exist.
    pub fn read(self, scenario: &Scenario) -> Option<Decimal> {
        let s = scenario;
        match self {
            Field::Fixed(f) => Some(f.read(s)),
            Field::Rate(role, part) => {
                let rate = s.organisation.rates.get(role);
                Some(match part {
                    RatePart::Hourly => rate.hourly.get(),
                    RatePart::AnnualSalary => rate.annual_salary.get(),
                    RatePart::Loading => rate.loading.get(),
                })
            }
            Field::TierUpTo(i) => s.pricing.contact_tiers.get(i).map(|t| t.up_to.decimal()),
            Field::TierPrice(i) => s
                .pricing
                .contact_tiers
                .get(i)
                .map(|t| t.price_per_month.get()),
            Field::AddOnPrice(i) => s.pricing.add_ons.get(i).map(|a| a.price_per_month.get()),
            Field::ActivityHours(i, role) => {
                s.project.activities.get(i).map(|a| a.hours.get(role).get())
            }
            Field::ActivityFee(i) => s.project.activities.get(i).map(|a| a.fee.get()),
            Field::Adoption(i) => s.benefits.adoption.get(i).map(|p| p.get()),
            Field::CustomAmount(i, t) => s
                .custom_lines
                .get(i)
                .and_then(|l| l.amounts.get(t))
                .map(|m| m.get()),
        }
    }

    /// Every numeric input `scenario` has, in scenario order.
    pub fn all(scenario: &Scenario) -> Vec<Field> {
        let layout = Layout::of(scenario);
        let mut fields: Vec<Field> = Fixed::ALL.iter().map(|f| Field::Fixed(*f)).collect();
        for role in Role::ALL {
            fields.extend(RatePart::ALL.map(|part| Field::Rate(role, part)));
        }
        for i in 0..layout.tiers {
            fields.extend([Field::TierUpTo(i), Field::TierPrice(i)]);
        }
        fields.extend((0..layout.add_ons).map(Field::AddOnPrice));
        for i in 0..layout.activities {
            fields.extend(Role::ALL.map(|role| Field::ActivityHours(i, role)));
            fields.push(Field::ActivityFee(i));
        }
        fields.extend((0..layout.adoption).map(Field::Adoption));
        for (i, line) in scenario.custom_lines.iter().enumerate() {
            let amounts = line.amounts.len().min(MAX_PERIODS);
            fields.extend((0..amounts).map(|t| Field::CustomAmount(i, t)));
        }
        fields
    }
}
