//! The range of one number field, in the field itself: "(30–80)" after the value and unit when
//! the input has a range, and a "±" toggle that opens the low / high / distribution editor in
//! place. What is typed is checked by the engine's own validation of the scenario (low ≤ value
//! ≤ high, the field's bounds, whole numbers) before it is kept; a refused range shows its
//! message at the field and never reaches the engine.

use leptos::prelude::*;
use rust_decimal::Decimal;
use truecost_model::inputs::Field;
use truecost_model::scenario::range_path;
use truecost_model::{Distribution, ErrorCode, Range, Scenario};

use super::ux;
use crate::i18n::{Label, Locale, Ux, format_input, parse_number};
use crate::ui::fields::{Planner, input_id};

/// The texts typed into the editor that are not (yet) in the scenario.
#[derive(Clone, Default, PartialEq)]
struct Draft {
    low: Option<String>,
    high: Option<String>,
    error: Option<String>,
}

/// The message for a refused range, in `locale` (values in the field's typed units).
fn refusal(key: &str, scenario: &Scenario, scale: Decimal, locale: Locale) -> Option<String> {
    let errors = scenario.validate().err()?;
    let prefix = range_path(key, None);
    let f = errors.errors.iter().find(|f| f.path.starts_with(&prefix))?;
    let value = Field::parse(key)
        .and_then(|field| field.read(scenario))
        .map(|v| format_input(v * scale, locale))
        .unwrap_or_default();
    Some(match f.code {
        ErrorCode::RangeLowAboveValue => Ux::LowAbove.text(locale).replace("{value}", &value),
        ErrorCode::RangeHighBelowValue => Ux::HighBelow.text(locale).replace("{value}", &value),
        _ => crate::i18n::field_problem(f, locale),
    })
}

/// Tries the draft with one bound changed: keeps the range when the engine accepts it,
/// returns the message otherwise.
fn try_range(
    planner: Planner,
    key: &str,
    scale: Decimal,
    low: &str,
    high: &str,
    distribution: Distribution,
) -> Option<String> {
    let locale = planner.locale.get_untracked();
    let parse = |t: &str| {
        parse_number(t, locale)
            .ok()
            .and_then(|v| v.checked_div(scale))
            .ok_or_else(|| Label::ErrNotANumber.text(locale).to_string())
    };
    let (low, high) = match (parse(low), parse(high)) {
        (Ok(l), Ok(h)) => (l, h),
        (Err(e), _) | (_, Err(e)) => return Some(e),
    };
    let mut next = planner.scenario.get_untracked();
    next.ranges.insert(
        key.to_owned(),
        Range {
            low,
            high,
            distribution,
        },
    );
    match refusal(key, &next, scale, locale) {
        Some(message) => Some(message),
        None if next.validate().is_ok() => {
            planner.scenario.set(next);
            None
        }
        None => Some(Ux::NotKept.text(locale).to_owned()),
    }
}

/// What the range display and its editor share, for one field.
#[derive(Clone)]
struct RangeCtx {
    planner: Planner,
    /// The field's path as the page names it.
    shown_path: StoredValue<String>,
    /// The scenario path of the field (project rows are mapped to the scenario's own list).
    key: Memo<Option<String>>,
    /// The field's range, if it has one.
    range: Memo<Option<Range>>,
    /// The editor is open.
    open: RwSignal<bool>,
    /// What is typed into the editor and not (yet) kept.
    draft: RwSignal<Draft>,
    /// Typed values are stored ÷ this.
    scale: Decimal,
    /// The editor's element id.
    id: String,
    /// The test id suffix (the field's path).
    testid: String,
}

impl RangeCtx {
    /// A stored value as typed in the field, in the current language.
    fn typed(&self, v: Decimal) -> String {
        format_input(v * self.scale, self.planner.locale.get())
    }

    /// "Range of {field}" in the current language.
    fn title(&self) -> String {
        let l = self.planner.locale.get();
        let name = self.key.with(|k| {
            let k = k.clone().unwrap_or_else(|| self.shown_path.get_value());
            self.planner
                .scenario
                .with_untracked(|s| super::input_name(&k, s, l))
        });
        Ux::RangeOf.text(l).replace("{field}", &name)
    }
}

/// The range display and editor for the field at `path` (typed values are stored ÷ `scale`),
/// or nothing when the path is not a rangeable input. The editor is built when it is first
/// opened; in the release page (feature `split`) it comes from a lazily loaded chunk.
pub fn range_hook(path: &str, scale: Decimal) -> Option<AnyView> {
    Field::parse(path)?;
    let planner = Planner::get();
    let (scenario, locale) = (planner.scenario, planner.locale);
    let shown_path = StoredValue::new(path.to_owned());
    let fixed = !path.starts_with("project.activities[");
    let key = Memo::new(move |_| {
        shown_path.with_value(|p| {
            if fixed {
                Some(p.clone())
            } else {
                scenario.with(|s| super::scenario_path(p, s))
            }
        })
    });
    let range = Memo::new(move |_| {
        key.with(|k| {
            k.as_ref()
                .and_then(|k| scenario.with(|s| s.ranges.get(k).cloned()))
        })
    });
    let ctx = RangeCtx {
        planner,
        shown_path,
        key,
        range,
        open: RwSignal::new(false),
        draft: RwSignal::new(Draft::default()),
        scale,
        id: format!("{}-range", input_id(path)),
        testid: path.to_owned(),
    };
    let (open, draft) = (ctx.open, ctx.draft);
    // Once opened, the editor stays built (closed, it is hidden).
    let built = crate::ui::latch::latch(move || open.get());
    let compact = {
        let c = ctx.clone();
        move || {
            range
                .get()
                .map(|r| format!("({}–{})", c.typed(r.low), c.typed(r.high)))
        }
    };
    let title = {
        let c = ctx.clone();
        move || c.title()
    };
    let editor = ctx.clone();
    Some(
        view! {
            <span class="range-compact num" data-testid=format!("range-{}", ctx.testid)>{compact}</span>
            <button
                type="button"
                class="range-toggle"
                data-testid=format!("range-toggle-{}", ctx.testid)
                aria-expanded=move || open.get().to_string()
                aria-controls=ctx.id.clone()
                title=move || Ux::Range.text(locale.get())
                aria-label=title
                on:click=move |_| {
                    draft.set(Draft::default());
                    open.update(|o| *o = !*o);
                }
            >
                "±"
            </button>
            {move || built.get().then(|| Suspend::new(range_editor(editor.clone())))}
        }
        .into_any(),
    )
}

/// The low / high / distribution editor of one field's range (a lazily loaded chunk in the
/// release page).
#[cfg_attr(feature = "split", leptos::lazy)]
async fn range_editor(ctx: RangeCtx) -> AnyView {
    crate::ui::lazy_style::load(&[crate::ui::lazy_style::Sheet::Uncertainty]).await;
    let RangeCtx {
        planner,
        key,
        range,
        open,
        draft,
        scale,
        ref id,
        ref testid,
        ..
    } = ctx;
    let (scenario, locale) = (planner.scenario, planner.locale);
    let (id, testid) = (id.clone(), testid.clone());
    let likely = move || {
        key.with(|k| {
            k.as_ref()
                .and_then(|k| scenario.with(|s| Field::parse(k).and_then(|f| f.read(s))))
                .unwrap_or_default()
        })
    };
    let typed = move |v: Decimal| format_input(v * scale, locale.get());
    let bound = move |high: bool| {
        // A closed editor reads nothing, so typing elsewhere costs it nothing.
        if !open.get() {
            return String::new();
        }
        let d = draft.get();
        let text = if high { d.high } else { d.low };
        text.unwrap_or_else(|| {
            let r = range.get();
            typed(r.map_or_else(likely, |r| if high { r.high } else { r.low }))
        })
    };
    let distribution = move || range.get().map(|r| r.distribution).unwrap_or_default();
    let apply = move |high: Option<String>, low: Option<String>, dist: Option<Distribution>| {
        let (l, h) = (
            low.clone().unwrap_or_else(|| bound(false)),
            high.clone().unwrap_or_else(|| bound(true)),
        );
        let error = match key.get_untracked() {
            Some(k) => try_range(
                planner,
                &k,
                scale,
                &l,
                &h,
                dist.unwrap_or_else(distribution),
            ),
            None => Some(Ux::NotKept.text(locale.get_untracked()).to_owned()),
        };
        draft.update(|d| {
            if low.is_some() {
                d.low = low;
            }
            if high.is_some() {
                d.high = high;
            }
            d.error = error;
        });
    };
    let remove = move |_| {
        if let Some(k) = key.get_untracked() {
            planner.try_change(|s| {
                s.ranges.remove(&k);
            });
        }
        draft.set(Draft::default());
        open.set(false);
    };
    let error_id = format!("{id}-error");
    let title = move || ctx.title();
    let dist_value = move || match distribution() {
        Distribution::Pert => "pert",
        Distribution::Triangular => "triangular",
        Distribution::Uniform => "uniform",
    };
    let on_dist = move |ev: leptos::ev::Event| {
        let d = match event_target_value(&ev).as_str() {
            "triangular" => Distribution::Triangular,
            "uniform" => Distribution::Uniform,
            _ => Distribution::Pert,
        };
        apply(None, None, Some(d));
    };
    let described = error_id.clone();
    let base_id = id.clone();
    let input = move |high: bool, testid: String, label: Ux| {
        let input_id = format!("{base_id}-{}", if high { "high" } else { "low" });
        view! {
            <label for=input_id.clone()>{ux(label)}</label>
            <input
                id=input_id
                type="text"
                inputmode="decimal"
                autocomplete="off"
                data-testid=testid
                aria-invalid=move || draft.with(|d| d.error.is_some()).to_string()
                aria-describedby=described.clone()
                prop:value=move || bound(high)
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    if high { apply(Some(text), None, None) } else { apply(None, Some(text), None) }
                }
            />
        }
    };
    view! {
        <fieldset class="range-editor" id=id.clone() hidden=move || !open.get()>
            <legend>{title}</legend>
            {input(false, format!("range-low-{testid}"), Ux::Low)}
            {input(true, format!("range-high-{testid}"), Ux::High)}
            <label for=format!("{id}-dist")>{ux(Ux::Distribution)}</label>
            <select
                id=format!("{id}-dist")
                data-testid=format!("range-dist-{testid}")
                prop:value=dist_value
                on:change=on_dist
            >
                <option value="pert">{ux(Ux::Pert)}</option>
                <option value="triangular">{ux(Ux::Triangular)}</option>
                <option value="uniform">{ux(Ux::Uniform)}</option>
            </select>
            <button
                type="button"
                data-testid=format!("range-remove-{testid}")
                hidden=move || range.with(Option::is_none)
                on:click=remove
            >
                {ux(Ux::RemoveRange)}
            </button>
            <p class="field-error" id=error_id.clone() role="alert" data-testid=format!("range-error-{testid}")>
                {move || draft.with(|d| d.error.clone())}
            </p>
        </fieldset>
    }
    .into_any()
}
