//! Browser tests of a field's range: typed in place next to the field, shown compactly in it
//! ("(4–8)"), refused at the field (high below the value, low above it, not a number) without
//! reaching the scenario, and simulated by the panel once typing pauses. Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser_uncertainty`.
#![cfg(target_arch = "wasm32")]

use std::str::FromStr;

use crm_truecost::model::{Distribution, Range, Scenario};
use crm_truecost::storage;
use rust_decimal::Decimal;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::*;

const KEY: &str = "pricing.renewal_uplift";

/// Waits (up to 10 s: a simulation runs in slices) until `ready` holds.
async fn until(what: &str, ready: impl Fn() -> bool) {
    until_within(what, 10, ready).await;
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
