//! The results panel: headline figures with one-line explanations (and the TCO spoken to screen
//! readers after edits), the sticky summary, the hidden-cost insight, breakdowns by quadrant,
//! category and phase, the year-by-year table and the charts. Everything shown is read from the
//! engine's [`Results`]; nothing is computed here.
//!
//! Rendering is per value: the structure is built once (rows per period are keyed), and every
//! figure is a text or attribute bound to a closure that reads the one results memo with
//! `.with` — never a clone — so an edit writes only the figures whose text changed.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::ui::fields::{lt, mt};
use rust_decimal::Decimal;
use truecost_model::{Category, IrrNote, Phase, Quadrant, Results, ScenarioError};

use crate::i18n::format::{Style, format};
use crate::i18n::{Hx, Label, Locale, Msg, Rx, category, phase, quadrant};
use crate::ui::charts::{CostBars, CumulativeChart, Item, QuadrantBar, indexed, text};
use crate::ui::fields::Planner;
use crate::ui::stage;

/// The results shown: the newest that could be computed (none before the first).
pub type Shown = Memo<Option<Results>>;

/// The page's results, as context: whoever shows a figure of the open scenario reads them
/// instead of evaluating it again.
#[derive(Clone, Copy)]
pub struct Current(pub Shown);

/// Formats money in whole units of the results' currency.
fn money(r: &Results, v: Decimal, l: Locale) -> String {
    format(v, l, &Style::Money(r.currency.as_str().to_string()))
}

/// Formats a ratio as a percentage.
fn percent(v: Decimal, l: Locale) -> String {
    format(v, l, &Style::Percent(1))
}

/// A figure of the results as text, "" while there are none. One function (a plain `fn` for
/// the figure) serves every headline, so the wasm holds one copy of the closure.
fn figure(results: Shown, f: fn(&Results, Locale) -> String) -> Signal<String> {
    let locale = Planner::get().locale;
    text(move || {
        let l = locale.get();
        results.with(|r| r.as_ref().map(|r| f(r, l)).unwrap_or_default())
    })
}

/// The amount at position `i` of a breakdown (`amount(r, i)`), as money, or — when `share` —
/// as its share of the TCO.
fn cell(
    results: Shown,
    i: usize,
    amount: fn(&Results, usize) -> Decimal,
    share: bool,
) -> Signal<String> {
    let locale = Planner::get().locale;
    text(move || {
        let l = locale.get();
        results.with(|r| {
            r.as_ref()
                .map(|r| {
                    let v = amount(r, i);
                    if !share {
                        money(r, v, l)
                    } else if r.totals.tco.is_zero() {
                        percent(Decimal::ZERO, l)
                    } else {
                        percent(v / r.totals.tco, l)
                    }
                })
                .unwrap_or_default()
        })
    })
}

/// The results, or the reason they cannot be computed (with the last good ones kept).
/// Headline figures and the hidden-cost insight come first; then, one per stage of the page's
/// start-up (each in a task of its own after the first paint): the cost chart, the cumulative
/// chart, the tables and warnings.
#[component]
pub fn ResultsPanel(
    /// The engine's answer for the current scenario.
    evaluated: Memo<Result<Results, ScenarioError>>,
    /// The newest results that could be computed.
    last_good: Shown,
    /// The start-up stage the page has reached (see [`crate::ui::stage`]): the hidden costs
    /// from [`stage::HIDDEN_COSTS`], the cost chart from [`stage::COST_CHART`], and so on;
    /// without one, everything at once.
    #[prop(optional, into)]
    stage: Option<Signal<u8>>,
) -> impl IntoView {
    let locale = Planner::get().locale;
    let has_results = Memo::new(move |_| last_good.with(Option::is_some));
    let problem = move || {
        evaluated.with(|e| {
            e.as_ref().err().map(|err| {
                let l = locale.get();
                view! {
                    <div class="banner error" role="alert" data-testid="results-error">
                        <p>{Msg::ProblemTitle.text(l)}</p>
                        <ul>
                            {err
                                .errors
                                .iter()
                                .map(|f| view! { <li>{crate::i18n::field_error(f, l)}</li> })
                                .collect_view()}
                        </ul>
                        <p data-testid="results-error-note">
                            {if has_results.get() {
                                Msg::StaleNote.text(l)
                            } else {
                                Hx::NoResults.text(l)
                            }}
                        </p>
                    </div>
                }
            })
        })
    };
    let from = move |n: u8| move || stage.is_none_or(|s| s.get() >= n);
    let loc = Signal::derive(move || locale.get());
    view! {
        {problem}
        <Show when=move || has_results.get()>
            <Headline results=last_good />
            <Show when=from(stage::HIDDEN_COSTS)>
                <HiddenCosts results=last_good />
                <Show when=from(stage::COST_CHART)>
                    <PrintSummary />
                    <crate::ui::decide::DecideResultsMount results=last_good />
                    <CostBars results=last_good locale=loc />
                    <Show when=from(stage::CUMULATIVE)>
                        <CumulativeChart results=last_good locale=loc />
                        <Show when=from(stage::BREAKDOWNS)>
                            <crate::ui::uncertainty::UncertaintyMount />
                            <Breakdowns results=last_good />
                            <Show when=from(stage::YEAR_TABLE)>
                                <YearTable results=last_good />
                                <Warnings results=last_good />
                            </Show>
                        </Show>
                    </Show>
                </Show>
            </Show>
        </Show>
    }
}

/// One headline figure with its plain explanation.
#[component]
fn Card(
    /// Test id.
    testid: &'static str,
    /// The figure's name.
    #[prop(into)]
    name: Signal<&'static str>,
    /// The figure, formatted.
    #[prop(into)]
    value: Signal<String>,
    /// The raw value for machines (tests, export); empty when not applicable.
    #[prop(into)]
    raw: Signal<String>,
    /// One line of explanation.
    #[prop(into)]
    explain: Signal<String>,
) -> impl IntoView {
    view! {
        <div class="card" data-testid=testid>
            <div class="name">{name}</div>
            <div class="value num" data-testid=format!("{testid}-value") data-value=raw>
                {value}
            </div>
            <p class="explain">{explain}</p>
        </div>
    }
}

/// The raw value of an optional figure, "" when there is none.
fn raw(results: Shown, f: fn(&Results) -> Option<Decimal>) -> Signal<String> {
    Signal::derive(move || {
        results.with(|r| {
            r.as_ref()
                .and_then(f)
                .map(|v| v.to_string())
                .unwrap_or_default()
        })
    })
}

/// The TCO in whole units.
fn tco_text(r: &Results, l: Locale) -> String {
    money(r, r.totals.tco, l)
}

/// The cost per user-month with cents, or "n/a".
fn per_user_month_text(r: &Results, l: Locale) -> String {
    match r.totals.tco_per_user_month {
        Some(v) => format(v, l, &Style::MoneyCents(r.currency.as_str().to_string())),
        None => Msg::NotAvailable.text(l).to_string(),
    }
}

/// The NPV in whole units.
fn npv_text(r: &Results, l: Locale) -> String {
    money(r, r.totals.npv, l)
}

/// The payback in months, or that it is not within the horizon.
fn payback_text(r: &Results, l: Locale) -> String {
    match r.totals.payback_months {
        Some(m) => Msg::PaybackMonths
            .text(l)
            .replace("{m}", &format(m, l, &Style::Number(1))),
        None => Msg::NoPaybackInHorizon.text(l).to_string(),
    }
}

/// TCO, cost per user-month, NPV, ROI, payback and IRR; after an edit, the new TCO is spoken
/// once typing pauses (a polite live region).
#[component]
fn Headline(results: Shown) -> impl IntoView {
    let locale = Planner::get().locale;
    let tco_figure = figure(results, tco_text);
    let tco = Memo::new(move |_| tco_figure.get());
    let text = |m: Msg| Signal::derive(mt(m));
    let fig = |f: fn(&Results, Locale) -> String| figure(results, f);
    let txt = move |m: Msg| Signal::derive(move || m.text(locale.get()).to_string());
    view! {
        <div class="cards">
            <Card
                testid="headline-tco"
                name=text(Msg::Tco)
                value=tco
                raw=raw(results, |r| Some(r.totals.tco))
                explain=fig(|r, l| {
                    Msg::TcoExplain.text(l).replace("{n}", &r.horizon.get().to_string())
                })
            />
            <Card
                testid="headline-per-user-month"
                name=text(Msg::PerUserMonth)
                value=fig(per_user_month_text)
                raw=raw(results, |r| r.totals.tco_per_user_month)
                explain=txt(Msg::PerUserMonthExplain)
            />
            <Card
                testid="headline-npv"
                name=text(Msg::Npv)
                value=fig(npv_text)
                raw=raw(results, |r| Some(r.totals.npv))
                explain=fig(|r, l| {
                    Msg::NpvExplain.text(l).replace("{r}", &percent(r.totals.nominal_discount_rate, l))
                })
            />
            <Card
                testid="headline-roi"
                name=text(Msg::Roi)
                value=fig(|r, l| match r.totals.roi_simple {
                    Some(v) => percent(v, l),
                    None => Msg::NotAvailable.text(l).to_string(),
                })
                raw=raw(results, |r| r.totals.roi_simple)
                explain=fig(|r, l| {
                    let risk = r
                        .totals
                        .roi_risk_adjusted
                        .map(|v| percent(v, l))
                        .unwrap_or_else(|| Msg::NotAvailable.text(l).to_string());
                    format!("{} {}", Msg::RoiExplain.text(l), Msg::RoiRisk.text(l).replace("{v}", &risk))
                })
            />
            <Card
                testid="headline-payback"
                name=text(Msg::Payback)
                value=fig(payback_text)
                raw=raw(results, |r| r.totals.payback_months)
                explain=txt(Msg::PaybackExplain)
            />
            <Card
                testid="headline-irr"
                name=text(Msg::Irr)
                value=fig(|r, l| match (r.totals.irr, r.totals.irr_note) {
                    (Some(v), _) => percent(v, l),
                    (None, Some(IrrNote::NoSignChange)) => Msg::IrrNoSignChange.text(l).to_string(),
                    (None, Some(IrrNote::MultipleSignChanges)) => Msg::IrrMultiple.text(l).to_string(),
                    (None, _) => Msg::IrrNoConverge.text(l).to_string(),
                })
                raw=raw(results, |r| r.totals.irr)
                explain=txt(Msg::IrrExplain)
            />
        </div>
        <Announcer tco=tco locale=locale />
    }
}

/// How long the TCO must stay unchanged before it is spoken: one announcement per typing pause.
const ANNOUNCE_AFTER: Duration = Duration::from_millis(1200);

/// A visually hidden polite live region that speaks the new TCO once edits pause (never at
/// start-up, never on a language switch alone).
#[component]
fn Announcer(tco: Memo<String>, locale: RwSignal<Locale>) -> impl IntoView {
    let spoken = RwSignal::new(String::new());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |previous: Option<(String, Locale)>| {
        let (text, l) = (tco.get(), locale.get());
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        if previous.is_some_and(|(t, pl)| t != text && pl == l) && !text.is_empty() {
            let say = Rx::TcoNow.text(l).replace("{v}", &text);
            pending
                .set_value(set_timeout_with_handle(move || spoken.set(say), ANNOUNCE_AFTER).ok());
        }
        (text, l)
    });
    on_cleanup(move || {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
    });
    view! {
        <p class="visually-hidden" aria-live="polite" data-testid="tco-announcement">
            {move || spoken.get()}
        </p>
    }
}

/// TCO, cost per user-month, NPV and payback in one slim bar that stays in view (sticky) while
/// the editor scrolls, on desktop and phone.
#[component]
pub fn SummaryBar(
    /// The newest results that could be computed.
    results: Shown,
) -> impl IntoView {
    let locale = Planner::get().locale;
    let item = move |name: Msg, value: fn(&Results, Locale) -> String, id: &'static str| {
        view! {
            <div class="summary-item" data-testid=id>
                <span class="summary-name">{mt(name)}</span>
                <span class="summary-value num">{figure(results, value)}</span>
            </div>
        }
    };
    view! {
        <section
            class="summary-bar no-print"
            data-testid="summary-bar"
            aria-label=move || Rx::Summary.text(locale.get())
        >
            {item(Msg::Tco, tco_text, "summary-tco")}
            {item(Msg::PerUserMonth, per_user_month_text, "summary-per-user-month")}
            {item(Msg::Npv, npv_text, "summary-npv")}
            {item(Msg::Payback, payback_text, "summary-payback")}
        </section>
    }
}

/// The central insight: the share of hidden costs, and the four quadrants.
#[component]
fn HiddenCosts(results: Shown) -> impl IntoView {
    let locale = Planner::get().locale;
    let sentence = figure(results, |r, l| {
        let share = r.totals.hidden_share.unwrap_or(Decimal::ZERO);
        Msg::HiddenSentence
            .text(l)
            .replace("{p}", &format(share, l, &Style::Percent(0)))
            .replace("{n}", &r.horizon.get().to_string())
    });
    let loc = Signal::derive(move || locale.get());
    let quadrant_amount = |r: &Results, i: usize| {
        Quadrant::ALL
            .get(i)
            .and_then(|q| r.totals.by_quadrant.get(q))
            .copied()
            .unwrap_or_default()
    };
    let rows = Quadrant::ALL
        .iter()
        .enumerate()
        .map(|(i, &q)| {
            view! {
                <tr class=if q.is_hidden() { "hidden-row" } else { "" }>
                    <td>{mt(quadrant(q))}</td>
                    <td class="num">{cell(results, i, quadrant_amount, false)}</td>
                    <td class="num">{cell(results, i, quadrant_amount, true)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="result-block hidden-costs" aria-labelledby="hidden-title">
            <h3 id="hidden-title">{mt(Msg::HiddenTitle)}</h3>
            <p class="insight" data-testid="hidden-sentence">{sentence}</p>
            <QuadrantBar results=results locale=loc />
            <div class="table-scroll quadrant-table">
                <table data-testid="quadrant-table" id="quadrant-table">
                    <thead>
                        <tr>
                            <th>{mt(Msg::QuadrantCol)}</th>
                            <th>{mt(Msg::AmountCol)}</th>
                            <th>{mt(Msg::ShareCol)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// A breakdown table: one row per name, its amount and share of TCO.
fn breakdown(
    results: Shown,
    names: Vec<Msg>,
    amount: fn(&Results, usize) -> Decimal,
    first: Msg,
    testid: &'static str,
    marks: bool,
) -> impl IntoView {
    let rows = names
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            view! {
                <tr>
                    <td>{mt(name)}{marks.then(|| view! { <crate::ui::decide::CategoryMark results=results index=i /> })}</td>
                    <td class="num">{cell(results, i, amount, false)}</td>
                    <td class="num">{cell(results, i, amount, true)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table data-testid=testid id=testid>
            <thead>
                <tr>
                    <th>{lt(first)}</th>
                    <th>{mt(Msg::AmountCol)}</th>
                    <th>{mt(Msg::ShareCol)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Amount and share of TCO per category and per phase.
#[component]
fn Breakdowns(results: Shown) -> impl IntoView {
    let by_category = |r: &Results, i: usize| {
        Category::ALL
            .get(i)
            .and_then(|c| r.totals.by_category.get(c))
            .copied()
            .unwrap_or_default()
    };
    let by_phase = |r: &Results, i: usize| {
        Phase::ALL
            .get(i)
            .and_then(|p| r.totals.by_phase.get(p))
            .copied()
            .unwrap_or_default()
    };
    view! {
        <section class="result-block two-tables">
            <div>
                <h3>{mt(Msg::ByCategory)}</h3>
                <div class="table-scroll">
                    {breakdown(
                        results,
                        Category::ALL.iter().map(|&c| category(c)).collect(),
                        by_category,
                        Msg::CategoryCol,
                        "category-table",
                        true,
                    )}
                </div>
            </div>
            <div>
                <h3>{mt(Msg::ByPhase)}</h3>
                <div class="table-scroll">
                    {breakdown(
                        results,
                        Phase::ALL.iter().map(|&p| phase(p)).collect(),
                        by_phase,
                        Msg::PhaseCol,
                        "phase-table",
                        false,
                    )}
                </div>
            </div>
        </section>
    }
}

/// Initial period and years 1..N: costs, benefits, net, cumulative net. One keyed row per
/// period: a change of horizon adds or removes rows, an edit only rewrites changed cells.
#[component]
fn YearTable(results: Shown) -> impl IntoView {
    let locale = Planner::get().locale;
    let periods = Memo::new(move |_| results.with(|r| r.as_ref().map_or(0, |r| r.years.len())));
    let row: Item = Arc::new(move |p: usize| {
        let period = text(move || {
            let l = locale.get();
            if p == 0 {
                Msg::PeriodInitial.text(l).to_string()
            } else {
                Msg::PeriodYearN.text(l).replace("{n}", &p.to_string())
            }
        });
        view! {
            <tr data-testid="year-row">
                <td>{period}</td>
                <td class="num">{cell(results, p, |r, i| r.years.get(i).map_or(Decimal::ZERO, |y| y.costs), false)}</td>
                <td class="num">{cell(results, p, |r, i| r.years.get(i).map_or(Decimal::ZERO, |y| y.benefits), false)}</td>
                <td class="num">{cell(results, p, |r, i| r.years.get(i).map_or(Decimal::ZERO, |y| y.net), false)}</td>
                <td class="num">{cell(results, p, |r, i| r.years.get(i).map_or(Decimal::ZERO, |y| y.cumulative_net), false)}</td>
            </tr>
        }
        .into_any()
    });
    let th = move |m: Msg| view! { <th>{lt(m)}</th> };
    view! {
        <section class="result-block">
            <h3>{mt(Msg::YearByYear)}</h3>
            <div class="table-scroll">
                <table data-testid="year-table" id="year-table">
                    <thead>
                        <tr>
                            {th(Msg::PeriodCol)}
                            {th(Msg::Costs)}
                            {th(Msg::Benefits)}
                            {th(Msg::NetCol)}
                            {th(Msg::CumulativeCol)}
                        </tr>
                    </thead>
                    <tbody>
                        {indexed(periods, row)}
                    </tbody>
                    <tfoot>
                        <tr class="total-row">
                            <th scope="row">{mt(Msg::TotalRow)}</th>
                            <td class="num">{cell(results, 0, |r, _| r.totals.tco, false)}</td>
                            <td class="num">{cell(results, 0, |r, _| r.totals.total_benefits, false)}</td>
                            <td class="num">{cell(results, 0, |r, _| r.totals.net, false)}</td>
                            <td></td>
                        </tr>
                    </tfoot>
                </table>
            </div>
        </section>
    }
}

/// Things the engine wants the person to know (e.g. contacts beyond the last volume tier).
/// Rebuilt only when the warnings themselves change.
#[component]
fn Warnings(results: Shown) -> impl IntoView {
    let locale = Planner::get().locale;
    let warnings = Memo::new(move |_| {
        results.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.warnings
                        .iter()
                        .map(|w| (w.code.clone(), w.message.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    move || {
        warnings.with(|ws| {
            (!ws.is_empty()).then(|| {
                let l = locale.get();
                view! {
                    <section class="result-block warnings" data-testid="warnings">
                        <h3>{Msg::Warnings.text(l)}</h3>
                        <ul>
                            {ws
                                .iter()
                                .map(|(code, message)| {
                                    let known = match code.as_str() {
                                        "custom_amounts_beyond_horizon" => Some(Msg::WarnAmountsBeyondHorizon),
                                        "support_fee_without_tier" => Some(Msg::WarnSupportFeeWithoutTier),
                                        "contacts_beyond_last_tier" => Some(Msg::WarnContactsBeyondLastTier),
                                        _ => None,
                                    };
                                    let text = known
                                        .map(|m| m.text(l).to_string())
                                        .or_else(|| results.with_untracked(|r| crate::ui::decide::warning_text(code, r.as_ref()?, l)))
                                        .unwrap_or_else(|| message.clone());
                                    view! { <li data-code=code.clone()>{text}</li> }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })
        })
    }
}

/// The key inputs, shown only on paper (the editor itself is not printed); one row per input,
/// each value updated in place.
#[component]
fn PrintSummary() -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let locale = planner.locale;
    type Value = fn(&truecost_model::Scenario, Locale) -> String;
    let items: [(Label, Value); 8] = [
        (Label::ScenarioName, |s, _| s.name.clone()),
        (Label::Users, |s, _| s.organisation.users.get().to_string()),
        (Label::DeploymentModel, |s, l| {
            crate::ui::editor::deployment_choices()
                .into_iter()
                .find(|(m, _)| *m == s.deployment.model)
                .map(|(_, t)| t.text(l))
                .unwrap_or_default()
                .to_string()
        }),
        (Label::SeatPrice, |s, l| {
            format(
                s.pricing.seat_price_per_month.get(),
                l,
                &Style::MoneyCents(s.currency.as_str().to_string()),
            )
        }),
        (Label::Horizon, |s, l| {
            format!("{} {}", s.horizon.get(), Label::UnitYears.text(l))
        }),
        (Label::DiscountRate, |s, l| {
            percent(s.finance.discount_rate.get(), l)
        }),
        (Label::Inflation, |s, l| {
            percent(s.finance.inflation.get(), l)
        }),
        (Label::Contingency, |s, l| {
            percent(s.project.contingency.get(), l)
        }),
    ];
    let rows = items
        .into_iter()
        .map(|(label, value)| {
            let text = move || {
                let l = locale.get();
                scenario.with(|s| value(s, l))
            };
            view! { <tr><th scope="row">{lt(label)}</th><td>{text}</td></tr> }
        })
        .collect_view();
    view! {
        <section class="print-only print-summary">
            <h3>{mt(Msg::Inputs)}</h3>
            <table>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
