//! The requirements-fit scorecard of the open candidate: whether its list is the one shared by
//! the other candidates, the reviewers, the grid of requirements × reviewers' scores (rows
//! keyed by requirement id), and the engine's fit — percentage, must-have failures,
//! disagreements, [B]'s 60 % rule.

use leptos::prelude::*;
use truecost_model::fit::{self, FitResult};
use truecost_model::{MAX_REQUIREMENTS, RequirementGroup, StarterRequirement, Weight};

use super::fit_badge::{FitBadge, FitGlance};
use super::list_sharing::ListSharing;
use super::requirement_row::RequirementRow;
use super::reviewers::Reviewers;
use crate::i18n::DecideText as D;
use crate::i18n::format::{Style, format};
use crate::ui::fields::{Planner, lt};

/// The scorecard section's fields (its frame is the editor's).
#[component]
pub fn ScorecardFields() -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let locale = planner.locale;
    let ids = Memo::new(move |_| {
        scenario.with(|s| {
            s.fit
                .requirements
                .iter()
                .map(|r| r.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let names = Memo::new(move |_| scenario.with(|s| s.fit.reviewers.clone()));
    let count = Memo::new(move |_| names.with(Vec::len));
    // The engine's fit (the same `fit::evaluate` the results hold).
    let fit: Memo<Option<FitResult>> = Memo::new(move |_| scenario.with(|s| fit::evaluate(&s.fit)));
    let glance = Signal::derive(move || fit.with(|f| f.as_ref().map(FitGlance::of)));
    let empty = move || ids.with(Vec::is_empty);
    let start = move |_| {
        let l = locale.get_untracked();
        planner.try_change(|s| {
            s.fit.add_starter_requirements();
            if s.fit.reviewers.is_empty() {
                s.fit.add_reviewer(D::ReviewerN.text(l).replace("{n}", "1"));
            }
        });
    };
    let add = move |_| {
        let l = locale.get_untracked();
        planner.try_change(|s| {
            s.fit.add_requirement(
                D::NewRequirement.text(l).to_string(),
                RequirementGroup::Features,
                false,
                Weight::DEFAULT,
            );
        });
    };
    let explain = move || {
        let l = locale.get();
        fit.with(|f| {
            f.as_ref().and_then(|f| {
                let share = f.fit?;
                let scored = f.requirements.len().saturating_sub(f.unscored.len());
                Some(
                    D::FitExplain
                        .text(l)
                        .replace("{p}", &format(share, l, &Style::Percent(1)))
                        .replace("{n}", &scored.to_string()),
                )
            })
        })
    };
    let below = move || fit.with(|f| f.as_ref().is_some_and(|f| f.below_threshold));
    let warning = move || {
        let l = locale.get();
        fit.with(|f| {
            f.as_ref().and_then(|f| f.fit).map(|share| {
                D::WarnFitBelow
                    .text(l)
                    .replace("{p}", &format(share, l, &Style::Percent(1)))
            })
        })
    };
    let th = move |d: D| view! { <th scope="col">{lt(d)}</th> };
    let reviewer_head = move |i: usize| {
        let name = move || names.with(|n| n.get(i).cloned().unwrap_or_default());
        view! { <th scope="col" class="reviewer-col">{name}</th> }
    };
    view! {
        <>
            <ListSharing />
            <button
                type="button"
                class="primary"
                data-testid="start-starter"
                hidden=move || !empty()
                on:click=start
            >
                {move || {
                    D::StartStarter
                        .text(locale.get())
                        .replace("{n}", &StarterRequirement::ALL.len().to_string())
                }}
            </button>
            <div class="scorecard" hidden=empty>
                <Reviewers names=names />
                <div class="fit-summary" data-testid="fit-summary-editor">
                    <span class="fit-label">{lt(D::Fit)} ": "</span>
                    <FitBadge fit=glance />
                    <span class="explain">{explain}</span>
                </div>
                <p class="fit-warning" role="status" data-testid="fit-warning" hidden=move || !below()>
                    {warning}
                </p>
                <p class="hint" hidden=move || !names.with(Vec::is_empty)>
                    {lt(D::NoReviewers)}
                </p>
                <div class="table-scroll">
                    <table class="fit-grid input-table" data-testid="fit-grid">
                        <thead>
                            <tr>
                                {th(D::GroupCol)}
                                {th(D::MustHave)}
                                {th(D::Weight)}
                                <For each=move || 0..count.get() key=|i| *i children=reviewer_head />
                                {th(D::AverageCol)}
                                <th></th>
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=move || ids.get()
                                key=|id| id.clone()
                                children=move |id| view! { <RequirementRow id=id names=names ids=ids fit=fit /> }
                            />
                        </tbody>
                    </table>
                </div>
            </div>
            <div class="actions">
                <button
                    type="button"
                    data-testid="add-requirement"
                    disabled=move || ids.with(|i| i.len() >= MAX_REQUIREMENTS)
                    on:click=add
                >
                    {lt(D::AddRequirement)}
                </button>
            </div>
        </>
    }
}
