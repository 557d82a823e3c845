//! What the browser tests share (`mod browser_support;` in each `tests/browser_*.rs`): the
//! document, a host element for mounting, mounting the app, waiting, and finding, reading and
//! typing into elements by test id. Not every test file uses every helper.
#![allow(dead_code)]

use wasm_bindgen::JsCast;

/// The page's document.
pub fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// This origin's localStorage.
pub fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
}

/// Empties localStorage (a fresh library).
pub fn clear_storage() {
    local_storage().clear().expect("clear");
}

/// A new element in the body to mount into.
pub fn host() -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    host
}

/// Mounts the app, on whatever is stored, in a new host element; the handle unmounts it when
/// dropped.
pub fn mount_app_on_storage() -> (web_sys::HtmlElement, Box<dyn std::any::Any>) {
    let host = host();
    let handle = leptos::mount::mount_to(host.clone(), crm_truecost::ui::App);
    (host, Box::new(handle))
}

/// Mounts the app on a fresh library in a new host element; the handle unmounts it when dropped.
pub fn mount_app() -> (web_sys::HtmlElement, Box<dyn std::any::Any>) {
    clear_storage();
    mount_app_on_storage()
}

/// Waits `ms` milliseconds (a timer task).
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits (up to `seconds`) until `ready` holds; fails naming `what` otherwise.
pub async fn until_within(what: &str, seconds: u32, ready: impl Fn() -> bool) {
    for _ in 0..seconds * 20 {
        if ready() {
            return;
        }
        sleep(50).await;
    }
    panic!("timed out waiting for {what}");
}

/// Waits (up to 5 s) until `ready` holds.
pub async fn until(what: &str, ready: impl Fn() -> bool) {
    until_within(what, 5, ready).await;
}

/// The first element under `root` that matches `selector`.
pub fn find(root: &web_sys::Element, selector: &str) -> Option<web_sys::HtmlElement> {
    root.query_selector(selector)
        .expect("query")
        .map(|e| e.unchecked_into())
}

/// The element with this test id (the test fails without one).
pub fn by_id(root: &web_sys::Element, testid: &str) -> web_sys::HtmlElement {
    find(root, &format!("[data-testid=\"{testid}\"]")).unwrap_or_else(|| panic!("no {testid}"))
}

/// How many elements under `root` match `selector`.
pub fn count(root: &web_sys::Element, selector: &str) -> u32 {
    root.query_selector_all(selector).expect("query").length()
}

/// The text of the element with this test id ("" without one).
pub fn text(root: &web_sys::Element, testid: &str) -> String {
    find(root, &format!("[data-testid=\"{testid}\"]"))
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// Dispatches a bubbling event of `kind` (`input`, `change`, …) on `target`.
pub fn fire(target: &web_sys::EventTarget, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict(kind, &init).expect("event");
    target.dispatch_event(&ev).expect("dispatch");
}

/// Types `value` into the input with this test id, as a person would (an `input` event).
pub fn type_into(root: &web_sys::Element, testid: &str, value: &str) {
    let input: web_sys::HtmlInputElement = by_id(root, testid).unchecked_into();
    input.set_value(value);
    fire(&input, "input");
}
