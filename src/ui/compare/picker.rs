//! Picking what to compare: the saved scenarios (the open one marked) as checkboxes, 2 to 4 of
//! them, in the order picked.

use std::sync::Arc;

use leptos::prelude::*;
use truecost_model::compare::MAX_OPTIONS;

use super::state::Cmp;
use crate::i18n::{Cx, Msg};
use crate::ui::charts::{Item, indexed, text};
use crate::ui::fields::{lt, mt};

/// The saved scenarios to pick from (`data-testid="compare-pick"` checkboxes, value = id).
#[component]
pub fn Picker() -> impl IntoView {
    let cmp = Cmp::get();
    let library = cmp.library;
    let count = Memo::new(move |_| library.entries.with(Vec::len));
    let full = Memo::new(move |_| cmp.picks.with(Vec::len) >= MAX_OPTIONS);
    // The id and name of the saved scenario at `i`.
    let id_at = move |i: usize| {
        library
            .entries
            .with(|e| e.get(i).map(|s| s.id.clone()).unwrap_or_default())
    };
    let row: Item = Arc::new(move |i: usize| {
        let id = Memo::new(move |_| id_at(i));
        let name = move || {
            library.entries.with(|e| {
                e.get(i)
                    .map(|s| s.scenario.name.clone())
                    .unwrap_or_default()
            })
        };
        let not_open = move || {
            library
                .open_id
                .with(|o| o.as_deref() != Some(id.get().as_str()))
        };
        let picked = Memo::new(move |_| id.with(|id| cmp.picks.with(|p| p.contains(id))));
        let toggle = move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            let id = id.get_untracked();
            cmp.picks.update(|p| {
                p.retain(|x| *x != id);
                if on && p.len() < MAX_OPTIONS {
                    p.push(id);
                }
            });
        };
        view! {
            <li>
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="compare-pick"
                        value=text(move || id.get())
                        prop:checked=move || picked.get()
                        disabled=move || full.get() && !picked.get()
                        on:change=toggle
                    />
                    <span>{text(name)}</span>
                    " "
                    <span class="badge" hidden=not_open>{mt(Msg::IsOpen)}</span>
                </label>
            </li>
        }
        .into_any()
    });
    view! {
        <fieldset class="group compare-picker">
            <legend>{lt(Cx::YourScenarios)}</legend>
            <ul class="plain-list">{indexed(count, row)}</ul>
            <p class="hint" hidden=move || !full.get()>{lt(Cx::AtMostFour)}</p>
        </fieldset>
    }
}
