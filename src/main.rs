//! Entry point of the browser app: installs the panic hook and mounts CRM TrueCost (wasm32
//! only; natively it does nothing, the native program is the `truecost` CLI).
//!
//! A panic stops the wasm for good (release builds abort), so the hook hands over to the
//! recovery panel of `src/web/recovery.js`: plain JavaScript that needs no wasm, offers the
//! saved scenarios as a download and a reload. Tests trigger a deliberate panic by setting the
//! localStorage key [`TEST_PANIC_KEY`] before a reload; a link cannot set it, so it is harmless.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        std::panic::set_hook(Box::new(browser::on_panic));
        crm_truecost::start();
        browser::deliberate_panic_if_asked();
    }
}

/// The localStorage key that asks for one deliberate panic after the app has started (tests
/// of the recovery panel). It is removed before the panic, so a reload starts normally.
#[cfg(target_arch = "wasm32")]
const TEST_PANIC_KEY: &str = "truecost-test-panic";

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = console, js_name = error)]
        fn console_error(message: &str);
    }

    /// The panic hook: logs the panic and shows the recovery panel.
    pub fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
        console_error(&format!("CRM TrueCost stopped: {info}"));
        let recover = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"truecostRecover".into()).ok())
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(recover) = recover {
            let _ = recover.call0(&JsValue::NULL);
        }
    }

    /// Panics once, after the app has started, when a test asked for it.
    pub fn deliberate_panic_if_asked() {
        let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
            return;
        };
        if storage
            .get_item(super::TEST_PANIC_KEY)
            .ok()
            .flatten()
            .is_none()
        {
            return;
        }
        let _ = storage.remove_item(super::TEST_PANIC_KEY);
        wasm_bindgen_futures::spawn_local(async {
            panic!(
                "deliberate panic asked for by the test switch {}",
                super::TEST_PANIC_KEY
            );
        });
    }
}
