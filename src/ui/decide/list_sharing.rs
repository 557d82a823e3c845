//! Keeping one requirements list for all candidates. Every scenario carries its own copy of the
//! list (so a link, an export or the CLI has everything); the page keeps the copies equal: it
//! says when the open candidate's list differs from the other saved candidates', and copies
//! it to them on request (`Library::share_requirements`, which keeps each candidate's own
//! reviewers and scores); a candidate without a list can take the others' list.

use leptos::prelude::*;
use truecost_model::Scorecard;

use crate::i18n::DecideText as D;
use crate::ui::fields::{Planner, lt};
use crate::ui::library::Library;

/// Where the open candidate's list stands against the other saved candidates'.
#[derive(Clone, PartialEq)]
struct Standing {
    /// The open candidate has no requirements.
    own_empty: bool,
    /// How many other candidates have a different list.
    differ: usize,
    /// All candidates, the open one included.
    total: usize,
    /// The most recently edited other candidate with a list: its name.
    source: Option<String>,
}

/// The list's standing and the actions that make the lists equal.
#[component]
pub fn ListSharing() -> impl IntoView {
    let library = Library::get();
    let planner = Planner::get();
    let scenario = planner.scenario;
    let locale = planner.locale;
    // The other saved candidates: name, last edit, scorecard.
    let others = Memo::new(move |_| {
        let open = library.open_id.get();
        library.entries.with(|e| {
            e.iter()
                .filter(|s| s.rev > 0 && Some(&s.id) != open.as_ref())
                .map(|s| {
                    (
                        s.scenario.name.clone(),
                        s.updated_ms,
                        s.scenario.fit.clone(),
                    )
                })
                .collect::<Vec<(String, u64, Scorecard)>>()
        })
    });
    let newest_list = move || {
        others.with(|o| {
            o.iter()
                .filter(|(_, _, card)| !card.requirements.is_empty())
                .max_by_key(|(_, at, _)| *at)
                .map(|(name, _, card)| (name.clone(), card.clone()))
        })
    };
    let standing = Memo::new(move |_| {
        scenario.with(|s| {
            others.with(|o| Standing {
                own_empty: s.fit.requirements.is_empty(),
                differ: o
                    .iter()
                    .filter(|(_, _, card)| !card.same_requirements(&s.fit))
                    .count(),
                total: o.len() + 1,
                source: newest_list().map(|(name, _)| name),
            })
        })
    });
    let copied = RwSignal::new(None::<usize>);
    let take = move |_| {
        if let Some((_, card)) = newest_list() {
            planner.try_change(|s| s.fit.sync_requirements_from(&card));
        }
    };
    let share = move |_| {
        let card = scenario.with_untracked(|s| s.fit.clone());
        copied.set(Some(library.share_requirements(&card)));
    };
    let is = move |f: fn(&Standing) -> bool| move || standing.with(f);
    let text = move |t: D, n: fn(&Standing) -> String| {
        move || {
            let count = standing.with(n);
            t.text(locale.get())
                .replace("{n}", &count)
                .replace("{name}", &count)
        }
    };
    view! {
        <div class="list-sharing">
            <button
                type="button"
                data-testid="take-list"
                hidden=move || !is(|s| s.own_empty && s.source.is_some())()
                on:click=take
            >
                {text(D::TakeList, |s| s.source.clone().unwrap_or_default())}
            </button>
            <p class="list-differs" data-testid="list-differs" hidden=move || !is(|s| !s.own_empty && s.differ > 0)()>
                {text(D::ListDiffers, |s| s.differ.to_string())} " "
                <button type="button" data-testid="share-list" on:click=share>
                    {lt(D::ShareList)}
                </button>
            </p>
            <p
                class="hint"
                data-testid="list-shared"
                hidden=move || !is(|s| !s.own_empty && s.differ == 0 && s.total > 1)()
            >
                {text(D::ListShared, |s| s.total.to_string())}
            </p>
            <p class="hint" role="status" data-testid="list-copied" hidden=move || copied.get().is_none()>
                {move || {
                    D::ListCopied
                        .text(locale.get())
                        .replace("{n}", &copied.get().unwrap_or_default().to_string())
                }}
            </p>
        </div>
    }
}
