//! One question of the hidden-fee checklist: Yes / No / Don't know, the values the reply asks
//! for, the vendor's words, and the statement of what the answer does to the numbers.

use leptos::prelude::*;
use truecost_model::checklist::ChecklistEffect;
use truecost_model::{Answer, MAX_NOTE_CHARS, Question, Reply};

use super::answer_value::AnswerValue;
use super::effect_text;
use crate::i18n::{DecideText as D, question_text};
use crate::ui::fields::{Planner, lt};

/// The three replies, their texts and test-id suffixes.
const REPLIES: [(Reply, D, &str); 3] = [
    (Reply::Yes, D::Yes, "yes"),
    (Reply::No, D::No, "no"),
    (Reply::DontKnow, D::DontKnow, "dont_know"),
];

/// The question `question` (number `number` on the sheet) with its answer and effect.
#[component]
pub fn QuestionRow(
    /// The question.
    question: Question,
    /// Its number in the list.
    number: usize,
    /// What every answer does (the engine's `checklist::apply`).
    effects: Memo<Vec<ChecklistEffect>>,
) -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let locale = planner.locale;
    let code = question.code();
    let reply =
        Memo::new(move |_| scenario.with(|s| s.checklist.answer(question).map(|a| a.reply)));
    let choose = move |r: Option<Reply>| {
        planner.try_change(|s| match r {
            // A new reply keeps the values already typed.
            Some(r) => {
                let mut answer = s
                    .checklist
                    .answer(question)
                    .cloned()
                    .unwrap_or_else(|| Answer::new(question, r));
                answer.reply = r;
                s.checklist.set(answer);
            }
            None => s.checklist.clear(question),
        });
    };
    let radios = REPLIES
        .iter()
        .map(|&(r, text, suffix)| {
            view! {
                <label class="reply">
                    <input
                        type="radio"
                        name=format!("q-{code}")
                        data-testid=format!("q-{code}-{suffix}")
                        prop:checked=move || reply.get() == Some(r)
                        on:change=move |_| choose(Some(r))
                    />
                    {lt(text)}
                </label>
            }
        })
        .collect_view();
    let unanswered = move || reply.get().is_none();
    // Every value the question can ask for, shown while its reply is chosen.
    let values = question
        .slots()
        .iter()
        .map(|&slot| {
            view! {
                <div class="slot" hidden=move || reply.get() != Some(slot.when)>
                    <AnswerValue question=question wanted=slot />
                </div>
            }
        })
        .collect_view();
    let note = move || {
        scenario.with(|s| {
            s.checklist
                .answer(question)
                .map(|a| a.note.clone())
                .unwrap_or_default()
        })
    };
    let statement = move || {
        let l = locale.get();
        let currency = scenario.with(|s| s.currency.as_str().to_string());
        effects.with(|all| {
            all.iter()
                .find(|e| e.question == question)
                .map(|e| effect_text(e, &currency, l))
                .unwrap_or_default()
        })
    };
    let note_id = format!("q-{code}-note");
    view! {
        <li class="question" data-testid=format!("q-{code}")>
            <fieldset class="plain">
                <legend class="q-text">
                    <span class="q-number">{number} ". "</span>
                    {move || question_text(question, locale.get())}
                </legend>
                <div class="replies">
                    {radios}
                    <button
                        type="button"
                        class="link"
                        hidden=unanswered
                        data-testid=format!("q-{code}-clear")
                        on:click=move |_| choose(None)
                    >
                        {lt(D::ClearAnswer)}
                    </button>
                </div>
                <div class="field-row">{values}</div>
                <div class="field" hidden=unanswered>
                        <label for=note_id.clone()>{lt(D::Note)}</label>
                        <input
                            id=note_id.clone()
                            type="text"
                            maxlength=MAX_NOTE_CHARS.to_string()
                            data-testid=note_id.clone()
                            prop:value=note
                            on:input=move |ev| {
                                let text: String = event_target_value(&ev)
                                    .chars()
                                    .take(MAX_NOTE_CHARS)
                                    .collect();
                                scenario.update(|s| {
                                    if let Some(a) = s
                                        .checklist
                                        .answers
                                        .iter_mut()
                                        .find(|a| a.question == question)
                                    {
                                        a.note = text;
                                    }
                                });
                            }
                        />
                </div>
                <p
                    class="effect"
                    hidden=unanswered
                    class:open=move || reply.get() == Some(Reply::DontKnow)
                    data-testid=format!("q-{code}-effect")
                >
                    {statement}
                </p>
            </fieldset>
        </li>
    }
}
