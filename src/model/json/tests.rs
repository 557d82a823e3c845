//! The decoder against serde's rules: defaults, required fields, enums by name, numbers as
//! strings or numbers, and error paths and messages.

use serde_json::{Value, json};

use super::*;
use crate::scenario::*;
use crate::taxonomy::{Category, LineKind, Phase, Quadrant};
use crate::units::{Count, Money, Percent};

fn read(value: Value) -> Result<Scenario, DecodeError> {
    decode(&value)
}

fn error(value: Value) -> (String, String) {
    let e = read(value).expect_err("must not read");
    (e.path, e.message)
}

#[test]
fn every_listed_enum_name_reads_back_what_serde_writes() {
    fn check<T: FromJson + Serialize + PartialEq + std::fmt::Debug>(all: &[T]) {
        for v in all {
            let written = serde_json::to_value(v).expect("serializes");
            assert!(written.is_string(), "{written}");
            assert_eq!(&decode::<T>(&written).expect("reads back"), v);
        }
    }
    use serde::Serialize;
    check(&[RateBasis::Hourly, RateBasis::Salary]);
    check(&[DiscountBasis::Nominal, DiscountBasis::Real]);
    check(&[DiscountConvention::EndOfYear, DiscountConvention::MidYear]);
    check(&[LineKind::Cost, LineKind::Benefit]);
    check(&Category::ALL);
    check(&Quadrant::ALL);
    check(&Phase::ALL);
    check(&DeploymentModel::ALL);
    check(&[HardwareMode::Buy, HardwareMode::Lease]);
    check(&[PlanKind::PerSeat, PlanKind::FlatPlan]);
    check(&[SeatLicensing::Named, SeatLicensing::Concurrent]);
    check(&[
        BillingCycle::Monthly,
        BillingCycle::Quarterly,
        BillingCycle::Annual,
    ]);
    check(&[AddOnBasis::PerSeat, AddOnBasis::Flat]);
    check(&Activity::ALL);
    check(&[ConsultingMode::Entered, ConsultingMode::Rule]);
    check(&[
        SupportTier::None,
        SupportTier::Basic,
        SupportTier::Priority,
        SupportTier::AroundTheClock,
    ]);
    check(&[Reply::Yes, Reply::No, Reply::DontKnow]);
    check(&RequirementGroup::ALL);
    check(&[
        Distribution::Pert,
        Distribution::Triangular,
        Distribution::Uniform,
    ]);
    check(&Question::ALL);
}

#[test]
fn missing_sections_and_fields_come_from_the_default_scenario() {
    let base = Scenario::default();
    assert_eq!(read(json!({})).expect("reads"), base);
    let s = read(json!({"pricing": {"seat_price_per_month": "12.5"}, "unknown": [1, {}]}))
        .expect("reads");
    assert_eq!(s.pricing.seat_price_per_month.get().to_string(), "12.5");
    assert_eq!(s.pricing.plan, base.pricing.plan);
    assert_eq!(s.pricing.add_ons, base.pricing.add_ons);
    assert_eq!(s.organisation, base.organisation);
}

#[test]
fn per_field_defaults_and_required_fields() {
    let s = read(json!({"pricing": {"add_ons": [{"name": "AI", "price_per_month": 5}]}}))
        .expect("reads");
    assert_eq!(s.pricing.add_ons[0].basis, AddOnBasis::Flat);
    assert!(!s.pricing.add_ons[0].hidden);
    assert_eq!(
        error(json!({"pricing": {"add_ons": [{"name": "AI"}]}})),
        (
            "pricing.add_ons[0]".to_owned(),
            "missing field `price_per_month`".to_owned()
        )
    );
    assert_eq!(
        error(json!({"custom_lines": [{"name": "x", "kind": "cost"}]})).1,
        "missing field `category`"
    );
    // A wrong value is reported before a missing field, as serde did.
    assert_eq!(
        error(json!({"pricing": {"add_ons": [{"name": 3}]}})),
        (
            "pricing.add_ons[0].name".to_owned(),
            "invalid type: integer `3`, expected a string".to_owned()
        )
    );
}

#[test]
fn decimals_and_whole_numbers_read_leniently() {
    let s = read(json!({
        "finance": {"discount_rate": 0.1, "inflation": "0.02"},
        "organisation": {"users": "15"},
        "ranges": {"pricing.renewal_uplift": {"low": 0, "high": "0.1"}}
    }))
    .expect("reads");
    assert_eq!(
        s.finance.discount_rate,
        Percent::new("0.1".parse().expect("d")).expect("p")
    );
    assert_eq!(s.finance.inflation.get().to_string(), "0.02");
    assert_eq!(s.organisation.users, Count::new(15).expect("count"));
    let range = &s.ranges["pricing.renewal_uplift"];
    assert_eq!(
        (range.low.to_string(), range.high.to_string()),
        ("0".into(), "0.1".into())
    );
    assert_eq!(range.distribution, Distribution::Pert);
    assert_eq!(
        error(json!({"organisation": {"users": -3}})),
        (
            "organisation.users".to_owned(),
            "invalid value: integer `-3`, expected a whole number that is not negative, e.g. 15"
                .to_owned()
        )
    );
    assert_eq!(
        error(json!({"organisation": {"users": 2.5}})).1,
        "invalid value: floating point `2.5`, expected a whole number that is not negative, e.g. 15"
    );
    assert_eq!(
        error(json!({"ranges": {"horizon": {"low": true, "high": 2}}})),
        (
            "ranges.horizon.low".to_owned(),
            "invalid type: boolean `true`, expected a decimal number written as a string, e.g. \"12.50\""
                .to_owned()
        )
    );
    assert_eq!(
        error(json!({"benefits": {"adoption": ["0.5", "2"]}})),
        (
            "benefits.adoption[1]".to_owned(),
            "must be between 0 % and 100 % (a fraction from 0 to 1)".to_owned()
        )
    );
}

#[test]
fn plain_integers_follow_serde() {
    assert_eq!(
        error(json!({"pricing": {"minimum_term_years": 300}})),
        (
            "pricing.minimum_term_years".to_owned(),
            "invalid value: integer `300`, expected u8".to_owned()
        )
    );
    assert_eq!(
        error(json!({"schema_version": "1"})).1,
        "invalid type: string \"1\", expected u32"
    );
    assert_eq!(
        error(json!({"fit": {"last_id": -1}})).1,
        "invalid value: integer `-1`, expected u32"
    );
    assert_eq!(decode::<u64>(&json!(u64::MAX)), Ok(u64::MAX));
}

#[test]
fn enums_strings_options_and_shapes() {
    assert_eq!(
        error(json!({"deployment": {"model": "cloud"}})),
        (
            "deployment.model".to_owned(),
            "unknown variant `cloud`, expected one of `saas`, `on_premise`, `hybrid`, \
             `self_built`, `open_source`"
                .to_owned()
        )
    );
    assert_eq!(
        error(json!({"deployment": {"model": 1}})).1,
        "invalid type: integer `1`, expected enum DeploymentModel"
    );
    assert_eq!(
        error(json!({"organisation": [1, 2]})),
        (
            "organisation".to_owned(),
            "invalid type: sequence, expected struct Organisation".to_owned()
        )
    );
    assert_eq!(
        error(json!([])).1,
        "invalid type: sequence, expected struct Scenario"
    );
    assert_eq!(
        error(json!({"custom_lines": {}})).1,
        "invalid type: map, expected a sequence"
    );
    assert_eq!(
        error(json!({"ranges": []})).1,
        "invalid type: sequence, expected a map"
    );
    assert_eq!(
        error(json!({"name": null})).1,
        "invalid type: null, expected a string"
    );
    assert_eq!(
        error(json!({"checklist": [{"question": "nope", "reply": "yes"}]})),
        (
            "checklist[0].question".to_owned(),
            "unknown question \"nope\"".to_owned()
        )
    );
    let line = json!({"name": "x", "kind": "cost", "category": "internal_time",
        "quadrant": "hidden_time", "phase": "operation", "risk": null, "amounts": [1]});
    let s = read(json!({"custom_lines": [line]})).expect("reads");
    assert_eq!(s.custom_lines[0].risk, None);
    assert_eq!(
        s.custom_lines[0].amounts,
        [Money::new(1.into()).expect("money")]
    );
    assert_eq!(
        error(json!({"currency": "dollars"})),
        (
            "currency".to_owned(),
            "must be a three-letter currency code such as USD, EUR, CNY or THB".to_owned()
        )
    );
}

#[test]
fn serde_reads_through_the_decoder() {
    let text = r#"{"organisation": {"users": "many"}}"#;
    let e = serde_json::from_str::<Scenario>(text).expect_err("must not read");
    assert!(
        e.to_string()
            .starts_with("organisation.users: invalid value: string \"many\""),
        "{e}"
    );
    let s: Scenario = serde_json::from_str(r#"{"horizon": 3}"#).expect("reads");
    assert_eq!(s.horizon.get(), 3);
}

#[test]
fn any_value_gets_an_answer() {
    for value in [
        json!(null),
        json!(1e300),
        json!("x"),
        json!({"pricing": {"contact_tiers": [null, 1, "a", [], {}]}}),
        json!({"checklist": {"a": 1}}),
        json!({"fit": {"requirements": [{"id": 1}], "reviewers": [null]}}),
    ] {
        assert!(read(value).is_err());
    }
}

#[test]
fn simulation_settings_read_back_and_default_when_absent() {
    // Absent (every scenario before they were part of it): the defaults.
    let s = read(json!({})).expect("reads");
    assert_eq!(s.simulation, SimulationSettings::default());
    // Left out of the JSON while default, written and read back otherwise.
    assert!(
        serde_json::to_value(&s)
            .unwrap()
            .get("simulation")
            .is_none()
    );
    let s = read(json!({"simulation": {"trials": 2500, "seed": 77}})).expect("reads");
    assert_eq!(
        s.simulation,
        SimulationSettings {
            trials: 2500,
            seed: 77
        }
    );
    let written = serde_json::to_value(&s).unwrap();
    assert_eq!(written["simulation"], json!({"trials": 2500, "seed": 77}));
    assert_eq!(read(written).expect("reads back"), s);
    // One field alone: the other keeps its default.
    let s = read(json!({"simulation": {"seed": 5}})).expect("reads");
    assert_eq!(s.simulation.trials, DEFAULT_TRIALS);
    // A wrong type is named by its path.
    assert_eq!(
        error(json!({"simulation": {"trials": -3}})).0,
        "simulation.trials"
    );
    // A trial count out of range reads, and validation names it.
    let s = read(json!({"simulation": {"trials": 0}})).expect("reads");
    let e = s.validate().expect_err("0 trials is refused");
    assert_eq!(e.errors[0].path, "simulation.trials");
    let s = read(json!({"simulation": {"trials": MAX_TRIALS + 1}})).expect("reads");
    assert!(s.validate().is_err());
}
