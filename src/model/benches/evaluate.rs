//! Benchmarks (`cargo bench -p truecost-model`): a full 10-year evaluation of the default
//! scenario; the same with a 200-requirement scorecard scored by 4 reviewers and every
//! checklist question answered; the fit of that scorecard alone; and 10,000 simulation trials
//! of the default scenario with its typical ranges (target ≤ 30 ms natively), and its tornado.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use truecost_model::uncertainty::{SimulationSettings, add_typical_ranges, simulate, tornado};
use truecost_model::{
    Answer, Contacts, Count, Horizon, Hours, Money, Percent, Question, Reply, RequirementGroup,
    Scenario, Score, Scorecard, Weight, evaluate, fit,
};

fn ten_years() -> Scenario {
    Scenario {
        horizon: Horizon::new(10).unwrap_or(Scenario::default().horizon),
        ..Scenario::default()
    }
}

fn full_evaluation(c: &mut Criterion) {
    let scenario = ten_years();
    c.bench_function("evaluate default scenario, 10 years", |b| {
        b.iter(|| evaluate(black_box(&scenario)))
    });
}

/// 200 requirements (every group, a third must-haves, weights 1–5), 4 reviewers, every score
/// given (0, 1 or 2, with disagreements).
fn big_scorecard() -> Scorecard {
    let mut card = Scorecard::default();
    for name in ["Ann", "Bo", "Chai", "Dara"] {
        card.add_reviewer(name.into());
    }
    for i in 0..200u64 {
        let group = RequirementGroup::ALL[(i % 5) as usize];
        let weight = Weight::new(i % 5 + 1).unwrap_or_default();
        card.add_requirement(format!("Requirement {i}"), group, i % 3 == 0, weight);
        if let Some(requirement) = card.requirements.last_mut() {
            for j in 0..4u64 {
                let score = Score::new((i + j * (i % 2 + 1)) % 3).ok();
                requirement.set_score(j as usize, score);
            }
        }
    }
    card
}

/// Every question answered, with the values each asks for.
fn all_answers() -> Vec<Answer> {
    let money = |v: i64| Money::new(v.into()).ok();
    Question::ALL
        .into_iter()
        .map(|q| {
            let reply = q.slots().first().map_or(Reply::DontKnow, |slot| slot.when);
            Answer {
                amount: money(40),
                percent: Percent::new(rust_decimal::Decimal::new(5, 2)).ok(),
                hours: Hours::new(20.into()).ok(),
                count: Count::new(3).ok(),
                records: Contacts::new(8000).ok(),
                ..Answer::new(q, reply)
            }
        })
        .collect()
}

fn with_scorecard_and_checklist(c: &mut Criterion) {
    let mut scenario = ten_years();
    scenario.fit = big_scorecard();
    scenario.checklist.answers = all_answers();
    let results = evaluate(&scenario);
    assert!(
        results
            .as_ref()
            .is_ok_and(|r| r.fit.is_some() && r.checklist.len() == 18),
        "the benchmarked scenario evaluates: {results:?}"
    );
    c.bench_function(
        "evaluate, 10 years, 200 requirements x 4 reviewers, all 18 questions answered",
        |b| b.iter(|| evaluate(black_box(&scenario))),
    );
    let card = big_scorecard();
    c.bench_function("fit of 200 requirements x 4 reviewers", |b| {
        b.iter(|| fit::evaluate(black_box(&card)))
    });
}

fn simulation(c: &mut Criterion) {
    let mut scenario = Scenario::default();
    add_typical_ranges(&mut scenario);
    let settings = SimulationSettings::default();
    let mut group = c.benchmark_group("uncertainty");
    group.sample_size(20);
    group.bench_function(
        "simulate 10,000 trials, default scenario, typical ranges",
        |b| b.iter(|| simulate(black_box(&scenario), settings)),
    );
    group.bench_function("tornado, default scenario, typical ranges", |b| {
        b.iter(|| tornado(black_box(&scenario), Default::default()))
    });
    group.finish();
}

criterion_group!(
    benches,
    full_evaluation,
    with_scorecard_and_checklist,
    simulation
);
criterion_main!(benches);
