//! The comparison (issues 8 and 9): 2–4 scenarios side by side — headline figures with fit and
//! open questions, differences against a baseline by category, quadrant and phase, the
//! cumulative cost of every option on one chart, each pair's break-even, cost against fit, and
//! [C]'s contested SaaS / on-premise reference — plus compare links, the comparison's CSV and
//! print, quick compare from vendor presets, and the preset picker of the pricing section.
//!
//! Every number is the engine's ([`truecost_model::compare::compare_scenarios`],
//! [`truecost_model::presets::apply_preset`]); this module only lays it out. The pure parts
//! ([`link`], [`table`]) are compiled and tested natively; the components are wasm only.

pub mod link;
pub mod table;
