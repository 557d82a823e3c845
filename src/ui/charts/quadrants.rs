//! The four quadrants (transparent/hidden × money/time) as one 100 % bar, hidden ones in warm
//! tones, with each quadrant's amount and share in the legend. Segments and legend figures
//! update in place.

use std::sync::Arc;

use leptos::prelude::*;
use truecost_model::{Quadrant, Results};

use super::palette::quadrant_class;
use super::projection::{Frame, ShareSegment, share_bar, share_of, to_f64};
use super::svg::{Item, PlotSvg, at, keyed, legend_item, money, percent, text};
use crate::i18n::{Locale, Msg, quadrant, t};

/// The bar's viewBox: a 400 × 48 strip.
const STRIP: Frame = Frame {
    width: 400.0,
    height: 48.0,
    left: 0.0,
    right: 0.0,
    top: 4.0,
    bottom: 4.0,
};

/// Narrowest segment, in viewBox units, that gets its share written inside it.
const MIN_LABELLED_WIDTH: f64 = 40.0;

/// Each quadrant's amount over the horizon as a number, in the order of `Quadrant::ALL`.
fn values(r: &Results) -> Vec<f64> {
    Quadrant::ALL
        .iter()
        .map(|q| r.totals.by_quadrant.get(q).copied().map_or(0.0, to_f64))
        .collect()
}

/// The four quadrants as one 100 % bar, with each quadrant's amount and share in the legend.
/// The root carries `data-testid="chart-quadrants"`.
#[component]
pub fn QuadrantBar(
    /// The engine's results for the scenario shown (none yet: an empty bar).
    #[prop(into)]
    results: Signal<Option<Results>>,
    /// The interface language.
    #[prop(into)]
    locale: Signal<Locale>,
) -> impl IntoView {
    let (y, h) = (STRIP.plot_top(), STRIP.plot_bottom() - STRIP.plot_top());
    let segments = Memo::new(move |_| {
        let v = results.with(|r| r.as_ref().map(values).unwrap_or_default());
        share_bar(&v, STRIP.plot_left(), STRIP.plot_width())
    });
    let find = |all: &[ShareSegment], i: usize| all.iter().find(|s| s.index == i).copied();
    // A quadrant's amount in the results' currency.
    let amount = move |q: Quadrant| {
        let l = locale.get();
        results.with(|r| {
            r.as_ref()
                .map(|r| {
                    let v = r.totals.by_quadrant.get(&q).copied().unwrap_or_default();
                    money(v, l, r.currency.as_str())
                })
                .unwrap_or_default()
        })
    };
    // A quadrant's share of the costs, or "—" when there are none.
    let share = move |i: usize| {
        let l = locale.get();
        results.with(|r| {
            let v = r.as_ref().map(values).unwrap_or_default();
            let total: f64 = v.iter().map(|x| x.max(0.0)).sum();
            share_of(v.get(i).copied().unwrap_or(0.0), total)
                .map(|s| percent(s, l))
                .unwrap_or_else(|| "—".to_owned())
        })
    };
    let segment: Item = Arc::new(move |i: usize| {
        let q = Quadrant::ALL.get(i).copied().unwrap_or(Quadrant::ALL[0]);
        let geo = move |f: fn(&ShareSegment) -> f64| {
            at(segments, move |all| find(all, i).map_or(0.0, |s| f(&s)))
        };
        let wide = move || {
            segments.with(|all| find(all, i).is_some_and(|s| s.width >= MIN_LABELLED_WIDTH))
        };
        view! {
            <g class="quadrant-segment" data-testid="quadrant-segment">
                <title>
                    {text(move || format!("{}: {} ({})", t(locale.get(), quadrant(q)), amount(q), share(i)))}
                </title>
                <rect
                    class=format!("series {}", quadrant_class(q))
                    x=geo(|s| s.x)
                    y=y.to_string()
                    width=geo(|s| s.width)
                    height=h.to_string()
                ></rect>
                <text
                    class="share-label"
                    x=geo(|s| s.x + s.width / 2.0)
                    y=(y + h / 2.0).to_string()
                    dy="0.35em"
                    text-anchor="middle"
                >
                    {text(move || if wide() { share(i) } else { String::new() })}
                </text>
            </g>
        }
        .into_any()
    });
    let entry = move |q: Quadrant| {
        let i = Quadrant::ALL.iter().position(|&x| x == q).unwrap_or(0);
        legend_item(
            quadrant_class(q),
            text(move || t(locale.get(), quadrant(q)).to_owned()),
            None,
            Some((text(move || amount(q)), text(move || share(i)))),
        )
    };
    let title = move || t(locale.get(), Msg::ChartQuadrants);
    view! {
        <figure class="chart chart-quadrants" data-testid="chart-quadrants">
            <figcaption class="chart-title">{title}</figcaption>
            <PlotSvg class="chart-strip" frame=STRIP title=Signal::derive(title) described_by="quadrant-table">
                <rect
                    class="track"
                    x=STRIP.plot_left().to_string()
                    y=y.to_string()
                    width=STRIP.plot_width().to_string()
                    height=h.to_string()
                ></rect>
                {keyed(
                    Signal::derive(move || segments.with(|all| all.iter().map(|s| s.index).collect())),
                    segment,
                )}
            </PlotSvg>
            <ul class="legend legend-quadrants">
                {Quadrant::ALL.into_iter().map(entry).collect_view()}
            </ul>
        </figure>
    }
}
