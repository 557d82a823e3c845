//! Scenario input: the requirements-fit scorecard ([B]'s discovery, [A]'s team vote): the
//! requirements list, the named reviewers and their scores (0 none, 1 partial, 2 full) of this
//! candidate.
//!
//! **Where the shared list lives.** Every scenario (candidate) carries its whole scorecard, so a
//! share link, an export or `truecost eval` has everything it needs. The list is *shared* by the
//! page: an edit of the list is copied to every candidate with
//! [`Scorecard::sync_requirements_from`], which keeps each candidate's own scores (matched by
//! requirement id). A comparison matches candidates by requirement id;
//! [`Scorecard::same_requirements`] says whether two candidates were scored against the same
//! list. The starter list ([`StarterRequirement`]) uses its codes as ids, so candidates that
//! start from it match from the first score.
//!
//! **Scores** are kept with each requirement as one character per reviewer, in the order of
//! [`Scorecard::reviewers`]: `0` none, `1` partial, `2` full, `-` not scored (`"21-"`: the first
//! reviewer says full, the second partial, the third has not scored). Compact in share links,
//! and a reviewer's rename keeps their scores.
//!
//! The fit computation lives in `fit.rs`.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::Value;

use crate::error::{ErrorCode, FieldError};
use crate::json::{FromJson, JsonPath, JsonResult};
use crate::units::{IntegerInput, InvalidValue, parse_decimal};

/// Most requirements in a scorecard.
pub const MAX_REQUIREMENTS: usize = 200;
/// Most reviewers.
pub const MAX_REVIEWERS: usize = 10;
/// Longest requirement text, in characters.
pub const MAX_REQUIREMENT_CHARS: usize = 300;
/// Longest reviewer name, in characters.
pub const MAX_REVIEWER_CHARS: usize = 60;
/// Longest requirement id, in characters.
pub const MAX_ID_CHARS: usize = 40;

const WEIGHT_RANGE: InvalidValue = InvalidValue("must be a whole number from 1 to 5");
const SCORE_RANGE: InvalidValue = InvalidValue("must be 0 (none), 1 (partial) or 2 (full)");

/// Reads user text as a whole number ("3", " 3 ", "3.0"); anything else is `range`.
fn whole(text: &str, range: InvalidValue) -> Result<u64, InvalidValue> {
    let value = parse_decimal(text)?;
    if !value.fract().is_zero() || value.is_sign_negative() {
        return Err(range);
    }
    u64::try_from(value).map_err(|_| range)
}

/// How much a requirement counts, from 1 to 5. JSON: a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(into = "u8")]
pub struct Weight(u8);

impl Weight {
    /// The weight of a new requirement: 3, the middle of the scale (a convention).
    pub const DEFAULT: Weight = Weight(3);

    /// Checks `value` (1–5).
    pub fn new(value: u64) -> Result<Self, InvalidValue> {
        match u8::try_from(value) {
            Ok(v @ 1..=5) => Ok(Self(v)),
            _ => Err(WEIGHT_RANGE),
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

impl Default for Weight {
    fn default() -> Self {
        Weight::DEFAULT
    }
}

impl TryFrom<IntegerInput> for Weight {
    type Error = InvalidValue;
    fn try_from(value: IntegerInput) -> Result<Self, InvalidValue> {
        Self::new(value.0)
    }
}

/// A whole number as a number or a string ([`IntegerInput`]), then checked.
impl FromJson for Weight {
    fn from_json(value: &Value, path: &mut JsonPath) -> JsonResult<Self> {
        Self::try_from(IntegerInput::from_json(value, path)?).map_err(|e| path.error(e.message()))
    }
}

crate::deserialize_via_from_json!(Weight);

impl From<Weight> for u8 {
    fn from(value: Weight) -> u8 {
        value.0
    }
}

impl FromStr for Weight {
    type Err = InvalidValue;
    /// Reads user text: a whole number from 1 to 5.
    fn from_str(text: &str) -> Result<Self, InvalidValue> {
        Self::new(whole(text, WEIGHT_RANGE)?)
    }
}

impl fmt::Display for Weight {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

/// A reviewer's score of a candidate on one requirement: 0 none, 1 partial, 2 full.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score(u8);

impl Score {
    /// 0: the candidate does not meet the requirement.
    pub const NONE: Score = Score(0);
    /// 1: partly.
    pub const PARTIAL: Score = Score(1);
    /// 2: fully.
    pub const FULL: Score = Score(2);

    /// Checks `value` (0–2).
    pub fn new(value: u64) -> Result<Self, InvalidValue> {
        match u8::try_from(value) {
            Ok(v @ 0..=2) => Ok(Self(v)),
            _ => Err(SCORE_RANGE),
        }
    }

    /// The value.
    pub const fn get(self) -> u8 {
        self.0
    }

    /// The score of a character of [`Requirement::scores`]; `None` for `-` (not scored) or
    /// anything else.
    pub fn from_char(c: char) -> Option<Score> {
        match c {
            '0' => Some(Score::NONE),
            '1' => Some(Score::PARTIAL),
            '2' => Some(Score::FULL),
            _ => None,
        }
    }

    fn to_char(self) -> char {
        match self.0 {
            0 => '0',
            1 => '1',
            _ => '2',
        }
    }
}

impl FromStr for Score {
    type Err = InvalidValue;
    /// Reads user text: 0, 1 or 2.
    fn from_str(text: &str) -> Result<Self, InvalidValue> {
        Self::new(whole(text, SCORE_RANGE)?)
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

/// The kinds of requirement a thorough discovery covers [B].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
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

    /// Its position in [`RequirementGroup::ALL`].
    pub fn index(self) -> usize {
        match self {
            RequirementGroup::Features => 0,
            RequirementGroup::Business => 1,
            RequirementGroup::NonFunctional => 2,
            RequirementGroup::Functional => 3,
            RequirementGroup::SystemDesign => 4,
        }
    }
}

/// One requirement of the shared list, with this candidate's scores.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Requirement {
    /// Stable id: a [`StarterRequirement`] code for a starter item, `r1`, `r2`, … for the
    /// person's own.
    pub id: String,
    /// The person's text, plain text (never shown as HTML). Empty for an unedited starter item:
    /// the UI then shows the starter text of `id` in the reader's language.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// Which kind of requirement.
    pub group: RequirementGroup,
    /// A must-have (true) or a nice-to-have (false).
    pub must_have: bool,
    /// 1–5.
    pub weight: Weight,
    /// This candidate's scores, one character per reviewer (see the module doc). Not part of
    /// the shared list.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub scores: String,
}

impl Requirement {
    /// The score of reviewer number `reviewer` (0-based), if given.
    pub fn score(&self, reviewer: usize) -> Option<Score> {
        self.scores.chars().nth(reviewer).and_then(Score::from_char)
    }

    /// The scores given, as (reviewer number, score), in reviewer order.
    pub fn votes(&self) -> impl Iterator<Item = (usize, Score)> + '_ {
        self.scores
            .chars()
            .enumerate()
            .filter_map(|(i, c)| Some((i, Score::from_char(c)?)))
    }

    /// Sets (`Some`) or clears (`None`) the score of reviewer number `reviewer`.
    pub fn set_score(&mut self, reviewer: usize, score: Option<Score>) {
        let mut chars: Vec<char> = self.scores.chars().collect();
        if chars.len() <= reviewer {
            chars.resize(reviewer.saturating_add(1), '-');
        }
        if let Some(slot) = chars.get_mut(reviewer) {
            *slot = score.map_or('-', Score::to_char);
        }
        while chars.last() == Some(&'-') {
            chars.pop();
        }
        self.scores = chars.into_iter().collect();
    }

    /// Whether `other` is the same item of the list (id, text, group, must-have, weight),
    /// whatever the scores.
    pub fn same_item(&self, other: &Requirement) -> bool {
        self.id == other.id
            && self.text == other.text
            && self.group == other.group
            && self.must_have == other.must_have
            && self.weight == other.weight
    }
}

/// The requirements-fit scorecard of one candidate. Empty by default.
#[derive(Clone, Debug, PartialEq, Default, Serialize)]
pub struct Scorecard {
    /// The requirements list (the same in every candidate; see the module doc), each with this
    /// candidate's scores.
    pub requirements: Vec<Requirement>,
    /// The reviewers' names, plain text; a reviewer's scores are at their position.
    pub reviewers: Vec<String>,
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
        self.requirements.is_empty() && self.reviewers.is_empty() && self.last_id == 0
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
        let mut n = self.last_id;
        let id = loop {
            n = n.saturating_add(1);
            let id = format!("r{n}");
            if n == u32::MAX || !self.requirements.iter().any(|r| r.id == id) {
                break id;
            }
        };
        self.last_id = n;
        self.requirements.push(Requirement {
            id: id.clone(),
            text,
            group,
            must_have,
            weight,
            scores: String::new(),
        });
        id
    }

    /// Removes the requirement `id` (and so its scores).
    pub fn remove_requirement(&mut self, id: &str) {
        self.requirements.retain(|r| r.id != id);
    }

    /// Adds a reviewer at the end; returns their number (0-based).
    pub fn add_reviewer(&mut self, name: String) -> usize {
        self.reviewers.push(name);
        self.reviewers.len().saturating_sub(1)
    }

    /// Removes reviewer number `reviewer` and their scores; later reviewers move up one.
    pub fn remove_reviewer(&mut self, reviewer: usize) {
        if reviewer >= self.reviewers.len() {
            return;
        }
        self.reviewers.remove(reviewer);
        for r in &mut self.requirements {
            if reviewer < r.scores.chars().count() {
                let kept: String = r
                    .scores
                    .chars()
                    .enumerate()
                    .filter(|(i, _)| *i != reviewer)
                    .map(|(_, c)| c)
                    .collect();
                r.scores = kept.trim_end_matches('-').to_owned();
            }
        }
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
    /// weights, order), keeping this candidate's reviewers and its scores of every requirement
    /// still in the list (by id).
    pub fn sync_requirements_from(&mut self, shared: &Scorecard) {
        let requirements = shared
            .requirements
            .iter()
            .map(|item| {
                let scores = self
                    .requirements
                    .iter()
                    .find(|own| own.id == item.id)
                    .map(|own| own.scores.clone())
                    .unwrap_or_default();
                Requirement {
                    scores,
                    ..item.clone()
                }
            })
            .collect();
        self.requirements = requirements;
        self.last_id = self.last_id.max(shared.last_id);
    }

    /// Whether `other` has the same requirements list, scores aside (so fit percentages
    /// compare like with like).
    pub fn same_requirements(&self, other: &Scorecard) -> bool {
        self.requirements.len() == other.requirements.len()
            && self
                .requirements
                .iter()
                .zip(&other.requirements)
                .all(|(a, b)| a.same_item(b))
    }

    /// Reports the problems under `fit.…`: list sizes (`too_many_entries`, `max`), ids
    /// (empty or used twice: `invalid`; too long: `name_too_long`, `max`), text lengths
    /// (`name_too_long`, `max`) and scores (an unknown character: `invalid`; more scores than
    /// reviewers: `too_many_entries`, `max`).
    pub(crate) fn check(&self, fail: &mut impl FnMut(FieldError)) {
        let too_many = |path: String, max: usize, things: &str| {
            FieldError::coded(
                path,
                ErrorCode::TooManyEntries,
                format!("must have at most {max} {things}"),
            )
            .with("max", max)
        };
        let too_long = |path: String, max: usize| {
            FieldError::coded(
                path,
                ErrorCode::NameTooLong,
                format!("must be at most {max} characters"),
            )
            .with("max", max)
        };
        if self.requirements.len() > MAX_REQUIREMENTS {
            fail(too_many(
                "fit.requirements".into(),
                MAX_REQUIREMENTS,
                "requirements",
            ));
        }
        if self.reviewers.len() > MAX_REVIEWERS {
            fail(too_many("fit.reviewers".into(), MAX_REVIEWERS, "reviewers"));
        }
        // Paths are only formatted for a problem: a long valid list allocates nothing here.
        for (i, r) in self.requirements.iter().enumerate() {
            let at = |field: &str| format!("fit.requirements[{i}].{field}");
            if r.id.trim().is_empty() {
                fail(FieldError::new(at("id"), "must not be empty"));
            } else if r.id.chars().count() > MAX_ID_CHARS {
                fail(too_long(at("id"), MAX_ID_CHARS));
            } else if self.requirements.iter().take(i).any(|e| e.id == r.id) {
                fail(FieldError::new(
                    at("id"),
                    format!("\"{}\" is used twice", r.id),
                ));
            }
            if r.text.chars().count() > MAX_REQUIREMENT_CHARS {
                fail(too_long(at("text"), MAX_REQUIREMENT_CHARS));
            }
            if r.scores
                .chars()
                .any(|c| c != '-' && Score::from_char(c).is_none())
            {
                fail(FieldError::new(
                    at("scores"),
                    "each score must be 0 (none), 1 (partial), 2 (full) or - (not scored)",
                ));
            } else if r.scores.chars().count() > self.reviewers.len() {
                fail(too_many(
                    at("scores"),
                    self.reviewers.len(),
                    "scores (one per reviewer)",
                ));
            }
        }
        for (i, name) in self.reviewers.iter().enumerate() {
            if name.chars().count() > MAX_REVIEWER_CHARS {
                fail(too_long(format!("fit.reviewers[{i}]"), MAX_REVIEWER_CHARS));
            }
        }
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
            scores: String::new(),
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
