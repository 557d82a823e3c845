//! Picking what to compare: the saved scenarios (the open one marked) as checkboxes, 2 to 4 of
//! them, in the order picked.

use leptos::prelude::*;
use truecost_model::compare::MAX_OPTIONS;

use super::state::Cmp;
use crate::i18n::{Cx, Msg};
use crate::ui::fields::{lt, mt};

/// The saved scenarios to pick from (`data-testid="compare-pick"` checkboxes, value = id).
#[component]
pub fn Picker() -> impl IntoView {
    let cmp = Cmp::get();
    let library = cmp.library;
    let ids = Memo::new(move |_| {
        library
            .entries
            .with(|e| e.iter().map(|s| s.id.clone()).collect::<Vec<_>>())
    });
    let full = Memo::new(move |_| cmp.picks.with(Vec::len) >= MAX_OPTIONS);
    let row = move |id: String| {
        let name = {
            let id = id.clone();
            move || {
                library.entries.with(|e| {
                    e.iter()
                        .find(|s| s.id == id)
                        .map(|s| s.scenario.name.clone())
                        .unwrap_or_default()
                })
            }
        };
        let is_open = {
            let id = id.clone();
            move || library.open_id.get().as_deref() == Some(id.as_str())
        };
        let picked = {
            let id = id.clone();
            Memo::new(move |_| cmp.picks.with(|p| p.contains(&id)))
        };
        let toggle = {
            let id = id.clone();
            move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                cmp.picks.update(|p| {
                    p.retain(|x| *x != id);
                    if on && p.len() < MAX_OPTIONS {
                        p.push(id.clone());
                    }
                });
            }
        };
        view! {
            <li>
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="compare-pick"
                        value=id.clone()
                        prop:checked=move || picked.get()
                        disabled=move || full.get() && !picked.get()
                        on:change=toggle
                    />
                    <span>{name}</span>
                    <Show when=is_open.clone()>
                        " "
                        <span class="badge">{mt(Msg::IsOpen)}</span>
                    </Show>
                </label>
            </li>
        }
    };
    view! {
        <fieldset class="group compare-picker">
            <legend>{lt(Cx::YourScenarios)}</legend>
            <ul class="plain-list">
                <For each=move || ids.get() key=|id| id.clone() children=row />
            </ul>
            <Show when=move || full.get()>
                <p class="hint">{lt(Cx::AtMostFour)}</p>
            </Show>
        </fieldset>
    }
}
