//! The hidden-fee checklist section of the open scenario: every question with its answer and
//! effect, and the button that opens the printable question sheet.

use std::time::Duration;

use leptos::prelude::*;
use truecost_model::Question;
use truecost_model::checklist;

use super::question::QuestionRow;
use super::sheet::QuestionSheet;
use crate::i18n::DecideText as D;
use crate::ui::fields::{Planner, lt};

/// Asks the browser to print the page (the question sheet, once it is shown).
pub(super) fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The checklist: questions in sheet order, each answer's statement from the engine.
#[component]
pub fn ChecklistFields() -> impl IntoView {
    let scenario = Planner::get().scenario;
    // The engine's own derivation of the effects (the same `checklist::apply` the results use).
    let effects = Memo::new(move |_| {
        scenario.with(|s| {
            checklist::apply(s)
                .map(|applied| applied.effects)
                .unwrap_or_default()
        })
    });
    let sheet = RwSignal::new(false);
    let open_sheet = move |_| {
        sheet.set(true);
        // After the sheet has been drawn.
        set_timeout(print_page, Duration::from_millis(100));
    };
    view! {
        <>
            <div class="actions">
                <button type="button" data-testid="print-sheet" on:click=open_sheet>
                    {lt(D::PrintSheet)}
                </button>
            </div>
            <ol class="questions">
                {Question::ALL
                    .iter()
                    .enumerate()
                    .map(|(i, &q)| view! { <QuestionRow question=q number=i + 1 effects=effects /> })
                    .collect_view()}
            </ol>
            <Show when=move || sheet.get()>
                <QuestionSheet open=sheet />
            </Show>
        </>
    }
}
