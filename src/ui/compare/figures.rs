//! A table of the comparison: one row per figure (or per category, quadrant or phase), one
//! column per option with its value and, under it, its difference from the baseline. Built once
//! per set of rows; each cell's text follows the comparison memo (the DOM is written per value).

use std::sync::Arc;

use leptos::prelude::*;

use super::format::{delta_text, row_name, value_text};
use super::state::Cmp;
use super::table::{Figure, Row};
use crate::i18n::{Cx, Text};
use crate::ui::charts::{Item, indexed, text};
use crate::ui::fields::lt;

/// The comparison table of `rows`, under the heading `title`.
#[component]
pub fn FiguresTable(
    /// The rows, in order.
    rows: Vec<Row>,
    /// The table's test id.
    testid: &'static str,
    /// The heading.
    #[prop(into)]
    title: Text,
) -> impl IntoView {
    let cmp = Cmp::get();
    let locale = cmp.planner.locale;
    let c = cmp.comparison;
    let count = Memo::new(move |_| c.with(|c| c.as_ref().map_or(0, |c| c.options.len())));
    let is_base = move |i: usize| c.with(|c| c.as_ref().is_some_and(|c| c.baseline == i));
    let head: Item = Arc::new(move |i: usize| {
        view! {
            <th scope="col" class:baseline-col=move || is_base(i)>
                {text(move || cmp.label(i))}
                " "
                <span class="badge" hidden=move || !is_base(i)>{lt(Cx::IsBaseline)}</span>
            </th>
        }
        .into_any()
    });
    let body = rows
        .into_iter()
        .map(|row| {
            // What a cell of this row shows, from the comparison (nothing while there is none).
            let read = move |i: usize, delta: bool| {
                let l = locale.get();
                c.with(|c| {
                    let Some(c) = c else { return String::new() };
                    let Some(o) = c.options.get(i) else {
                        return String::new();
                    };
                    let cur = c.currency.as_str();
                    match (delta, c.baseline == i) {
                        (false, _) => value_text(row.value(o), l, cur),
                        (true, true) => String::new(),
                        (true, false) => delta_text(row.delta(o), l, cur),
                    }
                })
            };
            let best = move |i: usize| {
                c.with(|c| {
                    c.as_ref().is_some_and(|c| match row {
                        Row::Head(Figure::Tco) => c.lowest_tco.contains(&i),
                        Row::Head(Figure::Npv) => c.highest_npv.contains(&i),
                        _ => false,
                    })
                })
            };
            let cell: Item = Arc::new(move |i: usize| {
                let raw = move || {
                    c.with(|c| {
                        c.as_ref()
                            .and_then(|c| c.options.get(i))
                            .map(|o| row.value(o).plain())
                            .unwrap_or_default()
                    })
                };
                view! {
                    <td class="num" class:best=move || best(i) data-option=i data-value=text(raw)>
                        <span class="cmp-value">{text(move || read(i, false))}</span>
                        <span class="cmp-delta">{text(move || read(i, true))}</span>
                    </td>
                }
                .into_any()
            });
            view! {
                <tr data-row=format!("{row:?}")>
                    <th scope="row">{lt(row_name(row))}</th>
                    {indexed(count, cell)}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="result-block">
            <h3>{lt(title)}</h3>
            <div class="table-scroll">
                <table class="compare-table" data-testid=testid>
                    <thead>
                        <tr>
                            <th scope="col">{lt(Cx::Figure)}</th>
                            {indexed(count, head)}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </section>
    }
}
