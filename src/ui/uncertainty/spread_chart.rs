//! The spread of TCO or NPV across the trials: the histogram's bars, the S-curve (chance of at
//! most each value) over them, and the P10 / P50 / P90 marks, on one value axis. The geometry
//! is [`crate::ui::charts::projection::spread`]; this draws it and updates attributes in place.

use std::sync::Arc;

use leptos::prelude::*;
use truecost_model::Scenario;
use truecost_model::uncertainty::{SimulationResults, Spread};

use super::ux;
use crate::i18n::Ux;
use crate::ui::charts::projection::coord;
use crate::ui::charts::projection::spread::{SPREAD_FRAME, SpreadLayout, spread_layout};
use crate::ui::charts::{Item, PlotSvg, indexed, money_compact, text};
use crate::ui::fields::Planner;

/// Lays out one spread.
fn layout(s: &Spread) -> SpreadLayout {
    let bins: Vec<_> = s
        .histogram
        .iter()
        .map(|b| (b.from, b.to, b.share))
        .collect();
    let curve: Vec<_> = s.s_curve.iter().map(|p| (p.value, p.probability)).collect();
    spread_layout(&bins, &curve, &[s.p10, s.p50, s.p90], SPREAD_FRAME)
}

/// The histogram and S-curve of TCO (or of NPV when `npv`), with value ticks in the locale.
#[component]
pub fn SpreadChart(
    /// The last simulation's results.
    results: RwSignal<Option<SimulationResults>>,
    /// The scenario the results are for (for its currency).
    settled: RwSignal<Option<Scenario>>,
    /// NPV instead of TCO.
    npv: bool,
) -> impl IntoView {
    let locale = Planner::get().locale;
    let f = SPREAD_FRAME;
    let chart = Memo::new(move |_| {
        results.with(|r| {
            r.as_ref()
                .map(|r| layout(if npv { &r.npv } else { &r.tco }))
                .unwrap_or_default()
        })
    });
    let attr = move |g: fn(&SpreadLayout) -> String| text(move || chart.with(g));
    let count = Memo::new(move |_| chart.with(|c| c.ticks.len()));
    let tick: Item = Arc::new(move |i: usize| {
        let x = text(move || chart.with(|c| coord(c.ticks.get(i).map_or(0.0, |t| t.pos))));
        view! {
            <g class="tick">
                <line class="grid" x1=x y1=coord(f.plot_top()) x2=x y2=coord(f.plot_bottom())></line>
                <text class="tick-label" x=x y=coord(f.plot_bottom() + 18.0) text-anchor="middle">
                    {text(move || {
                        let v = chart.with(|c| c.ticks.get(i).map_or(0.0, |t| t.value));
                        settled.with(|s| {
                            let currency = s.as_ref().map_or("", |s| s.currency.as_str());
                            money_compact(v, locale.get(), currency)
                        })
                    })}
                </text>
            </g>
        }
        .into_any()
    });
    let mark = move |i: usize| {
        let x = text(move || chart.with(|c| coord(c.marks.get(i).copied().unwrap_or(0.0))));
        view! { <line class="sim-mark" x1=x y1=coord(f.plot_top()) x2=x y2=coord(f.plot_bottom())></line> }
    };
    let (title, testid) = if npv {
        (Ux::ChartNpv, "chart-npv-spread")
    } else {
        (Ux::ChartTco, "chart-tco-spread")
    };
    view! {
        <figure class="chart sim-chart" data-testid=testid>
            <figcaption>{ux(title)}</figcaption>
            <PlotSvg frame=f title=Signal::derive(ux(title)) described_by="sim-table">
                <g class="x-axis">{indexed(count, tick)}</g>
                <path class="sim-bars" d=attr(|c| c.bars.clone())></path>
                {mark(0)}
                {mark(1)}
                {mark(2)}
                <polyline class="sim-curve" fill="none" points=attr(|c| c.curve.clone())></polyline>
            </PlotSvg>
            <ul class="legend">
                <li class="legend-item">
                    <span class="swatch sim-bars" aria-hidden="true"></span>
                    {ux(Ux::Histogram)}
                </li>
                <li class="legend-item">
                    <span class="swatch line sim-curve" aria-hidden="true"></span>
                    {ux(Ux::SCurve)}
                </li>
            </ul>
        </figure>
    }
}
