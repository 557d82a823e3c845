//! Finance settings: currency, horizon, discount rate (nominal or real), inflation,
//! discounting convention and the risk adjustments of the risk-adjusted ROI.

use leptos::prelude::*;
use truecost_model::{CurrencyCode, DiscountBasis, DiscountConvention, Horizon, Percent};

use super::choices;
use crate::i18n::Label;
use crate::ui::fields::{ChoiceField, NumberField, Planner, Unit, lt, number_fields};
use crate::{cget, cset, num};

/// Currencies offered in the list; any other ISO 4217 code can be typed.
pub const COMMON_CURRENCIES: [&str; 14] = [
    "USD", "EUR", "GBP", "CNY", "THB", "JPY", "AUD", "CAD", "CHF", "SGD", "HKD", "INR", "MYR",
    "TWD",
];

/// The scenario's currency: pick from the list or type any three-letter ISO code.
#[component]
fn CurrencyField() -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let locale = planner.locale;
    let draft = RwSignal::new(None::<String>);
    let current = Memo::new(move |_| scenario.with(|s| s.currency.as_str().to_string()));
    let shown = move || draft.get().unwrap_or_else(|| current.get());
    let invalid = move || draft.get().is_some();
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match CurrencyCode::new(text.trim()) {
            Ok(code) => {
                draft.set(None);
                scenario.update(|s| s.currency = code);
            }
            Err(_) => draft.set(Some(text)),
        }
    };
    view! {
        <div class="field" class:invalid=invalid>
            <label for="f-currency">{lt(Label::Currency)}</label>
            <input
                id="f-currency"
                type="text"
                list="currency-list"
                maxlength="3"
                autocomplete="off"
                data-testid="currency"
                aria-invalid=move || invalid().to_string()
                prop:value=shown
                on:input=on_input
            />
            <datalist id="currency-list">
                {COMMON_CURRENCIES.iter().map(|c| view! { <option value=*c></option> }).collect_view()}
            </datalist>
            <p class="field-error" role="alert" data-testid="error-currency">
                {move || invalid().then(|| Label::ErrCurrency.text(locale.get()))}
            </p>
        </div>
    }
}

/// The Finance settings section's fields (its frame is the editor's).
#[component]
pub fn FinanceFields() -> impl IntoView {
    view! {
        <>
            <div class="field-row">
                <CurrencyField />
                {number_fields(vec![
                    num!(Horizon, Label::Horizon, Unit::Years, horizon),
                    num!(Percent, Label::DiscountRate, Unit::Percent, finance.discount_rate),
                ])}
                <ChoiceField
                    path="finance.discount_basis"
                    label=Label::DiscountBasis
                    options=choices([(DiscountBasis::Nominal, Label::BasisNominal), (DiscountBasis::Real, Label::BasisReal)])
                    get=cget!(finance.discount_basis)
                    set=cset!(finance.discount_basis)
                />
                <NumberField binding=num!(Percent, Label::Inflation, Unit::Percent, finance.inflation) />
                <ChoiceField
                    path="finance.convention"
                    label=Label::Convention
                    options=choices([(DiscountConvention::EndOfYear, Label::EndOfYear), (DiscountConvention::MidYear, Label::MidYear)])
                    get=cget!(finance.convention)
                    set=cset!(finance.convention)
                />
                {number_fields(vec![
                    num!(Percent, Label::CostRisk, Unit::Percent, finance.cost_risk),
                    num!(Percent, Label::BenefitRisk, Unit::Percent, finance.benefit_risk),
                ])}
            </div>
        </>
    }
}
