//! Custom lines: any other cost or benefit, tagged with category, quadrant and phase, with an
//! amount for each period (initial, year 1..N) and optionally its own risk.

use std::sync::Arc;

use leptos::prelude::*;
use truecost_model::{Category, CustomLine, LineKind, Money, Percent, Phase, Quadrant};

use super::{category_choices, kind_choices, phase_choices, quadrant_choices};
use crate::i18n::{Label, Msg};
use crate::ui::fields::{ChoiceField, NumberBinding, NumberField, Planner, TextField, Unit, lt};

/// One custom line's editor.
#[component]
fn CustomLineRow(index: usize) -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let locale = planner.locale;
    let i = index;
    let periods = Memo::new(move |_| scenario.with(|s| usize::from(s.horizon.get()) + 1));
    let has_risk = Memo::new(move |_| {
        scenario.with(|s| s.custom_lines.get(i).is_some_and(|l| l.risk.is_some()))
    });
    let remove = move |_| {
        scenario.update(|s| {
            if i < s.custom_lines.len() {
                s.custom_lines.remove(i);
            }
        })
    };
    let amounts = move || {
        (0..periods.get())
            .map(|p| {
                let binding = NumberBinding::item::<Money>(
                    format!("custom_lines[{i}].amounts[{p}]"),
                    Label::LineName,
                    Unit::Money,
                    move |s| {
                        s.custom_lines
                            .get(i)
                            .and_then(|l| l.amounts.get(p).copied())
                    },
                    move |s, v| {
                        if let Some(line) = s.custom_lines.get_mut(i) {
                            while line.amounts.len() <= p {
                                line.amounts.push(Money::default());
                            }
                            line.amounts[p] = v;
                        }
                    },
                );
                view! {
                    <div class="ramp-year">
                        <span class="ramp-label">
                            {move || {
                                let l = locale.get();
                                if p == 0 {
                                    Msg::PeriodInitial.text(l).to_string()
                                } else {
                                    Msg::PeriodYearN.text(l).replace("{n}", &p.to_string())
                                }
                            }}
                        </span>
                        <NumberField binding=binding compact=true />
                    </div>
                }
            })
            .collect_view()
    };
    let risk_binding = NumberBinding::item::<Percent>(
        format!("custom_lines[{i}].risk"),
        Label::LineRisk,
        Unit::Percent,
        move |s| s.custom_lines.get(i).and_then(|l| l.risk),
        move |s, v| {
            if let Some(line) = s.custom_lines.get_mut(i) {
                line.risk = Some(v);
            }
        },
    );
    view! {
        <fieldset class="group custom-line" data-testid="custom-line">
            <div class="field-row">
                <TextField
                    id=format!("custom_lines-{i}-name")
                    label=Label::LineName
                    get=Arc::new(move |s| s.custom_lines.get(i).map(|l| l.name.clone()).unwrap_or_default())
                    set=Arc::new(move |s, v| if let Some(l) = s.custom_lines.get_mut(i) { l.name = v })
                />
                <ChoiceField
                    path=format!("custom_lines[{i}].kind")
                    label=Label::LineKind
                    options=kind_choices()
                    get=Arc::new(move |s| s.custom_lines.get(i).map_or(LineKind::Cost, |l| l.kind))
                    set=Arc::new(move |s, v| if let Some(l) = s.custom_lines.get_mut(i) { l.kind = v })
                />
                <ChoiceField
                    path=format!("custom_lines[{i}].category")
                    label=Label::Category
                    options=category_choices()
                    get=Arc::new(move |s| s.custom_lines.get(i).map_or(Category::InternalTime, |l| l.category))
                    set=Arc::new(move |s, v| if let Some(l) = s.custom_lines.get_mut(i) { l.category = v })
                />
                <ChoiceField
                    path=format!("custom_lines[{i}].quadrant")
                    label=Label::Quadrant
                    options=quadrant_choices()
                    get=Arc::new(move |s| s.custom_lines.get(i).map_or(Quadrant::HiddenMoney, |l| l.quadrant))
                    set=Arc::new(move |s, v| if let Some(l) = s.custom_lines.get_mut(i) { l.quadrant = v })
                />
                <ChoiceField
                    path=format!("custom_lines[{i}].phase")
                    label=Label::Phase
                    options=phase_choices()
                    get=Arc::new(move |s| s.custom_lines.get(i).map_or(Phase::Operation, |l| l.phase))
                    set=Arc::new(move |s, v| if let Some(l) = s.custom_lines.get_mut(i) { l.phase = v })
                />
            </div>
            <div class="ramp">{amounts}</div>
            <div class="field-row">
                <label class="check">
                    <input
                        type="checkbox"
                        prop:checked=move || has_risk.get()
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            scenario.update(|s| {
                                let global = if s.custom_lines.get(i).is_some_and(|l| l.kind == LineKind::Benefit) {
                                    s.finance.benefit_risk
                                } else {
                                    s.finance.cost_risk
                                };
                                if let Some(l) = s.custom_lines.get_mut(i) {
                                    l.risk = on.then_some(global);
                                }
                            });
                        }
                    />
                    {lt(Label::LineRisk)}
                </label>
                <Show when=move || has_risk.get()>
                    <NumberField binding=risk_binding.clone() />
                </Show>
                <button type="button" class="link" data-testid="remove-custom-line" on:click=remove>
                    {lt(Label::Remove)}
                </button>
            </div>
        </fieldset>
    }
}

/// The Custom lines section's fields (its frame is the editor's).
#[component]
pub fn CustomFields() -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let locale = planner.locale;
    let count = Memo::new(move |_| scenario.with(|s| s.custom_lines.len()));
    let add = move |kind: LineKind| {
        move |_| {
            let l = locale.get_untracked();
            let (name, category, quadrant) = match kind {
                LineKind::Cost => (
                    Label::NewCostLine,
                    Category::InternalTime,
                    Quadrant::HiddenMoney,
                ),
                LineKind::Benefit => (
                    Label::NewBenefitLine,
                    Category::InternalTime,
                    Quadrant::TransparentMoney,
                ),
            };
            planner.try_change(|s| {
                s.custom_lines.push(CustomLine {
                    name: name.text(l).to_string(),
                    kind,
                    category,
                    quadrant,
                    phase: Phase::Operation,
                    amounts: Vec::new(),
                    risk: None,
                })
            });
        }
    };
    view! {
        <>
            <Show when=move || count.get() == 0>
                <p class="hint">{lt(Label::NoCustomLines)}</p>
            </Show>
            {move || (0..count.get()).map(|i| view! { <CustomLineRow index=i /> }).collect_view()}
            <div class="actions">
                <button type="button" data-testid="add-cost-line" on:click=add(LineKind::Cost)>
                    {lt(Label::AddCostLine)}
                </button>
                <button type="button" data-testid="add-benefit-line" on:click=add(LineKind::Benefit)>
                    {lt(Label::AddBenefitLine)}
                </button>
            </div>
        </>
    }
}
