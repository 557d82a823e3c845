//! Cumulative costs against cumulative benefits over the periods, as two lines, with the payback
//! point marked (or a note when payback falls outside the horizon).

use leptos::prelude::*;
use truecost_model::Results;

use super::palette::{BENEFITS_LINE, COSTS_LINE};
use super::projection::{LineChart, PaybackMark, coord, cumulative_lines, polyline, to_f64};
use super::svg::{FRAME, PlotSvg, fitted_frame, legend_item, tick_labels, x_labels, y_axis};
use crate::i18n::{Locale, Msg, t};

/// Lays out the chart from the results (undiscounted flows, as `payback_months` is) with the
/// y labels in `locale`, the left margin fitted to them.
fn layout(r: &Results, locale: Locale) -> (LineChart, Vec<String>) {
    let costs: Vec<f64> = r.years.iter().map(|y| to_f64(y.costs)).collect();
    let benefits: Vec<f64> = r.years.iter().map(|y| to_f64(y.benefits)).collect();
    let payback = r.totals.payback_months.map(to_f64);
    // The ticks depend on the data only: lay out once to label them, then fit the margin.
    let first = cumulative_lines(&costs, &benefits, payback, FRAME);
    let labels = tick_labels(&first.y_ticks, locale, r.currency.as_str());
    let chart = cumulative_lines(&costs, &benefits, payback, fitted_frame(&labels));
    (chart, labels)
}

/// The payback dot, a drop line to the zero line, and its label kept inside the plot.
fn payback_marker(p: PaybackMark, chart: &LineChart, locale: Locale) -> impl IntoView + use<> {
    let f = &chart.frame;
    let anchor = if p.x > f.plot_right() - 40.0 {
        "end"
    } else if p.x < f.plot_left() + 40.0 {
        "start"
    } else {
        "middle"
    };
    let label_y = if p.y - 12.0 < f.plot_top() + 10.0 {
        p.y + 22.0
    } else {
        p.y - 12.0
    };
    view! {
        <g class="payback" data-testid="payback-marker">
            <line
                class="payback-drop"
                x1=coord(p.x)
                x2=coord(p.x)
                y1=coord(chart.baseline)
                y2=coord(p.y)
            ></line>
            <circle class="payback-dot" cx=coord(p.x) cy=coord(p.y) r="5.5"></circle>
            <text class="payback-label" x=coord(p.x) y=coord(label_y) text-anchor=anchor>
                {t(locale, Msg::PaybackPoint)}
            </text>
        </g>
    }
}

/// Lines, markers, axes and labels inside the SVG.
fn plot(chart: &LineChart, labels: &[String], locale: Locale) -> impl IntoView + use<> {
    let cost_dots = chart
        .costs
        .iter()
        .map(|p| {
            view! { <circle class="dot-costs" cx=coord(p.x) cy=coord(p.y) r="3.5" fill=COSTS_LINE></circle> }
        })
        .collect_view();
    let benefit_dots = chart
        .benefits
        .iter()
        .map(|p| {
            view! {
                <rect
                    class="dot-benefits"
                    x=coord(p.x - 3.5)
                    y=coord(p.y - 3.5)
                    width="7"
                    height="7"
                    fill=BENEFITS_LINE
                ></rect>
            }
        })
        .collect_view();
    let marker = chart.payback.map(|p| payback_marker(p, chart, locale));
    view! {
        <g class="y-axis">{y_axis(&chart.y_ticks, labels, &chart.frame)}</g>
        {x_labels(&chart.x_positions, &chart.frame, locale)}
        <polyline
            class="line-benefits"
            points=polyline(&chart.benefits)
            fill="none"
            stroke=BENEFITS_LINE
            stroke-width="2.5"
            stroke-dasharray="7 4"
        ></polyline>
        <polyline
            class="line-costs"
            points=polyline(&chart.costs)
            fill="none"
            stroke=COSTS_LINE
            stroke-width="2.5"
        ></polyline>
        <g class="dots">{benefit_dots} {cost_dots}</g>
        {marker}
    }
}

/// Cumulative costs and cumulative benefits as two lines over the periods, the payback point
/// marked with a dot and label (`data-testid="payback-marker"`), or a note when there is no
/// payback within the horizon. The root carries `data-testid="chart-cumulative"`.
#[component]
pub fn CumulativeChart(
    /// The engine's results for the scenario shown.
    #[prop(into)]
    results: Signal<Results>,
    /// The interface language.
    #[prop(into)]
    locale: Signal<Locale>,
) -> impl IntoView {
    let chart = Memo::new(move |_| {
        let l = locale.get();
        results.with(|r| layout(r, l))
    });
    let title = move || t(locale.get(), Msg::ChartCumulative);
    view! {
        <figure class="chart chart-cumulative" data-testid="chart-cumulative">
            <figcaption class="chart-title">{title}</figcaption>
            <PlotSvg frame=FRAME title=Signal::derive(title)>
            {move || {
                let l = locale.get();
                chart.with(|(ch, labels)| plot(ch, labels, l))
            }}
            </PlotSvg>
            <ul class="legend">
                {move || {
                    let l = locale.get();
                    view! {
                        {legend_item(COSTS_LINE, t(l, Msg::CumulativeCosts), Some(false), None)}
                        {legend_item(BENEFITS_LINE, t(l, Msg::CumulativeBenefits), Some(true), None)}
                    }
                }}
            </ul>
            {move || {
                chart
                    .with(|(c, _)| c.payback.is_none())
                    .then(|| {
                        view! {
                            <p class="chart-note" data-testid="no-payback">
                                {t(locale.get(), Msg::NoPaybackInHorizon)}
                            </p>
                        }
                    })
            }}
        </figure>
    }
}
