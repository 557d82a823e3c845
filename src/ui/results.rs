//! The results panel: headline figures with one-line explanations, the hidden-cost insight,
//! breakdowns by quadrant, category and phase, the year-by-year table and the charts.
//! Everything shown is read from the engine's [`Results`]; nothing is computed here.

use leptos::prelude::*;

use crate::ui::fields::{lt, mt};
use rust_decimal::Decimal;
use truecost_model::{Category, IrrNote, Phase, Quadrant, Results, ScenarioError};

use crate::i18n::format::{Style, format};
use crate::i18n::{Hx, Label, Locale, Msg, category, phase, quadrant};
use crate::ui::charts::{CostBars, CumulativeChart, QuadrantBar};
use crate::ui::fields::Planner;

/// Formats money in whole units of the results' currency.
fn money(r: &Results, v: Decimal, l: Locale) -> String {
    format(v, l, &Style::Money(r.currency.as_str().to_string()))
}

/// Formats a ratio as a percentage.
fn percent(v: Decimal, l: Locale) -> String {
    format(v, l, &Style::Percent(1))
}

/// The results, or the reason they cannot be computed (with the last good ones kept).
#[component]
pub fn ResultsPanel(
    /// The engine's answer for the current scenario.
    evaluated: Memo<Result<Results, ScenarioError>>,
    /// The newest results that could be computed.
    last_good: Memo<Option<Results>>,
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
                                .map(|f| view! { <li>{format!("{}: {}", f.path, f.message)}</li> })
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
    let body = move || {
        has_results.get().then(|| {
            last_good.get_untracked().map(|first| {
                let results =
                    Signal::derive(move || last_good.get().unwrap_or_else(|| first.clone()));
                let loc = Signal::derive(move || locale.get());
                view! {
                    <PrintSummary />
                    <Headline results=results />
                    <HiddenCosts results=results />
                    <CostBars results=results locale=loc />
                    <CumulativeChart results=results locale=loc />
                    <Breakdowns results=results />
                    <YearTable results=results />
                    <Warnings results=results />
                }
            })
        })
    };
    view! {
        {problem}
        {body}
    }
}

/// One headline figure with its plain explanation.
#[component]
fn Card(
    /// Test id.
    testid: &'static str,
    /// The figure's name.
    name: Signal<String>,
    /// The figure, formatted.
    value: Signal<String>,
    /// The raw value for machines (tests, export); empty when not applicable.
    raw: Signal<String>,
    /// One line of explanation.
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

/// TCO, cost per user-month, NPV, ROI, payback and IRR.
#[component]
fn Headline(results: Signal<Results>) -> impl IntoView {
    let locale = Planner::get().locale;
    let text = move |m: Msg| Signal::derive(move || m.text(locale.get()).to_string());
    let with = move |f: fn(&Results, Locale) -> String| {
        Signal::derive(move || results.with(|r| f(r, locale.get())))
    };
    let raw = move |f: fn(&Results) -> Option<Decimal>| {
        Signal::derive(move || results.with(|r| f(r).map(|v| v.to_string()).unwrap_or_default()))
    };
    view! {
        <div class="cards">
            <Card
                testid="headline-tco"
                name=text(Msg::Tco)
                value=with(|r, l| money(r, r.totals.tco, l))
                raw=raw(|r| Some(r.totals.tco))
                explain=with(|r, l| {
                    Msg::TcoExplain.text(l).replace("{n}", &r.horizon.get().to_string())
                })
            />
            <Card
                testid="headline-per-user-month"
                name=text(Msg::PerUserMonth)
                value=with(|r, l| match r.totals.tco_per_user_month {
                    Some(v) => format(v, l, &Style::MoneyCents(r.currency.as_str().to_string())),
                    None => Msg::NotAvailable.text(l).to_string(),
                })
                raw=raw(|r| r.totals.tco_per_user_month)
                explain=text(Msg::PerUserMonthExplain)
            />
            <Card
                testid="headline-npv"
                name=text(Msg::Npv)
                value=with(|r, l| money(r, r.totals.npv, l))
                raw=raw(|r| Some(r.totals.npv))
                explain=with(|r, l| {
                    Msg::NpvExplain.text(l).replace("{r}", &percent(r.totals.nominal_discount_rate, l))
                })
            />
            <Card
                testid="headline-roi"
                name=text(Msg::Roi)
                value=with(|r, l| match r.totals.roi_simple {
                    Some(v) => percent(v, l),
                    None => Msg::NotAvailable.text(l).to_string(),
                })
                raw=raw(|r| r.totals.roi_simple)
                explain=with(|r, l| {
                    let risk = r
                        .totals
                        .roi_risk_adjusted
                        .map(|v| percent(v, l))
                        .unwrap_or_else(|| Msg::NotAvailable.text(l).to_string());
                    format!(
                        "{} {}",
                        Msg::RoiExplain.text(l),
                        Msg::RoiRisk.text(l).replace("{v}", &risk),
                    )
                })
            />
            <Card
                testid="headline-payback"
                name=text(Msg::Payback)
                value=with(|r, l| match r.totals.payback_months {
                    Some(m) => {
                        Msg::PaybackMonths.text(l).replace("{m}", &format(m, l, &Style::Number(1)))
                    }
                    None => Msg::NoPaybackInHorizon.text(l).to_string(),
                })
                raw=raw(|r| r.totals.payback_months)
                explain=text(Msg::PaybackExplain)
            />
            <Card
                testid="headline-irr"
                name=text(Msg::Irr)
                value=with(|r, l| match (r.totals.irr, r.totals.irr_note) {
                    (Some(v), _) => percent(v, l),
                    (None, Some(IrrNote::NoSignChange)) => Msg::IrrNoSignChange.text(l).to_string(),
                    (None, Some(IrrNote::MultipleSignChanges)) => Msg::IrrMultiple.text(l).to_string(),
                    (None, _) => Msg::IrrNoConverge.text(l).to_string(),
                })
                raw=raw(|r| r.totals.irr)
                explain=text(Msg::IrrExplain)
            />
        </div>
    }
}

/// The central insight: the share of hidden costs, and the four quadrants.
#[component]
fn HiddenCosts(results: Signal<Results>) -> impl IntoView {
    let locale = Planner::get().locale;
    let sentence = move || {
        results.with(|r| {
            let l = locale.get();
            let share = r.totals.hidden_share.unwrap_or(Decimal::ZERO);
            Msg::HiddenSentence
                .text(l)
                .replace("{p}", &format(share, l, &Style::Percent(0)))
                .replace("{n}", &r.horizon.get().to_string())
        })
    };
    let rows = move || {
        results.with(|r| {
            let l = locale.get();
            Quadrant::ALL
                .iter()
                .map(|&q| {
                    let amount = r.totals.by_quadrant.get(&q).copied().unwrap_or_default();
                    let share = if r.totals.tco.is_zero() {
                        Decimal::ZERO
                    } else {
                        amount / r.totals.tco
                    };
                    view! {
                        <tr class=if q.is_hidden() { "hidden-row" } else { "" }>
                            <td>{quadrant(q).text(l)}</td>
                            <td class="num">{money(r, amount, l)}</td>
                            <td class="num">{percent(share, l)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let loc = Signal::derive(move || locale.get());
    view! {
        <section class="result-block" aria-labelledby="hidden-title">
            <h3 id="hidden-title">{mt(Msg::HiddenTitle)}</h3>
            <p class="insight" data-testid="hidden-sentence">{sentence}</p>
            <QuadrantBar results=results locale=loc />
            <div class="table-scroll">
                <table data-testid="quadrant-table">
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

/// Amount and share of TCO per category and per phase.
#[component]
fn Breakdowns(results: Signal<Results>) -> impl IntoView {
    let locale = Planner::get().locale;
    let table = move |rows: Vec<(Msg, Decimal)>, r: &Results, l: Locale| {
        rows.into_iter()
            .map(|(name, amount)| {
                let share = if r.totals.tco.is_zero() {
                    Decimal::ZERO
                } else {
                    amount / r.totals.tco
                };
                view! {
                    <tr>
                        <td>{name.text(l)}</td>
                        <td class="num">{money(r, amount, l)}</td>
                        <td class="num">{percent(share, l)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let by_category = move || {
        results.with(|r| {
            let rows = Category::ALL
                .iter()
                .map(|&c| {
                    (
                        category(c),
                        r.totals.by_category.get(&c).copied().unwrap_or_default(),
                    )
                })
                .collect();
            table(rows, r, locale.get())
        })
    };
    let by_phase = move || {
        results.with(|r| {
            let rows = Phase::ALL
                .iter()
                .map(|&p| {
                    (
                        phase(p),
                        r.totals.by_phase.get(&p).copied().unwrap_or_default(),
                    )
                })
                .collect();
            table(rows, r, locale.get())
        })
    };
    let head = move |first: Msg| {
        view! {
            <thead>
                <tr>
                    <th>{lt(first)}</th>
                    <th>{mt(Msg::AmountCol)}</th>
                    <th>{mt(Msg::ShareCol)}</th>
                </tr>
            </thead>
        }
    };
    view! {
        <section class="result-block two-tables">
            <div>
                <h3>{mt(Msg::ByCategory)}</h3>
                <div class="table-scroll">
                    <table data-testid="category-table">{head(Msg::CategoryCol)} <tbody>{by_category}</tbody></table>
                </div>
            </div>
            <div>
                <h3>{mt(Msg::ByPhase)}</h3>
                <div class="table-scroll">
                    <table data-testid="phase-table">{head(Msg::PhaseCol)} <tbody>{by_phase}</tbody></table>
                </div>
            </div>
        </section>
    }
}

/// Initial period and years 1..N: costs, benefits, net, cumulative net.
#[component]
fn YearTable(results: Signal<Results>) -> impl IntoView {
    let locale = Planner::get().locale;
    let rows = move || {
        results.with(|r| {
            let l = locale.get();
            r.years
                .iter()
                .map(|y| {
                    let period = if y.period == 0 {
                        Msg::PeriodInitial.text(l).to_string()
                    } else {
                        Msg::PeriodYearN
                            .text(l)
                            .replace("{n}", &y.period.to_string())
                    };
                    view! {
                        <tr data-testid="year-row">
                            <td>{period}</td>
                            <td class="num">{money(r, y.costs, l)}</td>
                            <td class="num">{money(r, y.benefits, l)}</td>
                            <td class="num">{money(r, y.net, l)}</td>
                            <td class="num">{money(r, y.cumulative_net, l)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let totals = move || {
        results.with(|r| {
            let l = locale.get();
            view! {
                <tr class="total-row">
                    <th scope="row">{Msg::TotalRow.text(l)}</th>
                    <td class="num">{money(r, r.totals.tco, l)}</td>
                    <td class="num">{money(r, r.totals.total_benefits, l)}</td>
                    <td class="num">{money(r, r.totals.net, l)}</td>
                    <td></td>
                </tr>
            }
        })
    };
    let th = move |m: Msg| view! { <th>{lt(m)}</th> };
    view! {
        <section class="result-block">
            <h3>{mt(Msg::YearByYear)}</h3>
            <div class="table-scroll">
                <table data-testid="year-table">
                    <thead>
                        <tr>
                            {th(Msg::PeriodCol)}
                            {th(Msg::Costs)}
                            {th(Msg::Benefits)}
                            {th(Msg::NetCol)}
                            {th(Msg::CumulativeCol)}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                    <tfoot>{totals}</tfoot>
                </table>
            </div>
        </section>
    }
}

/// Things the engine wants the person to know (e.g. contacts beyond the last volume tier).
#[component]
fn Warnings(results: Signal<Results>) -> impl IntoView {
    let locale = Planner::get().locale;
    move || {
        results.with(|r| {
            (!r.warnings.is_empty()).then(|| {
                view! {
                    <section class="result-block warnings" data-testid="warnings">
                        <h3>{Msg::Warnings.text(locale.get())}</h3>
                        <ul>
                            {r
                                .warnings
                                .iter()
                                .map(|w| {
                                    let known = match w.code.as_str() {
                                        "custom_amounts_beyond_horizon" => Some(Msg::WarnAmountsBeyondHorizon),
                                        "support_fee_without_tier" => Some(Msg::WarnSupportFeeWithoutTier),
                                        "contacts_beyond_last_tier" => Some(Msg::WarnContactsBeyondLastTier),
                                        _ => None,
                                    };
                                    let text = known
                                        .map(|m| m.text(locale.get()).to_string())
                                        .unwrap_or_else(|| w.message.clone());
                                    view! { <li data-code=w.code.clone()>{text}</li> }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })
        })
    }
}

/// The key inputs, shown only on paper (the editor itself is not printed).
#[component]
fn PrintSummary() -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let locale = planner.locale;
    let rows = move || {
        scenario.with(|s| {
            let l = locale.get();
            let model = crate::ui::editor::deployment_choices()
                .into_iter()
                .find(|(m, _)| *m == s.deployment.model)
                .map(|(_, t)| t.text(l))
                .unwrap_or_default();
            let pct = |v: Decimal| percent(v, l);
            let items: Vec<(Label, String)> = vec![
                (Label::ScenarioName, s.name.clone()),
                (Label::Users, s.organisation.users.get().to_string()),
                (Label::DeploymentModel, model.to_string()),
                (
                    Label::SeatPrice,
                    format(
                        s.pricing.seat_price_per_month.get(),
                        l,
                        &Style::MoneyCents(s.currency.as_str().to_string()),
                    ),
                ),
                (
                    Label::Horizon,
                    format!("{} {}", s.horizon.get(), Label::UnitYears.text(l)),
                ),
                (Label::DiscountRate, pct(s.finance.discount_rate.get())),
                (Label::Inflation, pct(s.finance.inflation.get())),
                (Label::Contingency, pct(s.project.contingency.get())),
            ];
            items
                .into_iter()
                .map(|(k, v)| view! { <tr><th scope="row">{k.text(l)}</th><td>{v}</td></tr> })
                .collect_view()
        })
    };
    view! {
        <section class="print-only print-summary">
            <h3>{mt(Msg::Inputs)}</h3>
            <table>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
