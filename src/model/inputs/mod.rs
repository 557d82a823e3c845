//! The scenario's numeric inputs, each named by its field path (`pricing.renewal_uplift`,
//! `project.activities[2].hours.admin`; the catalogue is in `inputs/fields.rs`), and
//! `Inputs`, the one way the cost formulas read them.
//!
//! The ledger reads a scenario exactly (`Exact`, `Decimal`); a simulation trial reads a flat
//! table of `f64` values (`Sampled` over a `Table`) in which the ranged inputs are overwritten
//! before each trial. Both go through the same formulas in [`crate::costs`]. Structure (the
//! deployment model, the plan kind, list lengths, names) is never sampled and is read from the
//! scenario.

use rust_decimal::Decimal;

use crate::arith::Num;
use crate::scenario::Scenario;

mod fields;

pub use fields::{Field, Fixed, Kind, MAX_PERIODS, RatePart};
use fields::{rate_part_index, role_index};

/// Where each input of one scenario sits in a flat table of values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Layout {
    tiers: usize,
    add_ons: usize,
    activities: usize,
    adoption: usize,
    custom: usize,
}

const FIXED_SLOTS: usize = Fixed::ALL.len();
const RATE_SLOTS: usize = 15;
const ACTIVITY_SLOTS: usize = 6;

impl Layout {
    /// The layout of `scenario`'s lists.
    pub fn of(scenario: &Scenario) -> Layout {
        Layout {
            tiers: scenario.pricing.contact_tiers.len(),
            add_ons: scenario.pricing.add_ons.len(),
            activities: scenario.project.activities.len(),
            adoption: scenario.benefits.adoption.len(),
            custom: scenario.custom_lines.len(),
        }
    }

    /// Number of slots.
    pub fn len(self) -> usize {
        self.custom_at()
            .saturating_add(self.custom.saturating_mul(MAX_PERIODS))
    }

    fn rates_at(self) -> usize {
        FIXED_SLOTS
    }
    fn tiers_at(self) -> usize {
        self.rates_at().saturating_add(RATE_SLOTS)
    }
    fn add_ons_at(self) -> usize {
        self.tiers_at().saturating_add(self.tiers.saturating_mul(2))
    }
    fn activities_at(self) -> usize {
        self.add_ons_at().saturating_add(self.add_ons)
    }
    fn adoption_at(self) -> usize {
        self.activities_at()
            .saturating_add(self.activities.saturating_mul(ACTIVITY_SLOTS))
    }
    fn custom_at(self) -> usize {
        self.adoption_at().saturating_add(self.adoption)
    }

    /// The slot of `field`, `None` when the scenario has no such list item.
    #[inline]
    pub fn slot(self, field: Field) -> Option<usize> {
        let within = |i: usize, n: usize| (i < n).then_some(i);
        match field {
            // The discriminant is the position in `Fixed::ALL` (declaration order).
            Field::Fixed(f) => Some(f as usize),
            Field::Rate(role, part) => Some(
                self.rates_at()
                    .saturating_add(role_index(role).saturating_mul(3))
                    .saturating_add(rate_part_index(part)),
            ),
            Field::TierUpTo(i) => {
                within(i, self.tiers).map(|i| self.tiers_at().saturating_add(i.saturating_mul(2)))
            }
            Field::TierPrice(i) => within(i, self.tiers).map(|i| {
                self.tiers_at()
                    .saturating_add(i.saturating_mul(2))
                    .saturating_add(1)
            }),
            Field::AddOnPrice(i) => {
                within(i, self.add_ons).map(|i| self.add_ons_at().saturating_add(i))
            }
            Field::ActivityHours(i, role) => within(i, self.activities).map(|i| {
                self.activities_at()
                    .saturating_add(i.saturating_mul(ACTIVITY_SLOTS))
                    .saturating_add(role_index(role))
            }),
            Field::ActivityFee(i) => within(i, self.activities).map(|i| {
                self.activities_at()
                    .saturating_add(i.saturating_mul(ACTIVITY_SLOTS))
                    .saturating_add(5)
            }),
            Field::Adoption(i) => {
                within(i, self.adoption).map(|i| self.adoption_at().saturating_add(i))
            }
            Field::CustomAmount(i, t) => {
                within(i, self.custom)
                    .zip(within(t, MAX_PERIODS))
                    .map(|(i, t)| {
                        self.custom_at()
                            .saturating_add(i.saturating_mul(MAX_PERIODS))
                            .saturating_add(t)
                    })
            }
        }
    }
}

/// How the cost formulas read the scenario: structure from [`Inputs::scenario`], every number
/// through [`Inputs::get`] as `N`.
pub(crate) trait Inputs<N: Num> {
    /// The scenario (for structure: models, kinds, list lengths, names).
    fn scenario(&self) -> &Scenario;
    /// The value of `field` (zero when the scenario has no such list item).
    fn get(&self, field: Field) -> N;
    /// The value of a fixed input.
    fn fixed(&self, field: Fixed) -> N {
        self.get(Field::Fixed(field))
    }
}

/// The scenario as it is, in exact `Decimal`s: what the ledger reads.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Exact<'a>(pub &'a Scenario);

impl Inputs<Decimal> for Exact<'_> {
    fn scenario(&self) -> &Scenario {
        self.0
    }
    fn get(&self, field: Field) -> Decimal {
        field.read(self.0).unwrap_or(Decimal::ZERO)
    }
}

/// The scenario's numeric inputs as a flat table of `f64` (one slot per input), which a
/// simulation overwrites for the ranged inputs before each trial. Owns no borrow, so a
/// long-lived simulation can keep it; read it through [`Sampled`].
#[derive(Clone, Debug)]
pub(crate) struct Table {
    layout: Layout,
    values: Vec<f64>,
}

impl Table {
    /// Every input of `scenario` at its own (likely) value.
    pub fn new(scenario: &Scenario) -> Self {
        let layout = Layout::of(scenario);
        let mut values = vec![0.0; layout.len()];
        for field in Field::all(scenario) {
            if let (Some(slot), Some(value)) = (
                layout.slot(field).and_then(|i| values.get_mut(i)),
                field.read(scenario),
            ) {
                *slot = f64::from_decimal(value);
            }
        }
        Table { layout, values }
    }

    /// The slot of `field` in this table.
    pub fn slot(&self, field: Field) -> Option<usize> {
        self.layout.slot(field)
    }

    /// The value in `slot`.
    #[inline]
    pub fn value(&self, slot: usize) -> f64 {
        self.values.get(slot).copied().unwrap_or(0.0)
    }

    /// Sets the value in `slot` (from [`Table::slot`]).
    pub fn set(&mut self, slot: usize, value: f64) {
        if let Some(v) = self.values.get_mut(slot) {
            *v = value;
        }
    }
}

/// A scenario's structure with the numbers of a [`Table`]: what a simulation trial reads.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sampled<'a> {
    /// The scenario (structure and names).
    pub scenario: &'a Scenario,
    /// The numbers.
    pub table: &'a Table,
}

impl Inputs<f64> for Sampled<'_> {
    fn scenario(&self) -> &Scenario {
        self.scenario
    }
    fn get(&self, field: Field) -> f64 {
        let slot = match field {
            // The discriminant is the slot (the hot path of every trial).
            Field::Fixed(f) => Some(f as usize),
            _ => self.table.layout.slot(field),
        };
        slot.map_or(0.0, |i| self.table.value(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::Role;
    use crate::templates::{template, template_names};

    #[test]
    fn every_path_parses_back_to_its_field_and_reads_its_value() {
        for name in template_names() {
            let s = template(name).unwrap();
            let table = Table::new(&s);
            let sampled = Sampled {
                scenario: &s,
                table: &table,
            };
            let fields = Field::all(&s);
            let mut slots: Vec<usize> = Vec::new();
            for field in &fields {
                let path = field.path();
                assert_eq!(Field::parse(&path), Some(*field), "{path}");
                let exact = Exact(&s).get(*field);
                assert_eq!(field.read(&s), Some(exact), "{path}");
                assert_eq!(sampled.get(*field), f64::from_decimal(exact), "{path}");
                slots.push(table.slot(*field).unwrap());
            }
            slots.sort_unstable();
            slots.dedup();
            assert_eq!(
                slots.len(),
                fields.len(),
                "{name}: every input has its own slot"
            );
        }
    }

    #[test]
    fn fixed_discriminants_are_positions() {
        for (i, f) in Fixed::ALL.iter().enumerate() {
            assert_eq!(*f as usize, i);
        }
    }

    #[test]
    fn unknown_and_malformed_paths_are_not_fields() {
        for path in [
            "",
            "pricing",
            "pricing.plan",
            "horizon",
            "organisation.rates.ceo.hourly",
            "project.activities[x].fee",
            "project.activities[01].fee",
            "project.activities[0].hours.sales.extra",
            "benefits.adoption[0].x",
            "custom_lines[0].amounts",
        ] {
            assert_eq!(Field::parse(path), None, "{path}");
        }
        assert_eq!(
            Field::parse("project.activities[3].hours.it"),
            Some(Field::ActivityHours(3, Role::It))
        );
        // A list item the scenario does not have parses but reads nothing.
        let s = Scenario::default();
        assert_eq!(Field::ActivityFee(99).read(&s), None);
        assert_eq!(Exact(&s).get(Field::ActivityFee(99)), Decimal::ZERO);
    }
}
