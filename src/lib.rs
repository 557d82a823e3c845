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

/// Mounts the app on the page's `<body>` (in stages, see [`ui::Page`]; the app's masthead
/// replaces the static masthead and "Loading…" line in its own stage). A page that opens in
/// Chinese or Thai (as `<html lang>` announces) first fetches that language's texts, so it never
/// shows English for a moment; if they cannot be fetched, it opens in English and says so.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        // The task that instantiated the wasm ends here; the rest starts a task of its own,
        // so that neither is long on a slow phone.
        next_task().await;
        let _ = i18n::catalog::load(ui::announced_locale()).await;
        leptos::mount::mount_to_body(ui::Page);
    });
}

/// Resolves in a later task of the event loop (a zero timeout): what runs after it does not
/// lengthen the current task. Resolves at once when there is no window to set a timeout on.
#[cfg(target_arch = "wasm32")]
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let later =
            web_sys::window().is_some_and(|w| w.set_timeout_with_callback(&resolve).is_ok());
        if !later {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
