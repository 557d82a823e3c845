//! The per-period quantities every module needs, computed once from the scenario: active users,
//! paid seats, contacts, the inflation index and each role's loaded hourly rate.

use crate::arith::CheckedDecimal;
use rust_decimal::Decimal;

use crate::error::ScenarioError;
use crate::finance::escalation;
use crate::scenario::{Scenario, SeatLicensing};
use crate::taxonomy::Role;

/// Precomputed values for periods `0..=horizon` (index = period).
#[derive(Clone, Debug)]
pub(crate) struct Context<'a> {
    /// The scenario.
    pub scenario: &'a Scenario,
    /// Number of periods: horizon + 1.
    pub periods: usize,
    /// Active users: users × (1 + growth)^(t−1); period 0 = users at the start. Fractional.
    pub users: Vec<Decimal>,
    /// Seats needed: ceil(users) (named) or ceil(users × concurrency ratio) (concurrent).
    pub seats: Vec<Decimal>,
    /// Contacts: contacts × (1 + contact growth)^(t−1), rounded to a whole number.
    pub contacts: Vec<Decimal>,
    /// Inflation index: (1 + inflation)^(t−1); 1 in period 0.
    pub index: Vec<Decimal>,
    /// Loaded hourly rate at today's prices, by role (in `Role::ALL` order).
    base_rates: [Option<Decimal>; 5],
}

impl<'a> Context<'a> {
    /// Computes the context; fails only if a value does not fit in a `Decimal`.
    pub fn new(scenario: &'a Scenario) -> Result<Self, ScenarioError> {
        let periods = scenario.horizon.years().saturating_add(1);
        let org = &scenario.organisation;
        let pricing = &scenario.pricing;
        let mut users = Vec::with_capacity(periods);
        let mut seats = Vec::with_capacity(periods);
        let mut contacts = Vec::with_capacity(periods);
        let mut index = Vec::with_capacity(periods);
        for t in 0..periods {
            let u = escalation(org.user_growth.get(), t)
                .and_then(|g| org.users.decimal().mul_or_none(g))
                .ok_or_else(|| ScenarioError::too_large("organisation.users"))?;
            let needed = match pricing.seat_licensing {
                SeatLicensing::Named => Some(u),
                SeatLicensing::Concurrent => u.mul_or_none(pricing.concurrency_ratio.get()),
            }
            .ok_or_else(|| ScenarioError::too_large("pricing.concurrency_ratio"))?;
            let c = escalation(pricing.contact_growth.get(), t)
                .and_then(|g| pricing.contacts.decimal().mul_or_none(g))
                .ok_or_else(|| ScenarioError::too_large("pricing.contacts"))?;
            let i = escalation(scenario.finance.inflation.get(), t)
                .ok_or_else(|| ScenarioError::too_large("finance.inflation"))?;
            users.push(u);
            seats.push(needed.ceil());
            contacts.push(c.round());
            index.push(i);
        }
        let base_rates = Role::ALL.map(|role| org.rates.get(role).checked_hourly_rate());
        Ok(Self {
            scenario,
            periods,
            users,
            seats,
            contacts,
            index,
            base_rates,
        })
    }

    /// The loaded hourly rate of `role` in period `t` (today's rate × inflation index).
    pub fn rate(&self, role: Role, t: usize) -> Option<Decimal> {
        let base = (*self.base_rates.get(role_index(role))?)?;
        base.mul_or_none(*self.index.get(t)?)
    }

    /// The value at period `t` of a list built by this context (0 when out of range).
    pub fn at(list: &[Decimal], t: usize) -> Decimal {
        list.get(t).copied().unwrap_or(Decimal::ZERO)
    }

    /// A fee escalated by inflation to period `t`: fee × (1 + inflation)^(t−1).
    pub fn escalate(&self, fee: Decimal, t: usize) -> Option<Decimal> {
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
    use crate::scenario::RateBasis;
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
        let ctx = Context::new(&s).unwrap();
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
        let ctx = Context::new(&s).unwrap();
        assert_eq!(ctx.rate(Role::Sales, 0), Some(d("43.75")));
        assert_eq!(ctx.rate(Role::Sales, 1), Some(d("43.75")));
        assert_eq!(ctx.rate(Role::Sales, 3), Some(d("45.5175")));
    }
}
