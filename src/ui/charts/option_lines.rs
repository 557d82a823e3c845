//! The comparison's cumulative costs: one line per option on one axis (2–4 options), each
//! pair's break-even marked on the line of the option that stays cheaper. Drawn from the
//! engine's `cumulative_costs` and break-even months; the layout is one memo and every line,
//! tick and mark updates its attributes in place.

use std::sync::Arc;

use leptos::prelude::*;
use truecost_model::compare::{BreakEvenKind, Comparison};

use super::projection::compare::{OptionLines, option_lines};
use super::projection::{Point, polyline, to_f64};
use super::svg::{Axis, FRAME, PlotSvg, at, fitted_frame, tick_labels, x_labels, y_axis};
use super::{Item, indexed, text};
use crate::i18n::{Cx, Locale};

/// Lays out the lines with the y labels in `locale`, the left margin fitted to them.
fn layout(c: Option<&Comparison>, locale: Locale) -> (OptionLines, Axis) {
    let curves: Vec<Vec<f64>> = c
        .map(|c| {
            c.options
                .iter()
                .map(|o| o.cumulative_costs.iter().map(|&v| to_f64(v)).collect())
                .collect()
        })
        .unwrap_or_default();
    let crossings: Vec<(usize, f64)> = c
        .map(|c| {
            c.break_even
                .iter()
                .filter(|b| b.kind == BreakEvenKind::Crosses)
                .filter_map(|b| Some((b.cheaper?, to_f64(b.months?))))
                .collect()
        })
        .unwrap_or_default();
    let currency = c.map_or("", |c| c.currency.as_str());
    let first = option_lines(&curves, &crossings, FRAME);
    let labels = tick_labels(&first.y_ticks, locale, currency);
    let chart = option_lines(&curves, &crossings, fitted_frame(&labels));
    let axis = Axis {
        frame: chart.frame,
        ticks: chart.y_ticks.clone(),
        labels,
    };
    (chart, axis)
}

/// The cumulative cost of every option as one line each (`data-testid="chart-options"`, one
/// `polyline.opt-line` per option), with a dot at each break-even and a legend of the options.
#[component]
pub fn OptionLinesChart(
    /// The engine's comparison (none: an empty chart).
    comparison: Memo<Option<Comparison>>,
    /// The options' labels.
    labels: Memo<Vec<String>>,
    /// The interface language.
    #[prop(into)]
    locale: Signal<Locale>,
) -> impl IntoView {
    let both = Memo::new(move |_| {
        let l = locale.get();
        comparison.with(|c| layout(c.as_ref(), l))
    });
    let chart = Memo::new(move |_| both.with(|(c, _)| c.clone()));
    let axis = Memo::new(move |_| both.with(|(_, a)| a.clone()));
    let lines = Memo::new(move |_| chart.with(|c| c.lines.len()));
    let marks = Memo::new(move |_| chart.with(|c| c.marks.len()));
    let line: Item = Arc::new(move |i: usize| {
        view! {
            <polyline
                class=format!("opt-line opt-{i}")
                points=text(move || chart.with(|c| c.lines.get(i).map(|l| polyline(l)).unwrap_or_default()))
            ></polyline>
        }
        .into_any()
    });
    let mark: Item = Arc::new(move |i: usize| {
        let p = move |c: &OptionLines| c.marks.get(i).copied().unwrap_or(Point { x: 0.0, y: 0.0 });
        view! {
            <circle class="cross-mark" cx=at(chart, move |c| p(c).x) cy=at(chart, move |c| p(c).y) r="5"></circle>
        }
        .into_any()
    });
    let key: Item = Arc::new(move |i: usize| {
        view! {
            <li class="legend-item">
                <span class=format!("swatch line opt-{i}") aria-hidden="true"></span>
                <span class="legend-label">{text(move || labels.with(|l| l.get(i).cloned().unwrap_or_default()))}</span>
            </li>
        }
        .into_any()
    });
    let any_mark = Memo::new(move |_| marks.get() > 0);
    let title = move || Cx::ChartAll.text(locale.get());
    view! {
        <figure class="chart chart-options" data-testid="chart-options">
            <figcaption class="chart-title">{title}</figcaption>
            <PlotSvg frame=FRAME title=Signal::derive(title)>
                {y_axis(axis)}
                {x_labels(chart, |c| c.x_positions.as_slice(), |c| &c.frame, locale)}
                {indexed(lines, line)}
                {indexed(marks, mark)}
            </PlotSvg>
            <ul class="legend">
                {indexed(lines, key)}
                <li class="legend-item" hidden=move || !any_mark.get()>
                    <span class="swatch cross-mark" aria-hidden="true"></span>
                    <span class="legend-label">{text(move || Cx::CrossMark.text(locale.get()).to_owned())}</span>
                </li>
            </ul>
        </figure>
    }
}
