//! Checked `Decimal` arithmetic behind a few out-of-line functions.
//!
//! rust_decimal marks its arithmetic `#[inline]`, so with LTO every `checked_mul` in the engine
//! was copied in full into its caller; the engine was ~240 KB of wasm. Calling these instead
//! keeps one copy of each operation (the wasm build shrank by a third) at no measurable cost
//! natively (see `cargo bench -p truecost-model`).

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

#[cfg(test)]
mod tests {
    use super::*;

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
