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

#[cfg(target_arch = "wasm32")]
mod break_even;
#[cfg(target_arch = "wasm32")]
mod figures;
#[cfg(target_arch = "wasm32")]
mod format;
#[cfg(target_arch = "wasm32")]
mod picker;
#[cfg(target_arch = "wasm32")]
mod preset_picker;
#[cfg(target_arch = "wasm32")]
mod quick;
#[cfg(target_arch = "wasm32")]
mod saas;
#[cfg(target_arch = "wasm32")]
mod shared;
#[cfg(target_arch = "wasm32")]
mod state;
#[cfg(target_arch = "wasm32")]
mod travel;
#[cfg(target_arch = "wasm32")]
mod view;

#[cfg(target_arch = "wasm32")]
pub use preset_picker::PresetPicker;
#[cfg(target_arch = "wasm32")]
pub use state::Cmp;
#[cfg(target_arch = "wasm32")]
pub use view::CompareView;
