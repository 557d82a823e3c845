//! What the CRM brings back [C]: revenue growth counted as margin, hours saved turned into
//! productive time by a correction factor, tools retired — the first two ramped by adoption
//! ([B]: a CRM nobody uses returns nothing).

use crate::arith::Num;
use crate::context::Context;
use crate::error::ScenarioError;
use crate::inputs::{Field, Fixed, Inputs};
use crate::ledger::{Builder, Names, Sink, Tags};
use crate::scenario::Benefits;
use crate::taxonomy::{Category, LineKind, Phase, Quadrant, Role};

/// Adoption in year t ≥ 1: the t-th entry, the last one for later years, 100 % when empty.
pub(crate) fn adoption<N: Num>(benefits: &Benefits, inputs: &impl Inputs<N>, t: usize) -> N {
    let entries = benefits.adoption.len();
    if entries == 0 {
        return N::ONE;
    }
    let i = t.saturating_sub(1).min(entries.saturating_sub(1));
    inputs.get(Field::Adoption(i))
}

fn benefit(
    id: &'static str,
    label: &'static str,
    field: &'static str,
    category: Category,
    quadrant: Quadrant,
) -> Tags<'static> {
    Tags {
        names: Names::Static { id, label, field },
        kind: LineKind::Benefit,
        category,
        quadrant,
        phase: Phase::Operation,
    }
}

/// Adds the benefit lines (years 1..=horizon).
pub(crate) fn add_lines<N: Num, I: Inputs<N>, S: Sink<N>>(
    b: &mut Builder<'_, N, I, S>,
) -> Result<(), ScenarioError> {
    let benefits = &b.scenario().benefits;
    let inputs = b.inputs;
    let margin = b
        .input(Fixed::RevenueUpliftPerYear)
        .mul_or_none(b.input(Fixed::GrossMargin));
    b.yearly(
        benefit(
            "benefits.revenue",
            "More revenue (gross margin)",
            "benefits.revenue_uplift_per_year",
            Category::InternalTime,
            Quadrant::TransparentMoney,
        ),
        |_, t| margin?.mul_or_none(adoption(benefits, inputs, t)),
    )?;
    let hours_per_user = b
        .input(Fixed::HoursSavedPerUserPerWeek)
        .mul_or_none(b.input(Fixed::WorkingWeeksPerYear))
        .and_then(|h| h.mul_or_none(b.input(Fixed::ProductivityCorrection)));
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
                .mul_or_none(adoption(benefits, inputs, t))
        },
    )?;
    let retired = b.input(Fixed::RetiredToolsPerYear);
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
    use crate::inputs::Exact;
    use crate::test_support::{amounts, d, pct};

    use crate::scenario::{RateBasis, Scenario};
    use crate::units::{Count, Growth, Hours, Money, Percent, Weeks};

    #[test]
    fn adoption_repeats_the_last_value() {
        let mut s = Scenario::default(); // 50 %, 80 %, 100 %
        let b = &s.benefits;
        assert_eq!(adoption(b, &Exact(&s), 1), d("0.5"));
        assert_eq!(adoption(b, &Exact(&s), 2), d("0.8"));
        assert_eq!(adoption(b, &Exact(&s), 7), d("1"));
        s.benefits.adoption.clear();
        assert_eq!(adoption(&s.benefits, &Exact(&s), 1), d("1"));
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
