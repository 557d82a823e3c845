//! The named reviewers of the open candidate (the team vote): add, rename, remove. Names are
//! plain text; a reviewer's scores sit at their position, so a rename keeps them.

use leptos::prelude::*;
use truecost_model::{MAX_REVIEWER_CHARS, MAX_REVIEWERS};

use crate::i18n::{DecideText as D, Label};
use crate::ui::fields::{Planner, lt};

/// The reviewers list; `names` in order (a reviewer is their position).
#[component]
pub fn Reviewers(names: Memo<Vec<String>>) -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let locale = planner.locale;
    let count = Memo::new(move |_| names.with(Vec::len));
    let add = move |_| {
        let l = locale.get_untracked();
        planner.try_change(|s| {
            let n = s.fit.reviewers.len() + 1;
            s.fit
                .add_reviewer(D::ReviewerN.text(l).replace("{n}", &n.to_string()));
        });
    };
    let row = move |i: usize| {
        let name = move || names.with(|n| n.get(i).cloned().unwrap_or_default());
        view! {
            <li class="reviewer" data-testid="reviewer">
                <input
                    type="text"
                    maxlength=MAX_REVIEWER_CHARS.to_string()
                    aria-label=lt(D::ReviewerName)
                    data-testid=format!("reviewer-name-{i}")
                    prop:value=name
                    on:input=move |ev| {
                        let typed: String = event_target_value(&ev)
                            .chars()
                            .take(MAX_REVIEWER_CHARS)
                            .collect();
                        scenario.update(|s| {
                            if let Some(r) = s.fit.reviewers.get_mut(i) {
                                r.clone_from(&typed);
                            }
                        });
                    }
                />
                <button
                    type="button"
                    class="link"
                    data-testid=format!("reviewer-remove-{i}")
                    on:click=move |_| scenario.update(|s| s.fit.remove_reviewer(i))
                >
                    {lt(Label::Remove)}
                </button>
            </li>
        }
    };
    view! {
        <fieldset class="group reviewers">
            <legend>{lt(D::Reviewers)}</legend>
            <ul class="reviewer-list">
                <For each=move || 0..count.get() key=|i| *i children=row />
            </ul>
            <button
                type="button"
                data-testid="add-reviewer"
                disabled=move || { count.get() >= MAX_REVIEWERS }
                on:click=add
            >
                {lt(D::AddReviewer)}
            </button>
        </fieldset>
    }
}
