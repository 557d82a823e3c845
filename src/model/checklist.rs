//! The hidden-fee checklist's effects: the vendor's answers (`scenario.checklist`) turned into
//! changes of the scenario, each stated by a code and its values.
//!
//! [`apply`] is the one pure function that derives the *effective* scenario, the one the cost
//! modules then cost, from the scenario and its answers. It only sets inputs (a renewal uplift,
//! a term, a fee, an add-on, contact tiers, a custom line); the formulas stay in `costs/`. An
//! answer takes precedence over the input it sets while it stands; the person's own value is
//! kept in the scenario and counts again when the answer is cleared.
//!
//! What each answer does (the [`EffectKind`] codes):
//! - `concurrent_users` — Yes: concurrent seats (at the answer's share of users, or the
//!   scenario's); No: named seats.
//! - `renewal_uplift` — Yes with a % sets it; Yes without one keeps the scenario's; No sets 0.
//! - `minimum_term` — Yes with N years sets the term; No sets 1 year.
//! - `migration_included` — Yes: the first data-migration activity's outside fee becomes 0.
//!   No with a quote: that fee is the quote. No without a quote: a fee already entered is kept;
//!   otherwise, as **no source gives a migration fee**, it is estimated as the activity's
//!   internal hours (all roles) × the IT role's hourly rate — the vendor doing the work you
//!   planned, at your rate. No activity and no hours: the answer needs a value.
//! - `customization_limits`, `storage_limit`, `api_limit`, `premium_add_ons` (Yes) and
//!   `sandbox_included` (No): a hidden flat add-on at the monthly amount; `permission_tier`
//!   (Yes): a hidden per-seat add-on. They follow the subscription's billing discount and
//!   renewal uplifts.
//! - `support_hourly`, `training_hourly` — Yes: rate × hours a year is added to the yearly
//!   support fee (a support tier of "none" becomes "basic", its ignored fee dropped) or to the
//!   outside training fee after go-live; both escalate with inflation.
//! - `record_limit` — Yes: contact tiers become [up to the limit at the base tier's price,
//!   above it at that price + the amount a month]; the excess is the hidden volume upgrade. No:
//!   one tier at the base price, never upgraded.
//! - `exit_export` — Yes: the export fee as a hidden cost in the last year of the horizon (as if
//!   you leave then), a custom line.
//! - `auto_renewal`, `notice_period`, `record_limit_upgrade`, `breach_liability`: recorded only.
//! - Don't know: an open question; nothing changes.

use std::borrow::Cow;

use rust_decimal::Decimal;
use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use crate::arith::CheckedDecimal;
use crate::error::ScenarioError;
use crate::finance::round_cents;
use crate::ledger::Line;
use crate::scenario::{
    Activity, AddOn, AddOnBasis, Answer, ContactTier, CustomLine, ProjectActivity, Question, Reply,
    Scenario, SeatLicensing, SupportTier,
};
use crate::taxonomy::{Category, LineKind, Phase, Quadrant, Role};
use crate::units::{Contacts, Money};

/// What an answer did, as a stable code; the page states it in the reader's language with the
/// effect's `before`, `after` and `detail` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EffectKind {
    /// Don't know: listed as an open question; the scenario's own values are used.
    OpenQuestion,
    /// No effect on the numbers; the answer is recorded.
    Recorded,
    /// The answer means a cost, but the value it needs is missing; nothing is counted yet.
    NeedsValue,
    /// Seats are counted for concurrent users; `after` = the share of users.
    SeatsConcurrent,
    /// Seats are counted for named users, one per user.
    SeatsNamed,
    /// The renewal uplift is set: `before` → `after` (fractions).
    RenewalUpliftSet,
    /// There is an uplift but no percentage yet: the scenario's `after` is used.
    RenewalUpliftKept,
    /// The minimum term is set: `before` → `after` years.
    MinimumTermSet,
    /// Migration not included: the data-migration fee is the quote, `before` → `after`.
    MigrationFeeSet,
    /// Migration included: the data-migration outside fee is 0 (`before` was counted; null
    /// when there is no data-migration activity).
    MigrationFeeRemoved,
    /// Migration not included: the fee already entered (`after`) is counted.
    MigrationFeeKept,
    /// Migration not included, no quote: the fee `after` is estimated as `detail` migration
    /// hours × the IT rate.
    MigrationFeeEstimated,
    /// A hidden flat add-on of `after` a month.
    AddOnAdded,
    /// A hidden per-seat add-on of `after` per seat a month.
    PerSeatAddOnAdded,
    /// Hourly support of `detail` a year: the yearly support fee goes from `before` to `after`.
    SupportFeeAdded,
    /// Hourly training of `detail` a year: the outside training fee goes from `before` to
    /// `after`.
    TrainingFeeAdded,
    /// Contact tiers: up to `detail` contacts at the base price, `after` a month more above.
    ContactTiersSet,
    /// No record limit: one tier at the base price (`after` a month), never upgraded.
    ContactLimitRemoved,
    /// The export fee at exit, `after`, in year `detail` (the last of the horizon).
    ExitFeeAdded,
}

/// What one answer did to the scenario: the inputs it set, the ledger lines that carry it and
/// the values the page states.
///
/// In JSON (the CLI's results) it also has `statement`, the English sentence of
/// [`ChecklistEffect::statement`]; the page words it from `effect` instead.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ChecklistEffect {
    /// The question answered.
    pub question: Question,
    /// What the answer did.
    pub effect: EffectKind,
    /// The scenario inputs it set, as paths into the *effective* scenario (e.g.
    /// `pricing.renewal_uplift`, `pricing.add_ons[3]`, `custom_lines[2]`); empty when nothing
    /// was set. The page marks these inputs as coming from the checklist; an index past the
    /// end of the person's own list is an item the checklist added.
    pub fields: Vec<String>,
    /// The ledger lines whose amounts come from it (with their contingency siblings); filled
    /// by `evaluate`; empty when the line is zero or the deployment model does not count it.
    pub line_ids: Vec<String>,
    /// The value before, when one was replaced.
    pub before: Option<Decimal>,
    /// The value counted now.
    pub after: Option<Decimal>,
    /// A further value some effects state (see [`EffectKind`]).
    pub detail: Option<Decimal>,
    /// False when the input it sets is not counted under the scenario's deployment model (a
    /// subscription input on a model without a subscription).
    pub counted: bool,
}

/// The effective scenario and what the checklist did to it.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied<'a> {
    /// The scenario the cost modules cost: the input itself when nothing was answered,
    /// otherwise a copy with the answers applied — whose own checklist and scorecard are left
    /// empty (they cost nothing; read them from the input).
    pub scenario: Cow<'a, Scenario>,
    /// One effect per answered question, in sheet order.
    pub effects: Vec<ChecklistEffect>,
    /// The questions answered Don't know, in sheet order.
    pub open_questions: Vec<Question>,
}

/// Derives the effective scenario from `scenario` and its checklist answers, stating each
/// answer's effect. Pure; fails only when an amount built from answers does not fit the
/// scenario's bounds (the error names the answer's field).
pub fn apply(scenario: &Scenario) -> Result<Applied<'_>, ScenarioError> {
    let answers = &scenario.checklist.answers;
    if answers.is_empty() {
        return Ok(Applied {
            scenario: Cow::Borrowed(scenario),
            effects: Vec::new(),
            open_questions: Vec::new(),
        });
    }
    let mut effective = costing_copy(scenario);
    let mut effects = Vec::with_capacity(answers.len());
    let mut open_questions = Vec::new();
    // Sheet order, whatever the order of the list; the first answer to a question counts.
    for question in Question::ALL {
        let Some(index) = answers.iter().position(|a| a.question == question) else {
            continue;
        };
        let Some(answer) = answers.get(index) else {
            continue;
        };
        let effect = if answer.reply == Reply::DontKnow {
            open_questions.push(question);
            effect(question, EffectKind::OpenQuestion)
        } else {
            apply_answer(&mut effective, index, answer)?
        };
        effects.push(effect);
    }
    Ok(Applied {
        scenario: Cow::Owned(effective),
        effects,
        open_questions,
    })
}

/// A copy of `s` without its checklist, scorecard, ranges and simulation settings, which no cost module reads (a
/// 200-requirement scorecard would double the cost of a keystroke). Every other field is
/// named, so a new scenario field fails to compile here until it is copied.
fn costing_copy(s: &Scenario) -> Scenario {
    let Scenario {
        schema_version,
        name,
        currency,
        horizon,
        organisation,
        deployment,
        pricing,
        project,
        training,
        operations,
        benefits,
        finance,
        custom_lines,
        checklist: _,
        fit: _,
        ranges: _,
        simulation: _,
    } = s;
    Scenario {
        schema_version: *schema_version,
        name: name.clone(),
        currency: currency.clone(),
        horizon: *horizon,
        organisation: organisation.clone(),
        deployment: deployment.clone(),
        pricing: pricing.clone(),
        project: project.clone(),
        training: training.clone(),
        operations: operations.clone(),
        benefits: benefits.clone(),
        finance: finance.clone(),
        custom_lines: custom_lines.clone(),
        checklist: Default::default(),
        fit: Default::default(),
        ranges: Default::default(),
        simulation: Default::default(),
    }
}

/// Fills each effect's `line_ids` from the built ledger: the lines driven by the inputs it set
/// (a line's `field` is that input or inside it) and their contingency siblings.
pub(crate) fn link_lines(effects: &mut [ChecklistEffect], lines: &[Line]) {
    for effect in effects.iter_mut() {
        let mut ids: Vec<String> = Vec::new();
        for line in lines {
            let driven = effect.drives().iter().any(|d| within(&line.field, d));
            let sibling = ids
                .iter()
                .any(|id| line.id.strip_suffix(".contingency") == Some(id.as_str()));
            if driven || sibling {
                ids.push(line.id.clone());
            }
        }
        effect.line_ids = ids;
    }
}

/// Whether `field` is `input` or a field inside it (`input.x`, `input[i]`).
fn within(field: &str, input: &str) -> bool {
    field
        .strip_prefix(input)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with('['))
}

impl ChecklistEffect {
    /// The line fields this effect drives: the inputs it set, or the lines those inputs change.
    fn drives(&self) -> Vec<&str> {
        match self.effect {
            EffectKind::SeatsConcurrent | EffectKind::SeatsNamed => vec![
                "pricing.seat_price_per_month",
                "pricing.extra_seat_price_per_month",
            ],
            EffectKind::MinimumTermSet => vec!["pricing.renewal_uplift"],
            _ => self.fields.iter().map(String::as_str).collect(),
        }
    }

    /// The effect in one English sentence (the CLI's `statement`; the page words it by
    /// `effect` in the reader's language).
    pub fn statement(&self) -> String {
        let value = |v: Option<Decimal>| v.unwrap_or_default().normalize();
        let percent = |v: Option<Decimal>| {
            value(v)
                .mul_or_none(Decimal::ONE_HUNDRED)
                .unwrap_or_default()
                .normalize()
        };
        let (before, after, detail) = (value(self.before), value(self.after), value(self.detail));
        let mut text = match self.effect {
            EffectKind::OpenQuestion => {
                "Open question: not known yet; the scenario's own values are used.".to_owned()
            }
            EffectKind::Recorded => "Recorded; it does not change the numbers.".to_owned(),
            EffectKind::NeedsValue => {
                "The answer means a cost, but its amount is missing; nothing is counted yet."
                    .to_owned()
            }
            EffectKind::SeatsConcurrent => format!(
                "Seats are counted for concurrent users: {} % of users at the same time.",
                percent(self.after)
            ),
            EffectKind::SeatsNamed => {
                "Seats are counted for named users: one seat per user.".to_owned()
            }
            EffectKind::RenewalUpliftSet => format!(
                "Renewal uplift {} % (was {} %).",
                percent(self.after),
                percent(self.before)
            ),
            EffectKind::RenewalUpliftKept => format!(
                "The price rises at renewal; until the percentage is known, the scenario's {} % \
                 is used.",
                percent(self.after)
            ),
            EffectKind::MinimumTermSet => format!(
                "Minimum term {after} year(s) (was {before}); the price is uplifted at each \
                 renewal."
            ),
            EffectKind::MigrationFeeSet => format!(
                "Migration is not included: the data-migration fee is the quote, {after} (was \
                 {before})."
            ),
            EffectKind::MigrationFeeRemoved if self.before.is_none() => {
                "Migration is included; no data-migration fee is counted.".to_owned()
            }
            EffectKind::MigrationFeeRemoved => format!(
                "Migration is included: the data-migration outside fee is 0 (was {before})."
            ),
            EffectKind::MigrationFeeKept => format!(
                "Migration is not included: the data-migration fee entered ({after}) is counted."
            ),
            EffectKind::MigrationFeeEstimated => format!(
                "Migration is not included and no source gives a fee: estimated as the {detail} \
                 data-migration hours at the IT rate ({} an hour) = {after}.",
                after
                    .div_or_none(detail)
                    .map(round_cents)
                    .unwrap_or_default()
            ),
            EffectKind::AddOnAdded | EffectKind::PerSeatAddOnAdded => format!(
                "Adds the hidden add-on \"{}\": {after} {}.",
                add_on_name(self.question),
                if self.effect == EffectKind::PerSeatAddOnAdded {
                    "per seat a month"
                } else {
                    "a month"
                }
            ),
            EffectKind::SupportFeeAdded | EffectKind::TrainingFeeAdded => format!(
                "Adds hourly {}: {detail} a year (the yearly fee goes from {before} to {after}).",
                if self.effect == EffectKind::SupportFeeAdded {
                    "support"
                } else {
                    "outside training"
                }
            ),
            EffectKind::ContactTiersSet => format!(
                "Contact tiers: up to {detail} at the base price; above it, {after} a month \
                 more (a hidden volume upgrade)."
            ),
            EffectKind::ContactLimitRemoved => format!(
                "No contact or record limit: the base price ({after} a month) applies at any \
                 volume."
            ),
            EffectKind::ExitFeeAdded => format!(
                "Adds the data-export fee at exit, {after}, in year {detail} (as if you leave \
                 then)."
            ),
        };
        if !self.counted {
            text.push_str(" Not counted: this deployment model has no subscription.");
        }
        text
    }
}

/// The results' JSON: every field, and the English `statement` (serialized only by the CLI,
/// so the sentences never reach the wasm).
impl Serialize for ChecklistEffect {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("ChecklistEffect", 9)?;
        s.serialize_field("question", &self.question)?;
        s.serialize_field("effect", &self.effect)?;
        s.serialize_field("fields", &self.fields)?;
        s.serialize_field("line_ids", &self.line_ids)?;
        s.serialize_field("before", &self.before)?;
        s.serialize_field("after", &self.after)?;
        s.serialize_field("detail", &self.detail)?;
        s.serialize_field("counted", &self.counted)?;
        s.serialize_field("statement", &self.statement())?;
        s.end()
    }
}

/// The name of the add-on an add-on question adds.
fn add_on_name(question: Question) -> &'static str {
    match question {
        Question::CustomizationLimits => "Customization beyond the plan's limits",
        Question::PermissionTier => "Higher tier for user permissions",
        Question::PremiumAddOns => "Premium features",
        Question::StorageLimit => "Storage overage",
        Question::ApiLimit => "API calls beyond the limit",
        _ => "Sandbox / test environment",
    }
}

fn effect(question: Question, kind: EffectKind) -> ChecklistEffect {
    ChecklistEffect {
        question,
        effect: kind,
        fields: Vec::new(),
        line_ids: Vec::new(),
        before: None,
        after: None,
        detail: None,
        counted: true,
    }
}

/// An effect that set `field`, from `before` to `after`.
fn set(
    question: Question,
    kind: EffectKind,
    field: String,
    before: Option<Decimal>,
    after: Option<Decimal>,
) -> ChecklistEffect {
    ChecklistEffect {
        fields: vec![field],
        before,
        after,
        ..effect(question, kind)
    }
}

/// A computed amount as `Money`, or an error at the answer's field.
fn money_at(index: usize, field: &str, amount: Option<Decimal>) -> Result<Money, ScenarioError> {
    amount
        .and_then(|a| Money::new(round_cents(a)).ok())
        .ok_or_else(|| ScenarioError::too_large(&format!("checklist[{index}].{field}")))
}

/// Applies one Yes/No answer (number `index` of the checklist) to `s`.
fn apply_answer(
    s: &mut Scenario,
    index: usize,
    answer: &Answer,
) -> Result<ChecklistEffect, ScenarioError> {
    let question = answer.question;
    let yes = answer.reply == Reply::Yes;
    let needs_value = || effect(question, EffectKind::NeedsValue);
    let recorded = || effect(question, EffectKind::Recorded);
    let mut done = match question {
        Question::ConcurrentUsers => {
            let pricing = &mut s.pricing;
            if yes {
                pricing.seat_licensing = SeatLicensing::Concurrent;
                let mut done = set(
                    question,
                    EffectKind::SeatsConcurrent,
                    "pricing.seat_licensing".into(),
                    None,
                    None,
                );
                if let Some(share) = answer.percent {
                    pricing.concurrency_ratio = share;
                    done.fields.push("pricing.concurrency_ratio".into());
                }
                done.after = Some(pricing.concurrency_ratio.get());
                done
            } else {
                pricing.seat_licensing = SeatLicensing::Named;
                set(
                    question,
                    EffectKind::SeatsNamed,
                    "pricing.seat_licensing".into(),
                    None,
                    None,
                )
            }
        }
        Question::RenewalUplift => {
            let before = s.pricing.renewal_uplift;
            match (yes, answer.percent) {
                (true, None) => ChecklistEffect {
                    after: Some(before.get()),
                    ..effect(question, EffectKind::RenewalUpliftKept)
                },
                (_, uplift) => {
                    let uplift = if yes { uplift } else { None }.unwrap_or_default();
                    s.pricing.renewal_uplift = uplift;
                    set(
                        question,
                        EffectKind::RenewalUpliftSet,
                        "pricing.renewal_uplift".into(),
                        Some(before.get()),
                        Some(uplift.get()),
                    )
                }
            }
        }
        Question::MinimumTerm => {
            let before = s.pricing.minimum_term_years;
            match if yes { answer.term_years() } else { Some(1) } {
                None => needs_value(),
                Some(years) => {
                    s.pricing.minimum_term_years = years;
                    set(
                        question,
                        EffectKind::MinimumTermSet,
                        "pricing.minimum_term_years".into(),
                        Some(before.into()),
                        Some(years.into()),
                    )
                }
            }
        }
        Question::MigrationIncluded => match migration(s, index, answer)? {
            Some(done) => done,
            None => needs_value(),
        },
        Question::CustomizationLimits
        | Question::PermissionTier
        | Question::PremiumAddOns
        | Question::StorageLimit
        | Question::ApiLimit
        | Question::SandboxIncluded => {
            // A sandbox costs extra when it is *not* included.
            let charged = yes != (question == Question::SandboxIncluded);
            match (charged, answer.amount) {
                (false, _) => recorded(),
                (true, None) => needs_value(),
                (true, Some(price)) => add_on(s, question, price),
            }
        }
        Question::SupportHourly | Question::TrainingHourly => {
            match (yes, answer.amount, answer.hours) {
                (false, ..) => recorded(),
                (true, Some(rate), Some(hours)) => {
                    hourly(s, index, question, rate.get().mul_or_none(hours.get()))?
                }
                (true, ..) => needs_value(),
            }
        }
        Question::RecordLimit => match (yes, answer.records, answer.amount) {
            (false, ..) => {
                let base = base_tier_price(s);
                s.pricing.contact_tiers = vec![ContactTier {
                    up_to: Contacts::new(Contacts::MAX).unwrap_or(s.pricing.contacts),
                    price_per_month: base,
                }];
                set(
                    question,
                    EffectKind::ContactLimitRemoved,
                    "pricing.contact_tiers".into(),
                    None,
                    Some(base.get()),
                )
            }
            (true, Some(limit), Some(extra)) => {
                let base = base_tier_price(s);
                let above = money_at(index, "amount", base.get().add_or_none(extra.get()))?;
                let mut tiers = vec![ContactTier {
                    up_to: limit,
                    price_per_month: base,
                }];
                if limit.get() < Contacts::MAX
                    && let Ok(beyond) = Contacts::new(Contacts::MAX)
                {
                    tiers.push(ContactTier {
                        up_to: beyond,
                        price_per_month: above,
                    });
                }
                s.pricing.contact_tiers = tiers;
                ChecklistEffect {
                    detail: Some(limit.decimal()),
                    ..set(
                        question,
                        EffectKind::ContactTiersSet,
                        "pricing.contact_tiers".into(),
                        None,
                        Some(extra.get()),
                    )
                }
            }
            (true, ..) => needs_value(),
        },
        Question::ExitExport => match (yes, answer.amount) {
            (false, _) => recorded(),
            (true, None) => needs_value(),
            (true, Some(fee)) => exit_fee(s, question, fee),
        },
        Question::AutoRenewal
        | Question::NoticePeriod
        | Question::RecordLimitUpgrade
        | Question::BreachLiability => recorded(),
    };
    let subscription_input = matches!(
        done.effect,
        EffectKind::RenewalUpliftSet
            | EffectKind::MinimumTermSet
            | EffectKind::AddOnAdded
            | EffectKind::PerSeatAddOnAdded
            | EffectKind::ContactTiersSet
            | EffectKind::ContactLimitRemoved
    );
    done.counted = !subscription_input || s.deployment.model.has_subscription();
    Ok(done)
}

/// The price of the first contact tier (0 without tiers).
fn base_tier_price(s: &Scenario) -> Money {
    s.pricing
        .contact_tiers
        .first()
        .map_or(Money::ZERO, |tier| tier.price_per_month)
}

/// `migration_included`: the first data-migration activity's outside fee. `None`: the answer
/// needs a value (not included, no quote, nothing to estimate from).
fn migration(
    s: &mut Scenario,
    index: usize,
    answer: &Answer,
) -> Result<Option<ChecklistEffect>, ScenarioError> {
    let question = answer.question;
    let activities = &mut s.project.activities;
    let found = activities
        .iter()
        .position(|a| a.kind == Activity::DataMigration);
    let field = |i: usize| format!("project.activities[{i}].fee");
    let before = found.and_then(|i| activities.get(i)).map(|a| a.fee.get());
    if answer.reply == Reply::Yes {
        let mut done = effect(question, EffectKind::MigrationFeeRemoved);
        if let Some((i, activity)) = found.and_then(|i| Some((i, activities.get_mut(i)?))) {
            activity.fee = Money::ZERO;
            done = set(question, done.effect, field(i), before, Some(Decimal::ZERO));
        }
        return Ok(Some(done));
    }
    let before = before.unwrap_or_default();
    let (fee, kind, detail) = if let Some(quote) = answer.amount {
        (quote, EffectKind::MigrationFeeSet, None)
    } else if !before.is_zero() {
        return Ok(Some(ChecklistEffect {
            after: Some(before),
            ..effect(question, EffectKind::MigrationFeeKept)
        }));
    } else {
        // No source gives a migration fee: the vendor does the work you planned, at your rate.
        let hours = found
            .and_then(|i| activities.get(i))
            .map_or(Some(Decimal::ZERO), |a| {
                Role::ALL.iter().try_fold(Decimal::ZERO, |sum, role| {
                    sum.add_or_none(a.hours.get(*role).get())
                })
            });
        let rate = s.organisation.rates.it.checked_hourly_rate();
        let estimate = money_at(
            index,
            "amount",
            hours.zip(rate).and_then(|(h, r)| h.mul_or_none(r)),
        )?;
        if estimate.get().is_zero() {
            return Ok(None);
        }
        (estimate, EffectKind::MigrationFeeEstimated, hours)
    };
    let i = match found {
        Some(i) => i,
        None => {
            activities.push(ProjectActivity {
                kind: Activity::DataMigration,
                hours: Default::default(),
                fee: Money::ZERO,
            });
            activities.len().saturating_sub(1)
        }
    };
    if let Some(activity) = activities.get_mut(i) {
        activity.fee = fee;
    }
    Ok(Some(ChecklistEffect {
        detail,
        ..set(question, kind, field(i), Some(before), Some(fee.get()))
    }))
}

/// A hidden add-on for an add-on question's monthly amount.
fn add_on(s: &mut Scenario, question: Question, price: Money) -> ChecklistEffect {
    let (basis, kind) = if question == Question::PermissionTier {
        (AddOnBasis::PerSeat, EffectKind::PerSeatAddOnAdded)
    } else {
        (AddOnBasis::Flat, EffectKind::AddOnAdded)
    };
    let add_ons = &mut s.pricing.add_ons;
    add_ons.push(AddOn {
        name: add_on_name(question).to_owned(),
        basis,
        price_per_month: price,
        hidden: true,
    });
    let i = add_ons.len().saturating_sub(1);
    set(
        question,
        kind,
        format!("pricing.add_ons[{i}]"),
        None,
        Some(price.get()),
    )
}

/// `support_hourly` / `training_hourly`: rate × hours a year added to the yearly fee.
fn hourly(
    s: &mut Scenario,
    index: usize,
    question: Question,
    yearly: Option<Decimal>,
) -> Result<ChecklistEffect, ScenarioError> {
    let yearly = money_at(index, "hours", yearly)?;
    let (slot, field, kind) = if question == Question::SupportHourly {
        let ops = &mut s.operations;
        if ops.support_tier == SupportTier::None {
            // The fee of tier "none" is ignored; hourly support is paid whatever the tier.
            ops.support_tier = SupportTier::Basic;
            ops.support_fee_per_year = Money::ZERO;
        }
        (
            &mut ops.support_fee_per_year,
            "operations.support_fee_per_year",
            EffectKind::SupportFeeAdded,
        )
    } else {
        (
            &mut s.training.ongoing_fee_per_year,
            "training.ongoing_fee_per_year",
            EffectKind::TrainingFeeAdded,
        )
    };
    let before = *slot;
    let after = money_at(index, "hours", before.get().add_or_none(yearly.get()))?;
    *slot = after;
    Ok(ChecklistEffect {
        detail: Some(yearly.get()),
        ..set(
            question,
            kind,
            field.into(),
            Some(before.get()),
            Some(after.get()),
        )
    })
}

/// `exit_export`: the fee as a custom cost line in the last year of the horizon.
fn exit_fee(s: &mut Scenario, question: Question, fee: Money) -> ChecklistEffect {
    let last = s.horizon.years();
    let mut amounts = vec![Money::ZERO; last];
    amounts.push(fee);
    s.custom_lines.push(CustomLine {
        name: "Data export at exit".into(),
        kind: LineKind::Cost,
        category: Category::DataMigrationIntegration,
        quadrant: Quadrant::HiddenMoney,
        phase: Phase::Operation,
        amounts,
        risk: None,
    });
    let i = s.custom_lines.len().saturating_sub(1);
    ChecklistEffect {
        detail: Some(Decimal::from(last)),
        ..set(
            question,
            EffectKind::ExitFeeAdded,
            format!("custom_lines[{i}]"),
            None,
            Some(fee.get()),
        )
    }
}
