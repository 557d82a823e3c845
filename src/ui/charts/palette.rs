//! Chart colours: one per cost category, one per quadrant (hidden ones in warm tones), and the
//! two cumulative lines — for the light and the dark theme. Pure, so their contrast and
//! distinctness are tested natively.
//!
//! The page takes them from `style/charts.css` (custom properties `--cat-N`, `--quad-N`,
//! `--line-costs`, `--line-benefits`, light and dark), so a theme switch needs no re-render; the
//! components only name a series by class ([`category_class`], [`quadrant_class`]). A test checks
//! that the stylesheet holds exactly these values.
//!
//! Light: every colour reaches 4.5:1 against white, so a segment stands out from the page (WCAG
//! 1.4.11 asks 3:1) and white text on it stays legible. Dark: every colour reaches 4.5:1 against
//! the dark panel, and dark text on it stays legible. No two of a set are closer than ΔE 20 (CIE76).

use truecost_model::{Category, Quadrant};

/// The colour of each category, in the order of `Category::ALL` (light theme).
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

/// The colour of each category in the dark theme (same order, lighter tints).
pub const CATEGORY_COLOURS_DARK: [&str; 10] = [
    "#5b8fd9", "#5fc08f", "#b39ddb", "#3fc1c9", "#d9a441", "#a5c25a", "#e57fb7", "#a3acb9",
    "#f0806f", "#c9d8ff",
];

/// The colour of each quadrant, in the order of `Quadrant::ALL`: cool for the transparent ones,
/// warm for the hidden ones (light theme).
pub const QUADRANT_COLOURS: [&str; 4] = [
    "#1d4e89", // transparent fees: navy
    "#0f766e", // transparent time: teal
    "#b5462b", // hidden fees: rust
    "#9a5b00", // hidden time: amber brown
];

/// The quadrant colours in the dark theme.
pub const QUADRANT_COLOURS_DARK: [&str; 4] = ["#6f9ee0", "#4fb89a", "#f08a6c", "#e0b34f"];

/// The cumulative-costs and cumulative-benefits lines (light theme).
pub const LINES: [&str; 2] = ["#b5462b", "#1d4e89"];

/// The two lines in the dark theme.
pub const LINES_DARK: [&str; 2] = ["#f08a6c", "#6f9ee0"];

/// The dark theme's panel colour, the background the dark colours are checked against.
pub const DARK_PANEL: &str = "#18202a";

/// The position of a category in `Category::ALL` (its series index in the bar chart).
pub fn category_index(c: Category) -> usize {
    Category::ALL.iter().position(|&x| x == c).unwrap_or(0)
}

/// The class that colours a category's series (`cat-0` … `cat-9`), fills and swatches alike.
pub fn category_class(index: usize) -> &'static str {
    const CLASSES: [&str; 10] = [
        "cat-0", "cat-1", "cat-2", "cat-3", "cat-4", "cat-5", "cat-6", "cat-7", "cat-8", "cat-9",
    ];
    CLASSES.get(index).copied().unwrap_or(CLASSES[0])
}

/// The class that colours a quadrant (`quad-0` … `quad-3`, in the order of `Quadrant::ALL`).
pub fn quadrant_class(q: Quadrant) -> &'static str {
    const CLASSES: [&str; 4] = ["quad-0", "quad-1", "quad-2", "quad-3"];
    let i = Quadrant::ALL.iter().position(|&x| x == q).unwrap_or(0);
    CLASSES.get(i).copied().unwrap_or(CLASSES[0])
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

    fn contrast(a: &str, b: &str) -> f64 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
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

    /// Every colour 4.5:1 against `background`, no two alike.
    fn check(colours: &[&str], background: &str) {
        for c in colours {
            assert!(
                contrast(c, background) >= 4.5,
                "{c} has too little contrast against {background}"
            );
        }
        for (i, a) in colours.iter().enumerate() {
            for b in &colours[i + 1..] {
                assert!(delta_e(a, b) >= 20.0, "{a} and {b} look alike");
            }
        }
    }

    #[test]
    fn category_colours_are_distinct_and_contrast_safe_in_both_themes() {
        check(&CATEGORY_COLOURS, "#ffffff");
        check(&CATEGORY_COLOURS_DARK, DARK_PANEL);
        for c in Category::ALL {
            assert_eq!(
                category_class(category_index(c)),
                format!("cat-{}", category_index(c))
            );
        }
    }

    #[test]
    fn quadrant_colours_are_distinct_contrast_safe_and_warm_when_hidden() {
        for (quads, lines, bg) in [
            (QUADRANT_COLOURS, LINES, "#ffffff"),
            (QUADRANT_COLOURS_DARK, LINES_DARK, DARK_PANEL),
        ] {
            check(&quads, bg);
            check(&lines, bg);
            for (i, q) in Quadrant::ALL.into_iter().enumerate() {
                let [r, _, b] = rgb(quads[i]);
                assert_eq!(q.is_hidden(), r > b, "{q:?}");
                assert_eq!(quadrant_class(q), format!("quad-{i}"));
            }
        }
    }

    /// The custom properties `--{prefix}N` of the first rule in `block` of charts.css.
    fn css_values(block: &str, names: &[String]) -> Vec<String> {
        names
            .iter()
            .map(|n| {
                let at = block
                    .find(&format!("{n}:"))
                    .unwrap_or_else(|| panic!("charts.css lacks {n}"));
                let rest = &block[at + n.len() + 1..];
                rest.trim_start()
                    .split(';')
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_owned()
            })
            .collect()
    }

    #[test]
    fn the_stylesheet_holds_exactly_this_palette() {
        let css = include_str!("../../../style/charts.css");
        let dark_at = css
            .find(":root[data-theme=\"dark\"]")
            .expect("a dark block in charts.css");
        let (light, dark) = css.split_at(dark_at);
        let names = |prefix: &str, n: usize| -> Vec<String> {
            (0..n).map(|i| format!("--{prefix}-{i}")).collect()
        };
        let lines = ["--line-costs".to_owned(), "--line-benefits".to_owned()];
        assert_eq!(css_values(light, &names("cat", 10)), CATEGORY_COLOURS);
        assert_eq!(css_values(dark, &names("cat", 10)), CATEGORY_COLOURS_DARK);
        assert_eq!(css_values(light, &names("quad", 4)), QUADRANT_COLOURS);
        assert_eq!(css_values(dark, &names("quad", 4)), QUADRANT_COLOURS_DARK);
        assert_eq!(css_values(light, &lines), LINES);
        assert_eq!(css_values(dark, &lines), LINES_DARK);
        let main = include_str!("../../../style/main.css");
        assert!(
            main.contains(&format!("--paper: {DARK_PANEL};")),
            "the dark panel colour is main.css's dark --paper"
        );
    }
}
