//! Scenario input: the hidden-fee checklist, the questions to ask a vendor before signing ([B],
//! domain §6) and the vendor's answers. One checklist per scenario, that is, per vendor.
//!
//! Each [`Question`] has a stable snake_case code; the UI translates its text by that code. An
//! [`Answer`] is Yes, No or Don't know, with the values the question asks for
//! ([`Question::slots`]); a question not in [`Checklist::answers`] has not been asked yet. What
//! an answer does to the numbers lives in `checklist.rs` (`checklist::apply`).
//!
//! JSON: `"checklist": [{"question": "renewal_uplift", "reply": "yes", "percent": "0.08"}]`.

use serde::Serialize;

use crate::error::{ErrorCode, FieldError};
use crate::units::{Contacts, Count, Hours, Money, Percent};

/// Longest note kept with an answer (the vendor's exact words, a format, a cap), in characters.
pub const MAX_NOTE_CHARS: usize = 500;

/// The questions of the hidden-fee checklist, in the order of the printed question sheet.
///
/// The doc comment of each variant is its English text; the code ([`Question::code`]) is the
/// snake_case name, also in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Question {
    /// Are seats licensed per concurrent user (people logged in at the same time) rather than
    /// per named user? If so, what share of users is logged in at the same time?
    ConcurrentUsers,
    /// Does the contract renew automatically at the end of the term?
    AutoRenewal,
    /// Is the price raised at renewal? By what percentage?
    RenewalUplift,
    /// Is there a notice period to cancel or change the plan? How many days?
    NoticePeriod,
    /// Is there a minimum contract term? How many years?
    MinimumTerm,
    /// Are data migration and import included in the price? If not, what is the fee?
    MigrationIncluded,
    /// Is there a charge once you pass a limit on custom dashboards, pipelines, custom fields or
    /// workflows? What does it cost a month?
    CustomizationLimits,
    /// Does the user-permission granularity you need require a higher tier? What does it cost
    /// per seat a month?
    PermissionTier,
    /// Is ongoing support billed by the hour? At what rate, and how many hours a year?
    SupportHourly,
    /// Is training after go-live billed by the hour? At what rate, and how many hours a year?
    TrainingHourly,
    /// Are features you need sold as premium add-ons? Which, and what do they cost a month?
    PremiumAddOns,
    /// Is there a limit on contacts or records? What is the limit, and the price a month above
    /// it?
    RecordLimit,
    /// When the contact or record limit is crossed, are you moved to a higher plan
    /// automatically (a silent upgrade)?
    RecordLimitUpgrade,
    /// Is there a storage limit with overage charges? What overage do you expect a month?
    StorageLimit,
    /// Are API calls limited, with a charge for more? What does it cost a month?
    ApiLimit,
    /// Is a sandbox or test environment included? If not, what does it cost a month?
    SandboxIncluded,
    /// Is there a fee to export all your data when you leave? How much, and in what format?
    ExitExport,
    /// Does the vendor accept liability for a data breach? Up to what amount?
    BreachLiability,
}

impl Question {
    /// Every question, in sheet order.
    pub const ALL: [Question; 18] = [
        Question::ConcurrentUsers,
        Question::AutoRenewal,
        Question::RenewalUplift,
        Question::NoticePeriod,
        Question::MinimumTerm,
        Question::MigrationIncluded,
        Question::CustomizationLimits,
        Question::PermissionTier,
        Question::SupportHourly,
        Question::TrainingHourly,
        Question::PremiumAddOns,
        Question::RecordLimit,
        Question::RecordLimitUpgrade,
        Question::StorageLimit,
        Question::ApiLimit,
        Question::SandboxIncluded,
        Question::ExitExport,
        Question::BreachLiability,
    ];

    /// The stable code, as in JSON (`"renewal_uplift"`).
    pub fn code(self) -> &'static str {
        match self {
            Question::ConcurrentUsers => "concurrent_users",
            Question::AutoRenewal => "auto_renewal",
            Question::RenewalUplift => "renewal_uplift",
            Question::NoticePeriod => "notice_period",
            Question::MinimumTerm => "minimum_term",
            Question::MigrationIncluded => "migration_included",
            Question::CustomizationLimits => "customization_limits",
            Question::PermissionTier => "permission_tier",
            Question::SupportHourly => "support_hourly",
            Question::TrainingHourly => "training_hourly",
            Question::PremiumAddOns => "premium_add_ons",
            Question::RecordLimit => "record_limit",
            Question::RecordLimitUpgrade => "record_limit_upgrade",
            Question::StorageLimit => "storage_limit",
            Question::ApiLimit => "api_limit",
            Question::SandboxIncluded => "sandbox_included",
            Question::ExitExport => "exit_export",
            Question::BreachLiability => "breach_liability",
        }
    }

    /// The values this question asks for, and with which reply. Every question also takes a
    /// free [`Answer::note`].
    pub fn slots(self) -> &'static [ValueSlot] {
        use Reply::{No, Yes};
        use Unit as U;
        use ValueKind as K;
        // A literal (not a call), so each slice is a promoted constant.
        macro_rules! slot {
            ($kind:expr, $unit:expr, $when:expr) => {
                ValueSlot {
                    kind: $kind,
                    unit: $unit,
                    when: $when,
                }
            };
        }
        match self {
            Question::ConcurrentUsers => &[slot!(K::Percent, U::ShareOfUsers, Yes)],
            Question::RenewalUplift => &[slot!(K::Percent, U::PerRenewal, Yes)],
            Question::NoticePeriod => &[slot!(K::Count, U::Days, Yes)],
            Question::MinimumTerm => &[slot!(K::Count, U::Years, Yes)],
            Question::MigrationIncluded => &[slot!(K::Amount, U::OneTime, No)],
            Question::CustomizationLimits
            | Question::StorageLimit
            | Question::ApiLimit
            | Question::PremiumAddOns => &[slot!(K::Amount, U::PerMonth, Yes)],
            Question::PermissionTier => &[slot!(K::Amount, U::PerSeatPerMonth, Yes)],
            Question::SupportHourly | Question::TrainingHourly => &[
                slot!(K::Amount, U::PerHour, Yes),
                slot!(K::Hours, U::HoursPerYear, Yes),
            ],
            Question::RecordLimit => &[
                slot!(K::Records, U::Records, Yes),
                slot!(K::Amount, U::PerMonth, Yes),
            ],
            Question::SandboxIncluded => &[slot!(K::Amount, U::PerMonth, No)],
            Question::ExitExport => &[slot!(K::Amount, U::OneTime, Yes)],
            Question::AutoRenewal | Question::RecordLimitUpgrade | Question::BreachLiability => &[],
        }
    }

    /// Whether an answer can change the numbers (false: the answer is only recorded; a Don't
    /// know still counts as an open question).
    pub fn has_cost_effect(self) -> bool {
        !matches!(
            self,
            Question::AutoRenewal
                | Question::NoticePeriod
                | Question::RecordLimitUpgrade
                | Question::BreachLiability
        )
    }

    /// The scenario input this question is about — the hook for input ranges: a Don't know
    /// widens the range of this input. `None` for questions that only record an answer.
    ///
    /// Add-on questions name `pricing.add_ons` (an answer adds an add-on there); the migration
    /// question names the outside fee of the first data-migration activity of `scenario`
    /// (`project.activities[i].fee`, or `project.activities` when there is none).
    pub fn concerns(self, scenario: &super::Scenario) -> Option<String> {
        let field = match self {
            Question::ConcurrentUsers => "pricing.concurrency_ratio",
            Question::RenewalUplift => "pricing.renewal_uplift",
            Question::MinimumTerm => "pricing.minimum_term_years",
            Question::MigrationIncluded => {
                return Some(
                    scenario
                        .project
                        .activities
                        .iter()
                        .position(|a| a.kind == super::Activity::DataMigration)
                        .map_or_else(
                            || "project.activities".to_owned(),
                            |i| format!("project.activities[{i}].fee"),
                        ),
                );
            }
            Question::CustomizationLimits
            | Question::PermissionTier
            | Question::PremiumAddOns
            | Question::StorageLimit
            | Question::ApiLimit
            | Question::SandboxIncluded => "pricing.add_ons",
            Question::SupportHourly => "operations.support_fee_per_year",
            Question::TrainingHourly => "training.ongoing_fee_per_year",
            Question::RecordLimit => "pricing.contact_tiers",
            Question::ExitExport => "custom_lines",
            Question::AutoRenewal
            | Question::NoticePeriod
            | Question::RecordLimitUpgrade
            | Question::BreachLiability => return None,
        };
        Some(field.to_owned())
    }
}

/// JSON: the code. Written by hand over [`Question::code`], one copy of the 18 names in the
/// wasm instead of serde's enum machinery (measured −0.4 kB gzip); read back in `json/scenario.rs`.
impl Serialize for Question {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

/// The vendor's reply to a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    /// Yes.
    Yes,
    /// No.
    No,
    /// Don't know (yet): listed as an open question; the scenario's own values are used.
    DontKnow,
}

/// Which field of an [`Answer`] a value slot uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValueKind {
    /// [`Answer::amount`]: money.
    Amount,
    /// [`Answer::percent`]: a fraction (0.08 = 8 %).
    Percent,
    /// [`Answer::hours`].
    Hours,
    /// [`Answer::count`]: a whole number (days, years).
    Count,
    /// [`Answer::records`]: a number of contacts or records.
    Records,
}

/// The unit of a value slot, for the UI's label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Share of users (a fraction).
    ShareOfUsers,
    /// Percent per renewal (a fraction).
    PerRenewal,
    /// Days.
    Days,
    /// Years.
    Years,
    /// Money, once.
    OneTime,
    /// Money per month.
    PerMonth,
    /// Money per seat per month.
    PerSeatPerMonth,
    /// Money per hour.
    PerHour,
    /// Hours per year.
    HoursPerYear,
    /// Contacts or records.
    Records,
}

/// One value a question asks for, with the reply that asks for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ValueSlot {
    /// Which field of the answer holds it.
    pub kind: ValueKind,
    /// Its unit.
    pub unit: Unit,
    /// The reply that asks for it (e.g. the migration fee when migration is *not* included).
    pub when: Reply,
}

/// The vendor's answer to one question: the reply and the values it comes with. Values the
/// question does not ask for are kept but ignored.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Answer {
    /// The question answered.
    pub question: Question,
    /// Yes, No or Don't know.
    pub reply: Reply,
    /// Money: a price, fee or hourly rate (see the question's slots for which).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    /// A fraction: the renewal uplift, the share of concurrent users.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub percent: Option<Percent>,
    /// Hours per year (hourly support or training).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours: Option<Hours>,
    /// A whole number: notice days, term years.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<Count>,
    /// A contact or record limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub records: Option<Contacts>,
    /// Free text: the vendor's words, a format, a cap. Plain text (never shown as HTML).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Answer {
    /// An answer to `question` with `reply` and no values.
    pub fn new(question: Question, reply: Reply) -> Self {
        Self {
            question,
            reply,
            amount: None,
            percent: None,
            hours: None,
            count: None,
            records: None,
            note: String::new(),
        }
    }

    /// The count as a contract term: 1 to 10 years, else `None`.
    pub fn term_years(&self) -> Option<u8> {
        self.count
            .and_then(|c| u8::try_from(c.get()).ok())
            .filter(|years| (1..=super::validate::MAX_YEARS).contains(years))
    }
}

/// The hidden-fee checklist of one scenario (one vendor): the answers given so far, at most
/// one per question (a question not listed has not been asked yet). In JSON, the list itself.
/// Empty by default.
#[derive(Clone, Debug, PartialEq, Default, Serialize)]
#[serde(transparent)]
pub struct Checklist {
    /// The answers, kept in sheet order by [`Checklist::set`].
    pub answers: Vec<Answer>,
}

impl Checklist {
    /// True when no question has been answered (the scenario's JSON then leaves it out).
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty()
    }

    /// The answer to `question`, if any.
    pub fn answer(&self, question: Question) -> Option<&Answer> {
        self.answers.iter().find(|a| a.question == question)
    }

    /// Records `answer`, replacing an earlier answer to the same question; keeps sheet order.
    pub fn set(&mut self, answer: Answer) {
        self.clear(answer.question);
        let at = self
            .answers
            .iter()
            .position(|a| a.question > answer.question)
            .unwrap_or(self.answers.len());
        self.answers.insert(at, answer);
    }

    /// Forgets the answer to `question` (not asked yet).
    pub fn clear(&mut self, question: Question) {
        self.answers.retain(|a| a.question != question);
    }

    /// The questions answered Don't know, in sheet order.
    pub fn open_questions(&self) -> Vec<Question> {
        Question::ALL
            .into_iter()
            .filter(|q| self.answer(*q).is_some_and(|a| a.reply == Reply::DontKnow))
            .collect()
    }

    /// Reports the problems of the answers under `checklist[i]`: a question answered twice
    /// (`invalid`), a note too long (`name_too_long`, `max`), a minimum term out of range
    /// (`years_out_of_range`, `min`, `max`).
    pub(crate) fn check(&self, fail: &mut impl FnMut(FieldError)) {
        for (i, answer) in self.answers.iter().enumerate() {
            let at = |field: &str| format!("checklist[{i}].{field}");
            if self
                .answers
                .iter()
                .take(i)
                .any(|a| a.question == answer.question)
            {
                fail(FieldError::new(at("question"), "is answered twice"));
            }
            if answer.note.chars().count() > MAX_NOTE_CHARS {
                fail(
                    FieldError::coded(
                        at("note"),
                        ErrorCode::NameTooLong,
                        format!("must be at most {MAX_NOTE_CHARS} characters"),
                    )
                    .with("max", MAX_NOTE_CHARS),
                );
            }
            if answer.question == Question::MinimumTerm
                && answer.count.is_some()
                && answer.term_years().is_none()
            {
                let max = super::validate::MAX_YEARS;
                fail(
                    FieldError::coded(
                        at("count"),
                        ErrorCode::YearsOutOfRange,
                        format!("must be between 1 and {max} years"),
                    )
                    .with("min", 1)
                    .with("max", max),
                );
            }
        }
    }
}
