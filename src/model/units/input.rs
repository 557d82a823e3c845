//! Reading numbers leniently: user text (`FromStr`) and JSON values (strings or numbers) become
//! `Decimal`s or whole numbers before the value types check their bounds.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Deserialize;
use serde::de::{self, Deserializer, Unexpected, Visitor};

use super::{InvalidValue, NOT_A_NUMBER};

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
/// Only used as the `serde(try_from)` source of the decimal newtypes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DecimalInput(pub Decimal);

impl<'de> Deserialize<'de> for DecimalInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DecimalInputVisitor)
    }
}

struct DecimalInputVisitor;

impl Visitor<'_> for DecimalInputVisitor {
    type Value = DecimalInput;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a decimal number written as a string, e.g. \"12.50\"")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<DecimalInput, E> {
        parse_decimal(v)
            .map(DecimalInput)
            .map_err(|_| E::invalid_value(Unexpected::Str(v), &self))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<DecimalInput, E> {
        Ok(DecimalInput(Decimal::from(v)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<DecimalInput, E> {
        Ok(DecimalInput(Decimal::from(v)))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<DecimalInput, E> {
        // `Display` of an f64 is the shortest text that reads back as the same f64, so 0.1
        // becomes exactly 0.1 rather than its binary approximation.
        if !v.is_finite() {
            return Err(E::invalid_value(Unexpected::Float(v), &self));
        }
        Decimal::from_str(&v.to_string())
            .map(DecimalInput)
            .map_err(|_| E::invalid_value(Unexpected::Float(v), &self))
    }
}

/// A whole number as it arrives in JSON: a number (`15`, canonical) or a string (`"15"`).
///
/// Only used as the `serde(try_from)` source of the count newtypes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntegerInput(pub u64);

impl<'de> Deserialize<'de> for IntegerInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(IntegerInputVisitor)
    }
}

struct IntegerInputVisitor;

impl Visitor<'_> for IntegerInputVisitor {
    type Value = IntegerInput;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a whole number that is not negative, e.g. 15")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<IntegerInput, E> {
        Ok(IntegerInput(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<IntegerInput, E> {
        u64::try_from(v)
            .map(IntegerInput)
            .map_err(|_| E::invalid_value(Unexpected::Signed(v), &self))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<IntegerInput, E> {
        Err(E::invalid_value(Unexpected::Float(v), &self))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<IntegerInput, E> {
        v.trim()
            .parse::<u64>()
            .map(IntegerInput)
            .map_err(|_| E::invalid_value(Unexpected::Str(v), &self))
    }
}
