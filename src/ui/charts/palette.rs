//! Chart colours: one per cost category, one per quadrant (hidden ones in warm tones), and the
//! two cumulative lines. Pure, so their contrast and distinctness are tested natively.
//!
//! Every colour reaches 4.5:1 against white, so a segment stands out from the page (WCAG 1.4.11
//! asks 3:1) and white text on it stays legible; no two are closer than ΔE 20 (CIE76).

use truecost_model::{Category, Quadrant};

/// The colour of each category, in the order of `Category::ALL`.
pub const CATEGORY_COLOURS: [&str; 10] = [
    "#1d4e89", // subscription / licence: navy
    "#1f7a55", // implementation: green
    "#6a4c9c", // maintenance & support: purple
    "#00789a", // data migration & integration: teal blue
    "#8a6100", // custom development: ochre
    "#5e7a10", // ongoing training & user admin: olive
    "#b0307a", // upgrades & expansion: magenta
    "#5c6470", // security & compliance: slate
    "#c0392b", // external consultants: red
    "#2f6fdb", // internal time: bright blue
];

/// The colour of each quadrant, in the order of `Quadrant::ALL`: cool for the transparent ones,
/// warm for the hidden ones.
pub const QUADRANT_COLOURS: [&str; 4] = [
    "#1d4e89", // transparent fees: navy
    "#0f766e", // transparent time: teal
    "#b5462b", // hidden fees: rust
    "#9a5b00", // hidden time: amber brown
];

/// The cumulative-costs line.
pub const COSTS_LINE: &str = "#b5462b";

/// The cumulative-benefits line.
pub const BENEFITS_LINE: &str = "#1d4e89";

/// The position of a category in `Category::ALL` (its series index in the bar chart).
pub fn category_index(c: Category) -> usize {
    Category::ALL.iter().position(|&x| x == c).unwrap_or(0)
}

/// The colour of a category.
pub fn category_colour(c: Category) -> &'static str {
    CATEGORY_COLOURS
        .get(category_index(c))
        .copied()
        .unwrap_or(CATEGORY_COLOURS[0])
}

/// The colour of a quadrant.
pub fn quadrant_colour(q: Quadrant) -> &'static str {
    let i = Quadrant::ALL.iter().position(|&x| x == q).unwrap_or(0);
    QUADRANT_COLOURS
        .get(i)
        .copied()
        .unwrap_or(QUADRANT_COLOURS[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rgb(hex: &str) -> [f64; 3] {
        let h = hex.trim_start_matches('#');
        let c = |i: usize| f64::from(u8::from_str_radix(&h[i..i + 2], 16).expect("hex")) / 255.0;
        [c(0), c(2), c(4)]
    }

    fn linear(c: f64) -> f64 {
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }

    fn luminance(hex: &str) -> f64 {
        let [r, g, b] = rgb(hex).map(linear);
        0.2126 * r + 0.7152 * g + 0.0722 * b
    }

    fn contrast_with_white(hex: &str) -> f64 {
        1.05 / (luminance(hex) + 0.05)
    }

    fn lab(hex: &str) -> [f64; 3] {
        let [r, g, b] = rgb(hex).map(linear);
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        let f = |t: f64| {
            if t > 0.008856 {
                t.cbrt()
            } else {
                7.787 * t + 16.0 / 116.0
            }
        };
        [
            116.0 * f(y) - 16.0,
            500.0 * (f(x) - f(y)),
            200.0 * (f(y) - f(z)),
        ]
    }

    fn delta_e(a: &str, b: &str) -> f64 {
        let (p, q) = (lab(a), lab(b));
        ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2) + (p[2] - q[2]).powi(2)).sqrt()
    }

    fn check(colours: &[&str]) {
        for c in colours {
            assert!(contrast_with_white(c) >= 4.5, "{c} has too little contrast");
        }
        for (i, a) in colours.iter().enumerate() {
            for b in &colours[i + 1..] {
                assert!(delta_e(a, b) >= 20.0, "{a} and {b} look alike");
            }
        }
    }

    #[test]
    fn category_colours_are_distinct_and_contrast_safe() {
        check(&CATEGORY_COLOURS);
        for c in Category::ALL {
            assert_eq!(category_colour(c), CATEGORY_COLOURS[category_index(c)]);
        }
    }

    #[test]
    fn quadrant_colours_are_distinct_contrast_safe_and_warm_when_hidden() {
        check(&QUADRANT_COLOURS);
        check(&[COSTS_LINE, BENEFITS_LINE]);
        for q in Quadrant::ALL {
            let [r, _, b] = rgb(quadrant_colour(q));
            assert_eq!(q.is_hidden(), r > b, "{q:?}");
        }
    }
}
