//! One value of a checklist answer (a fee, a percentage, hours, a term, a limit): typed like any
//! number field — read by the locale's rules and checked by the same `fields::apply` as every
//! other input — but blank means "not given" (the engine then uses the scenario's own value,
//! estimates, or says the amount is missing), so it can be cleared.

use std::sync::Arc;

use leptos::prelude::*;
use rust_decimal::Decimal;
use truecost_model::{
    Answer, Contacts, Count, Hours, InvalidValue, Money, Percent, Question, Scenario, Unit as U,
    ValueKind, ValueSlot,
};

use crate::i18n::{DecideText as D, Label, Text, format_input};
use crate::ui::fields::{self, FieldValue, NumberBinding, Planner, Unit, input_id, lt};

/// The value of `kind` in an answer.
fn read(a: &Answer, kind: ValueKind) -> Option<Decimal> {
    match kind {
        ValueKind::Amount => a.amount.map(Into::into),
        ValueKind::Percent => a.percent.map(Into::into),
        ValueKind::Hours => a.hours.map(Into::into),
        ValueKind::Count => a.count.map(Into::into),
        ValueKind::Records => a.records.map(Into::into),
    }
}

/// Sets (or, with `None`, clears) the value of `kind` in the answer to `question`.
fn write(
    s: &mut Scenario,
    question: Question,
    kind: ValueKind,
    v: Option<Decimal>,
) -> Result<(), InvalidValue> {
    let Some(a) = s
        .checklist
        .answers
        .iter_mut()
        .find(|a| a.question == question)
    else {
        return Ok(());
    };
    match kind {
        ValueKind::Amount => a.amount = v.map(Money::try_from).transpose()?,
        ValueKind::Percent => a.percent = v.map(Percent::try_from).transpose()?,
        ValueKind::Hours => a.hours = v.map(Hours::try_from).transpose()?,
        ValueKind::Count => a.count = v.map(Count::try_from).transpose()?,
        ValueKind::Records => a.records = v.map(Contacts::try_from).transpose()?,
    }
    Ok(())
}

/// The label and unit of a value slot (shared with the printed question sheet).
pub(super) fn slot_label_unit(question: Question, slot: ValueSlot) -> (Text, Unit) {
    match slot.unit {
        U::ShareOfUsers => (Label::ConcurrencyRatio.into(), Unit::Percent),
        U::PerRenewal => (Label::RenewalUplift.into(), Unit::Percent),
        U::Days => (D::NoticeDays.into(), Unit::Other(D::UnitDays.into())),
        U::Years => (Label::MinimumTerm.into(), Unit::Years),
        U::OneTime if question == Question::ExitExport => (D::ExitFee.into(), Unit::Money),
        U::OneTime => (D::Quote.into(), Unit::Money),
        U::PerMonth if question == Question::RecordLimit => {
            (D::ExtraAbove.into(), Unit::MoneyPerMonth)
        }
        U::PerMonth => (D::MonthlyCost.into(), Unit::MoneyPerMonth),
        U::PerSeatPerMonth => (D::MonthlyCost.into(), Unit::MoneyPerSeatMonth),
        U::PerHour => (D::VendorRate.into(), Unit::MoneyPerHour),
        U::HoursPerYear => (
            D::HoursPerYear.into(),
            Unit::Other(D::UnitHoursPerYear.into()),
        ),
        U::Records => (D::RecordLimit.into(), Unit::Contacts),
    }
}

/// The binding `fields::apply` checks typed text against: bounds of the value's type (a term
/// is 1–10 years, as the engine requires), and the write into the answer.
fn binding(question: Question, slot: ValueSlot) -> NumberBinding {
    let kind = slot.kind;
    let name = match kind {
        ValueKind::Amount => "amount",
        ValueKind::Percent => "percent",
        ValueKind::Hours => "hours",
        ValueKind::Count => "count",
        ValueKind::Records => "records",
    };
    let (bounds, whole) = match kind {
        ValueKind::Amount => (Money::bounds(), false),
        ValueKind::Percent => (Percent::bounds(), false),
        ValueKind::Hours => (Hours::bounds(), false),
        ValueKind::Count if question == Question::MinimumTerm => {
            ((Decimal::ONE, Decimal::TEN), true)
        }
        ValueKind::Count => (Count::bounds(), true),
        ValueKind::Records => (Contacts::bounds(), true),
    };
    let (label, unit) = slot_label_unit(question, slot);
    NumberBinding {
        path: format!("checklist.{}.{name}", question.code()),
        label,
        unit,
        bounds,
        whole,
        get: Arc::new(move |s| {
            s.checklist
                .answer(question)
                .and_then(|a| read(a, kind))
                .unwrap_or_default()
        }),
        set: Arc::new(move |s, v| write(s, question, kind, Some(v))),
    }
}

/// Text typed that is not (yet) the answer's value: what was typed, the value it was typed
/// against, and whether it was refused (the message is made in the language shown).
type Draft = (String, Option<Decimal>, bool);

/// A labelled input for one value of the answer to `question`.
#[component]
pub fn AnswerValue(
    /// The question answered.
    question: Question,
    /// Which of its values.
    wanted: ValueSlot,
) -> impl IntoView {
    let slot = wanted;
    let planner = Planner::get();
    let scenario = planner.scenario;
    let locale = planner.locale;
    let kind = slot.kind;
    let b = Arc::new(binding(question, slot));
    let id = input_id(&b.path);
    let testid = format!(
        "q-{}-{}",
        question.code(),
        b.path.rsplit('.').next().unwrap_or("")
    );
    let error_id = format!("{id}-error");
    let current = Memo::new(move |_| {
        scenario.with(|s| s.checklist.answer(question).and_then(|a| read(a, kind)))
    });
    let draft = RwSignal::new(None::<Draft>);
    let live = move || draft.get().filter(|d| d.1 == current.get());
    let invalid = move || live().is_some_and(|d| d.2);
    let message = {
        let b = b.clone();
        move || {
            let l = locale.get();
            let typed = live().filter(|d| d.2)?.0;
            let why = scenario.with_untracked(|s| fields::apply(&b, &typed, s, l).err())?;
            Some(format!("{why} {}", Label::KeptLastValid.text(l)))
        }
    };
    let scale = b.unit.scale();
    let shown = move || match live() {
        Some(d) => d.0,
        None => current
            .get()
            .map(|v| format_input(v * scale, locale.get()))
            .unwrap_or_default(),
    };
    let on_input = {
        let b = b.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            let l = locale.get_untracked();
            let result = if text.trim().is_empty() {
                let mut next = scenario.get_untracked();
                write(&mut next, question, kind, None)
                    .map(|()| next)
                    .map_err(|_| String::new())
            } else {
                scenario.with_untracked(|s| fields::apply(&b, &text, s, l))
            };
            match result {
                Ok(next) => {
                    let at = next.checklist.answer(question).and_then(|a| read(a, kind));
                    draft.set(Some((text, at, false)));
                    scenario.set(next);
                }
                Err(_) => draft.set(Some((text, current.get_untracked(), true))),
            }
        }
    };
    let unit = b.unit;
    let unit_text = move || scenario.with(|s| unit.text(locale.get(), s.currency.as_str()));
    view! {
        <div class="field" class:invalid=invalid>
            <label for=id.clone()>{lt(b.label)}</label>
            <div class="input-wrap">
                <input
                    id=id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    data-testid=testid.clone()
                    aria-invalid=move || invalid().to_string()
                    aria-describedby=error_id.clone()
                    prop:value=shown
                    on:input=on_input
                    on:change=move |_| {
                        if draft.get_untracked().is_some_and(|d| !d.2) {
                            draft.set(None);
                        }
                    }
                />
                <span class="unit">{unit_text}</span>
            </div>
            <p class="field-error" id=error_id role="alert" data-testid=format!("error-{testid}")>
                {message}
            </p>
        </div>
    }
}
