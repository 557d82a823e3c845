//! Training [A]: the initial round before go-live (coordination hours, an hour or more per
//! user, on-site consultant visits) and ongoing training of new hires and newly added users,
//! plus outside training fees after go-live.

use crate::arith::Num;
use crate::context::Context;
use crate::error::ScenarioError;
use crate::inputs::{Fixed, Inputs};
use crate::ledger::{Builder, Sink, cost};
use crate::taxonomy::{Category, Phase, Quadrant, Role};

/// People to train in year t ≥ 1: users_t × turnover + max(0, users_t − users_{t−1}).
pub(crate) fn trainees<N: Num>(ctx: &Context<N>, turnover: N, t: usize) -> Option<N> {
    let users = Context::at(&ctx.users, t);
    let before = Context::at(&ctx.users, t.checked_sub(1)?);
    let added = users.sub_or_none(before)?.larger(N::ZERO);
    users.mul_or_none(turnover)?.add_or_none(added)
}

/// Adds the training lines.
pub(crate) fn add_lines<N: Num, I: Inputs<N>, S: Sink<N>>(
    b: &mut Builder<'_, N, I, S>,
) -> Result<(), ScenarioError> {
    let users_at_start = Context::at(&b.ctx.users, 0);
    let coordination_hours = b.input(Fixed::CoordinationHours);
    let coordination = b
        .ctx
        .rate(Role::Admin, 0)
        .and_then(|r| r.mul_or_none(coordination_hours));
    b.one_time(
        cost(
            "training.initial.coordination",
            "Initial training: internal coordination",
            "training.coordination_hours",
            Category::Implementation,
            Quadrant::TransparentTime,
            Phase::Training,
        ),
        coordination,
    )?;
    let per_user = b.input(Fixed::HoursPerUser);
    let users_time = b
        .ctx
        .rate(Role::Sales, 0)
        .and_then(|r| r.mul_or_none(per_user)?.mul_or_none(users_at_start));
    b.one_time(
        cost(
            "training.initial.users",
            "Initial training: users' hours",
            "training.hours_per_user",
            Category::Implementation,
            Quadrant::TransparentTime,
            Phase::Training,
        ),
        users_time,
    )?;
    let visits = b
        .input(Fixed::OnsiteVisits)
        .mul_or_none(b.input(Fixed::VisitFee));
    b.one_time(
        cost(
            "training.initial.visits",
            "Initial training: on-site consultant visits",
            "training.visit_fee",
            Category::Implementation,
            Quadrant::TransparentMoney,
            Phase::Training,
        ),
        visits,
    )?;
    let turnover = b.input(Fixed::NewHireTurnover);
    b.yearly(
        cost(
            "training.ongoing.new_hires",
            "Training new hires and new users",
            "training.new_hire_turnover",
            Category::OngoingTrainingUserAdmin,
            Quadrant::HiddenTime,
            Phase::Operation,
        ),
        |ctx, t| {
            trainees(ctx, turnover, t)?
                .mul_or_none(per_user)?
                .mul_or_none(ctx.rate(Role::Sales, t)?)
        },
    )?;
    let fee = b.input(Fixed::OngoingTrainingFeePerYear);
    b.yearly(
        cost(
            "training.ongoing.fee",
            "Outside training after go-live",
            "training.ongoing_fee_per_year",
            Category::OngoingTrainingUserAdmin,
            Quadrant::HiddenMoney,
            Phase::Operation,
        ),
        |ctx, t| ctx.escalate(fee, t),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{amounts, d};

    use crate::scenario::{RateBasis, Scenario};
    use crate::units::{Count, Growth, Hours, Money, Percent};

    fn fifteen_users_at_40_an_hour() -> Scenario {
        let mut s = Scenario::default();
        s.organisation.users = Count::try_from(15u64).unwrap();
        s.organisation.user_growth = Growth::ZERO;
        for role in Role::ALL {
            let rate = s.organisation.rates.get_mut(role);
            rate.basis = RateBasis::Hourly;
            rate.hourly = Money::try_from(d("40")).unwrap();
        }
        s
    }

    #[test]
    fn initial_training_for_15_users_under_rule_a() {
        // [A]: 8 h coordination + 1 h per user + $1,500 per on-site visit. At $40 an hour:
        // 8 × 40 = 320; 15 × 1 × 40 = 600; 2 visits × 1,500 = 3,000.
        let mut s = fifteen_users_at_40_an_hour();
        s.training.coordination_hours = Hours::try_from(d("8")).unwrap();
        s.training.hours_per_user = Hours::try_from(d("1")).unwrap();
        s.training.onsite_visits = Count::try_from(2u64).unwrap();
        s.training.visit_fee = Money::try_from(d("1500")).unwrap();
        assert_eq!(amounts(&s, "training.initial.coordination")[0], d("320"));
        assert_eq!(amounts(&s, "training.initial.users")[0], d("600"));
        assert_eq!(amounts(&s, "training.initial.visits")[0], d("3000"));
    }

    #[test]
    fn new_hires_from_turnover_and_growth() {
        // 15 users, 20 % growth, 10 % turnover, 2 h each at $40:
        // year 1: 15 × 0.1 + 0 = 1.5 trainees → 120; year 2: 18 users → 1.8 + 3 = 4.8 → 384.
        let mut s = fifteen_users_at_40_an_hour();
        s.organisation.user_growth = Growth::try_from(d("0.2")).unwrap();
        s.training.new_hire_turnover = Percent::try_from(d("0.1")).unwrap();
        s.training.hours_per_user = Hours::try_from(d("2")).unwrap();
        let a = amounts(&s, "training.ongoing.new_hires");
        assert_eq!(a[0], d("0"));
        assert_eq!(a[1], d("120"));
        assert_eq!(a[2], d("384"));
    }
}
