//! Whole-number value types (users and other counts, contacts, the horizon) and the currency
//! code.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::Value;

use super::{IntegerInput, InvalidValue, NOT_A_WHOLE_NUMBER, parse_decimal};
use crate::json::{FromJson, JsonPath, JsonResult};

/// Defines an unsigned whole-number newtype checked against an inclusive range.
macro_rules! integer_newtype {
    (
        $(#[$meta:meta])*
        $name:ident($inner:ty), min = $min:expr, max = $max:expr, message = $message:literal
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(into = "u64")]
        pub struct $name($inner);

        impl $name {
            /// The smallest accepted value.
            pub const MIN: $inner = $min;
            /// The largest accepted value.
            pub const MAX: $inner = $max;
            const ERROR: InvalidValue = InvalidValue($message);

            /// Checks `value` against the bounds.
            pub fn new(value: u64) -> Result<Self, InvalidValue> {
                match <$inner>::try_from(value) {
                    Ok(v) if (Self::MIN..=Self::MAX).contains(&v) => Ok(Self(v)),
                    _ => Err(Self::ERROR),
                }
            }

            /// The value.
            pub const fn get(self) -> $inner {
                self.0
            }

            /// Wraps a constant known to be in range (templates); `every_template_is_valid`
            /// re-checks every use.
            pub(crate) const fn known(value: $inner) -> Self {
                Self(value)
            }

            /// The value as a `Decimal`.
            pub fn decimal(self) -> Decimal {
                Decimal::from(self.0)
            }
        }

        impl TryFrom<u64> for $name {
            type Error = InvalidValue;
            fn try_from(value: u64) -> Result<Self, InvalidValue> {
                Self::new(value)
            }
        }

        impl TryFrom<IntegerInput> for $name {
            type Error = InvalidValue;
            fn try_from(value: IntegerInput) -> Result<Self, InvalidValue> {
                Self::new(value.0)
            }
        }

        /// A whole number as a number or a string ([`IntegerInput`]), then checked.
        impl FromJson for $name {
            fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
                Self::try_from(IntegerInput::from_json(value, path)?)
                    .map_err(|e| path.error(e.message()))
            }
        }

        crate::deserialize_via_from_json!($name);

        impl TryFrom<Decimal> for $name {
            type Error = InvalidValue;
            fn try_from(value: Decimal) -> Result<Self, InvalidValue> {
                if !value.fract().is_zero() {
                    return Err(NOT_A_WHOLE_NUMBER);
                }
                if value.is_sign_negative() && !value.is_zero() {
                    return Err(Self::ERROR);
                }
                let whole = u64::try_from(value).map_err(|_| Self::ERROR)?;
                Self::new(whole)
            }
        }

        impl From<$name> for u64 {
            fn from(value: $name) -> u64 {
                u64::from(value.0)
            }
        }

        impl From<$name> for Decimal {
            fn from(value: $name) -> Decimal {
                Decimal::from(value.0)
            }
        }

        impl FromStr for $name {
            type Err = InvalidValue;
            fn from_str(text: &str) -> Result<Self, InvalidValue> {
                Self::try_from(parse_decimal(text)?)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }
    };
}

integer_newtype!(
    /// A head count or a number of events (users, seats, visits), from 0 to 1,000,000.
    Count(u32),
    min = 0,
    max = 1_000_000,
    message = "must be a whole number from 0 to 1,000,000"
);

integer_newtype!(
    /// A number of contacts or records in the CRM, from 0 to 10,000,000,000.
    Contacts(u64),
    min = 0,
    max = 10_000_000_000,
    message = "must be a whole number of contacts from 0 to 10,000,000,000"
);

integer_newtype!(
    /// The number of years the evaluation covers after the initial period, from 1 to 10.
    Horizon(u8),
    min = 1,
    max = 10,
    message = "must be between 1 and 10 years"
);

impl Default for Count {
    /// Zero.
    fn default() -> Self {
        Count(0)
    }
}

impl Default for Contacts {
    /// Zero.
    fn default() -> Self {
        Contacts(0)
    }
}

impl Horizon {
    /// The number of years as a `usize` (the ledger has `years() + 1` periods).
    pub fn years(self) -> usize {
        usize::from(self.0)
    }
}

/// A currency code: three ASCII letters, stored in upper case ("USD", "EUR", "THB", "CNY").
///
/// A label only: the engine does no currency conversion.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub struct CurrencyCode(String);

impl CurrencyCode {
    const ERROR: InvalidValue =
        InvalidValue("must be a three-letter currency code such as USD, EUR, CNY or THB");

    /// Checks and upper-cases `code` (surrounding blanks ignored).
    pub fn new(code: &str) -> Result<Self, InvalidValue> {
        let code = code.trim();
        if code.len() == 3 && code.bytes().all(|b| b.is_ascii_alphabetic()) {
            Ok(Self(code.to_ascii_uppercase()))
        } else {
            Err(Self::ERROR)
        }
    }

    /// The code, e.g. "USD".
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for CurrencyCode {
    fn default() -> Self {
        Self("USD".to_owned())
    }
}

impl TryFrom<String> for CurrencyCode {
    type Error = InvalidValue;
    fn try_from(value: String) -> Result<Self, InvalidValue> {
        Self::new(&value)
    }
}

impl TryFrom<&str> for CurrencyCode {
    type Error = InvalidValue;
    fn try_from(value: &str) -> Result<Self, InvalidValue> {
        Self::new(value)
    }
}

/// A string, then checked ([`CurrencyCode::new`]).
impl FromJson for CurrencyCode {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        let code = String::from_json(value, path)?;
        Self::new(&code).map_err(|e| path.error(e.message()))
    }
}

crate::deserialize_via_from_json!(CurrencyCode);

impl From<CurrencyCode> for String {
    fn from(value: CurrencyCode) -> String {
        value.0
    }
}

impl FromStr for CurrencyCode {
    type Err = InvalidValue;
    fn from_str(text: &str) -> Result<Self, InvalidValue> {
        Self::new(text)
    }
}

impl fmt::Display for CurrencyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
