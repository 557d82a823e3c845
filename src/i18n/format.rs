//! Number formatting through the browser's `Intl.NumberFormat`, for the current language
//! (wasm only). Formatters are built once per (locale, style) and cached.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::{Array, Function, Object, Reflect};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use wasm_bindgen::{JsCast, JsValue};

use super::Locale;

/// How a number is shown.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Style {
    /// An amount of money in an ISO 4217 currency, whole units (e.g. "$12,300").
    Money(String),
    /// An amount of money with cents (e.g. "$12.50").
    MoneyCents(String),
    /// A compact amount for chart axes (e.g. "$12K").
    MoneyCompact(String),
    /// A plain number with up to `n` decimals.
    Number(u8),
    /// A ratio shown as a percentage (0.25 → "25%") with up to `n` decimals.
    Percent(u8),
}

thread_local! {
    static CACHE: RefCell<HashMap<(Locale, Style), Option<Function>>> = RefCell::new(HashMap::new());
}

fn set(obj: &Object, key: &str, value: JsValue) {
    // Reflect::set on a plain fresh object cannot fail.
    let _ = Reflect::set(obj, &JsValue::from_str(key), &value);
}

fn build(locale: Locale, style: &Style) -> Option<Function> {
    let opts = Object::new();
    match style {
        Style::Money(code) | Style::MoneyCents(code) | Style::MoneyCompact(code) => {
            set(&opts, "style", "currency".into());
            set(&opts, "currency", code.as_str().into());
            match style {
                Style::Money(_) => {
                    set(&opts, "maximumFractionDigits", 0.into());
                    set(&opts, "minimumFractionDigits", 0.into());
                }
                Style::MoneyCompact(_) => {
                    set(&opts, "notation", "compact".into());
                    set(&opts, "maximumFractionDigits", 1.into());
                }
                _ => {}
            }
        }
        Style::Number(n) => set(&opts, "maximumFractionDigits", (*n as u32).into()),
        Style::Percent(n) => {
            set(&opts, "style", "percent".into());
            set(&opts, "maximumFractionDigits", (*n as u32).into());
        }
    }
    let locales = Array::of1(&JsValue::from_str(locale.tag()));
    let ctor: Function = Reflect::get(&js_sys::global(), &"Intl".into())
        .and_then(|intl| Reflect::get(&intl, &"NumberFormat".into()))
        .ok()?
        .dyn_into()
        .ok()?;
    // construct() turns a RangeError (e.g. a currency Intl rejects) into Err instead of a trap.
    let formatter = Reflect::construct(&ctor, &Array::of2(&locales, &opts)).ok()?;
    Reflect::get(&formatter, &"format".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// Formats `value` for `locale` in `style`; falls back to a plain rendering (with the currency
/// code) if the browser cannot build such a formatter.
pub fn format(value: Decimal, locale: Locale, style: &Style) -> String {
    let f = CACHE.with(|c| {
        c.borrow_mut()
            .entry((locale, style.clone()))
            .or_insert_with(|| build(locale, style))
            .clone()
    });
    let x = value.to_f64().unwrap_or(0.0);
    f.and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_f64(x)).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| match style {
            Style::Money(c) | Style::MoneyCompact(c) => format!("{} {}", c, value.round_dp(0)),
            Style::MoneyCents(c) => format!("{} {}", c, value.round_dp(2)),
            Style::Number(n) => value.round_dp(u32::from(*n)).normalize().to_string(),
            Style::Percent(n) => format!(
                "{}%",
                (value * Decimal::ONE_HUNDRED)
                    .round_dp(u32::from(*n))
                    .normalize()
            ),
        })
}
