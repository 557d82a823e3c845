//! "How sure is this number?" on the page (wasm only): the panel in the results that runs the
//! engine's Monte Carlo simulation in short slices after typing pauses ([`UncertaintyPanel`]),
//! its spread charts and tornado, and the range editor next to every number field
//! ([`range_hook`]). Nothing here computes a figure: the engine's
//! [`truecost_model::uncertainty`] does; these components format and draw.

mod panel;
mod range_field;
mod spread_chart;
mod tornado_chart;

pub use panel::UncertaintyPanel;
pub use range_field::range_hook;

use leptos::prelude::*;
use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;
use truecost_model::inputs::{Field, Kind};

use crate::i18n::format::{Style, format};
use crate::i18n::{Locale, Ux};
use crate::ui::fields::Planner;

/// A reactive uncertainty text in the current language (one closure type for all of them).
pub(crate) fn ux(text: Ux) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let locale = Planner::get().locale;
    move || text.text(locale.get())
}

/// A figure in the locale: money in `currency` (whole units), or a share as a percentage.
pub(crate) fn show(value: f64, style: &Style, locale: Locale) -> String {
    Decimal::from_f64(value)
        .map(|d| format(d, locale, style))
        .unwrap_or_default()
}

/// A stored input value as typed in its field (percentages × 100), in the locale, with `%`
/// after a percentage.
pub(crate) fn input_value(path: &str, value: Decimal, locale: Locale) -> String {
    match Field::parse(path).map(Field::kind) {
        Some(Kind::Percent | Kind::Growth) => format!(
            "{} %",
            crate::i18n::format_input(value * Decimal::ONE_HUNDRED, locale)
        ),
        _ => crate::i18n::format_input(value, locale),
    }
}
