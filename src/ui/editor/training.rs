//! Training: getting users started (coordination, hours per user, on-site visits) and
//! training new hires every year.

use leptos::prelude::*;
use truecost_model::{Count, Hours, Money, Percent};

use super::Section;
use crate::i18n::Label;
use crate::num;
use crate::ui::fields::{NumberField, Unit};

/// The Training section.
#[component]
pub fn TrainingSection() -> impl IntoView {
    view! {
        <Section id="training" title=Label::SecTraining help=Label::SecTrainingHelp>
            <div class="field-row">
                <NumberField binding=num!(Hours, Label::CoordinationHours, Unit::Hours, training.coordination_hours) />
                <NumberField binding=num!(Hours, Label::HoursPerUser, Unit::Hours, training.hours_per_user) />
                <NumberField binding=num!(Count, Label::OnsiteVisits, Unit::Visits, training.onsite_visits) />
                <NumberField binding=num!(Money, Label::VisitFee, Unit::Money, training.visit_fee) />
                <NumberField binding=num!(Percent, Label::Turnover, Unit::Percent, training.new_hire_turnover) />
                <NumberField binding=num!(Money, Label::OngoingTrainingFee, Unit::MoneyPerYear, training.ongoing_fee_per_year) />
            </div>
        </Section>
    }
}
