//! Pure geometry of the "How sure is this number?" charts: a histogram with its S-curve on one
//! value axis, and the tornado's bars around the base figure.
//!
//! Like the rest of [`super`], no leptos: compiled and tested natively, never panics, never
//! yields NaN (non-finite inputs count as 0 through [`sanitize`]).

use super::{AxisTick, Frame, LinearScale, coord, nice_ticks, sanitize};

/// The spread charts' viewBox: a 400 × 190 strip, room under the plot for the value labels.
pub const SPREAD_FRAME: Frame = Frame {
    width: 400.0,
    height: 190.0,
    left: 14.0,
    right: 14.0,
    top: 10.0,
    bottom: 30.0,
};

/// One tornado row's viewBox: a 300 × 22 strip.
pub const TORNADO_FRAME: Frame = Frame {
    width: 300.0,
    height: 22.0,
    left: 2.0,
    right: 2.0,
    top: 3.0,
    bottom: 3.0,
};

/// How many value ticks the spread charts aim for.
pub const X_TICKS: usize = 4;

/// A histogram and its S-curve laid out on one value axis.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SpreadLayout {
    /// The bars as one SVG path (`M x y h w v h h -w Z` per bar).
    pub bars: String,
    /// The S-curve as polyline points, probability 0 at the bottom, 1 at the top.
    pub curve: String,
    /// Value ticks along the bottom (positions are x).
    pub ticks: Vec<AxisTick>,
    /// The x of each marked value (P10, P50, P90 …), in the order given.
    pub marks: Vec<f64>,
}

/// Ticks of round values inside `lo..=hi` (zero not forced in, unlike [`nice_ticks`]): the step
/// is a 1-2-5 × 10ⁿ giving `count` to about twice `count` intervals over the span.
pub fn span_ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    let (lo, hi) = (sanitize(lo.min(hi)), sanitize(lo.max(hi)));
    if hi - lo <= 0.0 {
        return vec![lo];
    }
    let step = nice_ticks(0.0, hi - lo, count + 2).step;
    if step.is_nan() || step <= 0.0 {
        return vec![lo];
    }
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last.min(first + 40))
        .map(|i| {
            let v = i as f64 * step;
            if v == 0.0 { 0.0 } else { v }
        })
        .collect()
}

/// Lays out a histogram (`bins` as `(from, to, share)`) and an S-curve (`curve` as `(value,
/// probability)`) on one value axis from the smallest to the largest value seen; the tallest
/// bar reaches the top. `marks` are values to point out (percentiles). Empty input: empty
/// layout.
pub fn spread_layout(
    bins: &[(f64, f64, f64)],
    curve: &[(f64, f64)],
    marks: &[f64],
    frame: Frame,
) -> SpreadLayout {
    let values = bins
        .iter()
        .flat_map(|b| [b.0, b.1])
        .chain(curve.iter().map(|c| c.0))
        .map(sanitize);
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    if lo > hi {
        return SpreadLayout::default();
    }
    let x = LinearScale::new((lo, hi), (frame.plot_left(), frame.plot_right()));
    let (bottom, top) = (frame.plot_bottom(), frame.plot_top());
    let tallest = bins
        .iter()
        .map(|b| sanitize(b.2))
        .fold(0.0, f64::max)
        .max(f64::MIN_POSITIVE);
    let mut bars = String::new();
    for &(from, to, share) in bins {
        let h = (sanitize(share) / tallest).clamp(0.0, 1.0) * (bottom - top);
        if h <= 0.0 {
            continue;
        }
        let (x0, x1) = (x.map(from), x.map(to));
        // A hair of gap between bars; a bar is never narrower than half a unit.
        let w = (x1 - x0 - 0.6).max(0.5);
        bars.push_str(&format!(
            "M{} {}h{}v{}h{}Z",
            coord(x0),
            coord(bottom),
            coord(w),
            coord(-h),
            coord(-w)
        ));
    }
    let y = LinearScale::new((0.0, 1.0), (bottom, top));
    let curve = curve
        .iter()
        .map(|&(v, p)| format!("{},{}", coord(x.map(v)), coord(y.map(p.clamp(0.0, 1.0)))))
        .collect::<Vec<_>>()
        .join(" ");
    let ticks = span_ticks(lo, hi, X_TICKS)
        .into_iter()
        .map(|value| AxisTick {
            value,
            pos: x.map(value),
        })
        .collect();
    SpreadLayout {
        bars,
        curve,
        ticks,
        marks: marks.iter().map(|&m| x.map(m)).collect(),
    }
}

/// One tornado row: the bar from the base to the figure with the input at its low value, and
/// from the base to the figure with it at its high value (x and width; width ≥ 0).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TornadoRow {
    /// Left edge of the low-input bar.
    pub low_x: f64,
    /// Width of the low-input bar.
    pub low_width: f64,
    /// Left edge of the high-input bar.
    pub high_x: f64,
    /// Width of the high-input bar.
    pub high_width: f64,
}

/// The tornado's rows on one shared scale: `rows` are the figure with each input at its low
/// and at its high value, `base` the figure with every input at its value. The returned x is
/// the base line's.
pub fn tornado_layout(rows: &[(f64, f64)], base: f64, frame: Frame) -> (f64, Vec<TornadoRow>) {
    let base = sanitize(base);
    let (lo, hi) = rows
        .iter()
        .flat_map(|r| [sanitize(r.0), sanitize(r.1)])
        .fold((base, base), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let x = LinearScale::new((lo, hi), (frame.plot_left(), frame.plot_right()));
    let b = x.map(base);
    let bar = |v: f64| {
        let p = x.map(v);
        (p.min(b), (p - b).abs())
    };
    let placed = rows
        .iter()
        .map(|&(at_low, at_high)| {
            let ((low_x, low_width), (high_x, high_width)) = (bar(at_low), bar(at_high));
            TornadoRow {
                low_x,
                low_width,
                high_x,
                high_width,
            }
        })
        .collect();
    (b, placed)
}

#[cfg(test)]
mod tests {
    use super::*;

    const F: Frame = SPREAD_FRAME;

    #[test]
    fn span_ticks_are_round_and_inside() {
        let t = span_ticks(153_200.0, 248_900.0, 4);
        assert_eq!(
            t,
            vec![160_000.0, 180_000.0, 200_000.0, 220_000.0, 240_000.0]
        );
        let t = span_ticks(-30_000.0, 12_000.0, 4);
        assert!(t.contains(&0.0) && t.iter().all(|v| (-30_000.0..=12_000.0).contains(v)));
        assert_eq!(span_ticks(5.0, 5.0, 4), vec![5.0]);
        let t = span_ticks(f64::NAN, 1.0, 4);
        assert!(!t.is_empty() && t.iter().all(|v| v.is_finite()));
    }

    #[test]
    fn histogram_bars_fill_the_plot_and_the_tallest_reaches_the_top() {
        let bins = [
            (100.0, 200.0, 0.25),
            (200.0, 300.0, 0.5),
            (300.0, 400.0, 0.0),
        ];
        let l = spread_layout(&bins, &[], &[], F);
        // Two bars drawn (the empty bin has none), the first from the plot's left edge.
        assert_eq!(l.bars.matches('M').count(), 2);
        assert!(l.bars.starts_with(&format!(
            "M{} {}",
            coord(F.plot_left()),
            coord(F.plot_bottom())
        )));
        // The tallest bar is the full plot height, the other half of it.
        let full = F.plot_bottom() - F.plot_top();
        assert!(l.bars.contains(&format!("v{}", coord(-full))));
        assert!(l.bars.contains(&format!("v{}", coord(-full / 2.0))));
    }

    #[test]
    fn s_curve_runs_bottom_left_to_top_right_and_marks_sit_on_the_axis() {
        let curve = [(100.0, 0.0), (250.0, 0.5), (400.0, 1.0)];
        let l = spread_layout(&[], &curve, &[250.0], F);
        let first = format!("{},{}", coord(F.plot_left()), coord(F.plot_bottom()));
        let last = format!("{},{}", coord(F.plot_right()), coord(F.plot_top()));
        assert!(l.curve.starts_with(&first), "{}", l.curve);
        assert!(l.curve.ends_with(&last), "{}", l.curve);
        let mid = (F.plot_left() + F.plot_right()) / 2.0;
        assert!((l.marks[0] - mid).abs() < 1e-9);
        assert!(
            l.ticks
                .iter()
                .all(|t| t.pos >= F.plot_left() && t.pos <= F.plot_right())
        );
        assert_eq!(l.ticks.first().map(|t| t.value), Some(100.0));
    }

    #[test]
    fn spread_layout_survives_empty_and_non_finite_input() {
        assert_eq!(spread_layout(&[], &[], &[1.0], F), SpreadLayout::default());
        let l = spread_layout(
            &[(f64::NAN, f64::INFINITY, f64::NAN)],
            &[(f64::NEG_INFINITY, f64::NAN)],
            &[f64::NAN],
            F,
        );
        assert!(!l.bars.contains("NaN") && !l.curve.contains("NaN") && !l.curve.contains("inf"));
        assert!(l.marks.iter().all(|m| m.is_finite()));
    }

    #[test]
    fn tornado_bars_start_at_the_base_and_share_one_scale() {
        let f = TORNADO_FRAME;
        // Input 1 swings 90..130 around 100, input 2 swings 95..105 (cost falls as it rises).
        let (base, rows) = tornado_layout(&[(90.0, 130.0), (105.0, 95.0)], 100.0, f);
        let w = f.plot_width();
        assert!((base - (f.plot_left() + w * 0.25)).abs() < 1e-9);
        let r = rows[0];
        assert!((r.low_x - f.plot_left()).abs() < 1e-9 && (r.low_width - w * 0.25).abs() < 1e-9);
        assert!((r.high_x - base).abs() < 1e-9 && (r.high_width - w * 0.75).abs() < 1e-9);
        // A bar to the right for the low input, to the left for the high one.
        let r = rows[1];
        assert!((r.low_x - base).abs() < 1e-9 && r.high_x < base);
        assert!((r.low_width - r.high_width).abs() < 1e-9 && r.low_width > 0.0);
        // No swing at all: zero-width bars at the base, no NaN.
        let (b, rows) = tornado_layout(&[(7.0, 7.0)], 7.0, f);
        assert!(b.is_finite() && rows[0].low_width == 0.0 && rows[0].high_width == 0.0);
    }
}
