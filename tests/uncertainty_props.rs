#![cfg(not(target_arch = "wasm32"))]
//! Property tests of the simulation: on generated scenarios, a trial with every range collapsed
//! to a point equals the exact ledger within a cent — every amount of every line, and the TCO,
//! NPV, every category and payback — except that a total may also differ by a cent for each
//! half-cent tie the ledger's 28-digit division broke the other way (counted line by line);
//! and with random ranges — bounds included — simulate and tornado never panic.
//!
//! Scenarios are generated from the templates: the structure is drawn (deployment model, plan,
//! seat licensing, billing, hardware mode, discounting, horizon) and any numeric input can be
//! set, found by its field path through `inputs::Field` (so every input the engine reads is
//! reachable, including list items).

use crm_truecost::model::inputs::{Field, Kind};
use crm_truecost::model::uncertainty::{
    SimulationSettings, TornadoSort, likely_lines, simulate, tornado,
};
use crm_truecost::model::*;
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde_json::Value;

/// Sets the JSON value at a field path such as `project.activities[2].hours.admin`.
fn set_path(root: &mut Value, path: &str, value: Value) {
    let mut node = root;
    for segment in path.split('.') {
        let mut parts = segment.split('[');
        let name = parts.next().unwrap();
        node = &mut node[name];
        for index in parts {
            let i: usize = index.trim_end_matches(']').parse().unwrap();
            node = &mut node[i];
        }
    }
    *node = value;
}

/// An ordinary value of `kind`, as the scenario JSON writes it (a decimal string).
fn ordinary(kind: Kind) -> BoxedStrategy<Decimal> {
    match kind {
        Kind::Money => (0i64..=200_000_000)
            .prop_map(|c| Decimal::new(c, 2))
            .boxed(),
        Kind::Percent => (0i64..=10_000).prop_map(|bp| Decimal::new(bp, 4)).boxed(),
        Kind::Growth => (-2_000i64..=3_000)
            .prop_map(|bp| Decimal::new(bp, 4))
            .boxed(),
        Kind::Hours => (0i64..=5_000).prop_map(|t| Decimal::new(t, 1)).boxed(),
        Kind::Factor => (100i64..=300).prop_map(|h| Decimal::new(h, 2)).boxed(),
        Kind::Fte => (0i64..=300).prop_map(|h| Decimal::new(h, 2)).boxed(),
        Kind::Weeks => (0i64..=52).prop_map(Decimal::from).boxed(),
        Kind::Count => (0i64..=300).prop_map(Decimal::from).boxed(),
        Kind::Contacts => (0i64..=200_000).prop_map(Decimal::from).boxed(),
    }
}

/// A template with drawn structure and `changes` numeric inputs set to drawn values; only
/// valid scenarios are kept.
fn scenario() -> impl Strategy<Value = Scenario> {
    let structure = (
        prop::sample::select(template_names().to_vec()),
        prop::sample::select(DeploymentModel::ALL.to_vec()),
        any::<[bool; 6]>(),
        1u64..=10,
    );
    (
        structure,
        prop::collection::vec((any::<prop::sample::Index>(), 0u64..u64::MAX), 0..30),
    )
        .prop_flat_map(|((name, model, flags, horizon), picks)| {
            let mut s = template(name).unwrap();
            s.deployment.model = model;
            s.horizon = Horizon::try_from(horizon).unwrap();
            if flags[0] {
                s.pricing.plan = PlanKind::FlatPlan;
            }
            if flags[1] {
                s.pricing.seat_licensing = SeatLicensing::Concurrent;
            }
            if flags[2] {
                s.pricing.billing = BillingCycle::Monthly;
            }
            if flags[3] {
                s.deployment.infrastructure.hardware = HardwareMode::Lease;
            }
            if flags[4] {
                s.finance.convention = DiscountConvention::MidYear;
            }
            if flags[5] {
                s.finance.discount_basis = DiscountBasis::Real;
            }
            let fields = Field::all(&s);
            let chosen: Vec<Field> = picks.iter().map(|(i, _)| *i.get(&fields)).collect();
            let values: Vec<BoxedStrategy<Decimal>> =
                chosen.iter().map(|f| ordinary(f.kind())).collect();
            (Just(s), Just(chosen), values)
        })
        .prop_filter_map("valid scenarios only", |(s, fields, values)| {
            let mut json = serde_json::to_value(&s).unwrap();
            for (field, value) in fields.iter().zip(values) {
                set_path(&mut json, &field.path(), Value::String(value.to_string()));
            }
            let s: Scenario = serde_json::from_value(json).ok()?;
            s.validate().ok().map(|()| s)
        })
}

/// |a − b| ≤ one cent (plus binary dust on very large amounts).
fn within_a_cent(a: f64, b: Decimal) -> bool {
    let b = b.to_f64().unwrap();
    (a - b).abs() <= 0.01 + 1e-12 * b.abs()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn collapsed_ranges_give_the_ledgers_figures(s in scenario()) {
        let exact = evaluate(&s).unwrap();
        let mut collapsed = s.clone();
        for field in Field::all(&s) {
            let v = field.read(&s).unwrap();
            collapsed.ranges.insert(field.path(), Range::pert(v, v));
        }
        // Line by line: the same lines, each amount within a cent; count the ties broken
        // the other way (a difference of a whole cent).
        let lines = likely_lines(&s).unwrap();
        prop_assert_eq!(lines.len(), exact.lines.len());
        let mut ties = 0u32;
        for (ours, line) in lines.iter().zip(&exact.lines) {
            prop_assert_eq!(&ours.id, &line.id);
            for (a, b) in ours.amounts.iter().zip(&line.amounts) {
                prop_assert!(within_a_cent(*a, *b), "{}: {} vs {}", line.id, a, b);
                if (a - b.to_f64().unwrap()).abs() > 0.005 {
                    ties += 1;
                }
            }
        }
        // Totals: within a cent, plus a cent per tie (NPV: the discounted tie, at most a cent).
        let tolerance = 0.01 * f64::from(ties + 1);
        let close = |a: f64, b: Decimal| {
            let b = b.to_f64().unwrap();
            (a - b).abs() <= tolerance + 1e-12 * b.abs()
        };
        let r = simulate(&collapsed, SimulationSettings { trials: 2, seed: 3 }).unwrap();
        let t = &exact.totals;
        for v in [r.tco.p10, r.tco.p90, r.tco.mean] {
            prop_assert!(close(v, t.tco), "tco {} vs {} ({} ties)", v, t.tco, ties);
            if ties == 0 {
                prop_assert!(within_a_cent(v, t.tco), "tco {} vs {}", v, t.tco);
            }
        }
        for v in [r.npv.p10, r.npv.p90] {
            prop_assert!(close(v, t.npv), "npv {} vs {} ({} ties)", v, t.npv, ties);
        }
        for (category, mean) in &r.category_means {
            prop_assert!(close(*mean, t.by_category[category]), "{:?}", category);
        }
        match (r.payback.p50, t.payback_months) {
            (Some(a), Some(b)) => prop_assert!(
                ties > 0 || (a - b.to_f64().unwrap()).abs() <= 0.01, "{} vs {}", a, b),
            (None, None) => {}
            (a, b) => prop_assert!(ties > 0, "payback {:?} vs {:?}", a, b),
        }
    }

    #[test]
    fn random_ranges_never_panic(
        s in scenario(),
        picks in prop::collection::vec(
            (any::<prop::sample::Index>(), 0u8..4, any::<u64>(), any::<u64>()), 1..12),
        seed in any::<u64>(),
    ) {
        let mut s = s;
        let fields = Field::all(&s);
        for (index, how, a, b) in picks {
            let field = *index.get(&fields);
            let likely = field.read(&s).unwrap();
            // Anywhere from the field's minimum to its maximum, the bounds themselves now and
            // then; whole numbers for counts.
            let between = |lo: Decimal, hi: Decimal, r: u64| {
                let share = Decimal::new(i64::try_from(r % 10_001).unwrap(), 4);
                let v = lo + (hi - lo) * share;
                if field.kind().is_whole() { v.floor().max(lo) } else { v }
            };
            let (low, high) = match how {
                0 => (field.min(), field.max()),
                1 => (likely, likely),
                _ => (between(field.min(), likely, a), between(likely, field.max(), b)),
            };
            let distribution = match how {
                0 => Distribution::Uniform,
                1 => Distribution::Triangular,
                _ => Distribution::Pert,
            };
            s.ranges.insert(field.path(), Range { low, high, distribution });
        }
        prop_assert_eq!(s.validate(), Ok(()));
        let r = simulate(&s, SimulationSettings { trials: 40, seed }).unwrap();
        prop_assert_eq!(r.trials, 40);
        prop_assert_eq!(r.tco.histogram.iter().map(|b| b.count).sum::<u32>(), 40);
        prop_assert!((0.0..=1.0).contains(&r.probability_npv_positive));
        let t = tornado(&s, TornadoSort::Npv).unwrap();
        prop_assert!(t.bars.len() <= 10);
    }
}
