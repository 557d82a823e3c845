//! Geometry of the comparison's two charts: the cumulative cost of 2–4 options as lines on one
//! axis, with each pair's break-even marked on the line of the option that stays cheaper; and
//! cost against fit as points (fit along x from 0 to 100 %, TCO per user-month up y), with
//! [B]'s 60 % rule as a vertical line.
//!
//! A child of [`super`] (pure, tested natively): it reuses the parent's scales, ticks and the
//! payback interpolation that places a break-even exactly like payback.

use super::{
    AxisTick, Frame, LINE_INSET, LinearScale, Point, payback_point, period_scale, sanitize, y_axis,
};

/// The cumulative-cost lines of the options, laid out in a frame.
#[derive(Clone, Debug, PartialEq)]
pub struct OptionLines {
    /// The frame laid out in.
    pub frame: Frame,
    /// The y ticks (money).
    pub y_ticks: Vec<AxisTick>,
    /// The x of each period (0 … horizon).
    pub x_positions: Vec<f64>,
    /// One line per option: a point per period.
    pub lines: Vec<Vec<Point>>,
    /// The break-even points, in the order given (only those within the periods drawn).
    pub marks: Vec<Point>,
}

/// Lays out `curves` (each option's cumulative cost per period, as the engine gives it; a
/// shorter curve is drawn as far as it goes) in `frame`, with a mark for each `(option,
/// months)` break-even on that option's line, interpolated like payback.
pub fn option_lines(curves: &[Vec<f64>], crossings: &[(usize, f64)], frame: Frame) -> OptionLines {
    let n = curves.iter().map(Vec::len).max().unwrap_or(0);
    let all = curves.iter().flatten().map(|&v| sanitize(v));
    let hi = all.clone().fold(0.0f64, f64::max);
    let lo = all.fold(0.0f64, f64::min);
    let (y, y_ticks) = y_axis(lo, hi, &frame);
    let x = period_scale(n, &frame);
    let x_positions: Vec<f64> = (0..n).map(|i| x.map(i as f64)).collect();
    let lines = curves
        .iter()
        .map(|curve| {
            curve
                .iter()
                .zip(&x_positions)
                .map(|(&v, &px)| Point {
                    x: px,
                    y: y.map(sanitize(v)),
                })
                .collect()
        })
        .collect();
    let marks = crossings
        .iter()
        .filter_map(|&(option, months)| {
            let curve: Vec<f64> = curves.get(option)?.iter().map(|&v| sanitize(v)).collect();
            payback_point(Some(months), &curve, &x, &y).map(|m| Point { x: m.x, y: m.y })
        })
        .collect();
    OptionLines {
        frame,
        y_ticks,
        x_positions,
        lines,
        marks,
    }
}

/// The cost-vs-fit chart laid out in a frame.
#[derive(Clone, Debug, PartialEq)]
pub struct CostFit {
    /// The frame laid out in.
    pub frame: Frame,
    /// The y ticks (money per user-month).
    pub y_ticks: Vec<AxisTick>,
    /// The x ticks: fit 0, 25, 50, 75 and 100 % (values as fractions).
    pub x_ticks: Vec<AxisTick>,
    /// The x of the fit threshold line.
    pub threshold_x: f64,
    /// One point per option; `None` for an option that cannot be placed.
    pub points: Vec<Option<Point>>,
}

/// Lays out `(fit, cost)` pairs — fit a fraction (clamped to 0..=1), cost the TCO per
/// user-month — with the fit `threshold` (e.g. 0.6) marked; `None` stays unplaced.
pub fn cost_fit(points: &[Option<(f64, f64)>], threshold: f64, frame: Frame) -> CostFit {
    let hi = points
        .iter()
        .flatten()
        .map(|&(_, cost)| sanitize(cost))
        .fold(0.0f64, f64::max);
    let lo = points
        .iter()
        .flatten()
        .map(|&(_, cost)| sanitize(cost))
        .fold(0.0f64, f64::min);
    let (y, y_ticks) = y_axis(lo, hi, &frame);
    let inset = LINE_INSET.min(frame.plot_width() / 4.0);
    let x = LinearScale::new(
        (0.0, 1.0),
        (frame.plot_left() + inset, frame.plot_right() - inset),
    );
    let fit_x = |fit: f64| x.map(sanitize(fit).clamp(0.0, 1.0));
    let x_ticks = [0.0, 0.25, 0.5, 0.75, 1.0]
        .into_iter()
        .map(|value| AxisTick {
            value,
            pos: fit_x(value),
        })
        .collect();
    CostFit {
        frame,
        y_ticks,
        x_ticks,
        threshold_x: fit_x(threshold),
        points: points
            .iter()
            .map(|p| {
                p.map(|(fit, cost)| Point {
                    x: fit_x(fit),
                    y: y.map(sanitize(cost)),
                })
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: Frame = Frame {
        width: 400.0,
        height: 250.0,
        left: 50.0,
        right: 10.0,
        top: 10.0,
        bottom: 40.0,
    };

    fn inside(p: &Point, f: &Frame) -> bool {
        p.x >= f.plot_left() - 1e-9
            && p.x <= f.plot_right() + 1e-9
            && p.y >= f.plot_top() - 1e-9
            && p.y <= f.plot_bottom() + 1e-9
    }

    #[test]
    fn lines_share_one_axis_and_stay_in_the_plot() {
        let a = vec![100.0, 200.0, 300.0];
        let b = vec![250.0, 275.0, 300.0];
        let c = option_lines(&[a, b], &[], FRAME);
        assert_eq!(c.lines.len(), 2);
        assert_eq!(c.x_positions.len(), 3);
        assert!(c.lines.iter().flatten().all(|p| inside(p, &FRAME)));
        // One y scale: equal values sit at equal heights, larger values higher.
        assert_eq!(c.lines[0][2].y, c.lines[1][2].y);
        assert!(c.lines[1][0].y < c.lines[0][0].y);
        assert!(c.y_ticks.last().expect("ticks").value >= 300.0);
    }

    #[test]
    fn a_break_even_sits_on_the_cheaper_line_where_payback_would() {
        // Option 0 starts dearer and is cheaper from period 1.5 on: 18 months.
        let a = vec![300.0, 320.0, 340.0];
        let b = vec![100.0, 260.0, 420.0];
        let c = option_lines(&[a.clone(), b], &[(0, 18.0)], FRAME);
        let mark = c.marks[0];
        let x_mid = (c.x_positions[1] + c.x_positions[2]) / 2.0;
        assert!((mark.x - x_mid).abs() < 1e-9);
        let y_mid = (c.lines[0][1].y + c.lines[0][2].y) / 2.0;
        assert!((mark.y - y_mid).abs() < 1e-9);
        // Beyond the periods drawn, or for an option that does not exist: no mark.
        let c = option_lines(&[a], &[(0, 40.0), (3, 6.0)], FRAME);
        assert!(c.marks.is_empty());
    }

    #[test]
    fn nothing_to_draw_and_bad_numbers_never_break_the_layout() {
        let c = option_lines(&[], &[(0, 6.0)], FRAME);
        assert!(c.lines.is_empty() && c.x_positions.is_empty() && c.marks.is_empty());
        let c = option_lines(&[vec![f64::NAN, f64::INFINITY, -1e300]], &[], FRAME);
        assert!(
            c.lines[0]
                .iter()
                .all(|p| p.x.is_finite() && p.y.is_finite())
        );
        let s = cost_fit(&[Some((f64::NAN, f64::NAN)), None], 0.6, FRAME);
        assert!(s.points[0].is_some_and(|p| p.x.is_finite() && p.y.is_finite()));
        assert!(s.points[1].is_none());
    }

    #[test]
    fn fit_runs_left_to_right_and_cost_bottom_to_top() {
        let s = cost_fit(
            &[Some((0.0, 0.0)), Some((1.0, 80.0)), Some((0.6, 40.0))],
            0.6,
            FRAME,
        );
        let p: Vec<Point> = s.points.iter().map(|p| p.expect("placed")).collect();
        assert!(p.iter().all(|p| inside(p, &FRAME)));
        assert!(p[0].x < p[2].x && p[2].x < p[1].x);
        assert!(p[1].y < p[2].y && p[2].y < p[0].y, "dearer is higher");
        assert_eq!(
            s.threshold_x, p[2].x,
            "the 60 % line goes through a 60 % fit"
        );
        assert_eq!(s.x_ticks.len(), 5);
        assert_eq!(s.x_ticks[0].pos, p[0].x);
        assert_eq!(s.x_ticks[4].pos, p[1].x);
        // A fit above 100 % (impossible) is drawn at the edge, not outside.
        let s = cost_fit(&[Some((3.0, 10.0))], 0.6, FRAME);
        assert!(inside(&s.points[0].expect("placed"), &FRAME));
    }
}
