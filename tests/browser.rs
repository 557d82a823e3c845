//! Browser tests of the planner: mount the app in headless Chromium (wasm-bindgen-test), type
//! into its inputs, and check the DOM, the engine's figures and localStorage. Run with
//! `cargo test --target wasm32-unknown-unknown --test browser` (the Makefile sets CHROMEDRIVER).
#![cfg(target_arch = "wasm32")]

use crm_truecost::model::{Scenario, evaluate};
use crm_truecost::storage;
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::*;

/// Opens every section: a section builds its fields when first opened (its `toggle` event).
async fn open_sections(host: &web_sys::HtmlElement) {
    let list = host.query_selector_all("details").expect("details");
    for i in 0..list.length() {
        if let Some(d) = list.item(i) {
            let _ = d
                .unchecked_into::<web_sys::Element>()
                .set_attribute("open", "");
        }
    }
    sleep(50).await;
    leptos::task::tick().await;
}

fn input(host: &web_sys::HtmlElement, testid: &str) -> web_sys::HtmlInputElement {
    host.query_selector(&format!("[data-testid=\"{testid}\"]"))
        .expect("query")
        .unwrap_or_else(|| panic!("no input {testid}"))
        .unchecked_into()
}

/// The machine-readable TCO the headline shows.
fn shown_tco(host: &web_sys::HtmlElement) -> String {
    host.query_selector("[data-testid=headline-tco-value]")
        .expect("query")
        .and_then(|e| e.get_attribute("data-value"))
        .unwrap_or_default()
}

fn engine_tco(edit: impl FnOnce(&mut Scenario)) -> String {
    let mut s = Scenario::default();
    edit(&mut s);
    evaluate(&s).expect("valid").totals.tco.to_string()
}

/// The open scenario as saved in localStorage.
fn saved() -> Scenario {
    storage::load_current()
        .open_scenario()
        .map(|s| s.scenario.clone())
        .expect("a saved scenario")
}

#[wasm_bindgen_test]
fn a_committed_library_round_trips_through_local_storage() {
    local_storage().clear().expect("clear");
    let _ = storage::load(); // decides which key this page writes
    let written = storage::commit(|env| {
        if let Some(s) = env.get_mut(storage::DEFAULT_ID) {
            s.scenario.name = "Vendor B — 中文 ไทย".into();
        }
    })
    .expect("commit");
    assert_eq!(storage::load(), (written, None));
    assert_eq!(saved().name, "Vendor B — 中文 ไทย");
}

#[wasm_bindgen_test]
fn a_newer_version_is_never_written_over() {
    let ls = local_storage();
    ls.clear().expect("clear");
    let newer = r#"{"schema_version":42,"scenarios":[]}"#;
    ls.set_item(storage::STORAGE_KEY, newer).expect("set");
    let (_, problem) = storage::load();
    assert_eq!(problem, Some(storage::LoadProblem::Newer(42)));
    storage::commit(|env| env.settings.locale = Some("th".into())).expect("commit elsewhere");
    assert_eq!(
        ls.get_item(storage::STORAGE_KEY).expect("get").as_deref(),
        Some(newer)
    );
    assert!(
        ls.get_item(storage::FALLBACK_KEY)
            .expect("get")
            .is_some_and(|v| v.contains("\"th\""))
    );
}

#[wasm_bindgen_test]
fn an_unreadable_value_is_backed_up_and_never_overwritten() {
    let ls = local_storage();
    ls.clear().expect("clear");
    ls.set_item(storage::STORAGE_KEY, "{not json").expect("set");
    let (env, problem) = storage::load();
    assert_eq!(env, storage::Envelope::default());
    assert!(matches!(problem, Some(storage::LoadProblem::Unreadable(_))));
    assert_eq!(
        ls.get_item(storage::BACKUP_KEY).expect("get").as_deref(),
        Some("{not json")
    );
}

#[wasm_bindgen_test]
async fn the_headline_is_the_engines_tco_and_follows_the_quick_start() {
    local_storage().clear().expect("clear");
    let (host, _app) = mount_app_on_storage();
    leptos::task::tick().await;
    assert_eq!(shown_tco(&host), engine_tco(|_| {}));

    type_into(&host, "qs-users", "40");
    leptos::task::tick().await;
    let want = engine_tco(|s| s.organisation.users = 40u64.try_into().expect("count"));
    assert_eq!(shown_tco(&host), want);
    // autosave is debounced: wait for it
    sleep(400).await;
    assert_eq!(saved().organisation.users, 40u64.try_into().expect("count"));
}

#[wasm_bindgen_test]
async fn bad_input_shows_a_message_and_keeps_the_last_valid_result() {
    local_storage().clear().expect("clear");
    let (host, _app) = mount_app_on_storage();
    type_into(&host, "qs-users", "20");
    leptos::task::tick().await;
    let valid = shown_tco(&host);

    for bad in ["abc", "-3", "2.5", "99999999999"] {
        type_into(&host, "qs-users", bad);
        leptos::task::tick().await;
        assert!(
            !text(&host, "error-qs-users").is_empty(),
            "no message for {bad:?}"
        );
        assert_eq!(shown_tco(&host), valid, "result changed on {bad:?}");
        assert_eq!(input(&host, "qs-users").value(), bad, "typed text kept");
    }
    type_into(&host, "qs-users", "25");
    leptos::task::tick().await;
    assert!(text(&host, "error-qs-users").is_empty());
    assert_ne!(shown_tco(&host), valid);
}

#[wasm_bindgen_test]
async fn percentages_are_typed_as_percent_and_grouping_separators_are_accepted() {
    local_storage().clear().expect("clear");
    let (host, _app) = mount_app_on_storage();
    open_sections(&host).await;
    type_into(&host, "pricing.seat_price_per_month", "1,250.50");
    type_into(&host, "finance.discount_rate", "12.5");
    sleep(400).await;
    assert_eq!(
        text(&host, "error-pricing.seat_price_per_month"),
        "",
        "no error for a valid price"
    );
    let s = saved();
    assert_eq!(
        s.pricing.seat_price_per_month.get(),
        Decimal::new(125050, 2)
    );
    assert_eq!(s.finance.discount_rate.get(), Decimal::new(125, 3));

    type_into(&host, "finance.discount_rate", "150");
    leptos::task::tick().await;
    assert!(!text(&host, "error-finance.discount_rate").is_empty());
    sleep(400).await;
    assert_eq!(saved().finance.discount_rate.get(), Decimal::new(125, 3));
}

#[wasm_bindgen_test]
async fn a_changed_field_looks_changed_and_resets_to_its_default() {
    local_storage().clear().expect("clear");
    let (host, _app) = mount_app_on_storage();
    open_sections(&host).await;
    let field = |host: &web_sys::HtmlElement| {
        input(host, "training.hours_per_user")
            .closest(".field")
            .expect("closest")
            .expect("field")
    };
    assert!(!field(&host).class_list().contains("changed"));
    type_into(&host, "training.hours_per_user", "4");
    leptos::task::tick().await;
    assert!(field(&host).class_list().contains("changed"));
    let reset: web_sys::HtmlElement = host
        .query_selector("[data-testid=\"reset-training.hours_per_user\"]")
        .expect("query")
        .expect("reset button")
        .unchecked_into();
    reset.click();
    leptos::task::tick().await;
    assert!(!field(&host).class_list().contains("changed"));
    sleep(400).await;
    assert_eq!(
        saved().training.hours_per_user,
        Scenario::default().training.hours_per_user
    );
    assert_eq!(input(&host, "training.hours_per_user").value(), "1");
}

#[wasm_bindgen_test]
async fn switching_language_translates_the_page_and_sets_html_lang() {
    local_storage().clear().expect("clear");
    // The page fetches the Chinese texts before it switches; here they are installed directly.
    crm_truecost::i18n::catalog::install(
        crm_truecost::i18n::Locale::ZhHans,
        include_str!("../src/web/i18n/zh-Hans.json"),
    )
    .expect("the Chinese catalog");
    let (host, _app) = mount_app_on_storage();
    let select: web_sys::HtmlSelectElement = host
        .query_selector("[data-testid=language]")
        .expect("query")
        .expect("language switch")
        .unchecked_into();
    select.set_value("zh-Hans");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).expect("ev"))
        .expect("dispatch");
    leptos::task::tick().await;
    let lang = document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default();
    assert_eq!(lang, "zh-Hans");
    assert!(text(&host, "headline-tco").contains("总拥有成本"));
    assert_eq!(
        storage::load_current().settings.locale.as_deref(),
        Some("zh-Hans")
    );
}

#[wasm_bindgen_test]
async fn every_default_shows_where_it_came_from() {
    local_storage().clear().expect("clear");
    let (host, _app) = mount_app_on_storage();
    open_sections(&host).await;
    leptos::task::tick().await;
    // a rule of thumb: its rationale and source
    let info = |path: &str| format!("[data-testid=\"{path}\"]");
    let open_info = |host: &web_sys::HtmlElement, path: &str| {
        let field = host
            .query_selector(&info(path))
            .expect("query")
            .and_then(|e| e.closest(".field").ok().flatten())
            .expect("field");
        let button: web_sys::HtmlElement = field
            .query_selector("button.info")
            .expect("query")
            .unwrap_or_else(|| panic!("no info marker on {path}"))
            .unchecked_into();
        button.click();
    };
    open_info(&host, "training.hours_per_user");
    leptos::task::tick().await;
    let rule = text(&host, "info-training.hours_per_user");
    assert!(rule.contains("[A]"), "{rule}");
    // an example value of the default scenario says so
    open_info(&host, "pricing.seat_price_per_month");
    leptos::task::tick().await;
    let example = text(&host, "info-pricing.seat_price_per_month");
    assert!(example.contains("Example value"), "{example}");
    assert!(example.contains("65"), "{example}");
    // every non-zero default has a marker
    let fields = host.query_selector_all(".field").expect("fields");
    let mut without = Vec::new();
    for i in 0..fields.length() {
        let Some(field) = fields.item(i) else {
            continue;
        };
        let field: web_sys::Element = field.unchecked_into();
        let Some(input) = field
            .query_selector("input[inputmode=decimal]")
            .ok()
            .flatten()
        else {
            continue;
        };
        let value = input.unchecked_into::<web_sys::HtmlInputElement>().value();
        let compact = field.class_list().contains("compact");
        // An empty field (e.g. an unanswered checklist value) has no default to source.
        let default_shown = !value.is_empty() && value != "0";
        if !compact && default_shown && field.query_selector("button.info").ok().flatten().is_none()
        {
            without.push(value);
        }
    }
    assert!(
        without.is_empty(),
        "non-zero defaults without a source: {without:?}"
    );
}

#[wasm_bindgen_test]
async fn an_overlong_name_is_cut_and_never_makes_the_scenario_invalid() {
    local_storage().clear().expect("clear");
    let (host, _app) = mount_app_on_storage();
    let long: String = "名".repeat(500);
    type_into(&host, "scenario-name", &long);
    sleep(400).await;
    let name = saved().name;
    assert_eq!(
        name.chars().count(),
        crm_truecost::ui::fields::MAX_TYPED_NAME
    );
    assert!(saved().validate().is_ok());
    assert!(!shown_tco(&host).is_empty());
}
