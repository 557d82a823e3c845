//! Validated value types: money, fractions, hours, multipliers, counts, the horizon and the
//! currency code.
//!
//! Each type checks its bounds when it is built (`TryFrom`, `FromStr`, or deserialization), so a
//! value that exists is always in range and the engine never has to re-check it. The bounds also
//! keep every later product within `Decimal`'s range or let checked arithmetic report it.
//!
//! In JSON, decimal values are written as strings (`"0.10"`, `"65.00"`); plain JSON numbers are
//! accepted on input too. Fractions are decimal fractions: `"0.10"` means 10 %.
//!
//! The whole-number types and the currency code live in `units/counts.rs`; lenient parsing of
//! text and JSON in `units/input.rs`.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::Value;

use crate::json::{FromJson, JsonPath, JsonResult};

mod counts;
mod input;

pub use counts::{Contacts, Count, CurrencyCode, Horizon};
pub use input::{DecimalInput, IntegerInput, parse_decimal};

/// Why a value was rejected: a plain English message for the person who typed it,
/// e.g. "must be between 0 % and 100 %".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidValue(pub &'static str);

impl InvalidValue {
    /// The message, without the field name (the caller knows which field it was).
    pub fn message(&self) -> &'static str {
        self.0
    }
}

impl fmt::Display for InvalidValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for InvalidValue {}

const NOT_A_NUMBER: InvalidValue = InvalidValue("must be a number, e.g. 12.50");
const NOT_A_WHOLE_NUMBER: InvalidValue = InvalidValue("must be a whole number, e.g. 15");

/// Defines a `Decimal` newtype checked against an inclusive range.
macro_rules! decimal_newtype {
    (
        $(#[$meta:meta])*
        $name:ident, min = $min:expr, max = $max:expr, message = $message:literal
    ) => {
        $(#[$meta])*
        ///
        /// `Default` is zero.
        #[derive(
            Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize,
        )]
        #[serde(into = "Decimal")]
        pub struct $name(Decimal);

        impl $name {
            /// The smallest accepted value.
            pub const MIN: Decimal = $min;
            /// The largest accepted value.
            pub const MAX: Decimal = $max;
            const ERROR: InvalidValue = InvalidValue($message);

            /// Checks `value` against the bounds.
            pub fn new(value: Decimal) -> Result<Self, InvalidValue> {
                if value < Self::MIN || value > Self::MAX {
                    Err(Self::ERROR)
                } else {
                    Ok(Self(value.normalize_or_keep()))
                }
            }

            /// The value as a `Decimal`.
            pub const fn get(self) -> Decimal {
                self.0
            }

            /// Wraps a constant known to be in range (templates); `every_template_is_valid`
            /// re-checks every use.
            pub(crate) const fn known(value: Decimal) -> Self {
                Self(value)
            }
        }

        impl TryFrom<Decimal> for $name {
            type Error = InvalidValue;
            fn try_from(value: Decimal) -> Result<Self, InvalidValue> {
                Self::new(value)
            }
        }

        impl TryFrom<DecimalInput> for $name {
            type Error = InvalidValue;
            fn try_from(value: DecimalInput) -> Result<Self, InvalidValue> {
                Self::new(value.0)
            }
        }

        /// A decimal as a string or a number ([`DecimalInput`]), then checked.
        impl FromJson for $name {
            fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
                Self::try_from(DecimalInput::from_json(value, path)?)
                    .map_err(|e| path.error(e.message()))
            }
        }

        crate::deserialize_via_from_json!($name);

        impl From<$name> for Decimal {
            fn from(value: $name) -> Decimal {
                value.0
            }
        }

        impl FromStr for $name {
            type Err = InvalidValue;
            fn from_str(text: &str) -> Result<Self, InvalidValue> {
                Self::new(parse_decimal(text)?)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }
    };
}

/// Keeps the scale a person typed ("0.10" stays "0.10") unless it carries more than 12 digits
/// after the point, which is then cut by rounding so later products stay well inside `Decimal`.
trait NormalizeOrKeep {
    fn normalize_or_keep(self) -> Self;
}

impl NormalizeOrKeep for Decimal {
    fn normalize_or_keep(self) -> Decimal {
        if self.scale() > 12 {
            self.round_dp(12).normalize()
        } else {
            self
        }
    }
}

decimal_newtype!(
    /// An amount of money in the scenario's currency, from 0 to 10^12.
    Money,
    min = Decimal::ZERO,
    max = Decimal::from_parts(0xD4A5_1000, 0xE8, 0, false, 0),
    message = "must be an amount from 0 to 1,000,000,000,000"
);

decimal_newtype!(
    /// A share or rate as a decimal fraction from 0 to 1 (0.25 = 25 %).
    Percent,
    min = Decimal::ZERO,
    max = Decimal::ONE,
    message = "must be between 0 % and 100 % (a fraction from 0 to 1)"
);

decimal_newtype!(
    /// A yearly growth rate as a signed decimal fraction from -0.99 to 1 (-99 % to +100 %).
    Growth,
    min = Decimal::from_parts(99, 0, 0, true, 2),
    max = Decimal::ONE,
    message = "must be between -99 % and +100 % a year (a fraction from -0.99 to 1)"
);

decimal_newtype!(
    /// A number of hours, from 0 to 1,000,000.
    Hours,
    min = Decimal::ZERO,
    max = Decimal::from_parts(1_000_000, 0, 0, false, 0),
    message = "must be a number of hours from 0 to 1,000,000"
);

decimal_newtype!(
    /// A multiplier from 0 to 100 (1.5 = one and a half times).
    Factor,
    min = Decimal::ZERO,
    max = Decimal::ONE_HUNDRED,
    message = "must be a multiplier from 0 to 100"
);

decimal_newtype!(
    /// Full-time equivalents, from 0 to 50 (0.25 = a quarter of one person's time).
    Fte,
    min = Decimal::ZERO,
    max = Decimal::from_parts(50, 0, 0, false, 0),
    message = "must be between 0 and 50 full-time equivalents"
);

decimal_newtype!(
    /// Working weeks in a year, from 0 to 52.
    Weeks,
    min = Decimal::ZERO,
    max = Decimal::from_parts(52, 0, 0, false, 0),
    message = "must be a number of weeks from 0 to 52"
);

impl Money {
    /// No money.
    pub const ZERO: Money = Money(Decimal::ZERO);
}

impl Percent {
    /// 0 %.
    pub const ZERO: Percent = Percent(Decimal::ZERO);
    /// 100 %.
    pub const ONE: Percent = Percent(Decimal::ONE);
}

impl Growth {
    /// No growth.
    pub const ZERO: Growth = Growth(Decimal::ZERO);
}

impl Hours {
    /// No hours.
    pub const ZERO: Hours = Hours(Decimal::ZERO);
}

impl Factor {
    /// A multiplier of one (no change).
    pub const ONE: Factor = Factor(Decimal::ONE);
}

impl Fte {
    /// Nobody.
    pub const ZERO: Fte = Fte(Decimal::ZERO);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::d;

    #[test]
    fn money_bounds() {
        assert!(Money::try_from(d("0")).is_ok());
        assert!(Money::try_from(d("1000000000000")).is_ok());
        assert_eq!(
            Money::try_from(d("1000000000000.01")),
            Err(InvalidValue(
                "must be an amount from 0 to 1,000,000,000,000"
            ))
        );
        assert!(Money::try_from(d("-0.01")).is_err());
    }

    #[test]
    fn percent_bounds_and_message() {
        assert_eq!(Percent::try_from(d("0.10")).unwrap().get(), d("0.10"));
        let err = Percent::try_from(d("1.01")).unwrap_err();
        assert!(err.to_string().starts_with("must be between 0 % and 100 %"));
        assert!(Percent::try_from(d("-0.01")).is_err());
    }

    #[test]
    fn growth_is_signed() {
        assert!(Growth::try_from(d("-0.99")).is_ok());
        assert!(Growth::try_from(d("-0.991")).is_err());
        assert!(Growth::try_from(d("1")).is_ok());
        assert!(Growth::try_from(d("1.0001")).is_err());
    }

    #[test]
    fn other_decimal_bounds() {
        assert!(Hours::try_from(d("1000000")).is_ok());
        assert!(Hours::try_from(d("1000000.5")).is_err());
        assert!(Factor::try_from(d("100")).is_ok());
        assert!(Factor::try_from(d("100.1")).is_err());
        assert!(Fte::try_from(d("50")).is_ok());
        assert!(Fte::try_from(d("51")).is_err());
        assert!(Weeks::try_from(d("52")).is_ok());
        assert!(Weeks::try_from(d("53")).is_err());
    }

    #[test]
    fn long_fractions_are_cut_to_twelve_places() {
        let p = Percent::try_from(d("0.1234567890123456789")).unwrap();
        assert_eq!(p.get(), d("0.123456789012"));
    }

    #[test]
    fn counts_and_horizon() {
        assert_eq!(Count::try_from(1_000_000u64).unwrap().get(), 1_000_000);
        assert!(Count::try_from(1_000_001u64).is_err());
        assert!(Count::try_from(d("2.5")).is_err());
        assert!(Count::try_from(d("-1")).is_err());
        assert_eq!("15".parse::<Count>().unwrap().get(), 15);
        assert!(Horizon::try_from(0u64).is_err());
        assert!(Horizon::try_from(11u64).is_err());
        assert_eq!(Horizon::try_from(10u64).unwrap().years(), 10);
        assert!(Contacts::try_from(10_000_000_001u64).is_err());
    }

    #[test]
    fn from_str_reports_non_numbers() {
        assert_eq!("abc".parse::<Money>(), Err(NOT_A_NUMBER));
        assert_eq!(" 12.50 ".parse::<Money>().unwrap().get(), d("12.50"));
        assert_eq!("1.25e1".parse::<Money>().unwrap().get(), d("12.5"));
    }

    #[test]
    fn currency_codes() {
        assert_eq!(CurrencyCode::new("usd").unwrap().as_str(), "USD");
        assert_eq!(CurrencyCode::new(" thb ").unwrap().as_str(), "THB");
        assert!(CurrencyCode::new("US").is_err());
        assert!(CurrencyCode::new("U$D").is_err());
        assert!(CurrencyCode::new("ÜSD").is_err());
    }
}
