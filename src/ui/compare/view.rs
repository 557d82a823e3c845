//! The compare view: shown instead of the planner while the address is `#compare` or a compare
//! link (the stylesheet hides the planner's `main` after an open compare view). It lays out the
//! picker and quick compare, the baseline, what the engine could not compare and why, and the
//! comparison: figures, charts, break-even, breakdowns, the SaaS reference, link, CSV and print.

use std::sync::Arc;

use leptos::prelude::*;
use truecost_model::compare::CompareError;
use truecost_model::{Category, Phase, Quadrant};

use super::break_even::BreakEvenList;
use super::figures::FiguresTable;
use super::picker::Picker;
use super::quick::QuickCompare;
use super::saas::SaasReference;
use super::shared::SharedBanner;
use super::state::Cmp;
use super::table::{FIGURES, Row};
use super::travel::Travel;
use crate::i18n::{Cx, DecideText, Locale, Msg, scenario_error};
use crate::ui::charts::{CostFitChart, Item, OptionLinesChart, indexed, text, when};
use crate::ui::fields::{Planner, lt};
use crate::ui::library::Library;

/// Why there is no comparison, in the reader's language.
fn problem_text(cmp: Cmp, e: &CompareError, l: Locale) -> String {
    match e {
        CompareError::Currencies { currencies } => Cx::Currencies
            .text(l)
            .replace("{list}", &currencies.join(", ")),
        CompareError::Invalid { option, error, .. } => format!(
            "{} {}",
            Cx::Invalid.text(l).replace("{a}", &cmp.label(*option)),
            scenario_error(error, l)
        ),
        CompareError::TooLarge => Cx::TooLargeToCompare.text(l).to_owned(),
        // Count, baseline and horizons cannot happen here (the page picks 2–4, keeps the
        // baseline among them and compares scenarios over the shortest horizon).
        _ => Cx::PickTwo.text(l).to_owned(),
    }
}

/// The notes on horizons: compared over the shortest, and each longer option's own.
fn horizon_notes(cmp: Cmp, l: Locale) -> Vec<String> {
    cmp.comparison.with(|c| {
        let Some(c) = c.as_ref().filter(|c| c.horizon_shortened) else {
            return Vec::new();
        };
        let mut out = vec![
            Cx::Shortened
                .text(l)
                .replace("{n}", &c.horizon.get().to_string()),
        ];
        out.extend(
            c.options
                .iter()
                .enumerate()
                .filter(|(_, o)| o.own_horizon != c.horizon)
                .map(|(i, o)| {
                    Cx::OwnHorizon
                        .text(l)
                        .replace("{a}", &cmp.label(i))
                        .replace("{n}", &o.own_horizon.get().to_string())
                }),
        );
        out
    })
}

/// The compare view (`data-testid="compare-view"`); mounted by the app shell, hidden until the
/// address asks for it.
#[component]
pub fn CompareView() -> impl IntoView {
    let cmp = Cmp::new(Library::get(), Planner::get());
    provide_context(cmp);
    let locale = cmp.planner.locale;
    cmp.follow_address();
    let listener = window_event_listener(leptos::ev::hashchange, move |_| cmp.follow_address());
    on_cleanup(move || listener.remove());

    let count = Memo::new(move |_| cmp.scenarios.with(Vec::len));
    let problem = move || {
        let l = locale.get();
        cmp.outcome.with(|o| match o {
            None if cmp.shared.with(Option::is_none) => Some(Cx::PickTwo.text(l).to_owned()),
            Some(Err(e)) => Some(problem_text(cmp, e, l)),
            _ => None,
        })
    };
    let baseline_option: Item = Arc::new(move |i: usize| {
        view! {
            <option value=i.to_string() selected=move || cmp.baseline.get() == i>
                {text(move || cmp.label(i))}
            </option>
        }
        .into_any()
    });
    let on_baseline = move |ev: leptos::ev::Event| {
        if let Ok(i) = event_target_value(&ev).parse::<usize>() {
            cmp.baseline.set(i);
        }
    };
    let has = Memo::new(move |_| cmp.comparison.with(Option::is_some));
    let open = Memo::new(move |_| cmp.open.get());
    let picking = Memo::new(move |_| cmp.shared.with(Option::is_none));
    let two = Memo::new(move |_| count.get() >= 2);
    let loc = Signal::derive(move || locale.get());
    view! {
        <section class="panel full compare-view" hidden=move || !cmp.open.get() data-testid="compare-view" aria-labelledby="compare-title">
            <div class="compare-head">
                <h2 id="compare-title">{lt(Cx::CompareTitle)}</h2>
                <button type="button" class="no-print" data-testid="compare-back" on:click=move |_| cmp.close()>
                    {lt(DecideText::BackToPlanner)}
                </button>
            </div>
            {when(
                open,
                Arc::new(move || {
                    view! {
                        <p class="explain no-print">{lt(Cx::CompareHelp)}</p>
                        <SharedBanner />
                        <div class="compare-choose no-print" hidden=move || !picking.get()>
                            {when(picking, Arc::new(|| view! { <Picker /> <QuickCompare /> }.into_any()))}
                        </div>
                        <label class="field compare-baseline no-print" hidden=move || !two.get()>
                            <span class="label">{lt(Cx::Baseline)}</span>
                            <select data-testid="compare-baseline" on:change=on_baseline>
                                {indexed(count, baseline_option.clone())}
                            </select>
                        </label>
                        {move || {
                            problem()
                                .map(|text| {
                                    view! { <p class="banner warn" role="status" data-testid="compare-problem">{text}</p> }
                                })
                        }}
                        {when(has, Arc::new(move || comparison(cmp, loc)))}
                    }
                    .into_any()
                }),
            )}
        </section>
    }
}

/// The comparison itself: notes, figures, charts, break-even, breakdowns, the SaaS reference,
/// and the link, CSV and print buttons.
fn comparison(cmp: Cmp, loc: Signal<Locale>) -> AnyView {
    let notes = move || {
        horizon_notes(cmp, loc.get())
            .into_iter()
            .map(|n| view! { <li>{n}</li> })
            .collect_view()
    };
    view! {
        <ul class="compare-notes" data-testid="compare-notes">{notes}</ul>
        <FiguresTable rows=FIGURES.into_iter().map(Row::Head).collect() testid="compare-figures" title=Cx::Heading />
        <p class="explain">{lt(Cx::DiffHelp)}</p>
        <div class="compare-charts">
            <OptionLinesChart comparison=cmp.comparison labels=cmp.labels locale=loc />
            <CostFitChart comparison=cmp.comparison labels=cmp.labels locale=loc />
        </div>
        <BreakEvenList />
        <FiguresTable
            rows=Category::ALL.iter().map(|&c| Row::Category(c)).collect()
            testid="compare-categories"
            title=Msg::ByCategory
        />
        <FiguresTable
            rows=Quadrant::ALL.iter().map(|&q| Row::Quadrant(q)).collect()
            testid="compare-quadrants"
            title=Cx::ByQuadrant
        />
        <FiguresTable rows=Phase::ALL.iter().map(|&p| Row::Phase(p)).collect() testid="compare-phases" title=Msg::ByPhase />
        <SaasReference />
        <Travel />
    }
    .into_any()
}
