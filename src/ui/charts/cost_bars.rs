//! Stacked bars of the cost of each period (initial, year 1..N), one segment per cost category,
//! with a money y axis in the current locale and an HTML legend of the categories that occur.
//!
//! The layout is one memo; bars, segments, ticks and legend entries are keyed and update their
//! attributes in place, so an edit writes only the coordinates and labels that changed.

use std::sync::Arc;

use leptos::prelude::*;
use truecost_model::{Category, Results};

use super::palette::{category_class, category_index};
use super::projection::{BarChart, Segment, stacked_bars, to_f64};
use super::svg::{
    Axis, FRAME, Item, PlotSvg, at, fitted_frame, indexed, keyed, legend_item, money, period_label,
    text, tick_labels, x_labels, y_axis,
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

/// The chart laid out in `locale` (its y labels fitted), or an empty one without results.
fn layout(r: Option<&Results>, locale: Locale) -> (BarChart, Axis) {
    let (values, currency) = r.map_or((Vec::new(), ""), |r| {
        (category_values(r), r.currency.as_str())
    });
    // The ticks depend on the data only: lay out once to label them, then fit the margin.
    let labels = tick_labels(&stacked_bars(&values, FRAME).y_ticks, locale, currency);
    let chart = stacked_bars(&values, fitted_frame(&labels));
    let axis = Axis {
        frame: chart.frame,
        ticks: chart.y_ticks.clone(),
        labels,
    };
    (chart, axis)
}

/// The segment of category index `series` in period `period`, if it has a cost.
fn segment(c: &BarChart, period: usize, series: usize) -> Option<&Segment> {
    c.bars
        .get(period)?
        .segments
        .iter()
        .find(|s| s.series == series)
}

/// Stacked bars of the cost of each period by category: period 0 labelled "Initial", then the
/// year numbers; a legend lists the categories that have a cost.
///
/// The root carries `data-testid="chart-cost-bars"`, each period's bar `data-testid="cost-bar"`
/// (there are `horizon + 1` of them).
#[component]
pub fn CostBars(
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
    let centers = Memo::new(move |_| {
        both.with(|(c, _)| {
            (
                c.bars.iter().map(|b| b.center).collect::<Vec<f64>>(),
                c.frame,
            )
        })
    });
    let periods = Memo::new(move |_| chart.with(|c| c.bars.len()));
    // A period's total, or one category's amount in it, in the results' currency.
    let amount = move |period: usize, cat: Option<Category>| {
        let l = locale.get();
        results.with(|r| {
            r.as_ref()
                .and_then(|r| {
                    let y = r.years.get(period)?;
                    let v = match cat {
                        Some(c) => y.by_category.get(&c).copied()?,
                        None => y.costs,
                    };
                    Some(money(v, l, r.currency.as_str()))
                })
                .unwrap_or_default()
        })
    };
    let bar: Item = Arc::new(move |period: usize| {
        let series = Signal::derive(move || {
            chart.with(|c| {
                c.bars
                    .get(period)
                    .map(|b| b.segments.iter().map(|s| s.series).collect::<Vec<_>>())
                    .unwrap_or_default()
            })
        });
        let rect: Item = Arc::new(move |s: usize| {
            let cat = Category::ALL.get(s).copied();
            let geo = move |f: fn(&Segment) -> f64| {
                at(chart, move |c| segment(c, period, s).map_or(0.0, f))
            };
            view! {
                <rect
                    class=format!("segment series {}", category_class(s))
                    x=geo(|g| g.x)
                    y=geo(|g| g.y)
                    width=geo(|g| g.width)
                    height=geo(|g| g.height)
                >
                    <title>
                        {text(move || {
                            let name = cat.map(|c| t(locale.get(), category(c))).unwrap_or_default();
                            format!("{name}: {}", amount(period, cat))
                        })}
                    </title>
                </rect>
            }
            .into_any()
        });
        view! {
            <g class="cost-bar" data-testid="cost-bar" data-period=period>
                <title>
                    {text(move || format!("{}: {}", period_label(period, locale.get()), amount(period, None)))}
                </title>
                {keyed(series, rect)}
            </g>
        }
        .into_any()
    });
    let present = Signal::derive(move || {
        results.with(|r| {
            r.as_ref()
                .map(|r| {
                    present_categories(r)
                        .into_iter()
                        .map(category_index)
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    let entry: Item = Arc::new(move |i: usize| {
        let c = Category::ALL.get(i).copied().unwrap_or(Category::ALL[0]);
        legend_item(
            category_class(i),
            text(move || t(locale.get(), category(c)).to_owned()),
            None,
            None,
        )
        .into_any()
    });
    let title = move || t(locale.get(), Msg::ChartCostByPeriod);
    view! {
        <figure class="chart chart-cost-bars" data-testid="chart-cost-bars">
            <figcaption class="chart-title">{title}</figcaption>
            <PlotSvg frame=FRAME title=Signal::derive(title) described_by="year-table category-table">
                {y_axis(axis)}
                <g class="bars">{indexed(periods, bar)}</g>
                {x_labels(centers, |c| &c.0, |c| &c.1, locale)}
            </PlotSvg>
            <ul class="legend">{keyed(present, entry)}</ul>
        </figure>
    }
}
