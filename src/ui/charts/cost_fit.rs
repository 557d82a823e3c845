//! Cost against fit: each option as a point — requirements fit along x (0–100 %), TCO per
//! user-month up y — with [B]'s 60 % rule as a vertical line; an option that another beats on
//! both (dearer and a lower fit) is drawn hollow and grey, and a note names who beats it.
//! Options with nothing scored (or no users) are listed as not placed.

use std::sync::Arc;

use leptos::prelude::*;
use truecost_model::compare::Comparison;
use truecost_model::fit::FIT_THRESHOLD;

use super::projection::compare::{CostFit, cost_fit};
use super::projection::{AxisTick, Frame, Point, to_f64};
use super::svg::keyed;
use super::svg::{Axis, FRAME, PlotSvg, at, fitted_frame, percent, tick_labels, y_axis};
use super::{Item, text};
use crate::i18n::{Cx, DecideText, Locale, Msg};
use crate::ui::compare::table::beaten_by;

/// The frame: room above the plot for the y axis title.
const TOP: f64 = 30.0;

/// Lays out the points with the y labels (money per user-month) in `locale`.
fn layout(c: Option<&Comparison>, locale: Locale) -> (CostFit, Axis) {
    let points: Vec<Option<(f64, f64)>> = c
        .map(|c| {
            c.options
                .iter()
                .map(|o| Some((to_f64(o.fit?), to_f64(o.headline.tco_per_user_month?))))
                .collect()
        })
        .unwrap_or_default();
    let currency = c.map_or("", |c| c.currency.as_str());
    let threshold = to_f64(FIT_THRESHOLD);
    let frame = Frame { top: TOP, ..FRAME };
    let first = cost_fit(&points, threshold, frame);
    let labels = tick_labels(&first.y_ticks, locale, currency);
    let chart = cost_fit(
        &points,
        threshold,
        Frame {
            top: TOP,
            ..fitted_frame(&labels)
        },
    );
    let axis = Axis {
        frame: chart.frame,
        ticks: chart.y_ticks.clone(),
        labels,
    };
    (chart, axis)
}

/// The notes under the chart: who is beaten by whom, and who is not placed.
fn notes(c: &Comparison, labels: &[String], l: Locale) -> Vec<String> {
    let name = |i: usize| labels.get(i).cloned().unwrap_or_default();
    let mut out: Vec<String> = beaten_by(c)
        .iter()
        .enumerate()
        .filter(|(_, by)| !by.is_empty())
        .map(|(i, by)| {
            let by: Vec<String> = by.iter().map(|&j| name(j)).collect();
            Cx::BeatenBy
                .text(l)
                .replace("{a}", &name(i))
                .replace("{b}", &by.join(", "))
        })
        .collect();
    let placed = c
        .options
        .iter()
        .filter(|o| o.fit.is_some() && o.headline.tco_per_user_month.is_some())
        .count();
    if out.is_empty() && placed >= 2 {
        out.push(Cx::NoneBeaten.text(l).to_owned());
    }
    for (i, o) in c.options.iter().enumerate() {
        if o.fit.is_none() || o.headline.tco_per_user_month.is_none() {
            out.push(Cx::NotPlaced.text(l).replace("{a}", &name(i)));
        }
    }
    out
}

/// The cost-vs-fit chart (`data-testid="chart-cost-fit"`; each placed option a `g.fit-point`,
/// `.beaten` when another beats it on both) and its notes (`data-testid="cost-fit-notes"`).
#[component]
pub fn CostFitChart(
    /// The engine's comparison.
    comparison: Memo<Option<Comparison>>,
    /// The options' labels (letter first).
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
    let beaten =
        Memo::new(move |_| comparison.with(|c| c.as_ref().map(beaten_by).unwrap_or_default()));
    // The options that can be placed (a fit and users).
    let placed = Signal::derive(move || {
        chart.with(|c| {
            c.points
                .iter()
                .enumerate()
                .filter_map(|(i, p)| p.map(|_| i))
                .collect::<Vec<_>>()
        })
    });
    let point: Item = Arc::new(move |i: usize| {
        let p = move |c: &CostFit| {
            c.points
                .get(i)
                .copied()
                .flatten()
                .unwrap_or(Point { x: 0.0, y: 0.0 })
        };
        let letter = move || {
            labels.with(|l| {
                l.get(i)
                    .and_then(|s| s.split(' ').next())
                    .unwrap_or_default()
                    .to_owned()
            })
        };
        view! {
                <g
                    class=format!("fit-point opt-{i}")
                    class:beaten=move || beaten.with(|b| b.get(i).is_some_and(|b| !b.is_empty()))
                    data-option=i
                >
                    <circle cx=at(chart, move |c| p(c).x) cy=at(chart, move |c| p(c).y) r="7"></circle>
                    <text class="fit-label" x=at(chart, move |c| p(c).x + 10.0) y=at(chart, move |c| p(c).y) dy="0.32em">
                        {text(letter)}
                    </text>
                </g>
        }
        .into_any()
    });
    let x_tick = move |i: usize| {
        let tick = move |c: &CostFit| {
            c.x_ticks.get(i).copied().unwrap_or(AxisTick {
                value: 0.0,
                pos: 0.0,
            })
        };
        view! {
            <text
                class="period-label"
                x=at(chart, move |c| tick(c).pos)
                y=at(chart, |c| c.frame.plot_bottom() + 18.0)
                text-anchor="middle"
            >
                {move || percent(chart.with(|c| tick(c).value), locale.get())}
            </text>
        }
    };
    let title = move || Cx::ChartCostFit.text(locale.get());
    let notes = move || {
        let l = locale.get();
        comparison.with(|c| {
            c.as_ref()
                .map(|c| labels.with(|names| notes(c, names, l)))
                .unwrap_or_default()
                .into_iter()
                .map(|n| view! { <li>{n}</li> })
                .collect_view()
        })
    };
    view! {
        <figure class="chart chart-cost-fit" data-testid="chart-cost-fit">
            <figcaption class="chart-title">{title}</figcaption>
            <p class="explain">{text(move || Cx::CostFitHelp.text(locale.get()).to_owned())}</p>
            <PlotSvg frame=FRAME title=Signal::derive(title)>
                {y_axis(axis)}
                <text class="axis-title" x=at(chart, |c| c.frame.plot_left()) y="16">
                    {text(move || Msg::PerUserMonth.text(locale.get()).to_owned())}
                </text>
                <line
                    class="fit-threshold"
                    x1=at(chart, |c| c.threshold_x)
                    x2=at(chart, |c| c.threshold_x)
                    y1=at(chart, |c| c.frame.plot_top())
                    y2=at(chart, |c| c.frame.plot_bottom())
                ></line>
                <text class="fit-threshold-label" x=at(chart, |c| c.threshold_x + 4.0) y=at(chart, |c| c.frame.plot_top() + 12.0)>
                    {text(move || Cx::FitThreshold.text(locale.get()).to_owned())}
                </text>
                {(0..5).map(x_tick).collect_view()}
                <text
                    class="axis-title"
                    x=at(chart, |c| (c.frame.plot_left() + c.frame.plot_right()) / 2.0)
                    y=at(chart, |c| c.frame.plot_bottom() + 38.0)
                    text-anchor="middle"
                >
                    {text(move || DecideText::Fit.text(locale.get()).to_owned())}
                </text>
                {keyed(placed, point)}
            </PlotSvg>
            <ul class="chart-notes" data-testid="cost-fit-notes">{notes}</ul>
        </figure>
    }
}
