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

#[cfg(target_arch = "wasm32")]
use leptos::prelude::*;

/// Where the compare view will be: it is mounted the first time the address asks for it
/// (`#compare` or a compare link) and then follows the address itself. In the release page
/// (feature `split`) its code is a lazily loaded chunk, so a visit that never compares never
/// downloads it.
#[cfg(target_arch = "wasm32")]
#[component]
pub fn CompareMount() -> impl IntoView {
    let asked = || state::asks_for_compare(&state::current_hash());
    let wanted = RwSignal::new(asked());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        if !wanted.get_untracked() && asked() {
            wanted.set(true);
        }
    });
    on_cleanup(move || listener.remove());
    move || wanted.get().then(|| Suspend::new(compare_view()))
}

/// The compare view (a lazily loaded chunk in the release page).
#[cfg(target_arch = "wasm32")]
#[cfg_attr(feature = "split", leptos::lazy)]
async fn compare_view() -> AnyView {
    use crate::ui::lazy_style::{Sheet, load};
    load(&[Sheet::Compare, Sheet::Decide]).await;
    view! { <CompareView /> }.into_any()
}
