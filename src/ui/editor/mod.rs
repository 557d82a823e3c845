//! The scenario editor: collapsible sections that follow the buyer's path, each in its own
//! file, plus the choice lists they share.

mod benefits;
mod custom;
mod deployment;
mod finance;
mod operations;
mod project;
mod team;
mod training;

use leptos::prelude::*;
use truecost_model::{Category, DeploymentModel, LineKind, Phase, Quadrant, Role};

use crate::i18n::{Label, Text, category, phase, quadrant};
use crate::ui::fields::{TextField, lt};

/// One collapsible section with its title and a one-line explanation. Its fields are built
/// only when it is first opened (a closed section costs no DOM, no start-up time and nothing
/// per keystroke); once built they stay, closed or open.
#[component]
pub fn Section(
    /// Test id suffix: `section-{id}`.
    id: &'static str,
    /// Title.
    #[prop(into)]
    title: Text,
    /// One-line explanation.
    #[prop(into)]
    help: Text,
    /// Open at first.
    #[prop(optional)]
    open: bool,
    /// The fields.
    children: Children,
) -> impl IntoView {
    let opened = RwSignal::new(open);
    let fields = StoredValue::new_local(Some(children));
    let on_toggle = move |ev: leptos::ev::Event| {
        let now_open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
        if now_open && !opened.get_untracked() {
            opened.set(true);
        }
    };
    let body = move || {
        opened
            .get()
            .then(|| fields.try_update_value(Option::take).flatten().map(|f| f()))
    };
    view! {
        <details class="section" open=open data-testid=format!("section-{id}") on:toggle=on_toggle>
            <summary>
                <span class="section-title">{lt(title)}</span>
                <span class="explain">{lt(help)}</span>
            </summary>
            <div class="section-body">{body}</div>
        </details>
    }
}

/// A titled group of fields inside a section.
#[component]
pub fn Group(
    /// Title.
    title: Label,
    /// The fields.
    children: Children,
) -> impl IntoView {
    view! {
        <fieldset class="group">
            <legend>{lt(title)}</legend>
            <div class="field-row">{children()}</div>
        </fieldset>
    }
}

/// A list editor's frame: its title, the rows, and the button that adds a row.
#[component]
pub fn ListGroup<F>(
    /// Title.
    title: Label,
    /// The add button's text.
    add_label: Label,
    /// The add button's test id.
    add_testid: &'static str,
    /// Adds a row.
    on_add: F,
    /// The rows.
    children: Children,
) -> impl IntoView
where
    F: Fn(leptos::ev::MouseEvent) + 'static,
{
    view! {
        <fieldset class="group list">
            <legend>{lt(title)}</legend>
            {children()}
            <button type="button" data-testid=add_testid on:click=on_add>
                {lt(add_label)}
            </button>
        </fieldset>
    }
}

/// All sections, in the buyer's order.
#[component]
pub fn Editor() -> impl IntoView {
    view! {
        <TextField
            id="scenario-name".to_string()
            label=Label::ScenarioName
            get=std::sync::Arc::new(|s| s.name.clone())
            set=std::sync::Arc::new(|s, v| s.name = v)
        />
        <team::TeamSection />
        <deployment::DeploymentSection />
        <project::ProjectSection />
        <training::TrainingSection />
        <operations::OperationsSection />
        <benefits::BenefitsSection />
        <finance::FinanceSection />
        <custom::CustomSection />
        <crate::ui::decide::ChecklistSection />
        <crate::ui::decide::ScorecardSection />
        <crate::ui::decide::CandidatesSection />
    }
}

/// Choices from (value, label) pairs.
pub fn choices<T>(pairs: impl IntoIterator<Item = (T, Label)>) -> Vec<(T, Text)> {
    pairs.into_iter().map(|(v, l)| (v, l.into())).collect()
}

/// The deployment models and their names.
pub fn deployment_choices() -> Vec<(DeploymentModel, Text)> {
    choices([
        (DeploymentModel::Saas, Label::ModelSaas),
        (DeploymentModel::OnPremise, Label::ModelOnPremise),
        (DeploymentModel::Hybrid, Label::ModelHybrid),
        (DeploymentModel::SelfBuilt, Label::ModelSelfBuilt),
        (DeploymentModel::OpenSource, Label::ModelOpenSource),
    ])
}

/// A role's name and its key in the scenario JSON.
pub fn role_name(role: Role) -> (Label, &'static str) {
    match role {
        Role::Sales => (Label::RoleSales, "sales"),
        Role::It => (Label::RoleIt, "it"),
        Role::Admin => (Label::RoleAdmin, "admin"),
        Role::Management => (Label::RoleManagement, "management"),
        Role::Trainer => (Label::RoleTrainer, "trainer"),
    }
}

/// Choices of a custom line's kind.
pub fn kind_choices() -> Vec<(LineKind, Text)> {
    choices([
        (LineKind::Cost, Label::KindCost),
        (LineKind::Benefit, Label::KindBenefit),
    ])
}

/// The ten categories and their names.
pub fn category_choices() -> Vec<(Category, Text)> {
    Category::ALL
        .iter()
        .map(|&c| (c, category(c).into()))
        .collect()
}

/// The four quadrants and their names.
pub fn quadrant_choices() -> Vec<(Quadrant, Text)> {
    Quadrant::ALL
        .iter()
        .map(|&q| (q, quadrant(q).into()))
        .collect()
}

/// The seven phases and their names.
pub fn phase_choices() -> Vec<(Phase, Text)> {
    Phase::ALL.iter().map(|&p| (p, phase(p).into())).collect()
}
