//! What the checklist and the scorecard add to the results panel — and so to the printed
//! report: the candidate's fit with the reviewers' disagreements, the open questions (answers
//! "Don't know"), and every cost line whose amount came from a checklist answer, marked, with
//! the question named. Also the fit warnings in the reader's language and the marks of the cost
//! table's rows. Everything is read from the engine's [`Results`].

use leptos::prelude::*;
use rust_decimal::Decimal;
use truecost_model::{Category, Question, Results};

use super::fit_badge::{FitBadge, FitGlance};
use super::requirement_text;
use crate::i18n::format::{Style, format};
use crate::i18n::{DecideText as D, Label, Locale, category, question_text};
use crate::ui::fields::{Planner, lt};

/// The questions whose answers set lines of category `c`, as a tooltip ("From the checklist:
/// …"); `None` when no number of that category came from the checklist.
pub fn category_mark(r: &Results, c: Category, l: Locale) -> Option<String> {
    let mut questions: Vec<Question> = Vec::new();
    for line in r.lines.iter().filter(|x| x.category == c) {
        if let Some(e) = r.line_origin(&line.id)
            && !questions.contains(&e.question)
        {
            questions.push(e.question);
        }
    }
    let names: Vec<&str> = questions.iter().map(|q| question_text(*q, l)).collect();
    (!names.is_empty()).then(|| {
        D::FromChecklistMark
            .text(l)
            .replace("{q}", &names.join(" · "))
    })
}

/// The text of a scorecard warning (`fit_below_threshold`, `fit_fails_must_have`, by its
/// code) in `l`; `None` for other codes.
pub fn warning_text(code: &str, r: &Results, l: Locale) -> Option<String> {
    let fit = r.fit.as_ref()?;
    match code {
        "fit_below_threshold" => Some(
            D::WarnFitBelow
                .text(l)
                .replace("{p}", &format(fit.fit?, l, &Style::Percent(1))),
        ),
        "fit_fails_must_have" => {
            let names = |card: &truecost_model::Scorecard| {
                fit.failed_must_haves
                    .iter()
                    .filter_map(|i| card.requirements.get(*i))
                    .map(|x| requirement_text(x, l))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            let list = use_context::<Planner>()
                .and_then(|p| p.scenario.try_with_untracked(|s| names(&s.fit)))
                .unwrap_or_default();
            Some(D::WarnFitFails.text(l).replace("{list}", &list))
        }
        _ => None,
    }
}

/// One cost line that came from a checklist answer.
#[derive(Clone, PartialEq)]
struct Marked {
    question: Question,
    category: Category,
    contingency: bool,
    total: Decimal,
}

/// The fit, the open questions and the numbers from the checklist, for the results panel.
#[component]
pub fn DecideResults(
    /// The results shown.
    #[prop(into)]
    results: Signal<Option<Results>>,
) -> impl IntoView {
    let planner = Planner::get();
    let locale = planner.locale;
    let scenario = planner.scenario;
    let glance = Memo::new(move |_| results.with(|r| r.as_ref().and_then(FitGlance::of_results)));

    let open = Memo::new(move |_| {
        results.with(|r| {
            r.as_ref()
                .map(|r| r.open_questions.clone())
                .unwrap_or_default()
        })
    });
    let currency = Memo::new(move |_| {
        results.with(|r| {
            r.as_ref()
                .map(|r| r.currency.as_str().to_string())
                .unwrap_or_default()
        })
    });
    let marked = Memo::new(move |_| {
        results.with(|r| {
            let Some(r) = r else { return Vec::new() };
            r.lines
                .iter()
                .filter_map(|line| {
                    Some(Marked {
                        question: r.line_origin(&line.id)?.question,
                        category: line.category,
                        contingency: line.id.ends_with(".contingency"),
                        total: line.total,
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    // "Requirement: low reviewers ↔ high reviewers", names and texts from the scorecard.
    let disagreements = Memo::new(move |_| {
        let l = locale.get();
        results.with(|r| {
            let Some(fit) = r.as_ref().and_then(|r| r.fit.as_ref()) else {
                return Vec::new();
            };
            scenario.with(|s| {
                let card = &s.fit;
                let who = |at: &[usize]| {
                    at.iter()
                        .filter_map(|i| card.reviewers.get(*i).cloned())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                fit.disagreements
                    .iter()
                    .filter_map(|d| {
                        let text = requirement_text(card.requirements.get(d.requirement)?, l);
                        Some(format!("{text}: {} ↔ {}", who(&d.low), who(&d.high)))
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let open_title = move || {
        let n = open.with(Vec::len).to_string();
        D::OpenQuestions.text(locale.get()).replace("{n}", &n)
    };
    let open_items = move || {
        let l = locale.get();
        open.with(|qs| {
            qs.iter()
                .map(|&q| view! { <li data-code=q.code()>{question_text(q, l)}</li> })
                .collect_view()
        })
    };
    let disagreement_items = move || {
        disagreements.with(|items| {
            items
                .iter()
                .map(|t| view! { <li>{t.clone()}</li> })
                .collect_view()
        })
    };
    let marked_rows = move || {
        let l = locale.get();
        let currency = currency.get();
        marked.with(|rows| {
            rows.iter()
                .map(|m| {
                    let q = question_text(m.question, l);
                    let mut what = category(m.category).text(l).to_string();
                    if m.contingency {
                        what = format!("{what} · {}", Label::Contingency.text(l));
                    }
                    view! {
                        <tr
                            data-testid="checklist-line"
                            data-code=m.question.code()
                            title=D::FromChecklistMark.text(l).replace("{q}", q)
                        >
                            <td>
                                <span class="from-checklist" aria-hidden="true">"✓"</span>
                                " "
                                {what}
                            </td>
                            <td class="question-cell">{q}</td>
                            <td class="num">{format(m.total, l, &Style::Money(currency.clone()))}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="result-block" data-testid="fit-summary" hidden=move || glance.with(Option::is_none)>
            <h3>{lt(D::SecFit)}</h3>
            <p>
                <FitBadge fit=glance />
            </p>
            <h4 hidden=move || disagreements.with(Vec::is_empty)>{lt(D::Disagreements)}</h4>
            <ul data-testid="disagreements">{disagreement_items}</ul>
        </section>
        <section
            class="result-block open-questions"
            data-testid="open-questions"
            hidden=move || open.with(Vec::is_empty)
        >
            <h3>{open_title}</h3>
            <p class="explain">{lt(D::OpenQuestionsHelp)}</p>
            <ol>{open_items}</ol>
        </section>
        <section class="result-block" data-testid="from-checklist" hidden=move || marked.with(Vec::is_empty)>
            <h3>{lt(D::FromChecklist)}</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-label=lt(D::FromChecklist)>
                <table>
                    <tbody>{marked_rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// The mark of row `index` of the cost table by category: ✓, with the questions named in its
/// tooltip, when a number of that category came from a checklist answer.
#[component]
pub fn CategoryMark(
    /// The results shown.
    #[prop(into)]
    results: Signal<Option<Results>>,
    /// The row: a position in `Category::ALL`.
    index: usize,
) -> impl IntoView {
    let locale = Planner::get().locale;
    let mark = Memo::new(move |_| {
        let l = locale.get();
        results.with(|r| {
            let c = Category::ALL.get(index)?;
            category_mark(r.as_ref()?, *c, l)
        })
    });
    let tip = move || mark.get().unwrap_or_default();
    view! {
        <span
            class="from-checklist"
            data-testid="category-mark"
            hidden=move || mark.with(Option::is_none)
            title=tip
            aria-label=tip
        >
            " ✓"
        </span>
    }
}
