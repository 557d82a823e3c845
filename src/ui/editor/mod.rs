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

use crate::i18n::{DecideText as D, Label, Text, category, phase, quadrant};
use crate::ui::fields::{TextField, lt};

/// The editor's sections, in the buyer's order. The team's fields are part of the page's first
/// module (that section is open at first); every other section's fields are built from the
/// editor's lazily loaded chunk when the section is first opened (see [`part_fields`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Team & rates.
    Team,
    /// Deployment & licences.
    Deployment,
    /// Project (activities, consulting).
    Project,
    /// Training.
    Training,
    /// Operations.
    Operations,
    /// Benefits.
    Benefits,
    /// Finance settings.
    Finance,
    /// Custom cost and benefit lines.
    Custom,
    /// The vendor checklist.
    Checklist,
    /// The requirements scorecard.
    Fit,
    /// The candidates (fit of the saved scenarios).
    Candidates,
}

/// A section's fields, built where they live: the team's at once, the others after their chunk
/// has loaded.
fn fields_of(part: Part) -> AnyView {
    match part {
        Part::Team => view! { <team::TeamFields /> }.into_any(),
        _ => Suspend::new(part_fields(part)).into_any(),
    }
}

/// The fields of `part`. In the release page (feature `split`) this is a lazily loaded chunk:
/// the first section the user opens downloads it; the page's first module holds none of it.
#[cfg_attr(feature = "split", leptos::lazy)]
async fn part_fields(part: Part) -> AnyView {
    use crate::ui::lazy_style::{Sheet, load};
    load(&[Sheet::Compare, Sheet::Decide]).await;
    match part {
        Part::Team => view! { <team::TeamFields /> }.into_any(),
        Part::Deployment => view! { <deployment::DeploymentFields /> }.into_any(),
        Part::Project => view! { <project::ProjectFields /> }.into_any(),
        Part::Training => view! { <training::TrainingFields /> }.into_any(),
        Part::Operations => view! { <operations::OperationsFields /> }.into_any(),
        Part::Benefits => view! { <benefits::BenefitsFields /> }.into_any(),
        Part::Finance => view! { <finance::FinanceFields /> }.into_any(),
        Part::Custom => view! { <custom::CustomFields /> }.into_any(),
        Part::Checklist => view! { <crate::ui::decide::ChecklistFields /> }.into_any(),
        Part::Fit => view! { <crate::ui::decide::ScorecardFields /> }.into_any(),
        Part::Candidates => view! { <crate::ui::decide::CandidatesFields /> }.into_any(),
    }
}

/// One collapsible section with its title and a one-line explanation. Its fields are built
/// only when it is first opened (a closed section costs no DOM, no start-up time, nothing per
/// keystroke and, in the release page, no download); once built they stay, closed or open.
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
    /// Which fields it holds.
    part: Part,
) -> impl IntoView {
    let opened = RwSignal::new(open);
    let on_toggle = move |ev: leptos::ev::Event| {
        let now_open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
        if now_open && !opened.get_untracked() {
            opened.set(true);
        }
    };
    let body = move || opened.get().then(|| fields_of(part));
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
        <Section id="team" title=Label::SecTeam help=Label::SecTeamHelp open=true part=Part::Team />
        <Section id="deployment" title=Label::SecDeployment help=Label::SecDeploymentHelp part=Part::Deployment />
        <Section id="project" title=Label::SecProject help=Label::SecProjectHelp part=Part::Project />
        <Section id="training" title=Label::SecTraining help=Label::SecTrainingHelp part=Part::Training />
        <Section id="operations" title=Label::SecOperations help=Label::SecOperationsHelp part=Part::Operations />
        <Section id="benefits" title=Label::SecBenefits help=Label::SecBenefitsHelp part=Part::Benefits />
        <Section id="finance" title=Label::SecFinance help=Label::SecFinanceHelp part=Part::Finance />
        <Section id="custom" title=Label::SecCustom help=Label::SecCustomHelp part=Part::Custom />
        <Section id="checklist" title=D::SecChecklist help=D::SecChecklistHelp part=Part::Checklist />
        <Section id="fit" title=D::SecFit help=D::SecFitHelp part=Part::Fit />
        <Section id="candidates" title=D::Candidates help=D::CandidatesHelp part=Part::Candidates />
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
