//! What each deployment model adds besides the subscription ([C], domain §5): the perpetual
//! licence and its top-ups (on-premise), hardware bought, refreshed or leased, hosting and
//! facilities, training IT staff (every model you run yourself), in-house development
//! (self-built) and set-up plus support contract (open source).
//!
//! IT upkeep hours and licence maintenance are yearly running costs and live in `operations.rs`.

use rust_decimal::Decimal;

use crate::arith::Num;
use crate::context::Context;
use crate::error::ScenarioError;
use crate::inputs::{Fixed, Inputs};
use crate::ledger::{Builder, Sink, cost};
use crate::scenario::{DeploymentModel, HardwareMode};
use crate::taxonomy::{Category, Phase, Quadrant, Role};

const MONTHS: Decimal = Decimal::from_parts(12, 0, 0, false, 0);

/// Adds the lines of the chosen deployment model.
pub(crate) fn add_lines<N: Num, I: Inputs<N>, S: Sink<N>>(
    b: &mut Builder<'_, N, I, S>,
) -> Result<(), ScenarioError> {
    let model = b.scenario().deployment.model;
    if model == DeploymentModel::OnPremise {
        add_licence(b)?;
    }
    if model.has_infrastructure() {
        add_infrastructure(b)?;
    }
    match model {
        DeploymentModel::SelfBuilt => add_self_built(b),
        DeploymentModel::OpenSource => add_open_source(b),
        DeploymentModel::Saas | DeploymentModel::OnPremise | DeploymentModel::Hybrid => Ok(()),
    }
}

/// The most seats held in any period up to and including `t`.
pub(crate) fn peak_seats<N: Num>(ctx: &Context<N>, t: usize) -> N {
    ctx.seats
        .iter()
        .take(t.saturating_add(1).min(ctx.periods))
        .copied()
        .fold(N::ZERO, N::larger)
}

/// Perpetual licence: seats and a flat part bought up front; more seats bought when the peak
/// grows ([B]: adding users is a hidden fee). Not escalated by inflation.
fn add_licence<N: Num, I: Inputs<N>, S: Sink<N>>(
    b: &mut Builder<'_, N, I, S>,
) -> Result<(), ScenarioError> {
    let per_seat = b.input(Fixed::LicencePerSeat);
    let seats_at_start = Context::at(&b.ctx.seats, 0);
    b.one_time(
        cost(
            "licence.seats",
            "Licence: seats",
            "deployment.on_premise.licence_per_seat",
            Category::SubscriptionLicence,
            Quadrant::TransparentMoney,
            Phase::Selection,
        ),
        seats_at_start.mul_or_none(per_seat),
    )?;
    b.one_time(
        cost(
            "licence.flat",
            "Licence: server or company licence",
            "deployment.on_premise.licence_flat",
            Category::SubscriptionLicence,
            Quadrant::TransparentMoney,
            Phase::Selection,
        ),
        Some(b.input(Fixed::LicenceFlat)),
    )?;
    b.yearly(
        cost(
            "licence.additional_seats",
            "Licence: seats for new users",
            "deployment.on_premise.licence_per_seat",
            Category::SubscriptionLicence,
            Quadrant::HiddenMoney,
            Phase::Operation,
        ),
        |ctx, t| {
            let added = peak_seats(ctx, t).sub_or_none(peak_seats(ctx, t.checked_sub(1)?))?;
            added.mul_or_none(per_seat)
        },
    )
}

/// Hardware, hosting and facilities, and IT staff training [C].
fn add_infrastructure<N: Num, I: Inputs<N>, S: Sink<N>>(
    b: &mut Builder<'_, N, I, S>,
) -> Result<(), ScenarioError> {
    let infra = &b.scenario().deployment.infrastructure;
    match infra.hardware {
        HardwareMode::Buy => {
            let purchase = b.input(Fixed::HardwarePurchase);
            b.one_time(
                cost(
                    "infrastructure.hardware",
                    "Hardware purchase",
                    "deployment.infrastructure.hardware_purchase",
                    Category::MaintenanceSupport,
                    Quadrant::TransparentMoney,
                    Phase::Implementation,
                ),
                Some(purchase),
            )?;
            let every = usize::from(infra.hardware_refresh_years);
            b.yearly(
                cost(
                    "infrastructure.hardware_refresh",
                    "Hardware refresh",
                    "deployment.infrastructure.hardware_refresh_years",
                    Category::UpgradesExpansion,
                    Quadrant::HiddenMoney,
                    Phase::Operation,
                ),
                |ctx, t| {
                    if t > 0 && t.checked_rem(every) == Some(0) {
                        ctx.escalate(purchase, t)
                    } else {
                        Some(N::ZERO)
                    }
                },
            )?;
        }
        HardwareMode::Lease => {
            let lease = b.input(Fixed::HardwareLeasePerMonth);
            b.yearly(
                cost(
                    "infrastructure.lease",
                    "Hardware lease",
                    "deployment.infrastructure.hardware_lease_per_month",
                    Category::MaintenanceSupport,
                    Quadrant::TransparentMoney,
                    Phase::Operation,
                ),
                |ctx, t| ctx.escalate(lease.mul_or_none(N::from_decimal(MONTHS))?, t),
            )?;
        }
    }
    let hosting = b.input(Fixed::HostingPerYear);
    b.yearly(
        cost(
            "infrastructure.hosting",
            "Hosting, facilities and utilities",
            "deployment.infrastructure.hosting_per_year",
            Category::MaintenanceSupport,
            Quadrant::HiddenMoney,
            Phase::Operation,
        ),
        |ctx, t| ctx.escalate(hosting, t),
    )?;
    b.one_time(
        cost(
            "infrastructure.it_staff_training",
            "Training IT staff on the new technology",
            "deployment.infrastructure.it_staff_training",
            Category::Implementation,
            Quadrant::HiddenMoney,
            Phase::Training,
        ),
        Some(b.input(Fixed::ItStaffTraining)),
    )
}

/// In-house development: outside fee, IT development and testing hours, yearly operations.
fn add_self_built<N: Num, I: Inputs<N>, S: Sink<N>>(
    b: &mut Builder<'_, N, I, S>,
) -> Result<(), ScenarioError> {
    let it_rate = b.ctx.rate(Role::It, 0);
    b.one_time(
        cost(
            "self_built.development_fee",
            "Development by an outside firm",
            "deployment.self_built.development_fee",
            Category::CustomDevelopment,
            Quadrant::TransparentMoney,
            Phase::Implementation,
        ),
        Some(b.input(Fixed::DevelopmentFee)),
    )?;
    let development_hours = b.input(Fixed::DevelopmentHours);
    b.one_time(
        cost(
            "self_built.development_time",
            "Development: IT hours",
            "deployment.self_built.development_hours",
            Category::CustomDevelopment,
            Quadrant::TransparentTime,
            Phase::Implementation,
        ),
        it_rate.and_then(|r| r.mul_or_none(development_hours)),
    )?;
    let testing_hours = b.input(Fixed::TestingHours);
    b.one_time(
        cost(
            "self_built.testing_time",
            "Testing: IT hours",
            "deployment.self_built.testing_hours",
            Category::CustomDevelopment,
            Quadrant::TransparentTime,
            Phase::Implementation,
        ),
        it_rate.and_then(|r| r.mul_or_none(testing_hours)),
    )?;
    let operations = b.input(Fixed::SelfBuiltOperationsPerYear);
    b.yearly(
        cost(
            "self_built.operations",
            "Running and maintaining the software",
            "deployment.self_built.operations_per_year",
            Category::MaintenanceSupport,
            Quadrant::TransparentMoney,
            Phase::Operation,
        ),
        |ctx, t| ctx.escalate(operations, t),
    )
}

/// Open source: IT set-up hours and a yearly support contract (the licence is free).
fn add_open_source<N: Num, I: Inputs<N>, S: Sink<N>>(
    b: &mut Builder<'_, N, I, S>,
) -> Result<(), ScenarioError> {
    let setup_hours = b.input(Fixed::SetupHours);
    b.one_time(
        cost(
            "open_source.setup_time",
            "Installation and set-up: IT hours",
            "deployment.open_source.setup_hours",
            Category::Implementation,
            Quadrant::TransparentTime,
            Phase::Implementation,
        ),
        b.ctx
            .rate(Role::It, 0)
            .and_then(|r| r.mul_or_none(setup_hours)),
    )?;
    let contract = b.input(Fixed::SupportContractPerYear);
    b.yearly(
        cost(
            "open_source.support_contract",
            "Support contract",
            "deployment.open_source.support_contract_per_year",
            Category::MaintenanceSupport,
            Quadrant::TransparentMoney,
            Phase::Operation,
        ),
        |ctx, t| ctx.escalate(contract, t),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate::ledger;
    use crate::scenario::Scenario;
    use crate::test_support::{amounts, d, money};
    use crate::units::{Count, Growth, Percent};

    fn on_premise() -> Scenario {
        let mut s = Scenario::default();
        s.deployment.model = DeploymentModel::OnPremise;
        s.organisation.users = Count::try_from(10u64).unwrap();
        s.organisation.user_growth = Growth::try_from(d("0.10")).unwrap();
        s.deployment.on_premise.licence_per_seat = money("1000");
        s.deployment.on_premise.licence_flat = money("5000");
        s
    }

    #[test]
    fn licence_up_front_then_top_ups_as_users_grow() {
        // 10 users growing 10 %: 10, 10, 11, 12.1, 13.31, 14.641 → seats 10, 10, 11, 13, 14, 15.
        // Up front 10 × 1,000 + 5,000; then 1, 2, 1, 1 new seats × 1,000.
        let s = on_premise();
        assert_eq!(amounts(&s, "licence.seats")[0], d("10000"));
        assert_eq!(amounts(&s, "licence.flat")[0], d("5000"));
        assert_eq!(
            amounts(&s, "licence.additional_seats"),
            [d("0"), d("0"), d("1000"), d("2000"), d("1000"), d("1000")]
        );
    }

    #[test]
    fn hardware_bought_and_refreshed_with_inflation() {
        // $20,000 bought up front, refreshed every 2 years at 3 % inflation: year 2 =
        // 20,000 × 1.03 = 20,600; year 4 = 20,000 × 1.03³ = 21,854.54.
        let mut s = on_premise();
        s.deployment.infrastructure.hardware_purchase = money("20000");
        s.deployment.infrastructure.hardware_refresh_years = 2;
        s.finance.inflation = Percent::try_from(d("0.03")).unwrap();
        assert_eq!(amounts(&s, "infrastructure.hardware")[0], d("20000"));
        assert_eq!(
            amounts(&s, "infrastructure.hardware_refresh"),
            [d("0"), d("0"), d("20600"), d("0"), d("21854.54"), d("0")]
        );
    }

    #[test]
    fn leased_hardware_and_hosting() {
        let mut s = on_premise();
        s.deployment.infrastructure.hardware = HardwareMode::Lease;
        s.deployment.infrastructure.hardware_lease_per_month = money("250");
        s.deployment.infrastructure.hosting_per_year = money("4000");
        assert_eq!(amounts(&s, "infrastructure.lease")[1], d("3000"));
        assert_eq!(amounts(&s, "infrastructure.hosting")[1], d("4000"));
        assert!(amounts(&s, "infrastructure.hardware").is_empty());
    }

    #[test]
    fn saas_has_no_infrastructure() {
        let mut s = Scenario::default();
        s.deployment.infrastructure.hosting_per_year = money("4000");
        assert!(
            ledger(&s)
                .unwrap()
                .iter()
                .all(|l| !l.id.starts_with("infrastructure."))
        );
    }

    #[test]
    fn self_built_and_open_source() {
        // IT rate in the default template: 90,000 / 2,080 × 1.3 = 56.25 an hour.
        let mut s = Scenario::default();
        s.deployment.model = DeploymentModel::SelfBuilt;
        s.deployment.self_built.development_hours =
            crate::units::Hours::try_from(d("100")).unwrap();
        s.deployment.self_built.operations_per_year = money("12000");
        assert_eq!(amounts(&s, "self_built.development_time")[0], d("5625"));
        assert_eq!(amounts(&s, "self_built.operations")[1], d("12000"));
        s.deployment.model = DeploymentModel::OpenSource;
        s.deployment.open_source.setup_hours = crate::units::Hours::try_from(d("40")).unwrap();
        assert_eq!(amounts(&s, "open_source.setup_time")[0], d("2250"));
        assert!(amounts(&s, "self_built.operations").is_empty());
    }
}
