//! One-time project work before go-live (domain §3–4): the activities (internal hours by role
//! and outside fees), implementation consulting (entered, or by [A][B]'s "$1 per $1 of annual
//! subscription" rule with a floor), vendor overtime [B] and the contingency reserve [E].

use crate::arith::Num;
use crate::error::ScenarioError;
use crate::inputs::{Field, Fixed, Inputs};
use crate::ledger::{Builder, Sink, cost, cost_named};
use crate::scenario::{Activity, ConsultingMode};
use crate::taxonomy::{Category, Phase, Quadrant, Role};

/// Where an activity's costs go: its phase, and the category and quadrant of its internal
/// hours and of its outside fee.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActivityTags {
    /// The phase of both lines.
    pub phase: Phase,
    /// Category of the internal hours.
    pub time_category: Category,
    /// Quadrant of the internal hours.
    pub time_quadrant: Quadrant,
    /// Category of the outside fee.
    pub fee_category: Category,
    /// Quadrant of the outside fee.
    pub fee_quadrant: Quadrant,
}

impl Activity {
    /// The one table that tags every activity ([B] §1 for the quadrants, [D] for categories).
    pub fn tags(self) -> ActivityTags {
        use Category as C;
        use Quadrant::{HiddenMoney, HiddenTime, TransparentMoney, TransparentTime};
        let (phase, time_category, time_quadrant, fee_category, fee_quadrant) = match self {
            Activity::Discovery => (
                Phase::Discovery,
                C::InternalTime,
                TransparentTime,
                C::ExternalConsultants,
                TransparentMoney,
            ),
            Activity::Selection => (
                Phase::Selection,
                C::InternalTime,
                TransparentTime,
                C::ExternalConsultants,
                TransparentMoney,
            ),
            // [B]: data cleansing and migration take longer than people think (hidden time)
            // and migration fees are a hidden fee.
            Activity::DataCleansing | Activity::DataMigration => (
                Phase::DataPreparation,
                C::DataMigrationIntegration,
                HiddenTime,
                C::DataMigrationIntegration,
                HiddenMoney,
            ),
            Activity::Configuration | Activity::ProcessDocumentation | Activity::Testing => (
                Phase::Implementation,
                C::Implementation,
                TransparentTime,
                C::Implementation,
                TransparentMoney,
            ),
            // [B]: customization is a hidden fee.
            Activity::Customization => (
                Phase::Implementation,
                C::CustomDevelopment,
                TransparentTime,
                C::CustomDevelopment,
                HiddenMoney,
            ),
            Activity::Integrations => (
                Phase::Implementation,
                C::DataMigrationIntegration,
                TransparentTime,
                C::DataMigrationIntegration,
                HiddenMoney,
            ),
            Activity::GoLive => (
                Phase::GoLive,
                C::Implementation,
                TransparentTime,
                C::Implementation,
                TransparentMoney,
            ),
        };
        ActivityTags {
            phase,
            time_category,
            time_quadrant,
            fee_category,
            fee_quadrant,
        }
    }

    /// The snake_case name used in line ids.
    pub fn key(self) -> &'static str {
        match self {
            Activity::Discovery => "discovery",
            Activity::Selection => "selection",
            Activity::DataCleansing => "data_cleansing",
            Activity::DataMigration => "data_migration",
            Activity::Configuration => "configuration",
            Activity::Customization => "customization",
            Activity::Integrations => "integrations",
            Activity::ProcessDocumentation => "process_documentation",
            Activity::Testing => "testing",
            Activity::GoLive => "go_live",
        }
    }

    /// The English name.
    pub fn label(self) -> &'static str {
        match self {
            Activity::Discovery => "Discovery",
            Activity::Selection => "Selection",
            Activity::DataCleansing => "Data cleansing",
            Activity::DataMigration => "Data migration",
            Activity::Configuration => "Configuration",
            Activity::Customization => "Customization",
            Activity::Integrations => "Integrations",
            Activity::ProcessDocumentation => "Process documentation",
            Activity::Testing => "Testing",
            Activity::GoLive => "Go-live",
        }
    }
}

/// Internal cost of activity `i` at today's rates: Σ over roles of hours × hourly rate.
fn internal_cost<N: Num, I: Inputs<N>, S: Sink<N>>(
    b: &Builder<'_, N, I, S>,
    i: usize,
) -> Option<N> {
    Role::ALL.iter().try_fold(N::ZERO, |sum, role| {
        sum.add_or_none(
            b.get(Field::ActivityHours(i, *role))
                .mul_or_none(b.ctx.rate(*role, 0)?)?,
        )
    })
}

/// Adds the activity, consulting and overtime lines (all in the initial period). The
/// contingency reserve [E] on every one-time cost is added by the ledger's builder.
pub(crate) fn add_lines<N: Num, I: Inputs<N>, S: Sink<N>>(
    b: &mut Builder<'_, N, I, S>,
) -> Result<(), ScenarioError> {
    let project = &b.scenario().project;
    let mut vendor_fees = N::ZERO;
    for (i, activity) in project.activities.iter().enumerate() {
        let tags = activity.kind.tags();
        let names = |part: &str, what: &str, field: &str| {
            // A second activity of the same kind gets "_2", a third "_3", so ids stay unique.
            let n = project
                .activities
                .iter()
                .take(i)
                .filter(|a| a.kind == activity.kind)
                .count();
            let key = match n {
                0 => activity.kind.key().to_owned(),
                _ => format!("{}_{}", activity.kind.key(), n.saturating_add(1)),
            };
            [
                format!("project.{key}.{part}"),
                format!("{}: {what}", activity.kind.label()),
                format!("project.activities[{i}].{field}"),
            ]
        };
        let time_names = || names("time", "internal hours", "hours");
        b.one_time(
            cost_named(
                &time_names,
                tags.time_category,
                tags.time_quadrant,
                tags.phase,
            ),
            internal_cost(b, i),
        )?;
        let fee = b.get(Field::ActivityFee(i));
        let fee_names = || names("fee", "outside fee", "fee");
        b.one_time(
            cost_named(&fee_names, tags.fee_category, tags.fee_quadrant, tags.phase),
            Some(fee),
        )?;
        vendor_fees = vendor_fees
            .add_or_none(fee.cents())
            .ok_or_else(|| ScenarioError::too_large("project.activities"))?;
    }

    let consulting = consulting_fee(b)?.cents();
    b.one_time(
        cost(
            "project.consulting",
            "Implementation consulting",
            match project.consulting.mode {
                ConsultingMode::Entered => "project.consulting.entered_fee",
                ConsultingMode::Rule => "project.consulting.ratio",
            },
            Category::Implementation,
            Quadrant::TransparentMoney,
            Phase::Implementation,
        ),
        Some(consulting),
    )?;
    vendor_fees = vendor_fees
        .add_or_none(consulting)
        .ok_or_else(|| ScenarioError::too_large("project.consulting"))?;

    // [B]: vendor overtime at 1.5–2 × the normal rate on a share of the vendor's work; the
    // premium part is the hidden fee: fees × share × (multiplier − 1).
    let premium = b
        .input(Fixed::OvertimeMultiplier)
        .sub_or_none(N::ONE)
        .unwrap_or(N::ZERO)
        .larger(N::ZERO);
    let share = b.input(Fixed::OvertimeShare);
    b.one_time(
        cost(
            "project.overtime",
            "Vendor staff overtime",
            "project.overtime.multiplier",
            Category::Implementation,
            Quadrant::HiddenMoney,
            Phase::Implementation,
        ),
        vendor_fees
            .mul_or_none(share)
            .and_then(|v| v.mul_or_none(premium)),
    )
}

/// The consulting fee: entered, or max(ratio × first-year software cost, floor), where the
/// first-year software cost is every software line (subscription or licence) of the initial
/// period and year 1 — so a perpetual licence bought up front counts.
pub(crate) fn consulting_fee<N: Num, I: Inputs<N>, S: Sink<N>>(
    b: &Builder<'_, N, I, S>,
) -> Result<N, ScenarioError> {
    match b.scenario().project.consulting.mode {
        ConsultingMode::Entered => Ok(b.input(Fixed::ConsultingEnteredFee)),
        ConsultingMode::Rule => b
            .category_total(Category::SubscriptionLicence, 1)
            .and_then(|software| software.mul_or_none(b.input(Fixed::ConsultingRatio)))
            .map(|by_ratio| by_ratio.larger(b.input(Fixed::ConsultingFloor)))
            .ok_or_else(|| ScenarioError::too_large("project.consulting")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate::ledger;
    use crate::scenario::{Consulting, ProjectActivity, RateBasis, RoleHours, Scenario};
    use crate::test_support::{d, money};
    use crate::units::{Factor, Hours, Money, Percent};
    use rust_decimal::Decimal;

    fn initial(s: &Scenario, id: &str) -> Decimal {
        ledger(s)
            .unwrap()
            .into_iter()
            .find(|l| l.id == id)
            .map_or(Decimal::ZERO, |l| l.amounts[0])
    }

    /// Default scenario with flat $50/h rates for every role, one configuration activity of
    /// 10 admin hours + 20 IT hours and a $2,000 fee, consulting entered at $10,000.
    fn simple() -> Scenario {
        let mut s = Scenario::default();
        for role in Role::ALL {
            let rate = s.organisation.rates.get_mut(role);
            rate.basis = RateBasis::Hourly;
            rate.hourly = money("50");
        }
        s.project.activities = vec![ProjectActivity {
            kind: Activity::Configuration,
            hours: RoleHours {
                admin: Hours::try_from(d("10")).unwrap(),
                it: Hours::try_from(d("20")).unwrap(),
                ..RoleHours::default()
            },
            fee: money("2000"),
        }];
        s.project.consulting = Consulting {
            mode: ConsultingMode::Entered,
            entered_fee: money("10000"),
            ..Consulting::default()
        };
        s
    }

    #[test]
    fn activity_hours_times_role_rates() {
        // 30 h × $50 = $1,500 internal; the fee as entered.
        let s = simple();
        assert_eq!(initial(&s, "project.configuration.time"), d("1500"));
        assert_eq!(initial(&s, "project.configuration.fee"), d("2000"));
    }

    #[test]
    fn overtime_premium_on_vendor_fees() {
        // Vendor fees 2,000 + 10,000 = 12,000; 10 % as overtime at 1.5× → premium
        // 12,000 × 0.10 × 0.5 = 600.
        let mut s = simple();
        s.project.overtime.share_of_vendor_work = Percent::try_from(d("0.10")).unwrap();
        s.project.overtime.multiplier = Factor::try_from(d("1.5")).unwrap();
        assert_eq!(initial(&s, "project.overtime"), d("600"));
        // At 2× the premium doubles.
        s.project.overtime.multiplier = Factor::try_from(d("2")).unwrap();
        assert_eq!(initial(&s, "project.overtime"), d("1200"));
    }

    #[test]
    fn consulting_rule_with_floor() {
        // Rule: $1 per $1 of first-year software. 15 users × $65 × 12 × 0.9 (annual) = 10,530
        // seats + 15 × $10 × 12 × 0.9 = 1,620 reporting add-on + no tier fee in year 1
        // (5,000 contacts are in the $0 tier) = 12,150 > 5,000 floor.
        let mut s = Scenario::default();
        assert_eq!(initial(&s, "project.consulting"), d("12150"));
        // 1 user on the cheapest seat: 1 × 12 × 12 × 0.9 = 129.60 → the 5,000 floor wins.
        s.organisation.users = crate::units::Count::try_from(1u64).unwrap();
        s.pricing.seat_price_per_month = money("12");
        s.pricing.add_ons.clear();
        assert_eq!(initial(&s, "project.consulting"), d("5000"));
        // Ratio 2 doubles the software part: 2 × 129.60 = 259.20 < 5,000, floor again;
        // floor 0 → 259.20.
        s.project.consulting.ratio = Factor::try_from(d("2")).unwrap();
        s.project.consulting.floor = Money::ZERO;
        assert_eq!(initial(&s, "project.consulting"), d("259.20"));
    }

    #[test]
    fn contingency_on_every_one_time_cost_in_the_hidden_twin() {
        // 10 % of the $1,500 internal configuration time → $150 of hidden time, same
        // category and phase; 10 % of the $2,000 fee → $200 of hidden money.
        let mut s = simple();
        s.project.contingency = Percent::try_from(d("0.10")).unwrap();
        let lines = ledger(&s).unwrap();
        let time = lines
            .iter()
            .find(|l| l.id == "project.configuration.time.contingency")
            .unwrap();
        assert_eq!(time.amounts[0], d("150"));
        assert_eq!(time.quadrant, Quadrant::HiddenTime);
        assert_eq!(time.category, Category::Implementation);
        assert_eq!(time.phase, Phase::Implementation);
        let fee = lines
            .iter()
            .find(|l| l.id == "project.configuration.fee.contingency")
            .unwrap();
        assert_eq!(fee.amounts[0], d("200"));
        assert_eq!(fee.quadrant, Quadrant::HiddenMoney);
        // Recurring lines get none.
        assert!(
            !lines
                .iter()
                .any(|l| l.id == "subscription.seats.contingency")
        );
        // Zero contingency → no siblings at all.
        s.project.contingency = Percent::ZERO;
        assert!(
            !ledger(&s)
                .unwrap()
                .iter()
                .any(|l| l.id.ends_with(".contingency"))
        );
    }

    #[test]
    fn duplicate_activities_get_distinct_ids() {
        let mut s = simple();
        let again = s.project.activities[0].clone();
        s.project.activities.push(again);
        assert_eq!(initial(&s, "project.configuration_2.time"), d("1500"));
    }

    #[test]
    fn tag_table_matches_the_sources() {
        let t = Activity::DataMigration.tags();
        assert_eq!(t.phase, Phase::DataPreparation);
        assert_eq!(t.time_quadrant, Quadrant::HiddenTime);
        assert_eq!(t.fee_quadrant, Quadrant::HiddenMoney);
        assert_eq!(
            Activity::Customization.tags().fee_category,
            Category::CustomDevelopment
        );
        assert_eq!(
            Activity::Selection.tags().time_category,
            Category::InternalTime
        );
        assert_eq!(Activity::GoLive.tags().phase, Phase::GoLive);
    }
}
