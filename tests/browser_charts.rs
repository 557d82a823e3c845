//! Browser tests of the charts: mount each chart in headless Chromium with the engine's results
//! for the default template and check bars, payback marker, legends and locale. Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser_charts`.
#![cfg(target_arch = "wasm32")]

use crm_truecost::i18n::{Locale, Msg, category, quadrant, t};
use crm_truecost::model::{Category, Quadrant, Results, evaluate, template};
use crm_truecost::ui::charts::{CostBars, CumulativeChart, QuadrantBar};
use leptos::prelude::*;
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::{count, host};

fn default_results() -> Results {
    let scenario = template("default").expect("the default template exists");
    evaluate(&scenario).expect("the default template evaluates")
}

/// The default results with every amount set to zero and no payback.
fn all_zero_results() -> Results {
    let mut r = default_results();
    for y in &mut r.years {
        y.costs = Decimal::ZERO;
        y.benefits = Decimal::ZERO;
        y.by_category.values_mut().for_each(|v| *v = Decimal::ZERO);
        y.by_quadrant.values_mut().for_each(|v| *v = Decimal::ZERO);
    }
    r.totals
        .by_category
        .values_mut()
        .for_each(|v| *v = Decimal::ZERO);
    r.totals
        .by_quadrant
        .values_mut()
        .for_each(|v| *v = Decimal::ZERO);
    r.totals.payback_months = None;
    r
}

/// Which chart to mount.
#[derive(Clone, Copy)]
enum Chart {
    Bars,
    Cumulative,
    Quadrants,
}

/// Mounts one chart in a fresh host element; the returned handle unmounts it when dropped.
fn mount(
    chart: Chart,
    results: RwSignal<Results>,
    locale: RwSignal<Locale>,
) -> (web_sys::HtmlElement, Box<dyn std::any::Any>) {
    let host = host();
    // The charts read `Option<Results>` (none before the first evaluation).
    let results = Signal::derive(move || Some(results.get()));
    let handle = leptos::mount::mount_to(host.clone(), move || match chart {
        Chart::Bars => view! { <CostBars results=results locale=locale /> }.into_any(),
        Chart::Cumulative => view! { <CumulativeChart results=results locale=locale /> }.into_any(),
        Chart::Quadrants => view! { <QuadrantBar results=results locale=locale /> }.into_any(),
    });
    (host, Box::new(handle))
}

/// Every element under `host` matching `selector`.
fn select_all(host: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let list = host.query_selector_all(selector).expect("a valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

fn texts(host: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    select_all(host, selector)
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect()
}

fn html(host: &web_sys::HtmlElement) -> String {
    host.inner_html()
}

#[wasm_bindgen_test]
fn cost_bars_draw_one_bar_per_period_and_list_the_categories_used() {
    let r = default_results();
    let horizon = r.horizon.years();
    let used: Vec<Category> = Category::ALL
        .into_iter()
        .filter(|c| r.totals.by_category.get(c).is_some_and(|v| !v.is_zero()))
        .collect();
    assert!(!used.is_empty());
    let (host, _h) = mount(Chart::Bars, RwSignal::new(r), RwSignal::new(Locale::En));
    assert_eq!(count(&host, "[data-testid=chart-cost-bars]"), 1);
    assert_eq!(
        count(
            &host,
            "[data-testid=chart-cost-bars] [data-testid=cost-bar]"
        ),
        horizon as u32 + 1
    );
    let legend = texts(&host, "[data-testid=chart-cost-bars] ul.legend li");
    let expected: Vec<String> = used
        .iter()
        .map(|&c| t(Locale::En, category(c)).to_owned())
        .collect();
    assert_eq!(legend, expected);
    // Period 0 is "Initial", then the year numbers.
    let labels = texts(&host, "text.period-label");
    assert_eq!(labels.len(), horizon + 1);
    assert_eq!(labels[0], "Initial");
    assert_eq!(labels[horizon], horizon.to_string());
    // Accessible: an SVG image with a title.
    assert_eq!(count(&host, "svg[role=img] > title"), 1);
    assert!(!html(&host).contains("NaN"));
}

#[wasm_bindgen_test]
fn cumulative_chart_marks_payback_as_the_engine_reports_it() {
    let r = default_results();
    let has_payback = r.totals.payback_months.is_some();
    let results = RwSignal::new(r.clone());
    let (host, _h) = mount(Chart::Cumulative, results, RwSignal::new(Locale::En));
    assert_eq!(count(&host, "[data-testid=chart-cumulative]"), 1);
    assert_eq!(
        count(&host, "[data-testid=payback-marker]"),
        u32::from(has_payback)
    );
    assert_eq!(
        count(&host, "[data-testid=no-payback]"),
        u32::from(!has_payback)
    );
    assert_eq!(count(&host, "polyline"), 2);
    assert_eq!(
        texts(&host, "ul.legend li"),
        vec![
            "Cumulative costs".to_owned(),
            "Cumulative benefits".to_owned()
        ]
    );
    assert!(!html(&host).contains("NaN"));
}

#[wasm_bindgen_test]
async fn cumulative_chart_without_payback_shows_the_note() {
    let results = RwSignal::new(default_results());
    let (host, _h) = mount(Chart::Cumulative, results, RwSignal::new(Locale::En));
    results.update(|r| r.totals.payback_months = None);
    leptos::task::tick().await;
    assert_eq!(count(&host, "[data-testid=payback-marker]"), 0);
    assert_eq!(
        texts(&host, "[data-testid=no-payback]"),
        vec![t(Locale::En, Msg::NoPaybackInHorizon).to_owned()]
    );
    results.update(|r| r.totals.payback_months = Some(Decimal::from(18)));
    leptos::task::tick().await;
    assert_eq!(count(&host, "[data-testid=payback-marker]"), 1);
    assert_eq!(count(&host, "[data-testid=no-payback]"), 0);
}

#[wasm_bindgen_test]
fn quadrant_bar_shows_every_quadrant_with_amount_and_share() {
    let r = default_results();
    let non_zero = Quadrant::ALL
        .into_iter()
        .filter(|q| r.totals.by_quadrant.get(q).is_some_and(|v| !v.is_zero()))
        .count();
    let (host, _h) = mount(
        Chart::Quadrants,
        RwSignal::new(r),
        RwSignal::new(Locale::En),
    );
    assert_eq!(count(&host, "[data-testid=chart-quadrants]"), 1);
    assert_eq!(
        count(&host, "[data-testid=quadrant-segment]"),
        non_zero as u32
    );
    let names = texts(&host, "ul.legend .legend-label");
    let expected: Vec<String> = Quadrant::ALL
        .into_iter()
        .map(|q| t(Locale::En, quadrant(q)).to_owned())
        .collect();
    assert_eq!(names, expected);
    let shares = texts(&host, "ul.legend .legend-share");
    assert_eq!(shares.len(), 4);
    assert!(shares.iter().all(|s| s.ends_with('%')), "{shares:?}");
    let amounts = texts(&host, "ul.legend .legend-amount");
    assert!(amounts.iter().all(|a| a.contains('$')), "{amounts:?}");
}

#[wasm_bindgen_test]
fn all_zero_results_draw_without_nan() {
    for chart in [Chart::Bars, Chart::Cumulative, Chart::Quadrants] {
        let r = all_zero_results();
        let periods = r.years.len() as u32;
        let (host, _h) = mount(chart, RwSignal::new(r), RwSignal::new(Locale::En));
        let markup = html(&host);
        assert!(
            !markup.contains("NaN") && !markup.contains("\"inf") && !markup.contains("Infinity"),
            "{markup}"
        );
        match chart {
            Chart::Bars => {
                assert_eq!(count(&host, "[data-testid=cost-bar]"), periods);
                assert_eq!(count(&host, "rect.segment"), 0);
                assert_eq!(count(&host, "ul.legend li"), 0);
            }
            Chart::Cumulative => {
                assert_eq!(count(&host, "[data-testid=payback-marker]"), 0);
                assert_eq!(count(&host, "[data-testid=no-payback]"), 1);
            }
            Chart::Quadrants => {
                assert_eq!(count(&host, "[data-testid=quadrant-segment]"), 0);
                assert_eq!(texts(&host, "ul.legend .legend-share"), vec!["—"; 4]);
            }
        }
    }
}

#[wasm_bindgen_test]
async fn charts_follow_the_locale() {
    let results = RwSignal::new(default_results());
    let locale = RwSignal::new(Locale::En);
    let (bars, _b) = mount(Chart::Bars, results, locale);
    let (lines, _l) = mount(Chart::Cumulative, results, locale);
    let en_ticks = texts(&bars, "text.tick-label");
    assert!(en_ticks.iter().any(|s| s.contains('$')), "{en_ticks:?}");
    // The page fetches the Chinese texts before it switches; here they are installed directly.
    crm_truecost::i18n::catalog::install(
        Locale::ZhHans,
        include_str!("../src/web/i18n/zh-Hans.json"),
    )
    .expect("the Chinese catalog");
    assert_eq!(t(Locale::ZhHans, Msg::PeriodInitial), "初始");
    locale.set(Locale::ZhHans);
    leptos::task::tick().await;
    assert_eq!(
        texts(&bars, "text.period-label")
            .first()
            .map(String::as_str),
        Some(t(Locale::ZhHans, Msg::PeriodInitial))
    );
    assert_eq!(
        texts(&bars, "figcaption"),
        vec![t(Locale::ZhHans, Msg::ChartCostByPeriod).to_owned()]
    );
    assert_ne!(texts(&bars, "text.tick-label"), en_ticks);
    assert_eq!(
        texts(&lines, "ul.legend li"),
        vec![
            t(Locale::ZhHans, Msg::CumulativeCosts).to_owned(),
            t(Locale::ZhHans, Msg::CumulativeBenefits).to_owned()
        ]
    );
    locale.set(Locale::Th);
    leptos::task::tick().await;
    if let Some(marker) = texts(&lines, "[data-testid=payback-marker] text").first() {
        assert_eq!(marker, t(Locale::Th, Msg::PaybackPoint));
    }
}
