//! The comparison as a table: which rows, in which order, each option's value and its
//! difference from the baseline — read from the engine's [`Comparison`], never computed — and
//! that table as CSV. One model serves the page (formatted in the reader's language) and the
//! CSV (plain decimals, [`crate::export`]'s conventions); which options another beats on both
//! cost and fit is read here too.
//!
//! Pure: compiled and tested natively.

use rust_decimal::Decimal;
use truecost_model::compare::{ComparedOption, Comparison, Difference};
use truecost_model::{Category, IrrNote, Phase, Quadrant};

/// A headline figure of an option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// Total cost of ownership.
    Tco,
    /// TCO per user-month.
    PerUserMonth,
    /// Costs paid up front.
    InitialCosts,
    /// Net present value.
    Npv,
    /// Simple ROI.
    Roi,
    /// Risk-adjusted (TEI) ROI.
    RoiRisk,
    /// Payback in months.
    Payback,
    /// Internal rate of return.
    Irr,
    /// Hidden costs / TCO.
    HiddenShare,
    /// Requirements fit.
    Fit,
    /// Checklist questions answered "don't know".
    OpenQuestions,
}

/// The headline figures, in the order shown.
/// Fit and open questions sit beside TCO and NPV (issue 9).
pub const FIGURES: [Figure; 11] = [
    Figure::Tco,
    Figure::PerUserMonth,
    Figure::Npv,
    Figure::Fit,
    Figure::OpenQuestions,
    Figure::InitialCosts,
    Figure::Roi,
    Figure::RoiRisk,
    Figure::Payback,
    Figure::Irr,
    Figure::HiddenShare,
];

/// A row of the comparison table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    /// A headline figure.
    Head(Figure),
    /// The costs of one category.
    Category(Category),
    /// The costs of one quadrant.
    Quadrant(Quadrant),
    /// The costs of one phase.
    Phase(Phase),
}

/// Every row: the headline figures, then the costs by category, by quadrant and by phase.
pub fn rows() -> impl Iterator<Item = Row> {
    FIGURES
        .into_iter()
        .map(Row::Head)
        .chain(Category::ALL.iter().map(|&c| Row::Category(c)))
        .chain(Quadrant::ALL.iter().map(|&q| Row::Quadrant(q)))
        .chain(Phase::ALL.iter().map(|&p| Row::Phase(p)))
}

/// A value of a cell, as the engine gave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// Money, shown in whole units.
    Money(Decimal),
    /// Money, shown with cents (per user-month).
    Cents(Decimal),
    /// A fraction shown as a percentage.
    Ratio(Decimal),
    /// Months.
    Months(Decimal),
    /// A count.
    Count(u32),
    /// No payback within the horizon.
    NoPayback,
    /// No IRR, and why.
    NoIrr(Option<IrrNote>),
    /// Not defined (e.g. no users, no costs).
    NotAvailable,
    /// Nothing scored yet.
    NotScored,
}

/// An option's difference from the baseline, as the engine gave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delta {
    /// Money (whole units), and its share of the baseline's.
    Money(Difference),
    /// Money with cents, and its share.
    Cents(Difference),
    /// A difference of two fractions, in percentage points.
    Points(Decimal),
    /// Months.
    Months(Decimal),
    /// No difference is defined (one side has no value, or the row has none).
    None,
}

fn map_value<K: Ord>(map: &std::collections::BTreeMap<K, Decimal>, key: &K) -> Value {
    Value::Money(map.get(key).copied().unwrap_or_default())
}

fn map_delta<K: Ord>(map: &std::collections::BTreeMap<K, Difference>, key: &K) -> Delta {
    map.get(key).map_or(Delta::None, |d| Delta::Money(*d))
}

impl Row {
    /// This row's value for option `o`.
    pub fn value(self, o: &ComparedOption) -> Value {
        let h = &o.headline;
        let ratio = |v: Option<Decimal>| v.map_or(Value::NotAvailable, Value::Ratio);
        match self {
            Row::Head(f) => match f {
                Figure::Tco => Value::Money(h.tco),
                Figure::PerUserMonth => h
                    .tco_per_user_month
                    .map_or(Value::NotAvailable, Value::Cents),
                Figure::InitialCosts => Value::Money(h.initial_costs),
                Figure::Npv => Value::Money(h.npv),
                Figure::Roi => ratio(h.roi_simple),
                Figure::RoiRisk => ratio(h.roi_risk_adjusted),
                Figure::Payback => h.payback_months.map_or(Value::NoPayback, Value::Months),
                Figure::Irr => h.irr.map_or(Value::NoIrr(h.irr_note), Value::Ratio),
                Figure::HiddenShare => ratio(h.hidden_share),
                Figure::Fit => o.fit.map_or(Value::NotScored, Value::Ratio),
                Figure::OpenQuestions => Value::Count(o.open_questions),
            },
            Row::Category(c) => map_value(&o.by_category, &c),
            Row::Quadrant(q) => map_value(&o.by_quadrant, &q),
            Row::Phase(p) => map_value(&o.by_phase, &p),
        }
    }

    /// Option `o`'s difference from the baseline in this row (the engine's `vs_baseline`).
    pub fn delta(self, o: &ComparedOption) -> Delta {
        let d = &o.vs_baseline;
        let points = |v: Option<Decimal>| v.map_or(Delta::None, Delta::Points);
        match self {
            Row::Head(f) => match f {
                Figure::Tco => Delta::Money(d.tco),
                Figure::PerUserMonth => d.tco_per_user_month.map_or(Delta::None, Delta::Cents),
                Figure::InitialCosts => Delta::Money(d.initial_costs),
                Figure::Npv => Delta::Money(d.npv),
                Figure::Roi => points(d.roi_simple),
                Figure::RoiRisk => points(d.roi_risk_adjusted),
                Figure::Payback => d.payback_months.map_or(Delta::None, Delta::Months),
                Figure::Irr => points(d.irr),
                Figure::HiddenShare => points(d.hidden_share),
                // The engine gives no difference of fit or open questions: both are shown
                // side by side only.
                Figure::Fit | Figure::OpenQuestions => Delta::None,
            },
            Row::Category(c) => map_delta(&d.by_category, &c),
            Row::Quadrant(q) => map_delta(&d.by_quadrant, &q),
            Row::Phase(p) => map_delta(&d.by_phase, &p),
        }
    }
}

/// Money or months as a plain decimal with two places (`1234.50`, `-80.00`), as the
/// year-by-year CSV writes amounts.
fn two_places(d: Decimal) -> String {
    let d = d.round_dp(2);
    if d.is_zero() {
        "0.00".to_owned()
    } else {
        format!("{d:.2}")
    }
}

impl Value {
    /// The value as plain text for a CSV: decimals with two places for money and months, a
    /// fraction as the engine gives it (`0.25`), empty when there is none.
    pub fn plain(self) -> String {
        match self {
            Value::Money(d) | Value::Cents(d) | Value::Months(d) => two_places(d),
            Value::Ratio(d) => d.normalize().to_string(),
            Value::Count(n) => n.to_string(),
            Value::NoPayback | Value::NoIrr(_) | Value::NotAvailable | Value::NotScored => {
                String::new()
            }
        }
    }
}

impl Delta {
    /// The difference and its share of the baseline as plain text for a CSV (empty where
    /// there is none).
    pub fn plain(self) -> (String, String) {
        let share = |d: &Difference| d.share.map(|s| s.normalize().to_string());
        match self {
            Delta::Money(d) | Delta::Cents(d) => {
                (two_places(d.amount), share(&d).unwrap_or_default())
            }
            Delta::Points(p) => (p.normalize().to_string(), String::new()),
            Delta::Months(m) => (two_places(m), String::new()),
            Delta::None => (String::new(), String::new()),
        }
    }
}

/// For each option, the options that beat it on both cost and fit: a TCO per user-month no
/// higher and a fit no lower, one of the two strictly better. Options without a fit or
/// without users are neither beaten nor beat any other.
pub fn beaten_by(c: &Comparison) -> Vec<Vec<usize>> {
    let point = |o: &ComparedOption| Some((o.headline.tco_per_user_month?, o.fit?));
    c.options
        .iter()
        .map(|o| {
            let Some((cost, fit)) = point(o) else {
                return Vec::new();
            };
            c.options
                .iter()
                .enumerate()
                .filter_map(|(j, other)| {
                    let (oc, of) = point(other)?;
                    (oc <= cost && of >= fit && (oc < cost || of > fit)).then_some(j)
                })
                .collect()
        })
        .collect()
}

/// The header texts of the comparison CSV, in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvText {
    /// The first column ("Figure").
    pub figure: String,
    /// After an option's name in the difference column ("vs baseline").
    pub vs_baseline: String,
    /// After that, in the share column ("Share").
    pub share: String,
}

/// The comparison table as CSV (UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting, as
/// [`crate::export`] writes the year-by-year table): one row per [`rows`] entry, labelled by
/// `label`; per option three columns — its value, its difference from the baseline and that
/// difference's share of the baseline's value. Money and months have two places, ratios are
/// fractions (`0.25` = 25 %), a missing value is empty.
pub fn csv(c: &Comparison, text: &CsvText, label: impl Fn(Row) -> String) -> String {
    let mut out = String::from('\u{FEFF}');
    let mut header = vec![text.figure.clone()];
    for o in &c.options {
        header.push(o.name.clone());
        header.push(format!("{} {}", o.name, text.vs_baseline));
        header.push(format!("{} {} ({})", o.name, text.vs_baseline, text.share));
    }
    crate::export::push_row(&mut out, header);
    for row in rows() {
        let mut fields = vec![label(row)];
        for o in &c.options {
            let (amount, share) = row.delta(o).plain();
            fields.push(row.value(o).plain());
            fields.push(amount);
            fields.push(share);
        }
        crate::export::push_row(&mut out, fields);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use truecost_model::compare::compare_scenarios;
    use truecost_model::{Count, Scenario, template};

    fn scenarios() -> Vec<Scenario> {
        let mut a = template("small-team-saas").expect("template");
        a.name = "SaaS, \"A\"".into();
        let mut b = template("mid-size-on-premise").expect("template");
        b.name = "On-premise".into();
        b.organisation.users = Count::new(15).expect("users");
        vec![a, b]
    }

    #[test]
    fn values_and_deltas_are_the_engines() {
        let c = compare_scenarios(&scenarios(), 0).expect("compares");
        let (a, b) = (&c.options[0], &c.options[1]);
        assert_eq!(
            Row::Head(Figure::Tco).value(b),
            Value::Money(b.headline.tco)
        );
        assert_eq!(
            Row::Head(Figure::Tco).delta(b),
            Delta::Money(b.vs_baseline.tco)
        );
        assert_eq!(
            Row::Head(Figure::Tco).delta(a).plain(),
            ("0.00".to_owned(), "0".to_owned()),
            "the baseline differs by nothing"
        );
        let cat = Category::SubscriptionLicence;
        assert_eq!(
            Row::Category(cat).value(a),
            Value::Money(a.by_category[&cat])
        );
        assert_eq!(
            Row::Category(cat).delta(b),
            Delta::Money(b.vs_baseline.by_category[&cat])
        );
        assert_eq!(Row::Head(Figure::Fit).value(a), Value::NotScored);
        assert_eq!(Row::Head(Figure::Fit).delta(a), Delta::None);
        assert_eq!(rows().count(), 11 + 10 + 4 + 7);
    }

    #[test]
    fn plain_text_has_two_places_for_money_and_fractions_for_ratios() {
        assert_eq!(Value::Money(Decimal::new(12345, 1)).plain(), "1234.50");
        assert_eq!(Value::Money(Decimal::new(-8, 0)).plain(), "-8.00");
        assert_eq!(
            Value::Money(Decimal::new(-1, 3)).plain(),
            "0.00",
            "no -0.00"
        );
        assert_eq!(Value::Ratio(Decimal::new(2500, 4)).plain(), "0.25");
        assert_eq!(Value::Count(3).plain(), "3");
        assert_eq!(Value::NoPayback.plain(), "");
        let d = Difference {
            amount: Decimal::new(-5000, 2),
            share: Some(Decimal::new(-125, 3)),
        };
        assert_eq!(
            Delta::Money(d).plain(),
            ("-50.00".to_owned(), "-0.125".to_owned())
        );
        assert_eq!(
            Delta::Points(Decimal::new(500, 4)).plain().0,
            "0.05",
            "5 points"
        );
    }

    #[test]
    fn the_csv_has_a_bom_a_header_and_one_row_per_figure() {
        let c = compare_scenarios(&scenarios(), 1).expect("compares");
        let text = CsvText {
            figure: "Figure".into(),
            vs_baseline: "vs baseline".into(),
            share: "share".into(),
        };
        let out = csv(&c, &text, |row| format!("{row:?}"));
        assert!(out.starts_with('\u{FEFF}'));
        let lines: Vec<&str> = out[3..].trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 1 + rows().count());
        // The name with a comma and quotes is quoted, its quotes doubled.
        assert!(
            lines[0].starts_with("Figure,\"SaaS, \"\"A\"\"\",\"SaaS, \"\"A\"\" vs baseline\""),
            "{}",
            lines[0]
        );
        let tco: Vec<&str> = lines[1].split(',').collect();
        assert_eq!(tco[0], "Head(Tco)");
        assert_eq!(tco[1], two_places(c.options[0].headline.tco));
        assert_eq!(tco[2], two_places(c.options[0].vs_baseline.tco.amount));
        assert_eq!(tco[4], two_places(c.options[1].headline.tco));
        assert_eq!(tco[5], "0.00", "the baseline against itself");
    }

    #[test]
    fn an_option_dearer_and_less_fit_than_another_is_beaten() {
        let base = template("small-team-saas").expect("template");
        let mut cheap = base.clone();
        cheap.pricing.seat_price_per_month =
            truecost_model::Money::new(Decimal::new(10, 0)).expect("price");
        let mut c = compare_scenarios(&[cheap.clone(), base.clone(), base], 0).expect("compares");
        assert!(
            c.options[0].headline.tco_per_user_month < c.options[1].headline.tco_per_user_month
        );
        // The fit comes from each option's scorecard; set here as the engine would copy it.
        c.options[0].fit = Some(Decimal::new(9, 1));
        c.options[1].fit = Some(Decimal::new(5, 1));
        c.options[2].fit = None;
        let beaten = beaten_by(&c);
        assert_eq!(beaten[0], Vec::<usize>::new());
        assert_eq!(beaten[1], vec![0], "dearer and a lower fit");
        assert_eq!(
            beaten[2],
            Vec::<usize>::new(),
            "no fit: not placed, never beaten"
        );
        // Cheaper but a lower fit: a trade-off, not beaten.
        c.options[1].fit = Some(Decimal::ONE);
        assert!(beaten_by(&c).iter().all(Vec::is_empty));
        // Equal on both: neither beats the other.
        let mut c = compare_scenarios(&[cheap.clone(), cheap], 0).expect("compares");
        c.options[0].fit = Some(Decimal::new(7, 1));
        c.options[1].fit = Some(Decimal::new(7, 1));
        assert!(beaten_by(&c).iter().all(Vec::is_empty));
        // Equal cost, a better fit: beaten.
        c.options[1].fit = Some(Decimal::new(8, 1));
        assert_eq!(beaten_by(&c), vec![vec![1], vec![]]);
    }
}
