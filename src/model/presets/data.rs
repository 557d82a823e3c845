//! The preset table: vendor list prices with their dates and sources, copied from the evidence
//! file `shared/research/vendor-prices.md` (compiled 2026-11-28 from stored copies of public
//! pages). A figure appears only where that file gives a value with a date; "not found", a
//! range, or "date unknown" leaves the field `None` (and, where useful, the note says what
//! was seen). Every price is a list price in USD — verify with the vendor.
//!
//! Order: alphabetical by vendor; within a vendor, current plans from the cheapest up, then
//! previous editions. The test `presets::tests` checks the order, the dates and the sources.

use rust_decimal::Decimal;

use super::{Document, Edition, Extra, ExtraUnit, Figure, Preset, PresetPlan};

/// Whole dollars.
const fn usd(whole: u32) -> Decimal {
    Decimal::from_parts(whole, 0, 0, false, 0)
}

/// Dollars and cents, or a fraction, from hundredths (`hundredths(3250)` = 32.50).
const fn hundredths(value: u32) -> Decimal {
    Decimal::from_parts(value, 0, 0, false, 2)
}

const fn fig<T>(value: T, date: &'static str, source: &'static str) -> Figure<T> {
    Figure {
        value,
        date,
        source,
    }
}

/// Nothing known: every preset starts from this.
const NONE: Preset = Preset {
    id: "",
    vendor: "",
    plan: "",
    edition: Edition::Current,
    pricing: PresetPlan::PerSeat,
    price_annual: None,
    price_monthly: None,
    annual_only: false,
    included_users: None,
    included_contacts: None,
    minimum_seats: None,
    onboarding_fee: None,
    renewal_uplift: None,
    minimum_term_years: None,
    premium_support_rate: None,
    premium_support_included: false,
    extras: &[],
    note: "",
};

// ---- ActiveCampaign (contact-based) ------------------------------------------------------

const AC_USERS: &str = "B: AE-AC (users by tier, from the vendor page)";
const AC_CZ: &str = "C: Czech ActiveCampaign analysis [63444993064]";

const AC_PLUS_STEPS: &[Extra] = &[
    Extra {
        name: "Plus at 5,000 contacts",
        unit: ExtraUnit::PerMonth,
        price: fig(usd(145), "2026-05", AC_CZ),
    },
    Extra {
        name: "Plus at 10,000 contacts",
        unit: ExtraUnit::PerMonth,
        price: fig(usd(234), "2026-05", AC_CZ),
    },
    Extra {
        name: "Plus at 25,000 contacts",
        unit: ExtraUnit::PerMonth,
        price: fig(usd(399), "2026-05", AC_CZ),
    },
    Extra {
        name: "Plus at 50,000 contacts",
        unit: ExtraUnit::PerMonth,
        price: fig(usd(649), "2026-05", AC_CZ),
    },
];

// ---- Freshsales ----------------------------------------------------------------------------

const FRESH_GATES: &str = "B: GATES ($9/$11)";

// ---- Generic price points ([B]) ---------------------------------------------------------

const B_DATE: &str = "2021-01-25";
const B_CHEAP: &str = "[B] ActiveCampaign blog, \"The transparent (and hidden) costs of CRM \
                       implementation\": cheap CRMs about $12 per user per month";
const B_ENTERPRISE: &str = "[B] ActiveCampaign blog, \"The transparent (and hidden) costs of \
                            CRM implementation\": enterprise CRMs (e.g. Dynamics) up to about \
                            $130 per user per month";
const GENERIC_NOTE: &str = "A price point from the source articles, not a vendor; the billing \
                            cycle is not stated, so the same price is used for both.";

// ---- HubSpot Sales Hub -------------------------------------------------------------------

const HS_NO_MINIMUM: Figure<u32> = fig(
    0,
    "2026-09-27",
    "A: https://legal.hubspot.com/seats-migration-faq; B: GATES (\"confirmed_none\")",
);
const HS_PRO: &str = "B: HOTGREEN; HELM; LATAM; SIMPLECRM";
const HS_ENT: &str = "B: HELM (Service Hub figures); C: migration guide [52143845464]";

// ---- Microsoft Dynamics 365 Sales --------------------------------------------------------

const MS: &str =
    "B: AE-MS; C: thenegotiationexperts.com/blog/dynamics-365-licensing-sales-service/";
const MS_TERM: Figure<u8> = fig(1, "2026-08-13", "B: AE-MS (annual commitment)");
const MS_EXTRAS: &[Extra] = &[Extra {
    name: "Copilot for Sales",
    unit: ExtraUnit::PerSeatPerMonth,
    price: fig(
        usd(50),
        "2026-03",
        "C: https://microsoftnegotiations.com/blog/dynamics-365-sales-licensing.html \
         (\"March 2026 EA pricing\")",
    ),
}];
const MS_NOTE: &str = "Per named user, annual commitment; a monthly-billing price was not found \
                       on the vendor page. Microsoft Relationship Sales (with LinkedIn Sales \
                       Navigator) has a 10-seat minimum and no published price.";

// ---- Pipedrive -----------------------------------------------------------------------------

const PD_ANNUAL: &str = "B: AE-PD (verbatim); SEPRICE; SIMPLECRM";
const PD_MONTHLY: &str = "B: HOTGREEN (monthly, secondary via saasswitcher.com, 14 Sep 2026)";
const PD_EXTRAS: &[Extra] = &[
    Extra {
        name: "LeadBooster",
        unit: ExtraUnit::PerMonthFrom,
        price: fig(hundredths(3250), "2026-09-20", "B: AE-PD (verbatim)"),
    },
    Extra {
        name: "Campaigns",
        unit: ExtraUnit::PerMonthFrom,
        price: fig(hundredths(1333), "2026-09-20", "B: AE-PD (verbatim)"),
    },
];
const PD_NOTE: &str = "Prices exclude VAT. \"Billed annually (Save up to 26%)\" (LEDGER). \
                       \"Free implementation on plans over $400 a year\" (AE-PD). No minimum \
                       seats published. Monthly prices are the least certain (automated reads \
                       are often blocked).";

// ---- Salesforce Sales Cloud --------------------------------------------------------------

const SF_UPLIFT: Figure<Decimal> = fig(
    hundredths(7),
    "2026-02",
    "C: redresscompliance.com/salesforce-licensing-guide.html (\"default\" 7 %; 7-12 % \
     observed 2024-26)",
);
const SF_PREMIER: Figure<Decimal> = fig(
    hundredths(30),
    "2026-05-27",
    "C: https://salesforcenegotiations.com/blog/salesforce-premier-support-cost/ (list about \
     30 % of net licence, negotiated 22-28 %)",
);
const SF_NEW: &str = "A/B: SF-NEWS; HELM; HF-CHECKS";
const SF_OLD: &str = "B: AE-SF; [63295522730] (\"fetched via browser 2026-09-01\")";
const SF_API: Extra = Extra {
    name: "Web Services API (lower suites)",
    unit: ExtraUnit::PerSeatPerMonth,
    price: fig(usd(25), "2026-10-06", "B: AE-SF; HELM"),
};
const SF_MESSAGING: Extra = Extra {
    name: "Enhanced Messaging",
    unit: ExtraUnit::PerSeatPerMonth,
    price: fig(usd(75), "2026-10-06", "B: HELM"),
};
const SF_ENGAGEMENT: Extra = Extra {
    name: "Sales Engagement (sequences)",
    unit: ExtraUnit::PerSeatPerMonth,
    price: fig(usd(50), "2026-09-27", "B: GATES"),
};
const SF_STORAGE: Extra = Extra {
    name: "Data storage beyond the allocation (about $125 a month per 500 MB)",
    unit: ExtraUnit::PerGbPerMonth,
    price: fig(
        usd(250),
        "2025-06",
        "C: https://redresscompliance.com/salesforce-storage-and-api-usage-management.html",
    ),
};
const SF_LOWER_EXTRAS: &[Extra] = &[SF_API, SF_MESSAGING, SF_ENGAGEMENT, SF_STORAGE];
const SF_UPPER_EXTRAS: &[Extra] = &[SF_MESSAGING, SF_ENGAGEMENT, SF_STORAGE];
const SF_BUNDLED_EXTRAS: &[Extra] = &[SF_MESSAGING, SF_STORAGE];
const SF_NOTE: &str = "The ladder changed on 2026-09-03: Core, Advanced and Max replaced \
                       Enterprise and Unlimited. No minimum seats and no onboarding fee \
                       published. The renewal uplift is an advisory figure, not a vendor one.";

// ---- SugarCRM ----------------------------------------------------------------------------

const SUGAR: &str = "B: AE-SU (https://www.sugarai.com/pricing)";
const SUGAR_MINIMUM: Figure<u32> = fig(15, "2026-08-13", SUGAR);
const SUGAR_TERM: Figure<u8> = fig(1, "2026-08-13", SUGAR);
const SUGAR_STORAGE_SOURCE: &str =
    "A: sugarclub.sugarcrm.com, managed storage for existing customers FAQ (from 2022-02-01)";
const SUGAR_EXTRAS: &[Extra] = &[
    Extra {
        name: "Managed storage: file system",
        unit: ExtraUnit::PerGbPerMonth,
        price: fig(hundredths(417), "2022-02-01", SUGAR_STORAGE_SOURCE),
    },
    Extra {
        name: "Managed storage: database",
        unit: ExtraUnit::PerGbPerMonth,
        price: fig(hundredths(833), "2022-02-01", SUGAR_STORAGE_SOURCE),
    },
];
const SUGAR_NOTE: &str = "Rebranded SugarAI; billed annually, 15 users minimum. The vendor's \
                          pricing policy (page date unknown, so not applied) sets renewal \
                          uplifts of 8 %/6 %/4 % a year for 1/2/3-year terms, capped at list; \
                          seats cannot be decreased during the term.";

// ---- Zoho CRM ----------------------------------------------------------------------------

const ZOHO_NO_MINIMUM: Figure<u32> = fig(0, "2026-09-27", "B: GATES (\"confirmed_none\")");
const ZOHO_UPPER: &str = "B: HOTGREEN; LATAM";
const ZOHO_NOTE: &str = "Monthly billing is allowed, but a dated USD monthly price for this \
                         edition was not found (undated: $35/$50/$65), so it is billed \
                         annually here.";

/// Every preset, in listing order.
pub(super) const PRESETS: &[Preset] = &[
    // ActiveCampaign
    Preset {
        id: "activecampaign-starter",
        vendor: "ActiveCampaign",
        plan: "Starter",
        pricing: PresetPlan::FlatPlan,
        price_annual: Some(fig(
            usd(15),
            "2026-09-24",
            "B: REVERIFY (\"Starts at $15 /mo, billed annually\")",
        )),
        price_monthly: Some(fig(usd(19), "2026-05", AC_CZ)),
        included_users: Some(fig(1, "2026-08-13", AC_USERS)),
        included_contacts: Some(fig(1_000, "2026-09-24", "B: REVERIFY")),
        note: "Priced by contacts (since Nov 2025 every contact counts, unsubscribed and \
               bounced too); the price of an extra user was not found.",
        ..NONE
    },
    Preset {
        id: "activecampaign-plus",
        vendor: "ActiveCampaign",
        plan: "Plus",
        pricing: PresetPlan::FlatPlan,
        price_annual: Some(fig(
            usd(49),
            "2026-05",
            "C: [63444993064]; [57810952969] (lastVerifiedAt 2026-04-24); [52829817446] (as of \
             Mar 2026)",
        )),
        price_monthly: Some(fig(usd(59), "2026-05", AC_CZ)),
        included_users: Some(fig(1, "2026-08-13", AC_USERS)),
        included_contacts: Some(fig(1_000, "2026-05", AC_CZ)),
        extras: AC_PLUS_STEPS,
        note: "Third-party figures, unverified on the vendor page; the contact steps conflict \
               ([52829817446], Mar 2026: $99 at 5,000 and $259 at 25,000 contacts). The price \
               of an extra user was not found. Pro and Enterprise are left out: their prices \
               conflict between sources.",
        ..NONE
    },
    // Freshsales
    Preset {
        id: "freshsales-growth",
        vendor: "Freshsales",
        plan: "Growth",
        price_annual: Some(fig(usd(9), "2026-09-27", FRESH_GATES)),
        price_monthly: Some(fig(usd(11), "2026-09-27", FRESH_GATES)),
        note: "No minimum seats or onboarding fee found. Enterprise is left out: its price \
               ($59 annual, $71 monthly) was seen only without a date.",
        ..NONE
    },
    Preset {
        id: "freshsales-pro",
        vendor: "Freshsales",
        plan: "Pro",
        price_annual: Some(fig(
            usd(39),
            "2026-08-22",
            "B: SIMPLECRM (\"Freshsales Pro $195\" for 5 seats)",
        )),
        note: "The monthly-billing price ($47) was seen only without a date, so it is billed \
               annually here.",
        ..NONE
    },
    // Generic price points
    Preset {
        id: "generic-budget",
        vendor: "Generic",
        plan: "budget CRM",
        edition: Edition::Generic,
        price_annual: Some(fig(usd(12), B_DATE, B_CHEAP)),
        price_monthly: Some(fig(usd(12), B_DATE, B_CHEAP)),
        note: GENERIC_NOTE,
        ..NONE
    },
    Preset {
        id: "generic-enterprise",
        vendor: "Generic",
        plan: "enterprise CRM",
        edition: Edition::Generic,
        price_annual: Some(fig(usd(130), B_DATE, B_ENTERPRISE)),
        price_monthly: Some(fig(usd(130), B_DATE, B_ENTERPRISE)),
        note: GENERIC_NOTE,
        ..NONE
    },
    // HubSpot Sales Hub
    Preset {
        id: "hubspot-sales-starter",
        vendor: "HubSpot Sales Hub",
        plan: "Starter",
        price_annual: Some(fig(
            usd(20),
            "2026-09-27",
            "B: HOTGREEN; GATES; AAI-4/5; SEPRICE",
        )),
        price_monthly: Some(fig(usd(20), "2026-09-27", "B: HOTGREEN; GATES; AAI-4/5")),
        minimum_seats: Some(HS_NO_MINIMUM),
        onboarding_fee: Some(fig(Decimal::ZERO, "2026-09-27", "B: HOTGREEN; GATES")),
        note: "List price. A promotion for new customers ($7 annual, $10 monthly in Jul-Sep \
               2026; AAI-4/AAI-5, a disclosed sponsored listing) is not used.",
        ..NONE
    },
    Preset {
        id: "hubspot-sales-professional",
        vendor: "HubSpot Sales Hub",
        plan: "Professional",
        price_annual: Some(fig(usd(90), "2026-10-06", HS_PRO)),
        price_monthly: Some(fig(usd(100), "2026-10-06", HS_PRO)),
        minimum_seats: Some(HS_NO_MINIMUM),
        onboarding_fee: Some(fig(
            usd(1_500),
            "2026-10-06",
            "B: HOTGREEN (\"required '$1,500' onboarding fee\"); HELM",
        )),
        note: "The onboarding fee is required (EUR price book: EUR 1,470). Claims of a 5-seat \
               minimum predate the 2024-03-05 seat model.",
        ..NONE
    },
    Preset {
        id: "hubspot-sales-enterprise",
        vendor: "HubSpot Sales Hub",
        plan: "Enterprise",
        price_annual: Some(fig(usd(150), "2026-10-06", HS_ENT)),
        minimum_seats: Some(HS_NO_MINIMUM),
        onboarding_fee: Some(fig(usd(3_500), "2026-10-06", HS_ENT)),
        note: "\"From $150/seat\"; the monthly-billing price is not published.",
        ..NONE
    },
    // Microsoft Dynamics 365 Sales
    Preset {
        id: "dynamics-365-sales-professional",
        vendor: "Microsoft Dynamics 365 Sales",
        plan: "Professional",
        price_annual: Some(fig(usd(65), "2026-08-13", MS)),
        minimum_term_years: Some(MS_TERM),
        extras: MS_EXTRAS,
        note: MS_NOTE,
        ..NONE
    },
    Preset {
        id: "dynamics-365-sales-enterprise",
        vendor: "Microsoft Dynamics 365 Sales",
        plan: "Enterprise",
        price_annual: Some(fig(usd(105), "2026-08-13", MS)),
        minimum_term_years: Some(MS_TERM),
        extras: MS_EXTRAS,
        note: MS_NOTE,
        ..NONE
    },
    Preset {
        id: "dynamics-365-sales-premium",
        vendor: "Microsoft Dynamics 365 Sales",
        plan: "Premium",
        price_annual: Some(fig(
            usd(150),
            "2026-08-13",
            "B: AE-MS (includes 1,000 Copilot Credits)",
        )),
        minimum_term_years: Some(MS_TERM),
        note: MS_NOTE,
        ..NONE
    },
    // Pipedrive
    Preset {
        id: "pipedrive-lite",
        vendor: "Pipedrive",
        plan: "Lite",
        price_annual: Some(fig(
            usd(14),
            "2026-09-27",
            "B: AE-PD (verbatim); LEDGER; SEPRICE; GATES",
        )),
        price_monthly: Some(fig(usd(24), "2026-09-27", "B: GATES; LEDGER")),
        extras: PD_EXTRAS,
        note: PD_NOTE,
        ..NONE
    },
    Preset {
        id: "pipedrive-growth",
        vendor: "Pipedrive",
        plan: "Growth",
        price_annual: Some(fig(usd(39), "2026-09-20", PD_ANNUAL)),
        price_monthly: Some(fig(usd(49), "2026-09-25", PD_MONTHLY)),
        extras: PD_EXTRAS,
        note: PD_NOTE,
        ..NONE
    },
    Preset {
        id: "pipedrive-premium",
        vendor: "Pipedrive",
        plan: "Premium",
        price_annual: Some(fig(usd(59), "2026-09-20", PD_ANNUAL)),
        price_monthly: Some(fig(usd(79), "2026-09-25", PD_MONTHLY)),
        extras: PD_EXTRAS,
        note: PD_NOTE,
        ..NONE
    },
    Preset {
        id: "pipedrive-ultimate",
        vendor: "Pipedrive",
        plan: "Ultimate",
        price_annual: Some(fig(usd(79), "2026-09-20", "B: AE-PD (verbatim)")),
        price_monthly: Some(fig(usd(99), "2026-09-25", PD_MONTHLY)),
        extras: PD_EXTRAS,
        note: PD_NOTE,
        ..NONE
    },
    // Salesforce Sales Cloud: current editions
    Preset {
        id: "salesforce-starter-suite",
        vendor: "Salesforce Sales Cloud",
        plan: "Starter Suite",
        price_annual: Some(fig(usd(25), "2026-10-06", "B: AE-SF; GATES; HELM")),
        price_monthly: Some(fig(
            usd(25),
            "2026-10-06",
            "B: AE-SF; GATES; HELM (\"billed monthly or annually\")",
        )),
        renewal_uplift: Some(SF_UPLIFT),
        premium_support_rate: Some(SF_PREMIER),
        extras: SF_LOWER_EXTRAS,
        note: SF_NOTE,
        ..NONE
    },
    Preset {
        id: "salesforce-pro-suite",
        vendor: "Salesforce Sales Cloud",
        plan: "Pro Suite",
        price_annual: Some(fig(
            usd(100),
            "2026-10-06",
            "B: AE-SF; HELM (\"Annual, contract required\")",
        )),
        annual_only: true,
        minimum_term_years: Some(fig(
            1,
            "2026-10-06",
            "B: AE-SF; HELM (\"Annual, contract required\")",
        )),
        renewal_uplift: Some(SF_UPLIFT),
        premium_support_rate: Some(SF_PREMIER),
        extras: SF_LOWER_EXTRAS,
        note: SF_NOTE,
        ..NONE
    },
    Preset {
        id: "salesforce-core",
        vendor: "Salesforce Sales Cloud",
        plan: "Core",
        price_annual: Some(fig(
            usd(195),
            "2026-10-06",
            "A/B: SF-NEWS; HELM; HF-CHECKS; pricing page as quoted in [70137070996]",
        )),
        annual_only: true,
        minimum_term_years: Some(fig(1, "2026-10-06", SF_NEW)),
        renewal_uplift: Some(SF_UPLIFT),
        premium_support_rate: Some(SF_PREMIER),
        extras: SF_UPPER_EXTRAS,
        note: SF_NOTE,
        ..NONE
    },
    Preset {
        id: "salesforce-advanced",
        vendor: "Salesforce Sales Cloud",
        plan: "Advanced",
        price_annual: Some(fig(usd(395), "2026-10-06", "A/B: SF-NEWS; HELM; GATES")),
        annual_only: true,
        minimum_term_years: Some(fig(1, "2026-10-06", "A/B: SF-NEWS; HELM; GATES")),
        renewal_uplift: Some(SF_UPLIFT),
        premium_support_included: true,
        extras: SF_BUNDLED_EXTRAS,
        note: "Includes Premier Success, a full sandbox and Sales Engagement. The ladder changed \
               on 2026-09-03. The renewal uplift is an advisory figure, not a vendor one.",
        ..NONE
    },
    Preset {
        id: "salesforce-max",
        vendor: "Salesforce Sales Cloud",
        plan: "Max",
        price_annual: Some(fig(usd(550), "2026-10-06", SF_NEW)),
        annual_only: true,
        minimum_term_years: Some(fig(1, "2026-10-06", SF_NEW)),
        renewal_uplift: Some(SF_UPLIFT),
        premium_support_rate: Some(SF_PREMIER),
        extras: SF_BUNDLED_EXTRAS,
        note: "Full Agentforce suite; Sales Engagement bundled. Whether Max replaced Unlimited, \
               Agentforce 1 or both is not fully settled. The renewal uplift is an advisory \
               figure, not a vendor one.",
        ..NONE
    },
    // Salesforce Sales Cloud: previous editions (1 Aug 2025 - about 2 Sep 2026), for renewals
    Preset {
        id: "salesforce-enterprise-previous",
        vendor: "Salesforce Sales Cloud",
        plan: "Enterprise (previous edition)",
        edition: Edition::Previous,
        price_annual: Some(fig(usd(175), "2026-09-01", SF_OLD)),
        renewal_uplift: Some(SF_UPLIFT),
        premium_support_rate: Some(SF_PREMIER),
        extras: SF_UPPER_EXTRAS,
        note: "Replaced by Core on 2026-09-03; for pricing a renewal. Many 2026 advisory pages \
               still show the pre-August-2025 $165.",
        ..NONE
    },
    Preset {
        id: "salesforce-unlimited-previous",
        vendor: "Salesforce Sales Cloud",
        plan: "Unlimited (previous edition)",
        edition: Edition::Previous,
        price_annual: Some(fig(usd(350), "2026-09-01", SF_OLD)),
        renewal_uplift: Some(SF_UPLIFT),
        premium_support_included: true,
        extras: SF_UPPER_EXTRAS,
        note: "Includes Premier support and a full sandbox. Replaced on 2026-09-03; for pricing \
               a renewal. Many 2026 advisory pages still show the pre-August-2025 $330.",
        ..NONE
    },
    // SugarCRM
    Preset {
        id: "sugarcrm-standard",
        vendor: "SugarCRM",
        plan: "Standard",
        price_annual: Some(fig(usd(59), "2026-08-13", SUGAR)),
        annual_only: true,
        minimum_seats: Some(SUGAR_MINIMUM),
        minimum_term_years: Some(SUGAR_TERM),
        extras: SUGAR_EXTRAS,
        note: SUGAR_NOTE,
        ..NONE
    },
    Preset {
        id: "sugarcrm-advanced",
        vendor: "SugarCRM",
        plan: "Advanced",
        price_annual: Some(fig(usd(85), "2026-08-13", SUGAR)),
        annual_only: true,
        minimum_seats: Some(SUGAR_MINIMUM),
        minimum_term_years: Some(SUGAR_TERM),
        extras: SUGAR_EXTRAS,
        note: SUGAR_NOTE,
        ..NONE
    },
    Preset {
        id: "sugarcrm-premier",
        vendor: "SugarCRM",
        plan: "Premier",
        price_annual: Some(fig(usd(135), "2026-08-13", SUGAR)),
        annual_only: true,
        minimum_seats: Some(SUGAR_MINIMUM),
        minimum_term_years: Some(SUGAR_TERM),
        premium_support_included: true,
        extras: SUGAR_EXTRAS,
        note: "Includes enhanced support and twice the managed storage. Rebranded SugarAI; \
               billed annually, 15 users minimum; renewal uplifts by the vendor's policy (page \
               date unknown, so not applied): 8 %/6 %/4 % a year for 1/2/3-year terms.",
        ..NONE
    },
    // Zoho CRM
    Preset {
        id: "zoho-crm-standard",
        vendor: "Zoho CRM",
        plan: "Standard",
        price_annual: Some(fig(
            usd(14),
            "2026-09-27",
            "B: REVERIFY (\"data-price USD 20 // 14\"); SEPRICE; GATES; HOTGREEN; AE-ZO",
        )),
        price_monthly: Some(fig(
            usd(20),
            "2026-09-27",
            "B: REVERIFY (\"data-price USD 20 // 14\"); SEPRICE; GATES",
        )),
        minimum_seats: Some(ZOHO_NO_MINIMUM),
        note: "Month-to-month allowed. No onboarding fee found.",
        ..NONE
    },
    Preset {
        id: "zoho-crm-professional",
        vendor: "Zoho CRM",
        plan: "Professional",
        price_annual: Some(fig(usd(23), "2026-10-03", ZOHO_UPPER)),
        minimum_seats: Some(ZOHO_NO_MINIMUM),
        note: ZOHO_NOTE,
        ..NONE
    },
    Preset {
        id: "zoho-crm-enterprise",
        vendor: "Zoho CRM",
        plan: "Enterprise",
        price_annual: Some(fig(usd(40), "2026-10-03", ZOHO_UPPER)),
        minimum_seats: Some(ZOHO_NO_MINIMUM),
        note: ZOHO_NOTE,
        ..NONE
    },
    Preset {
        id: "zoho-crm-ultimate",
        vendor: "Zoho CRM",
        plan: "Ultimate",
        price_annual: Some(fig(usd(52), "2026-10-03", "B: LATAM; ITALY (EUR 52)")),
        minimum_seats: Some(ZOHO_NO_MINIMUM),
        note: ZOHO_NOTE,
        ..NONE
    },
];

/// The documents the sources cite by tag (the evidence file's "key documents").
pub(super) const DOCUMENTS: &[Document] = &[
    Document {
        tag: "AE-SF",
        title: "api-evangelist salesforce/plans/salesforce-plans-pricing.yml, read from \
                https://www.salesforce.com/sales/pricing/",
        date: "2026-08-13",
    },
    Document {
        tag: "AE-MS",
        title: "api-evangelist microsoft-dynamics-365-sales plans pricing, from \
                https://www.microsoft.com/en-us/dynamics-365/products/sales/pricing",
        date: "2026-08-13",
    },
    Document {
        tag: "AE-ZO",
        title: "api-evangelist zoho-crm plans pricing, from \
                https://www.zoho.com/crm/zohocrm-pricing.html",
        date: "2026-08-13",
    },
    Document {
        tag: "AE-PD",
        title: "api-evangelist pipedrive plans pricing (generated 2026-09-20, price text found \
                verbatim on https://www.pipedrive.com/en/pricing)",
        date: "2026-09-20",
    },
    Document {
        tag: "AE-SU",
        title: "api-evangelist sugarcrm plans pricing, from https://www.sugarai.com/pricing",
        date: "2026-08-13",
    },
    Document {
        tag: "AE-AC",
        title: "api-evangelist activecampaign plans pricing, from \
                https://www.activecampaign.com/pricing (no prices captured)",
        date: "2026-08-13",
    },
    Document {
        tag: "HOTGREEN",
        title: "HotGreen, opportunity research 2 (GitHub research note) [69476702242]",
        date: "2026-09-25",
    },
    Document {
        tag: "GATES",
        title: "CRM Plan-Gate Dataset 2026, researched against primary sources [71646193030]",
        date: "2026-09-27",
    },
    Document {
        tag: "HELM",
        title: "05 - CRM and customer operations (Helm/AlphaWave research) [70860247980]",
        date: "2026-10-06",
    },
    Document {
        tag: "REVERIFY",
        title: "SQL seed \"Offer re-verification, 2026-09-24\" [71467375716]",
        date: "2026-09-24",
    },
    Document {
        tag: "LEDGER",
        title: "01 Research - Source Ledger [67097451953], verbatim quotes",
        date: "2026-09-07",
    },
    Document {
        tag: "SEPRICE",
        title: "Swedish price book branchindex.js 'saas-crm' block [60784587875]",
        date: "2026-08-05",
    },
    Document {
        tag: "SIMPLECRM",
        title: "Landing page, competitor comparison section [59707989338] (vendors' own pricing \
                pages)",
        date: "2026-08-22",
    },
    Document {
        tag: "ITALY",
        title: "Italian SMB software market research [70791427364]",
        date: "2026-08-03",
    },
    Document {
        tag: "LATAM",
        title: "Spanish competitor table [71098331778]",
        date: "2026-10-03",
    },
    Document {
        tag: "AAI-4/5",
        title: "The AI Agent Index - Price & Rating Tracker, issues #4 [66204430415] and #5 \
                [68408635523] (HubSpot is a disclosed sponsored listing)",
        date: "2026-09-22",
    },
    Document {
        tag: "HF-CHECKS",
        title: "https://huggingface.co/datasets/sarahml/saas-pricing-checks-2026",
        date: "2026-09-03",
    },
    Document {
        tag: "SF-NEWS",
        title: "Salesforce Newsroom, https://www.salesforce.com/news/stories/\
                salesforce-simplifies-editions-2026/",
        date: "2026-09-03",
    },
    Document {
        tag: "[B]",
        title: "ActiveCampaign blog, \"The transparent (and hidden) costs of CRM \
                implementation\"",
        date: "2021-01-25",
    },
];
