//! Reading numbers leniently: user text (`FromStr`) and JSON values (strings or numbers) become
//! `Decimal`s or whole numbers before the value types check their bounds (`crate::json`).

use std::str::FromStr;

use rust_decimal::Decimal;
use serde_json::Value;

use super::{InvalidValue, NOT_A_NUMBER};
use crate::json::{FromJson, JsonPath, JsonResult, invalid_value};

/// Parses user text as a decimal: plain (`12.50`) or scientific (`1.25e1`) notation, surrounding
/// blanks ignored.
pub fn parse_decimal(text: &str) -> Result<Decimal, InvalidValue> {
    let text = text.trim();
    Decimal::from_str(text)
        .or_else(|_| Decimal::from_scientific(text))
        .map_err(|_| NOT_A_NUMBER)
}

/// A decimal as it arrives in JSON: a string (`"12.50"`, the canonical form) or a number (`12.5`).
///
/// Only used as the JSON source of the decimal newtypes (and of the ranges' bounds).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DecimalInput(pub Decimal);

impl FromJson for DecimalInput {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        const EXPECTED: &str = "a decimal number written as a string, e.g. \"12.50\"";
        match value {
            Value::String(text) => parse_decimal(text)
                .map(DecimalInput)
                .map_err(|_| invalid_value(path, value, EXPECTED)),
            Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
                (Some(u), _, _) => Ok(DecimalInput(Decimal::from(u))),
                (None, Some(i), _) => Ok(DecimalInput(Decimal::from(i))),
                // `Display` of an f64 is the shortest text that reads back as the same f64, so
                // 0.1 becomes exactly 0.1 rather than its binary approximation.
                (None, None, Some(f)) if f.is_finite() => Decimal::from_str(&f.to_string())
                    .map(DecimalInput)
                    .map_err(|_| invalid_value(path, value, EXPECTED)),
                _ => Err(invalid_value(path, value, EXPECTED)),
            },
            other => Err(path.invalid_type(other, EXPECTED)),
        }
    }
}

/// A whole number as it arrives in JSON: a number (`15`, canonical) or a string (`"15"`).
///
/// Only used as the JSON source of the count newtypes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntegerInput(pub u64);

impl FromJson for IntegerInput {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        const EXPECTED: &str = "a whole number that is not negative, e.g. 15";
        match value {
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => Ok(IntegerInput(u)),
                _ => Err(invalid_value(path, value, EXPECTED)),
            },
            Value::String(text) => text
                .trim()
                .parse::<u64>()
                .map(IntegerInput)
                .map_err(|_| invalid_value(path, value, EXPECTED)),
            other => Err(path.invalid_type(other, EXPECTED)),
        }
    }
}
