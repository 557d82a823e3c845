#![cfg(not(target_arch = "wasm32"))]
//! The comparison engine: break-even (interpolated like payback, the "never" case, ties,
//! crossing and recrossing), differences against a baseline, currencies, horizons, the SaaS /
//! on-premise reference, and a quick compare built from vendor presets.

use crm_truecost::model::compare::{
    BreakEven, BreakEvenKind, CompareError, Comparison, compare, compare_scenarios,
};
use crm_truecost::model::presets::{ApplyOptions, apply_preset, preset};
use crm_truecost::model::*;
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn line(kind: LineKind, category: Category, amounts: &[i64]) -> CustomLine {
    CustomLine {
        name: format!("{category:?}"),
        kind,
        category,
        quadrant: Quadrant::TransparentMoney,
        phase: Phase::Operation,
        amounts: amounts
            .iter()
            .map(|a| Money::try_from(Decimal::from(*a)).unwrap())
            .collect(),
        risk: None,
    }
}

/// A scenario from the blank template holding only these costs (period 0 = initial), over
/// as many years as there are amounts after the first.
fn costs(name: &str, amounts: &[i64]) -> Scenario {
    costs_in(name, Category::SubscriptionLicence, amounts)
}

fn costs_in(name: &str, category: Category, amounts: &[i64]) -> Scenario {
    let mut s = template("blank").unwrap();
    s.name = name.into();
    s.horizon = Horizon::try_from(amounts.len() as u64 - 1).unwrap();
    s.custom_lines = vec![line(LineKind::Cost, category, amounts)];
    s
}

fn pair(a: &[i64], b: &[i64]) -> BreakEven {
    let c = compare_scenarios(&[costs("a", a), costs("b", b)], 0).unwrap();
    assert_eq!(c.break_even.len(), 1);
    c.break_even[0]
}

#[test]
fn break_even_is_interpolated_like_payback() {
    // A: 1,000 up front then 100 a year; B: nothing up front, 400 a year. A saves 300 a
    // year: cumulative −1,000, −700, −400, −100, +200 → year 4: 36 + 12 × 100 / 300 = 40.
    let be = pair(&[1000, 100, 100, 100, 100], &[0, 400, 400, 400, 400]);
    assert_eq!(be.kind, BreakEvenKind::Crosses);
    assert_eq!(be.cheaper, Some(0));
    assert_eq!(be.months, Some(d("40")));
    // The same flows as an investment's payback, computed by the engine.
    let mut investment = template("blank").unwrap();
    investment.horizon = Horizon::try_from(4u64).unwrap();
    investment.custom_lines = vec![
        line(LineKind::Cost, Category::Implementation, &[1000]),
        line(
            LineKind::Benefit,
            Category::InternalTime,
            &[0, 300, 300, 300, 300],
        ),
    ];
    let payback = evaluate(&investment).unwrap().totals.payback_months;
    assert_eq!(be.months, payback);
    // Order does not matter: the cheaper option is still A.
    let be = pair(&[0, 400, 400, 400, 400], &[1000, 100, 100, 100, 100]);
    assert_eq!((be.cheaper, be.months), (Some(1), Some(d("40"))));
}

#[test]
fn never_within_the_horizon() {
    // Over 2 years A never catches up (−1,000, −700, −400): B is cheaper throughout.
    let be = pair(&[1000, 100, 100], &[0, 400, 400]);
    assert_eq!(be.kind, BreakEvenKind::NotWithinHorizon);
    assert_eq!(be.cheaper, Some(1));
    assert_eq!(be.months, None);
}

#[test]
fn equal_costs_and_ties() {
    let be = pair(&[100, 50, 50], &[100, 50, 50]);
    assert_eq!(
        (be.kind, be.cheaper, be.months),
        (BreakEvenKind::Identical, None, None)
    );
    let c = compare_scenarios(&[costs("a", &[100, 50]), costs("b", &[100, 50])], 0).unwrap();
    assert_eq!(c.lowest_tco, [0, 1]);
    // Different paths, the same total at the horizon: no one stays below.
    let be = pair(&[100, 0, 100], &[0, 100, 100]);
    assert_eq!(
        (be.kind, be.cheaper, be.months),
        (BreakEvenKind::EndsEqual, None, None)
    );
    // Equal exactly at the end of year 2, then A stays below: break-even at 24 months.
    let be = pair(&[100, 0, 0, 0], &[0, 50, 50, 50]);
    assert_eq!(be.kind, BreakEvenKind::Crosses);
    assert_eq!((be.cheaper, be.months), (Some(0), Some(d("24"))));
    // Equal up front, B dearer from then on: A is never dearer.
    let be = pair(&[0, 10, 10], &[0, 20, 20]);
    assert_eq!(
        (be.kind, be.cheaper),
        (BreakEvenKind::NotWithinHorizon, Some(0))
    );
}

#[test]
fn crossing_then_recrossing_counts_the_last_crossing() {
    // A's savings per period: −100, +50, +60, −15, +25 → cumulative −100, −50, +10, −5, +20.
    // A is cheaper after year 2, dearer again in year 3 and below for good in year 4:
    // 36 + 12 × 5 / 25 = 38.4 months (not the first crossing at 12 + 12 × 50 / 60 = 22).
    let be = pair(&[100, 0, 0, 15, 0], &[0, 50, 60, 0, 25]);
    assert_eq!(be.kind, BreakEvenKind::Crosses);
    assert_eq!((be.cheaper, be.months), (Some(0), Some(d("38.4"))));
}

#[test]
fn every_pair_in_order() {
    let c = compare_scenarios(
        &[
            costs("a", &[0, 100]),
            costs("b", &[0, 200]),
            costs("c", &[0, 300]),
            costs("d", &[0, 400]),
        ],
        0,
    )
    .unwrap();
    let pairs: Vec<_> = c.break_even.iter().map(|b| (b.first, b.second)).collect();
    assert_eq!(pairs, [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]);
    assert!(c.break_even.iter().all(|b| b.cheaper == Some(b.first)));
}

#[test]
fn differences_against_the_baseline() {
    // A: 1,400 of subscription; B: 1,600 of implementation. Baseline B.
    let a = costs_in("a", Category::SubscriptionLicence, &[1000, 400]);
    let b = costs_in("b", Category::Implementation, &[1600, 0]);
    let c = compare_scenarios(&[a, b], 1).unwrap();
    assert_eq!(c.baseline, 1);
    let diff = &c.options[0].vs_baseline;
    assert_eq!(diff.tco.amount, d("-200"));
    assert_eq!(diff.tco.share, Some(d("-0.125")));
    assert_eq!(
        diff.by_category[&Category::SubscriptionLicence].amount,
        d("1400")
    );
    // B had no subscription: a share of nothing is undefined, not infinite.
    assert_eq!(diff.by_category[&Category::SubscriptionLicence].share, None);
    assert_eq!(
        diff.by_category[&Category::Implementation].amount,
        d("-1600")
    );
    assert_eq!(
        diff.by_category[&Category::Implementation].share,
        Some(d("-1"))
    );
    assert_eq!(diff.by_category.len(), 10);
    assert_eq!(diff.by_quadrant.len(), 4);
    assert_eq!(diff.by_phase.len(), 7);
    let own = &c.options[1].vs_baseline;
    assert_eq!(
        (own.tco.amount, own.tco.share),
        (Decimal::ZERO, Some(Decimal::ZERO))
    );
    assert_eq!(c.options[0].cumulative_costs, [d("1000"), d("1400")]);
    assert_eq!(c.lowest_tco, [0]);
}

#[test]
fn headline_figures_are_the_results_own() {
    let scenarios = [
        template("default").unwrap(),
        template("small-team-saas").unwrap(),
        template("self-built-open-source").unwrap(),
    ];
    let c = compare_scenarios(&scenarios, 0).unwrap();
    assert!(!c.horizon_shortened);
    for (option, scenario) in c.options.iter().zip(&scenarios) {
        let r = evaluate(scenario).unwrap();
        assert_eq!(option.headline.tco, r.totals.tco);
        assert_eq!(option.headline.npv, r.totals.npv);
        assert_eq!(option.headline.irr, r.totals.irr);
        assert_eq!(option.headline.payback_months, r.totals.payback_months);
        assert_eq!(
            option.headline.roi_risk_adjusted,
            r.totals.roi_risk_adjusted
        );
        assert_eq!(option.headline.hidden_share, r.totals.hidden_share);
        assert_eq!(option.cumulative_costs.last(), Some(&r.totals.tco));
        assert_eq!(option.by_phase, r.totals.by_phase);
        assert_eq!(option.fit, r.fit.as_ref().and_then(|f| f.fit));
        assert_eq!(option.open_questions as usize, r.open_questions.len());
    }
    let npvs: Vec<_> = c.options.iter().map(|o| o.headline.npv).collect();
    let best = npvs.iter().max().unwrap();
    assert_eq!(
        c.highest_npv,
        [npvs.iter().position(|n| n == best).unwrap()]
    );
}

#[test]
fn different_currencies_are_not_compared() {
    let mut b = costs("b", &[0, 1]);
    b.currency = CurrencyCode::new("EUR").unwrap();
    let err = compare_scenarios(&[costs("a", &[0, 1]), b], 0).unwrap_err();
    assert_eq!(
        err,
        CompareError::Currencies {
            currencies: vec!["USD".into(), "EUR".into()]
        }
    );
    let text = err.to_string();
    assert!(
        text.contains("not compared") && text.contains("USD, EUR"),
        "{text}"
    );
}

#[test]
fn different_horizons_are_compared_over_the_shorter_one() {
    let long = costs("long", &[100, 10, 10, 10, 10, 10]); // 5 years
    let short = costs("short", &[50, 30, 30]); // 2 years
    let c = compare_scenarios(&[long.clone(), short.clone()], 0).unwrap();
    assert!(c.horizon_shortened);
    assert_eq!(c.horizon.get(), 2);
    assert_eq!(c.options[0].own_horizon.get(), 5);
    assert_eq!(c.options[1].own_horizon.get(), 2);
    assert_eq!(c.options[0].headline.tco, d("120")); // 100 + 10 + 10, not 150
    assert_eq!(c.options[0].cumulative_costs.len(), 3);
    // The longer option's amounts beyond the shorter horizon are reported, not counted.
    // Results of different horizons given directly are refused with the reason.
    let err = compare(&[evaluate(&long).unwrap(), evaluate(&short).unwrap()], 0).unwrap_err();
    assert_eq!(
        err,
        CompareError::Horizons {
            horizons: vec![5, 2]
        }
    );
    assert!(err.to_string().contains("shortest"));
}

#[test]
fn counts_baselines_and_invalid_options_are_reported() {
    let one = [costs("a", &[0, 1])];
    assert_eq!(
        compare_scenarios(&one, 0).unwrap_err(),
        CompareError::Count { given: 1 }
    );
    let five: Vec<_> = (0..5).map(|_| costs("a", &[0, 1])).collect();
    assert_eq!(
        compare_scenarios(&five, 0).unwrap_err(),
        CompareError::Count { given: 5 }
    );
    let two = [costs("a", &[0, 1]), costs("b", &[0, 2])];
    let err = compare_scenarios(&two, 2).unwrap_err();
    assert!(err.to_string().contains("1 to 2"), "{err}");
    let mut bad = costs("broken", &[0, 1]);
    bad.pricing.minimum_term_years = 0;
    let err = compare_scenarios(&[costs("a", &[0, 1]), bad], 0).unwrap_err();
    let text = err.to_string();
    assert!(
        text.starts_with("option 2 (\"broken\"): pricing.minimum_term_years"),
        "{text}"
    );
}

#[test]
fn saas_against_on_premise_shows_the_contested_reference_beside_the_own_ratio() {
    let saas = template("default").unwrap();
    let on_premise = template("mid-size-on-premise").unwrap(); // 7 years
    let c = compare_scenarios(&[saas.clone(), on_premise.clone()], 0).unwrap();
    assert_eq!(c.horizon.get(), 5);
    assert_eq!(c.saas_on_premise.len(), 1);
    let r = c.saas_on_premise[0];
    assert_eq!((r.saas, r.on_premise), (0, 1));
    assert_eq!(r.reference_first_year, d("0.475"));
    assert_eq!(r.reference_five_year, d("0.623"));
    assert!(r.contested);
    let own = |i: usize, period: usize| c.options[i].cumulative_costs[period];
    assert_eq!(
        r.first_year_ratio,
        Some((own(0, 1) / own(1, 1)).round_dp(6).normalize())
    );
    assert_eq!(
        r.five_year_ratio,
        Some((own(0, 5) / own(1, 5)).round_dp(6).normalize())
    );
    // The reference never enters a figure: each TCO is the option's own over 5 years.
    let mut five = on_premise.clone();
    five.horizon = Horizon::try_from(5u64).unwrap();
    assert_eq!(
        c.options[1].headline.tco,
        evaluate(&five).unwrap().totals.tco
    );
    assert_eq!(
        c.options[0].headline.tco,
        evaluate(&saas).unwrap().totals.tco
    );
    // Two SaaS options: no reference.
    let c = compare_scenarios(&[saas.clone(), saas], 0).unwrap();
    assert!(c.saas_on_premise.is_empty());
}

#[test]
fn quick_compare_from_presets() {
    // 25 users, three presets applied to the same scenario: only pricing differs.
    let mut base = template("default").unwrap();
    base.organisation.users = Count::try_from(25u64).unwrap();
    let ids = [
        "hubspot-sales-professional",
        "salesforce-core",
        "zoho-crm-standard",
    ];
    let options: Vec<Scenario> = ids
        .iter()
        .map(|id| {
            let p = preset(id).unwrap();
            let mut s = apply_preset(&base, p, ApplyOptions::default())
                .unwrap()
                .scenario;
            s.name = p.label();
            s
        })
        .collect();
    let c: Comparison = compare_scenarios(&options, 0).unwrap();
    assert_eq!(c.options[2].name, "Zoho CRM Standard");
    assert_eq!(c.lowest_tco, [2]);
    // Same scenario otherwise: the benefits are identical.
    assert!(
        c.options
            .iter()
            .all(|o| o.vs_baseline.total_benefits.amount.is_zero())
    );
    // The JSON the CLI prints and the page reads.
    let json = serde_json::to_value(&c).unwrap();
    assert!(json["options"][0]["headline"]["tco"].is_string());
    assert_eq!(json["break_even"].as_array().unwrap().len(), 3);
    assert!(
        json["options"][1]["vs_baseline"]["by_category"]["subscription_licence"]["amount"]
            .is_string()
    );
}

#[test]
fn fit_and_open_questions_travel_with_each_option() {
    // One reviewer scores the single requirement "partial" (1 of 2): fit 0.5; one question
    // answered "don't know".
    let scored: Scenario = serde_json::from_value(serde_json::json!({
        "checklist": [{"question": "api_limit", "reply": "dont_know"}],
        "fit": {
            "reviewers": ["Ann"],
            "requirements": [{"id": "contact_management", "must_have": false, "weight": 5, "scores": "1"}]
        }
    }))
    .unwrap();
    let c = compare_scenarios(&[template("default").unwrap(), scored], 0).unwrap();
    assert_eq!((c.options[0].fit, c.options[0].open_questions), (None, 0));
    assert_eq!(
        (c.options[1].fit, c.options[1].open_questions),
        (Some(d("0.5")), 1)
    );
}
