//! Browser tests of the comparison and the vendor presets: mount the app (or the preset picker)
//! in headless Chromium and check the DOM against the engine. Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser_compare`.
#![cfg(target_arch = "wasm32")]

use crm_truecost::i18n::{Cx, Locale};
use crm_truecost::model::compare::compare_scenarios;
use crm_truecost::model::presets::{ApplyOptions, apply_preset, preset};
use crm_truecost::model::{CurrencyCode, Scenario, register};
use crm_truecost::storage;
use crm_truecost::ui::compare::PresetPicker;
use crm_truecost::ui::compare::link;
use crm_truecost::ui::fields::Planner;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::*;

fn set_hash(hash: &str) {
    let window = web_sys::window().expect("window");
    let href = window.location().href().expect("href");
    let base = href.split('#').next().unwrap_or_default().to_owned();
    window
        .history()
        .expect("history")
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{base}{hash}")),
        )
        .expect("replace");
}

fn all(host: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::HtmlElement> {
    let list = host.query_selector_all(selector).expect("query");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

fn one(host: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    host.query_selector(selector)
        .expect("query")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

fn choose(select: &web_sys::HtmlElement, value: &str) {
    select
        .clone()
        .unchecked_into::<web_sys::HtmlSelectElement>()
        .set_value(value);
    fire(select, "change");
}

fn tco_cells(host: &web_sys::HtmlElement) -> Vec<String> {
    all(
        host,
        "[data-testid=compare-figures] tr[data-row='Head(Tco)'] td",
    )
    .iter()
    .map(|td| td.get_attribute("data-value").unwrap_or_default())
    .collect()
}

/// Mounts the preset picker alone over `scenario`.
fn mount_picker(
    scenario: Scenario,
    locale: Locale,
) -> (web_sys::HtmlElement, Planner, Box<dyn std::any::Any>) {
    let host = host();
    let planner = Planner {
        scenario: RwSignal::new(scenario),
        locale: RwSignal::new(locale),
        defaults: StoredValue::new(Scenario::default()),
        assumptions: StoredValue::new(register()),
    };
    let handle = leptos::mount::mount_to(host.clone(), move || {
        provide_context(planner);
        view! { <PresetPicker /> }
    });
    (host, planner, Box::new(handle))
}

/// Opens the picker (it is built when first opened).
async fn open_picker(host: &web_sys::HtmlElement) {
    let details: web_sys::HtmlDetailsElement = one(host, "[data-testid=presets]").unchecked_into();
    assert!(
        host.query_selector("[data-testid=preset-select]")
            .expect("q")
            .is_none(),
        "nothing is built while closed"
    );
    details.set_open(true);
    until("the picker", || {
        host.query_selector("[data-testid=preset-select]")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_preset_fills_the_pricing_says_what_changed_and_is_undone() {
    let start = Scenario::default();
    let (host, planner, _h) = mount_picker(start.clone(), Locale::En);
    open_picker(&host).await;
    let select = one(&host, "[data-testid=preset-select]");
    assert_eq!(all(&host, "[data-testid=preset-select] option").len(), 31);
    choose(&select, "zoho-crm-standard");
    leptos::task::tick().await;
    let figures = one(&host, "[data-testid=preset-figures]")
        .text_content()
        .unwrap_or_default();
    assert!(figures.contains("verify with the vendor"), "{figures}");
    one(&host, "[data-testid=preset-apply]").click();
    leptos::task::tick().await;

    let expected = apply_preset(
        &start,
        preset("zoho-crm-standard").expect("preset"),
        ApplyOptions::default(),
    )
    .expect("applies");
    assert_eq!(planner.scenario.get_untracked(), expected.scenario);
    let listed: Vec<String> = all(&host, "[data-testid=preset-applied] li[data-field]")
        .iter()
        .filter_map(|li| li.get_attribute("data-field"))
        .collect();
    let changed: Vec<&str> = expected.changes.iter().map(|c| c.field).collect();
    assert_eq!(listed, changed);
    let said = one(&host, "[data-testid=preset-applied]")
        .text_content()
        .unwrap_or_default();
    assert!(
        said.contains(&format!("{} pricing fields changed", changed.len())),
        "{said}"
    );

    one(&host, "[data-testid=preset-undo]").click();
    leptos::task::tick().await;
    assert_eq!(
        planner.scenario.get_untracked(),
        start,
        "one click restores the scenario"
    );
    assert!(
        host.query_selector("[data-testid=preset-undone]")
            .expect("q")
            .is_some()
    );
}

#[wasm_bindgen_test]
async fn a_scenario_in_another_currency_gets_the_refusal_in_its_language() {
    let eur = Scenario {
        currency: CurrencyCode::new("EUR").expect("code"),
        ..Scenario::default()
    };
    for locale in [Locale::En, Locale::ZhHans, Locale::Th] {
        let (host, planner, _h) = mount_picker(eur.clone(), locale);
        open_picker(&host).await;
        choose(
            &one(&host, "[data-testid=preset-select]"),
            "hubspot-sales-starter",
        );
        leptos::task::tick().await;
        one(&host, "[data-testid=preset-apply]").click();
        leptos::task::tick().await;
        let error = one(&host, "[data-testid=preset-error]")
            .text_content()
            .unwrap_or_default();
        assert_eq!(error, Cx::PresetCurrency.text(locale).replace("{c}", "EUR"));
        assert_eq!(planner.scenario.get_untracked(), eur, "nothing changed");
    }
}

#[wasm_bindgen_test]
async fn quick_compare_shows_the_engines_comparison() {
    local_storage().clear().expect("clear");
    set_hash("#compare");
    let host = host();
    let _app = leptos::mount::mount_to(host.clone(), crm_truecost::ui::App);
    leptos::task::tick().await;
    until("the compare view", || {
        host.query_selector("[data-testid=compare-view]:not([hidden])")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    let open = storage::load_current()
        .open_scenario()
        .map(|s| s.scenario.clone())
        .expect("the open scenario is saved");
    let ids = ["pipedrive-growth", "hubspot-sales-starter"];
    for id in ids {
        let pick = one(&host, &format!("[data-testid=quick-pick][value='{id}']"));
        pick.clone()
            .unchecked_into::<web_sys::HtmlInputElement>()
            .set_checked(true);
        fire(&pick, "change");
    }
    leptos::task::tick().await;
    one(&host, "[data-testid=quick-go]").click();
    until("the comparison", || tco_cells(&host).len() == 2).await;

    let made: Vec<Scenario> = ids
        .iter()
        .map(|id| {
            let mut s = apply_preset(&open, preset(id).expect("preset"), ApplyOptions::default())
                .expect("applies")
                .scenario;
            s.name = preset(id).expect("preset").label();
            s
        })
        .collect();
    let expected = compare_scenarios(&made, 0).expect("compares");
    let shown = tco_cells(&host);
    for (i, o) in expected.options.iter().enumerate() {
        assert_eq!(
            shown[i].parse::<rust_decimal::Decimal>().ok(),
            Some(o.headline.tco)
        );
    }
    let sentences = all(&host, "[data-testid=break-even] li");
    assert_eq!(sentences.len(), 1);
    set_hash("");
}

#[wasm_bindgen_test]
async fn a_compare_link_with_a_damaged_part_opens_the_rest_and_names_it() {
    local_storage().clear().expect("clear");
    let mut parts = Vec::new();
    let a = Scenario {
        name: "Option one".into(),
        ..Scenario::default()
    };
    let mut b = a.clone();
    b.name = "Option two".into();
    let mut c = a.clone();
    c.name = "Option three".into();
    c.organisation.users = crm_truecost::model::Count::new(40).expect("users");
    for s in [&a, &b, &c] {
        parts.push(crm_truecost::share::browser::encode(s).await.expect("fits"));
    }
    let whole = link::frame(0, &parts).expect("fits");
    let mut pieces: Vec<String> = whole.split('~').map(str::to_owned).collect();
    let half = pieces[2].len() / 2;
    pieces[2].truncate(half);
    set_hash(&format!("#{}", pieces.join("~")));
    let host = host();
    let _app = leptos::mount::mount_to(host.clone(), crm_truecost::ui::App);
    until("the parts that can be read", || tco_cells(&host).len() == 2).await;
    let broken = all(&host, "[data-testid=compare-broken] li");
    assert_eq!(broken.len(), 1);
    assert_eq!(broken[0].get_attribute("data-part").as_deref(), Some("2"));
    let expected = compare_scenarios(&[a.clone(), c.clone()], 0).expect("compares");
    let shown = tco_cells(&host);
    assert_eq!(
        shown[1].parse::<rust_decimal::Decimal>().ok(),
        Some(expected.options[1].headline.tco)
    );
    assert!(
        all(&host, "[data-testid=compare-pick]").is_empty(),
        "read-only"
    );

    one(&host, "[data-testid=save-copies]").click();
    leptos::task::tick().await;
    let names: Vec<String> = storage::load_current()
        .scenarios
        .iter()
        .map(|s| s.scenario.name.clone())
        .collect();
    assert!(
        names.contains(&"Option one".to_owned()) && names.contains(&"Option three".to_owned()),
        "{names:?}"
    );
    assert!(!names.contains(&"Option two".to_owned()));
    set_hash("");
}

#[wasm_bindgen_test]
async fn different_horizons_are_compared_over_the_shorter_and_saas_meets_its_contested_reference() {
    local_storage().clear().expect("clear");
    let saas = Scenario {
        name: "Cloud".into(),
        ..Scenario::default()
    };
    let mut on_premise = crm_truecost::model::template("mid-size-on-premise").expect("template");
    on_premise.name = "Own servers".into();
    on_premise.horizon = crm_truecost::model::Horizon::new(3).expect("horizon");
    let mut parts = Vec::new();
    for s in [&saas, &on_premise] {
        parts.push(crm_truecost::share::browser::encode(s).await.expect("fits"));
    }
    set_hash(&format!("#{}", link::frame(1, &parts).expect("fits")));
    let host = host();
    let _app = leptos::mount::mount_to(host.clone(), crm_truecost::ui::App);
    until("the comparison", || tco_cells(&host).len() == 2).await;

    let expected = compare_scenarios(&[saas.clone(), on_premise.clone()], 1).expect("compares");
    assert!(expected.horizon_shortened);
    let notes: Vec<String> = all(&host, "[data-testid=compare-notes] li")
        .iter()
        .filter_map(|li| li.text_content())
        .collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes[0].contains("3 years"), "{notes:?}");
    assert!(
        notes[1].contains("Cloud") && notes[1].contains("5 years"),
        "{notes:?}"
    );
    // The baseline of the link is kept.
    let base = one(&host, "[data-testid=compare-figures] thead .baseline-col");
    assert!(
        base.text_content()
            .unwrap_or_default()
            .contains("Own servers")
    );
    // SaaS against on-premise: the person's ratio beside the contested reference.
    let reference = one(&host, "[data-testid=saas-reference]");
    assert!(!reference.hidden());
    let text = reference.text_content().unwrap_or_default();
    assert!(
        text.contains("47.5") && text.contains("62.3") && text.contains("contested"),
        "{text}"
    );
    let ratio = expected.saas_on_premise[0]
        .first_year_ratio
        .expect("a first-year ratio");
    let shown = one(&host, "[data-testid=saas-first-year]")
        .text_content()
        .unwrap_or_default();
    let percent = (ratio * rust_decimal::Decimal::ONE_HUNDRED)
        .round_dp(1)
        .normalize()
        .to_string();
    assert!(shown.starts_with(&percent), "{shown} vs {percent}");
    set_hash("");
}
