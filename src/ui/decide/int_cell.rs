//! A small whole-number cell of the scorecard grid: a requirement's weight (1–5) or one
//! reviewer's score of it (0–2, blank = not scored). Typed like every number (the locale's
//! digits), refused with a message next to the cell when out of range; the scorecard only ever
//! holds valid values. Each cell reads its own value, so a change redraws that cell alone.

use std::sync::Arc;

use leptos::prelude::*;
use truecost_model::{Score, Scorecard, Weight};

use crate::i18n::{DecideText as D, parse_number};
use crate::ui::fields::Planner;

/// Which value of the scorecard a cell edits.
#[derive(Clone, PartialEq)]
pub enum Cell {
    /// The weight of the requirement with this id.
    Weight(Arc<str>),
    /// The score of the requirement with this id by reviewer number `usize` (0-based).
    Score(Arc<str>, usize),
}

impl Cell {
    /// The requirement's id.
    fn id(&self) -> &str {
        match self {
            Cell::Weight(r) | Cell::Score(r, _) => r,
        }
    }

    /// The value in `card`, whose requirement is at position `at` (looked up by id if not).
    fn read(&self, card: &Scorecard, at: Option<usize>) -> Option<u8> {
        let id = self.id();
        let item = at
            .and_then(|i| card.requirements.get(i))
            .filter(|x| x.id == id)
            .or_else(|| card.requirements.iter().find(|x| x.id == id))?;
        match self {
            Cell::Weight(_) => Some(item.weight.get()),
            Cell::Score(_, p) => item.score(*p).map(Score::get),
        }
    }

    /// Reads typed text: `Ok(None)` for a blank score, or the message why it is refused.
    fn parse(&self, text: &str, locale: crate::i18n::Locale) -> Result<Option<u8>, D> {
        let error = match self {
            Cell::Weight(_) => D::ErrWeight,
            Cell::Score(..) => D::ErrScore,
        };
        if text.trim().is_empty() {
            return match self {
                Cell::Score(..) => Ok(None),
                Cell::Weight(_) => Err(error),
            };
        }
        let value = parse_number(text, locale)
            .ok()
            .filter(|v| v.fract().is_zero())
            .and_then(|v| u64::try_from(v).ok())
            .ok_or(error)?;
        match self {
            Cell::Weight(_) => Weight::new(value).map(|w| Some(w.get())),
            Cell::Score(..) => Score::new(value).map(|s| Some(s.get())),
        }
        .map_err(|_| error)
    }

    /// Writes a value that [`Cell::parse`] accepted.
    fn write(&self, card: &mut Scorecard, value: Option<u8>) {
        match self {
            Cell::Weight(r) => {
                let weight = value.and_then(|v| Weight::new(v.into()).ok());
                if let (Some(x), Some(w)) =
                    (card.requirements.iter_mut().find(|x| *x.id == **r), weight)
                {
                    x.weight = w;
                }
            }
            Cell::Score(r, p) => {
                let score = value.and_then(|v| Score::new(v.into()).ok());
                if let Some(x) = card.requirements.iter_mut().find(|x| *x.id == **r) {
                    x.set_score(*p, score);
                }
            }
        }
    }
}

/// The input of one cell, with its message when refused. `label` names it for screen readers;
/// `disagree` marks a score whose reviewer is more than 1 point from another.
#[component]
pub fn IntCell(
    /// What it edits.
    cell: Cell,
    /// The position of its requirement in the list (so reading it costs no search).
    #[prop(into)]
    at: Signal<Option<usize>>,
    /// Its accessible name.
    #[prop(into)]
    label: Signal<String>,
    /// Test id.
    testid: String,
    /// Highlighted as a disagreement.
    #[prop(optional, into)]
    disagree: Option<Signal<bool>>,
) -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let locale = planner.locale;
    let cell = Arc::new(cell);
    let current = {
        let cell = cell.clone();
        Memo::new(move |_| {
            let at = at.get();
            scenario.with(|s| cell.read(&s.fit, at))
        })
    };
    // What was typed and refused, with the value it was typed against.
    let refused = RwSignal::new(None::<(Option<u8>, D)>);
    let error = move || {
        refused
            .get()
            .filter(|(at, _)| *at == current.get())
            .map(|(_, e)| e.text(locale.get()))
    };
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match cell.parse(&text, locale.get_untracked()) {
            Ok(value) => {
                refused.set(None);
                if value != current.get_untracked() {
                    scenario.update(|s| cell.write(&mut s.fit, value));
                }
            }
            Err(e) => refused.set(Some((current.get_untracked(), e))),
        }
    };
    // The value as stored; a refused text stays in the input (the DOM keeps it) until the
    // value changes.
    let shown = move || current.get().map(|v| v.to_string()).unwrap_or_default();
    view! {
        <span class="int-cell" class:invalid=move || error().is_some() class:disagree=move || disagree.is_some_and(|d| d.get())>
            <input
                type="text"
                inputmode="numeric"
                size="2"
                autocomplete="off"
                aria-label=label
                aria-invalid=move || error().is_some().to_string()
                data-testid=testid.clone()
                prop:value=shown
                on:input=on_input
            />
            <span class="cell-error" role="alert" hidden=move || error().is_none() data-testid=format!("error-{testid}")>
                {error}
            </span>
        </span>
    }
}
