//! A candidate's requirements fit at a glance — "72 %", low below [B]'s 60 %, and whether it
//! fails a must-have — for the scorecard, the results, the candidates table and the comparison.

use leptos::prelude::*;
use rust_decimal::Decimal;
use truecost_model::Results;
use truecost_model::fit::FitResult;

use crate::i18n::DecideText as D;
use crate::i18n::format::{Style, format};
use crate::ui::fields::Planner;

/// What [`FitBadge`] shows, read from the engine's [`FitResult`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FitGlance {
    /// The fit as a fraction; `None` while nothing is scored.
    pub fit: Option<Decimal>,
    /// Below [B]'s 60 %.
    pub below_threshold: bool,
    /// A must-have fails.
    pub fails_must_have: bool,
}

impl FitGlance {
    /// The glance of a fit result.
    pub fn of(fit: &FitResult) -> Self {
        FitGlance {
            fit: fit.fit,
            below_threshold: fit.below_threshold,
            fails_must_have: fit.fails_must_have,
        }
    }

    /// The glance of a candidate's results; `None` when its scorecard has no requirements.
    pub fn of_results(results: &Results) -> Option<Self> {
        results.fit.as_ref().map(Self::of)
    }
}

/// The fit badge: the percentage (or "not scored yet"), marked low below 60 % and with "fails a
/// must-have" when one does. Shows nothing when there is no requirements list (`None`).
/// `data-fit` holds the engine's fraction for machines.
#[component]
pub fn FitBadge(
    /// The fit to show.
    #[prop(into)]
    fit: Signal<Option<FitGlance>>,
) -> impl IntoView {
    let locale = Planner::get().locale;
    move || {
        fit.get().map(|g| {
            let l = locale.get();
            let value = match g.fit {
                Some(f) => format(f, l, &Style::Percent(0)),
                None => D::NotScored.text(l).to_string(),
            };
            let fails = g
                .fails_must_have
                .then(|| view! { <span class="fails">{D::FailsMustHave.text(l)}</span> });
            view! {
                <span
                    class="fit-badge"
                    class:low=g.below_threshold
                    class:failing=g.fails_must_have
                    data-testid="fit-badge"
                    data-fit=g.fit.map(|f| f.to_string()).unwrap_or_default()
                >
                    <span class="fit-value">{value}</span>
                    {fails}
                </span>
            }
        })
    }
}
