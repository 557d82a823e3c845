//! Sourced default ranges for the classic overruns ("add typical ranges", one click), and the
//! hook that widens an input's range when a checklist question about it is answered "Don't
//! know".
//!
//! Each typical range keeps the scenario's own value as the likely value and says where its
//! width comes from. Where a source gives numbers ([B]: implementation fee $1,200–$5,000,
//! renewal uplift 4–8 %, overtime at 1.5–2 ×) they are used, widened if needed to include the
//! scenario's value; where a source gives only the direction ([B]: data work "usually takes
//! longer than people think"; [A]: half of implementations missed expectations) the width is
//! a TrueCost judgement, and the rationale says so.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::arith::CheckedDecimal;
use crate::assumptions::Source;
use crate::inputs::{Field, Fixed};
use crate::scenario::{Activity, ConsultingMode, Range, Scenario};
use crate::taxonomy::Role;

/// A suggested range for one input, with where it comes from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TypicalRange {
    /// The input's field path.
    pub field: String,
    /// The range (PERT; the likely value is the field's own).
    pub range: Range,
    /// The sources behind it.
    pub sources: Vec<Source>,
    /// Why this width, in one line of English.
    pub rationale: &'static str,
}

const IMPLEMENTATION_FEE: &str = "[B]: implementation fees run from $1,200 to $5,000; widened \
    to include this scenario's own value.";
const DATA_HOURS: &str = "[B]: data cleansing and migration usually take longer than people \
    think; skewed high, from 20 % less to twice the plan (a TrueCost judgement on [B]'s \
    direction).";
const OVERTIME_SHARE: &str = "[B]: vendor staff overtime is a hidden fee; from none to three \
    times the planned share (at least 25 %) — a TrueCost judgement.";
const OVERTIME_RATE: &str = "[B]: overtime is billed at 1.5 to 2 times the normal rate.";
const ADOPTION: &str = "[A]: about half of CRM implementations missed expectations; [B]: a CRM \
    nobody uses returns nothing. Down to half the planned adoption, up to 10 % more (a \
    TrueCost judgement).";
const REVENUE: &str = "[C] lists revenue growth as a benefit; [A]: about half of \
    implementations missed expectations. From half the planned uplift to 20 % more (a \
    TrueCost judgement).";
const HOURS_SAVED: &str = "[C]: hours saved are not hours worked; [A]: about half of \
    implementations missed expectations. From half the planned saving to 25 % more (a \
    TrueCost judgement).";
const RENEWAL: &str = "[B]: renewal uplifts of 4–8 % a year are seen in real contracts \
    (SugarCRM 8/6/4 %, Salesforce 7 %).";

/// `value × factor` (exact for the short factors used here; `value` when it does not fit).
fn times(value: Decimal, factor: Decimal) -> Decimal {
    value.mul_or_none(factor).unwrap_or(value)
}

/// A range for `field` from `low` to `high`, clamped to the field's bounds and around its
/// value; `None` when the scenario has no such input.
fn around(scenario: &Scenario, field: Field, low: Decimal, high: Decimal) -> Option<Range> {
    let likely = field.read(scenario)?;
    let low = low.max(field.min()).min(likely).normalize();
    let high = high.min(field.max()).max(likely).normalize();
    Some(Range::pert(low, high))
}

/// The typical ranges for `scenario`'s classic overruns (only inputs that matter to its
/// deployment model and settings).
pub fn typical_ranges(scenario: &Scenario) -> Vec<TypicalRange> {
    let mut out = Vec::new();
    let mut add = |field: Field, low: Decimal, high: Decimal, sources: &[Source], why| {
        if let Some(range) = around(scenario, field, low, high) {
            out.push(TypicalRange {
                field: field.path(),
                range,
                sources: sources.to_vec(),
                rationale: why,
            });
        }
    };
    let value = |field: Field| field.read(scenario).unwrap_or(Decimal::ZERO);
    let (fee_low, fee_high) = (Decimal::from(1_200), Decimal::from(5_000));

    // The implementation fee [B]: the consulting fee entered, or the rule's floor; and the
    // vendor's onboarding fee.
    let fee = match scenario.project.consulting.mode {
        ConsultingMode::Entered => Field::Fixed(Fixed::ConsultingEnteredFee),
        ConsultingMode::Rule => Field::Fixed(Fixed::ConsultingFloor),
    };
    add(fee, fee_low, fee_high, &[Source::B], IMPLEMENTATION_FEE);
    // The vendor's own onboarding fee, when the subscription has one.
    let onboarding = Field::Fixed(Fixed::OnboardingFee);
    if scenario.deployment.model.has_subscription() && value(onboarding) > Decimal::ZERO {
        add(
            onboarding,
            fee_low,
            fee_high,
            &[Source::B],
            IMPLEMENTATION_FEE,
        );
    }

    // Data cleansing and migration hours, skewed high [B].
    for (i, activity) in scenario.project.activities.iter().enumerate() {
        if !matches!(
            activity.kind,
            Activity::DataCleansing | Activity::DataMigration
        ) {
            continue;
        }
        for role in Role::ALL {
            let field = Field::ActivityHours(i, role);
            let hours = value(field);
            if hours > Decimal::ZERO {
                add(
                    field,
                    times(hours, Decimal::new(8, 1)),
                    times(hours, Decimal::TWO),
                    &[Source::B],
                    DATA_HOURS,
                );
            }
        }
    }

    // Vendor overtime [B]: the share, and the rate of 1.5–2 ×.
    let share = Field::Fixed(Fixed::OvertimeShare);
    let share_high = times(value(share), Decimal::from(3)).max(Decimal::new(25, 2));
    add(
        share,
        Decimal::ZERO,
        share_high,
        &[Source::B],
        OVERTIME_SHARE,
    );
    add(
        Field::Fixed(Fixed::OvertimeMultiplier),
        Decimal::new(15, 1),
        Decimal::TWO,
        &[Source::B],
        OVERTIME_RATE,
    );

    // The adoption ramp [A][B].
    for i in 0..scenario.benefits.adoption.len() {
        let field = Field::Adoption(i);
        let planned = value(field);
        if planned > Decimal::ZERO {
            add(
                field,
                times(planned, Decimal::new(5, 1)),
                times(planned, Decimal::new(11, 1)),
                &[Source::A, Source::B],
                ADOPTION,
            );
        }
    }

    // Benefits [C][A]: revenue uplift and hours saved.
    let revenue = Field::Fixed(Fixed::RevenueUpliftPerYear);
    if value(revenue) > Decimal::ZERO {
        let v = value(revenue);
        add(
            revenue,
            times(v, Decimal::new(5, 1)),
            times(v, Decimal::new(12, 1)),
            &[Source::C, Source::A],
            REVENUE,
        );
    }
    let saved = Field::Fixed(Fixed::HoursSavedPerUserPerWeek);
    if value(saved) > Decimal::ZERO {
        let v = value(saved);
        add(
            saved,
            times(v, Decimal::new(5, 1)),
            times(v, Decimal::new(125, 2)),
            &[Source::C, Source::A],
            HOURS_SAVED,
        );
    }

    // The renewal uplift, 4–8 % [B], when there is a subscription to renew.
    if scenario.deployment.model.has_subscription() {
        add(
            Field::Fixed(Fixed::RenewalUplift),
            Decimal::new(4, 2),
            Decimal::new(8, 2),
            &[Source::B],
            RENEWAL,
        );
    }
    out
}

/// "Add typical ranges": puts every typical range into `scenario.ranges` where the input has
/// no range yet (a range the person set is kept). Returns the field paths added.
pub fn add_typical_ranges(scenario: &mut Scenario) -> Vec<String> {
    let mut added = Vec::new();
    for typical in typical_ranges(scenario) {
        if let std::collections::btree_map::Entry::Vacant(slot) =
            scenario.ranges.entry(typical.field.clone())
        {
            slot.insert(typical.range);
            added.push(typical.field);
        }
    }
    added
}

/// The ranges to use when the checklist's questions about `field_paths` were answered
/// "Don't know": an existing range twice as wide on each side; otherwise the typical range if
/// there is one; otherwise half to twice the value. Clamped to each field's bounds; inputs
/// that are not numeric, or are zero with no typical range, get none. Merge the result into
/// `Scenario::ranges`.
pub fn ranges_for_unknown_answers(
    scenario: &Scenario,
    field_paths: &[&str],
) -> BTreeMap<String, Range> {
    let typical = typical_ranges(scenario);
    let mut out = BTreeMap::new();
    for path in field_paths {
        let Some(field) = Field::parse(path) else {
            continue;
        };
        let Some(likely) = field.read(scenario) else {
            continue;
        };
        let existing = scenario.ranges.get(*path).filter(|r| r.low < r.high);
        let widened = if let Some(range) = existing {
            let below = likely.sub_or_none(range.low).unwrap_or(Decimal::ZERO);
            let above = range.high.sub_or_none(likely).unwrap_or(Decimal::ZERO);
            Some(Range {
                low: likely
                    .sub_or_none(times(below, Decimal::TWO))
                    .unwrap_or(range.low),
                high: likely
                    .add_or_none(times(above, Decimal::TWO))
                    .unwrap_or(range.high),
                distribution: range.distribution,
            })
        } else if let Some(t) = typical.iter().find(|t| t.field == *path) {
            Some(t.range.clone())
        } else if likely > Decimal::ZERO {
            Some(Range::pert(
                times(likely, Decimal::new(5, 1)),
                times(likely, Decimal::TWO),
            ))
        } else {
            None
        };
        if let Some(range) = widened {
            let distribution = range.distribution;
            let (mut low, mut high) = (range.low, range.high);
            if field.kind().is_whole() {
                low = low.floor();
                high = high.ceil();
            }
            if let Some(mut clamped) = around(scenario, field, low, high) {
                clamped.distribution = distribution;
                out.insert((*path).to_owned(), clamped);
            }
        }
    }
    out
}

/// [`ranges_for_unknown_answers`] for every checklist question of `scenario` answered "Don't
/// know", through the input each question concerns (`Question::concerns`); questions about a
/// list or a setting rather than a number add no range.
pub fn ranges_for_open_questions(scenario: &Scenario) -> BTreeMap<String, Range> {
    let fields: Vec<String> = scenario
        .checklist
        .open_questions()
        .into_iter()
        .filter_map(|question| question.concerns(scenario))
        .collect();
    let paths: Vec<&str> = fields.iter().map(String::as_str).collect();
    ranges_for_unknown_answers(scenario, &paths)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::d;

    fn find<'a>(t: &'a [TypicalRange], field: &str) -> &'a TypicalRange {
        t.iter().find(|r| r.field == field).unwrap()
    }

    #[test]
    fn the_default_scenarios_typical_ranges_follow_the_sources() {
        let s = Scenario::default();
        let t = typical_ranges(&s);
        let renewal = find(&t, "pricing.renewal_uplift");
        assert_eq!(
            (renewal.range.low, renewal.range.high),
            (d("0.04"), d("0.08"))
        );
        assert_eq!(renewal.sources, [Source::B]);
        // Consulting by rule: the floor ($5,000) gets [B]'s $1,200–$5,000.
        let fee = find(&t, "project.consulting.floor");
        assert_eq!((fee.range.low, fee.range.high), (d("1200"), d("5000")));
        // Data cleansing (activity 2): 16 sales hours → 12.8 to 32; 24 admin hours → 19.2–48.
        let cleansing = find(&t, "project.activities[2].hours.sales");
        assert_eq!(
            (cleansing.range.low, cleansing.range.high),
            (d("12.8"), d("32"))
        );
        assert!(
            t.iter()
                .any(|r| r.field == "project.activities[3].hours.it")
        );
        assert!(
            !t.iter()
                .any(|r| r.field == "project.activities[0].hours.sales")
        );
        let adoption = find(&t, "benefits.adoption[2]"); // 100 %: 50 % to 100 %
        assert_eq!(
            (adoption.range.low, adoption.range.high),
            (d("0.5"), d("1"))
        );
        let overtime = find(&t, "project.overtime.multiplier");
        assert_eq!(
            (overtime.range.low, overtime.range.high),
            (d("1.5"), d("2"))
        );
        assert!(
            t.iter()
                .any(|r| r.field == "benefits.revenue_uplift_per_year")
        );
        assert!(
            t.iter()
                .any(|r| r.field == "benefits.hours_saved_per_user_per_week")
        );
        assert!(
            t.iter()
                .any(|r| r.field == "project.overtime.share_of_vendor_work")
        );
        assert!(t.iter().all(|r| !r.rationale.is_empty()));
    }

    #[test]
    fn typical_ranges_are_valid_for_every_template_and_keep_a_persons_own() {
        for name in crate::templates::template_names() {
            let mut s = crate::templates::template(name).unwrap();
            s.ranges.insert(
                "benefits.gross_margin".into(),
                Range::pert(Decimal::ZERO, Decimal::ONE),
            );
            let added = add_typical_ranges(&mut s);
            assert!(!added.is_empty(), "{name}");
            assert_eq!(s.validate(), Ok(()), "{name}");
            // A second click adds nothing.
            assert!(add_typical_ranges(&mut s).is_empty());
            assert_eq!(s.ranges["benefits.gross_margin"].high, Decimal::ONE);
        }
        // An entered fee above $5,000 stays inside its range.
        let mut s = Scenario::default();
        s.project.consulting.mode = ConsultingMode::Entered;
        s.project.consulting.entered_fee = crate::test_support::money("8000");
        let t = typical_ranges(&s);
        let fee = find(&t, "project.consulting.entered_fee");
        assert_eq!((fee.range.low, fee.range.high), (d("1200"), d("8000")));
        // A vendor onboarding fee gets the same range.
        s.pricing.onboarding_fee = crate::test_support::money("2000");
        let onboarding = find(&typical_ranges(&s), "pricing.onboarding_fee")
            .range
            .clone();
        assert_eq!((onboarding.low, onboarding.high), (d("1200"), d("5000")));
        // On-premise has no subscription to renew.
        s.deployment.model = crate::scenario::DeploymentModel::OnPremise;
        assert!(
            !typical_ranges(&s)
                .iter()
                .any(|r| r.field == "pricing.renewal_uplift")
        );
    }

    #[test]
    fn dont_know_widens_a_range_or_makes_one() {
        let mut s = Scenario::default();
        s.ranges.insert(
            "pricing.seat_price_per_month".into(),
            Range::pert(d("60"), d("70")),
        );
        let r = ranges_for_unknown_answers(
            &s,
            &[
                "pricing.seat_price_per_month", // 60–70 around 65 → 55–75
                "pricing.renewal_uplift",       // typical 4–8 %
                "operations.admin_salary",      // half to twice 63,000
                "operations.upgrades_per_year", // zero, no typical range: none
                "not.a.field",
            ],
        );
        assert_eq!(
            (
                r["pricing.seat_price_per_month"].low,
                r["pricing.seat_price_per_month"].high
            ),
            (d("55"), d("75"))
        );
        assert_eq!(r["pricing.renewal_uplift"].high, d("0.08"));
        assert_eq!(
            (
                r["operations.admin_salary"].low,
                r["operations.admin_salary"].high
            ),
            (d("31500"), d("126000"))
        );
        assert_eq!(r.len(), 3);
        s.ranges.extend(r);
        assert_eq!(s.validate(), Ok(()));
    }

    #[test]
    fn open_checklist_questions_widen_the_inputs_they_concern() {
        use crate::scenario::{Answer, Question, Reply};
        let mut s = Scenario::default();
        for q in [
            Question::RenewalUplift,     // pricing.renewal_uplift: typical 4–8 %
            Question::MigrationIncluded, // project.activities[3].fee: $1,000 → 500–2,000
            Question::PremiumAddOns,     // pricing.add_ons: a list, no range
        ] {
            s.checklist.set(Answer::new(q, Reply::DontKnow));
        }
        let r = ranges_for_open_questions(&s);
        assert_eq!(r["pricing.renewal_uplift"].low, d("0.04"));
        let fee = &r["project.activities[3].fee"];
        assert_eq!((fee.low, fee.high), (d("500"), d("2000")));
        assert_eq!(r.len(), 2);
        // Answered questions widen nothing.
        s.checklist.answers.clear();
        assert!(ranges_for_open_questions(&s).is_empty());
    }
}
