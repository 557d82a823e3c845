//! Browser tests of a field's range: typed in place next to the field, shown compactly in it
//! ("(4–8)"), refused at the field (high below the value, low above it, not a number) without
//! reaching the scenario, and simulated by the panel once typing pauses. Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser_uncertainty`.
#![cfg(target_arch = "wasm32")]

use std::str::FromStr;

use crm_truecost::model::{Distribution, Range, Scenario};
use crm_truecost::storage;
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const KEY: &str = "pricing.renewal_uplift";

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Mounts the app on a fresh library in a new host element; the handle unmounts it when dropped.
fn mount_app() -> (web_sys::HtmlElement, Box<dyn std::any::Any>) {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
        .clear()
        .expect("clear");
    let host: web_sys::HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let handle = leptos::mount::mount_to(host.clone(), crm_truecost::ui::App);
    (host, Box::new(handle))
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits (up to 10 s) until `ready` holds.
async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..200 {
        if ready() {
            return;
        }
        sleep(50).await;
    }
    panic!("timed out waiting for {what}");
}

fn find(root: &web_sys::Element, selector: &str) -> Option<web_sys::HtmlElement> {
    root.query_selector(selector)
        .expect("query")
        .map(|e| e.unchecked_into())
}

fn by_id(root: &web_sys::Element, testid: &str) -> web_sys::HtmlElement {
    find(root, &format!("[data-testid=\"{testid}\"]")).unwrap_or_else(|| panic!("no {testid}"))
}

fn text(root: &web_sys::Element, testid: &str) -> String {
    find(root, &format!("[data-testid=\"{testid}\"]"))
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn type_into(root: &web_sys::Element, testid: &str, value: &str) {
    let input: web_sys::HtmlInputElement = by_id(root, testid).unchecked_into();
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict("input", &init).expect("event");
    input.dispatch_event(&ev).expect("dispatch");
}

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).expect("literal")
}

/// The open scenario as autosaved.
fn saved() -> Scenario {
    storage::load_current()
        .open_scenario()
        .map(|s| s.scenario.clone())
        .expect("a saved scenario")
}

/// Opens the deployment section and the range editor of the renewal uplift.
async fn open_range(host: &web_sys::HtmlElement) {
    until("the app", || {
        find(host, "[data-testid=headline-tco-value]").is_some()
    })
    .await;
    let section = by_id(host, "section-deployment");
    if let Some(summary) = find(&section, "summary") {
        summary.click();
    }
    let toggle = format!("[data-testid=\"range-toggle-{KEY}\"]");
    until("the range toggle", || find(host, &toggle).is_some()).await;
    by_id(host, &format!("range-toggle-{KEY}")).click();
    sleep(20).await;
}

#[wasm_bindgen_test]
async fn a_typed_range_is_shown_in_the_field_and_kept_with_the_scenario() {
    let (host, _app) = mount_app();
    open_range(&host).await;
    assert_eq!(text(&host, &format!("range-{KEY}")), "", "no range yet");
    type_into(&host, &format!("range-low-{KEY}"), "4");
    type_into(&host, &format!("range-high-{KEY}"), "8");
    until("the compact range", || {
        text(&host, &format!("range-{KEY}")) == "(4–8)"
    })
    .await;
    assert_eq!(text(&host, &format!("range-error-{KEY}")), "");
    sleep(450).await;
    assert_eq!(
        saved().ranges.get(KEY),
        Some(&Range {
            low: d("0.04"),
            high: d("0.08"),
            distribution: Distribution::Pert
        })
    );
    // The panel simulates the one range once typing has paused.
    let panel = by_id(&host, "uncertainty");
    until("a finished simulation", || {
        panel.get_attribute("data-state").as_deref() == Some("done")
    })
    .await;
    assert!(!text(&host, "sim-tco-p50").is_empty());
}

#[wasm_bindgen_test]
async fn a_bad_range_is_refused_at_the_field_and_never_reaches_the_scenario() {
    let (host, _app) = mount_app();
    open_range(&host).await;
    type_into(&host, &format!("range-low-{KEY}"), "4");
    type_into(&host, &format!("range-high-{KEY}"), "8");
    until("the compact range", || {
        text(&host, &format!("range-{KEY}")) == "(4–8)"
    })
    .await;
    // High below the value (7 %), low above it, not a number: each refused with a message.
    for (field, bad, says) in [
        ("high", "5", "must not be below the value (7)"),
        ("low", "9", "must not be above the value (7)"),
        ("high", "abc", "number"),
    ] {
        type_into(&host, &format!("range-{field}-{KEY}"), bad);
        sleep(20).await;
        let error = text(&host, &format!("range-error-{KEY}"));
        assert!(error.contains(says), "{field} {bad}: {error}");
        assert_eq!(
            text(&host, &format!("range-{KEY}")),
            "(4–8)",
            "{bad} reached the scenario"
        );
        type_into(
            &host,
            &format!("range-{field}-{KEY}"),
            if field == "high" { "8" } else { "4" },
        );
        sleep(20).await;
        assert_eq!(text(&host, &format!("range-error-{KEY}")), "");
    }
    sleep(450).await;
    assert_eq!(saved().ranges.get(KEY).map(|r| r.high), Some(d("0.08")));
    // Removing the range leaves nothing to simulate; the panel says how to add one.
    by_id(&host, &format!("range-remove-{KEY}")).click();
    until("no range", || {
        text(&host, &format!("range-{KEY}")).is_empty()
    })
    .await;
    let panel = by_id(&host, "uncertainty");
    until("an idle panel", || {
        panel.get_attribute("data-state").as_deref() == Some("idle")
    })
    .await;
    assert!(find(&host, "[data-testid=sim-no-ranges]:not([hidden])").is_some());
}
