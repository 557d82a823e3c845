//! The summary of one figure across trials: nearest-rank percentiles, mean, a histogram and an
//! S-curve (cumulative probability).

use serde::{Deserialize, Serialize};

use crate::arith::Num;

/// Bins of each histogram.
pub const HISTOGRAM_BINS: usize = 20;
/// Points of each S-curve: the 0th, 2nd, 4th … 100th percentile.
pub const CURVE_POINTS: usize = 51;

/// Percentiles, histogram and S-curve of one figure across trials.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Spread {
    /// 10th percentile (nearest rank).
    pub p10: f64,
    /// Median.
    pub p50: f64,
    /// 80th percentile.
    pub p80: f64,
    /// 90th percentile.
    pub p90: f64,
    /// Mean.
    pub mean: f64,
    /// Smallest trial.
    pub min: f64,
    /// Largest trial.
    pub max: f64,
    /// [`HISTOGRAM_BINS`] equal-width bins from min to max.
    pub histogram: Vec<Bin>,
    /// [`CURVE_POINTS`] points of the cumulative distribution (S-curve), from min to max.
    pub s_curve: Vec<CurvePoint>,
}

/// One histogram bin: trials with from ≤ value < to (the last bin includes `to`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bin {
    /// Lower edge.
    pub from: f64,
    /// Upper edge.
    pub to: f64,
    /// Trials in the bin.
    pub count: u32,
    /// count / trials.
    pub share: f64,
}

/// One S-curve point: `probability` of the trials are at or below `value`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct CurvePoint {
    /// The figure.
    pub value: f64,
    /// Cumulative probability, 0 to 1.
    pub probability: f64,
}

/// Payback percentiles: null when not within the horizon at that percentile.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PaybackSpread {
    /// 10th percentile, months.
    pub p10: Option<f64>,
    /// Median, months.
    pub p50: Option<f64>,
    /// 90th percentile, months.
    pub p90: Option<f64>,
    /// Share of trials that pay back within the horizon.
    pub probability_within_horizon: f64,
}

pub(super) fn sort(values: &mut [f64]) {
    values.sort_unstable_by(f64::total_cmp);
}

/// The nearest-rank percentile `part / whole` of sorted `values` (the smallest value with at
/// least that share of the trials at or below it); integer arithmetic, so it is exact.
pub(super) fn percentile(values: &[f64], part: usize, whole: usize) -> f64 {
    let n = values.len();
    let rank = part
        .saturating_mul(n)
        .saturating_add(whole.saturating_sub(1))
        .checked_div(whole)
        .unwrap_or(0)
        .max(1);
    values
        .get(rank.saturating_sub(1).min(n.saturating_sub(1)))
        .copied()
        .unwrap_or(f64::NAN)
}

impl Spread {
    /// Sorts `values` and summarises them.
    pub(super) fn of(values: &mut [f64]) -> Spread {
        sort(values);
        let n = values.len();
        let min = values.first().copied().unwrap_or(f64::NAN);
        let max = values.last().copied().unwrap_or(f64::NAN);
        #[allow(clippy::cast_precision_loss)]
        let mean = values.iter().sum::<f64>() / n.max(1) as f64;
        let at = |p: usize| percentile(values, p, 100).cents();
        Spread {
            p10: at(10),
            p50: at(50),
            p80: at(80),
            p90: at(90),
            mean: mean.cents(),
            min: min.cents(),
            max: max.cents(),
            histogram: histogram(values, min, max),
            s_curve: (0..CURVE_POINTS)
                .map(|k| {
                    let last = CURVE_POINTS.saturating_sub(1);
                    #[allow(clippy::cast_precision_loss)]
                    let probability = k as f64 / last as f64;
                    CurvePoint {
                        value: if k == 0 {
                            min.cents()
                        } else {
                            percentile(values, k, last).cents()
                        },
                        probability,
                    }
                })
                .collect(),
        }
    }
}

fn histogram(sorted: &[f64], min: f64, max: f64) -> Vec<Bin> {
    let n = sorted.len().max(1);
    let width = (max - min) / HISTOGRAM_BINS as f64;
    let mut counts = [0u32; HISTOGRAM_BINS];
    for value in sorted {
        let bin = if width > 0.0 && width.is_finite() {
            let position = ((value - min) / width).floor();
            if position.is_finite() && position > 0.0 {
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let index = position as usize;
                index.min(HISTOGRAM_BINS.saturating_sub(1))
            } else {
                0
            }
        } else {
            0
        };
        if let Some(count) = counts.get_mut(bin) {
            *count = count.saturating_add(1);
        }
    }
    counts
        .iter()
        .enumerate()
        .map(|(i, count)| {
            #[allow(clippy::cast_precision_loss)]
            let (from, to) = (
                min + width * i as f64,
                min + width * i.saturating_add(1) as f64,
            );
            #[allow(clippy::cast_precision_loss)]
            let share = f64::from(*count) / n as f64;
            Bin {
                from: from.cents(),
                to: to.cents(),
                count: *count,
                share,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let v: Vec<f64> = (1..=10).map(f64::from).collect();
        assert_eq!(percentile(&v, 10, 100), 1.0);
        assert_eq!(percentile(&v, 50, 100), 5.0);
        assert_eq!(percentile(&v, 80, 100), 8.0);
        assert_eq!(percentile(&v, 90, 100), 9.0);
        assert_eq!(percentile(&v, 100, 100), 10.0);
        assert_eq!(percentile(&[7.0], 10, 100), 7.0);
        assert!(percentile(&[], 10, 100).is_nan());
    }

    #[test]
    fn histogram_counts_every_trial_once() {
        let mut v: Vec<f64> = (0..1000).map(f64::from).collect();
        let s = Spread::of(&mut v);
        assert_eq!(s.histogram.len(), HISTOGRAM_BINS);
        assert_eq!(s.histogram.iter().map(|b| b.count).sum::<u32>(), 1000);
        assert!(s.histogram.iter().all(|b| b.count == 50));
        assert_eq!(s.s_curve.len(), CURVE_POINTS);
        assert_eq!(s.s_curve[0].value, 0.0);
        assert_eq!(s.s_curve[CURVE_POINTS - 1].value, 999.0);
        assert_eq!(s.s_curve[25].probability, 0.5);
        // One value: one full bin.
        let s = Spread::of(&mut [5.0, 5.0]);
        assert_eq!(s.histogram[0].count, 2);
    }
}
