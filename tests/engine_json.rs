#![cfg(not(target_arch = "wasm32"))]
//! The engine's JSON surface: partial scenarios fill from the default, values are checked with
//! messages that name the field, results use the documented names, and the assumptions
//! register points at real fields holding its values.

use crm_truecost::model::*;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{Value, json};
use std::str::FromStr;

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

/// Parses like the CLI and the app do (`json_error::read`): the field named by the decoder.
fn parse(value: Value) -> Result<Scenario, String> {
    let text = value.to_string();
    crm_truecost::json_error::read::<Scenario>(&text)
        .map_err(|e| format!("{}: {}", e.path, e.message))
}

#[test]
fn empty_object_is_the_default_scenario() {
    assert_eq!(parse(json!({})).unwrap(), Scenario::default());
}

#[test]
fn partial_scenario_fills_from_the_default() {
    let s = parse(json!({"organisation": {"users": 40}, "currency": "eur"})).unwrap();
    assert_eq!(s.organisation.users.get(), 40);
    assert_eq!(
        s.organisation.user_growth,
        Scenario::default().organisation.user_growth
    );
    assert_eq!(s.organisation.rates, Scenario::default().organisation.rates);
    assert_eq!(s.currency.as_str(), "EUR");
    assert_eq!(s.pricing, Scenario::default().pricing);
}

#[test]
fn decimals_as_strings_or_numbers_and_unknown_fields_ignored() {
    let a = parse(json!({"finance": {"discount_rate": "0.08"}, "later_field": true})).unwrap();
    let b = parse(json!({"finance": {"discount_rate": 0.08}})).unwrap();
    assert_eq!(a.finance.discount_rate.get(), d("0.08"));
    assert_eq!(a, b);
}

#[test]
fn errors_name_the_field_and_the_problem() {
    let e = parse(json!({"organisation": {"users": 2_000_000}})).unwrap_err();
    assert_eq!(
        e, "organisation.users: must be a whole number from 0 to 1,000,000",
        "the field path replaces serde's line/column"
    );
    let e = parse(json!({"finance": {"discount_rate": "1.5"}})).unwrap_err();
    assert!(
        e.starts_with("finance.discount_rate: must be between 0 % and 100 %"),
        "{e}"
    );
    let e = parse(json!({"pricing": {"add_ons": [{"name": "AI", "price_per_month": "ten"}]}}))
        .unwrap_err();
    assert!(
        e.starts_with("pricing.add_ons[0].price_per_month: invalid value"),
        "{e}"
    );
    let e = parse(json!({"horizon": 0})).unwrap_err();
    assert!(
        e.starts_with("horizon: must be between 1 and 10 years"),
        "{e}"
    );
    let e = parse(json!({"deployment": {"model": "cloud"}})).unwrap_err();
    assert!(
        e.starts_with("deployment.model: unknown variant `cloud`"),
        "{e}"
    );
    let e = parse(json!({"currency": "dollars"})).unwrap_err();
    assert!(
        e.starts_with("currency: must be a three-letter currency code"),
        "{e}"
    );
}

#[test]
fn validation_errors_name_list_items() {
    let s = parse(json!({"pricing": {"contact_tiers": [
        {"up_to": 1000, "price_per_month": "10"},
        {"up_to": 500, "price_per_month": "20"}
    ]}}))
    .unwrap();
    let e = evaluate(&s).unwrap_err();
    assert_eq!(e.errors[0].path, "pricing.contact_tiers[1].up_to");
    assert!(
        e.to_string()
            .starts_with("pricing.contact_tiers[1].up_to: must be larger")
    );
}

#[test]
fn scenario_round_trips_through_json() {
    for name in template_names() {
        let s = template(name).unwrap();
        let text = serde_json::to_string_pretty(&s).unwrap();
        assert_eq!(
            parse(serde_json::from_str(&text).unwrap()).unwrap(),
            s,
            "{name}"
        );
    }
}

#[test]
fn results_json_uses_the_documented_names() {
    let r = serde_json::to_value(evaluate(&Scenario::default()).unwrap()).unwrap();
    let year = &r["years"][0];
    for key in [
        "period",
        "users",
        "costs",
        "benefits",
        "net",
        "cumulative_net",
        "discounted_net",
        "by_category",
        "by_quadrant",
        "by_phase",
    ] {
        assert!(year.get(key).is_some(), "years[].{key}");
    }
    assert_eq!(year["period"], json!(0));
    assert!(year["costs"].is_string(), "money is a string");
    assert_eq!(year["by_category"].as_object().unwrap().len(), 10);
    assert!(year["by_category"].get("subscription_licence").is_some());
    assert_eq!(year["by_quadrant"].as_object().unwrap().len(), 4);
    assert!(year["by_quadrant"].get("hidden_time").is_some());
    assert_eq!(year["by_phase"].as_object().unwrap().len(), 7);
    let totals = &r["totals"];
    for key in [
        "tco",
        "pv_costs",
        "pv_benefits",
        "npv",
        "irr",
        "irr_note",
        "roi_simple",
        "roi_risk_adjusted",
        "roi_definition",
        "payback_months",
        "discounted_payback_months",
        "tco_per_user_month",
        "hidden_share",
        "by_category",
        "by_quadrant",
        "by_phase",
        "nominal_discount_rate",
    ] {
        assert!(totals.get(key).is_some(), "totals.{key}");
    }
    assert!(r["lines"][0]["amounts"][0].is_string());
    assert!(r["warnings"].is_array());
}

#[test]
fn undefined_irr_is_null_with_a_reason() {
    // No benefits at all: the flows never change sign.
    let s = parse(json!({"benefits": {
        "revenue_uplift_per_year": "0", "hours_saved_per_user_per_week": "0",
        "retired_tools_per_year": "0"
    }}))
    .unwrap();
    let r = serde_json::to_value(evaluate(&s).unwrap()).unwrap();
    assert_eq!(r["totals"]["irr"], Value::Null);
    assert_eq!(r["totals"]["irr_note"], json!("no_sign_change"));
    assert!(
        r["totals"]["irr_note_text"]
            .as_str()
            .unwrap()
            .contains("never change sign")
    );
}

/// Follows a path like `project.activities[1].hours` through a JSON value.
fn at<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.')
        .try_fold(value, |v, part| match part.split_once('[') {
            Some((name, index)) => v
                .get(name)?
                .get(index.trim_end_matches(']').parse::<usize>().ok()?),
            None => v.get(part),
        })
}

/// A JSON number, decimal string or object of them (summed, e.g. hours by role).
fn number(value: &Value) -> Option<Decimal> {
    match value {
        Value::String(s) => Decimal::from_str(s).ok(),
        Value::Number(n) => Decimal::from_str(&n.to_string()).ok(),
        Value::Object(map) => map.values().map(number).sum(),
        _ => None,
    }
}

#[test]
fn every_register_entry_points_at_a_default_field_holding_its_value() {
    let default = serde_json::to_value(Scenario::default()).unwrap();
    let register = register();
    assert!(register.iter().any(|a| a.reference_only));
    for a in register.iter().filter(|a| !a.reference_only) {
        let field =
            at(&default, a.field).unwrap_or_else(|| panic!("{}: no field {}", a.id, a.field));
        assert_eq!(number(field), Some(a.value), "{} at {}", a.id, a.field);
    }
    let json = serde_json::to_value(&register).unwrap();
    assert!(json[0]["value"].is_string());
    assert!(
        json.as_array()
            .unwrap()
            .iter()
            .any(|a| a["source"] == json!("convention"))
    );
    assert!(
        json.as_array()
            .unwrap()
            .iter()
            .any(|a| a["source"] == json!("A"))
    );
}

/// Leaf paths of the default scenario's JSON, to aim random values at.
fn leaf_paths(value: &Value, prefix: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let p = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                leaf_paths(v, &p, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                leaf_paths(v, &format!("{prefix}[{i}]"), out);
            }
        }
        _ => out.push(prefix.to_owned()),
    }
}

fn set(value: &mut Value, path: &str, new: Value) {
    let mut v = value;
    for part in path.split('.') {
        v = match part.split_once('[') {
            Some((name, index)) => {
                let i: usize = index.trim_end_matches(']').parse().unwrap();
                &mut v[name][i]
            }
            None => &mut v[part],
        };
    }
    *v = new;
}

fn wild_json() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "[-0-9.eE]{0,40}".prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
        any::<bool>().prop_map(Value::from),
        Just(Value::Null),
        Just(json!([])),
        Just(json!({})),
        Just(json!("1e400")),
        Just(json!("79228162514264337593543950335")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Any JSON value in any field: a clean error or a result, never a panic.
    #[test]
    fn any_value_in_any_field_never_panics(which in any::<prop::sample::Index>(), new in wild_json()) {
        let mut value = serde_json::to_value(Scenario::default()).unwrap();
        let mut paths = Vec::new();
        leaf_paths(&value, "", &mut paths);
        let path = which.get(&paths).clone();
        set(&mut value, &path, new);
        match parse(value) {
            Ok(s) => { let _ = evaluate(&s); }
            Err(message) => prop_assert!(!message.is_empty()),
        }
    }
}
