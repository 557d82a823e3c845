//! Charts: SVG components over the pure geometry in [`projection`].
//!
//! [`projection`] and [`palette`] are pure and tested natively; the components (wasm only) read
//! the engine's results and the locale from signals and draw from them:
//! [`CostBars`], [`CumulativeChart`] and [`QuadrantBar`]; for the comparison,
//! [`OptionLinesChart`] and [`CostFitChart`].

pub mod palette;
pub mod projection;

#[cfg(target_arch = "wasm32")]
mod cost_bars;
#[cfg(target_arch = "wasm32")]
mod cost_fit;
#[cfg(target_arch = "wasm32")]
mod cumulative;
#[cfg(target_arch = "wasm32")]
mod option_lines;
#[cfg(target_arch = "wasm32")]
mod quadrants;
#[cfg(target_arch = "wasm32")]
mod svg;

#[cfg(target_arch = "wasm32")]
pub use cost_bars::CostBars;
#[cfg(target_arch = "wasm32")]
pub use cost_fit::CostFitChart;
#[cfg(target_arch = "wasm32")]
pub use cumulative::CumulativeChart;
#[cfg(target_arch = "wasm32")]
pub use option_lines::OptionLinesChart;
#[cfg(target_arch = "wasm32")]
pub use quadrants::QuadrantBar;
#[cfg(target_arch = "wasm32")]
pub(crate) use svg::{Item, indexed, text, when};
#[cfg(target_arch = "wasm32")]
pub(crate) use svg::{PlotSvg, money_compact};
