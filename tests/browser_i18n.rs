//! Browser tests of the languages loaded at run time: the wasm holds English only, Chinese and
//! Thai come from the catalogs in `src/web/i18n/`. A language whose catalog cannot be fetched
//! is not switched to and the page says so; once its catalog is there, switching translates
//! the page. Run with `cargo test --target wasm32-unknown-unknown --test browser_i18n`.
//!
//! The test server serves no `i18n/` folder, so every fetch of a catalog fails here: a catalog
//! is there only when a test installs it. One page runs all tests of this file and an installed
//! catalog stays, so only the test that first finds Thai unavailable installs Thai.
#![cfg(target_arch = "wasm32")]

use crm_truecost::i18n::{Locale, Msg, catalog};
use crm_truecost::storage;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::*;

const ZH: &str = include_str!("../src/web/i18n/zh-Hans.json");
const TH: &str = include_str!("../src/web/i18n/th.json");

fn by_testid(host: &web_sys::HtmlElement, testid: &str) -> web_sys::Element {
    host.query_selector(&format!("[data-testid=\"{testid}\"]"))
        .expect("query")
        .unwrap_or_else(|| panic!("no {testid}"))
}

fn text_of(host: &web_sys::HtmlElement, testid: &str) -> String {
    by_testid(host, testid).text_content().unwrap_or_default()
}

fn html_lang() -> String {
    document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default()
}

fn choose_language(host: &web_sys::HtmlElement, tag: &str) {
    let select: web_sys::HtmlSelectElement = by_testid(host, "language").unchecked_into();
    select.set_value(tag);
    fire(&select, "change");
}

#[wasm_bindgen_test]
async fn a_language_that_cannot_be_fetched_is_not_shown_and_the_page_says_so() {
    clear_storage();
    let (host, _app) = mount_app_on_storage();
    leptos::task::tick().await;
    assert!(!catalog::is_ready(Locale::Th));
    let english_headline = text_of(&host, "headline-tco");

    choose_language(&host, "th");
    until("the page says Thai could not be loaded", || {
        text_of(&host, "language-status").contains("could not be loaded")
    })
    .await;
    assert!(text_of(&host, "language-status").contains("ไทย"));
    assert_eq!(html_lang(), "en", "the page stays in English");
    assert_eq!(text_of(&host, "headline-tco"), english_headline);
    let select: web_sys::HtmlSelectElement = by_testid(&host, "language").unchecked_into();
    assert_eq!(
        select.value(),
        "en",
        "the switch shows the language the page is in"
    );
    assert_eq!(
        storage::load_current().settings.locale,
        None,
        "a language that was never shown is not remembered"
    );

    // Once the catalog is there (in the page: fetched, or from the service worker's cache),
    // the same choice switches at once and is remembered.
    catalog::install(Locale::Th, TH).expect("the committed Thai catalog installs");
    choose_language(&host, "th");
    leptos::task::tick().await;
    assert_eq!(html_lang(), "th");
    assert!(text_of(&host, "headline-tco").contains("ต้นทุน"));
    assert_eq!(text_of(&host, "language-status"), "");
    assert_eq!(
        storage::load_current().settings.locale.as_deref(),
        Some("th")
    );
}

#[wasm_bindgen_test]
async fn an_installed_catalog_translates_every_text_of_the_page() {
    clear_storage();
    catalog::install(Locale::ZhHans, ZH).expect("the committed Chinese catalog installs");
    let (host, _app) = mount_app_on_storage();
    leptos::task::tick().await;
    choose_language(&host, "zh-Hans");
    leptos::task::tick().await;
    assert_eq!(html_lang(), "zh-Hans");
    assert!(text_of(&host, "headline-tco").contains("总拥有成本"));
    assert_eq!(Msg::Results.text(Locale::ZhHans), "结果");
    assert_eq!(Msg::Results.text(Locale::En), "Results");
    // The assumptions' rationales come from the catalog too.
    assert_eq!(
        crm_truecost::i18n::assumption_rationale("horizon", Locale::ZhHans, "English"),
        "总拥有成本应按 5 到 10 年来评估，而不只看第一年。"
    );
}

#[wasm_bindgen_test]
async fn a_saved_language_whose_catalog_is_there_opens_without_english() {
    clear_storage();
    catalog::install(Locale::ZhHans, ZH).expect("installs");
    storage::commit(|env| env.settings.locale = Some("zh-Hans".into())).expect("saved");
    let (host, _app) = mount_app_on_storage();
    // Already Chinese as mounted, before any task ran.
    assert!(text_of(&host, "headline-tco").contains("总拥有成本"));
    assert_eq!(text_of(&host, "language-status"), "");
}
