#![cfg(not(target_arch = "wasm32"))]
//! `truecost simulate` and `truecost tornado`, run as a person would: the figures are the
//! engine's (the page runs the same engine), the seed decides them, and bad input gets a
//! message naming the field or the flag, exit code 2, never a panic.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use crm_truecost::model::Scenario;
use crm_truecost::model::uncertainty::{
    SimulationSettings, TornadoSort, add_typical_ranges, simulate, tornado,
};
use serde_json::Value;

fn truecost(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_truecost"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run truecost");
    if let Some(text) = stdin {
        // A usage error exits before reading stdin: a broken pipe here is expected then.
        let _ = child.stdin.take().unwrap().write_all(text.as_bytes());
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn json(o: &Output) -> Value {
    assert!(o.status.success(), "{}", stderr(o));
    serde_json::from_str(&stdout(o)).unwrap()
}

/// The default scenario with its typical ranges, as JSON.
fn ranged() -> (Scenario, String) {
    let mut s = Scenario::default();
    add_typical_ranges(&mut s);
    let text = serde_json::to_string(&s).unwrap();
    (s, text)
}

#[test]
fn simulate_prints_the_engines_figures_for_the_seed() {
    let (scenario, text) = ranged();
    let o = truecost(
        &["simulate", "-", "--trials", "500", "--seed", "11"],
        Some(&text),
    );
    let printed = json(&o);
    let engine = simulate(
        &scenario,
        SimulationSettings {
            trials: 500,
            seed: 11,
        },
    )
    .unwrap();
    assert_eq!(printed, serde_json::to_value(&engine).unwrap());
    assert_eq!(printed["trials"], 500);
    assert_eq!(printed["seed"], 11);
    let tco = &printed["tco"];
    let p = |k: &str| tco[k].as_f64().unwrap();
    assert!(p("p10") <= p("p50") && p("p50") <= p("p90"));
    assert_eq!(printed["budget_at_80"], tco["p80"]);
    assert!(printed["probability_npv_positive"].as_f64().unwrap() <= 1.0);
    assert_eq!(tco["histogram"].as_array().unwrap().len(), 20);
    assert_eq!(tco["s_curve"].as_array().unwrap().len(), 51);
}

#[test]
fn same_seed_same_output_another_seed_another() {
    let (_, text) = ranged();
    let dir = std::env::temp_dir().join(format!("truecost-unc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("ranged.json");
    std::fs::write(&file, &text).unwrap();
    let path = file.to_str().unwrap();
    let run = |seed: &str| {
        stdout(&truecost(
            &["simulate", path, "--trials", "300", "--seed", seed],
            None,
        ))
    };
    assert_eq!(run("5"), run("5"));
    assert_ne!(run("5"), run("6"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn defaults_are_ten_thousand_trials_and_typical_ranges_on_request() {
    let text = serde_json::to_string(&Scenario::default()).unwrap();
    // No ranges: every trial is the plan.
    let plain = json(&truecost(&["simulate", "-"], Some(&text)));
    assert_eq!(plain["trials"], 10_000);
    assert_eq!(plain["seed"], 1);
    assert_eq!(plain["ranged_inputs"].as_array().unwrap().len(), 0);
    assert_eq!(plain["tco"]["p10"], plain["tco"]["p90"]);
    assert_eq!(plain["reserve_needed_at_80"], 0.0);
    // --typical-ranges adds the sourced ranges first.
    let with = json(&truecost(
        &["simulate", "-", "--trials", "200", "--typical-ranges"],
        Some(&text),
    ));
    let inputs = with["ranged_inputs"].as_array().unwrap();
    assert!(inputs.iter().any(|i| i == "pricing.renewal_uplift"));
    assert!(with["tco"]["p10"].as_f64() < with["tco"]["p90"].as_f64());
}

#[test]
fn trials_and_seed_default_to_the_scenarios_own() {
    let (mut scenario, _) = ranged();
    scenario.simulation = SimulationSettings {
        trials: 400,
        seed: 23,
    };
    let text = serde_json::to_string(&scenario).unwrap();
    let printed = json(&truecost(&["simulate", "-"], Some(&text)));
    assert_eq!(printed["trials"], 400);
    assert_eq!(printed["seed"], 23);
    let engine = simulate(&scenario, scenario.simulation).unwrap();
    assert_eq!(printed, serde_json::to_value(&engine).unwrap());
    // A flag overrides the scenario's value; the other still comes from the scenario.
    let seeded = json(&truecost(&["simulate", "-", "--seed", "24"], Some(&text)));
    assert_eq!(
        (seeded["trials"].as_u64(), seeded["seed"].as_u64()),
        (Some(400), Some(24))
    );
    // A scenario whose own trial count is out of range is refused, naming the field.
    let bad = text.replace("\"trials\":400", "\"trials\":0");
    assert_ne!(bad, text);
    let o = truecost(&["simulate", "-"], Some(&bad));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("simulation.trials"), "{}", stderr(&o));
}

#[test]
fn tornado_prints_the_top_bars_by_tco_or_npv() {
    let (scenario, text) = ranged();
    let by_tco = json(&truecost(&["tornado", "-"], Some(&text)));
    assert_eq!(
        by_tco,
        serde_json::to_value(tornado(&scenario, TornadoSort::Tco).unwrap()).unwrap()
    );
    let bars = by_tco["bars"].as_array().unwrap();
    assert_eq!(bars.len(), 10);
    let swings: Vec<f64> = bars
        .iter()
        .map(|b| b["tco_swing"].as_f64().unwrap())
        .collect();
    assert!(swings.windows(2).all(|w| w[0] >= w[1]));
    let by_npv = json(&truecost(&["tornado", "-", "--sort", "npv"], Some(&text)));
    assert_eq!(by_npv["sort"], "npv");
    assert_eq!(
        by_npv["bars"][0]["field"],
        "benefits.revenue_uplift_per_year"
    );
}

#[test]
fn bad_input_is_named_and_exits_2() {
    let text = serde_json::to_string(&Scenario::default()).unwrap();
    for (args, expected) in [
        (
            vec!["simulate", "-", "--trials", "100001"],
            "error: --trials: must be between 1 and 100,000",
        ),
        (vec!["simulate", "-", "--trials", "0"], "error: --trials"),
        (vec!["simulate", "-", "--trials", "many"], "--trials"),
        (vec!["simulate", "-", "--seed", "x"], "--seed"),
        (vec!["tornado", "-", "--sort", "irr"], "--sort"),
    ] {
        let o = truecost(&args, Some(&text));
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains(expected), "{args:?}: {}", stderr(&o));
        assert!(stdout(&o).is_empty());
    }
    // A range that does not hold the field's value is refused at the range's bound.
    let bad = r#"{"ranges": {"pricing.renewal_uplift": {"low": "0.08", "high": "0.09"}}}"#;
    for command in ["simulate", "tornado"] {
        let o = truecost(&[command, "-"], Some(bad));
        assert_eq!(o.status.code(), Some(2));
        assert!(
            stderr(&o)
                .contains(r#"error: ranges["pricing.renewal_uplift"].low: must not be above"#),
            "{}",
            stderr(&o)
        );
    }
    let unknown = r#"{"ranges": {"pricing.nothing": {"low": "0", "high": "1"}}}"#;
    let o = truecost(&["simulate", "-"], Some(unknown));
    assert!(stderr(&o).contains(r#"ranges["pricing.nothing"]: is not a numeric input"#));
    let o = truecost(&["simulate", "/no/such/file.json"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/no/such/file.json: cannot read"));
}
