//! The requirements fit of one candidate (`scenario.fit`): the team's average score of each
//! requirement, the weighted fit percentage, must-have failures, disagreements between
//! reviewers, and [B]'s 60 % rule.
//!
//! - A requirement's **average** is over the reviewers who scored it (0 none, 1 partial,
//!   2 full); a requirement nobody scored is left out of the fit and listed as unscored.
//! - **Fit** = Σ weight × average / Σ weight × 2, over the scored requirements.
//! - A **must-have fails** when its average is below 0.5, i.e. closer to "none" than to
//!   "partial": with one reviewer, a 0; with two, both 0; with three, at most one 1. (One
//!   reviewer's 0 among others' higher scores is a disagreement to discuss, not a failure.)
//! - **Below 60 %** the candidate gets [B]'s warning: look at other CRMs.
//! - Reviewers **disagree** on a requirement when their scores differ by more than 1 point
//!   (one says none, another full).
//!
//! Requirements and reviewers are named by their position in `scenario.fit.requirements` and
//! `scenario.fit.reviewers` (as in the field paths, `fit.requirements[3]`).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::arith::CheckedDecimal;
use crate::results::Warning;
use crate::scenario::{RequirementGroup, Score, Scorecard};

/// [B]: if a CRM meets less than 60 % of your requirements, look elsewhere.
pub const FIT_THRESHOLD: Decimal = Decimal::from_parts(6, 0, 0, false, 1);

/// A must-have whose average score is below this fails (closer to none than to partial).
pub const MUST_HAVE_FAILS_BELOW: Decimal = Decimal::from_parts(5, 0, 0, false, 1);

/// The fit of one candidate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FitResult {
    /// Σ weight × average / Σ weight × 2 over the scored requirements, a fraction (0.75 =
    /// 75 %); null when nothing is scored yet.
    pub fit: Option<Decimal>,
    /// Σ weight × average over the scored requirements.
    pub score: Decimal,
    /// Σ weight × 2 over the scored requirements.
    pub max_score: Decimal,
    /// Fit below 60 % ([B]'s rule).
    pub below_threshold: bool,
    /// At least one must-have fails.
    pub fails_must_have: bool,
    /// The must-haves that fail (positions in the list).
    pub failed_must_haves: Vec<usize>,
    /// Requirements on which reviewers differ by more than 1 point.
    pub disagreements: Vec<Disagreement>,
    /// The requirements nobody has scored yet (positions; left out of the fit).
    pub unscored: Vec<usize>,
    /// One entry per requirement, in list order.
    pub requirements: Vec<RequirementFit>,
    /// The fit within each group that has scored requirements, in [B]'s order.
    pub by_group: Vec<GroupFit>,
}

/// The team's view of one requirement.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct RequirementFit {
    /// The average score (0–2, to 2 places); null when nobody scored it.
    pub average: Option<Decimal>,
    /// How many reviewers scored it.
    pub votes: usize,
}

/// The fit within one group of requirements.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupFit {
    /// The group.
    pub group: RequirementGroup,
    /// Its fit, a fraction.
    pub fit: Decimal,
}

/// Reviewers who differ by more than 1 point on one requirement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disagreement {
    /// The requirement (position in the list).
    pub requirement: usize,
    /// The reviewers (positions) who gave the lowest score.
    pub low: Vec<usize>,
    /// The reviewers (positions) who gave the highest score.
    pub high: Vec<usize>,
}

/// Running sums of weight × average and weight × 2.
#[derive(Clone, Copy, Default)]
struct Sums {
    score: Decimal,
    max: Decimal,
}

impl Sums {
    fn add(&mut self, weighted: Decimal, weight: Decimal) -> Option<()> {
        self.score = self.score.add_or_none(weighted)?;
        self.max = self.max.add_or_none(weight.mul_or_none(Decimal::TWO)?)?;
        Some(())
    }

    fn fit(&self) -> Option<Decimal> {
        if self.max.is_zero() {
            return None;
        }
        self.score
            .div_or_none(self.max)
            .map(|f| f.round_dp(6).normalize())
    }
}

/// The fit of `card`; `None` when it has no requirements.
pub fn evaluate(card: &Scorecard) -> Option<FitResult> {
    if card.requirements.is_empty() {
        return None;
    }
    let mut total = Sums::default();
    let mut groups = [Sums::default(); 5];
    let mut result = FitResult {
        fit: None,
        score: Decimal::ZERO,
        max_score: Decimal::ZERO,
        below_threshold: false,
        fails_must_have: false,
        failed_must_haves: Vec::new(),
        disagreements: Vec::new(),
        unscored: Vec::new(),
        requirements: Vec::with_capacity(card.requirements.len()),
        by_group: Vec::new(),
    };
    for (i, requirement) in card.requirements.iter().enumerate() {
        let (mut sum, mut votes) = (0u32, 0usize);
        let (mut low, mut high) = (Score::FULL, Score::NONE);
        for (_, score) in requirement.votes() {
            sum = sum.saturating_add(u32::from(score.get()));
            votes = votes.saturating_add(1);
            low = low.min(score);
            high = high.max(score);
        }
        let average = Decimal::from(sum).div_or_none(Decimal::from(votes));
        result.requirements.push(RequirementFit {
            average: average.map(|a| a.round_dp(2).normalize()),
            votes,
        });
        let Some(average) = average else {
            result.unscored.push(i);
            continue;
        };
        let weight = requirement.weight.decimal();
        let weighted = weight.mul_or_none(average)?;
        total.add(weighted, weight)?;
        groups
            .get_mut(requirement.group.index())?
            .add(weighted, weight)?;
        if requirement.must_have && average < MUST_HAVE_FAILS_BELOW {
            result.failed_must_haves.push(i);
        }
        if high.get().saturating_sub(low.get()) > 1 {
            let who = |at: Score| -> Vec<usize> {
                requirement
                    .votes()
                    .filter(|(_, s)| *s == at)
                    .map(|(reviewer, _)| reviewer)
                    .collect()
            };
            result.disagreements.push(Disagreement {
                requirement: i,
                low: who(low),
                high: who(high),
            });
        }
    }
    result.fit = total.fit();
    result.score = total.score.round_dp(4).normalize();
    result.max_score = total.max;
    result.below_threshold = result.fit.is_some_and(|f| f < FIT_THRESHOLD);
    result.fails_must_have = !result.failed_must_haves.is_empty();
    result.by_group = RequirementGroup::ALL
        .into_iter()
        .zip(groups)
        .filter_map(|(group, sums)| {
            Some(GroupFit {
                group,
                fit: sums.fit()?,
            })
        })
        .collect();
    Some(result)
}

/// The warnings of a fit: [B]'s 60 % rule (`fit_below_threshold`) and failed must-haves
/// (`fit_fails_must_have`, at the first failing requirement).
pub(crate) fn warnings(fit: &FitResult) -> Vec<Warning> {
    let mut warnings = Vec::new();
    if let (true, Some(share)) = (fit.below_threshold, fit.fit) {
        warnings.push(Warning {
            code: "fit_below_threshold".into(),
            field: "fit".into(),
            message: format!(
                "This candidate meets {} % of the weighted requirements. [B]: below 60 %, look \
                 at other CRMs.",
                share
                    .mul_or_none(Decimal::ONE_HUNDRED)
                    .unwrap_or_default()
                    .round_dp(1)
                    .normalize()
            ),
        });
    }
    if let Some(first) = fit.failed_must_haves.first() {
        warnings.push(Warning {
            code: "fit_fails_must_have".into(),
            field: format!("fit.requirements[{first}]"),
            message: format!(
                "{} must-have requirement(s) scored \"none\" on average.",
                fit.failed_must_haves.len()
            ),
        });
    }
    warnings
}
