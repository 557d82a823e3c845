//! Scenario input: the requirements-fit scorecard ([B]'s discovery, [A]'s team vote): the
//! requirements list, the named reviewers and their scores (0 none, 1 partial, 2 full) of this
//! candidate.
//!
//! **Where the shared list lives.** Every scenario (candidate) carries its whole scorecard, so a
//! share link, an export or `truecost eval` has everything it needs. The list is *shared* by the
//! page: an edit of the list is copied to every candidate with
//! [`Scorecard::sync_requirements_from`], which keeps each candidate's own scores (by
//! requirement id). A comparison matches candidates' scores by requirement id;
//! [`Scorecard::same_requirements`] says whether two candidates were scored against the same
//! list. The starter list ([`StarterRequirement`]) uses its codes as ids, so candidates that
//! start from it match from the first score.
//!
//! The fit computation lives in `fit.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::units::{IntegerInput, InvalidValue, parse_decimal};

/// Most requirements in a scorecard.
pub const MAX_REQUIREMENTS: usize = 200;
/// Most reviewers.
pub const MAX_REVIEWERS: usize = 10;
/// Longest requirement text, in characters.
pub const MAX_REQUIREMENT_CHARS: usize = 300;
/// Longest reviewer name, in characters.
pub const MAX_REVIEWER_CHARS: usize = 60;
/// Longest requirement or reviewer id, in characters.
pub const MAX_ID_CHARS: usize = 40;

/// Defines a whole-number newtype checked against an inclusive range (JSON: a number).
macro_rules! small_integer {
    ($(#[$meta:meta])* $name:ident, $min:literal ..= $max:literal, $message:literal) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "IntegerInput", into = "u8")]
        pub struct $name(u8);

        impl $name {
            /// The smallest accepted value.
            pub const MIN: u8 = $min;
            /// The largest accepted value.
            pub const MAX: u8 = $max;

            /// Checks `value` against the bounds.
            pub fn new(value: u64) -> Result<Self, InvalidValue> {
                match u8::try_from(value) {
                    Ok(v) if (Self::MIN..=Self::MAX).contains(&v) => Ok(Self(v)),
                    _ => Err(InvalidValue($message)),
                }
            }

            /// The value.
            pub const fn get(self) -> u8 {
                self.0
            }

            /// The value as a `Decimal`.
            pub fn decimal(self) -> Decimal {
                Decimal::from(self.0)
            }
        }

        impl TryFrom<IntegerInput> for $name {
            type Error = InvalidValue;
            fn try_from(value: IntegerInput) -> Result<Self, InvalidValue> {
                Self::new(value.0)
            }
        }

        impl From<$name> for u8 {
            fn from(value: $name) -> u8 {
                value.0
            }
        }

        impl FromStr for $name {
            type Err = InvalidValue;
            /// Reads user text: "3", " 3 ", "3.0"; anything else is refused with the bounds.
            fn from_str(text: &str) -> Result<Self, InvalidValue> {
                let value = parse_decimal(text)?;
                if !value.fract().is_zero() || value.is_sign_negative() {
                    return Err(InvalidValue($message));
                }
                Self::new(u64::try_from(value).map_err(|_| InvalidValue($message))?)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }
    };
}

small_integer!(
    /// How much a requirement counts, from 1 to 5.
    Weight,
    1..=5,
    "must be a whole number from 1 to 5"
);

small_integer!(
    /// A reviewer's score of a candidate on one requirement: 0 none, 1 partial, 2 full.
    Score,
    0..=2,
    "must be 0 (none), 1 (partial) or 2 (full)"
);

impl Weight {
    /// The weight of a new requirement: 3, the middle of the scale (a convention).
    pub const DEFAULT: Weight = Weight(3);
}

impl Default for Weight {
    fn default() -> Self {
        Weight::DEFAULT
    }
}

impl Score {
    /// 0: the candidate does not meet the requirement.
    pub const NONE: Score = Score(0);
    /// 1: partly.
    pub const PARTIAL: Score = Score(1);
    /// 2: fully.
    pub const FULL: Score = Score(2);
}

/// The kinds of requirement a thorough discovery covers [B].
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum RequirementGroup {
    /// The feature list.
    #[default]
    Features,
    /// Business requirements.
    Business,
    /// Non-functional: uptime, scalability, backup and disaster recovery.
    NonFunctional,
    /// Functional requirements.
    Functional,
    /// System design: integrations, data model, architecture.
    SystemDesign,
}

impl RequirementGroup {
    /// The five groups, in [B]'s order.
    pub const ALL: [RequirementGroup; 5] = [
        RequirementGroup::Features,
        RequirementGroup::Business,
        RequirementGroup::NonFunctional,
        RequirementGroup::Functional,
        RequirementGroup::SystemDesign,
    ];
}

/// One requirement of the shared list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Requirement {
    /// Stable id: a [`StarterRequirement`] code for a starter item, `r1`, `r2`, … for the
    /// person's own. Scores refer to it.
    pub id: String,
    /// The person's text, plain text (never shown as HTML). Empty for an unedited starter item:
    /// the UI then shows the starter text of `id` in the reader's language.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Which kind of requirement.
    #[serde(default)]
    pub group: RequirementGroup,
    /// A must-have (true) or a nice-to-have (false).
    #[serde(default)]
    pub must_have: bool,
    /// 1–5.
    #[serde(default)]
    pub weight: Weight,
}

/// A named reviewer (one vote of the team).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reviewer {
    /// Stable id (`p1`, `p2`, …); scores refer to it, so a rename keeps them.
    pub id: String,
    /// The name shown, plain text.
    #[serde(default)]
    pub name: String,
}

/// The requirements-fit scorecard of one candidate. Empty by default.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Scorecard {
    /// The requirements list (the same in every candidate; see the module doc).
    pub requirements: Vec<Requirement>,
    /// The reviewers.
    pub reviewers: Vec<Reviewer>,
    /// This candidate's scores: requirement id → reviewer id → score. A missing entry is "not
    /// scored" (the reviewer's vote is left out of that requirement's average).
    pub scores: BTreeMap<String, BTreeMap<String, Score>>,
    /// The number of the last requirement id issued (`r<n>`), so that the id of a deleted
    /// requirement is never given to a new one (another candidate may still hold scores for
    /// it). Copied with the list.
    #[serde(skip_serializing_if = "is_zero")]
    pub last_id: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Scorecard {
    /// True when there is nothing in it (the scenario's JSON then leaves it out).
    pub fn is_empty(&self) -> bool {
        self.requirements.is_empty()
            && self.reviewers.is_empty()
            && self.scores.is_empty()
            && self.last_id == 0
    }

    /// `reviewer`'s score of `requirement`, if given.
    pub fn score(&self, requirement: &str, reviewer: &str) -> Option<Score> {
        self.scores.get(requirement)?.get(reviewer).copied()
    }

    /// Sets (`Some`) or clears (`None`) `reviewer`'s score of `requirement`.
    pub fn set_score(&mut self, requirement: &str, reviewer: &str, score: Option<Score>) {
        match score {
            Some(score) => {
                self.scores
                    .entry(requirement.to_owned())
                    .or_default()
                    .insert(reviewer.to_owned(), score);
            }
            None => {
                if let Some(by_reviewer) = self.scores.get_mut(requirement) {
                    by_reviewer.remove(reviewer);
                    if by_reviewer.is_empty() {
                        self.scores.remove(requirement);
                    }
                }
            }
        }
    }

    /// Adds a requirement of the person's own at the end and returns its new id (`r<n>`, never
    /// one issued before).
    pub fn add_requirement(
        &mut self,
        text: String,
        group: RequirementGroup,
        must_have: bool,
        weight: Weight,
    ) -> String {
        let (n, id) = free_id(
            "r",
            self.last_id,
            self.requirements.iter().map(|r| r.id.as_str()),
        );
        self.last_id = n;
        self.requirements.push(Requirement {
            id: id.clone(),
            text,
            group,
            must_have,
            weight,
        });
        id
    }

    /// Removes the requirement `id` and its scores.
    pub fn remove_requirement(&mut self, id: &str) {
        self.requirements.retain(|r| r.id != id);
        self.scores.remove(id);
    }

    /// Adds a reviewer and returns the new id (`p<n>`).
    pub fn add_reviewer(&mut self, name: String) -> String {
        let (_, id) = free_id("p", 0, self.reviewers.iter().map(|r| r.id.as_str()));
        self.reviewers.push(Reviewer {
            id: id.clone(),
            name,
        });
        id
    }

    /// Removes the reviewer `id` and their scores.
    pub fn remove_reviewer(&mut self, id: &str) {
        self.reviewers.retain(|r| r.id != id);
        for by_reviewer in self.scores.values_mut() {
            by_reviewer.remove(id);
        }
        self.scores.retain(|_, by_reviewer| !by_reviewer.is_empty());
    }

    /// Appends the starter requirements that are not in the list yet (by id).
    pub fn add_starter_requirements(&mut self) {
        for starter in StarterRequirement::ALL {
            if !self.requirements.iter().any(|r| r.id == starter.code()) {
                self.requirements.push(starter.requirement());
            }
        }
    }

    /// Makes this candidate's list equal to `shared`'s (ids, texts, groups, must-haves,
    /// weights, order), keeping this candidate's own reviewers and its scores of every
    /// requirement still in the list; scores of requirements no longer listed are dropped.
    pub fn sync_requirements_from(&mut self, shared: &Scorecard) {
        self.requirements.clone_from(&shared.requirements);
        self.last_id = self.last_id.max(shared.last_id);
        let requirements = &self.requirements;
        self.scores
            .retain(|id, _| requirements.iter().any(|r| &r.id == id));
    }

    /// Whether `other` has the same requirements list (so fit percentages compare like with
    /// like).
    pub fn same_requirements(&self, other: &Scorecard) -> bool {
        self.requirements == other.requirements
    }

    /// Reports the problems under `fit.…`: list sizes, ids (non-empty, unique), text lengths,
    /// and scores that name a requirement or a reviewer not in the lists.
    pub(crate) fn check(&self, fail: &mut impl FnMut(String, String)) {
        if self.requirements.len() > MAX_REQUIREMENTS {
            fail(
                "fit.requirements".into(),
                format!("must have at most {MAX_REQUIREMENTS} requirements"),
            );
        }
        if self.reviewers.len() > MAX_REVIEWERS {
            fail(
                "fit.reviewers".into(),
                format!("must have at most {MAX_REVIEWERS} reviewers"),
            );
        }
        // Paths are only formatted for a problem: a long list costs no allocations when valid.
        let mut requirement_ids = BTreeSet::new();
        for (i, r) in self.requirements.iter().enumerate() {
            let at = |field: &str| format!("fit.requirements[{i}].{field}");
            check_id(fail, || at("id"), &r.id, &mut requirement_ids);
            if r.text.chars().count() > MAX_REQUIREMENT_CHARS {
                fail(
                    at("text"),
                    format!("must be at most {MAX_REQUIREMENT_CHARS} characters"),
                );
            }
        }
        let mut reviewer_ids = BTreeSet::new();
        for (i, r) in self.reviewers.iter().enumerate() {
            let at = |field: &str| format!("fit.reviewers[{i}].{field}");
            check_id(fail, || at("id"), &r.id, &mut reviewer_ids);
            if r.name.chars().count() > MAX_REVIEWER_CHARS {
                fail(
                    at("name"),
                    format!("must be at most {MAX_REVIEWER_CHARS} characters"),
                );
            }
        }
        for (requirement, by_reviewer) in &self.scores {
            if !requirement_ids.contains(requirement.as_str()) {
                fail(
                    format!("fit.scores.{requirement}"),
                    "scores a requirement that is not in the list".into(),
                );
                continue;
            }
            for reviewer in by_reviewer.keys() {
                if !reviewer_ids.contains(reviewer.as_str()) {
                    fail(
                        format!("fit.scores.{requirement}.{reviewer}"),
                        "is not one of the reviewers".into(),
                    );
                }
            }
        }
    }
}

/// The first `<prefix><n>` with n > `after` not among `taken`, with its n.
fn free_id<'a>(
    prefix: &str,
    after: u32,
    taken: impl Iterator<Item = &'a str> + Clone,
) -> (u32, String) {
    (after.saturating_add(1)..=u32::MAX)
        .map(|n| (n, format!("{prefix}{n}")))
        .find(|(_, id)| !taken.clone().any(|t| t == id))
        .unwrap_or_default()
}

/// An id must be non-empty, short and not seen before (`seen` collects them).
fn check_id<'a>(
    fail: &mut impl FnMut(String, String),
    path: impl FnOnce() -> String,
    id: &'a str,
    seen: &mut BTreeSet<&'a str>,
) {
    if id.trim().is_empty() {
        fail(path(), "must not be empty".into());
    } else if id.chars().count() > MAX_ID_CHARS {
        fail(path(), format!("must be at most {MAX_ID_CHARS} characters"));
    } else if !seen.insert(id) {
        fail(path(), format!("\"{id}\" is used twice"));
    }
}

/// The starter list: common CRM requirements, about twenty, in [B]'s groups. The doc comment
/// of each is its English text; the UI shows it in the reader's language by [`code`].
/// Must-haves and weights are suggestions (a convention, not from the sources); the person
/// edits or deletes them.
///
/// [`code`]: StarterRequirement::code
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StarterRequirement {
    /// Contacts and companies in one place, with the history of every interaction.
    ContactManagement,
    /// A visual sales pipeline with the deal stages we use.
    SalesPipeline,
    /// Email integration: send, log and track emails from the CRM.
    EmailIntegration,
    /// Calendar, tasks and reminders for follow-ups.
    TasksCalendar,
    /// Reports and dashboards on sales activity and forecasts.
    ReportsDashboards,
    /// Marketing automation: campaigns, segments and lead nurturing.
    MarketingAutomation,
    /// A mobile app for working on the road.
    MobileApp,
    /// Fits our sales process without heavy customization.
    SalesProcessFit,
    /// Pricing we can predict as we grow in users and records.
    PredictablePricing,
    /// A financially stable vendor with a clear product roadmap.
    VendorViability,
    /// Support in our language and time zone.
    LocalSupport,
    /// An uptime guarantee (SLA) of at least 99.9 %.
    UptimeSla,
    /// Scales to our expected users and records without a change of plan.
    Scalability,
    /// Regular backups and a tested disaster-recovery plan.
    BackupRecovery,
    /// Security certifications and data-protection compliance (e.g. ISO 27001, GDPR) and data
    /// stored in a region we accept.
    SecurityCompliance,
    /// Capture, score and assign leads automatically.
    LeadManagement,
    /// Automate routine steps (assignments, reminders, approvals) without code.
    WorkflowAutomation,
    /// Quotes, products and price lists.
    QuotesProducts,
    /// Roles and permissions down to the field level.
    RolePermissions,
    /// An open API and ready connectors to our ERP, email and marketing tools.
    IntegrationsApi,
    /// Import our existing data, and export all data in an open format (CSV) at any time.
    DataImportExport,
    /// Custom fields, objects and layouts without programming.
    CustomFields,
}

impl StarterRequirement {
    /// The whole starter list, in the order it is added.
    pub const ALL: [StarterRequirement; 22] = [
        StarterRequirement::ContactManagement,
        StarterRequirement::SalesPipeline,
        StarterRequirement::EmailIntegration,
        StarterRequirement::TasksCalendar,
        StarterRequirement::ReportsDashboards,
        StarterRequirement::MarketingAutomation,
        StarterRequirement::MobileApp,
        StarterRequirement::SalesProcessFit,
        StarterRequirement::PredictablePricing,
        StarterRequirement::VendorViability,
        StarterRequirement::LocalSupport,
        StarterRequirement::UptimeSla,
        StarterRequirement::Scalability,
        StarterRequirement::BackupRecovery,
        StarterRequirement::SecurityCompliance,
        StarterRequirement::LeadManagement,
        StarterRequirement::WorkflowAutomation,
        StarterRequirement::QuotesProducts,
        StarterRequirement::RolePermissions,
        StarterRequirement::IntegrationsApi,
        StarterRequirement::DataImportExport,
        StarterRequirement::CustomFields,
    ];

    /// The code, used as the requirement's id.
    pub fn code(self) -> &'static str {
        self.spec().0
    }

    /// The starter item whose code is `id`, if any (the UI shows its translated text when the
    /// requirement's own text is empty).
    pub fn from_code(id: &str) -> Option<StarterRequirement> {
        Self::ALL.into_iter().find(|s| s.code() == id)
    }

    /// The group, must-have and weight it starts with.
    pub fn group(self) -> RequirementGroup {
        self.spec().1
    }

    /// Whether it starts as a must-have.
    pub fn must_have(self) -> bool {
        self.spec().2
    }

    /// The weight it starts with.
    pub fn weight(self) -> Weight {
        Weight(self.spec().3)
    }

    /// It as a requirement of the list (text empty: the UI shows the translated starter text).
    pub fn requirement(self) -> Requirement {
        Requirement {
            id: self.code().to_owned(),
            text: String::new(),
            group: self.group(),
            must_have: self.must_have(),
            weight: self.weight(),
        }
    }

    /// (code, group, must-have, weight): the one table of the starter list.
    fn spec(self) -> (&'static str, RequirementGroup, bool, u8) {
        use RequirementGroup::{Business, Features, Functional, NonFunctional, SystemDesign};
        use StarterRequirement as S;
        match self {
            S::ContactManagement => ("contact_management", Features, true, 5),
            S::SalesPipeline => ("sales_pipeline", Features, true, 5),
            S::EmailIntegration => ("email_integration", Features, true, 4),
            S::TasksCalendar => ("tasks_calendar", Features, false, 3),
            S::ReportsDashboards => ("reports_dashboards", Features, true, 4),
            S::MarketingAutomation => ("marketing_automation", Features, false, 2),
            S::MobileApp => ("mobile_app", Features, false, 3),
            S::SalesProcessFit => ("sales_process_fit", Business, true, 5),
            S::PredictablePricing => ("predictable_pricing", Business, false, 4),
            S::VendorViability => ("vendor_viability", Business, false, 3),
            S::LocalSupport => ("local_support", Business, false, 3),
            S::UptimeSla => ("uptime_sla", NonFunctional, true, 4),
            S::Scalability => ("scalability", NonFunctional, false, 3),
            S::BackupRecovery => ("backup_recovery", NonFunctional, true, 4),
            S::SecurityCompliance => ("security_compliance", NonFunctional, true, 4),
            S::LeadManagement => ("lead_management", Functional, false, 3),
            S::WorkflowAutomation => ("workflow_automation", Functional, false, 4),
            S::QuotesProducts => ("quotes_products", Functional, false, 2),
            S::RolePermissions => ("role_permissions", Functional, true, 3),
            S::IntegrationsApi => ("integrations_api", SystemDesign, true, 4),
            S::DataImportExport => ("data_import_export", SystemDesign, true, 4),
            S::CustomFields => ("custom_fields", SystemDesign, false, 3),
        }
    }
}

/// The starter list as requirements (codes as ids, empty texts).
pub fn starter_requirements() -> Vec<Requirement> {
    StarterRequirement::ALL
        .into_iter()
        .map(StarterRequirement::requirement)
        .collect()
}
