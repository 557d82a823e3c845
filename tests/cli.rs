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
    // A folder of its own: other tests write their files into the shared one at the same time.
    let dir = std::env::temp_dir().join(format!("truecost-cli-templates-{}", std::process::id()));
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

#[test]
fn help_lists_every_command() {
    let o = truecost(&["--help"], None);
    let text = stdout(&o);
    for command in [
        "truecost eval FILE|-",
        "truecost template [NAME]",
        "truecost assumptions",
        "truecost compare FILE FILE",
        "truecost presets",
        "truecost preset NAME",
    ] {
        assert!(text.contains(command), "{command}: {text}");
    }
}

#[test]
fn a_scenario_must_be_a_json_object() {
    // serde would read `[]` as the default scenario; Import refuses it, and so does the CLI.
    for (input, what) in [
        ("[]", "an array"),
        (" [1, 2]", "an array"),
        ("\"scenario\"", "a string"),
        ("42", "a number"),
    ] {
        let o = eval_stdin(input);
        assert_eq!(o.status.code(), Some(2), "{input}");
        assert_eq!(
            stderr(&o).trim_end(),
            format!("error: scenario: a scenario is a JSON object ({{ … }}), not {what}"),
            "{input}"
        );
        assert!(stdout(&o).is_empty());
    }
    // A byte-order mark before the object is ignored, as on import.
    let o = eval_stdin("\u{FEFF}{}");
    assert!(o.status.success(), "{}", stderr(&o));
}

/// Writes `text` to a temporary file named `name` and returns its path.
fn temp_file(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("truecost-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

fn json(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "{}", stderr(o));
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn compare_prints_the_engines_numbers() {
    let a = temp_file(
        "cmp-a.json",
        &stdout(&truecost(&["template", "default"], None)),
    );
    let b = temp_file(
        "cmp-b.json",
        &stdout(&truecost(&["template", "small-team-saas"], None)),
    );
    let c = json(&truecost(&["compare", &a, &b], None));
    assert_eq!(c["baseline"], 0);
    assert_eq!(c["options"].as_array().unwrap().len(), 2);
    assert_eq!(c["horizon_shortened"], false);
    for (i, file) in [&a, &b].into_iter().enumerate() {
        let results = json(&truecost(&["eval", file], None));
        assert_eq!(
            c["options"][i]["headline"]["tco"], results["totals"]["tco"],
            "{file}"
        );
        assert_eq!(c["options"][i]["headline"]["npv"], results["totals"]["npv"]);
    }
    assert_eq!(c["break_even"][0]["first"], 0);
    // --baseline counts from 1; stdin works for one of the files.
    let scenario = std::fs::read_to_string(&a).unwrap();
    let c = json(&truecost(
        &["compare", "-", &b, "--baseline", "2"],
        Some(&scenario),
    ));
    assert_eq!(c["baseline"], 1);
    assert_eq!(c["options"][1]["vs_baseline"]["tco"]["amount"], "0.00");
    // Different horizons (5 and 7 years): compared over 5, and the output says so.
    let on_premise = temp_file(
        "cmp-c.json",
        &stdout(&truecost(&["template", "mid-size-on-premise"], None)),
    );
    let c = json(&truecost(&["compare", &a, &on_premise], None));
    assert_eq!(c["horizon"], 5);
    assert_eq!(c["horizon_shortened"], true);
    assert_eq!(c["options"][1]["own_horizon"], 7);
    assert_eq!(c["saas_on_premise"][0]["reference_five_year"], "0.623");
}

#[test]
fn compare_refuses_bad_input_plainly() {
    let a = temp_file("bad-a.json", "{}");
    let eur = temp_file("bad-eur.json", r#"{"currency": "EUR"}"#);
    let broken = temp_file(
        "bad-broken.json",
        r#"{"pricing": {"minimum_term_years": 0}}"#,
    );
    let array = temp_file("bad-array.json", "[]");
    // Too few or too many files: usage.
    for args in [
        vec!["compare", a.as_str()],
        vec!["compare", &a, &a, &a, &a, &a],
    ] {
        let o = truecost(&args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains("Usage:"), "{}", stderr(&o));
    }
    let cases = [
        (
            vec!["compare", a.as_str(), eur.as_str()],
            "error: options in different currencies are not compared (USD, EUR)".to_owned(),
        ),
        (
            vec!["compare", &a, &broken],
            format!("error: {broken}: pricing.minimum_term_years: must be between 1 and 10"),
        ),
        (
            vec!["compare", &a, &array],
            format!("error: {array}: scenario: a scenario is a JSON object"),
        ),
        (
            vec!["compare", &a, &a, "--baseline", "3"],
            "error: --baseline must be between 1 and 2; 3 given".to_owned(),
        ),
        (
            vec!["compare", &a, &a, "--baseline", "0"],
            "error: --baseline must be between 1 and 2; 0 given".to_owned(),
        ),
        (
            vec!["compare", &a, "/no/such/file.json"],
            "error: /no/such/file.json: cannot read".to_owned(),
        ),
        (
            vec!["compare", "-", "-"],
            "error: stdin (-) can be read only once".to_owned(),
        ),
    ];
    for (args, expected) in cases {
        // No stdin: the command fails before reading any (writing to it could hit a closed pipe).
        let o = truecost(&args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&o).starts_with(&expected),
            "{args:?}: {}",
            stderr(&o)
        );
        assert!(stdout(&o).is_empty());
    }
}

#[test]
fn presets_are_listed_with_their_dates() {
    let o = truecost(&["presets"], None);
    assert!(o.status.success());
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    let all = json(&truecost(&["presets", "--json"], None));
    let presets = all["presets"].as_array().unwrap();
    assert_eq!(all["currency"], "USD");
    assert_eq!(lines.len(), presets.len() + 1);
    for (line, preset) in lines.iter().zip(presets) {
        assert!(line.starts_with(preset["id"].as_str().unwrap()), "{line}");
        assert!(line.contains("(as of 20"), "{line}");
    }
    assert!(lines.last().unwrap().contains("verify with the vendor"));
    let dated = presets
        .iter()
        .filter_map(|p| p["price_annual"]["date"].as_str())
        .count();
    assert!(dated > 20);
    assert!(
        all["documents"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["tag"] == "AE-SF")
    );
}

#[test]
fn preset_prints_a_scenario_the_engine_accepts() {
    let o = truecost(
        &["preset", "hubspot-sales-professional", "--users", "25"],
        None,
    );
    let scenario = json(&o);
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    assert_eq!(scenario["name"], "HubSpot Sales Hub Professional");
    assert_eq!(scenario["organisation"]["users"], 25);
    assert_eq!(scenario["pricing"]["seat_price_per_month"], "100");
    assert_eq!(scenario["pricing"]["onboarding_fee"], "1500");
    let results = json(&eval_stdin(&stdout(&o)));
    assert!(
        results["lines"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["id"] == "subscription.onboarding")
    );
    // An annual-only plan asked for monthly: billed annually, with a note on stderr.
    let o = truecost(
        &[
            "preset",
            "salesforce-core",
            "--users",
            "10",
            "--billing",
            "monthly",
            "--premium-support",
        ],
        None,
    );
    let scenario = json(&o);
    assert_eq!(scenario["pricing"]["billing"], "annual");
    assert_eq!(scenario["pricing"]["support_rate"], "0.30");
    assert!(stderr(&o).starts_with("note: the plan is sold on annual contracts only"));
    // From a scenario file: its name is kept as a prefix.
    let base = temp_file("base.json", r#"{"name": "Our team"}"#);
    let scenario = json(&truecost(
        &["preset", "zoho-crm-standard", "--scenario", &base],
        None,
    ));
    assert_eq!(scenario["name"], "Our team – Zoho CRM Standard");
    assert_eq!(scenario["organisation"]["users"], 15);
}

#[test]
fn preset_refuses_bad_input() {
    let eur = temp_file("preset-eur.json", r#"{"currency": "EUR"}"#);
    let cases: [(&[&str], &str); 4] = [
        (&["preset", "acme"], "error: unknown preset \"acme\""),
        (
            &["preset", "zoho-crm-standard", "--users", "2000000"],
            "error: --users: must be a whole number from 0 to 1,000,000",
        ),
        (
            &["preset", "zoho-crm-standard", "--scenario", &eur],
            "error: vendor presets are list prices in USD and this scenario is in EUR",
        ),
        (
            &["preset", "zoho-crm-standard", "--billing", "weekly"],
            "error: invalid value 'weekly'",
        ),
    ];
    for (args, expected) in cases {
        let o = truecost(args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).starts_with(expected), "{args:?}: {}", stderr(&o));
        assert!(stdout(&o).is_empty());
    }
}
