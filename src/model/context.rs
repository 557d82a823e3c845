//! The per-period quantities every module needs, computed once from the scenario: active users,
//! paid seats, contacts, the inflation index and each role's loaded hourly rate.

use crate::arith::Num;

use crate::error::ScenarioError;
use crate::finance::escalation;
use crate::inputs::{Field, Fixed, Inputs, MAX_PERIODS, RatePart};
use crate::scenario::{SeatLicensing, hourly_rate};
use crate::taxonomy::Role;

/// Precomputed values for periods `0..=horizon` (index = period), in the number type `N` of the
/// run (`Decimal` for the ledger, `f64` for a trial). Fixed-size arrays: building a context
/// allocates nothing.
#[derive(Clone, Debug)]
pub(crate) struct Context<N: Num> {
    /// Number of periods: horizon + 1.
    pub periods: usize,
    /// Active users: users × (1 + growth)^(t−1); period 0 = users at the start. Fractional.
    pub users: [N; MAX_PERIODS],
    /// Seats needed: ceil(users) (named) or ceil(users × concurrency ratio) (concurrent).
    pub seats: [N; MAX_PERIODS],
    /// Contacts: contacts × (1 + contact growth)^(t−1), rounded to a whole number.
    pub contacts: [N; MAX_PERIODS],
    /// Inflation index: (1 + inflation)^(t−1); 1 in period 0.
    pub index: [N; MAX_PERIODS],
    /// Loaded hourly rate at today's prices, by role (in `Role::ALL` order).
    base_rates: [Option<N>; 5],
}

impl<N: Num> Context<N> {
    /// Computes the context; fails only if a value does not fit in a `Decimal`.
    pub fn new(inputs: &impl Inputs<N>) -> Result<Self, ScenarioError> {
        let scenario = inputs.scenario();
        let periods = scenario.horizon.years().saturating_add(1).min(MAX_PERIODS);
        let pricing = &scenario.pricing;
        let users_0 = inputs.fixed(Fixed::Users);
        let growth = inputs.fixed(Fixed::UserGrowth);
        let concurrency = inputs.fixed(Fixed::ConcurrencyRatio);
        let contacts_0 = inputs.fixed(Fixed::Contacts);
        let contact_growth = inputs.fixed(Fixed::ContactGrowth);
        let inflation = inputs.fixed(Fixed::Inflation);
        let mut context = Self {
            periods,
            users: [N::ZERO; MAX_PERIODS],
            seats: [N::ZERO; MAX_PERIODS],
            contacts: [N::ZERO; MAX_PERIODS],
            index: [N::ZERO; MAX_PERIODS],
            base_rates: Role::ALL.map(|role| {
                let rate = |part| inputs.get(Field::Rate(role, part));
                hourly_rate(
                    scenario.organisation.rates.get(role).basis,
                    rate(RatePart::Hourly),
                    rate(RatePart::AnnualSalary),
                    rate(RatePart::Loading),
                )
            }),
        };
        for t in 0..periods {
            let u = escalation(growth, t)
                .and_then(|g| users_0.mul_or_none(g))
                .ok_or_else(|| ScenarioError::too_large("organisation.users"))?;
            let needed = match pricing.seat_licensing {
                SeatLicensing::Named => Some(u),
                SeatLicensing::Concurrent => u.mul_or_none(concurrency),
            }
            .ok_or_else(|| ScenarioError::too_large("pricing.concurrency_ratio"))?;
            let c = escalation(contact_growth, t)
                .and_then(|g| contacts_0.mul_or_none(g))
                .ok_or_else(|| ScenarioError::too_large("pricing.contacts"))?;
            let i = escalation(inflation, t)
                .ok_or_else(|| ScenarioError::too_large("finance.inflation"))?;
            let slots = (
                context.users.get_mut(t),
                context.seats.get_mut(t),
                context.contacts.get_mut(t),
                context.index.get_mut(t),
            );
            if let (Some(users), Some(seats), Some(contacts), Some(index)) = slots {
                *users = u;
                *seats = needed.ceil();
                *contacts = c.round_half_even();
                *index = i;
            }
        }
        Ok(context)
    }

    /// The loaded hourly rate of `role` in period `t` (today's rate × inflation index).
    pub fn rate(&self, role: Role, t: usize) -> Option<N> {
        let base = (*self.base_rates.get(role_index(role))?)?;
        base.mul_or_none(*self.index.get(t)?)
    }

    /// The value at period `t` of a list built by this context (0 when out of range).
    pub fn at(list: &[N], t: usize) -> N {
        list.get(t).copied().unwrap_or(N::ZERO)
    }

    /// A fee escalated by inflation to period `t`: fee × (1 + inflation)^(t−1).
    pub fn escalate(&self, fee: N, t: usize) -> Option<N> {
        fee.mul_or_none(*self.index.get(t)?)
    }
}

fn role_index(role: Role) -> usize {
    match role {
        Role::Sales => 0,
        Role::It => 1,
        Role::Admin => 2,
        Role::Management => 3,
        Role::Trainer => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::Exact;
    use crate::scenario::{RateBasis, Scenario};
    use crate::test_support::d;
    use crate::units::{Count, Factor, Growth, Money, Percent};

    #[test]
    fn role_index_follows_role_all() {
        for (i, role) in Role::ALL.into_iter().enumerate() {
            assert_eq!(role_index(role), i);
        }
    }

    #[test]
    fn concurrent_seats_round_up() {
        // 15 users × 40 % concurrency = 6 seats; year 2 with 10 % growth: 16.5 users × 0.4 =
        // 6.6 → 7 seats.
        let mut s = Scenario::default();
        s.organisation.users = Count::try_from(15u64).unwrap();
        s.organisation.user_growth = Growth::try_from(d("0.10")).unwrap();
        s.pricing.seat_licensing = SeatLicensing::Concurrent;
        s.pricing.concurrency_ratio = Percent::try_from(d("0.4")).unwrap();
        let ctx = Context::new(&Exact(&s)).unwrap();
        assert_eq!(ctx.users[1], d("15"));
        assert_eq!(ctx.users[2], d("16.5"));
        assert_eq!(ctx.seats[1], d("6"));
        assert_eq!(ctx.seats[2], d("7"));
    }

    #[test]
    fn rate_from_salary_and_escalation() {
        // 70,000 / 2,080 × 1.3 = 43.75 an hour; with 2 % inflation year 3 = 43.75 × 1.02² =
        // 45.5175.
        let mut s = Scenario::default();
        s.organisation.rates.sales.basis = RateBasis::Salary;
        s.organisation.rates.sales.annual_salary = Money::try_from(d("70000")).unwrap();
        s.organisation.rates.sales.loading = Factor::try_from(d("1.3")).unwrap();
        s.finance.inflation = Percent::try_from(d("0.02")).unwrap();
        let ctx = Context::new(&Exact(&s)).unwrap();
        assert_eq!(ctx.rate(Role::Sales, 0), Some(d("43.75")));
        assert_eq!(ctx.rate(Role::Sales, 1), Some(d("43.75")));
        assert_eq!(ctx.rate(Role::Sales, 3), Some(d("45.5175")));
    }
}
