//! Deciding between candidates (issue 9, the page half): the hidden-fee checklist of the open
//! scenario — answers that change its numbers, each effect stated, the printable question
//! sheet — and the requirements-fit scorecard: one list shared by all candidates, named
//! reviewers' scores, the engine's fit, and the candidates side by side. One component per
//! file; every figure (effects, fit, totals) comes from the engine, the page only formats.
//!
//! Reusable by other views: [`FitBadge`] with [`FitGlance`] (a candidate's fit at a glance),
//! [`requirement_text`], [`warning_text`] and [`category_mark`].

mod answer_value;
mod candidates;
mod checklist;
mod fit_badge;
mod in_results;
mod int_cell;
mod list_sharing;
mod question;
mod requirement_row;
mod reviewers;
mod scorecard;
mod sheet;

pub use candidates::CandidatesFields;
pub use checklist::ChecklistFields;
pub use fit_badge::{FitBadge, FitGlance};
pub use in_results::{CategoryMark, DecideResults, category_mark, warning_text};
pub use scorecard::ScorecardFields;

/// Where the fit, the open questions and the checklist's numbers will be in the results: they
/// are mounted once the scenario has a checklist answer or a scorecard (before that they would
/// show nothing). In the release page (feature `split`) they are a lazily loaded chunk.
#[component]
pub fn DecideResultsMount(
    /// The results shown.
    #[prop(into)]
    results: Signal<Option<Results>>,
) -> impl IntoView {
    let scenario = crate::ui::fields::Planner::get().scenario;
    // Once mounted they stay (clearing the last answer does not unload them).
    let wanted = crate::ui::latch::latch(move || {
        scenario.with(|s| !s.checklist.is_empty() || !s.fit.is_empty())
    });
    move || wanted.get().then(|| Suspend::new(decide_results(results)))
}

/// [`DecideResults`] (a lazily loaded chunk in the release page).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn decide_results(results: Signal<Option<Results>>) -> AnyView {
    crate::ui::lazy_style::load(&[crate::ui::lazy_style::Sheet::Decide]).await;
    view! { <DecideResults results=results /> }.into_any()
}

use leptos::prelude::*;
use rust_decimal::Decimal;
use truecost_model::Results;
use truecost_model::checklist::{ChecklistEffect, EffectKind};
use truecost_model::{Requirement, StarterRequirement};

use crate::i18n::format::{Style, format};
use crate::i18n::{DecideText, Locale, starter_text};

/// How an effect's `before`/`after` value is shown.
#[derive(Clone, Copy)]
enum Shown {
    Money,
    Percent,
    Count,
}

fn show(value: Option<Decimal>, how: Shown, currency: &str, l: Locale) -> String {
    let Some(v) = value else {
        return String::new();
    };
    match how {
        Shown::Money => format(v, l, &Style::MoneyCents(currency.to_string())),
        Shown::Percent => format(v, l, &Style::Percent(2)),
        Shown::Count => format(v, l, &Style::Number(0)),
    }
}

/// What a checklist answer does to the numbers, in `l`: the statement of its effect code
/// with the effect's values, and "not counted" when the deployment model ignores it.
pub fn effect_text(e: &ChecklistEffect, currency: &str, l: Locale) -> String {
    use DecideText as D;
    use EffectKind as K;
    use Shown::{Count, Money, Percent};
    let (text, before, after) = match e.effect {
        K::OpenQuestion => (D::EffOpen, Money, Money),
        K::Recorded => (D::EffRecorded, Money, Money),
        K::NeedsValue => (D::EffNeedsValue, Money, Money),
        K::SeatsConcurrent => (D::EffSeatsConcurrent, Percent, Percent),
        K::SeatsNamed => (D::EffSeatsNamed, Money, Money),
        K::RenewalUpliftSet => (D::EffUpliftSet, Percent, Percent),
        K::RenewalUpliftKept => (D::EffUpliftKept, Percent, Percent),
        K::MinimumTermSet => (D::EffTermSet, Count, Count),
        K::MigrationFeeSet => (D::EffMigrationSet, Money, Money),
        K::MigrationFeeRemoved => (D::EffMigrationRemoved, Money, Money),
        K::MigrationFeeKept => (D::EffMigrationKept, Money, Money),
        K::MigrationFeeEstimated => (D::EffMigrationEstimated, Money, Money),
        K::AddOnAdded => (D::EffAddOn, Money, Money),
        K::PerSeatAddOnAdded => (D::EffPerSeatAddOn, Money, Money),
        K::SupportFeeAdded => (D::EffSupport, Money, Money),
        K::TrainingFeeAdded => (D::EffTraining, Money, Money),
        K::ContactTiersSet => (D::EffTiers, Count, Money),
        K::ContactLimitRemoved => (D::EffNoLimit, Money, Money),
        K::ExitFeeAdded => (D::EffExitFee, Money, Money),
    };
    let mut out = text
        .text(l)
        .replace("{before}", &show(e.before, before, currency, l))
        .replace("{after}", &show(e.after, after, currency, l));
    if !e.counted {
        out.push(' ');
        out.push_str(D::EffNotCounted.text(l));
    }
    out
}

/// A requirement's text as shown: the person's own, or — for an unedited starter item — the
/// starter text in `l`. Always plain text (shown as a text node or an input's value).
pub fn requirement_text(r: &Requirement, l: Locale) -> String {
    if !r.text.is_empty() {
        return r.text.clone();
    }
    StarterRequirement::from_code(&r.id)
        .map(|s| starter_text(s, l).to_string())
        .unwrap_or_default()
}
