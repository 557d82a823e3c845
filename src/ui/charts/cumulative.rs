//! Cumulative costs against cumulative benefits over the periods, as two lines, with the payback
//! point marked (or a note when payback falls outside the horizon).
//!
//! The layout is one memo; lines, dots, ticks and the marker update their attributes in place.

use std::sync::Arc;

use leptos::prelude::*;
use truecost_model::Results;

use super::projection::{LineChart, Point, cumulative_lines, polyline, to_f64};
use super::svg::{
    Axis, FRAME, Item, PlotSvg, at, fitted_frame, indexed, legend_item, text, tick_labels, when,
    x_labels, y_axis,
};
use crate::i18n::{Locale, Msg, t};

/// Lays out the chart from the results (undiscounted flows, as `payback_months` is) with the
/// y labels in `locale`, the left margin fitted to them; empty without results.
fn layout(r: Option<&Results>, locale: Locale) -> (LineChart, Axis) {
    let flows = |f: fn(&truecost_model::YearResult) -> rust_decimal::Decimal| -> Vec<f64> {
        r.map(|r| r.years.iter().map(|y| to_f64(f(y))).collect())
            .unwrap_or_default()
    };
    let (costs, benefits) = (flows(|y| y.costs), flows(|y| y.benefits));
    let payback = r.and_then(|r| r.totals.payback_months).map(to_f64);
    let currency = r.map_or("", |r| r.currency.as_str());
    // The ticks depend on the data only: lay out once to label them, then fit the margin.
    let first = cumulative_lines(&costs, &benefits, payback, FRAME);
    let labels = tick_labels(&first.y_ticks, locale, currency);
    let chart = cumulative_lines(&costs, &benefits, payback, fitted_frame(&labels));
    let axis = Axis {
        frame: chart.frame,
        ticks: chart.y_ticks.clone(),
        labels,
    };
    (chart, axis)
}

/// A point of a line, or the origin when there is none.
fn point(line: &[Point], i: usize) -> Point {
    line.get(i).copied().unwrap_or(Point { x: 0.0, y: 0.0 })
}

/// The payback dot, a drop line to the zero line, and its label kept inside the plot.
fn payback_marker(chart: Memo<LineChart>, locale: Signal<Locale>) -> impl IntoView {
    let mark = |c: &LineChart| c.payback.map_or((0.0, 0.0), |p| (p.x, p.y));
    let anchor = text(move || {
        chart.with(|c| {
            let (x, _) = mark(c);
            let f = &c.frame;
            if x > f.plot_right() - 40.0 {
                "end"
            } else if x < f.plot_left() + 40.0 {
                "start"
            } else {
                "middle"
            }
            .to_owned()
        })
    });
    let label_y = move |c: &LineChart| {
        let (_, y) = mark(c);
        if y - 12.0 < c.frame.plot_top() + 10.0 {
            y + 22.0
        } else {
            y - 12.0
        }
    };
    view! {
        <g class="payback" data-testid="payback-marker">
            <line
                class="payback-drop"
                x1=at(chart, move |c| mark(c).0)
                x2=at(chart, move |c| mark(c).0)
                y1=at(chart, |c| c.baseline)
                y2=at(chart, move |c| mark(c).1)
            ></line>
            <circle
                class="payback-dot"
                cx=at(chart, move |c| mark(c).0)
                cy=at(chart, move |c| mark(c).1)
                r="5.5"
            ></circle>
            <text class="payback-label" x=at(chart, move |c| mark(c).0) y=at(chart, label_y) text-anchor=anchor>
                {text(move || t(locale.get(), Msg::PaybackPoint).to_owned())}
            </text>
        </g>
    }
}

/// Cumulative costs and cumulative benefits as two lines over the periods, the payback point
/// marked with a dot and label (`data-testid="payback-marker"`), or a note when there is no
/// payback within the horizon. The root carries `data-testid="chart-cumulative"`.
#[component]
pub fn CumulativeChart(
    /// The engine's results for the scenario shown (none yet: an empty chart).
    #[prop(into)]
    results: Signal<Option<Results>>,
    /// The interface language.
    #[prop(into)]
    locale: Signal<Locale>,
) -> impl IntoView {
    let both = Memo::new(move |_| {
        let l = locale.get();
        results.with(|r| layout(r.as_ref(), l))
    });
    let chart = Memo::new(move |_| both.with(|(c, _)| c.clone()));
    let axis = Memo::new(move |_| both.with(|(_, a)| a.clone()));
    let periods = Memo::new(move |_| chart.with(|c| c.x_positions.len()));
    let has_payback = Memo::new(move |_| chart.with(|c| c.payback.is_some()));
    let no_payback = Memo::new(move |_| !has_payback.get());
    let dots: Item = Arc::new(move |i: usize| {
        view! {
            <rect
                class="dot-benefits series"
                x=at(chart, move |c| point(&c.benefits, i).x - 3.5)
                y=at(chart, move |c| point(&c.benefits, i).y - 3.5)
                width="7"
                height="7"
            ></rect>
            <circle
                class="dot-costs series"
                cx=at(chart, move |c| point(&c.costs, i).x)
                cy=at(chart, move |c| point(&c.costs, i).y)
                r="3.5"
            ></circle>
        }
        .into_any()
    });
    let title = move || t(locale.get(), Msg::ChartCumulative);
    view! {
        <figure class="chart chart-cumulative" data-testid="chart-cumulative">
            <figcaption class="chart-title">{title}</figcaption>
            <PlotSvg frame=FRAME title=Signal::derive(title) described_by="year-table">
                {y_axis(axis)}
                {x_labels(chart, |c| c.x_positions.as_slice(), |c| &c.frame, locale)}
                <polyline
                    class="line-benefits series"
                    points=text(move || chart.with(|c| polyline(&c.benefits)))
                ></polyline>
                <polyline class="line-costs series" points=text(move || chart.with(|c| polyline(&c.costs)))></polyline>
                <g class="dots">{indexed(periods, dots)}</g>
                {when(has_payback, Arc::new(move || payback_marker(chart, locale).into_any()))}
            </PlotSvg>
            <ul class="legend">
                {legend_item("line-costs", text(move || t(locale.get(), Msg::CumulativeCosts).to_owned()), Some(false), None)}
                {legend_item(
                    "line-benefits",
                    text(move || t(locale.get(), Msg::CumulativeBenefits).to_owned()),
                    Some(true),
                    None,
                )}
            </ul>
            {when(
                no_payback,
                Arc::new(move || {
                    view! {
                        <p class="chart-note" data-testid="no-payback">
                            {text(move || t(locale.get(), Msg::NoPaybackInHorizon).to_owned())}
                        </p>
                    }
                    .into_any()
                }),
            )}
        </figure>
    }
}
