//! Team & rates: users, their growth, and each role's loaded hourly rate (entered, or derived
//! from a salary by the engine's rule).

use std::sync::Arc;

use leptos::prelude::*;
use truecost_model::{Count, Factor, Growth, Money, RateBasis, Role};

use super::{choices, role_name};
use crate::i18n::Label;
use crate::i18n::format::{Style, format};
use crate::num;
use crate::ui::fields::{
    ChoiceField, NumberBinding, NumberField, Planner, Unit, lt, number_fields,
};

/// One role's rate: basis, and the hourly rate or salary + loading.
#[component]
fn RoleRate(role: Role) -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let locale = planner.locale;
    let (name, key) = role_name(role);
    let basis = Memo::new(move |_| scenario.with(|s| s.organisation.rates.get(role).basis));
    let path = move |f: &str| format!("organisation.rates.{key}.{f}");
    let hourly = NumberBinding::of::<Money>(
        path("hourly"),
        Label::HourlyRate,
        Unit::MoneyPerHour,
        move |s| s.organisation.rates.get(role).hourly,
        move |s, v| s.organisation.rates.get_mut(role).hourly = v,
    );
    let salary = NumberBinding::of::<Money>(
        path("annual_salary"),
        Label::AnnualSalary,
        Unit::MoneyPerYear,
        move |s| s.organisation.rates.get(role).annual_salary,
        move |s, v| s.organisation.rates.get_mut(role).annual_salary = v,
    );
    let loading = NumberBinding::of::<Factor>(
        path("loading"),
        Label::Loading,
        Unit::Times,
        move |s| s.organisation.rates.get(role).loading,
        move |s, v| s.organisation.rates.get_mut(role).loading = v,
    );
    let rate_used = move || {
        scenario.with(|s| {
            let rate = s.organisation.rates.get(role).hourly_rate();
            format(
                rate,
                locale.get(),
                &Style::MoneyCents(s.currency.as_str().to_string()),
            )
        })
    };
    view! {
        <fieldset class="group role" data-testid=format!("role-{key}")>
            <legend>{lt(name)}</legend>
            <div class="field-row">
                <ChoiceField
                    path=path("basis")
                    label=Label::RateBasis
                    options=choices([
                        (RateBasis::Hourly, Label::BasisHourly),
                        (RateBasis::Salary, Label::BasisSalary),
                    ])
                    get=Arc::new(move |s| s.organisation.rates.get(role).basis)
                    set=Arc::new(move |s, v| s.organisation.rates.get_mut(role).basis = v)
                />
                <Show
                    when=move || basis.get() == RateBasis::Hourly
                    fallback=move || {
                        view! {
                            <NumberField binding=salary.clone() />
                            <NumberField binding=loading.clone() />
                        }
                    }
                >
                    <NumberField binding=hourly.clone() />
                </Show>
                <p class="derived">
                    {lt(Label::RateUsed)} ": "
                    <strong class="num" data-testid=format!("rate-used-{key}")>{rate_used}</strong>
                </p>
            </div>
        </fieldset>
    }
}

/// The Team & rates section's fields (its frame is the editor's).
#[component]
pub fn TeamFields() -> impl IntoView {
    view! {
        <>
            <div class="field-row">
                {number_fields(vec![
                    num!(Count, Label::Users, Unit::Users, organisation.users),
                    num!(Growth, Label::UserGrowth, Unit::Percent, organisation.user_growth),
                ])}
            </div>
            {Role::ALL.iter().map(|&role| view! { <RoleRate role=role /> }).collect_view()}
        </>
    }
}
