//! Shared pieces of the SVG charts (wasm only): the frame the two axis charts are drawn in, the
//! y axis with locale-formatted money labels, the period labels along the x axis, and legends.

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
pub(super) fn money_compact(value: f64, locale: Locale, currency: &str) -> String {
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

/// Grid lines and labels (from [`tick_labels`]) of a y axis; the zero line is drawn darker.
pub(super) fn y_axis(
    ticks: &[AxisTick],
    labels: &[String],
    frame: &Frame,
) -> impl IntoView + use<> {
    let (x1, x2) = (coord(frame.plot_left()), coord(frame.plot_right()));
    let label_x = coord(frame.plot_left() - LABEL_GAP);
    ticks
        .iter()
        .zip(labels)
        .map(|(tick, label)| {
            let y = coord(tick.pos);
            let class = if tick.value == 0.0 {
                "axis-zero"
            } else {
                "grid"
            };
            view! {
                <g class="tick">
                    <line class=class x1=x1.clone() x2=x2.clone() y1=y.clone() y2=y.clone()></line>
                    <text class="tick-label" x=label_x.clone() y=y dy="0.32em" text-anchor="end">
                        {label.clone()}
                    </text>
                </g>
            }
        })
        .collect_view()
}

/// Period labels under the plot at `centers` (period 0 first), and the "Year" axis title
/// centred under the year labels.
pub(super) fn x_labels(centers: &[f64], frame: &Frame, locale: Locale) -> impl IntoView + use<> {
    let label_y = coord(frame.plot_bottom() + 18.0);
    let title_y = coord(frame.plot_bottom() + 38.0);
    let years = centers.get(1..).unwrap_or_default();
    let title_x = match (years.first(), years.last()) {
        (Some(a), Some(b)) => (a + b) / 2.0,
        _ => (frame.plot_left() + frame.plot_right()) / 2.0,
    };
    let labels = centers
        .iter()
        .enumerate()
        .map(|(period, &x)| {
            view! {
                <text class="period-label" x=coord(x) y=label_y.clone() text-anchor="middle">
                    {period_label(period, locale)}
                </text>
            }
        })
        .collect_view();
    view! {
        <g class="x-axis">
            {labels}
            <text class="axis-title" x=coord(title_x) y=title_y text-anchor="middle">
                {t(locale, Msg::PeriodYear)}
            </text>
        </g>
    }
}

/// A legend entry: a colour swatch (or a line sample when `line` is set, dashed when `dashed`)
/// and its label, plus optional trailing figures.
pub(super) fn legend_item(
    colour: &'static str,
    label: &'static str,
    line: Option<bool>,
    figures: Option<(String, String)>,
) -> impl IntoView + use<> {
    // Colours are set through the CSSOM (`style:`), which the Content-Security-Policy allows;
    // a `style` attribute would be refused (no 'unsafe-inline' for styles).
    let (class, fill, border) = match line {
        None => ("swatch", colour, ""),
        Some(dashed) => (
            if dashed {
                "swatch line dashed"
            } else {
                "swatch line"
            },
            "",
            colour,
        ),
    };
    view! {
        <li class="legend-item" data-testid="legend-item">
            <span
                class=class
                style:background-color=fill
                style:border-top-color=border
                aria-hidden="true"
            ></span>
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

/// The `<svg>` element every chart draws in: its view box, responsive width, accessible role
/// and title, and the chart font size; the plot goes inside as children.
#[component]
pub(super) fn PlotSvg(
    /// Extra class next to `chart-svg`.
    #[prop(optional)]
    class: &'static str,
    /// The coordinate frame (view box).
    frame: Frame,
    /// The accessible title, in the current language.
    #[prop(into)]
    title: Signal<&'static str>,
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
            font-size=FONT
        >
            <title>{title}</title>
            {children()}
        </svg>
    }
}
