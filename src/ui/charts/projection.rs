//! Pure chart geometry: a linear scale, "nice" axis ticks, stacked bars, cumulative lines with the
//! payback point, and a 100 % share bar.
//!
//! No leptos here: this module is compiled and unit-tested natively. Everything works in `f64`
//! viewBox units; money arrives as `Decimal` and is converted with [`to_f64`]. No function panics
//! or returns NaN/infinity, whatever the input (empty, all-zero, negative, huge, non-finite):
//! non-finite numbers count as 0 and magnitudes are clamped to ±[`LIMIT`].

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

pub mod compare;
pub mod spread;

/// The largest magnitude the geometry works with; larger inputs are clamped to it. Far above any
/// `Decimal` (≈ 7.9 × 10²⁸), far below where `f64` arithmetic on it could overflow.
pub const LIMIT: f64 = 1e100;

/// Months per period step: period 0 is the initial period, periods 1..=N are years.
pub const MONTHS_PER_PERIOD: f64 = 12.0;

/// How many y-axis ticks the charts aim for.
pub const Y_TICKS: usize = 5;

/// `v` if finite, clamped to ±[`LIMIT`]; 0 otherwise.
pub fn sanitize(v: f64) -> f64 {
    if v.is_finite() {
        v.clamp(-LIMIT, LIMIT)
    } else {
        0.0
    }
}

/// A `Decimal` amount as a sanitized `f64` (0 if it cannot be converted).
pub fn to_f64(d: Decimal) -> f64 {
    sanitize(d.to_f64().unwrap_or(0.0))
}

/// A coordinate as SVG attribute text: at most two decimals, no trailing zeros, no `-0`.
pub fn coord(v: f64) -> String {
    let r = (sanitize(v) * 100.0).round() / 100.0;
    let r = if r == 0.0 { 0.0 } else { r };
    let s = format!("{r:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_owned()
}

/// A linear map from a domain (data values) to a range (viewBox units).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearScale {
    d0: f64,
    d1: f64,
    r0: f64,
    r1: f64,
}

impl LinearScale {
    /// Maps `domain.0 → range.0` and `domain.1 → range.1` (the range may run backwards, as a
    /// y axis does). A domain of zero width is widened so the map stays defined.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        let d0 = sanitize(domain.0);
        let mut d1 = sanitize(domain.1);
        if d1 == d0 {
            d1 = d0 + d0.abs().max(1.0);
        }
        LinearScale {
            d0,
            d1,
            r0: sanitize(range.0),
            r1: sanitize(range.1),
        }
    }

    /// The position of `v` (non-finite values map like 0).
    pub fn map(&self, v: f64) -> f64 {
        let t = (sanitize(v) - self.d0) / (self.d1 - self.d0);
        sanitize(self.r0 + t * (self.r1 - self.r0))
    }

    /// The domain, as widened if it had zero width.
    pub fn domain(&self) -> (f64, f64) {
        (self.d0, self.d1)
    }

    /// The range.
    pub fn range(&self) -> (f64, f64) {
        (self.r0, self.r1)
    }
}

/// Axis ticks: evenly spaced round values covering the data and zero.
#[derive(Clone, Debug, PartialEq)]
pub struct Ticks {
    /// The axis minimum (the first tick; ≤ 0).
    pub min: f64,
    /// The axis maximum (the last tick; ≥ 0).
    pub max: f64,
    /// The distance between ticks: 1, 2 or 5 times a power of ten.
    pub step: f64,
    /// The tick values from `min` to `max`, zero included.
    pub values: Vec<f64>,
}

/// "Nice" ticks for data between `lo` and `hi` (in either order): the domain is widened to include
/// zero, the step is the smallest 1-2-5 × 10ⁿ giving at most `count` intervals (`count` is clamped
/// to 1..=20), and the axis runs from a multiple of the step at or below the data to one at or
/// above it. All-zero data gives a 0..1 axis.
pub fn nice_ticks(lo: f64, hi: f64, count: usize) -> Ticks {
    // Magnitudes below 10⁻¹⁰⁰ count as zero: their powers of ten would underflow.
    let tame = |v: f64| {
        if sanitize(v).abs() < 1.0 / LIMIT {
            0.0
        } else {
            sanitize(v)
        }
    };
    let (a, b) = (tame(lo), tame(hi));
    let lo = a.min(b).min(0.0);
    let mut hi = a.max(b).max(0.0);
    if lo == hi {
        hi = 1.0;
    }
    let count = count.clamp(1, 20) as f64;
    // Divide before subtracting so a span near ±LIMIT cannot overflow.
    let raw = hi / count - lo / count;
    let mut exp = raw.log10().floor() as i32;
    let mut factor = 1.0;
    let mut found = false;
    for _ in 0..2 {
        for f in [1.0, 2.0, 5.0, 10.0] {
            if step_value(f, exp) >= raw * (1.0 - 1e-12) {
                factor = f;
                found = true;
                break;
            }
        }
        if found {
            break;
        }
        exp += 1; // log10 rounded the wrong way; one decade up always fits
    }
    if factor == 10.0 {
        factor = 1.0;
        exp += 1;
    }
    let step = step_value(factor, exp);
    // Tolerances absorb float noise such as 0.30000000000000004 / 0.1.
    let first = (lo / step + 1e-9).floor() as i64;
    let last = (hi / step - 1e-9).ceil() as i64;
    let last = last.min(first + 40);
    let values: Vec<f64> = (first..=last).map(|i| tick_value(i, factor, exp)).collect();
    Ticks {
        min: values.first().copied().unwrap_or(0.0),
        max: values.last().copied().unwrap_or(1.0),
        step,
        values,
    }
}

/// `factor × 10^exp`, dividing for negative exponents so 0.2 is 2 / 10 exactly.
fn step_value(factor: f64, exp: i32) -> f64 {
    tick_value(1, factor, exp)
}

/// `i × factor × 10^exp`, computed so decimal ticks come out as the nearest `f64` (0.6, not
/// 0.6000000000000001).
fn tick_value(i: i64, factor: f64, exp: i32) -> f64 {
    let n = i as f64 * factor;
    let v = if exp >= 0 {
        n * 10f64.powi(exp)
    } else {
        n / 10f64.powi(-exp)
    };
    let v = sanitize(v);
    if v == 0.0 { 0.0 } else { v }
}

/// The drawing area of a chart inside its viewBox: the full size and the margins kept for axes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// viewBox width.
    pub width: f64,
    /// viewBox height.
    pub height: f64,
    /// Space left of the plot (y-axis labels).
    pub left: f64,
    /// Space right of the plot.
    pub right: f64,
    /// Space above the plot.
    pub top: f64,
    /// Space below the plot (x-axis labels).
    pub bottom: f64,
}

impl Frame {
    /// The x of the plot's left edge.
    pub fn plot_left(&self) -> f64 {
        self.left
    }

    /// The x of the plot's right edge (never left of `plot_left`).
    pub fn plot_right(&self) -> f64 {
        (self.width - self.right).max(self.left)
    }

    /// The y of the plot's top edge.
    pub fn plot_top(&self) -> f64 {
        self.top
    }

    /// The y of the plot's bottom edge (never above `plot_top`).
    pub fn plot_bottom(&self) -> f64 {
        (self.height - self.bottom).max(self.top)
    }

    /// The plot's width.
    pub fn plot_width(&self) -> f64 {
        self.plot_right() - self.plot_left()
    }

    /// The viewBox attribute text, `"0 0 width height"`.
    pub fn view_box(&self) -> String {
        format!("0 0 {} {}", coord(self.width), coord(self.height))
    }
}

/// One tick of an axis: its value and its position along the axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AxisTick {
    /// The data value.
    pub value: f64,
    /// The position in viewBox units (y for a vertical axis).
    pub pos: f64,
}

/// The y scale and ticks for data between `lo` and `hi`, drawn in `frame`'s plot area.
fn y_axis(lo: f64, hi: f64, frame: &Frame) -> (LinearScale, Vec<AxisTick>) {
    let ticks = nice_ticks(lo, hi, Y_TICKS);
    let y = LinearScale::new(
        (ticks.min, ticks.max),
        (frame.plot_bottom(), frame.plot_top()),
    );
    let placed = ticks
        .values
        .iter()
        .map(|&value| AxisTick {
            value,
            pos: y.map(value),
        })
        .collect();
    (y, placed)
}

/// One series' part of a stacked bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    /// The index of the series (e.g. the category's position in `Category::ALL`).
    pub series: usize,
    /// The value drawn.
    pub value: f64,
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height (≥ 0).
    pub height: f64,
}

/// The stacked bar of one period.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// The period (0 = initial).
    pub period: usize,
    /// Left edge.
    pub x: f64,
    /// Width.
    pub width: f64,
    /// The x of the bar's centre, where its label goes.
    pub center: f64,
    /// The sum of the period's values.
    pub total: f64,
    /// One segment per series with a non-zero value, positive values stacked up from zero,
    /// negative ones down from it.
    pub segments: Vec<Segment>,
}

/// A stacked bar chart laid out in a frame.
#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    /// The frame it was laid out in.
    pub frame: Frame,
    /// The y-axis ticks.
    pub y_ticks: Vec<AxisTick>,
    /// The y of the zero line.
    pub baseline: f64,
    /// One bar per period, in order.
    pub bars: Vec<Bar>,
}

/// Share of each period's slot that its bar fills.
const BAR_FILL: f64 = 0.64;

/// Lays out stacked bars: `periods[p][s]` is the value of series `s` in period `p`. Every period
/// gets a bar (possibly with no segments); the y axis covers the largest positive and negative
/// stacks.
pub fn stacked_bars(periods: &[Vec<f64>], frame: Frame) -> BarChart {
    let mut hi = 0.0f64;
    let mut lo = 0.0f64;
    for values in periods {
        let up: f64 = values.iter().map(|&v| sanitize(v).max(0.0)).sum();
        let down: f64 = values.iter().map(|&v| sanitize(v).min(0.0)).sum();
        hi = hi.max(sanitize(up));
        lo = lo.min(sanitize(down));
    }
    let (y, y_ticks) = y_axis(lo, hi, &frame);
    let baseline = y.map(0.0);
    let slot = frame.plot_width() / periods.len().max(1) as f64;
    let width = slot * BAR_FILL;
    let bars = periods
        .iter()
        .enumerate()
        .map(|(period, values)| {
            let x = frame.plot_left() + period as f64 * slot + (slot - width) / 2.0;
            let (mut up, mut down) = (0.0f64, 0.0f64);
            let mut segments = Vec::new();
            for (series, &raw) in values.iter().enumerate() {
                let value = sanitize(raw);
                if value == 0.0 {
                    continue;
                }
                let (from, to) = if value > 0.0 {
                    let from = up;
                    up = sanitize(up + value);
                    (from, up)
                } else {
                    let from = down;
                    down = sanitize(down + value);
                    (from, down)
                };
                let (ya, yb) = (y.map(from), y.map(to));
                segments.push(Segment {
                    series,
                    value,
                    x,
                    y: ya.min(yb),
                    width,
                    height: (ya - yb).abs(),
                });
            }
            Bar {
                period,
                x,
                width,
                center: x + width / 2.0,
                total: sanitize(up + down),
                segments,
            }
        })
        .collect();
    BarChart {
        frame,
        y_ticks,
        baseline,
        bars,
    }
}

/// A point in viewBox units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// x.
    pub x: f64,
    /// y.
    pub y: f64,
}

/// The payback point on the cumulative chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PaybackMark {
    /// Months since period 0.
    pub months: f64,
    /// Its x: period 0 plus `months / 12` period steps.
    pub x: f64,
    /// Its y: the cumulative-costs line interpolated at that x (where the benefits line meets it).
    pub y: f64,
}

/// Cumulative costs and benefits as two lines, laid out in a frame.
#[derive(Clone, Debug, PartialEq)]
pub struct LineChart {
    /// The frame it was laid out in.
    pub frame: Frame,
    /// The y-axis ticks.
    pub y_ticks: Vec<AxisTick>,
    /// The y of the zero line.
    pub baseline: f64,
    /// The x of each period 0..=N, where its label goes.
    pub x_positions: Vec<f64>,
    /// Cumulative costs, one point per period.
    pub costs: Vec<Point>,
    /// Cumulative benefits, one point per period.
    pub benefits: Vec<Point>,
    /// The payback point, when payback falls within the periods drawn.
    pub payback: Option<PaybackMark>,
}

/// Running sums of `flows` (sanitized, so no NaN and no overflow).
pub fn cumulative(flows: &[f64]) -> Vec<f64> {
    flows
        .iter()
        .scan(0.0f64, |acc, &v| {
            *acc = sanitize(*acc + sanitize(v));
            Some(*acc)
        })
        .collect()
}

/// How far inside the plot's left and right edges the first and last periods of a line chart
/// sit, so the first point and its label clear the y-axis labels.
pub const LINE_INSET: f64 = 16.0;

/// The x scale of a line chart with `periods` points: period 0 [`LINE_INSET`] inside the plot's
/// left edge, the last period as far inside its right edge (one period alone sits at the left).
fn period_scale(periods: usize, frame: &Frame) -> LinearScale {
    let last = periods.saturating_sub(1).max(1) as f64;
    let inset = LINE_INSET.min(frame.plot_width() / 4.0);
    LinearScale::new(
        (0.0, last),
        (frame.plot_left() + inset, frame.plot_right() - inset),
    )
}

/// Lays out cumulative costs and benefits over periods 0..=N from per-period flows (a missing
/// period counts as 0), with the payback point at `payback_months` (see [`payback_point`]).
pub fn cumulative_lines(
    costs: &[f64],
    benefits: &[f64],
    payback_months: Option<f64>,
    frame: Frame,
) -> LineChart {
    let n = costs.len().max(benefits.len());
    let pad = |flows: &[f64]| {
        let mut v: Vec<f64> = flows.to_vec();
        v.resize(n, 0.0);
        cumulative(&v)
    };
    let (cum_costs, cum_benefits) = (pad(costs), pad(benefits));
    let all = cum_costs.iter().chain(&cum_benefits).copied();
    let hi = all.clone().fold(0.0f64, f64::max);
    let lo = all.fold(0.0f64, f64::min);
    let (y, y_ticks) = y_axis(lo, hi, &frame);
    let x = period_scale(n, &frame);
    let x_positions: Vec<f64> = (0..n).map(|i| x.map(i as f64)).collect();
    let points = |cum: &[f64]| -> Vec<Point> {
        cum.iter()
            .zip(&x_positions)
            .map(|(&v, &px)| Point { x: px, y: y.map(v) })
            .collect()
    };
    LineChart {
        frame,
        baseline: y.map(0.0),
        costs: points(&cum_costs),
        benefits: points(&cum_benefits),
        payback: payback_point(payback_months, &cum_costs, &x, &y),
        y_ticks,
        x_positions,
    }
}

/// The payback point: `months` since period 0 is `months / 12` period steps along the x axis; its
/// y is `line` (cumulative values per period) interpolated linearly there. `None` when there is
/// no payback, it is negative or not finite, or it falls beyond the last period.
pub fn payback_point(
    months: Option<f64>,
    line: &[f64],
    x: &LinearScale,
    y: &LinearScale,
) -> Option<PaybackMark> {
    let months = months.filter(|m| m.is_finite() && *m >= 0.0)?;
    let last = line.len().checked_sub(1)?;
    let p = months / MONTHS_PER_PERIOD;
    if p > last as f64 + 1e-9 {
        return None;
    }
    let p = p.min(last as f64);
    let i = (p.floor() as usize).min(last);
    let frac = p - i as f64;
    let a = line.get(i).copied().unwrap_or(0.0);
    let b = line.get(i + 1).copied().unwrap_or(a);
    let value = sanitize(a + frac * (b - a));
    Some(PaybackMark {
        months,
        x: x.map(p),
        y: y.map(value),
    })
}

/// The `points` attribute of an SVG polyline: `"x,y x,y …"`.
pub fn polyline(points: &[Point]) -> String {
    points
        .iter()
        .map(|p| format!("{},{}", coord(p.x), coord(p.y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// One part of a 100 % bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ShareSegment {
    /// The index of the value it draws.
    pub index: usize,
    /// The value.
    pub value: f64,
    /// Its share of the total, 0..=1.
    pub share: f64,
    /// Left edge.
    pub x: f64,
    /// Width.
    pub width: f64,
}

/// `value / total`, or `None` when the total is not positive. Negative values count as 0.
pub fn share_of(value: f64, total: f64) -> Option<f64> {
    let total = sanitize(total);
    (total > 0.0).then(|| (sanitize(value).max(0.0) / total).clamp(0.0, 1.0))
}

/// A 100 % horizontal bar from `x0`, `width` wide: one segment per positive value, in order, each
/// as wide as its share of the sum. Negative and non-finite values count as 0; when nothing is
/// positive the bar has no segments.
pub fn share_bar(values: &[f64], x0: f64, width: f64) -> Vec<ShareSegment> {
    let (x0, width) = (sanitize(x0), sanitize(width).max(0.0));
    let clean: Vec<f64> = values.iter().map(|&v| sanitize(v).max(0.0)).collect();
    let total: f64 = clean.iter().sum();
    let mut before = 0.0f64;
    let mut out = Vec::new();
    for (index, &value) in clean.iter().enumerate() {
        let Some(share) = share_of(value, total) else {
            break;
        };
        if value > 0.0 {
            out.push(ShareSegment {
                index,
                value,
                share,
                x: x0 + before * width,
                width: share * width,
            });
        }
        before = (before + share).min(1.0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    const FRAME: Frame = Frame {
        width: 400.0,
        height: 240.0,
        left: 50.0,
        right: 10.0,
        top: 20.0,
        bottom: 20.0,
    };

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9 * (1.0 + a.abs().max(b.abs()))
    }

    fn all_finite_bars(c: &BarChart) -> bool {
        c.y_ticks
            .iter()
            .all(|t| t.value.is_finite() && t.pos.is_finite())
            && c.baseline.is_finite()
            && c.bars.iter().all(|b| {
                [b.x, b.width, b.center, b.total]
                    .iter()
                    .all(|v| v.is_finite())
                    && b.segments.iter().all(|s| {
                        [s.value, s.x, s.y, s.width, s.height]
                            .iter()
                            .all(|v| v.is_finite())
                    })
            })
    }

    #[test]
    fn scale_maps_domain_to_range_even_backwards() {
        let s = LinearScale::new((0.0, 40_000.0), (220.0, 20.0));
        assert!(close(s.map(0.0), 220.0));
        assert!(close(s.map(40_000.0), 20.0));
        assert!(close(s.map(10_000.0), 170.0));
        assert!(close(s.map(f64::NAN), 220.0));
        let flat = LinearScale::new((0.0, 0.0), (0.0, 100.0));
        assert_eq!(flat.domain(), (0.0, 1.0));
        assert!(close(flat.map(0.5), 50.0));
        assert_eq!(flat.range(), (0.0, 100.0));
    }

    #[test]
    fn ticks_for_0_to_37_500() {
        let t = nice_ticks(0.0, 37_500.0, 5);
        assert_eq!(t.step, 10_000.0);
        assert_eq!(t.values, vec![0.0, 10_000.0, 20_000.0, 30_000.0, 40_000.0]);
        assert_eq!((t.min, t.max), (0.0, 40_000.0));
    }

    #[test]
    fn ticks_use_1_2_5_steps() {
        // 0..120: raw step 24 → 50.
        assert_eq!(
            nice_ticks(0.0, 120.0, 5).values,
            vec![0.0, 50.0, 100.0, 150.0]
        );
        // 0..9: raw 1.8 → 2.
        assert_eq!(
            nice_ticks(0.0, 9.0, 5).values,
            vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]
        );
        // 0..100 exactly: raw 20 → 20, the last tick is the data maximum.
        assert_eq!(nice_ticks(0.0, 100.0, 5).values.last(), Some(&100.0));
        // Fractions come out clean.
        assert_eq!(
            nice_ticks(0.0, 0.9, 5).values,
            vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
        );
    }

    #[test]
    fn ticks_cover_negative_values_and_zero() {
        let t = nice_ticks(-120_000.0, 80_000.0, 5);
        assert_eq!(t.step, 50_000.0);
        assert_eq!(
            t.values,
            vec![-150_000.0, -100_000.0, -50_000.0, 0.0, 50_000.0, 100_000.0]
        );
        // Only negative data: the axis still reaches 0.
        let t = nice_ticks(-37_500.0, -5_000.0, 5);
        assert_eq!(t.values.first(), Some(&-40_000.0));
        assert_eq!(t.values.last(), Some(&0.0));
        // Positive data far from zero: the axis starts at 0.
        assert_eq!(nice_ticks(900.0, 1_000.0, 5).values.first(), Some(&0.0));
    }

    #[test]
    fn ticks_for_all_zero_and_bad_input_are_sane() {
        let t = nice_ticks(0.0, 0.0, 5);
        assert_eq!((t.min, t.max), (0.0, 1.0));
        assert_eq!(t.values, vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        let t = nice_ticks(f64::NAN, f64::INFINITY, 0);
        assert_eq!((t.min, t.max), (0.0, 1.0));
        for (lo, hi) in [
            (f64::MIN, f64::MAX),
            (-1e300, 1e300),
            (0.0, 7.9e28),
            (0.0, 1e-300),
            (-5e-324, 5e-324),
            (0.0, 1e-99),
        ] {
            let t = nice_ticks(lo, hi, 5);
            assert!(t.values.len() >= 2 && t.values.len() <= 42, "{lo} {hi}");
            assert!(t.values.iter().all(|v| v.is_finite()));
            assert!(t.step.is_finite() && t.step > 0.0);
            assert!(t.min <= 0.0 && t.max >= 0.0);
        }
    }

    #[test]
    fn stacked_segments_sum_to_the_bar_height() {
        // Initial 20k + 10k, then a year of 5k + 0 + 2.5k.
        let c = stacked_bars(
            &[vec![20_000.0, 10_000.0], vec![5_000.0, 0.0, 2_500.0]],
            FRAME,
        );
        // Axis 0..30k? raw step 6k → 10k, ticks 0..30k; plot from y=220 (0) to y=20 (30k).
        assert_eq!(c.y_ticks.len(), 4);
        assert!(close(c.baseline, 220.0));
        assert_eq!(c.bars.len(), 2);
        let b0 = &c.bars[0];
        assert_eq!(b0.segments.len(), 2);
        assert!(close(b0.total, 30_000.0));
        let h: f64 = b0.segments.iter().map(|s| s.height).sum();
        assert!(close(h, 200.0));
        // The first series sits on the baseline, the second on top of it.
        assert!(close(b0.segments[0].y + b0.segments[0].height, 220.0));
        assert!(close(
            b0.segments[1].y + b0.segments[1].height,
            b0.segments[0].y
        ));
        assert!(close(b0.segments[1].y, 20.0));
        // Zero values draw no segment; series indices are kept.
        let b1 = &c.bars[1];
        let series: Vec<usize> = b1.segments.iter().map(|s| s.series).collect();
        assert_eq!(series, vec![0, 2]);
        let h: f64 = b1.segments.iter().map(|s| s.height).sum();
        assert!(close(
            h,
            220.0 - LinearScale::new((0.0, 30_000.0), (220.0, 20.0)).map(7_500.0)
        ));
        // Bars are centred in equal slots: plot 50..390 → slots of 170, bars 108.8 wide.
        assert!(close(b0.width, 170.0 * 0.64));
        assert!(close(b0.center, 50.0 + 85.0));
        assert!(close(b1.center, 50.0 + 170.0 + 85.0));
    }

    #[test]
    fn negative_values_stack_below_zero() {
        let c = stacked_bars(&[vec![10.0, -4.0, 6.0, -2.0]], FRAME);
        let b = &c.bars[0];
        assert!(close(b.total, 10.0));
        let zero = c.baseline;
        let above: f64 = b
            .segments
            .iter()
            .filter(|s| s.value > 0.0)
            .map(|s| s.height)
            .sum();
        let below: f64 = b
            .segments
            .iter()
            .filter(|s| s.value < 0.0)
            .map(|s| s.height)
            .sum();
        let y = LinearScale::new(
            (
                c.y_ticks[0].value,
                c.y_ticks.last().map_or(1.0, |t| t.value),
            ),
            (220.0, 20.0),
        );
        assert!(close(above, zero - y.map(16.0)));
        assert!(close(below, y.map(-6.0) - zero));
        assert!(
            b.segments
                .iter()
                .filter(|s| s.value < 0.0)
                .all(|s| s.y >= zero - 1e-9)
        );
    }

    #[test]
    fn bars_for_empty_zero_and_huge_input_have_no_nan() {
        let empty = stacked_bars(&[], FRAME);
        assert!(empty.bars.is_empty());
        assert!(all_finite_bars(&empty));
        let zeros = stacked_bars(&vec![vec![0.0; 10]; 6], FRAME);
        assert_eq!(zeros.bars.len(), 6);
        assert!(zeros.bars.iter().all(|b| b.segments.is_empty()));
        assert_eq!(zeros.y_ticks.first().map(|t| t.value), Some(0.0));
        assert_eq!(zeros.y_ticks.last().map(|t| t.value), Some(1.0));
        assert!(all_finite_bars(&zeros));
        let huge = stacked_bars(
            &[vec![
                f64::MAX,
                f64::MAX,
                f64::NAN,
                f64::NEG_INFINITY,
                -1e308,
            ]],
            FRAME,
        );
        assert!(all_finite_bars(&huge));
        let tiny = Frame {
            width: 0.0,
            height: 0.0,
            ..FRAME
        };
        assert!(all_finite_bars(&stacked_bars(&[vec![1.0]], tiny)));
    }

    #[test]
    fn cumulative_sums_flows() {
        assert_eq!(cumulative(&[10.0, 5.0, -3.0]), vec![10.0, 15.0, 12.0]);
        assert!(cumulative(&[]).is_empty());
        assert_eq!(cumulative(&[f64::MAX, f64::MAX]), vec![LIMIT, LIMIT]);
    }

    #[test]
    fn cumulative_lines_and_payback_x() {
        // Costs 100 up front then 20 a year; benefits 0, then 60 a year, over 3 years.
        // Cumulative costs 100, 120, 140, 160; benefits 0, 60, 120, 180.
        // Net −100, −60, −20, +20: payback in year 3, 12 × 2 + 12 × 20 / 40 = 30 months.
        let c = cumulative_lines(
            &[100.0, 20.0, 20.0, 20.0],
            &[0.0, 60.0, 60.0, 60.0],
            Some(30.0),
            FRAME,
        );
        assert_eq!(c.x_positions.len(), 4);
        // Plot x 50..390, inset by 16: periods 0..3 over 66..374, a period is 308 / 3 wide.
        let step = 308.0 / 3.0;
        assert!(close(c.x_positions[0], 66.0));
        assert!(close(c.x_positions[3], 374.0));
        // y axis 0..200 (raw step 36 → 50); y = 220 − v.
        assert!(close(c.costs[0].y, 120.0));
        assert!(close(c.benefits[3].y, 40.0));
        let p = c.payback.expect("payback within the horizon");
        assert!(close(p.x, 66.0 + 2.5 * step));
        // At period 2.5 both lines are at 150 (140 + 10 and 120 + 30): y = 220 − 150.
        assert!(close(p.y, 70.0));
        assert_eq!(p.months, 30.0);
    }

    #[test]
    fn payback_sits_where_the_lines_cross() {
        // Flows whose net crosses zero inside year 2: costs 100, 10, 10; benefits 0, 50, 80.
        // Cumulative net −100, −60, +10 → payback 12 + 12 × 60 / 70 months.
        let months = 12.0 + 12.0 * 60.0 / 70.0;
        let c = cumulative_lines(
            &[100.0, 10.0, 10.0],
            &[0.0, 50.0, 80.0],
            Some(months),
            FRAME,
        );
        let p = c.payback.expect("payback");
        // Both lines interpolated at that x have the same y.
        let at = |pts: &[Point]| {
            let (a, b) = (pts[1], pts[2]);
            let t = (p.x - a.x) / (b.x - a.x);
            a.y + t * (b.y - a.y)
        };
        assert!(close(at(&c.costs), p.y));
        assert!(close(at(&c.benefits), p.y));
    }

    #[test]
    fn payback_edge_cases() {
        let x = LinearScale::new((0.0, 2.0), (0.0, 200.0));
        let y = LinearScale::new((0.0, 100.0), (100.0, 0.0));
        let line = [0.0, 50.0, 100.0];
        assert_eq!(payback_point(None, &line, &x, &y), None);
        assert_eq!(payback_point(Some(-1.0), &line, &x, &y), None);
        assert_eq!(payback_point(Some(f64::NAN), &line, &x, &y), None);
        assert_eq!(payback_point(Some(24.5), &line, &x, &y), None);
        assert_eq!(payback_point(Some(6.0), &[], &x, &y), None);
        let zero = payback_point(Some(0.0), &line, &x, &y).expect("at once");
        assert_eq!((zero.x, zero.y), (0.0, 100.0));
        let end = payback_point(Some(24.0), &line, &x, &y).expect("at the end");
        assert_eq!((end.x, end.y), (200.0, 0.0));
        let mid = payback_point(Some(18.0), &line, &x, &y).expect("mid year 2");
        assert_eq!((mid.x, mid.y), (150.0, 25.0));
    }

    #[test]
    fn lines_for_all_zero_and_empty_input_have_no_nan() {
        let c = cumulative_lines(&[0.0; 6], &[0.0; 6], Some(0.0), FRAME);
        assert_eq!(c.y_ticks.first().map(|t| t.value), Some(0.0));
        assert_eq!(c.y_ticks.last().map(|t| t.value), Some(1.0));
        let finite = |c: &LineChart| {
            c.costs
                .iter()
                .chain(&c.benefits)
                .all(|p| p.x.is_finite() && p.y.is_finite())
                && c.x_positions.iter().all(|x| x.is_finite())
                && c.payback.is_none_or(|p| p.x.is_finite() && p.y.is_finite())
        };
        assert!(finite(&c));
        let e = cumulative_lines(&[], &[], Some(3.0), FRAME);
        assert!(e.costs.is_empty() && e.payback.is_none());
        assert!(finite(&e));
        let one = cumulative_lines(&[5.0], &[], None, FRAME);
        assert_eq!(one.benefits.len(), 1);
        assert!(finite(&one));
        let huge = cumulative_lines(&[f64::MAX; 3], &[f64::NAN; 2], Some(1e300), FRAME);
        assert!(finite(&huge));
        assert!(!polyline(&huge.costs).contains("NaN"));
    }

    #[test]
    fn polyline_and_coords_are_compact() {
        assert_eq!(coord(12.0), "12");
        assert_eq!(coord(12.345), "12.35");
        assert_eq!(coord(-0.001), "0");
        assert_eq!(coord(f64::NAN), "0");
        let pts = [Point { x: 1.5, y: 2.0 }, Point { x: 3.0, y: 4.25 }];
        assert_eq!(polyline(&pts), "1.5,2 3,4.25");
        assert_eq!(FRAME.view_box(), "0 0 400 240");
    }

    #[test]
    fn share_bar_fills_the_width() {
        // 30 / 10 / 0 / 60 of 100 on a 200-wide bar from x = 10.
        let s = share_bar(&[30.0, 10.0, 0.0, 60.0], 10.0, 200.0);
        let idx: Vec<usize> = s.iter().map(|g| g.index).collect();
        assert_eq!(idx, vec![0, 1, 3]);
        assert!(close(s[0].x, 10.0) && close(s[0].width, 60.0) && close(s[0].share, 0.3));
        assert!(close(s[1].x, 70.0) && close(s[1].width, 20.0));
        assert!(close(s[2].x, 90.0) && close(s[2].width, 120.0) && close(s[2].share, 0.6));
        let total: f64 = s.iter().map(|g| g.width).sum();
        assert!(close(total, 200.0));
        assert!(close(s[2].x + s[2].width, 210.0));
    }

    #[test]
    fn share_bar_of_nothing_is_empty() {
        assert!(share_bar(&[0.0; 4], 0.0, 100.0).is_empty());
        assert!(share_bar(&[], 0.0, 100.0).is_empty());
        assert!(share_bar(&[-5.0, f64::NAN], 0.0, 100.0).is_empty());
        let s = share_bar(&[-5.0, 5.0], 0.0, 100.0);
        assert_eq!(s.len(), 1);
        assert!(close(s[0].width, 100.0));
        assert_eq!(share_of(1.0, 0.0), None);
        assert_eq!(share_of(1.0, 4.0), Some(0.25));
        let huge = share_bar(&[f64::MAX, f64::MAX], 0.0, f64::INFINITY);
        assert!(huge.iter().all(|g| g.x.is_finite() && g.width.is_finite()));
    }

    #[test]
    fn decimals_convert_to_f64() {
        let d = Decimal::from_str("37500.25").expect("literal");
        assert_eq!(to_f64(d), 37_500.25);
        assert!(to_f64(Decimal::MAX).is_finite());
    }
}
