//! Benefits: margin on extra revenue, time saved (corrected for productivity), retired tools,
//! and the adoption ramp by year.

use leptos::prelude::*;
use rust_decimal::Decimal;
use truecost_model::{Hours, Money, Percent, Weeks};

use crate::i18n::{Label, Msg};
use crate::num;
use crate::ui::fields::{NumberBinding, NumberField, Planner, Unit, lt, number_fields};

/// Full adoption: what an empty ramp means.
fn full() -> Option<Percent> {
    Percent::new(Decimal::ONE).ok()
}

/// Adoption for each year of the horizon; a missing year repeats the last one.
#[component]
fn AdoptionRamp() -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let locale = planner.locale;
    let years = Memo::new(move |_| scenario.with(|s| s.horizon.get()));
    let cells = move || {
        (0..usize::from(years.get()))
            .map(|i| {
                let binding = NumberBinding::item::<Percent>(
                    format!("benefits.adoption[{i}]"),
                    Label::Adoption,
                    Unit::Percent,
                    move |s| {
                        let ramp = &s.benefits.adoption;
                        ramp.get(i).or(ramp.last()).copied().or_else(full)
                    },
                    move |s, v| {
                        let ramp = &mut s.benefits.adoption;
                        let fill = ramp.last().copied().or_else(full).unwrap_or(v);
                        while ramp.len() <= i {
                            ramp.push(fill);
                        }
                        ramp[i] = v;
                    },
                );
                view! {
                    <div class="ramp-year">
                        <span class="ramp-label">
                            {move || Msg::PeriodYearN.text(locale.get()).replace("{n}", &(i + 1).to_string())}
                        </span>
                        <NumberField binding=binding compact=true />
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="group">
            <legend>{lt(Label::Adoption)}</legend>
            <div class="ramp">{cells}</div>
            <p class="hint source-note">{lt(Label::AdoptionNote)}</p>
        </fieldset>
    }
}

/// The Benefits section's fields (its frame is the editor's).
#[component]
pub fn BenefitsFields() -> impl IntoView {
    view! {
        <>
            <div class="field-row">
                {number_fields(vec![
                    num!(Money, Label::RevenueUplift, Unit::MoneyPerYear, benefits.revenue_uplift_per_year),
                    num!(Percent, Label::GrossMargin, Unit::Percent, benefits.gross_margin),
                    num!(Hours, Label::HoursSaved, Unit::HoursPerWeek, benefits.hours_saved_per_user_per_week),
                    num!(Weeks, Label::WorkingWeeks, Unit::Weeks, benefits.working_weeks_per_year),
                    num!(Percent, Label::ProductivityCorrection, Unit::Percent, benefits.productivity_correction),
                    num!(Money, Label::RetiredTools, Unit::MoneyPerYear, benefits.retired_tools_per_year),
                ])}
            </div>
            <AdoptionRamp />
        </>
    }
}
