//! Reusable labelled inputs bound to one scenario field: number (money, %, hours, counts …),
//! choice and text. A number field parses what is typed in the current locale, checks it
//! against the field's type and the scenario's cross-field rules, and only then writes it to
//! the scenario; a bad value shows a message next to the field and never reaches the engine.

use std::sync::Arc;

use leptos::prelude::*;
use rust_decimal::Decimal;
use truecost_model::{
    Assumption, Contacts, Count, Factor, Fte, Growth, Horizon, Hours, InvalidValue, Money, Percent,
    Scenario, Weeks,
};

use crate::i18n::{Hx, Label, Locale, NumberError, Text, format_input, parse_number};

/// The state every editor widget works on: the open scenario and the interface language.
#[derive(Clone, Copy)]
pub struct Planner {
    /// The scenario being edited (always valid: widgets only write valid scenarios).
    pub scenario: RwSignal<Scenario>,
    /// The interface language.
    pub locale: RwSignal<Locale>,
    /// The default scenario, against which "changed" and "reset to default" are judged.
    pub defaults: StoredValue<Scenario>,
    /// The assumptions register (rules of thumb with their sources).
    pub assumptions: StoredValue<Vec<Assumption>>,
}

impl Planner {
    /// The planner of the current component tree.
    pub fn get() -> Planner {
        expect_context::<Planner>()
    }

    /// Applies `change` to a copy of the scenario and keeps it only if it is still valid, so
    /// no widget can put a scenario the engine refuses (or storage cannot read back) in force.
    /// Returns whether the change was kept.
    pub fn try_change(&self, change: impl FnOnce(&mut Scenario)) -> bool {
        let mut next = self.scenario.get_untracked();
        change(&mut next);
        let valid = next.validate().is_ok();
        if valid {
            self.scenario.set(next);
        }
        valid
    }

    /// The rule of thumb behind the default of `path`, if there is one.
    pub fn assumption(&self, path: &str) -> Option<Assumption> {
        // Activity defaults are registered per activity (`project.activities[1].hours`) and
        // apply to each role's hours of it.
        self.assumptions.with_value(|all| {
            all.iter()
                .filter(|a| !a.reference_only && !a.field.is_empty())
                .find(|a| {
                    path == a.field
                        || path
                            .strip_prefix(a.field)
                            .is_some_and(|rest| rest.starts_with('.'))
                })
                .cloned()
        })
    }
}

/// What a number field's value is counted in; decides the unit shown and whether the typed
/// number is a percentage (typed as 10 for 10 %, stored as 0.10).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// An amount in the scenario's currency.
    Money,
    /// Currency per month.
    MoneyPerMonth,
    /// Currency per year.
    MoneyPerYear,
    /// Currency per seat per month.
    MoneyPerSeatMonth,
    /// Currency per hour.
    MoneyPerHour,
    /// A percentage.
    Percent,
    /// Hours.
    Hours,
    /// Hours per month.
    HoursPerMonth,
    /// Hours per week.
    HoursPerWeek,
    /// Users.
    Users,
    /// Contacts or records.
    Contacts,
    /// Years.
    Years,
    /// Weeks.
    Weeks,
    /// A multiplier.
    Times,
    /// Full-time equivalents.
    Fte,
    /// Visits.
    Visits,
    /// Any other unit, by its text.
    Other(Text),
}

impl Unit {
    /// The unit as shown next to the input.
    pub fn text(self, locale: Locale, currency: &str) -> String {
        let t = |l: Label| l.text(locale);
        match self {
            Unit::Money => currency.to_string(),
            Unit::MoneyPerMonth => format!("{currency} {}", t(Label::PerMonth)),
            Unit::MoneyPerYear => format!("{currency} {}", t(Label::PerYear)),
            Unit::MoneyPerSeatMonth => format!("{currency} {}", t(Label::PerSeatMonth)),
            Unit::MoneyPerHour => format!("{currency} {}", t(Label::PerHour)),
            Unit::Percent => "%".to_string(),
            Unit::Hours => t(Label::UnitHours).to_string(),
            Unit::HoursPerMonth => t(Label::UnitHoursPerMonth).to_string(),
            Unit::HoursPerWeek => t(Label::UnitHoursPerWeek).to_string(),
            Unit::Users => t(Label::UnitUsers).to_string(),
            Unit::Contacts => t(Label::UnitContacts).to_string(),
            Unit::Years => t(Label::UnitYears).to_string(),
            Unit::Weeks => t(Label::UnitWeeks).to_string(),
            Unit::Times => t(Label::UnitTimes).to_string(),
            Unit::Fte => t(Label::UnitFte).to_string(),
            Unit::Visits => t(Label::UnitVisits).to_string(),
            Unit::Other(text) => text.text(locale).to_string(),
        }
    }

    /// How many typed units make one stored unit (100 for percentages).
    pub fn scale(self) -> Decimal {
        if self == Unit::Percent {
            Decimal::ONE_HUNDRED
        } else {
            Decimal::ONE
        }
    }
}

/// A validated value type a number field can edit: its bounds and whether it is whole.
pub trait FieldValue: Copy + Into<Decimal> + TryFrom<Decimal, Error = InvalidValue> {
    /// Smallest and largest accepted stored value.
    fn bounds() -> (Decimal, Decimal);
    /// True for whole numbers (counts).
    const WHOLE: bool = false;
}

macro_rules! decimal_field_value {
    ($($t:ty),*) => {$(
        impl FieldValue for $t {
            fn bounds() -> (Decimal, Decimal) { (<$t>::MIN, <$t>::MAX) }
        }
    )*};
}
decimal_field_value!(Money, Percent, Growth, Hours, Factor, Fte, Weeks);

macro_rules! integer_field_value {
    ($($t:ty),*) => {$(
        impl FieldValue for $t {
            fn bounds() -> (Decimal, Decimal) {
                (Decimal::from(<$t>::MIN), Decimal::from(<$t>::MAX))
            }
            const WHOLE: bool = true;
        }
    )*};
}
integer_field_value!(Count, Contacts, Horizon);

/// Reads a number out of a scenario.
pub type Getter = Arc<dyn Fn(&Scenario) -> Decimal + Send + Sync>;
/// Writes a number into a scenario, refusing a value its type does not accept.
pub type Setter = Arc<dyn Fn(&mut Scenario, Decimal) -> Result<(), InvalidValue> + Send + Sync>;

/// One numeric field of the scenario: where it lives, how it is labelled, its unit and bounds.
#[derive(Clone)]
pub struct NumberBinding {
    /// The field's path in the scenario JSON, e.g. `pricing.seat_price_per_month`.
    pub path: String,
    /// The label shown.
    pub label: Text,
    /// The unit shown (and the percentage scale).
    pub unit: Unit,
    /// Smallest and largest stored value.
    pub bounds: (Decimal, Decimal),
    /// Whole numbers only.
    pub whole: bool,
    /// Reads the value.
    pub get: Getter,
    /// Writes the value.
    pub set: Setter,
}

impl NumberBinding {
    /// A binding for a field of value type `T`.
    pub fn of<T: FieldValue + 'static>(
        path: impl Into<String>,
        label: impl Into<Text>,
        unit: Unit,
        get: impl Fn(&Scenario) -> T + Send + Sync + 'static,
        set: impl Fn(&mut Scenario, T) + Send + Sync + 'static,
    ) -> Self {
        NumberBinding {
            path: path.into(),
            label: label.into(),
            unit,
            bounds: T::bounds(),
            whole: T::WHOLE,
            get: Arc::new(move |s| get(s).into()),
            set: Arc::new(move |s, v| {
                set(s, T::try_from(v)?);
                Ok(())
            }),
        }
    }

    /// A binding for a value inside a list (a tier, an add-on, a custom line's period): reads 0
    /// when the item is missing; `set` may grow the list.
    pub fn item<T: FieldValue + 'static>(
        path: impl Into<String>,
        label: impl Into<Text>,
        unit: Unit,
        get: impl Fn(&Scenario) -> Option<T> + Send + Sync + 'static,
        set: impl Fn(&mut Scenario, T) + Send + Sync + 'static,
    ) -> Self {
        NumberBinding {
            path: path.into(),
            label: label.into(),
            unit,
            bounds: T::bounds(),
            whole: T::WHOLE,
            get: Arc::new(move |s| get(s).map_or(Decimal::ZERO, Into::into)),
            set: Arc::new(move |s, v| {
                set(s, T::try_from(v)?);
                Ok(())
            }),
        }
    }

    /// A binding for a plain small whole number (years) between `min` and `max`.
    pub fn years(
        path: impl Into<String>,
        label: impl Into<Text>,
        (min, max): (u8, u8),
        get: fn(&Scenario) -> u8,
        set: fn(&mut Scenario, u8),
    ) -> Self {
        const OUT_OF_RANGE: InvalidValue = InvalidValue("out of range");
        NumberBinding {
            path: path.into(),
            label: label.into(),
            unit: Unit::Years,
            bounds: (Decimal::from(min), Decimal::from(max)),
            whole: true,
            get: Arc::new(move |s| Decimal::from(get(s))),
            set: Arc::new(move |s, v| {
                let whole = u8::try_from(v).map_err(|_| OUT_OF_RANGE)?;
                if !v.fract().is_zero() || whole < min || whole > max {
                    return Err(OUT_OF_RANGE);
                }
                set(s, whole);
                Ok(())
            }),
        }
    }
}

/// Binds a scenario field by its path: `num!(Money, Label::SeatPrice, Unit::MoneyPerSeatMonth,
/// pricing.seat_price_per_month)`.
#[macro_export]
macro_rules! num {
    ($ty:ty, $label:expr, $unit:expr, $first:ident $(. $rest:ident)*) => {
        $crate::ui::fields::NumberBinding::of::<$ty>(
            concat!(stringify!($first) $(, ".", stringify!($rest))*),
            $label,
            $unit,
            |s: &truecost_model::Scenario| s.$first $(.$rest)*,
            |s: &mut truecost_model::Scenario, v: $ty| s.$first $(.$rest)* = v,
        )
    };
}

/// Text typed into a number field that is not (yet) in the scenario.
#[derive(Clone, PartialEq)]
struct Draft {
    /// What is in the input.
    text: String,
    /// The scenario's value when it was typed; a different value now means the scenario was
    /// changed elsewhere (reset, template) and the draft is stale.
    at: Decimal,
    /// Why it was refused, if it was.
    error: Option<String>,
}

fn range_message(b: &NumberBinding, locale: Locale) -> String {
    let scale = b.unit.scale();
    let show = |v: Decimal| format_input(v * scale, locale);
    Label::ErrRange
        .text(locale)
        .replace("{min}", &show(b.bounds.0))
        .replace("{max}", &show(b.bounds.1))
}

/// The most decimals a stored value keeps (the engine rounds anything longer to 12 places).
const STORED_DECIMALS: u32 = 12;

/// Why typed text is not a number, in the reader's language and for this field.
fn number_message(e: NumberError, b: &NumberBinding, locale: Locale) -> String {
    match e {
        // A field where 0 is not allowed (the horizon) says what is, rather than "0 if none".
        NumberError::Empty if b.bounds.0 > Decimal::ZERO => range_message(b, locale),
        NumberError::Empty => Label::ErrEmpty.text(locale).to_string(),
        NumberError::NotANumber => Label::ErrNotANumber.text(locale).to_string(),
        NumberError::TooLarge => Label::ErrTooLarge.text(locale).to_string(),
        NumberError::TooManyDecimals => decimals_message(b, locale),
        NumberError::Separator { likely: Some(v) } => Hx::ErrSeparatorLikely
            .text(locale)
            .replace("{value}", &format_input(v, locale)),
        NumberError::Separator { likely: None } => Hx::ErrSeparator.text(locale).to_string(),
    }
}

/// "At most n decimals": 12 stored places, two fewer when typed as a percentage.
fn decimals_message(b: &NumberBinding, locale: Locale) -> String {
    let typed_places = if b.unit.scale() == Decimal::ONE {
        STORED_DECIMALS
    } else {
        STORED_DECIMALS - 2
    };
    Hx::ErrDecimals
        .text(locale)
        .replace("{n}", &typed_places.to_string())
}

/// Checks typed text against the binding and the scenario; the new scenario, or a message.
pub fn apply(
    b: &NumberBinding,
    text: &str,
    scenario: &Scenario,
    locale: Locale,
) -> Result<Scenario, String> {
    let typed = parse_number(text, locale).map_err(|e| number_message(e, b, locale))?;
    let stored = typed
        .checked_div(b.unit.scale())
        .ok_or_else(|| Label::ErrTooLarge.text(locale).to_string())?;
    // More decimals than are kept would be stored rounded: refuse rather than change it.
    if stored.normalize().scale() > STORED_DECIMALS || stored * b.unit.scale() != typed {
        return Err(decimals_message(b, locale));
    }
    if b.whole && !stored.fract().is_zero() {
        return Err(Label::ErrWhole.text(locale).to_string());
    }
    if stored < b.bounds.0 || stored > b.bounds.1 {
        return Err(range_message(b, locale));
    }
    let mut next = scenario.clone();
    (b.set)(&mut next, stored).map_err(|_| range_message(b, locale))?;
    next.validate().map_err(|e| {
        let first = e
            .errors
            .iter()
            .find(|f| f.path.starts_with(b.path.as_str()))
            .or(e.errors.first());
        format!(
            "{} {}",
            Label::ErrConflict.text(locale),
            first
                .map(|f| crate::i18n::field_problem(f, locale))
                .unwrap_or_default()
        )
    })?;
    Ok(next)
}

/// The DOM id of a field's input, derived from its path.
pub fn input_id(path: &str) -> String {
    let mut id = String::from("f-");
    id.extend(
        path.chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }),
    );
    id
}

/// A labelled number input with its unit, validation message, "changed" look, and — where the
/// default is a rule of thumb — an info marker with the rule and its source, and a reset.
#[component]
pub fn NumberField(
    /// The scenario field.
    binding: NumberBinding,
    /// A test id for the input (defaults to the field's path).
    #[prop(optional)]
    testid: Option<&'static str>,
    /// Label hidden visually (table cells); still read by screen readers.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let locale = planner.locale;
    let b = Arc::new(binding);
    let id = input_id(&b.path);
    let testid = testid.map(str::to_string).unwrap_or_else(|| b.path.clone());
    let default_value = planner.defaults.with_value(|d| (b.get)(d));
    let assumption = planner.assumption(&b.path);
    let draft = RwSignal::new(None::<Draft>);
    let show_info = RwSignal::new(false);

    let current = {
        let b = b.clone();
        Memo::new(move |_| scenario.with(|s| (b.get)(s)))
    };
    // The draft only counts while the scenario still holds the value it was typed against.
    let live_draft = move || draft.get().filter(|d| d.at == current.get());
    let error = move || live_draft().and_then(|d| d.error);
    let shown = {
        let b = b.clone();
        move || match live_draft() {
            Some(d) => d.text,
            None => format_input(current.get() * b.unit.scale(), locale.get()),
        }
    };
    let on_input = {
        let b = b.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            let at = current.get_untracked();
            let result = scenario.with_untracked(|s| apply(&b, &text, s, locale.get_untracked()));
            match result {
                Ok(next) => {
                    let at = (b.get)(&next);
                    draft.set(Some(Draft {
                        text,
                        at,
                        error: None,
                    }));
                    scenario.set(next);
                }
                Err(message) => draft.set(Some(Draft {
                    text,
                    at,
                    error: Some(message),
                })),
            }
        }
    };
    // Leaving a valid field shows the value in its canonical form.
    let on_change = move |_| {
        if draft.get_untracked().is_some_and(|d| d.error.is_none()) {
            draft.set(None);
        }
    };
    let reset = {
        let b = b.clone();
        move |_| {
            if planner.try_change(|s| {
                let _ = (b.set)(s, default_value);
            }) {
                draft.set(None);
            }
        }
    };
    let changed = move || current.get() != default_value;
    let unit_text = {
        let b = b.clone();
        move || scenario.with(|s| b.unit.text(locale.get(), s.currency.as_str()))
    };
    let error_id = format!("{id}-error");
    let label = b.label;
    // Every default shows where it came from: a rule of thumb with its source, or — for the
    // example values of the default scenario — that it is an example.
    let is_example = assumption.is_none() && !default_value.is_zero();
    let has_info = assumption.is_some() || is_example;
    let default_text = {
        let b = b.clone();
        move || format_input(default_value * b.unit.scale(), locale.get())
    };

    view! {
        <div
            class="field"
            class:compact=compact
            class:changed=changed
            class:invalid=move || error().is_some()
        >
            <div class="label-row" class:visually-hidden=compact>
                <label for=id.clone()>{lt(label)}</label>
                {has_info
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="info"
                                aria-expanded=move || show_info.get().to_string()
                                title=move || Label::InfoSource.text(locale.get())
                                aria-label=move || Label::InfoSource.text(locale.get())
                                on:click=move |_| show_info.update(|v| *v = !*v)
                            >
                                "i"
                            </button>
                        }
                    })}
                <button
                    type="button"
                    class="reset"
                    data-testid=format!("reset-{testid}")
                    hidden=move || !changed()
                    on:click=reset
                >
                    {lt(Label::ResetDefault)}
                </button>
            </div>
            <div class="input-wrap">
                <input
                    id=id.clone()
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    data-testid=testid.clone()
                    aria-invalid=move || error().is_some().to_string()
                    aria-describedby=error_id.clone()
                    prop:value=shown
                    on:input=on_input
                    on:change=on_change
                />
                <span class="unit">{unit_text}</span>
                {crate::ui::uncertainty::range_hook(&b.path, b.unit.scale())}
            </div>
            <p class="field-error" id=error_id role="alert" data-testid=format!("error-{testid}")>
                {move || {
                    error()
                        .map(|e| format!("{e} {}", Label::KeptLastValid.text(locale.get())))
                }}
            </p>
            {move || {
                if !show_info.get() {
                    return None;
                }
                let l = locale.get();
                let (rationale, source) = match &assumption {
                    Some(a) => (
                        crate::i18n::assumption_rationale(a.id, l, a.rationale),
                        Some(format!("{} {}", a.source.tag(), a.source.citation())),
                    ),
                    None => (Label::ExampleDefault.text(l), None),
                };
                Some(view! {
                    <div class="assumption" data-testid=format!("info-{testid}")>
                        <p>{rationale}</p>
                        {source.map(|s| view! { <p class="source">{s}</p> })}
                        <p>{Label::DefaultIs.text(l)} " " {default_text()}</p>
                    </div>
                })
            }}
        </div>
    }
}

/// Reads a choice out of a scenario.
pub type ChoiceGet<T> = Arc<dyn Fn(&Scenario) -> T + Send + Sync>;
/// Writes a choice into a scenario.
pub type ChoiceSet<T> = Arc<dyn Fn(&mut Scenario, T) + Send + Sync>;

/// A labelled `<select>` over the variants of a choice enum. The generic part only maps values
/// to positions; the widget itself ([`SelectField`]) is compiled once for every enum.
#[component]
pub fn ChoiceField<T>(
    /// The field's path in the scenario JSON (test id and DOM id).
    #[prop(into)]
    path: String,
    /// The label.
    label: Label,
    /// The choices and their texts.
    options: Vec<(T, Text)>,
    /// Reads the choice.
    get: ChoiceGet<T>,
    /// Writes the choice.
    set: ChoiceSet<T>,
    /// A test id (defaults to the path).
    #[prop(optional, into)]
    testid: Option<String>,
    /// Label hidden visually (table cells); still read by screen readers.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let values: Arc<Vec<T>> = Arc::new(options.iter().map(|(v, _)| *v).collect());
    let texts = options.into_iter().map(|(_, t)| t).collect();
    let position: ChoiceGet<usize> = {
        let values = values.clone();
        Arc::new(move |s: &Scenario| {
            let v = get(s);
            values.iter().position(|o| *o == v).unwrap_or(0)
        })
    };
    let choose: ChoiceSet<usize> = Arc::new(move |s: &mut Scenario, i: usize| {
        if let Some(v) = values.get(i) {
            set(s, *v);
        }
    });
    view! {
        <SelectField
            path=path
            label=label
            texts=texts
            position=position
            choose=choose
            testid=testid
            compact=compact
        />
    }
}

/// The non-generic `<select>` behind [`ChoiceField`]: options by position.
#[component]
fn SelectField(
    path: String,
    label: Label,
    texts: Vec<Text>,
    position: ChoiceGet<usize>,
    choose: ChoiceSet<usize>,
    testid: Option<String>,
    compact: bool,
) -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let id = input_id(&path);
    let testid = testid.unwrap_or(path);
    let count = texts.len();
    let selected = move || scenario.with(|s| position(s)).to_string();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(i) = event_target_value(&ev)
            .parse::<usize>()
            .ok()
            .filter(|i| *i < count)
        {
            planner.try_change(|s| choose(s, i));
        }
    };
    let items = texts
        .into_iter()
        .enumerate()
        .map(|(i, t)| view! { <option value=i.to_string()>{lt(t)}</option> })
        .collect_view();
    view! {
        <div class="field" class:compact=compact>
            <label for=id.clone() class:visually-hidden=compact>
                {lt(label)}
            </label>
            <select id=id data-testid=testid prop:value=selected on:change=on_change>
                {items}
            </select>
        </div>
    }
}

/// The longest name a text field accepts (the engine allows more: a typed name never makes a
/// scenario invalid).
pub const MAX_TYPED_NAME: usize = 120;

/// `text` cut to [`MAX_TYPED_NAME`] characters.
pub fn clip_name(text: &str) -> String {
    text.chars().take(MAX_TYPED_NAME).collect()
}

/// A labelled one-line text input (names).
#[component]
pub fn TextField(
    /// DOM id and test id.
    id: String,
    /// The label.
    label: Label,
    /// Reads the text.
    get: ChoiceGet<String>,
    /// Writes the text.
    set: ChoiceSet<String>,
) -> impl IntoView {
    let planner = Planner::get();
    let scenario = planner.scenario;
    let value = move || scenario.with(|s| get(s));
    view! {
        <div class="field">
            <label for=id.clone()>{lt(label)}</label>
            <input
                id=id.clone()
                type="text"
                maxlength="120"
                data-testid=id
                prop:value=value
                on:input=move |ev| {
                    // Never more than a name may hold, even if maxlength is bypassed.
                    let text = clip_name(&event_target_value(&ev));
                    scenario.update(|s| set(s, text));
                }
            />
        </div>
    }
}

/// The reader of a choice field at a scenario path: `cget!(deployment.model)`.
#[macro_export]
macro_rules! cget {
    ($first:ident $(. $rest:ident)*) => {{
        let get: $crate::ui::fields::ChoiceGet<_> =
            std::sync::Arc::new(|s: &truecost_model::Scenario| s.$first $(.$rest)*);
        get
    }};
}

/// The writer of a choice field at a scenario path: `cset!(deployment.model)`.
#[macro_export]
macro_rules! cset {
    ($first:ident $(. $rest:ident)*) => {{
        let set: $crate::ui::fields::ChoiceSet<_> =
            std::sync::Arc::new(|s: &mut truecost_model::Scenario, v| s.$first $(.$rest)* = v);
        set
    }};
}

/// A reactive text in the current language. Every text on the page goes through this one
/// non-generic function, so they all share one closure type (instead of one per call site),
/// which keeps the wasm small.
fn reactive_text(text: Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let locale = Planner::get().locale;
    move || text.text(locale.get())
}

/// A reactive editor text (or any [`Text`]) in the current language.
pub fn lt(text: impl Into<Text>) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    reactive_text(text.into())
}

/// A reactive chrome/results text in the current language.
pub fn mt(msg: crate::i18n::Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    reactive_text(msg.into())
}

/// Number fields for a list of bindings, in order. One rendering path for all of them (instead
/// of one expansion per call site) keeps the wasm small.
pub fn number_fields(bindings: Vec<NumberBinding>) -> impl IntoView {
    bindings
        .into_iter()
        .map(|binding| view! { <NumberField binding=binding /> })
        .collect_view()
}
