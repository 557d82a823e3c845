//! The assumptions register: every default that comes from a rule of thumb, with its value,
//! unit, source and a one-line rationale, and the scenario field it sets (so the UI can show an
//! "i" and "reset to default" next to that field). Reference-only rules (not used in any
//! formula, shown for context) are listed too, with `reference_only: true`.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

mod entries;

pub use entries::register;

/// Where a default comes from: one of the five source articles, or a stated convention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Source {
    /// [A] "CRM cost – what is the real cost of a CRM?"
    A,
    /// [B] ActiveCampaign blog, "The transparent (and hidden) costs of CRM implementation".
    B,
    /// [C] Fxiaoke, "CRM system buying guide".
    C,
    /// [D] PingCode wiki, "What CRM fees include".
    D,
    /// [E] "Building an efficient CRM: cost analysis and budget guide".
    E,
    /// A common convention, not taken from the sources; the rationale says why.
    #[serde(rename = "convention")]
    Convention,
}

impl Source {
    /// The short tag shown next to a value: "[A]" … "[E]" or "convention".
    pub fn tag(self) -> &'static str {
        match self {
            Source::A => "[A]",
            Source::B => "[B]",
            Source::C => "[C]",
            Source::D => "[D]",
            Source::E => "[E]",
            Source::Convention => "convention",
        }
    }

    /// The full citation, as the UI shows it.
    pub fn citation(self) -> &'static str {
        match self {
            Source::A => {
                "\"CRM cost – what is the real cost of a CRM?\" (consultancy article; compares \
                 Salesforce, SugarCRM, Zoho, Infusionsoft)"
            }
            Source::B => {
                "ActiveCampaign blog, \"The transparent (and hidden) costs of CRM \
                 implementation\", 2021-01-25"
            }
            Source::C => "Fxiaoke (纷享销客), \"CRM system buying guide\", 2022",
            Source::D => "PingCode wiki, \"What CRM fees include\"",
            Source::E => "\"Building an efficient CRM: cost analysis and budget guide\"",
            Source::Convention => {
                "A common convention in cost planning; not from the source articles"
            }
        }
    }
}

/// One entry of the register.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assumption {
    /// Stable id, e.g. `training.hours_per_user`.
    pub id: &'static str,
    /// The scenario field this default sets (in the default template), e.g.
    /// `training.hours_per_user`; empty for reference-only rules.
    pub field: &'static str,
    /// The default value (a decimal fraction for shares: 0.10 = 10 %).
    pub value: Decimal,
    /// The unit of `value`, e.g. "hours", "USD/year", "fraction", "multiplier".
    pub unit: &'static str,
    /// Where it comes from.
    pub source: Source,
    /// Why, in one line of English.
    pub rationale: &'static str,
    /// True for rules shown for context only, not used in any formula.
    pub reference_only: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_reference_rules_have_no_field() {
        let list = register();
        let mut ids: Vec<_> = list.iter().map(|a| a.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), list.len());
        for a in &list {
            assert_eq!(a.reference_only, a.field.is_empty(), "{}", a.id);
            assert!(!a.rationale.is_empty());
        }
    }

    #[test]
    fn citations_name_the_articles() {
        assert!(Source::B.citation().contains("ActiveCampaign"));
        assert!(Source::C.citation().contains("Fxiaoke"));
        assert_eq!(Source::A.tag(), "[A]");
    }
}
