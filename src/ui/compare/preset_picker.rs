//! Vendor presets in the pricing section: a plan picker (alphabetical, as the data lists them;
//! no vendor highlighted), every figure of the chosen plan as "list price as of DATE — verify
//! with the vendor" with its source, and "Apply", which fills the pricing section through the
//! engine's `apply_preset`, lists each field it changed with its value before and after, shows
//! the engine's notes translated by code, and offers one-click Undo. A scenario not in USD gets
//! the engine's refusal, translated; nothing is converted.

use leptos::prelude::*;
use rust_decimal::Decimal;
use std::str::FromStr;
use truecost_model::Scenario;
use truecost_model::presets::{
    ApplyNote, ApplyOptions, ExtraUnit, FieldChange, FigureRef, Preset, PresetError, apply_preset,
    preset, presets,
};

use super::format::percent;
use crate::i18n::format::{Style, format};
use crate::i18n::{Cx, Label, Locale, Text};
use crate::ui::fields::{Planner, lt};

/// A preset's name in the reader's language: "Vendor Plan" (proper names), or the translated
/// name of a generic price point.
pub fn preset_label(p: &Preset, l: Locale) -> String {
    match p.id {
        "generic-budget" => Cx::GenericBudget.text(l).to_owned(),
        "generic-enterprise" => Cx::GenericEnterprise.text(l).to_owned(),
        _ => p.label(),
    }
}

/// The engine's refusal in the reader's language.
pub fn preset_error_text(e: &PresetError, l: Locale) -> String {
    match e {
        PresetError::Currency { scenario } => Cx::PresetCurrency.text(l).replace("{c}", scenario),
        PresetError::InvalidFigure { field, .. } => {
            Cx::PresetBroken.text(l).replace("{field}", field)
        }
    }
}

/// An apply note in the reader's language (by its code).
fn note_text(n: &ApplyNote, l: Locale) -> String {
    match n {
        ApplyNote::AnnualOnly => Cx::NoteAnnualOnly.text(l).to_owned(),
        ApplyNote::NoMonthlyPrice => Cx::NoteNoMonthly.text(l).to_owned(),
        ApplyNote::NoAnnualPrice => Cx::NoteNoAnnual.text(l).to_owned(),
        ApplyNote::ExtraUsersNotPriced { included, users } => Cx::NoteExtraUsers
            .text(l)
            .replace("{included}", &included.to_string())
            .replace("{users}", &users.to_string()),
        ApplyNote::NoSubscription => Cx::NoteNoSubscription.text(l).to_owned(),
        ApplyNote::PremiumSupportIncluded => Cx::NotePremiumIncluded.text(l).to_owned(),
        ApplyNote::PremiumSupportNotPriced => Cx::NotePremiumNotPriced.text(l).to_owned(),
    }
}

/// How a pricing field's value is shown.
#[derive(Clone, Copy)]
enum Kind {
    Money,
    Percent,
    Whole,
    Items,
    Choice,
}

/// The name of a pricing field (by its path) and how its value is shown.
fn field_of(path: &str) -> Option<(Text, Kind)> {
    let field: (Text, Kind) = match path.strip_prefix("pricing.")? {
        "plan" => (Label::Plan.into(), Kind::Choice),
        "seat_price_per_month" => (Label::SeatPrice.into(), Kind::Money),
        "flat_plan_price_per_month" => (Label::FlatPlanPrice.into(), Kind::Money),
        "included_seats" => (Label::IncludedSeats.into(), Kind::Whole),
        "extra_seat_price_per_month" => (Label::ExtraSeatPrice.into(), Kind::Money),
        "seat_licensing" => (Label::SeatLicensing.into(), Kind::Choice),
        "concurrency_ratio" => (Label::ConcurrencyRatio.into(), Kind::Percent),
        "contacts" => (Label::Contacts.into(), Kind::Whole),
        "contact_growth" => (Label::ContactGrowth.into(), Kind::Percent),
        "contact_tiers" => (Label::ContactTiers.into(), Kind::Items),
        "add_ons" => (Label::AddOns.into(), Kind::Items),
        "billing" => (Label::Billing.into(), Kind::Choice),
        "annual_discount" => (Label::AnnualDiscount.into(), Kind::Percent),
        "minimum_term_years" => (Label::MinimumTerm.into(), Kind::Whole),
        "renewal_uplift" => (Label::RenewalUplift.into(), Kind::Percent),
        "minimum_seats" => (Cx::FigMinimumSeats.into(), Kind::Whole),
        "onboarding_fee" => (Cx::FigOnboarding.into(), Kind::Money),
        "support_rate" => (Cx::SupportRate.into(), Kind::Percent),
        _ => return None,
    };
    Some(field)
}

/// A value of a changed field, as the engine wrote it, shown in the reader's language.
fn shown(kind: Kind, raw: &str, l: Locale, currency: &str) -> String {
    let number = Decimal::from_str(raw).ok();
    match (kind, number) {
        (Kind::Money, Some(v)) => format(v, l, &Style::MoneyCents(currency.to_owned())),
        (Kind::Percent, Some(v)) => format(v, l, &Style::Percent(2)),
        (Kind::Whole, Some(v)) => format(v, l, &Style::Number(0)),
        (Kind::Items, _) => Cx::Items.text(l).replace("{n}", raw),
        (Kind::Choice, _) => match raw {
            "per_seat" => Label::PlanPerSeat,
            "flat_plan" => Label::PlanFlat,
            "named" => Label::SeatsNamed,
            "concurrent" => Label::SeatsConcurrent,
            "monthly" => Label::BillingMonthly,
            "quarterly" => Label::BillingQuarterly,
            _ => Label::BillingAnnual,
        }
        .text(l)
        .to_owned(),
        _ => raw.to_owned(),
    }
}

/// One changed field: "Name: before → after" (`data-field` = its path).
fn change_line(c: &FieldChange, l: Locale, currency: &str) -> impl IntoView + use<> {
    let (name, before, after) = match field_of(c.field) {
        Some((name, kind)) => (
            name.text(l).to_owned(),
            shown(kind, &c.before, l, currency),
            shown(kind, &c.after, l, currency),
        ),
        None => (c.field.to_owned(), c.before.clone(), c.after.clone()),
    };
    view! { <li data-field=c.field>{format!("{name}: {before} → {after}")}</li> }
}

/// A preset figure's name and its value in the reader's language (presets are in USD).
fn figure_line(name: &str, f: &FigureRef, l: Locale) -> Option<(Text, String)> {
    let money = |v: Decimal| format(v, l, &Style::MoneyCents("USD".to_owned()));
    let whole = |v: Decimal| format(v, l, &Style::Number(0));
    Some(match name {
        "price_annual" => (Cx::FigAnnual.into(), money(f.value)),
        "price_monthly" => (Cx::FigMonthly.into(), money(f.value)),
        "onboarding_fee" => (Cx::FigOnboarding.into(), money(f.value)),
        "renewal_uplift" => (Cx::FigUplift.into(), percent(f.value, l)),
        "premium_support_rate" => (Cx::FigPremium.into(), percent(f.value, l)),
        "included_users" => (Cx::FigIncludedUsers.into(), whole(f.value)),
        "included_contacts" => (Cx::FigIncludedContacts.into(), whole(f.value)),
        "minimum_seats" => (Cx::FigMinimumSeats.into(), whole(f.value)),
        "minimum_term_years" => (Cx::FigTerm.into(), whole(f.value)),
        _ => return None,
    })
}

/// A row of the figures table: name, value, "list price as of DATE — verify with the vendor"
/// and the source (cited in English, as the evidence gives it).
fn figure_row(name: impl IntoView, value: String, f: FigureRef, l: Locale) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td class="num">{value}</td>
            <td>{Cx::AsOf.text(l).replace("{date}", f.date)}</td>
            <td>
                {Cx::Source.text(l)} " " <span lang="en" translate="no">{f.source}</span>
            </td>
        </tr>
    }
}

/// Every figure of `p` with its date and source, and its note in a labelled English disclosure.
fn figures(p: &'static Preset, l: Locale) -> impl IntoView + use<> {
    let main = p
        .figures()
        .into_iter()
        .filter_map(|(name, f)| {
            let (label, value) = figure_line(name, &f, l)?;
            Some(figure_row(label.text(l), value, f, l))
        })
        .collect_view();
    let extras = p
        .extras
        .iter()
        .map(|e| {
            let f = FigureRef::from(&e.price);
            let unit = match e.unit {
                ExtraUnit::PerSeatPerMonth => Label::PerSeatMonth.text(l),
                _ => Label::PerMonth.text(l),
            };
            let value = format!(
                "{} {unit}",
                format(f.value, l, &Style::MoneyCents("USD".to_owned()))
            );
            let name = view! {
                {Cx::FigExtra.text(l)} ": " <span lang="en" translate="no">{e.name}</span>
            };
            figure_row(name, value, f, l)
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="preset-figures" data-testid="preset-figures">
                <tbody>{main}{extras}</tbody>
            </table>
        </div>
        {(!p.note.is_empty())
            .then(|| {
                view! {
                    <details class="source-note">
                        <summary>{Cx::SourceNote.text(l)}</summary>
                        <p lang="en">{p.note}</p>
                    </details>
                }
            })}
    }
}

/// What the last Apply did: the preset, the fields it changed and the engine's notes.
#[derive(Clone, PartialEq)]
struct Done {
    preset: &'static Preset,
    changes: Vec<FieldChange>,
    notes: Vec<ApplyNote>,
}

/// The preset picker of the pricing section (`data-testid="presets"`).
#[component]
pub fn PresetPicker() -> impl IntoView {
    let planner = Planner::get();
    let locale = planner.locale;
    let chosen = RwSignal::new(None::<&'static Preset>);
    let premium = RwSignal::new(false);
    let done = RwSignal::new(None::<Done>);
    let undone = RwSignal::new(None::<&'static Preset>);
    let problem = RwSignal::new(None::<PresetError>);
    let before = StoredValue::new(None::<Scenario>);

    let on_choose = move |ev: leptos::ev::Event| {
        chosen.set(preset(&event_target_value(&ev)));
        problem.set(None);
    };
    let apply = move |_| {
        let Some(p) = chosen.get_untracked() else {
            return;
        };
        let now = planner.scenario.get_untracked();
        let options = ApplyOptions {
            premium_support: premium.get_untracked(),
        };
        match apply_preset(&now, p, options) {
            Ok(applied) if planner.try_change(|s| *s = applied.scenario.clone()) => {
                before.set_value(Some(now));
                undone.set(None);
                problem.set(None);
                done.set(Some(Done {
                    preset: p,
                    changes: applied.changes,
                    notes: applied.notes,
                }));
            }
            Ok(_) => problem.set(Some(PresetError::InvalidFigure {
                preset: p.id,
                field: "pricing",
            })),
            Err(e) => {
                done.set(None);
                problem.set(Some(e));
            }
        }
    };
    let undo = move |_| {
        if let Some(previous) = before.try_update_value(Option::take).flatten() {
            planner.scenario.set(previous);
            undone.set(done.get_untracked().map(|d| d.preset));
            done.set(None);
        }
    };
    let report = move || {
        let l = locale.get();
        let currency = planner
            .scenario
            .with_untracked(|s| s.currency.as_str().to_owned());
        done.get().map(|d| {
            let changes = d
                .changes
                .iter()
                .map(|c| change_line(c, l, &currency))
                .collect_view();
            let notes = d
                .notes
                .iter()
                .map(|n| view! { <li>{note_text(n, l)}</li> })
                .collect_view();
            view! {
                <div class="banner ok" role="status" data-testid="preset-applied">
                    <p>
                        {Cx::Applied
                            .text(l)
                            .replace("{plan}", &preset_label(d.preset, l))
                            .replace("{n}", &d.changes.len().to_string())}
                        " "
                        <button type="button" data-testid="preset-undo" on:click=undo>
                            {crate::i18n::Msg::Undo.text(l)}
                        </button>
                    </p>
                    <ul class="preset-changes">{changes}</ul>
                    <ul class="preset-notes" data-testid="preset-notes">{notes}</ul>
                </div>
            }
        })
    };
    // Built when first opened: a closed picker costs no DOM (and its 30 plan names, proper
    // names kept in their own spelling, appear only when asked for).
    let opened = RwSignal::new(false);
    let on_toggle = move |ev: leptos::ev::Event| {
        if event_target::<web_sys::HtmlDetailsElement>(&ev).open() {
            opened.set(true);
        }
    };
    let body = move || {
        opened.get().then(|| {
            let options = presets()
                .iter()
                .map(|p| {
                    let text = move || {
                        let l = locale.get();
                        let mut text = preset_label(p, l);
                        if p.edition == truecost_model::presets::Edition::Previous {
                            text = format!("{text} ({})", Cx::EditionPrevious.text(l));
                        }
                        text
                    };
                    view! { <option value=p.id translate="no">{text}</option> }
                })
                .collect_view();
            view! {
                    <div class="field-row">
                        <select data-testid="preset-select" on:change=on_choose aria-label=lt(Cx::PresetChoose)>
                            <option value="">{lt(Cx::PresetChoose)}</option>
                            {options}
                        </select>
                        <label class="check">
                            <input
                                type="checkbox"
                                data-testid="preset-premium"
                                prop:checked=move || premium.get()
                                on:change=move |ev| premium.set(event_target_checked(&ev))
                            />
                            {lt(Cx::PremiumSupport)}
                        </label>
                        <button
                            type="button"
                            data-testid="preset-apply"
                            disabled=move || chosen.with(Option::is_none)
                            on:click=apply
                        >
                            {lt(Cx::PresetApply)}
                        </button>
                    </div>
                    {move || chosen.get().map(|p| figures(p, locale.get()))}
                    {move || {
                        problem
                            .get()
                            .map(|e| {
                                view! {
                                    <p class="field-error" role="alert" data-testid="preset-error">
                                        {preset_error_text(&e, locale.get())}
                                    </p>
                                }
                            })
                    }}
                    {report}
                    {move || {
                        undone
                            .get()
                            .map(|p| {
                                view! {
                                    <p class="hint" role="status" data-testid="preset-undone">
                                        {Cx::Undone.text(locale.get()).replace("{plan}", &preset_label(p, locale.get()))}
                                    </p>
                                }
                            })
                    }}
            }
        })
    };
    view! {
        <details class="group presets" data-testid="presets" on:toggle=on_toggle>
            <summary>{lt(Cx::PresetTitle)}</summary>
            {body}
        </details>
    }
}
