//! Browser tests of the hidden-fee checklist and the requirements-fit scorecard: mount the app
//! in headless Chromium, answer and score through the page, and check the DOM against the
//! engine (`evaluate`, `fit::evaluate`). Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser_decide`.
#![cfg(target_arch = "wasm32")]

use std::str::FromStr;

use crm_truecost::i18n::{Locale, catalog};
use crm_truecost::model::fit;
use crm_truecost::model::{Answer, Percent, Question, Reply, Scenario, Score, Scorecard, evaluate};
use crm_truecost::storage;
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod browser_support;
use browser_support::*;

fn shown_tco(root: &web_sys::Element) -> String {
    by_id(root, "headline-tco-value")
        .get_attribute("data-value")
        .unwrap_or_default()
}

/// Opens a (lazily built) editor section and waits until its body is there.
async fn open_section(host: &web_sys::HtmlElement, id: &str, inside: &'static str) {
    until("the app", || {
        find(host, "[data-testid=headline-tco-value]").is_some()
    })
    .await;
    let section = by_id(host, &format!("section-{id}"));
    if let Some(summary) = find(&section, "summary") {
        summary.click();
    }
    until(inside, || {
        find(host, &format!("[data-testid=\"{inside}\"]")).is_some()
    })
    .await;
}

fn engine_tco(s: &Scenario) -> String {
    evaluate(s).expect("valid").totals.tco.to_string()
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

#[wasm_bindgen_test]
async fn an_answer_changes_the_tco_to_the_engines_figure_and_marks_its_numbers() {
    let (host, _app) = mount_app();
    open_section(&host, "checklist", "q-renewal_uplift-yes").await;
    let before = shown_tco(&host);
    by_id(&host, "q-renewal_uplift-yes").click();
    until("the value input", || {
        find(&host, "[data-testid=q-renewal_uplift-percent]").is_some()
    })
    .await;
    type_into(&host, "q-renewal_uplift-percent", "12");
    let mut expected = Scenario::default();
    expected.checklist.set(Answer {
        percent: Some(Percent::try_from(d("0.12")).expect("12 %")),
        ..Answer::new(Question::RenewalUplift, Reply::Yes)
    });
    let want = engine_tco(&expected);
    until("the new TCO", || shown_tco(&host) == want).await;
    assert_ne!(want, before);
    let effect = text(&host, "q-renewal_uplift-effect");
    assert!(effect.contains("12%") && effect.contains("7%"), "{effect}");
    // The numbers that came from the answer are marked, with the question named.
    until("the marked line", || {
        find(
            &host,
            "[data-testid=checklist-line][data-code=renewal_uplift]",
        )
        .is_some()
    })
    .await;
    let mark = by_id(&host, "category-mark");
    let tip = mark.get_attribute("title").unwrap_or_default();
    assert!(tip.contains("Is the price raised at renewal?"), "{tip}");
    // Kept with the scenario.
    sleep(450).await;
    assert_eq!(saved().checklist, expected.checklist);
}

#[wasm_bindgen_test]
async fn dont_know_is_an_open_question_and_changes_no_number() {
    let (host, _app) = mount_app();
    open_section(&host, "checklist", "q-storage_limit-dont_know").await;
    let before = shown_tco(&host);
    // Before any answer the fit/open-questions block is not mounted at all; if it is, it must
    // be hidden.
    assert!(
        find(&host, "[data-testid=\"open-questions\"]").is_none_or(|e| e.hidden()),
        "no open question yet"
    );
    by_id(&host, "q-storage_limit-dont_know").click();
    until("the open question", || {
        find(
            &host,
            "[data-testid=open-questions] li[data-code=storage_limit]",
        )
        .is_some()
    })
    .await;
    assert!(!by_id(&host, "open-questions").hidden());
    assert!(text(&host, "open-questions").contains("Open questions (1)"));
    assert_eq!(shown_tco(&host), before);
    assert!(text(&host, "q-storage_limit-effect").starts_with("Open question"));
    // Answering it removes it from the list.
    by_id(&host, "q-storage_limit-no").click();
    until("no open question", || {
        by_id(&host, "open-questions").hidden()
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_bad_value_is_refused_at_the_field_and_never_reaches_the_engine() {
    let (host, _app) = mount_app();
    open_section(&host, "checklist", "q-minimum_term-yes").await;
    by_id(&host, "q-minimum_term-yes").click();
    until("the value input", || {
        find(&host, "[data-testid=q-minimum_term-count]").is_some()
    })
    .await;
    type_into(&host, "q-minimum_term-count", "3");
    sleep(100).await;
    let tco = shown_tco(&host);
    for bad in ["11", "abc", "2.5"] {
        type_into(&host, "q-minimum_term-count", bad);
        sleep(50).await;
        let error = text(&host, "error-q-minimum_term-count");
        assert!(!error.is_empty(), "{bad} was accepted");
        assert_eq!(shown_tco(&host), tco, "{bad} reached the engine");
    }
    sleep(400).await;
    let kept = saved();
    let answer = kept
        .checklist
        .answer(Question::MinimumTerm)
        .expect("answer");
    assert_eq!(answer.count.map(|c| c.get()), Some(3));
    // A blank value is "not given": the answer then needs its value and counts nothing.
    type_into(&host, "q-minimum_term-count", "");
    sleep(400).await;
    assert_eq!(
        saved()
            .checklist
            .answer(Question::MinimumTerm)
            .and_then(|a| a.count),
        None
    );
    assert!(text(&host, "error-q-minimum_term-count").is_empty());
}

/// Opens the scorecard with the starter list and one reviewer (number 0).
async fn started_scorecard(host: &web_sys::HtmlElement) {
    open_section(host, "fit", "start-starter").await;
    by_id(host, "start-starter").click();
    until("the grid", || {
        find(host, "[data-testid=fit-grid]").is_some()
    })
    .await;
    until("the cells", || {
        find(host, "[data-testid=score-contact_management-0]").is_some()
    })
    .await;
}

#[wasm_bindgen_test]
async fn scores_give_the_engines_fit_must_have_failure_and_the_60_percent_warning() {
    let (host, _app) = mount_app();
    started_scorecard(&host).await;
    assert_eq!(count(&host, "[data-testid=requirement-row]"), 22);
    type_into(&host, "score-contact_management-0", "2");
    type_into(&host, "score-sales_pipeline-0", "0");
    let mut card = Scorecard::default();
    card.add_starter_requirements();
    card.add_reviewer("Reviewer 1".into());
    for (id, score) in [
        ("contact_management", Score::FULL),
        ("sales_pipeline", Score::NONE),
    ] {
        card.requirements
            .iter_mut()
            .find(|r| r.id == id)
            .expect("starter item")
            .set_score(0, Some(score));
    }
    let want = fit::evaluate(&card).expect("a fit");
    let share = want.fit.expect("scored").to_string();
    until("the fit", || {
        find(
            &host,
            "[data-testid=fit-summary-editor] [data-testid=fit-badge]",
        )
        .and_then(|b| b.get_attribute("data-fit"))
        .as_deref()
            == Some(share.as_str())
    })
    .await;
    assert!(want.below_threshold && want.fails_must_have);
    let fails = find(&host, "[data-testid=fit-summary-editor] .fails").expect("the mark");
    assert!(!fails.hidden() && fails.text_content().unwrap_or_default() == "fails a must-have");
    assert!(text(&host, "fit-warning").contains("below 60 %"));
    assert_eq!(text(&host, "req-average-contact_management"), "2");
    // The results panel says it too, in words.
    until("the results' fit", || {
        find(&host, "[data-testid=fit-summary]").is_some_and(|e| !e.hidden())
    })
    .await;
    until("the warning", || {
        text(&host, "warnings").contains("below 60 %")
    })
    .await;
    // Full marks on both: no warning, no failure.
    type_into(&host, "score-sales_pipeline-0", "2");
    until("no warning", || by_id(&host, "fit-warning").hidden()).await;
    let fails = find(&host, "[data-testid=fit-summary-editor] .fails").expect("the mark");
    assert!(fails.hidden(), "no must-have fails any more");
}

#[wasm_bindgen_test]
async fn out_of_range_weights_and_scores_are_refused_next_to_the_field() {
    let (host, _app) = mount_app();
    started_scorecard(&host).await;
    type_into(&host, "req-weight-mobile_app", "9");
    type_into(&host, "score-mobile_app-0", "3");
    sleep(100).await;
    assert!(text(&host, "error-req-weight-mobile_app").contains("1 to 5"));
    assert!(text(&host, "error-score-mobile_app-0").contains("0 (none)"));
    sleep(400).await;
    let card = saved().fit;
    let mobile = card
        .requirements
        .iter()
        .find(|r| r.id == "mobile_app")
        .expect("starter item");
    assert_eq!(mobile.weight.get(), 3, "the weight kept its valid value");
    assert_eq!(mobile.score(0), None);
    // A valid value clears the message.
    type_into(&host, "req-weight-mobile_app", "5");
    sleep(50).await;
    assert!(text(&host, "error-req-weight-mobile_app").is_empty());
}

#[wasm_bindgen_test]
async fn requirement_texts_and_reviewer_names_are_shown_as_text_never_html() {
    let (host, _app) = mount_app();
    started_scorecard(&host).await;
    let evil = "<img src=x onerror=\"window.__xss=1\">";
    type_into(&host, "req-text-contact_management", evil);
    type_into(&host, "reviewer-name-0", evil);
    // A must-have scored 0 names the requirement in the results' warning.
    type_into(&host, "score-contact_management-0", "0");
    until("the warning", || text(&host, "warnings").contains("<img")).await;
    sleep(100).await;
    assert_eq!(count(&host, "img"), 0);
    let head = find(&host, ".reviewer-col").expect("reviewer column");
    assert_eq!(head.text_content().unwrap_or_default(), evil);
    let xss =
        js_sys::Reflect::get(&web_sys::window().expect("window"), &"__xss".into()).expect("get");
    assert!(xss.is_undefined());
}

#[wasm_bindgen_test]
async fn a_score_change_redraws_its_cell_not_the_grid() {
    let (host, _app) = mount_app();
    started_scorecard(&host).await;
    let row = find(&host, "[data-testid=requirement-row][data-id=mobile_app]").expect("row");
    let other = by_id(&host, "score-backup_recovery-0");
    type_into(&host, "score-mobile_app-0", "1");
    until("the average", || {
        text(&host, "req-average-mobile_app") == "1"
    })
    .await;
    let row_now = find(&host, "[data-testid=requirement-row][data-id=mobile_app]").expect("row");
    let other_now = by_id(&host, "score-backup_recovery-0");
    assert!(row.is_same_node(Some(&row_now)), "the row was rebuilt");
    assert!(
        other.is_same_node(Some(&other_now)),
        "another cell was rebuilt"
    );
}

#[wasm_bindgen_test]
async fn the_question_sheet_prints_alone_in_the_chosen_language() {
    let window = web_sys::window().expect("window");
    let counter = js_sys::Function::new_no_args("window.__printed = (window.__printed || 0) + 1;");
    js_sys::Reflect::set(&window, &"print".into(), &counter).expect("stub print");
    let (host, _app) = mount_app();
    open_section(&host, "checklist", "print-sheet").await;
    by_id(&host, "print-sheet").click();
    let body = document().body().expect("body");
    until("the sheet", || {
        find(&body, "[data-testid=question-sheet]").is_some()
    })
    .await;
    let root = document().document_element().expect("html");
    assert!(root.class_list().contains("sheet-mode"));
    assert_eq!(count(&body, "[data-testid=sheet-question]"), 18);
    until("print", || {
        js_sys::Reflect::get(&window, &"__printed".into())
            .ok()
            .and_then(|v| v.as_f64())
            == Some(1.0)
    })
    .await;
    // In Thai, from the sheet's own language choice (the catalog a page would fetch).
    catalog::install(Locale::Th, include_str!("../src/web/i18n/th.json")).expect("Thai catalog");
    let select: web_sys::HtmlSelectElement = by_id(&body, "sheet-language").unchecked_into();
    select.set_value("th");
    let ev = web_sys::Event::new("change").expect("event");
    select.dispatch_event(&ev).expect("dispatch");
    until("Thai", || {
        text(&body, "question-sheet").contains("คำถามถึงผู้ขาย")
    })
    .await;
    by_id(&body, "sheet-close").click();
    until("closed", || {
        find(&body, "[data-testid=question-sheet]").is_none()
    })
    .await;
    assert!(!root.class_list().contains("sheet-mode"));
}
