#![cfg(not(target_arch = "wasm32"))]
//! The `truecost` binary, run as a person would: templates, evaluation, the register, help, and
//! bad input (a message naming the field, exit code 2, never a panic).

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn truecost(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_truecost"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run truecost");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
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

fn eval_stdin(json: &str) -> Output {
    truecost(&["eval", "-"], Some(json))
}

#[test]
fn template_without_a_name_lists_the_names() {
    let o = truecost(&["template"], None);
    assert!(o.status.success());
    let names: Vec<_> = stdout(&o).lines().map(str::to_owned).collect();
    assert_eq!(
        names,
        [
            "default",
            "small-team-saas",
            "mid-size-on-premise",
            "self-built-open-source",
            "blank"
        ]
    );
}

#[test]
fn every_template_evaluates_from_stdin_and_from_a_file() {
    let dir = std::env::temp_dir().join(format!("truecost-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for name in stdout(&truecost(&["template"], None)).lines() {
        let template = truecost(&["template", name], None);
        assert!(template.status.success(), "{name}");
        let scenario = stdout(&template);
        let from_stdin = eval_stdin(&scenario);
        assert!(
            from_stdin.status.success(),
            "{name}: {}",
            stderr(&from_stdin)
        );
        let results: serde_json::Value = serde_json::from_str(&stdout(&from_stdin)).unwrap();
        assert!(results["totals"]["tco"].is_string(), "{name}");
        assert_eq!(
            results["years"].as_array().unwrap().len() as u64,
            results["horizon"].as_u64().unwrap() + 1
        );
        let path = dir.join(format!("{name}.json"));
        std::fs::write(&path, &scenario).unwrap();
        let from_file = truecost(&["eval", path.to_str().unwrap()], None);
        assert!(from_file.status.success(), "{name}");
        assert_eq!(stdout(&from_file), stdout(&from_stdin), "{name}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn assumptions_prints_the_register() {
    let o = truecost(&["assumptions"], None);
    assert!(o.status.success());
    let register: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let entries = register.as_array().unwrap();
    assert!(entries.iter().any(|a| a["id"] == "training.hours_per_user"));
    assert!(entries.iter().all(|a| a["value"].is_string()));
}

#[test]
fn help_and_usage() {
    let o = truecost(&["--help"], None);
    assert!(o.status.success());
    assert!(stdout(&o).contains("truecost eval FILE|-"));
    for args in [
        &[][..],
        &["frobnicate"][..],
        &["eval"][..],
        &["eval", "a", "b"][..],
    ] {
        let o = truecost(args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains("Usage:"), "{args:?}");
        assert!(stdout(&o).is_empty());
    }
}

#[test]
fn unknown_template_is_an_error() {
    let o = truecost(&["template", "enterprise"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("error: unknown template \"enterprise\""));
}

#[test]
fn a_bad_value_names_the_field() {
    let o = eval_stdin(r#"{"organisation": {"users": -3}}"#);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("error: organisation.users: invalid value: integer `-3`"),
        "{}",
        stderr(&o)
    );
    let o = eval_stdin(r#"{"training": {"new_hire_turnover": "15"}}"#);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("error: training.new_hire_turnover: must be between 0 % and 100 %"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn cross_field_problems_are_all_listed() {
    let o = eval_stdin(
        r#"{"schema_version": 7, "pricing": {"minimum_term_years": 0},
            "custom_lines": [{"name": "x", "kind": "cost", "category": "internal_time",
              "quadrant": "hidden_time", "phase": "operation",
              "amounts": ["1","1","1","1","1","1","1","1","1","1","1","1"]}]}"#,
    );
    assert_eq!(o.status.code(), Some(2));
    let lines: Vec<_> = stderr(&o).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[0].starts_with("error: schema_version: must be 1"));
    assert!(lines[1].starts_with("error: pricing.minimum_term_years: must be between 1 and 10"));
    assert!(lines[2].starts_with("error: custom_lines[0].amounts: has 12 amounts; at most 11"));
}

#[test]
fn amounts_beyond_the_horizon_are_kept_but_not_counted() {
    // 8 amounts with a 5-year horizon (6 periods): the last two are outside it.
    let with_extra = eval_stdin(
        r#"{"custom_lines": [{"name": "x", "kind": "cost", "category": "internal_time",
              "quadrant": "hidden_time", "phase": "operation",
              "amounts": ["1","1","1","1","1","1","500","500"]}]}"#,
    );
    let without = eval_stdin(
        r#"{"custom_lines": [{"name": "x", "kind": "cost", "category": "internal_time",
              "quadrant": "hidden_time", "phase": "operation",
              "amounts": ["1","1","1","1","1","1"]}]}"#,
    );
    assert_eq!(with_extra.status.code(), Some(0), "{}", stderr(&with_extra));
    let a: serde_json::Value = serde_json::from_slice(&with_extra.stdout).expect("json");
    let b: serde_json::Value = serde_json::from_slice(&without.stdout).expect("json");
    assert_eq!(a["totals"]["tco"], b["totals"]["tco"]);
    assert_eq!(a["warnings"][0]["code"], "custom_amounts_beyond_horizon");
    assert!(b["warnings"].as_array().is_some_and(Vec::is_empty));
}

#[test]
fn not_json_missing_file_and_trailing_text_are_errors() {
    for (input, expected) in [
        ("nonsense", "error: scenario: expected"),
        ("{} {}", "error: scenario: trailing characters"),
        ("", "error: scenario: EOF while parsing"),
    ] {
        let o = eval_stdin(input);
        assert_eq!(o.status.code(), Some(2), "{input}");
        assert!(stderr(&o).starts_with(expected), "{input}: {}", stderr(&o));
    }
    let o = truecost(&["eval", "/no/such/scenario.json"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("error: /no/such/scenario.json: cannot read"));
}

#[test]
fn amounts_too_large_to_compute_are_reported_not_panicked() {
    let o = eval_stdin(
        r#"{"organisation": {"users": 1000000, "user_growth": "1",
              "rates": {"sales": {"basis": "hourly", "hourly": "1000000000000"}}},
            "horizon": 10,
            "benefits": {"hours_saved_per_user_per_week": "1000000", "working_weeks_per_year": "52"}}"#,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("too large to compute"),
        "{}",
        stderr(&o)
    );
}
