//! Yearly running costs after go-live (domain §2, §4): the CRM administrator [B], the support
//! tier, upgrades and expansion, security and compliance, outside consultants, downtime [A],
//! IT upkeep of self-run infrastructure [A] and on-premise licence maintenance.

use rust_decimal::Decimal;

use crate::arith::Num;
use crate::context::Context;
use crate::costs::deployment::peak_seats;
use crate::error::ScenarioError;
use crate::inputs::{Fixed, Inputs};
use crate::ledger::{Builder, Sink, cost};
use crate::scenario::{DeploymentModel, SupportTier};
use crate::taxonomy::{Category, Phase, Quadrant, Role};

const MONTHS: Decimal = Decimal::from_parts(12, 0, 0, false, 0);

/// Adds the yearly running-cost lines.
pub(crate) fn add_lines<N: Num, I: Inputs<N>, S: Sink<N>>(
    b: &mut Builder<'_, N, I, S>,
) -> Result<(), ScenarioError> {
    let scenario = b.scenario();
    let ops = &scenario.operations;
    let admin = b
        .input(Fixed::AdminFte)
        .mul_or_none(b.input(Fixed::AdminSalary))
        .and_then(|v| v.mul_or_none(b.input(Fixed::AdminLoading)));
    b.yearly(
        cost(
            "operations.admin",
            "CRM administrator",
            "operations.admin_fte",
            Category::OngoingTrainingUserAdmin,
            Quadrant::HiddenTime,
            Phase::Operation,
        ),
        |ctx, t| ctx.escalate(admin?, t),
    )?;
    let support_fee = b.input(Fixed::SupportFeePerYear);
    if ops.support_tier == SupportTier::None {
        if !support_fee.is_zero() {
            b.warn(
                "support_fee_without_tier",
                || "operations.support_fee_per_year".to_owned(),
                || {
                    "A support fee is entered but the support tier is \"none\", so the fee is \
                     not counted."
                        .to_owned()
                },
            );
        }
    } else {
        yearly_fee(
            b,
            "operations.support",
            "Support",
            "operations.support_fee_per_year",
            Category::MaintenanceSupport,
            support_fee,
        )?;
    }
    let upgrades = b.input(Fixed::UpgradesPerYear);
    yearly_fee(
        b,
        "operations.upgrades",
        "Upgrades and expansion",
        "operations.upgrades_per_year",
        Category::UpgradesExpansion,
        upgrades,
    )?;
    let security = b.input(Fixed::SecurityCompliancePerYear);
    yearly_fee(
        b,
        "operations.security",
        "Security and compliance",
        "operations.security_compliance_per_year",
        Category::SecurityCompliance,
        security,
    )?;
    let consultants = b.input(Fixed::ConsultantsPerYear);
    yearly_fee(
        b,
        "operations.consultants",
        "External consultants",
        "operations.consultants_per_year",
        Category::ExternalConsultants,
        consultants,
    )?;

    // [A]: outage hours × affected users × loaded rate (× the share of work lost).
    let per_user = b
        .input(Fixed::OutageHoursPerYear)
        .mul_or_none(b.input(Fixed::AffectedShare))
        .and_then(|v| v.mul_or_none(b.input(Fixed::ProductivityLoss)));
    b.yearly(
        cost(
            "operations.downtime",
            "Downtime: lost working time",
            "operations.downtime.outage_hours_per_year",
            Category::InternalTime,
            Quadrant::HiddenTime,
            Phase::Operation,
        ),
        |ctx, t| {
            per_user?
                .mul_or_none(Context::at(&ctx.users, t))?
                .mul_or_none(ctx.rate(Role::Sales, t)?)
        },
    )?;

    if scenario.deployment.model.has_infrastructure() {
        // [A]: at least 16 IT hours a month for servers, backups and upgrades.
        let hours = b.input(Fixed::ItUpkeepHoursPerMonth);
        b.yearly(
            cost(
                "operations.it_upkeep",
                "IT upkeep: servers, backups, upgrades",
                "deployment.infrastructure.it_upkeep_hours_per_month",
                Category::MaintenanceSupport,
                Quadrant::HiddenTime,
                Phase::Operation,
            ),
            |ctx, t| {
                hours
                    .mul_or_none(N::from_decimal(MONTHS))?
                    .mul_or_none(ctx.rate(Role::It, t)?)
            },
        )?;
    }

    if scenario.deployment.model == DeploymentModel::OnPremise {
        // Maintenance: a share of the licence price paid so far (not escalated).
        let rate = b.input(Fixed::MaintenanceRate);
        let flat = b.input(Fixed::LicenceFlat);
        let per_seat = b.input(Fixed::LicencePerSeat);
        b.yearly(
            cost(
                "operations.licence_maintenance",
                "Licence maintenance",
                "deployment.on_premise.maintenance_rate",
                Category::MaintenanceSupport,
                Quadrant::TransparentMoney,
                Phase::Operation,
            ),
            |ctx, t| {
                let licences = peak_seats(ctx, t)
                    .mul_or_none(per_seat)?
                    .add_or_none(flat)?;
                licences.mul_or_none(rate)
            },
        )?;
    }
    Ok(())
}

/// A yearly fee escalated by inflation, in the hidden-money quadrant.
fn yearly_fee<N: Num, I: Inputs<N>, S: Sink<N>>(
    b: &mut Builder<'_, N, I, S>,
    id: &'static str,
    label: &'static str,
    field: &'static str,
    category: Category,
    fee: N,
) -> Result<(), ScenarioError> {
    b.yearly(
        cost(
            id,
            label,
            field,
            category,
            Quadrant::HiddenMoney,
            Phase::Operation,
        ),
        |ctx, t| ctx.escalate(fee, t),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{amounts, d, money};

    use crate::scenario::{RateBasis, Scenario};
    use crate::units::{Count, Fte, Growth, Hours, Percent};

    #[test]
    fn administrator_share_with_inflation() {
        // 0.5 FTE × 63,000 × 1.3 = 40,950 in year 1; 2 % inflation → year 2 = 41,769.
        let mut s = Scenario::default();
        s.operations.admin_fte = Fte::try_from(d("0.5")).unwrap();
        s.finance.inflation = Percent::try_from(d("0.02")).unwrap();
        let a = amounts(&s, "operations.admin");
        assert_eq!(a[0], d("0"));
        assert_eq!(a[1], d("40950"));
        assert_eq!(a[2], d("41769"));
    }

    #[test]
    fn downtime_under_rule_a() {
        // 6 outage hours × 20 users × 50 % affected × 100 % loss × $40 = $2,400 a year.
        let mut s = Scenario::default();
        s.organisation.users = Count::try_from(20u64).unwrap();
        s.organisation.user_growth = Growth::ZERO;
        s.organisation.rates.sales.basis = RateBasis::Hourly;
        s.organisation.rates.sales.hourly = money("40");
        s.operations.downtime.outage_hours_per_year = Hours::try_from(d("6")).unwrap();
        s.operations.downtime.affected_share = Percent::try_from(d("0.5")).unwrap();
        s.operations.downtime.productivity_loss = Percent::ONE;
        assert_eq!(amounts(&s, "operations.downtime")[1], d("2400"));
    }

    #[test]
    fn it_upkeep_only_when_you_run_infrastructure() {
        // 16 h × 12 × $56.25 (90,000 / 2,080 × 1.3) = $10,800 a year.
        let mut s = Scenario::default();
        assert!(amounts(&s, "operations.it_upkeep").is_empty());
        s.deployment.model = DeploymentModel::Hybrid;
        assert_eq!(amounts(&s, "operations.it_upkeep")[1], d("10800"));
    }

    #[test]
    fn licence_maintenance_on_licences_held() {
        // 15 users, 10 % growth → seats 15, 15, 17, 19, 20, 22; $1,000 a seat + $5,000 flat;
        // 20 % a year: year 1 = (15,000 + 5,000) × 0.2 = 4,000; year 2 = 22,000 × 0.2 = 4,400.
        let mut s = Scenario::default();
        s.deployment.model = DeploymentModel::OnPremise;
        s.deployment.on_premise.licence_per_seat = money("1000");
        s.deployment.on_premise.licence_flat = money("5000");
        let a = amounts(&s, "operations.licence_maintenance");
        assert_eq!(a[1], d("4000"));
        assert_eq!(a[2], d("4400"));
    }

    #[test]
    fn support_fee_ignored_without_a_tier() {
        let mut s = Scenario::default();
        s.operations.support_fee_per_year = money("3000");
        assert_eq!(amounts(&s, "operations.support")[1], d("3000"));
        s.operations.support_tier = SupportTier::None;
        assert!(amounts(&s, "operations.support").is_empty());
        let built = crate::evaluate::build(&s).unwrap();
        assert!(
            built
                .warnings
                .iter()
                .any(|w| w.code == "support_fee_without_tier")
        );
    }
}
