//! The candidates side by side: every saved scenario (the open one as it is now) with its fit,
//! must-have failures, open questions, TCO and NPV — each from the engine's results of that
//! scenario; the page only formats them.

use leptos::prelude::*;
use rust_decimal::Decimal;
use truecost_model::{Results, Scenario, evaluate};

use super::fit_badge::{FitBadge, FitGlance};
use crate::i18n::format::{Style, format};
use crate::i18n::{DecideText as D, Msg};
use crate::ui::fields::{Planner, lt};
use crate::ui::library::Library;

/// One candidate's row; its results are computed when its scenario changes.
#[component]
fn CandidateRow(id: String) -> impl IntoView {
    let library = Library::get();
    let planner = Planner::get();
    let locale = planner.locale;
    let is_open = {
        let id = id.clone();
        Memo::new(move |_| library.open_id.get().as_deref() == Some(id.as_str()))
    };
    let saved: Memo<Option<Scenario>> = Memo::new(move |_| {
        library
            .entries
            .with(|e| e.iter().find(|s| s.id == id).map(|s| s.scenario.clone()))
    });
    let results: Memo<Option<Results>> = Memo::new(move |_| {
        if is_open.get() {
            planner.scenario.with(|s| evaluate(s).ok())
        } else {
            saved.with(|s| s.as_ref().and_then(|s| evaluate(s).ok()))
        }
    });
    let name = move || {
        if is_open.get() {
            planner.scenario.with(|s| s.name.clone())
        } else {
            saved.with(|s| s.as_ref().map(|s| s.name.clone()).unwrap_or_default())
        }
    };
    let glance =
        Signal::derive(move || results.with(|r| r.as_ref().and_then(FitGlance::of_results)));
    let must = move || {
        let l = locale.get();
        results.with(|r| {
            r.as_ref()
                .and_then(|r| r.fit.as_ref())
                .map(|f| {
                    if f.fails_must_have {
                        D::FailsMustHave.text(l)
                    } else {
                        D::AllMet.text(l)
                    }
                })
                .unwrap_or("–")
        })
    };
    let open_questions = move || {
        results.with(|r| {
            r.as_ref()
                .map(|r| r.open_questions.len().to_string())
                .unwrap_or_default()
        })
    };
    let money = move |pick: fn(&Results) -> Decimal| {
        move || {
            let l = locale.get();
            results.with(|r| {
                r.as_ref()
                    .map(|r| format(pick(r), l, &Style::Money(r.currency.as_str().to_string())))
                    .unwrap_or_default()
            })
        }
    };
    view! {
        <tr data-testid="candidate-row" class:open-row=move || is_open.get()>
            <td data-testid="candidate-name">
                {name}
                " "
                <span class="tag" hidden=move || !is_open.get()>
                    {lt(D::OpenNow)}
                </span>
            </td>
            <td>
                <FitBadge fit=glance />
            </td>
            <td data-testid="candidate-must">{must}</td>
            <td class="num" data-testid="candidate-open-questions">{open_questions}</td>
            <td class="num" data-testid="candidate-tco">{money(|r| r.totals.tco)}</td>
            <td class="num" data-testid="candidate-npv">{money(|r| r.totals.npv)}</td>
        </tr>
    }
}

/// The table of candidates (all saved scenarios and the open one).
#[component]
pub fn CandidatesFields() -> impl IntoView {
    let library = Library::get();
    let ids = Memo::new(move |_| {
        library
            .entries
            .with(|e| e.iter().map(|s| s.id.clone()).collect::<Vec<_>>())
    });
    let th = move |t: crate::i18n::Text| view! { <th scope="col">{lt(t)}</th> };
    view! {
        <>
            <div class="table-scroll" tabindex="0" role="region" aria-label=lt(D::Candidates)>
                <table data-testid="candidates">
                    <thead>
                        <tr>
                            {th(D::CandidateCol.into())}
                            {th(D::Fit.into())}
                            {th(D::MustHavesCol.into())}
                            {th(D::OpenQuestionsCol.into())}
                            {th(Msg::Tco.into())}
                            {th(Msg::Npv.into())}
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || ids.get() key=|id| id.clone() let:id>
                            <CandidateRow id=id />
                        </For>
                    </tbody>
                </table>
            </div>
        </>
    }
}
