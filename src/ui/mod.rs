//! The view: Leptos components (wasm only) that read signals, call the engine and render, and
//! the pure chart geometry they draw from (compiled and tested natively too).

pub mod charts;
pub mod compare;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod decide;
#[cfg(target_arch = "wasm32")]
pub mod editor;
#[cfg(target_arch = "wasm32")]
mod embed;
#[cfg(target_arch = "wasm32")]
pub mod fields;
#[cfg(target_arch = "wasm32")]
mod language;
#[cfg(target_arch = "wasm32")]
pub mod latch;
#[cfg(target_arch = "wasm32")]
pub mod lazy_style;
#[cfg(target_arch = "wasm32")]
pub mod library;
#[cfg(target_arch = "wasm32")]
mod quick_start;
#[cfg(target_arch = "wasm32")]
mod results;
#[cfg(target_arch = "wasm32")]
mod scenarios;
#[cfg(target_arch = "wasm32")]
mod share_box;
#[cfg(target_arch = "wasm32")]
pub mod stage;
#[cfg(target_arch = "wasm32")]
pub mod uncertainty;

#[cfg(target_arch = "wasm32")]
pub use app::{App, Page};
#[cfg(target_arch = "wasm32")]
pub use language::announced_locale;
