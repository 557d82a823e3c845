//! The break-even of each pair of options, one sentence each: after how many months one stays
//! cheaper, or that the other never breaks even within the horizon (the engine's figures).

use std::sync::Arc;

use leptos::prelude::*;
use truecost_model::compare::{BreakEven, BreakEvenKind};

use super::state::Cmp;
use crate::i18n::format::{Style, format};
use crate::i18n::{Cx, Locale};
use crate::ui::charts::{Item, indexed, text};
use crate::ui::fields::lt;

/// The sentence for one pair.
fn sentence(cmp: Cmp, b: &BreakEven, l: Locale) -> String {
    let cheaper = b.cheaper.unwrap_or(b.first);
    let other = if cheaper == b.first {
        b.second
    } else {
        b.first
    };
    let text = match b.kind {
        BreakEvenKind::Crosses => Cx::BeCrosses,
        BreakEvenKind::NotWithinHorizon => Cx::BeNever,
        BreakEvenKind::EndsEqual => Cx::BeEndsEqual,
        BreakEvenKind::Identical => Cx::BeIdentical,
    };
    let months = b
        .months
        .map(|m| format(m, l, &Style::Number(1)))
        .unwrap_or_default();
    text.text(l)
        .replace("{m}", &months)
        .replace("{a}", &cmp.label(cheaper))
        .replace("{b}", &cmp.label(other))
}

/// One sentence per pair of options (`data-testid="break-even"`, each `<li>` carrying the
/// engine's kind and months).
#[component]
pub fn BreakEvenList() -> impl IntoView {
    let cmp = Cmp::get();
    let c = cmp.comparison;
    let locale = cmp.planner.locale;
    let pairs = Memo::new(move |_| c.with(|c| c.as_ref().map_or(0, |c| c.break_even.len())));
    let read = move |i: usize, f: fn(Cmp, &BreakEven, Locale) -> String| {
        let l = locale.get();
        c.with(|c| {
            c.as_ref()
                .and_then(|c| c.break_even.get(i))
                .map(|b| f(cmp, b, l))
                .unwrap_or_default()
        })
    };
    let item: Item = Arc::new(move |i: usize| {
        view! {
            <li
                data-kind=text(move || read(i, |_, b, _| format!("{:?}", b.kind)))
                data-months=text(move || read(i, |_, b, _| b.months.map(|m| m.to_string()).unwrap_or_default()))
            >
                {text(move || read(i, sentence))}
            </li>
        }
        .into_any()
    });
    view! {
        <section class="result-block">
            <h3>{lt(Cx::BreakEven)}</h3>
            <ul class="break-even" data-testid="break-even">
                {indexed(pairs, item)}
            </ul>
        </section>
    }
}
