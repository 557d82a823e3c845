//! Stacked bars of the cost of each period (initial, year 1..N), one segment per cost category,
//! with a money y axis in the current locale and an HTML legend of the categories that occur.

use leptos::prelude::*;
use truecost_model::{Category, Results};

use super::palette::{CATEGORY_COLOURS, category_colour};
use super::projection::{BarChart, coord, stacked_bars, to_f64};
use super::svg::{
    FRAME, PlotSvg, fitted_frame, legend_item, money, period_label, tick_labels, x_labels, y_axis,
};
use crate::i18n::{Locale, Msg, category, t};

/// The bar values: `periods[p][s]` is the cost of category `Category::ALL[s]` in period `p`.
fn category_values(r: &Results) -> Vec<Vec<f64>> {
    r.years
        .iter()
        .map(|y| {
            Category::ALL
                .iter()
                .map(|c| y.by_category.get(c).copied().map_or(0.0, to_f64))
                .collect()
        })
        .collect()
}

/// The categories with a cost in some period, in the order of `Category::ALL`.
fn present_categories(r: &Results) -> Vec<Category> {
    Category::ALL
        .into_iter()
        .filter(|c| {
            r.years
                .iter()
                .any(|y| y.by_category.get(c).is_some_and(|v| !v.is_zero()))
        })
        .collect()
}

/// The bars, axes and labels inside the SVG.
fn plot(r: &Results, locale: Locale) -> impl IntoView + use<> {
    let currency = r.currency.as_str().to_owned();
    let values = category_values(r);
    // The ticks depend on the data only: lay out once to label them, then fit the margin.
    let labels = tick_labels(&stacked_bars(&values, FRAME).y_ticks, locale, &currency);
    let chart: BarChart = stacked_bars(&values, fitted_frame(&labels));
    let centers: Vec<f64> = chart.bars.iter().map(|b| b.center).collect();
    let bars = chart
        .bars
        .iter()
        .map(|bar| {
            let total = r
                .years
                .get(bar.period)
                .map(|y| money(y.costs, locale, &currency))
                .unwrap_or_default();
            let tooltip = format!("{}: {}", period_label(bar.period, locale), total);
            let segments = bar
                .segments
                .iter()
                .map(|s| {
                    let cat = Category::ALL.get(s.series).copied();
                    let fill = cat.map_or(CATEGORY_COLOURS[0], category_colour);
                    let amount = cat
                        .and_then(|c| r.years.get(bar.period)?.by_category.get(&c).copied())
                        .map(|v| money(v, locale, &currency))
                        .unwrap_or_default();
                    let name = cat.map(|c| t(locale, category(c))).unwrap_or_default();
                    view! {
                        <rect
                            class="segment"
                            x=coord(s.x)
                            y=coord(s.y)
                            width=coord(s.width)
                            height=coord(s.height)
                            fill=fill
                        >
                            <title>{format!("{name}: {amount}")}</title>
                        </rect>
                    }
                })
                .collect_view();
            view! {
                <g class="cost-bar" data-testid="cost-bar" data-period=bar.period>
                    <title>{tooltip}</title>
                    {segments}
                </g>
            }
        })
        .collect_view();
    view! {
        <g class="y-axis">{y_axis(&chart.y_ticks, &labels, &chart.frame)}</g>
        <g class="bars">{bars}</g>
        {x_labels(&centers, &chart.frame, locale)}
    }
}

/// Stacked bars of the cost of each period by category: period 0 labelled "Initial", then the
/// year numbers; a legend lists the categories that have a cost.
///
/// The root carries `data-testid="chart-cost-bars"`, each period's bar `data-testid="cost-bar"`
/// (there are `horizon + 1` of them).
#[component]
pub fn CostBars(
    /// The engine's results for the scenario shown.
    #[prop(into)]
    results: Signal<Results>,
    /// The interface language.
    #[prop(into)]
    locale: Signal<Locale>,
) -> impl IntoView {
    let title = move || t(locale.get(), Msg::ChartCostByPeriod);
    view! {
        <figure class="chart chart-cost-bars" data-testid="chart-cost-bars">
            <figcaption class="chart-title">{title}</figcaption>
            <PlotSvg frame=FRAME title=Signal::derive(title)>
            {move || {
                let l = locale.get();
                results.with(|r| plot(r, l))
            }}
            </PlotSvg>
            <ul class="legend">
                {move || {
                    let l = locale.get();
                    results
                        .with(present_categories)
                        .into_iter()
                        .map(|c| legend_item(
                            category_colour(c),
                            t(l, category(c)),
                            None,
                            None,
                        ))
                        .collect_view()
                }}
            </ul>
        </figure>
    }
}
