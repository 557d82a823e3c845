//! The one place that runs the cost modules, in order, into the ledger, and turns the ledger
//! into results. Nothing else knows the order.

use crate::checklist;
use crate::costs::{benefits, deployment, operations, pricing, project, training};
use crate::error::ScenarioError;
use crate::ledger::{Builder, Built, Line, add_custom_lines};
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
pub(crate) fn build(scenario: &Scenario) -> Result<Built<'_>, ScenarioError> {
    let mut b = Builder::new(scenario)?;
    // Software first: the consulting rule reads the first-year software cost.
    pricing::add_lines(&mut b)?;
    deployment::add_lines(&mut b)?;
    project::add_lines(&mut b)?;
    training::add_lines(&mut b)?;
    operations::add_lines(&mut b)?;
    benefits::add_lines(&mut b)?;
    add_custom_lines(&mut b)?;
    let lines = project::with_contingency(scenario, std::mem::take(&mut b.lines))?;
    Ok(Built {
        ctx: b.ctx,
        lines,
        warnings: b.warnings,
    })
}
