//! Benchmark: a full 10-year evaluation of the default scenario (`cargo bench -p truecost-model`).

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use truecost_model::{Horizon, Scenario, evaluate};

fn full_evaluation(c: &mut Criterion) {
    let scenario = Scenario {
        horizon: Horizon::new(10).unwrap_or(Scenario::default().horizon),
        ..Scenario::default()
    };
    c.bench_function("evaluate default scenario, 10 years", |b| {
        b.iter(|| evaluate(black_box(&scenario)))
    });
}

criterion_group!(benches, full_evaluation);
criterion_main!(benches);
