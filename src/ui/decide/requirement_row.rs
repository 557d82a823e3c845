//! One row of the scorecard grid: the requirement's text, group, must-have and weight, one
//! score cell per reviewer, the team's average (from the engine) and Remove. Rows are keyed by
//! requirement id and each value is read by its own closure or memo, so a score typed into one
//! cell redraws that cell and its row's average — never the grid.

use std::sync::Arc;

use leptos::prelude::*;
use truecost_model::fit::FitResult;
use truecost_model::{MAX_REQUIREMENT_CHARS, Requirement, RequirementGroup, Scenario};

use super::int_cell::{Cell, IntCell};
use super::requirement_text;
use crate::i18n::format::{Style, format};
use crate::i18n::{DecideText as D, Label, group_text};
use crate::ui::fields::{Planner, lt};

/// The requirement `id` of the open scenario, for editing.
fn find_mut<'a>(s: &'a mut Scenario, id: &str) -> Option<&'a mut Requirement> {
    s.fit.requirements.iter_mut().find(|r| r.id == id)
}

/// The two rows of requirement `id` (its text; its values with one score cell per reviewer).
#[component]
pub fn RequirementRow(
    /// The requirement's id.
    id: String,
    /// The reviewers' names, in column order (a reviewer is their position).
    names: Memo<Vec<String>>,
    /// The ids of the list, in order.
    ids: Memo<Vec<String>>,
    /// The engine's fit of the scorecard.
    fit: Memo<Option<FitResult>>,
) -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let locale = planner.locale;
    let id: Arc<str> = id.into();
    // Its position in the list (the engine's fit reports by position); it changes only when
    // the list's ids do, so reading the requirement costs no search.
    let position = {
        let id = id.clone();
        Memo::new(move |_| ids.with(|all| all.iter().position(|r| *r == *id)))
    };
    let requirement = {
        let id = id.clone();
        Memo::new(move |_| {
            let at = position.get();
            scenario.with(|s| {
                at.and_then(|i| s.fit.requirements.get(i))
                    .filter(|r| *r.id == *id)
                    .cloned()
            })
        })
    };
    let text = move || {
        requirement.with(|r| {
            r.as_ref()
                .map(|r| requirement_text(r, locale.get()))
                .unwrap_or_default()
        })
    };
    let group = move || {
        requirement.with(|r| {
            r.as_ref()
                .and_then(|r| RequirementGroup::ALL.iter().position(|g| *g == r.group))
                .unwrap_or_default()
                .to_string()
        })
    };
    let must = move || requirement.with(|r| r.as_ref().is_some_and(|r| r.must_have));
    let edit = {
        let id = id.clone();
        move |change: &dyn Fn(&mut Requirement)| {
            scenario.update(|s| {
                if let Some(r) = find_mut(s, &id) {
                    change(r);
                }
            })
        }
    };
    let on_text = {
        let edit = edit.clone();
        move |ev: leptos::ev::Event| {
            let typed: String = event_target_value(&ev)
                .chars()
                .take(MAX_REQUIREMENT_CHARS)
                .collect();
            edit(&|r: &mut Requirement| r.text.clone_from(&typed));
        }
    };
    let on_group = {
        let edit = edit.clone();
        move |ev: leptos::ev::Event| {
            if let Some(g) = event_target_value(&ev)
                .parse::<usize>()
                .ok()
                .and_then(|i| RequirementGroup::ALL.get(i).copied())
            {
                edit(&|r: &mut Requirement| r.group = g);
            }
        }
    };
    let on_must = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        edit(&|r: &mut Requirement| r.must_have = on);
    };
    let remove = {
        let id = id.clone();
        move |_| scenario.update(|s| s.fit.remove_requirement(&id))
    };
    let average = move || {
        let l = locale.get();
        fit.with(|f| {
            f.as_ref()
                .zip(position.get())
                .and_then(|(f, i)| f.requirements.get(i))
                .and_then(|r| r.average)
                .map(|a| format(a, l, &Style::Number(2)))
                .unwrap_or_else(|| "–".to_string())
        })
    };
    // The reviewers at the two ends of a disagreement on this requirement.
    let apart = Memo::new(move |_| {
        let at = position.get();
        fit.with(|f| {
            f.as_ref()
                .and_then(|f| f.disagreements.iter().find(|d| Some(d.requirement) == at))
                .map(|d| [d.low.clone(), d.high.clone()].concat())
                .unwrap_or_default()
        })
    });
    let groups = RequirementGroup::ALL
        .iter()
        .enumerate()
        .map(|(i, &g)| view! { <option value=i.to_string()>{lt(group_text(g))}</option> })
        .collect_view();
    let key: String = id.to_string();
    let row = id.clone();
    let cell = move |reviewer: usize| {
        let name =
            Signal::derive(move || names.with(|n| n.get(reviewer).cloned().unwrap_or_default()));
        view! {
            <td>
                <IntCell
                    cell=Cell::Score(row.clone(), reviewer)
                    at=position
                    label=name
                    testid=format!("score-{row}-{reviewer}")
                    disagree=Signal::derive(move || apart.with(|a| a.contains(&reviewer)))
                />
            </td>
        }
    };
    let count = Memo::new(move |_| names.with(Vec::len));
    let colspan = move || (count.get() + 5).to_string();
    view! {
        <tr class="req-text-row" data-testid="requirement-row" data-id=key.clone() class:disagree=move || apart.with(|a| !a.is_empty())>
            <td class="req-text" colspan=colspan>
                <input
                    type="text"
                    maxlength=MAX_REQUIREMENT_CHARS.to_string()
                    aria-label=lt(D::RequirementCol)
                    data-testid=format!("req-text-{key}")
                    prop:value=text
                    on:input=on_text
                />
            </td>
        </tr>
        <tr class="req-values-row">
            <td>
                <select
                    aria-label=lt(D::GroupCol)
                    data-testid=format!("req-group-{key}")
                    prop:value=group
                    on:change=on_group
                >
                    {groups}
                </select>
            </td>
            <td class="center">
                <input
                    type="checkbox"
                    aria-label=lt(D::MustHave)
                    data-testid=format!("req-must-{key}")
                    prop:checked=must
                    on:change=on_must
                />
            </td>
            <td>
                <IntCell
                    cell=Cell::Weight(id.clone())
                    at=position
                    label=Signal::derive(move || D::Weight.text(locale.get()).to_string())
                    testid=format!("req-weight-{key}")
                />
            </td>
            <For each=move || 0..count.get() key=|i| *i children=cell />
            <td class="num" data-testid=format!("req-average-{key}")>{average}</td>
            <td>
                <button
                    type="button"
                    class="link remove"
                    aria-label=lt(Label::Remove)
                    title=lt(Label::Remove)
                    data-testid=format!("req-remove-{key}")
                    on:click=remove
                >
                    "×"
                </button>
            </td>
        </tr>
    }
}
