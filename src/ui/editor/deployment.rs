//! Deployment & pricing: the model, the vendor's price list (seats or plan, volume tiers,
//! add-ons, billing, term, uplift) and the blocks of the other models (licence, infrastructure,
//! in-house development, open source). Blocks of models not chosen are hidden, not deleted.

use std::sync::Arc;

use leptos::prelude::*;
use truecost_model::{
    AddOn, AddOnBasis, BillingCycle, ContactTier, Contacts, Count, DeploymentModel, Growth,
    HardwareMode, Hours, Money, Percent, PlanKind, SeatLicensing,
};

use super::{Group, ListGroup, choices, deployment_choices};
use crate::i18n::{Cx, Label};
use crate::ui::fields::{
    ChoiceField, NumberBinding, NumberField, Planner, TextField, Unit, lt, number_fields,
};
use crate::{cget, cset, num};

/// Volume tiers: up to N contacts for a price; rows can be added and removed.
#[component]
fn ContactTiers() -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let count = Memo::new(move |_| scenario.with(|s| s.pricing.contact_tiers.len()));
    let add = move |_| {
        planner.try_change(|s| {
            let tiers = &mut s.pricing.contact_tiers;
            let (up_to, price) = tiers.last().map_or((1_000, Money::ZERO), |t| {
                (
                    t.up_to.get().saturating_mul(2).max(1_000),
                    t.price_per_month,
                )
            });
            if let Ok(up_to) = Contacts::new(up_to) {
                tiers.push(ContactTier {
                    up_to,
                    price_per_month: price,
                });
            }
        });
    };
    let rows = move || {
        (0..count.get())
            .map(|i| {
                let remove = move |_| {
                    planner.try_change(|s| {
                        if i < s.pricing.contact_tiers.len() {
                            s.pricing.contact_tiers.remove(i);
                        }
                    });
                };
                view! {
                    <div class="list-row" data-testid="tier-row">
                        <NumberField binding={NumberBinding::item::<Contacts>(
                            format!("pricing.contact_tiers[{i}].up_to"),
                            Label::TierUpTo,
                            Unit::Contacts,
                            move |s| s.pricing.contact_tiers.get(i).map(|t| t.up_to),
                            move |s, v| if let Some(t) = s.pricing.contact_tiers.get_mut(i) { t.up_to = v },
                        )} />
                        <NumberField binding={NumberBinding::item::<Money>(
                            format!("pricing.contact_tiers[{i}].price_per_month"),
                            Label::TierPrice,
                            Unit::MoneyPerMonth,
                            move |s| s.pricing.contact_tiers.get(i).map(|t| t.price_per_month),
                            move |s, v| if let Some(t) = s.pricing.contact_tiers.get_mut(i) { t.price_per_month = v },
                        )} />
                        <button type="button" class="link" on:click=remove>
                            {lt(Label::Remove)}
                        </button>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <ListGroup title=Label::ContactTiers add_label=Label::AddTier add_testid="add-tier" on_add=add>
            {rows}
        </ListGroup>
    }
}

/// Add-ons: name, per seat or flat, price, hidden or not.
#[component]
fn AddOns() -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let locale = planner.locale;
    let count = Memo::new(move |_| scenario.with(|s| s.pricing.add_ons.len()));
    let add = move |_| {
        planner.try_change(|s| {
            s.pricing.add_ons.push(AddOn {
                name: Label::AddOns.text(locale.get_untracked()).to_string(),
                basis: AddOnBasis::Flat,
                price_per_month: Money::ZERO,
                hidden: false,
            })
        });
    };
    let rows = move || {
        (0..count.get())
            .map(|i| {
                let remove = move |_| {
                    scenario.update(|s| {
                        if i < s.pricing.add_ons.len() {
                            s.pricing.add_ons.remove(i);
                        }
                    })
                };
                let hidden = move || scenario.with(|s| s.pricing.add_ons.get(i).is_some_and(|a| a.hidden));
                view! {
                    <div class="list-row" data-testid="addon-row">
                        <TextField
                            id=format!("pricing-add_ons-{i}-name")
                            label=Label::AddOnName
                            get=Arc::new(move |s| s.pricing.add_ons.get(i).map(|a| a.name.clone()).unwrap_or_default())
                            set=Arc::new(move |s, v| if let Some(a) = s.pricing.add_ons.get_mut(i) { a.name = v })
                        />
                        <ChoiceField
                            path=format!("pricing.add_ons[{i}].basis")
                            label=Label::AddOnBasis
                            options=choices([(AddOnBasis::Flat, Label::AddOnFlat), (AddOnBasis::PerSeat, Label::AddOnPerSeat)])
                            get=Arc::new(move |s| s.pricing.add_ons.get(i).map_or(AddOnBasis::Flat, |a| a.basis))
                            set=Arc::new(move |s, v| if let Some(a) = s.pricing.add_ons.get_mut(i) { a.basis = v })
                        />
                        <NumberField binding={NumberBinding::item::<Money>(
                            format!("pricing.add_ons[{i}].price_per_month"),
                            Label::AddOnPrice,
                            Unit::MoneyPerMonth,
                            move |s| s.pricing.add_ons.get(i).map(|a| a.price_per_month),
                            move |s, v| if let Some(a) = s.pricing.add_ons.get_mut(i) { a.price_per_month = v },
                        )} />
                        <label class="check">
                            <input
                                type="checkbox"
                                prop:checked=hidden
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    scenario.update(|s| if let Some(a) = s.pricing.add_ons.get_mut(i) { a.hidden = on });
                                }
                            />
                            {lt(Label::AddOnHidden)}
                        </label>
                        <button type="button" class="link" on:click=remove>
                            {lt(Label::Remove)}
                        </button>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <ListGroup title=Label::AddOns add_label=Label::AddAddOn add_testid="add-addon" on_add=add>
            {rows}
        </ListGroup>
    }
}

/// The vendor's subscription price list (SaaS and hybrid).
#[component]
fn Subscription() -> impl IntoView {
    let scenario = Planner::get().scenario;
    let plan = Memo::new(move |_| scenario.with(|s| s.pricing.plan));
    let seats = Memo::new(move |_| scenario.with(|s| s.pricing.seat_licensing));
    let billing = Memo::new(move |_| scenario.with(|s| s.pricing.billing));
    view! {
        // Vendor presets: fill this section from dated list prices (issue 8).
        <crate::ui::compare::PresetPicker />
        <Group title=Label::Plan>
            <ChoiceField
                path="pricing.plan"
                label=Label::Plan
                options=choices([(PlanKind::PerSeat, Label::PlanPerSeat), (PlanKind::FlatPlan, Label::PlanFlat)])
                get=cget!(pricing.plan)
                set=cset!(pricing.plan)
            />
            <Show
                when=move || plan.get() == PlanKind::PerSeat
                fallback=|| {
                    view! {
                        {number_fields(vec![
                            num!(Money, Label::FlatPlanPrice, Unit::MoneyPerMonth, pricing.flat_plan_price_per_month),
                            num!(Count, Label::IncludedSeats, Unit::Users, pricing.included_seats),
                            num!(Money, Label::ExtraSeatPrice, Unit::MoneyPerSeatMonth, pricing.extra_seat_price_per_month),
                        ])}
                    }
                }
            >
                <NumberField binding=num!(Money, Label::SeatPrice, Unit::MoneyPerSeatMonth, pricing.seat_price_per_month) />
            </Show>
            <ChoiceField
                path="pricing.seat_licensing"
                label=Label::SeatLicensing
                options=choices([(SeatLicensing::Named, Label::SeatsNamed), (SeatLicensing::Concurrent, Label::SeatsConcurrent)])
                get=cget!(pricing.seat_licensing)
                set=cset!(pricing.seat_licensing)
            />
            <Show when=move || seats.get() == SeatLicensing::Concurrent>
                <NumberField binding=num!(Percent, Label::ConcurrencyRatio, Unit::Percent, pricing.concurrency_ratio) />
            </Show>
            <ChoiceField
                path="pricing.billing"
                label=Label::Billing
                options=choices([
                    (BillingCycle::Monthly, Label::BillingMonthly),
                    (BillingCycle::Quarterly, Label::BillingQuarterly),
                    (BillingCycle::Annual, Label::BillingAnnual),
                ])
                get=cget!(pricing.billing)
                set=cset!(pricing.billing)
            />
            <Show when=move || billing.get() == BillingCycle::Annual>
                <NumberField binding=num!(Percent, Label::AnnualDiscount, Unit::Percent, pricing.annual_discount) />
            </Show>
            <NumberField binding={NumberBinding::years(
                "pricing.minimum_term_years",
                Label::MinimumTerm,
                (1, 10),
                |s| s.pricing.minimum_term_years,
                |s, v| s.pricing.minimum_term_years = v,
            )} />
            <NumberField binding=num!(Percent, Label::RenewalUplift, Unit::Percent, pricing.renewal_uplift) />
            {number_fields(vec![
                num!(Count, Cx::FigMinimumSeats, Unit::Users, pricing.minimum_seats),
                num!(Money, Cx::FigOnboarding, Unit::Money, pricing.onboarding_fee),
                num!(Percent, Cx::SupportRate, Unit::Percent, pricing.support_rate),
            ])}
        </Group>
        <Group title=Label::ContactTiers>
            {number_fields(vec![
                num!(Contacts, Label::Contacts, Unit::Contacts, pricing.contacts),
                num!(Growth, Label::ContactGrowth, Unit::Percent, pricing.contact_growth),
            ])}
        </Group>
        <ContactTiers />
        <AddOns />
    }
}

/// Hardware, hosting and IT upkeep (every model but SaaS).
#[component]
fn Infrastructure() -> impl IntoView {
    let scenario = Planner::get().scenario;
    let mode = Memo::new(move |_| scenario.with(|s| s.deployment.infrastructure.hardware));
    view! {
        <Group title=Label::Infrastructure>
            <ChoiceField
                path="deployment.infrastructure.hardware"
                label=Label::Hardware
                options=choices([(HardwareMode::Buy, Label::HardwareBuy), (HardwareMode::Lease, Label::HardwareLease)])
                get=cget!(deployment.infrastructure.hardware)
                set=cset!(deployment.infrastructure.hardware)
            />
            <Show
                when=move || mode.get() == HardwareMode::Buy
                fallback=|| view! {
                    <NumberField binding=num!(Money, Label::HardwareLeasePerMonth, Unit::MoneyPerMonth, deployment.infrastructure.hardware_lease_per_month) />
                }
            >
                <NumberField binding=num!(Money, Label::HardwarePurchase, Unit::Money, deployment.infrastructure.hardware_purchase) />
                <NumberField binding={NumberBinding::years(
                    "deployment.infrastructure.hardware_refresh_years",
                    Label::HardwareRefresh,
                    (0, 10),
                    |s| s.deployment.infrastructure.hardware_refresh_years,
                    |s, v| s.deployment.infrastructure.hardware_refresh_years = v,
                )} />
            </Show>
            {number_fields(vec![
                num!(Money, Label::Hosting, Unit::MoneyPerYear, deployment.infrastructure.hosting_per_year),
                num!(Hours, Label::ItUpkeep, Unit::HoursPerMonth, deployment.infrastructure.it_upkeep_hours_per_month),
                num!(Money, Label::ItStaffTraining, Unit::Money, deployment.infrastructure.it_staff_training),
            ])}
        </Group>
    }
}

/// The Deployment & pricing section's fields (its frame is the editor's).
#[component]
pub fn DeploymentFields() -> impl IntoView {
    let scenario = Planner::get().scenario;
    let model = Memo::new(move |_| scenario.with(|s| s.deployment.model));
    view! {
        <>
            <ChoiceField
                path="deployment.model"
                label=Label::DeploymentModel
                options=deployment_choices()
                get=cget!(deployment.model)
                set=cset!(deployment.model)
            />
            <Show when=move || model.get().has_subscription()>
                <Subscription />
            </Show>
            <Show when=move || model.get() == DeploymentModel::OnPremise>
                <Group title=Label::OnPremiseLicence>
                    {number_fields(vec![
                        num!(Money, Label::LicencePerSeat, Unit::Money, deployment.on_premise.licence_per_seat),
                        num!(Money, Label::LicenceFlat, Unit::Money, deployment.on_premise.licence_flat),
                        num!(Percent, Label::MaintenanceRate, Unit::Percent, deployment.on_premise.maintenance_rate),
                    ])}
                </Group>
            </Show>
            <Show when=move || model.get() == DeploymentModel::SelfBuilt>
                <Group title=Label::SelfBuiltBlock>
                    {number_fields(vec![
                        num!(Money, Label::DevelopmentFee, Unit::Money, deployment.self_built.development_fee),
                        num!(Hours, Label::DevelopmentHours, Unit::Hours, deployment.self_built.development_hours),
                        num!(Hours, Label::TestingHours, Unit::Hours, deployment.self_built.testing_hours),
                        num!(Money, Label::OperationsPerYear, Unit::MoneyPerYear, deployment.self_built.operations_per_year),
                    ])}
                </Group>
            </Show>
            <Show when=move || model.get() == DeploymentModel::OpenSource>
                <Group title=Label::OpenSourceBlock>
                    {number_fields(vec![
                        num!(Hours, Label::SetupHours, Unit::Hours, deployment.open_source.setup_hours),
                        num!(Money, Label::SupportContract, Unit::MoneyPerYear, deployment.open_source.support_contract_per_year),
                    ])}
                </Group>
            </Show>
            <Show when=move || model.get().has_infrastructure()>
                <Infrastructure />
            </Show>
        </>
    }
}
