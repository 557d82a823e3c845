//! Training: getting users started (coordination, hours per user, on-site visits) and
//! training new hires every year.

use leptos::prelude::*;
use truecost_model::{Count, Hours, Money, Percent};

use crate::i18n::Label;
use crate::num;
use crate::ui::fields::{Unit, number_fields};

/// The Training section's fields (its frame is the editor's).
#[component]
pub fn TrainingFields() -> impl IntoView {
    view! {
        <>
            <div class="field-row">
                {number_fields(vec![
                    num!(Hours, Label::CoordinationHours, Unit::Hours, training.coordination_hours),
                    num!(Hours, Label::HoursPerUser, Unit::Hours, training.hours_per_user),
                    num!(Count, Label::OnsiteVisits, Unit::Visits, training.onsite_visits),
                    num!(Money, Label::VisitFee, Unit::Money, training.visit_fee),
                    num!(Percent, Label::Turnover, Unit::Percent, training.new_hire_turnover),
                    num!(Money, Label::OngoingTrainingFee, Unit::MoneyPerYear, training.ongoing_fee_per_year),
                ])}
            </div>
        </>
    }
}
