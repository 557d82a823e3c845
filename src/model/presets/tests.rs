//! The preset data is checked (dates, sources, bounds, order) and every preset applies to
//! every template in every billing cycle without producing a scenario the engine refuses.

use super::*;
use crate::scenario::{BillingCycle, DeploymentModel, PlanKind, Scenario};
use crate::templates::{template, template_names};
use crate::test_support::{amounts, d};
use crate::units::{Count, CurrencyCode, Money, Percent};

/// The day the evidence file was compiled: no figure can be newer.
const EVIDENCE_COMPILED: &str = "2026-11-28";

fn valid_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (year, month, day) = match parts.as_slice() {
        [y, m] => (number(y, 4), number(m, 2), Some(1)),
        [y, m, dd] => (number(y, 4), number(m, 2), number(dd, 2)),
        _ => return false,
    };
    matches!(
        (year, month, day),
        (Some(2000..=2099), Some(1..=12), Some(1..=31))
    ) && date <= EVIDENCE_COMPILED
}

#[test]
fn date_format_check_can_fail() {
    assert!(valid_date("2026-09-27"));
    assert!(valid_date("2026-05"));
    for bad in [
        "",
        "2026",
        "date unknown",
        "2026-13-01",
        "26-01-01",
        "2027-01-01",
        "2026-1-5",
    ] {
        assert!(!valid_date(bad), "{bad}");
    }
}

#[test]
fn every_figure_has_a_date_and_a_source() {
    for p in presets() {
        let figures = p.figures();
        assert!(!figures.is_empty(), "{}", p.id);
        for (name, f) in figures {
            assert!(valid_date(f.date), "{} {name}: date {:?}", p.id, f.date);
            let class_ok = ["A: ", "A/B: ", "B: ", "C: ", "[B] "]
                .iter()
                .any(|prefix| f.source.starts_with(prefix));
            assert!(class_ok, "{} {name}: source {:?}", p.id, f.source);
            assert!(f.source.len() > 5, "{} {name}", p.id);
        }
    }
    for doc in documents() {
        assert!(valid_date(doc.date), "{}", doc.tag);
        assert!(
            presets()
                .iter()
                .flat_map(Preset::figures)
                .any(|(_, f)| f.source.contains(doc.tag)),
            "document {} is cited by no figure",
            doc.tag
        );
    }
}

#[test]
fn prices_are_non_negative_and_fit_the_scenario_format() {
    for p in presets() {
        for (name, f) in p.figures() {
            assert!(f.value >= Decimal::ZERO, "{} {name}", p.id);
            assert!(Money::try_from(f.value).is_ok(), "{} {name}", p.id);
        }
        for f in [p.renewal_uplift, p.premium_support_rate]
            .into_iter()
            .flatten()
        {
            assert!(Percent::try_from(f.value).is_ok(), "{}", p.id);
        }
        if let Some(term) = p.minimum_term_years {
            assert!((1..=10).contains(&term.value), "{}", p.id);
        }
    }
}

#[test]
fn each_preset_is_consistent() {
    let mut ids: Vec<_> = presets().iter().map(|p| p.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), presets().len(), "ids are unique");
    for p in presets() {
        assert!(
            p.id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{}",
            p.id
        );
        assert!(
            p.price_annual.is_some() || p.price_monthly.is_some(),
            "{}",
            p.id
        );
        assert!(!(p.annual_only && p.price_monthly.is_some()), "{}", p.id);
        assert!(!(p.premium_support_included && p.premium_support_rate.is_some()));
        if p.pricing == PresetPlan::FlatPlan {
            assert!(p.included_users.is_some(), "{}", p.id);
        }
        if let (Some(a), Some(m)) = (p.price_annual, p.price_monthly) {
            assert!(
                a.value <= m.value,
                "{}: annual billing is never dearer",
                p.id
            );
        }
        assert!(!p.note.is_empty(), "{}", p.id);
        assert_eq!(preset(p.id), Some(p));
    }
    assert_eq!(preset("no-such-plan"), None);
}

/// The price a plan is sorted by: annual billing where known.
fn sort_price(p: &Preset) -> Decimal {
    p.price_annual
        .or(p.price_monthly)
        .map_or(Decimal::MAX, |f| f.value)
}

#[test]
fn listed_alphabetically_by_vendor_and_tiers_sorted_by_price() {
    let list = presets();
    for pair in list.windows(2) {
        let [a, b] = pair else { continue };
        let (va, vb) = (a.vendor.to_lowercase(), b.vendor.to_lowercase());
        assert!(va <= vb, "{} before {}", a.id, b.id);
        if va == vb {
            let rank = |e: Edition| match e {
                Edition::Current | Edition::Generic => 0,
                Edition::Previous => 1,
            };
            assert!(
                rank(a.edition) <= rank(b.edition),
                "{} before {}",
                a.id,
                b.id
            );
            if a.edition == b.edition {
                assert!(sort_price(a) <= sort_price(b), "{} before {}", a.id, b.id);
            }
        }
    }
    let vendors: Vec<_> = list.iter().map(|p| p.vendor).collect();
    for required in [
        "ActiveCampaign",
        "Freshsales",
        "Generic",
        "HubSpot Sales Hub",
        "Microsoft Dynamics 365 Sales",
        "Pipedrive",
        "Salesforce Sales Cloud",
        "SugarCRM",
        "Zoho CRM",
    ] {
        assert!(vendors.contains(&required), "{required}");
    }
    assert!(list.iter().any(|p| p.edition == Edition::Previous));
}

#[test]
fn extras_are_sorted_within_a_volume_ladder() {
    for p in presets() {
        let steps: Vec<_> = p
            .extras
            .iter()
            .filter(|e| e.name.contains(" contacts"))
            .map(|e| e.price.value)
            .collect();
        assert!(steps.windows(2).all(|w| w[0] <= w[1]), "{}", p.id);
    }
}

fn with_billing(name: &str, billing: BillingCycle) -> Scenario {
    let mut s = template(name).unwrap();
    s.pricing.billing = billing;
    s
}

#[test]
fn every_preset_applies_to_every_template_in_every_billing() {
    for p in presets() {
        for name in template_names() {
            for billing in [
                BillingCycle::Annual,
                BillingCycle::Monthly,
                BillingCycle::Quarterly,
            ] {
                for premium_support in [false, true] {
                    let base = with_billing(name, billing);
                    let what = format!("{} on {name}, {billing:?}, {premium_support}", p.id);
                    let applied = apply_preset(&base, p, ApplyOptions { premium_support })
                        .unwrap_or_else(|e| panic!("{what}: {e}"));
                    assert_eq!(applied.scenario.validate(), Ok(()), "{what}");
                    assert!(crate::evaluate(&applied.scenario).is_ok(), "{what}");
                    // Only pricing changed, and every changed field is listed.
                    let mut back = applied.scenario.clone();
                    back.pricing = base.pricing.clone();
                    assert_eq!(back, base, "{what}");
                    assert!(
                        applied
                            .changes
                            .iter()
                            .all(|c| c.field.starts_with("pricing."))
                    );
                    // Applying again changes nothing.
                    let again =
                        apply_preset(&applied.scenario, p, ApplyOptions { premium_support })
                            .unwrap();
                    assert!(again.changes.is_empty(), "{what}: {:?}", again.changes);
                    assert_eq!(again.scenario, applied.scenario, "{what}");
                }
            }
        }
    }
}

#[test]
fn changes_name_each_field_with_before_and_after() {
    // Default: $65 per seat, annual 10 % off, 3 tiers, 1 add-on, 7 % uplift.
    let s = Scenario::default();
    let hubspot = preset("hubspot-sales-professional").unwrap();
    let applied = apply_preset(&s, hubspot, ApplyOptions::default()).unwrap();
    let fields: Vec<_> = applied.changes.iter().map(|c| c.field).collect();
    assert_eq!(
        fields,
        [
            "pricing.seat_price_per_month",
            "pricing.contact_tiers",
            "pricing.add_ons",
            "pricing.onboarding_fee"
        ]
    );
    let price = &applied.changes[0];
    assert_eq!((price.before.as_str(), price.after.as_str()), ("65", "100"));
    let tiers = &applied.changes[1];
    assert_eq!((tiers.before.as_str(), tiers.after.as_str()), ("3", "0"));
    // $90 annual vs $100 monthly: 10 % off, the same as the default's discount.
    assert_eq!(applied.scenario.pricing.annual_discount.get(), d("0.1"));
    assert!(applied.notes.is_empty());
}

#[test]
fn both_billing_prices_give_the_vendors_yearly_cost() {
    // HubSpot Professional, 15 users, no growth: annual 15 × $90 × 12 = 16,200; monthly
    // 15 × $100 × 12 = 18,000. Onboarding $1,500 up front.
    let mut s = Scenario::default();
    s.organisation.user_growth = crate::units::Growth::ZERO;
    let p = preset("hubspot-sales-professional").unwrap();
    let annual = apply_preset(&s, p, ApplyOptions::default())
        .unwrap()
        .scenario;
    assert_eq!(amounts(&annual, "subscription.seats")[1], d("16200"));
    assert_eq!(amounts(&annual, "subscription.onboarding")[0], d("1500"));
    s.pricing.billing = BillingCycle::Monthly;
    let monthly = apply_preset(&s, p, ApplyOptions::default())
        .unwrap()
        .scenario;
    assert_eq!(amounts(&monthly, "subscription.seats")[1], d("18000"));
    // Pipedrive Lite, $14 vs $24: the discount 1 − 14/24 is rounded to 12 places, and the
    // year still comes to 15 × 14 × 12 = 2,520.00 exactly.
    s.pricing.billing = BillingCycle::Annual;
    let lite = apply_preset(
        &s,
        preset("pipedrive-lite").unwrap(),
        ApplyOptions::default(),
    )
    .unwrap()
    .scenario;
    assert_eq!(amounts(&lite, "subscription.seats")[1], d("2520"));
}

#[test]
fn an_annual_only_plan_switches_monthly_billing_and_says_so() {
    let s = with_billing("default", BillingCycle::Monthly);
    let pro = preset("salesforce-pro-suite").unwrap();
    let applied = apply_preset(&s, pro, ApplyOptions::default()).unwrap();
    assert_eq!(applied.scenario.pricing.billing, BillingCycle::Annual);
    assert_eq!(applied.notes, [ApplyNote::AnnualOnly]);
    assert!(
        applied
            .changes
            .iter()
            .any(|c| c.field == "pricing.billing" && c.before == "monthly" && c.after == "annual")
    );
    // Zoho Professional has no dated monthly price: a different note.
    let zoho = preset("zoho-crm-professional").unwrap();
    let applied = apply_preset(&s, zoho, ApplyOptions::default()).unwrap();
    assert_eq!(applied.notes, [ApplyNote::NoMonthlyPrice]);
    assert_eq!(applied.scenario.pricing.annual_discount, Percent::ZERO);
}

#[test]
fn minimum_seats_and_uplift_come_from_the_vendor() {
    // SugarCRM Standard bills at least 15 seats: 10 users → 15 × $59 × 12 = 10,620.
    let mut s = Scenario::default();
    s.organisation.users = Count::try_from(10u64).unwrap();
    s.organisation.user_growth = crate::units::Growth::ZERO;
    s.pricing.renewal_uplift = Percent::ZERO;
    let sugar = apply_preset(
        &s,
        preset("sugarcrm-standard").unwrap(),
        ApplyOptions::default(),
    )
    .unwrap()
    .scenario;
    assert_eq!(amounts(&sugar, "subscription.seats")[1], d("10620"));
    // No uplift figure for Sugar: the scenario's own assumption (0 here) is kept.
    assert_eq!(sugar.pricing.renewal_uplift, Percent::ZERO);
    // Salesforce carries its advisory 7 %.
    let core = apply_preset(
        &s,
        preset("salesforce-core").unwrap(),
        ApplyOptions::default(),
    )
    .unwrap()
    .scenario;
    assert_eq!(core.pricing.renewal_uplift.get(), d("0.07"));
}

#[test]
fn premium_support_only_when_asked_and_not_when_included() {
    let s = Scenario::default();
    let core = preset("salesforce-core").unwrap();
    let plain = apply_preset(&s, core, ApplyOptions::default())
        .unwrap()
        .scenario;
    assert!(amounts(&plain, "subscription.support").is_empty());
    let with = apply_preset(
        &s,
        core,
        ApplyOptions {
            premium_support: true,
        },
    )
    .unwrap()
    .scenario;
    assert_eq!(with.pricing.support_rate.get(), d("0.30"));
    // 15 users × $195 × 12 = 35,100 in year 1 → support 10,530.
    assert_eq!(amounts(&with, "subscription.support")[1], d("10530"));
    let advanced = preset("salesforce-advanced").unwrap();
    let applied = apply_preset(
        &s,
        advanced,
        ApplyOptions {
            premium_support: true,
        },
    )
    .unwrap();
    assert_eq!(applied.notes, [ApplyNote::PremiumSupportIncluded]);
    assert_eq!(applied.scenario.pricing.support_rate, Percent::ZERO);
    let zoho = apply_preset(
        &s,
        preset("zoho-crm-standard").unwrap(),
        ApplyOptions {
            premium_support: true,
        },
    )
    .unwrap();
    assert_eq!(zoho.notes, [ApplyNote::PremiumSupportNotPriced]);
}

#[test]
fn a_flat_plan_includes_users_and_contacts() {
    // ActiveCampaign Starter: 1 user and 1,000 contacts included; the default has 15 users
    // growing 10 % (21.96 → 22 in year 5) and 5,000 contacts.
    let s = Scenario::default();
    let applied = apply_preset(
        &s,
        preset("activecampaign-starter").unwrap(),
        ApplyOptions::default(),
    )
    .unwrap();
    assert_eq!(
        applied.notes,
        [ApplyNote::ExtraUsersNotPriced {
            included: 1,
            users: 22
        }]
    );
    let pricing = &applied.scenario.pricing;
    assert_eq!(pricing.plan, PlanKind::FlatPlan);
    assert_eq!(pricing.flat_plan_price_per_month.get(), d("19"));
    // $15 annual vs $19 monthly: 12 × 19 × (1 − 15/19) = 180 a year.
    assert_eq!(amounts(&applied.scenario, "subscription.plan")[1], d("180"));
    let results = crate::evaluate(&applied.scenario).unwrap();
    assert!(
        results
            .warnings
            .iter()
            .any(|w| w.code == "contacts_beyond_last_tier")
    );
}

#[test]
fn another_currency_is_refused_plainly() {
    let s = Scenario {
        currency: CurrencyCode::new("eur").unwrap(),
        ..Scenario::default()
    };
    let err = apply_preset(&s, &presets()[0], ApplyOptions::default()).unwrap_err();
    assert_eq!(
        err,
        PresetError::Currency {
            scenario: "EUR".into()
        }
    );
    let text = err.to_string();
    assert!(text.contains("USD") && text.contains("EUR"), "{text}");
}

#[test]
fn a_model_without_subscription_is_noted() {
    let s = template("mid-size-on-premise").unwrap();
    assert_eq!(s.deployment.model, DeploymentModel::OnPremise);
    let applied = apply_preset(
        &s,
        preset("zoho-crm-standard").unwrap(),
        ApplyOptions::default(),
    )
    .unwrap();
    assert!(applied.notes.contains(&ApplyNote::NoSubscription));
    assert_eq!(
        crate::evaluate(&applied.scenario).unwrap().totals.tco,
        crate::evaluate(&s).unwrap().totals.tco
    );
}
