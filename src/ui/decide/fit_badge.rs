//! A candidate's requirements fit at a glance — "72 %", low below [B]'s 60 %, and whether it
//! fails a must-have — for the scorecard, the results, the candidates table and the comparison.

use leptos::prelude::*;
use rust_decimal::Decimal;
use truecost_model::Results;
use truecost_model::fit::FitResult;

use crate::i18n::DecideText as D;
use crate::i18n::format::{Style, format};
use crate::ui::fields::{Planner, lt};

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
/// must-have" when one does; hidden when there is no requirements list (`None`).
/// `data-fit` holds the engine's fraction for machines.
#[component]
pub fn FitBadge(
    /// The fit to show.
    #[prop(into)]
    fit: Signal<Option<FitGlance>>,
) -> impl IntoView {
    let locale = Planner::get().locale;
    let has = move |f: fn(&FitGlance) -> bool| move || fit.with(|g| g.as_ref().is_some_and(f));
    let value = move || {
        let l = locale.get();
        fit.with(|g| match g.and_then(|g| g.fit) {
            Some(f) => format(f, l, &Style::Percent(0)),
            None => D::NotScored.text(l).to_string(),
        })
    };
    let raw = move || {
        fit.with(|g| {
            g.and_then(|g| g.fit)
                .map(|f| f.to_string())
                .unwrap_or_default()
        })
    };
    view! {
        <span
            class="fit-badge"
            class:low=has(|g| g.below_threshold)
            class:failing=has(|g| g.fails_must_have)
            hidden=move || fit.with(Option::is_none)
            data-testid="fit-badge"
            data-fit=raw
        >
            <span class="fit-value">{value}</span>
            <span class="fails" hidden=move || !has(|g| g.fails_must_have)()>
                {lt(D::FailsMustHave)}
            </span>
        </span>
    }
}
