//! Operations: the yearly cost of keeping the CRM running — administrator, support,
//! upgrades, security, consultants and downtime.

use leptos::prelude::*;
use truecost_model::{Factor, Fte, Hours, Money, Percent, SupportTier};

use super::{Group, choices};
use crate::i18n::Label;
use crate::ui::fields::{ChoiceField, Unit, number_fields};
use crate::{cget, cset, num};

/// The Operations section's fields (its frame is the editor's).
#[component]
pub fn OperationsFields() -> impl IntoView {
    view! {
        <>
            <div class="field-row">
                {number_fields(vec![
                    num!(Fte, Label::AdminFte, Unit::Fte, operations.admin_fte),
                    num!(Money, Label::AdminSalary, Unit::MoneyPerYear, operations.admin_salary),
                    num!(Factor, Label::AdminLoading, Unit::Times, operations.admin_loading),
                ])}
                <ChoiceField
                    path="operations.support_tier"
                    label=Label::SupportTier
                    options=choices([
                        (SupportTier::None, Label::TierNone),
                        (SupportTier::Basic, Label::TierBasic),
                        (SupportTier::Priority, Label::TierPriority),
                        (SupportTier::AroundTheClock, Label::TierAroundTheClock),
                    ])
                    get=cget!(operations.support_tier)
                    set=cset!(operations.support_tier)
                />
                {number_fields(vec![
                    num!(Money, Label::SupportFee, Unit::MoneyPerYear, operations.support_fee_per_year),
                    num!(Money, Label::Upgrades, Unit::MoneyPerYear, operations.upgrades_per_year),
                    num!(Money, Label::Security, Unit::MoneyPerYear, operations.security_compliance_per_year),
                    num!(Money, Label::Consultants, Unit::MoneyPerYear, operations.consultants_per_year),
                ])}
            </div>
            <Group title=Label::OutageHours>
                {number_fields(vec![
                    num!(Hours, Label::OutageHours, Unit::Hours, operations.downtime.outage_hours_per_year),
                    num!(Percent, Label::AffectedShare, Unit::Percent, operations.downtime.affected_share),
                    num!(Percent, Label::ProductivityLoss, Unit::Percent, operations.downtime.productivity_loss),
                ])}
            </Group>
        </>
    }
}
