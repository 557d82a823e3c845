//! Shared pieces of the SVG charts (wasm only): the frame the two axis charts are drawn in, the
//! y axis with locale-formatted money labels, the period labels along the x axis, and legends.

use std::sync::Arc;

use leptos::prelude::*;
use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use super::projection::{AxisTick, Frame, coord};
use crate::i18n::format::{Style, format};
use crate::i18n::{Locale, Msg, t};

/// The viewBox of the bar and line charts: 400 units wide, so the 14-unit labels are still
/// about 11.5 px on a 330 px wide phone column. The left margin is refitted to the y labels.
pub(super) const FRAME: Frame = Frame {
    width: 400.0,
    height: 250.0,
    left: 58.0,
    right: 12.0,
    top: 14.0,
    bottom: 48.0,
};

/// Font size of tick and period labels, in viewBox units.
pub(super) const FONT_SIZE: f64 = 14.0;

/// [`FONT_SIZE`] as attribute text.
pub(super) const FONT: &str = "14";

/// Gap between a y label and the plot.
const LABEL_GAP: f64 = 6.0;

/// The approximate width of `text` at [`FONT_SIZE`]: CJK characters are a full em, the rest
/// (digits, Latin, currency signs, Thai) about 0.62 em, combining marks nothing.
fn text_width(text: &str) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c as u32 {
            0x0300..=0x036F | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E => 0.0,
            0x2E80.. => 1.0,
            _ => 0.62,
        })
        .sum();
    ems * FONT_SIZE
}

/// [`FRAME`] with its left margin fitted to the widest y label (within 36..=120 units).
pub(super) fn fitted_frame(labels: &[String]) -> Frame {
    let widest = labels.iter().map(|l| text_width(l)).fold(0.0, f64::max);
    Frame {
        left: (widest + LABEL_GAP + 4.0).clamp(36.0, 120.0),
        ..FRAME
    }
}

/// The money labels of y ticks in the locale.
pub(super) fn tick_labels(ticks: &[AxisTick], locale: Locale, currency: &str) -> Vec<String> {
    ticks
        .iter()
        .map(|t| money_compact(t.value, locale, currency))
        .collect()
}

/// A chart amount as a short money label in the locale ("$40K", "US$4万", "฿1.2M").
pub(crate) fn money_compact(value: f64, locale: Locale, currency: &str) -> String {
    match Decimal::from_f64(value) {
        Some(d) => format(d, locale, &Style::MoneyCompact(currency.to_owned())),
        None => format!("{currency} {value:.3e}"),
    }
}

/// A full money amount in the locale, whole units.
pub(super) fn money(value: Decimal, locale: Locale, currency: &str) -> String {
    format(value, locale, &Style::Money(currency.to_owned()))
}

/// A share (0..=1) as a percentage in the locale, no decimals.
pub(super) fn percent(share: f64, locale: Locale) -> String {
    Decimal::from_f64(share)
        .map(|d| format(d, locale, &Style::Percent(0)))
        .unwrap_or_default()
}

/// The label of a period: "Initial" for period 0, then the year number.
pub(super) fn period_label(period: usize, locale: Locale) -> String {
    if period == 0 {
        t(locale, Msg::PeriodInitial).to_owned()
    } else {
        period.to_string()
    }
}

/// A y axis laid out for the current data: its frame, ticks and their labels (in the locale).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Axis {
    /// The frame the chart was laid out in (its left margin fitted to the labels).
    pub frame: Frame,
    /// The ticks.
    pub ticks: Vec<AxisTick>,
    /// One label per tick.
    pub labels: Vec<String>,
}

/// A reactive SVG coordinate: `f` of the current layout, as attribute text. The DOM is written
/// only when the text changes. A `Signal<String>` (not a closure type per call site), so every
/// attribute of every chart shares one copy of the attribute code in the wasm.
pub(super) fn at<T>(
    layout: Memo<T>,
    f: impl Fn(&T) -> f64 + Send + Sync + 'static,
) -> Signal<String>
where
    T: Send + Sync + 'static,
{
    Signal::derive(move || layout.with(|l| coord(f(l))))
}

/// A reactive text: one `Signal<String>` type for every text the charts and results show.
pub(crate) fn text(f: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(f)
}

/// One item of a keyed list, built from its key (an index).
pub(crate) type Item = Arc<dyn Fn(usize) -> AnyView + Send + Sync>;

/// A keyed list of items: an item is built when its key appears and removed when it goes; the
/// others stay (and update their values in place). Not generic, so the wasm holds one copy of
/// the keyed-list code for every list of the page.
pub(crate) fn keyed(keys: Signal<Vec<usize>>, item: Item) -> AnyView {
    view! { <For each=move || keys.get() key=|k| *k children=move |k| item(k) /> }.into_any()
}

/// Items `0..count`, keyed by index (see [`keyed`]).
pub(crate) fn indexed(count: Memo<usize>, item: Item) -> AnyView {
    keyed(Signal::derive(move || (0..count.get()).collect()), item)
}

/// `view` while `shown` holds, built again only when it turns true (one copy for every use).
pub(crate) fn when(shown: Memo<bool>, view: Arc<dyn Fn() -> AnyView + Send + Sync>) -> AnyView {
    (move || shown.get().then(|| view())).into_any()
}

/// Grid lines and labels of a y axis, one `<g class="tick">` per tick, updated in place (the
/// zero line is drawn darker).
pub(super) fn y_axis(axis: Memo<Axis>) -> impl IntoView {
    let count = Memo::new(move |_| axis.with(|a| a.ticks.len()));
    let tick: Item = Arc::new(move |i: usize| {
        let pos = move |a: &Axis| a.ticks.get(i).map_or(0.0, |t| t.pos);
        view! {
            <g class="tick">
                <line
                    class=text(move || {
                        axis.with(|a| match a.ticks.get(i) {
                            Some(t) if t.value == 0.0 => "axis-zero",
                            _ => "grid",
                        })
                        .to_owned()
                    })
                    x1=at(axis, |a| a.frame.plot_left())
                    x2=at(axis, |a| a.frame.plot_right())
                    y1=at(axis, pos)
                    y2=at(axis, pos)
                ></line>
                <text
                    class="tick-label"
                    x=at(axis, |a| a.frame.plot_left() - LABEL_GAP)
                    y=at(axis, pos)
                    dy="0.32em"
                    text-anchor="end"
                >
                    {text(move || axis.with(|a| a.labels.get(i).cloned().unwrap_or_default()))}
                </text>
            </g>
        }
        .into_any()
    });
    view! { <g class="y-axis">{indexed(count, tick)}</g> }
}

/// Period labels under the plot at the x positions `centers` gives (period 0 first), and the
/// "Year" axis title centred under the year labels; updated in place.
pub(super) fn x_labels<T>(
    layout: Memo<T>,
    centers: fn(&T) -> &[f64],
    frame: fn(&T) -> &Frame,
    locale: Signal<Locale>,
) -> impl IntoView
where
    T: Send + Sync + 'static,
{
    let count = Memo::new(move |_| layout.with(|l| centers(l).len()));
    let label: Item = Arc::new(move |period: usize| {
        view! {
            <text
                class="period-label"
                x=at(layout, move |l| centers(l).get(period).copied().unwrap_or(0.0))
                y=at(layout, move |l| frame(l).plot_bottom() + 18.0)
                text-anchor="middle"
            >
                {text(move || period_label(period, locale.get()))}
            </text>
        }
        .into_any()
    });
    let title_x = move |l: &T| {
        let years = centers(l).get(1..).unwrap_or_default();
        match (years.first(), years.last()) {
            (Some(a), Some(b)) => (a + b) / 2.0,
            _ => (frame(l).plot_left() + frame(l).plot_right()) / 2.0,
        }
    };
    view! {
        <g class="x-axis">
            {indexed(count, label)}
            <text
                class="axis-title"
                x=at(layout, title_x)
                y=at(layout, move |l| frame(l).plot_bottom() + 38.0)
                text-anchor="middle"
            >
                {text(move || t(locale.get(), Msg::PeriodYear).to_owned())}
            </text>
        </g>
    }
}

/// A legend entry: a colour swatch of the series class `class` (or a line sample when `line`
/// is set, dashed when `dashed`) and its label, plus optional trailing figures. Colours come
/// from the stylesheet (no inline style, which the Content-Security-Policy refuses).
pub(super) fn legend_item(
    class: &'static str,
    label: Signal<String>,
    line: Option<bool>,
    figures: Option<(Signal<String>, Signal<String>)>,
) -> impl IntoView {
    let swatch = match line {
        None => "swatch",
        Some(true) => "swatch line dashed",
        Some(false) => "swatch line",
    };
    view! {
        <li class="legend-item" data-testid="legend-item">
            <span class=format!("{swatch} {class}") aria-hidden="true"></span>
            <span class="legend-label">{label}</span>
            {figures
                .map(|(amount, share)| {
                    view! {
                        <span class="legend-figures">
                            <span class="legend-amount">{amount}</span>
                            <span class="legend-share">{share}</span>
                        </span>
                    }
                })}
        </li>
    }
}

/// The `<svg>` element every chart draws in: its view box, responsive width, accessible role,
/// title and description (the ids of the tables that hold its data), and the chart font size;
/// the plot goes inside as children.
#[component]
pub(crate) fn PlotSvg(
    /// Extra class next to `chart-svg`.
    #[prop(optional)]
    class: &'static str,
    /// The coordinate frame (view box).
    frame: Frame,
    /// The accessible title, in the current language.
    #[prop(into)]
    title: Signal<&'static str>,
    /// Ids of the tables that hold the chart's data (its text alternative).
    #[prop(optional)]
    described_by: &'static str,
    /// The plot.
    children: Children,
) -> impl IntoView {
    view! {
        <svg
            class=format!("chart-svg {class}")
            viewBox=frame.view_box()
            width="100%"
            preserveAspectRatio="xMidYMid meet"
            role="img"
            aria-describedby=(!described_by.is_empty()).then_some(described_by)
            font-size=FONT
        >
            <title>{title}</title>
            {children()}
        </svg>
    }
}
