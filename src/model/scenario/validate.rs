//! Cross-field checks of a scenario, beyond the bounds each value type already enforces:
//! the schema version, tier order, term lengths, list sizes and custom line lengths.
//! Every problem is reported with the path of its field.

use crate::error::{ErrorCode, FieldError, ScenarioError};
use crate::scenario::{SCHEMA_VERSION, Scenario};
use crate::units::Horizon;

/// Longest accepted name (scenario, add-on, custom line), in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Most contact tiers.
pub const MAX_TIERS: usize = 50;
/// Most add-ons.
pub const MAX_ADD_ONS: usize = 50;
/// Most project activities.
pub const MAX_ACTIVITIES: usize = 100;
/// Most custom lines.
pub const MAX_CUSTOM_LINES: usize = 100;
/// Most adoption entries (one per year).
pub const MAX_ADOPTION_YEARS: usize = 10;
/// Longest minimum contract term and hardware refresh cycle, in years.
pub const MAX_YEARS: u8 = 10;

impl Scenario {
    /// Checks the rules that involve more than one value. `evaluate` calls it first.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        let mut errors = Vec::new();
        let mut fail = |error: FieldError| errors.push(error);

        if self.schema_version != SCHEMA_VERSION {
            fail(
                FieldError::coded(
                    "schema_version",
                    ErrorCode::SchemaVersion,
                    format!(
                        "must be {SCHEMA_VERSION} (this engine reads version {SCHEMA_VERSION})"
                    ),
                )
                .with("expected", SCHEMA_VERSION),
            );
        }
        check_name(&mut fail, "name", &self.name);

        let refresh = self.deployment.infrastructure.hardware_refresh_years;
        if refresh > MAX_YEARS {
            fail(
                FieldError::coded(
                    "deployment.infrastructure.hardware_refresh_years",
                    ErrorCode::YearsOutOfRange,
                    format!("must be between 0 (never) and {MAX_YEARS} years"),
                )
                .with("min", 0)
                .with("max", MAX_YEARS),
            );
        }

        let pricing = &self.pricing;
        if !(1..=MAX_YEARS).contains(&pricing.minimum_term_years) {
            fail(
                FieldError::coded(
                    "pricing.minimum_term_years",
                    ErrorCode::YearsOutOfRange,
                    format!("must be between 1 and {MAX_YEARS} years"),
                )
                .with("min", 1)
                .with("max", MAX_YEARS),
            );
        }
        if pricing.contact_tiers.len() > MAX_TIERS {
            fail(too_many("pricing.contact_tiers", MAX_TIERS, "tiers"));
        }
        for (i, pair) in pricing.contact_tiers.windows(2).enumerate() {
            let [before, tier] = pair else { continue };
            let index = i.saturating_add(1);
            if tier.up_to <= before.up_to {
                fail(
                    FieldError::coded(
                        format!("pricing.contact_tiers[{index}].up_to"),
                        ErrorCode::TierNotAscending,
                        format!(
                            "must be larger than the tier before it ({}); list tiers from the smallest",
                            before.up_to
                        ),
                    )
                    .with("before", before.up_to),
                );
            }
            if tier.price_per_month < before.price_per_month {
                fail(
                    FieldError::coded(
                        format!("pricing.contact_tiers[{index}].price_per_month"),
                        ErrorCode::TierPriceFalls,
                        format!(
                            "must not be lower than the tier before it ({})",
                            before.price_per_month
                        ),
                    )
                    .with("before", before.price_per_month),
                );
            }
        }
        if pricing.add_ons.len() > MAX_ADD_ONS {
            fail(too_many("pricing.add_ons", MAX_ADD_ONS, "add-ons"));
        }
        for (i, add_on) in pricing.add_ons.iter().enumerate() {
            check_name(
                &mut fail,
                &format!("pricing.add_ons[{i}].name"),
                &add_on.name,
            );
        }

        if self.project.activities.len() > MAX_ACTIVITIES {
            fail(too_many("project.activities", MAX_ACTIVITIES, "activities"));
        }
        if self.project.overtime.multiplier.get() < rust_decimal::Decimal::ONE {
            fail(FieldError::coded(
                "project.overtime.multiplier",
                ErrorCode::OvertimeBelowOne,
                "must be at least 1 (overtime is billed at the normal rate or more)",
            ));
        }

        if self.benefits.adoption.len() > MAX_ADOPTION_YEARS {
            fail(too_many(
                "benefits.adoption",
                MAX_ADOPTION_YEARS,
                "entries (one per year)",
            ));
        }

        if self.custom_lines.len() > MAX_CUSTOM_LINES {
            fail(too_many("custom_lines", MAX_CUSTOM_LINES, "lines"));
        }
        // Amounts beyond the horizon are kept (shortening the horizon must not lose them) and
        // ignored by the ledger with a warning; only more periods than any horizon has is wrong.
        let most_periods = usize::from(Horizon::MAX).saturating_add(1);
        for (i, line) in self.custom_lines.iter().enumerate() {
            check_name(&mut fail, &format!("custom_lines[{i}].name"), &line.name);
            if line.amounts.len() > most_periods {
                fail(
                    FieldError::coded(
                        format!("custom_lines[{i}].amounts"),
                        ErrorCode::TooManyAmounts,
                        format!(
                            "has {} amounts; at most {most_periods} (the initial period and {} years)",
                            line.amounts.len(),
                            Horizon::MAX
                        ),
                    )
                    .with("count", line.amounts.len())
                    .with("max", most_periods),
                );
            }
        }

        self.checklist.check(&mut fail);
        self.fit.check(&mut fail);
        super::ranges_input::check_ranges(self, &mut fail);
        self.simulation.check("simulation.trials", &mut fail);

        if errors.is_empty() {
            Ok(())
        } else {
            Err(ScenarioError { errors })
        }
    }
}

fn check_name(fail: &mut impl FnMut(FieldError), path: &str, name: &str) {
    if name.chars().count() > MAX_NAME_CHARS {
        fail(
            FieldError::coded(
                path,
                ErrorCode::NameTooLong,
                format!("must be at most {MAX_NAME_CHARS} characters"),
            )
            .with("max", MAX_NAME_CHARS),
        );
    }
}

/// "must have at most `max` `things`" about the list at `path`.
fn too_many(path: &str, max: usize, things: &str) -> FieldError {
    FieldError::coded(
        path,
        ErrorCode::TooManyEntries,
        format!("must have at most {max} {things}"),
    )
    .with("max", max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{ContactTier, CustomLine};
    use crate::taxonomy::{Category, LineKind, Phase, Quadrant};
    use crate::units::{Contacts, Factor, Money};
    use rust_decimal::Decimal;

    fn paths(scenario: &Scenario) -> Vec<String> {
        scenario
            .validate()
            .err()
            .map(|e| e.errors.into_iter().map(|f| f.path).collect())
            .unwrap_or_default()
    }

    #[test]
    fn default_is_valid() {
        assert_eq!(Scenario::default().validate(), Ok(()));
    }

    #[test]
    fn tiers_must_be_sorted_with_non_decreasing_prices() {
        let mut s = Scenario::default();
        s.pricing.contact_tiers = vec![
            ContactTier {
                up_to: Contacts::try_from(1000u64).unwrap(),
                price_per_month: Money::try_from(Decimal::from(50)).unwrap(),
            },
            ContactTier {
                up_to: Contacts::try_from(500u64).unwrap(),
                price_per_month: Money::try_from(Decimal::from(40)).unwrap(),
            },
        ];
        assert_eq!(
            paths(&s),
            [
                "pricing.contact_tiers[1].up_to",
                "pricing.contact_tiers[1].price_per_month"
            ]
        );
    }

    #[test]
    fn custom_line_amounts_beyond_any_horizon_are_rejected() {
        let mut s = Scenario::default(); // 5 years → 6 periods
        s.custom_lines.push(CustomLine {
            name: "Extra".into(),
            kind: LineKind::Cost,
            category: Category::InternalTime,
            quadrant: Quadrant::HiddenTime,
            phase: Phase::Operation,
            amounts: vec![Money::ZERO; 12],
            risk: None,
        });
        let err = s.validate().unwrap_err();
        assert_eq!(err.errors[0].path, "custom_lines[0].amounts");
        assert!(err.errors[0].message.contains("at most 11"));
        // beyond this horizon but within the longest one: kept (the ledger ignores the extra)
        s.custom_lines[0].amounts.truncate(11);
        assert_eq!(s.validate(), Ok(()));
    }

    #[test]
    fn other_cross_field_rules() {
        let mut s = Scenario {
            schema_version: 2,
            ..Scenario::default()
        };
        s.pricing.minimum_term_years = 0;
        s.deployment.infrastructure.hardware_refresh_years = 11;
        s.project.overtime.multiplier = Factor::try_from(Decimal::new(9, 1)).unwrap();
        s.name = "x".repeat(201);
        assert_eq!(
            paths(&s),
            [
                "schema_version",
                "name",
                "deployment.infrastructure.hardware_refresh_years",
                "pricing.minimum_term_years",
                "project.overtime.multiplier"
            ]
        );
    }
}
