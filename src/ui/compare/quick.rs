//! Quick compare: pick 2–4 vendor presets; each becomes a new saved scenario made from the open
//! one with only its pricing changed (the engine's `apply_preset`), and the comparison opens.

use leptos::prelude::*;
use truecost_model::compare::{MAX_OPTIONS, MIN_OPTIONS};
use truecost_model::presets::{ApplyOptions, PresetError, apply_preset, presets};

use super::preset_picker::{preset_error_text, preset_label};
use super::state::Cmp;
use crate::i18n::Cx;
use crate::ui::fields::{clip_name, lt};

/// The presets as checkboxes (`data-testid="quick-pick"`, value = preset id, alphabetical as
/// the data lists them) and the button that makes and compares the scenarios.
#[component]
pub fn QuickCompare() -> impl IntoView {
    let cmp = Cmp::get();
    let planner = cmp.planner;
    let locale = planner.locale;
    let chosen = RwSignal::new(Vec::<&'static str>::new());
    let problem = RwSignal::new(None::<PresetError>);
    let count = Memo::new(move |_| chosen.with(Vec::len));
    let help = move || {
        let l = locale.get();
        planner.scenario.with(|s| {
            Cx::QuickHelp
                .text(l)
                .replace("{users}", &s.organisation.users.get().to_string())
                .replace("{years}", &s.horizon.get().to_string())
        })
    };
    let go = move |_| {
        let from = planner.scenario.get_untracked();
        let l = locale.get_untracked();
        let ids = chosen.get_untracked();
        let mut made = Vec::new();
        for id in ids {
            let Some(p) = presets().iter().find(|p| p.id == id) else {
                continue;
            };
            match apply_preset(&from, p, ApplyOptions::default()) {
                Ok(applied) => {
                    let mut s = applied.scenario;
                    s.name = clip_name(&preset_label(p, l));
                    made.push(s);
                }
                Err(e) => {
                    problem.set(Some(e));
                    return;
                }
            }
        }
        problem.set(None);
        let ids: Vec<String> = made
            .into_iter()
            .filter_map(|s| cmp.library.add(s, false))
            .collect();
        if ids.len() >= MIN_OPTIONS {
            chosen.set(Vec::new());
            cmp.compare_saved(ids);
        }
    };
    let option = move |i: usize| {
        let p = &presets()[i];
        let id = p.id;
        let on = Memo::new(move |_| chosen.with(|c| c.contains(&id)));
        let toggle = move |ev: leptos::ev::Event| {
            let checked = event_target_checked(&ev);
            chosen.update(|c| {
                c.retain(|x| *x != id);
                if checked && c.len() < MAX_OPTIONS {
                    c.push(id);
                }
            });
        };
        view! {
            <li>
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="quick-pick"
                        value=id
                        prop:checked=move || on.get()
                        disabled=move || { count.get() >= MAX_OPTIONS && !on.get() }
                        on:change=toggle
                    />
                    <span translate="no">{move || preset_label(p, locale.get())}</span>
                </label>
            </li>
        }
    };
    view! {
        <details class="group quick-compare" data-testid="quick-compare">
            <summary>{lt(Cx::QuickTitle)}</summary>
            <p class="explain">{help}</p>
            <ul class="plain-list columns">
                {(0..presets().len()).map(option).collect_view()}
            </ul>
            {move || {
                problem
                    .get()
                    .map(|e| {
                        view! {
                            <p class="field-error" role="alert" data-testid="quick-error">
                                {preset_error_text(&e, locale.get())}
                            </p>
                        }
                    })
            }}
            <button
                type="button"
                class="primary"
                data-testid="quick-go"
                disabled=move || !(MIN_OPTIONS..=MAX_OPTIONS).contains(&count.get())
                on:click=go
            >
                {lt(Cx::QuickGo)}
            </button>
        </details>
    }
}
