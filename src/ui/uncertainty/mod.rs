//! "How sure is this number?" on the page (wasm only): the panel in the results that runs the
//! engine's Monte Carlo simulation in short slices after typing pauses ([`UncertaintyPanel`]),
//! its spread charts and tornado, and the range editor next to every number field
//! ([`range_hook`]). Nothing here computes a figure: the engine's
//! [`truecost_model::uncertainty`] does; these components format and draw.

mod panel;
mod range_field;
mod spread_chart;
mod tornado_chart;

pub use panel::UncertaintyPanel;
pub use range_field::range_hook;

/// Where "How sure is this number?" will be. A scenario with ranges shows the simulation panel
/// at once; one without shows only the panel's title, what it does and its "Add typical
/// ranges" button, and the panel is loaded when that is clicked. In the release page (feature
/// `split`) the panel, its charts and the simulation engine are a lazily loaded chunk, so a
/// visit that never uses ranges never downloads them.
#[component]
pub fn UncertaintyMount() -> impl IntoView {
    let scenario = Planner::get().scenario;
    let clicked = RwSignal::new(false);
    // Once shown, the panel stays (removing the last range does not unload it).
    let wanted =
        crate::ui::latch::latch(move || clicked.get() || scenario.with(|s| !s.ranges.is_empty()));
    move || {
        if wanted.get() {
            Suspend::new(uncertainty_panel(clicked.get_untracked())).into_any()
        } else {
            view! {
                <section class="panel uncertainty" data-testid="uncertainty" data-state="idle" aria-labelledby="uncertainty-title">
                    <h2 id="uncertainty-title">{ux(Ux::Title)}</h2>
                    <p class="explain">{ux(Ux::Intro)}</p>
                    <div class="sim-actions">
                        <button type="button" data-testid="add-typical-ranges" on:click=move |_| clicked.set(true)>
                            {ux(Ux::AddTypical)}
                        </button>
                    </div>
                    <p class="explain" data-testid="sim-no-ranges">{ux(Ux::NoRanges)}</p>
                </section>
            }
            .into_any()
        }
    }
}

/// The simulation panel (a lazily loaded chunk in the release page).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn uncertainty_panel(add_typical_now: bool) -> AnyView {
    crate::ui::lazy_style::load(&[crate::ui::lazy_style::Sheet::Uncertainty]).await;
    view! { <UncertaintyPanel add_typical_now=add_typical_now /> }.into_any()
}

use leptos::prelude::*;
use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;
use truecost_model::inputs::{Field, Kind};
use truecost_model::{Activity, Role, Scenario};

use crate::i18n::format::{Style, format};
use crate::i18n::{Label, Locale, Ux, field_name};
use crate::ui::fields::Planner;

/// A reactive uncertainty text in the current language (one closure type for all of them).
pub(crate) fn ux(text: Ux) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let locale = Planner::get().locale;
    move || text.text(locale.get())
}

/// A figure in the locale: money in `currency` (whole units), or a share as a percentage.
pub(crate) fn show(value: f64, style: &Style, locale: Locale) -> String {
    Decimal::from_f64(value)
        .map(|d| format(d, locale, style))
        .unwrap_or_default()
}

/// A stored input value as typed in its field (percentages × 100), in the locale, with `%`
/// after a percentage.
pub(crate) fn input_value(path: &str, value: Decimal, locale: Locale) -> String {
    match Field::parse(path).map(Field::kind) {
        Some(Kind::Percent | Kind::Growth) => format!(
            "{} %",
            crate::i18n::format_input(value * Decimal::ONE_HUNDRED, locale)
        ),
        _ => crate::i18n::format_input(value, locale),
    }
}

/// The name of a ranged input in `locale`, as the editor labels its field (the activity and
/// role for project hours); the path itself when no label is known.
pub(crate) fn input_name(path: &str, scenario: &Scenario, locale: Locale) -> String {
    if let Some(name) = field_name(path, locale) {
        return name;
    }
    let text = |l: Label| l.text(locale);
    let activity = |i: usize| {
        scenario
            .project
            .activities
            .get(i)
            .map(|a| text(crate::i18n::activity(a.kind)))
    };
    let role = |r: Role| {
        text(match r {
            Role::Sales => Label::RoleSales,
            Role::It => Label::RoleIt,
            Role::Admin => Label::RoleAdmin,
            Role::Management => Label::RoleManagement,
            Role::Trainer => Label::RoleTrainer,
        })
    };
    let named = match Field::parse(path) {
        Some(Field::ActivityHours(i, r)) => activity(i).map(|a| format!("{a} › {}", role(r))),
        Some(Field::ActivityFee(i)) => activity(i).map(|a| format!("{a} › {}", text(Label::Fee))),
        _ => match path.rsplit('.').next() {
            Some("floor") => Some(text(Label::ConsultingFloor).to_owned()),
            Some("revenue_uplift_per_year") => Some(text(Label::RevenueUplift).to_owned()),
            Some("hours_saved_per_user_per_week") => Some(text(Label::HoursSaved).to_owned()),
            _ => None,
        },
    };
    named.unwrap_or_else(|| path.to_owned())
}

/// The scenario path of the field the editor calls `path`: the project table numbers its rows
/// by `Activity::ALL`, the scenario by its own list, so `project.activities[i]` is mapped to the
/// scenario's entry of that activity (`None` while the scenario has none).
pub(crate) fn scenario_path(path: &str, scenario: &Scenario) -> Option<String> {
    let Some(rest) = path.strip_prefix("project.activities[") else {
        return Some(path.to_owned());
    };
    let (row, tail) = rest.split_once(']')?;
    let kind = *Activity::ALL.get(row.parse::<usize>().ok()?)?;
    let index = scenario
        .project
        .activities
        .iter()
        .position(|a| a.kind == kind)?;
    Some(format!("project.activities[{index}]{tail}"))
}
