//! CRM TrueCost: the browser app and the edges around the engine.
//!
//! Data flows one way: scenario → engine → results → view. The engine lives in its own crate
//! (`truecost-model`, re-exported here as [`model`]) whose manifest has no leptos, so it is
//! provably free of UI code. Everything that touches the browser compiles only for `wasm32`;
//! a native build (the `truecost` CLI, native tests) never compiles leptos.

pub use truecost_model as model;

pub mod i18n;
pub mod json_error;

pub mod export;
pub mod share;
pub mod storage;
pub mod ui;

/// Mounts the app on the page's `<body>` (in stages, see [`ui::Page`]) and removes the static
/// masthead and "Loading…" placeholder it replaces. A page that opens in Chinese or Thai (as
/// `<html lang>` announces) first fetches that language's texts, so it never shows English for
/// a moment; if they cannot be fetched, it opens in English and says so.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        let _ = i18n::catalog::load(ui::announced_locale()).await;
        if let Some(boot) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("boot"))
        {
            boot.remove();
        }
        leptos::mount::mount_to_body(ui::Page);
    });
}
