//! The four quadrants (transparent/hidden × money/time) as one 100 % bar, hidden ones in warm
//! tones, with each quadrant's amount and share in the legend.

use leptos::prelude::*;
use rust_decimal::Decimal;
use truecost_model::{Quadrant, Results};

use super::palette::quadrant_colour;
use super::projection::{Frame, coord, share_bar, share_of, to_f64};
use super::svg::{PlotSvg, legend_item, money, percent};
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

/// Each quadrant's amount over the horizon, in the order of `Quadrant::ALL`.
fn amounts(r: &Results) -> Vec<(Quadrant, Decimal)> {
    Quadrant::ALL
        .into_iter()
        .map(|q| (q, r.totals.by_quadrant.get(&q).copied().unwrap_or_default()))
        .collect()
}

/// The track and the segments inside the SVG.
fn plot(r: &Results, locale: Locale) -> impl IntoView + use<> {
    let currency = r.currency.as_str().to_owned();
    let amounts = amounts(r);
    let values: Vec<f64> = amounts.iter().map(|(_, v)| to_f64(*v)).collect();
    let (y, h) = (STRIP.plot_top(), STRIP.plot_bottom() - STRIP.plot_top());
    let segments = share_bar(&values, STRIP.plot_left(), STRIP.plot_width())
        .into_iter()
        .filter_map(|s| {
            let &(q, amount) = amounts.get(s.index)?;
            let share = percent(s.share, locale);
            let tooltip = format!(
                "{}: {} ({share})",
                t(locale, quadrant(q)),
                money(amount, locale, &currency)
            );
            let label = (s.width >= MIN_LABELLED_WIDTH).then(|| {
                view! {
                    <text
                        class="share-label"
                        x=coord(s.x + s.width / 2.0)
                        y=coord(y + h / 2.0)
                        dy="0.35em"
                        text-anchor="middle"
                        fill="#ffffff"
                    >
                        {share.clone()}
                    </text>
                }
            });
            Some(view! {
                <g class="quadrant-segment" data-testid="quadrant-segment">
                    <title>{tooltip}</title>
                    <rect
                        x=coord(s.x)
                        y=coord(y)
                        width=coord(s.width)
                        height=coord(h)
                        fill=quadrant_colour(q)
                    ></rect>
                    {label}
                </g>
            })
        })
        .collect_view();
    view! {
        <rect
            class="track"
            x=coord(STRIP.plot_left())
            y=coord(y)
            width=coord(STRIP.plot_width())
            height=coord(h)
            fill="#eef0f3"
        ></rect>
        {segments}
    }
}

/// The legend: every quadrant with its amount and its share of the total ("—" when there are no
/// costs at all).
fn legend(r: &Results, locale: Locale) -> impl IntoView + use<> {
    let currency = r.currency.as_str().to_owned();
    let amounts = amounts(r);
    let total: f64 = amounts.iter().map(|(_, v)| to_f64(*v).max(0.0)).sum();
    amounts
        .into_iter()
        .map(|(q, amount)| {
            let share = share_of(to_f64(amount), total)
                .map(|s| percent(s, locale))
                .unwrap_or_else(|| "—".to_owned());
            legend_item(
                quadrant_colour(q),
                t(locale, quadrant(q)),
                None,
                Some((money(amount, locale, &currency), share)),
            )
        })
        .collect_view()
}

/// The four quadrants as one 100 % bar, with each quadrant's amount and share in the legend.
/// The root carries `data-testid="chart-quadrants"`.
#[component]
pub fn QuadrantBar(
    /// The engine's results for the scenario shown.
    #[prop(into)]
    results: Signal<Results>,
    /// The interface language.
    #[prop(into)]
    locale: Signal<Locale>,
) -> impl IntoView {
    let title = move || t(locale.get(), Msg::ChartQuadrants);
    view! {
        <figure class="chart chart-quadrants" data-testid="chart-quadrants">
            <figcaption class="chart-title">{title}</figcaption>
            <PlotSvg class="chart-strip" frame=STRIP title=Signal::derive(title)>
            {move || {
                let l = locale.get();
                results.with(|r| plot(r, l))
            }}
            </PlotSvg>
            <ul class="legend legend-quadrants">
                {move || {
                    let l = locale.get();
                    results.with(|r| legend(r, l))
                }}
            </ul>
        </figure>
    }
}
