//! Project (phases): one-time work by activity — internal hours by role and outside fees —
//! plus implementation consulting, vendor overtime and the contingency reserve.

use leptos::prelude::*;
use truecost_model::{
    Activity, ConsultingMode, Factor, Hours, Money, Percent, ProjectActivity, Role, RoleHours,
    Scenario,
};

use super::{Group, choices, role_name};
use crate::i18n::Label;
use crate::ui::fields::{
    ChoiceField, NumberBinding, NumberField, Planner, Unit, lt, number_fields,
};
use crate::{cget, cset, num};

/// The scenario's entry for `kind`, added (empty) if it has none.
fn activity_mut(s: &mut Scenario, kind: Activity) -> &mut ProjectActivity {
    let index = match s.project.activities.iter().position(|a| a.kind == kind) {
        Some(i) => i,
        None => {
            s.project.activities.push(ProjectActivity {
                kind,
                hours: RoleHours::default(),
                fee: Money::default(),
            });
            s.project.activities.len() - 1
        }
    };
    &mut s.project.activities[index]
}

fn activity(s: &Scenario, kind: Activity) -> Option<&ProjectActivity> {
    s.project.activities.iter().find(|a| a.kind == kind)
}

/// One row of the activities table.
#[component]
fn ActivityRow(index: usize, kind: Activity) -> impl IntoView {
    let label = crate::i18n::activity(kind);
    let cells = Role::ALL
        .iter()
        .map(|&role| {
            let (role_label, key) = role_name(role);
            let binding = NumberBinding::item::<Hours>(
                format!("project.activities[{index}].hours.{key}"),
                role_label,
                Unit::Hours,
                move |s| activity(s, kind).map(|a| a.hours.get(role)),
                move |s, v| *activity_mut(s, kind).hours.get_mut(role) = v,
            );
            view! { <td><NumberField binding=binding compact=true /></td> }
        })
        .collect_view();
    let fee = NumberBinding::item::<Money>(
        format!("project.activities[{index}].fee"),
        Label::Fee,
        Unit::Money,
        move |s| activity(s, kind).map(|a| a.fee),
        move |s, v| activity_mut(s, kind).fee = v,
    );
    view! {
        <tr data-testid="activity-row">
            <th scope="row">{lt(label)}</th>
            {cells}
            <td><NumberField binding=fee compact=true /></td>
        </tr>
    }
}

/// The Project section's fields (its frame is the editor's).
#[component]
pub fn ProjectFields() -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let mode = Memo::new(move |_| scenario.with(|s| s.project.consulting.mode));
    let th = move |l: Label| view! { <th scope="col">{lt(l)}</th> };
    view! {
        <>
            <div class="table-scroll">
                <table class="input-table" data-testid="activities">
                    <thead>
                        <tr>
                            {th(Label::Activity)}
                            {Role::ALL.iter().map(|&r| th(role_name(r).0)).collect_view()}
                            {th(Label::Fee)}
                        </tr>
                    </thead>
                    <tbody>
                        {Activity::ALL
                            .iter()
                            .enumerate()
                            .map(|(i, &kind)| view! { <ActivityRow index=i kind=kind /> })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="hint source-note">{lt(Label::ActivitiesNote)}</p>
            <Group title=Label::ConsultingMode>
                <ChoiceField
                    path="project.consulting.mode"
                    label=Label::ConsultingMode
                    options=choices([(ConsultingMode::Rule, Label::ConsultingRule), (ConsultingMode::Entered, Label::ConsultingEntered)])
                    get=cget!(project.consulting.mode)
                    set=cset!(project.consulting.mode)
                />
                <Show
                    when=move || mode.get() == ConsultingMode::Rule
                    fallback=|| view! {
                        <NumberField binding=num!(Money, Label::ConsultingFee, Unit::Money, project.consulting.entered_fee) />
                    }
                >
                    {number_fields(vec![
                        num!(Factor, Label::ConsultingRatio, Unit::Times, project.consulting.ratio),
                        num!(Money, Label::ConsultingFloor, Unit::Money, project.consulting.floor),
                    ])}
                </Show>
                {number_fields(vec![
                    num!(Percent, Label::OvertimeShare, Unit::Percent, project.overtime.share_of_vendor_work),
                    num!(Factor, Label::OvertimeMultiplier, Unit::Times, project.overtime.multiplier),
                    num!(Percent, Label::Contingency, Unit::Percent, project.contingency),
                ])}
            </Group>
        </>
    }
}
