//! The number types the engine computes in: checked `Decimal` arithmetic behind a few
//! out-of-line functions, and [`Num`], the small numeric trait the cost formulas are written
//! against so that one formula serves both the ledger (`Decimal`, exact to the cent, `None` on
//! overflow) and the simulation's trials (`f64`, plain IEEE arithmetic, never `None`).
//!
//! rust_decimal marks its arithmetic `#[inline]`, so with LTO every `checked_mul` in the engine
//! was copied in full into its caller; the engine was ~240 KB of wasm. Calling these instead
//! keeps one copy of each operation (the wasm build shrank by a third) at no measurable cost
//! natively (see `cargo bench -p truecost-model`).

use std::fmt;

use rust_decimal::Decimal;

/// Checked arithmetic on `Decimal`, never inlined.
pub trait CheckedDecimal: Sized {
    /// `self + rhs`, or `None` on overflow.
    fn add_or_none(self, rhs: Self) -> Option<Self>;
    /// `self - rhs`, or `None` on overflow.
    fn sub_or_none(self, rhs: Self) -> Option<Self>;
    /// `self × rhs`, or `None` on overflow.
    fn mul_or_none(self, rhs: Self) -> Option<Self>;
    /// `self ÷ rhs`, or `None` on overflow or division by zero.
    fn div_or_none(self, rhs: Self) -> Option<Self>;
}

impl CheckedDecimal for Decimal {
    #[inline(never)]
    fn add_or_none(self, rhs: Self) -> Option<Self> {
        self.checked_add(rhs)
    }
    #[inline(never)]
    fn sub_or_none(self, rhs: Self) -> Option<Self> {
        self.checked_sub(rhs)
    }
    #[inline(never)]
    fn mul_or_none(self, rhs: Self) -> Option<Self> {
        self.checked_mul(rhs)
    }
    #[inline(never)]
    fn div_or_none(self, rhs: Self) -> Option<Self> {
        self.checked_div(rhs)
    }
}

/// The largest amount a single line may hold in one period (10^18). Keeps every sum of lines
/// exact to the cent inside `Decimal`.
pub const MAX_LINE_AMOUNT: Decimal = Decimal::from_parts(0xA764_0000, 0x0DE0_B6B3, 0, false, 0);

/// A number the cost formulas can run on: `Decimal` for the ledger, `f64` for simulation trials.
///
/// Every operation that can fail returns `Option`: for `Decimal` `None` means overflow (or a
/// division by zero), for `f64` the result is always `Some` (IEEE arithmetic; an absurd input
/// gives an infinite trial, never a panic). Only IEEE basic operations (+ − × ÷, `sqrt`,
/// rounding) are used for `f64`, so a trial gives the same bits on every platform.
pub trait Num: Copy + PartialOrd + fmt::Debug + fmt::Display + 'static {
    /// Zero.
    const ZERO: Self;
    /// One.
    const ONE: Self;
    /// The value of a `Decimal` (exact for `Decimal`, nearest for `f64`).
    fn from_decimal(value: Decimal) -> Self;
    /// The value of a whole number.
    fn from_usize(value: usize) -> Self;
    /// The value as an `f64` (what the simulation reports).
    fn to_f64(self) -> f64;
    /// `self + rhs`, or `None` on overflow.
    fn add_or_none(self, rhs: Self) -> Option<Self>;
    /// `self - rhs`, or `None` on overflow.
    fn sub_or_none(self, rhs: Self) -> Option<Self>;
    /// `self × rhs`, or `None` on overflow.
    fn mul_or_none(self, rhs: Self) -> Option<Self>;
    /// `self ÷ rhs`, or `None` on overflow or (for `Decimal`) division by zero.
    fn div_or_none(self, rhs: Self) -> Option<Self>;
    /// The larger of the two.
    fn larger(self, other: Self) -> Self;
    /// The smaller of the two.
    fn smaller(self, other: Self) -> Self;
    /// The smallest whole number not below `self`.
    fn ceil(self) -> Self;
    /// The nearest whole number, halves to the even one (banker's rounding).
    fn round_half_even(self) -> Self;
    /// Rounded to the cent, halves away from zero (see [`crate::finance::round_cents`]).
    fn cents(self) -> Self;
    /// The square root, `None` when negative.
    fn sqrt_or_none(self) -> Option<Self>;
    /// True for zero.
    fn is_zero(self) -> bool;
    /// True when a ledger line may hold this amount (|amount| ≤ [`MAX_LINE_AMOUNT`] for
    /// `Decimal`; always for `f64`).
    fn fits_line(self) -> bool;
}

impl Num for Decimal {
    const ZERO: Self = Decimal::ZERO;
    const ONE: Self = Decimal::ONE;
    fn from_decimal(value: Decimal) -> Self {
        value
    }
    fn from_usize(value: usize) -> Self {
        Decimal::from(value)
    }
    fn to_f64(self) -> f64 {
        rust_decimal::prelude::ToPrimitive::to_f64(&self).unwrap_or(f64::NAN)
    }
    fn add_or_none(self, rhs: Self) -> Option<Self> {
        CheckedDecimal::add_or_none(self, rhs)
    }
    fn sub_or_none(self, rhs: Self) -> Option<Self> {
        CheckedDecimal::sub_or_none(self, rhs)
    }
    fn mul_or_none(self, rhs: Self) -> Option<Self> {
        CheckedDecimal::mul_or_none(self, rhs)
    }
    fn div_or_none(self, rhs: Self) -> Option<Self> {
        CheckedDecimal::div_or_none(self, rhs)
    }
    fn larger(self, other: Self) -> Self {
        Ord::max(self, other)
    }
    fn smaller(self, other: Self) -> Self {
        Ord::min(self, other)
    }
    fn ceil(self) -> Self {
        Decimal::ceil(&self)
    }
    fn round_half_even(self) -> Self {
        Decimal::round(&self)
    }
    fn cents(self) -> Self {
        crate::finance::round_cents(self)
    }
    fn sqrt_or_none(self) -> Option<Self> {
        rust_decimal::MathematicalOps::sqrt(&self)
    }
    fn is_zero(self) -> bool {
        Decimal::is_zero(&self)
    }
    fn fits_line(self) -> bool {
        self.abs() <= MAX_LINE_AMOUNT
    }
}

impl Num for f64 {
    const ZERO: Self = 0.0;
    const ONE: Self = 1.0;
    fn from_decimal(value: Decimal) -> Self {
        rust_decimal::prelude::ToPrimitive::to_f64(&value).unwrap_or(f64::NAN)
    }
    #[allow(clippy::cast_precision_loss)] // counts and periods are far below 2^53
    fn from_usize(value: usize) -> Self {
        value as f64
    }
    fn to_f64(self) -> f64 {
        self
    }
    fn add_or_none(self, rhs: Self) -> Option<Self> {
        Some(self + rhs)
    }
    fn sub_or_none(self, rhs: Self) -> Option<Self> {
        Some(self - rhs)
    }
    fn mul_or_none(self, rhs: Self) -> Option<Self> {
        Some(self * rhs)
    }
    fn div_or_none(self, rhs: Self) -> Option<Self> {
        Some(self / rhs)
    }
    fn larger(self, other: Self) -> Self {
        self.max(other)
    }
    fn smaller(self, other: Self) -> Self {
        self.min(other)
    }
    fn ceil(self) -> Self {
        // Counts computed in binary can land a hair above a whole number (15 × 1.1 =
        // 16.500000000000004 is fine, but 10 × 1.1 = 11.000000000000002 would ceil to 12):
        // treat anything within a relative 1e-12 (thousands of ulps, far more than the error
        // of the few operations behind a count, far less than any real fraction) of a whole
        // number as that number, as the decimal ledger computes it exactly.
        let nearest = nearest_whole(self);
        if (self - nearest).abs() <= 1e-12 * nearest.abs().max(1.0) || nearest >= self {
            nearest
        } else {
            nearest + 1.0
        }
    }
    fn round_half_even(self) -> Self {
        // As for `ceil`: a binary hair from a half counts as the half, which goes to the even
        // neighbour.
        let nearest = nearest_whole(self);
        let distance = self - nearest;
        let tolerance = 1e-12 * self.abs().max(1.0);
        if (distance.abs() - 0.5).abs() <= tolerance {
            let (below, above) = if distance > 0.0 {
                (nearest, nearest + 1.0)
            } else {
                (nearest - 1.0, nearest)
            };
            if nearest_whole(below * 0.5) * 2.0 == below {
                below
            } else {
                above
            }
        } else {
            nearest
        }
    }
    fn cents(self) -> Self {
        // Half away from zero, like the ledger: the value is nudged away from zero by a relative
        // 4e-15 (about 18 ulps, more than the error of the products behind an amount) first,
        // so a binary hair below a half cent (5.025 is 5.02499999… in binary) counts as the
        // half, then rounded to the nearest whole number of cents.
        // Dividing (not × 0.01) gives the f64 nearest the decimal amount, e.g. exactly 5.03.
        let cents = self * 100.0;
        if cents.abs() >= TWO_52 || cents.is_nan() {
            return self;
        }
        nearest_whole(cents * (1.0 + 4e-15)) / 100.0
    }
    fn sqrt_or_none(self) -> Option<Self> {
        if self < 0.0 { None } else { Some(self.sqrt()) }
    }
    fn is_zero(self) -> bool {
        self == 0.0
    }
    fn fits_line(self) -> bool {
        true
    }
}

/// 2^52: from here on every f64 is a whole number.
const TWO_52: f64 = 4_503_599_627_370_496.0;

/// The nearest whole number (halves to even) by adding and subtracting 2^52: plain IEEE
/// addition, so no maths-library call (slow natively, and not the same everywhere). Values of
/// 2^52 and more are whole already.
fn nearest_whole(x: f64) -> f64 {
    if x.abs() >= TWO_52 || x.is_nan() {
        x
    } else if x >= 0.0 {
        (x + TWO_52) - TWO_52
    } else {
        (x - TWO_52) + TWO_52
    }
}

#[cfg(test)]
mod tests {
    use super::{CheckedDecimal, Decimal};

    #[test]
    fn behaves_like_the_checked_operations() {
        let a = Decimal::new(150, 2);
        let b = Decimal::new(3, 0);
        assert_eq!(a.add_or_none(b), Some(Decimal::new(450, 2)));
        assert_eq!(a.sub_or_none(b), Some(Decimal::new(-150, 2)));
        assert_eq!(a.mul_or_none(b), Some(Decimal::new(450, 2)));
        assert_eq!(b.div_or_none(a), Some(Decimal::new(2, 0)));
        assert_eq!(a.div_or_none(Decimal::ZERO), None);
        assert_eq!(Decimal::MAX.add_or_none(Decimal::ONE), None);
        assert_eq!(Decimal::MAX.mul_or_none(b), None);
        assert_eq!(Decimal::MIN.sub_or_none(Decimal::ONE), None);
    }
}

#[cfg(test)]
mod num_tests {
    use super::*;
    use crate::test_support::d;

    #[test]
    fn f64_rounds_like_the_decimal_ledger() {
        // 10.05 × 0.5 = 5.025 exactly in decimal, 5.0249999… in binary: both give 5.03.
        assert_eq!(Num::cents(10.05_f64 * 0.5), 5.03);
        assert_eq!(Num::cents(d("10.05") * d("0.5")), d("5.03"));
        assert_eq!(Num::cents(-0.125_f64), -0.13);
        // 10 users × 1.1 = 11.000000000000002 in binary: 11 seats, not 12.
        assert_eq!(Num::ceil(10.0_f64 * 1.1), 11.0);
        assert_eq!(Num::ceil(16.5_f64), 17.0);
        assert_eq!(Num::round_half_even(2.5_f64), 2.0);
        assert_eq!(Num::round_half_even(3.5_f64), 4.0);
        assert_eq!(Num::round_half_even(d("2.5")), d("2"));
        assert_eq!(Num::round_half_even(2.6_f64), 3.0);
        assert_eq!(Num::round_half_even(-2.5_f64), -2.0);
        assert_eq!(Num::round_half_even(-3.5_f64), -4.0);
        assert_eq!(Num::round_half_even(16.500000000000004_f64), 16.0);
        assert_eq!(Num::ceil(16.2_f64), 17.0);
        assert_eq!(Num::ceil(-1.5_f64), -1.0);
        assert_eq!(Num::ceil(0.0_f64), 0.0);
        assert_eq!(Num::cents(1e300_f64), 1e300);
        assert_eq!(Num::cents(-5.025_f64), -5.03);
        assert_eq!(Num::cents(0.004_f64), 0.0);
    }

    #[test]
    fn decimal_is_checked_and_f64_is_plain() {
        assert_eq!(Num::mul_or_none(Decimal::MAX, d("2")), None);
        assert_eq!(Num::div_or_none(d("1"), Decimal::ZERO), None);
        assert!(Num::mul_or_none(f64::MAX, 2.0).is_some_and(f64::is_infinite));
        assert!(!Num::fits_line(d("1000000000000000000.01")));
        assert!(Num::fits_line(d("1000000000000000000")));
        assert_eq!(<f64 as Num>::from_decimal(d("0.1")), 0.1);
    }
}
