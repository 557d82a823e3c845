//! The ten-second row: users, deployment model, price per seat and horizon — enough for a
//! first answer; the editor sections refine it.

use leptos::prelude::*;
use truecost_model::{Count, DeploymentModel, Horizon, Money};

use crate::i18n::Label;
use crate::ui::editor::deployment_choices;
use crate::ui::fields::{ChoiceField, NumberField, Planner, Unit, lt};
use crate::{cget, cset, num};

/// The quick-start row.
#[component]
pub fn QuickStart() -> impl IntoView {
    let planner = Planner::get();
    let library = crate::ui::library::Library::get();
    let model = Memo::new(move |_| planner.scenario.with(|s| s.deployment.model));
    // The price that matters first depends on the model: a subscription seat, or a licence seat.
    let price = move || {
        match model.get() {
        DeploymentModel::OnPremise => view! {
            <NumberField
                binding=num!(Money, Label::LicencePerSeat, Unit::Money, deployment.on_premise.licence_per_seat)
                testid="qs-price"
            />
        }
        .into_any(),
        DeploymentModel::Saas | DeploymentModel::Hybrid => view! {
            <NumberField
                binding=num!(Money, Label::SeatPrice, Unit::MoneyPerSeatMonth, pricing.seat_price_per_month)
                testid="qs-price"
            />
        }
        .into_any(),
        DeploymentModel::SelfBuilt => view! {
            <NumberField
                binding=num!(Money, Label::DevelopmentFee, Unit::Money, deployment.self_built.development_fee)
                testid="qs-price"
            />
        }
        .into_any(),
        DeploymentModel::OpenSource => view! {
            <NumberField
                binding=num!(Money, Label::SupportContract, Unit::MoneyPerYear, deployment.open_source.support_contract_per_year)
                testid="qs-price"
            />
        }
        .into_any(),
    }
    };
    view! {
        <section class="panel full quick-start" aria-labelledby="qs-title" data-testid="quick-start">
            <h2 id="qs-title">{lt(Label::SecQuickStart)}</h2>
            <p class="explain">{lt(Label::SecQuickStartHelp)}</p>
            <fieldset class="plain field-row" disabled=move || library.shared.get()>
                <NumberField
                    binding=num!(Count, Label::Users, Unit::Users, organisation.users)
                    testid="qs-users"
                />
                <ChoiceField
                    path="deployment.model"
                    label=Label::DeploymentModel
                    options=deployment_choices()
                    get=cget!(deployment.model)
                    set=cset!(deployment.model)
                    testid="qs-model"
                />
                {price}
                <NumberField binding=num!(Horizon, Label::Horizon, Unit::Years, horizon) testid="qs-horizon" />
            </fieldset>
        </section>
    }
}
