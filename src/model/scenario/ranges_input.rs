//! Scenario input: ranges on numeric inputs ("how sure is this number?").
//!
//! `Scenario::ranges` maps a numeric input's field path (`"pricing.renewal_uplift"`,
//! `"project.activities[2].hours.admin"`) to a [`Range`]: a low and a high value and a
//! distribution. The likely value is the field's own value, so a range never duplicates it and
//! editing the field moves the peak. A scenario without ranges reads and evaluates exactly as
//! before; only the simulation and the tornado read them (`crate::uncertainty`).

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::{ErrorCode, FieldError};
use crate::inputs::Field;
use crate::scenario::Scenario;

/// Most ranges a scenario may hold.
pub const MAX_RANGES: usize = 500;

/// How a ranged input is drawn between its low and high value, peaking at the likely one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Distribution {
    /// Beta-PERT (the default): smooth, peaks at the likely value, mean
    /// (low + 4 × likely + high) / 6.
    #[default]
    Pert,
    /// Triangular: straight lines from low up to likely and down to high; mean
    /// (low + likely + high) / 3.
    Triangular,
    /// Uniform: every value between low and high equally likely (the likely value only marks
    /// the deterministic figure).
    Uniform,
}

/// The low and high value of an input and how it is drawn between them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Range {
    /// The lowest plausible value (≤ the field's value).
    pub low: Decimal,
    /// The highest plausible value (≥ the field's value).
    pub high: Decimal,
    /// PERT unless said otherwise.
    pub distribution: Distribution,
}

impl Range {
    /// A PERT range from `low` to `high`.
    pub fn pert(low: Decimal, high: Decimal) -> Self {
        Range {
            low,
            high,
            distribution: Distribution::Pert,
        }
    }
}

/// The error path of a range: `ranges["pricing.renewal_uplift"]`, with `.low` / `.high` added
/// for a bound. Very long (hence unknown) keys are cut to keep messages readable.
pub fn range_path(key: &str, bound: Option<&str>) -> String {
    let shown: String = key.chars().take(120).collect();
    let ellipsis = if shown.len() < key.len() { "…" } else { "" };
    match bound {
        Some(bound) => format!("ranges[\"{shown}{ellipsis}\"].{bound}"),
        None => format!("ranges[\"{shown}{ellipsis}\"]"),
    }
}

/// Checks every range of `scenario`, reporting each problem at its path.
pub(crate) fn check_ranges(scenario: &Scenario, fail: &mut impl FnMut(FieldError)) {
    let ranges: &BTreeMap<String, Range> = &scenario.ranges;
    if ranges.len() > MAX_RANGES {
        fail(
            FieldError::coded(
                "ranges",
                ErrorCode::TooManyEntries,
                format!("must have at most {MAX_RANGES} ranges"),
            )
            .with("max", MAX_RANGES),
        );
    }
    for (key, range) in ranges {
        let Some(field) = Field::parse(key) else {
            fail(FieldError::coded(
                range_path(key, None),
                ErrorCode::RangeUnknownInput,
                "is not a numeric input of the scenario; name one by its path, e.g. \
                 \"pricing.renewal_uplift\" or \"project.activities[2].hours.admin\"",
            ));
            continue;
        };
        let Some(likely) = field.read(scenario) else {
            fail(FieldError::coded(
                range_path(key, None),
                ErrorCode::RangeMissingItem,
                "names a list item the scenario does not have",
            ));
            continue;
        };
        let (min, max) = (field.min(), field.max());
        let whole = field.kind().is_whole();
        for (bound, value) in [("low", range.low), ("high", range.high)] {
            let path = range_path(key, Some(bound));
            if value < min || value > max {
                fail(
                    FieldError::coded(
                        path,
                        ErrorCode::RangeOutOfBounds,
                        format!("must be between {min} and {max}, like the field itself"),
                    )
                    .with("min", min)
                    .with("max", max),
                );
            } else if whole && value.fract() != Decimal::ZERO {
                fail(FieldError::coded(
                    path,
                    ErrorCode::RangeNotWhole,
                    "must be a whole number, like the field itself",
                ));
            }
        }
        if range.low > likely {
            fail(
                FieldError::coded(
                    range_path(key, Some("low")),
                    ErrorCode::RangeLowAboveValue,
                    format!("must not be above the field's value ({likely}), the likely value"),
                )
                .with("value", likely),
            );
        }
        if range.high < likely {
            fail(
                FieldError::coded(
                    range_path(key, Some("high")),
                    ErrorCode::RangeHighBelowValue,
                    format!("must not be below the field's value ({likely}), the likely value"),
                )
                .with("value", likely),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::d;

    fn paths(s: &Scenario) -> Vec<String> {
        s.validate()
            .err()
            .map(|e| e.errors.into_iter().map(|f| f.path).collect())
            .unwrap_or_default()
    }

    fn with(key: &str, low: &str, high: &str) -> Scenario {
        let mut s = Scenario::default();
        s.ranges.insert(key.into(), Range::pert(d(low), d(high)));
        s
    }

    #[test]
    fn a_range_around_the_value_is_valid() {
        // The default renewal uplift is 7 %: 4–8 % holds it.
        assert_eq!(
            with("pricing.renewal_uplift", "0.04", "0.08").validate(),
            Ok(())
        );
        // A collapsed range is a point.
        assert_eq!(
            with("pricing.renewal_uplift", "0.07", "0.07").validate(),
            Ok(())
        );
        assert_eq!(
            with("project.activities[2].hours.admin", "20", "60").validate(),
            Ok(())
        );
    }

    #[test]
    fn refusals_name_the_range_and_the_bound() {
        assert_eq!(
            paths(&with("pricing.renewal_uplift", "0.08", "0.09")),
            ["ranges[\"pricing.renewal_uplift\"].low"]
        );
        assert_eq!(
            paths(&with("pricing.renewal_uplift", "0.01", "0.05")),
            ["ranges[\"pricing.renewal_uplift\"].high"]
        );
        // Negative where the field forbids it; above 100 % for a fraction.
        assert_eq!(
            paths(&with("pricing.renewal_uplift", "-0.01", "1.5")),
            [
                "ranges[\"pricing.renewal_uplift\"].low",
                "ranges[\"pricing.renewal_uplift\"].high"
            ]
        );
        // Users are whole.
        assert_eq!(
            paths(&with("organisation.users", "10.5", "20")),
            ["ranges[\"organisation.users\"].low"]
        );
        // Unknown field, non-numeric field, missing list item.
        assert_eq!(
            paths(&with("pricing.renewal", "0", "1")),
            ["ranges[\"pricing.renewal\"]"]
        );
        assert_eq!(paths(&with("horizon", "1", "5")), ["ranges[\"horizon\"]"]);
        assert_eq!(
            paths(&with("project.activities[40].fee", "0", "1")),
            ["ranges[\"project.activities[40].fee\"]"]
        );
        // The overtime multiplier is at least 1, in a range too.
        assert_eq!(
            paths(&with("project.overtime.multiplier", "0.5", "2")),
            ["ranges[\"project.overtime.multiplier\"].low"]
        );
    }

    #[test]
    fn refusals_carry_a_code_and_the_values_they_name() {
        let err = with("pricing.renewal_uplift", "0.08", "2")
            .validate()
            .unwrap_err();
        let codes: Vec<_> = err.errors.iter().map(|e| e.code).collect();
        assert_eq!(
            codes,
            [ErrorCode::RangeOutOfBounds, ErrorCode::RangeLowAboveValue]
        );
        assert_eq!(err.errors[0].params["max"], "1");
        assert_eq!(err.errors[1].params["value"], "0.07");
        let err = with("nothing", "0", "1").validate().unwrap_err();
        assert_eq!(err.errors[0].code, ErrorCode::RangeUnknownInput);
    }

    #[test]
    fn a_scenario_without_ranges_reads_and_writes_as_before() {
        let s = Scenario::default();
        let json = serde_json::to_value(&s).unwrap();
        assert!(json.get("ranges").is_none(), "no ranges key is written");
        let back: Scenario = serde_json::from_value(json).unwrap();
        assert_eq!(back, s);
        assert!(back.ranges.is_empty());
    }

    #[test]
    fn ranges_read_strings_or_numbers_and_default_to_pert() {
        let json = r#"{"ranges": {"pricing.renewal_uplift": {"low": "0.04", "high": 0.08},
            "benefits.adoption[0]": {"low": "0.3", "high": "0.6", "distribution": "uniform"}}}"#;
        let s: Scenario = serde_json::from_str(json).unwrap();
        let r = &s.ranges["pricing.renewal_uplift"];
        assert_eq!((r.low, r.high), (d("0.04"), d("0.08")));
        assert_eq!(r.distribution, Distribution::Pert);
        assert_eq!(
            s.ranges["benefits.adoption[0]"].distribution,
            Distribution::Uniform
        );
        assert_eq!(s.validate(), Ok(()));
        let bad = r#"{"ranges": {"pricing.renewal_uplift": {"low": "x", "high": "1"}}}"#;
        assert!(serde_json::from_str::<Scenario>(bad).is_err());
    }
}
