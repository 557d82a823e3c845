//! The one place that runs the cost modules, in order, into a sink — the ledger's lines for
//! [`evaluate`], a trial's tally for the simulation — and turns the ledger into results.
//! Nothing else knows the order.

use crate::arith::Num;
use crate::checklist;
use crate::context::Context;
use crate::costs::{benefits, deployment, operations, pricing, project, training};
use crate::error::ScenarioError;
use crate::inputs::{Exact, Inputs};
use crate::ledger::{Builder, Built, Line, Lines, Sink, add_custom_lines};
use crate::results::{self, Results};
use crate::scenario::Scenario;

/// Validates `scenario`, applies its checklist answers ([`checklist::apply`]) and computes its
/// results.
pub fn evaluate(scenario: &Scenario) -> Result<Results, ScenarioError> {
    scenario.validate()?;
    results::compute(scenario, checklist::apply(scenario)?)
}

/// Builds every line of `scenario` with its checklist answers applied (validated or not;
/// [`evaluate`] validates first).
pub fn ledger(scenario: &Scenario) -> Result<Vec<Line>, ScenarioError> {
    let applied = checklist::apply(scenario)?;
    build(&applied.scenario).map(|built| built.lines)
}

/// Builds the ledger with its warnings.
pub(crate) fn build(scenario: &Scenario) -> Result<Built, ScenarioError> {
    let mut sink = Lines::new(scenario);
    let ctx = run(&Exact(scenario), &mut sink)?;
    let warnings = std::mem::take(&mut sink.warnings);
    Ok(Built {
        ctx,
        lines: sink.into_lines(),
        warnings,
    })
}

/// Runs every cost module, in order, on `inputs` into `sink`; returns the context it used.
pub(crate) fn run<N: Num, I: Inputs<N>, S: Sink<N>>(
    inputs: &I,
    sink: &mut S,
) -> Result<Context<N>, ScenarioError> {
    let mut b = Builder::new(inputs, sink)?;
    // Software first: the consulting rule reads the first-year software cost.
    pricing::add_lines(&mut b)?;
    deployment::add_lines(&mut b)?;
    project::add_lines(&mut b)?;
    training::add_lines(&mut b)?;
    operations::add_lines(&mut b)?;
    benefits::add_lines(&mut b)?;
    add_custom_lines(&mut b)?;
    Ok(b.ctx)
}
