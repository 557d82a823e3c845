//! `truecost`: the native command line over the engine.
//!
//! ```text
//! truecost eval FILE|-        evaluate a scenario (JSON file, or - for stdin); print results JSON
//! truecost template [NAME]    print a template scenario; without NAME, list the names
//! truecost assumptions        print the assumptions register as JSON
//! truecost --help             this text
//! ```
//!
//! Bad input prints `error: <field path>: <problem>` lines on stderr and exits with code 2.

use std::io::{self, Read, Write};
use std::process::ExitCode;

use crm_truecost::model::{Scenario, ScenarioError, evaluate, register, template, template_names};
use serde::Serialize;

const USAGE: &str = "\
truecost: what a CRM really costs over its life (the CRM TrueCost engine)

Usage:
  truecost eval FILE|-        evaluate a scenario (a JSON file, or - for stdin) and print the
                              results as JSON
  truecost template [NAME]    print a template scenario as JSON; without NAME, list the names
  truecost assumptions        print the assumptions register (defaults and their sources) as JSON
  truecost --help             show this help

Scenario format: docs/scenario-format.md. Money and rates are decimal strings (\"65.00\", \"0.10\"
= 10 %); fields left out take the default template's values.
Exit codes: 0 success, 2 bad input or usage.";

/// Largest scenario file read, in bytes.
const MAX_INPUT_BYTES: u64 = 10 * 1024 * 1024;

/// A failure: the lines to print on stderr (each prefixed with "error: ").
struct Failure(Vec<String>);

impl Failure {
    fn one(message: impl Into<String>) -> Self {
        Failure(vec![message.into()])
    }
}

impl From<ScenarioError> for Failure {
    fn from(error: ScenarioError) -> Self {
        Failure(error.errors.iter().map(ToString::to_string).collect())
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let outcome = match args.as_slice() {
        ["--help" | "-h" | "help"] => print_text(USAGE),
        ["eval", source] => eval(source),
        ["template"] => print_text(&template_names().join("\n")),
        ["template", name] => print_template(name),
        ["assumptions"] => print_json(&register()),
        _ => {
            let mut stderr = io::stderr().lock();
            let _ = writeln!(stderr, "{USAGE}");
            return ExitCode::from(2);
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(lines)) => {
            let mut stderr = io::stderr().lock();
            for line in lines {
                let _ = writeln!(stderr, "error: {line}");
            }
            ExitCode::from(2)
        }
    }
}

fn eval(source: &str) -> Result<(), Failure> {
    let text = read_input(source)?;
    let scenario = parse_scenario(&text)?;
    let results = evaluate(&scenario)?;
    print_json(&results)
}

fn print_template(name: &str) -> Result<(), Failure> {
    match template(name) {
        Some(scenario) => print_json(&scenario),
        None => Err(Failure::one(format!(
            "unknown template \"{name}\"; the templates are: {}",
            template_names().join(", ")
        ))),
    }
}

/// Reads a file, or stdin for "-", up to [`MAX_INPUT_BYTES`].
fn read_input(source: &str) -> Result<String, Failure> {
    let mut text = String::new();
    let read = if source == "-" {
        io::stdin()
            .lock()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_string(&mut text)
    } else {
        std::fs::File::open(source)
            .and_then(|file| file.take(MAX_INPUT_BYTES + 1).read_to_string(&mut text))
    };
    let what = if source == "-" { "stdin" } else { source };
    read.map_err(|e| Failure::one(format!("{what}: cannot read: {e}")))?;
    if text.len() as u64 > MAX_INPUT_BYTES {
        return Err(Failure::one(format!(
            "{what}: larger than {MAX_INPUT_BYTES} bytes; a scenario is far smaller"
        )));
    }
    Ok(text)
}

/// Parses scenario JSON; a type or range error names the field (`organisation.users: …`).
fn parse_scenario(text: &str) -> Result<Scenario, Failure> {
    serde_json::from_str(text).map_err(|error| {
        let (path, message) = crm_truecost::json_error::field_error(text, &error);
        let path = if path.is_empty() {
            "scenario"
        } else {
            path.as_str()
        };
        Failure::one(format!(
            "{path}: {message} (line {}, column {})",
            error.line(),
            error.column()
        ))
    })
}

fn print_json<T: Serialize>(value: &T) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Failure::one(format!("cannot write JSON: {e}")))?;
    print_text(&text)
}

/// Prints `text` and a newline; a closed stdout (e.g. `| head`) is not an error.
fn print_text(text: &str) -> Result<(), Failure> {
    let mut stdout = io::stdout().lock();
    match writeln!(stdout, "{text}").and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(Failure::one(format!("cannot write output: {e}")))
        }
        _ => Ok(()),
    }
}
