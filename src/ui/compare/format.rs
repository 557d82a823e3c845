//! The comparison's values as text in the reader's language (wasm only: numbers go through the
//! browser's `Intl.NumberFormat`), and the names of its rows.

use rust_decimal::Decimal;
use truecost_model::IrrNote;

use super::table::{Delta, Figure, Row, Value};
use crate::i18n::format::{Style, format};
use crate::i18n::{Cx, DecideText, Locale, Msg, Text, category, phase, quadrant};

/// The name of a row.
pub fn row_name(row: Row) -> Text {
    match row {
        Row::Head(f) => match f {
            Figure::Tco => Msg::Tco.into(),
            Figure::PerUserMonth => Msg::PerUserMonth.into(),
            Figure::InitialCosts => Cx::InitialCosts.into(),
            Figure::Npv => Msg::Npv.into(),
            Figure::Roi => Msg::Roi.into(),
            Figure::RoiRisk => Cx::RoiRisk.into(),
            Figure::Payback => Msg::Payback.into(),
            Figure::Irr => Msg::Irr.into(),
            Figure::HiddenShare => Cx::HiddenShare.into(),
            Figure::Fit => DecideText::Fit.into(),
            Figure::OpenQuestions => DecideText::OpenQuestionsCol.into(),
        },
        Row::Category(c) => category(c).into(),
        Row::Quadrant(q) => quadrant(q).into(),
        Row::Phase(p) => phase(p).into(),
    }
}

/// A row's name for the CSV: breakdown rows carry their table's name ("By phase: Training"),
/// since a category and a phase may share a name.
pub fn csv_row_name(row: Row, l: Locale) -> String {
    let table = match row {
        Row::Head(_) => None,
        Row::Category(_) => Some(Msg::ByCategory.text(l)),
        Row::Quadrant(_) => Some(Cx::ByQuadrant.text(l)),
        Row::Phase(_) => Some(Msg::ByPhase.text(l)),
    };
    let name = row_name(row).text(l);
    table.map_or_else(|| name.to_owned(), |t| format!("{t}: {name}"))
}

/// Money in whole units.
pub fn money(v: Decimal, l: Locale, currency: &str) -> String {
    format(v, l, &Style::Money(currency.to_owned()))
}

/// A fraction as a percentage with one decimal.
pub fn percent(v: Decimal, l: Locale) -> String {
    format(v, l, &Style::Percent(1))
}

/// Months with one decimal ("18.5 months").
pub fn months(v: Decimal, l: Locale) -> String {
    Msg::PaybackMonths
        .text(l)
        .replace("{m}", &format(v, l, &Style::Number(1)))
}

/// `text` with a leading "+" when `v` is above zero (negative numbers carry their own sign).
fn signed(v: Decimal, text: String) -> String {
    if v > Decimal::ZERO {
        format!("+{text}")
    } else {
        text
    }
}

/// A value as shown in a cell.
pub fn value_text(v: Value, l: Locale, currency: &str) -> String {
    match v {
        Value::Money(d) => money(d, l, currency),
        Value::Cents(d) => format(d, l, &Style::MoneyCents(currency.to_owned())),
        Value::Ratio(d) => percent(d, l),
        Value::Months(d) => months(d, l),
        Value::Count(n) => n.to_string(),
        Value::NoPayback => Msg::NoPaybackInHorizon.text(l).to_owned(),
        Value::NoIrr(note) => match note {
            Some(IrrNote::NoSignChange) => Msg::IrrNoSignChange,
            Some(IrrNote::MultipleSignChanges) => Msg::IrrMultiple,
            _ => Msg::IrrNoConverge,
        }
        .text(l)
        .to_owned(),
        Value::NotAvailable => Msg::NotAvailable.text(l).to_owned(),
        Value::NotScored => DecideText::NotScored.text(l).to_owned(),
    }
}

/// A difference from the baseline as shown under a value: "+$1,200 (+4.5%)", "−3.2 pts",
/// "+6 months"; "" where there is none.
pub fn delta_text(delta: Delta, l: Locale, currency: &str) -> String {
    match delta {
        Delta::Money(d) | Delta::Cents(d) => {
            let style = if matches!(delta, Delta::Cents(_)) {
                Style::MoneyCents(currency.to_owned())
            } else {
                Style::Money(currency.to_owned())
            };
            let amount = signed(d.amount, format(d.amount, l, &style));
            match d.share {
                Some(s) if !d.amount.is_zero() => {
                    format!("{amount} ({})", signed(s, percent(s, l)))
                }
                _ => amount,
            }
        }
        Delta::Points(p) => Cx::Points.text(l).replace(
            "{v}",
            &signed(p, format(p * Decimal::ONE_HUNDRED, l, &Style::Number(1))),
        ),
        Delta::Months(m) => signed(m, months(m, l)),
        Delta::None => String::new(),
    }
}
