//! Vendor presets: dated public list prices of CRM plans, and the one function that fills a
//! scenario's pricing section from one of them.
//!
//! The data (`presets/data.rs`) is a compact constant table (no parsing, no JSON in the wasm):
//! one [`Preset`] per vendor plan, listed alphabetically by vendor and, within a vendor, from
//! the cheapest plan up. Every figure is a [`Figure`]: a value with the date it was read or
//! published and its public source, taken from the team's evidence file
//! (`shared/research/vendor-prices.md`); the page shows each as "list price as of DATE — verify
//! with the vendor". Where the evidence found nothing, or gives no date, the field is `None`:
//! no figure is guessed. All prices are in US dollars ([`PRESET_CURRENCY`]).
//!
//! [`apply_preset`] (in `presets/apply.rs`) changes pricing fields only and lists what it
//! changed, so the page can say "changed N fields" and offer an undo.

use rust_decimal::Decimal;
use serde::Serialize;

mod apply;
mod data;

pub use apply::{Applied, ApplyNote, ApplyOptions, FieldChange, PresetError, apply_preset};

/// The currency of every preset price.
pub const PRESET_CURRENCY: &str = "USD";

/// A value with the date it was read or published and where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Figure<T> {
    /// The value (money in USD; shares as decimal fractions, 0.07 = 7 %).
    pub value: T,
    /// When the source read or published it: `YYYY-MM-DD`, or `YYYY-MM` when only the month
    /// is known. The latest date at which the sources agree.
    pub date: &'static str,
    /// The public source, as the evidence file cites it: the evidence class first (`A` the
    /// vendor's own page, `B` a dated transcription of it, `C` third-party commentary; `[B]`
    /// for the source articles of the domain), then the documents (tags explained in
    /// [`documents`]).
    pub source: &'static str,
}

/// Whether a plan is sold today, was replaced (kept for renewals) or is a generic price point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Edition {
    /// On the vendor's price list today.
    Current,
    /// A previous edition, kept to price a renewal of an existing contract.
    Previous,
    /// Not a vendor: a typical price point from the source articles.
    Generic,
}

/// How the plan is priced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PresetPlan {
    /// A price per seat per month.
    PerSeat,
    /// One price per month for the account, with some users and contacts included.
    FlatPlan,
}

/// How an extra price is charged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExtraUnit {
    /// Per user (seat) per month.
    PerSeatPerMonth,
    /// Per month for the account.
    PerMonth,
    /// Per month for the account, "starting from" this price.
    PerMonthFrom,
    /// Per GB of storage per month.
    PerGbPerMonth,
}

/// A price of an add-on, storage or higher volume, shown for reference (never applied: the
/// person adds what they will buy as an add-on).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Extra {
    /// What it is (the vendor's product name where it has one).
    pub name: &'static str,
    /// How it is charged.
    pub unit: ExtraUnit,
    /// The price in USD, dated and sourced.
    pub price: Figure<Decimal>,
}

/// One vendor plan's public price list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Preset {
    /// Stable id used by the CLI and the page, e.g. `hubspot-sales-hub-professional`.
    pub id: &'static str,
    /// The vendor and product, e.g. "HubSpot Sales Hub".
    pub vendor: &'static str,
    /// The plan, e.g. "Professional".
    pub plan: &'static str,
    /// Current, previous (for renewals) or generic.
    pub edition: Edition,
    /// Per seat or a flat plan.
    pub pricing: PresetPlan,
    /// Price per month (per seat, or for the flat plan) when billed annually.
    pub price_annual: Option<Figure<Decimal>>,
    /// Price per month (per seat, or for the flat plan) when billed month to month.
    pub price_monthly: Option<Figure<Decimal>>,
    /// True when the source says the plan is sold on an annual contract only.
    pub annual_only: bool,
    /// Users included in a flat plan.
    pub included_users: Option<Figure<u32>>,
    /// Contacts included in a flat plan's price.
    pub included_contacts: Option<Figure<u64>>,
    /// The vendor's minimum number of billed seats (`Some(0)` when the source confirms there
    /// is none).
    pub minimum_seats: Option<Figure<u32>>,
    /// A one-time onboarding fee the vendor requires (`Some(0)` when the source says none).
    pub onboarding_fee: Option<Figure<Decimal>>,
    /// Price increase at each renewal (a fraction).
    pub renewal_uplift: Option<Figure<Decimal>>,
    /// The shortest contract the vendor sells, in years.
    pub minimum_term_years: Option<Figure<u8>>,
    /// Optional premium support priced as a share of the net licence (a fraction); applied
    /// only when asked for ([`ApplyOptions::premium_support`]).
    pub premium_support_rate: Option<Figure<Decimal>>,
    /// True when premium support is part of this plan (so none is added).
    pub premium_support_included: bool,
    /// Add-on, storage and volume prices, for reference.
    pub extras: &'static [Extra],
    /// What to know about the figures (conflicts, promotions, gaps), in English.
    pub note: &'static str,
}

impl Preset {
    /// "Vendor Plan", e.g. "HubSpot Sales Hub Professional".
    pub fn label(&self) -> String {
        format!("{} {}", self.vendor, self.plan)
    }

    /// Every dated figure of the preset with its field name (for display and validation).
    pub fn figures(&self) -> Vec<(&'static str, FigureRef)> {
        let mut out = Vec::new();
        let mut money = |name: &'static str, f: &Option<Figure<Decimal>>| {
            if let Some(f) = f {
                out.push((name, FigureRef::from(f)));
            }
        };
        money("price_annual", &self.price_annual);
        money("price_monthly", &self.price_monthly);
        money("onboarding_fee", &self.onboarding_fee);
        money("renewal_uplift", &self.renewal_uplift);
        money("premium_support_rate", &self.premium_support_rate);
        let count = |f: &Option<Figure<u32>>| f.as_ref().map(FigureRef::from_count);
        if let Some(f) = count(&self.included_users) {
            out.push(("included_users", f));
        }
        if let Some(f) = count(&self.minimum_seats) {
            out.push(("minimum_seats", f));
        }
        if let Some(f) = &self.included_contacts {
            out.push((
                "included_contacts",
                FigureRef {
                    value: Decimal::from(f.value),
                    date: f.date,
                    source: f.source,
                },
            ));
        }
        if let Some(f) = &self.minimum_term_years {
            out.push((
                "minimum_term_years",
                FigureRef {
                    value: Decimal::from(f.value),
                    date: f.date,
                    source: f.source,
                },
            ));
        }
        for extra in self.extras {
            out.push(("extras", FigureRef::from(&extra.price)));
        }
        out
    }
}

/// Any figure of a preset as a decimal, with its date and source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct FigureRef {
    /// The value as a decimal.
    pub value: Decimal,
    /// See [`Figure::date`].
    pub date: &'static str,
    /// See [`Figure::source`].
    pub source: &'static str,
}

impl From<&Figure<Decimal>> for FigureRef {
    fn from(f: &Figure<Decimal>) -> Self {
        FigureRef {
            value: f.value,
            date: f.date,
            source: f.source,
        }
    }
}

impl FigureRef {
    fn from_count(f: &Figure<u32>) -> Self {
        FigureRef {
            value: Decimal::from(f.value),
            date: f.date,
            source: f.source,
        }
    }
}

/// A document the figures' sources cite by tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Document {
    /// The tag used in [`Figure::source`], e.g. `AE-SF`.
    pub tag: &'static str,
    /// What it is and where it was read from.
    pub title: &'static str,
    /// The date it states (read or published).
    pub date: &'static str,
}

/// Every preset: alphabetical by vendor, then from the cheapest plan up.
pub fn presets() -> &'static [Preset] {
    data::PRESETS
}

/// The preset with this id.
pub fn preset(id: &str) -> Option<&'static Preset> {
    data::PRESETS.iter().find(|p| p.id == id)
}

/// The documents cited by tag in the figures' sources.
pub fn documents() -> &'static [Document] {
    data::DOCUMENTS
}

#[cfg(test)]
mod tests;
