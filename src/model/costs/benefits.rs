//! What the CRM brings back [C]: revenue growth counted as margin, hours saved turned into
//! productive time by a correction factor, tools retired — the first two ramped by adoption
//! ([B]: a CRM nobody uses returns nothing).

use crate::arith::CheckedDecimal;
use rust_decimal::Decimal;

use crate::context::Context;
use crate::error::ScenarioError;
use crate::ledger::{Builder, Tags};
use crate::scenario::Benefits;
use crate::taxonomy::{Category, LineKind, Phase, Quadrant, Role};

/// Adoption in year t ≥ 1: the t-th entry, the last one for later years, 100 % when empty.
pub(crate) fn adoption(benefits: &Benefits, t: usize) -> Decimal {
    benefits
        .adoption
        .get(t.saturating_sub(1))
        .or(benefits.adoption.last())
        .map_or(Decimal::ONE, |p| p.get())
}

fn benefit(id: &str, label: &str, field: &str, category: Category, quadrant: Quadrant) -> Tags {
    Tags {
        id: id.to_owned(),
        label: label.to_owned(),
        field: field.to_owned(),
        kind: LineKind::Benefit,
        category,
        quadrant,
        phase: Phase::Operation,
    }
}

/// Adds the benefit lines (years 1..=horizon).
pub(crate) fn add_lines(b: &mut Builder<'_>) -> Result<(), ScenarioError> {
    let benefits = &b.scenario().benefits;
    let margin = benefits
        .revenue_uplift_per_year
        .get()
        .mul_or_none(benefits.gross_margin.get());
    b.yearly(
        benefit(
            "benefits.revenue",
            "More revenue (gross margin)",
            "benefits.revenue_uplift_per_year",
            Category::InternalTime,
            Quadrant::TransparentMoney,
        ),
        |_, t| margin?.mul_or_none(adoption(benefits, t)),
    )?;
    let hours_per_user = benefits
        .hours_saved_per_user_per_week
        .get()
        .mul_or_none(benefits.working_weeks_per_year.get())
        .and_then(|h| h.mul_or_none(benefits.productivity_correction.get()));
    b.yearly(
        benefit(
            "benefits.time_saved",
            "Time saved, productively used",
            "benefits.hours_saved_per_user_per_week",
            Category::InternalTime,
            Quadrant::TransparentTime,
        ),
        |ctx, t| {
            hours_per_user?
                .mul_or_none(Context::at(&ctx.users, t))?
                .mul_or_none(ctx.rate(Role::Sales, t)?)?
                .mul_or_none(adoption(benefits, t))
        },
    )?;
    let retired = benefits.retired_tools_per_year.get();
    b.yearly(
        benefit(
            "benefits.retired_tools",
            "Tools no longer paid for",
            "benefits.retired_tools_per_year",
            Category::SubscriptionLicence,
            Quadrant::TransparentMoney,
        ),
        |ctx, t| ctx.escalate(retired, t),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{amounts, d, pct};

    use crate::scenario::{RateBasis, Scenario};
    use crate::units::{Count, Growth, Hours, Money, Percent, Weeks};

    #[test]
    fn adoption_repeats_the_last_value() {
        let mut b = Benefits::default(); // 50 %, 80 %, 100 %
        assert_eq!(adoption(&b, 1), d("0.5"));
        assert_eq!(adoption(&b, 2), d("0.8"));
        assert_eq!(adoption(&b, 7), d("1"));
        b.adoption.clear();
        assert_eq!(adoption(&b, 1), d("1"));
    }

    #[test]
    fn revenue_counts_margin_ramped_by_adoption() {
        // 100,000 × 30 % margin × 50 % adoption = 15,000 in year 1; 24,000 in year 2.
        let mut s = Scenario::default();
        s.benefits.revenue_uplift_per_year = Money::try_from(d("100000")).unwrap();
        s.benefits.gross_margin = pct("0.3");
        let a = amounts(&s, "benefits.revenue");
        assert_eq!(a[0], d("0"));
        assert_eq!(a[1], d("15000"));
        assert_eq!(a[2], d("24000"));
    }

    #[test]
    fn time_saved_with_productivity_correction() {
        // 10 users × 2 h/week × 46 weeks × 50 % × $40 × 100 % adoption = $18,400.
        let mut s = Scenario::default();
        s.organisation.users = Count::try_from(10u64).unwrap();
        s.organisation.user_growth = Growth::ZERO;
        s.organisation.rates.sales.basis = RateBasis::Hourly;
        s.organisation.rates.sales.hourly = Money::try_from(d("40")).unwrap();
        s.benefits.hours_saved_per_user_per_week = Hours::try_from(d("2")).unwrap();
        s.benefits.working_weeks_per_year = Weeks::try_from(d("46")).unwrap();
        s.benefits.productivity_correction = pct("0.5");
        s.benefits.adoption = vec![Percent::ONE];
        assert_eq!(amounts(&s, "benefits.time_saved")[1], d("18400"));
    }
}
