//! The cost families: one module per family (pricing, deployment, project, training,
//! operations, benefits). Each reads the scenario's numbers through
//! [`inputs`](crate::inputs) and the shared `Context` and writes tagged lines through the
//! ledger's `Builder`; none calls another's
//! formulas. Every formula is generic over the number type ([`Num`](crate::arith::Num)):
//! `Decimal` for the ledger, `f64` for simulation trials, so there is one copy of each.
//! [`crate::evaluate`] runs them in order.

pub(crate) mod benefits;
pub(crate) mod deployment;
pub(crate) mod operations;
pub(crate) mod pricing;
pub mod project;
pub(crate) mod training;
