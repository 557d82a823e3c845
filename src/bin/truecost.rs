//! `truecost`: the native command line over the engine, parsed with clap (a native-only
//! dependency: on wasm32 this binary is an empty stub and clap is never compiled).
//!
//! ```text
//! truecost eval FILE|-                  evaluate a scenario; print the results as JSON
//! truecost template [NAME]              print a template scenario; without NAME, list the names
//! truecost assumptions                  print the assumptions register as JSON
//! truecost compare A B [C [D]]          compare 2-4 scenarios; print the comparison as JSON
//! truecost presets [--json]             list the vendor presets with their dates
//! truecost preset NAME [--users N] …    print a scenario priced with a vendor preset
//! truecost simulate FILE [--trials N] [--seed S]   Monte Carlo over the ranges; percentiles JSON
//!                                                  (trials and seed default to the scenario's)
//! truecost tornado FILE [--sort tco|npv]           which ranged inputs matter most, as JSON
//! ```
//!
//! Bad input or usage prints `error: …` lines on stderr and exits with code 2.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{self, Read, Write};
    use std::process::ExitCode;

    use clap::{Parser, Subcommand, ValueEnum};
    use crm_truecost::model::compare::{CompareError, compare_scenarios};
    use crm_truecost::model::presets::{
        self, ApplyNote, ApplyOptions, PRESET_CURRENCY, Preset, apply_preset,
    };
    use crm_truecost::model::uncertainty::{
        SimulationSettings, TornadoSort, add_typical_ranges, simulate, tornado,
    };
    use crm_truecost::model::{
        BillingCycle, Count, Scenario, ScenarioError, evaluate, register, template, template_names,
    };
    use serde::Serialize;

    const USAGE: &str = "\
truecost eval FILE|-
       truecost template [NAME]
       truecost assumptions
       truecost compare FILE FILE [FILE [FILE]] [--baseline N]
       truecost presets [--json]
       truecost preset NAME [--users N] [--billing annual|monthly] [--premium-support] [--scenario FILE]
       truecost simulate FILE [--trials N] [--seed S] [--typical-ranges]
       truecost tornado FILE [--sort tco|npv] [--typical-ranges]";

    const AFTER_HELP: &str = "\
Scenario format: docs/scenario-format.md. Money and rates are decimal strings (\"65.00\", \"0.10\"
= 10 %); fields left out take the default template's values. FILE may be - for stdin.
Exit codes: 0 success, 2 bad input or usage.";

    /// What a CRM really costs over its life (the CRM TrueCost engine).
    #[derive(Parser)]
    #[command(
        name = "truecost",
        version,
        override_usage = USAGE,
        after_help = AFTER_HELP,
        arg_required_else_help = true
    )]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Evaluate a scenario (a JSON file, or - for stdin) and print the results as JSON
        Eval {
            /// The scenario file, or - for stdin.
            file: String,
        },
        /// Print a template scenario as JSON; without NAME, list the names
        Template {
            /// The template's name.
            name: Option<String>,
        },
        /// Print the assumptions register (defaults and their sources) as JSON
        Assumptions,
        /// Compare 2-4 scenarios (over the shortest horizon) and print the comparison as JSON
        Compare {
            /// The scenario files (at most one may be - for stdin).
            #[arg(num_args = 2..=4, required = true, value_name = "FILE")]
            files: Vec<String>,
            /// The option the differences are taken against: 1 = the first file.
            #[arg(long, value_name = "N", default_value_t = 1)]
            baseline: usize,
        },
        /// List the vendor presets with the dates of their list prices
        Presets {
            /// Print every preset with all its figures, dates and sources as JSON.
            #[arg(long)]
            json: bool,
        },
        /// Print a scenario priced with a vendor preset (notes go to stderr)
        Preset {
            /// The preset's id (see `truecost presets`).
            name: String,
            /// Users at the start (default: the scenario's).
            #[arg(long, value_name = "N")]
            users: Option<u64>,
            /// Billing cycle (default: the scenario's).
            #[arg(long, value_enum)]
            billing: Option<Billing>,
            /// Add the vendor's optional premium support where the preset prices it.
            #[arg(long)]
            premium_support: bool,
            /// Start from this scenario file instead of the default template.
            #[arg(long, value_name = "FILE")]
            scenario: Option<String>,
        },
        /// Run a Monte Carlo simulation over the scenario's ranges and print the percentiles,
        /// probabilities, histograms and S-curves as JSON (the same seed always gives the same
        /// figures)
        Simulate {
            /// The scenario file, or - for stdin.
            file: String,
            /// Number of trials, 1 to 100,000 [default: the scenario's `simulation.trials`,
            /// else 10,000].
            #[arg(long, value_name = "N")]
            trials: Option<u32>,
            /// The seed of the random draws [default: the scenario's `simulation.seed`, else 1].
            #[arg(long, value_name = "S")]
            seed: Option<u64>,
            /// First add the sourced typical ranges to the inputs that have no range.
            #[arg(long)]
            typical_ranges: bool,
        },
        /// Swing each ranged input alone from low to high (the others at their values) and
        /// print the top 10 bars as JSON
        Tornado {
            /// The scenario file, or - for stdin.
            file: String,
            /// Sort the bars by the swing in TCO or in NPV.
            #[arg(long, value_enum, default_value_t = Sort::Tco)]
            sort: Sort,
            /// First add the sourced typical ranges to the inputs that have no range.
            #[arg(long)]
            typical_ranges: bool,
        },
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Sort {
        Tco,
        Npv,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum Billing {
        Annual,
        Monthly,
    }

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

    pub fn main() -> ExitCode {
        let cli = match Cli::try_parse() {
            Ok(cli) => cli,
            Err(error) => {
                // Help and version go to stdout with 0; usage errors to stderr with 2.
                let _ = error.print();
                return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
            }
        };
        match run(cli.command) {
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

    fn run(command: Command) -> Result<(), Failure> {
        match command {
            Command::Eval { file } => eval(&file),
            Command::Template { name: None } => print_text(&template_names().join("\n")),
            Command::Template { name: Some(name) } => print_template(&name),
            Command::Assumptions => print_json(&register()),
            Command::Compare { files, baseline } => compare(&files, baseline),
            Command::Presets { json } => list_presets(json),
            Command::Preset {
                name,
                users,
                billing,
                premium_support,
                scenario,
            } => print_preset(&name, users, billing, premium_support, scenario.as_deref()),
            Command::Simulate {
                file,
                trials,
                seed,
                typical_ranges,
            } => print_simulation(&file, trials, seed, typical_ranges),
            Command::Tornado {
                file,
                sort,
                typical_ranges,
            } => print_tornado(&file, sort, typical_ranges),
        }
    }

    /// Reads a scenario and, when asked, adds the typical ranges where it has none.
    fn ranged_scenario(file: &str, typical_ranges: bool) -> Result<Scenario, Failure> {
        let mut scenario = read_scenario(file)?;
        if typical_ranges {
            add_typical_ranges(&mut scenario);
        }
        Ok(scenario)
    }

    /// `simulate`: the simulation results JSON, exactly as the engine returns it (the page runs
    /// the same engine, so the same seed gives the same figures there). `--trials` and `--seed`
    /// override the scenario's own settings.
    fn print_simulation(
        file: &str,
        trials: Option<u32>,
        seed: Option<u64>,
        typical_ranges: bool,
    ) -> Result<(), Failure> {
        // The trial count is checked before the file is read: a usage error comes first.
        if let Some(trials) = trials {
            let asked = SimulationSettings {
                trials,
                ..SimulationSettings::default()
            };
            asked.validate().map_err(|e| {
                Failure(
                    e.errors
                        .iter()
                        .map(|f| format!("--{}: {}", f.path, f.message))
                        .collect(),
                )
            })?;
        }
        // A scenario whose own trial count is out of range is refused by the engine, naming
        // `simulation.trials`.
        let scenario = ranged_scenario(file, typical_ranges)?;
        let settings = SimulationSettings {
            trials: trials.unwrap_or(scenario.simulation.trials),
            seed: seed.unwrap_or(scenario.simulation.seed),
        };
        print_json(&simulate(&scenario, settings)?)
    }

    /// `tornado`: the tornado JSON, bars largest swing first.
    fn print_tornado(file: &str, sort: Sort, typical_ranges: bool) -> Result<(), Failure> {
        let scenario = ranged_scenario(file, typical_ranges)?;
        let sort = match sort {
            Sort::Tco => TornadoSort::Tco,
            Sort::Npv => TornadoSort::Npv,
        };
        print_json(&tornado(&scenario, sort)?)
    }

    fn eval(source: &str) -> Result<(), Failure> {
        let scenario = read_scenario(source)?;
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

    /// `compare`: the comparison JSON, exactly as the engine returns it (the page shows the same).
    fn compare(files: &[String], baseline: usize) -> Result<(), Failure> {
        if files.iter().filter(|f| f.as_str() == "-").count() > 1 {
            return Err(Failure::one("stdin (-) can be read only once"));
        }
        let scenarios = files
            .iter()
            .map(|file| {
                // Read errors name the file already; parse errors get it in front.
                parse_scenario(&read_input(file)?).map_err(|Failure(lines)| {
                    Failure(lines.into_iter().map(|l| format!("{file}: {l}")).collect())
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let Some(index) = baseline.checked_sub(1) else {
            return Err(Failure::one(format!(
                "--baseline must be between 1 and {}; 0 given",
                files.len()
            )));
        };
        match compare_scenarios(&scenarios, index) {
            Ok(comparison) => print_json(&comparison),
            Err(CompareError::Invalid { option, error, .. }) => {
                let file = files.get(option).map_or("?", String::as_str);
                Err(Failure(
                    error
                        .errors
                        .iter()
                        .map(|e| format!("{file}: {e}"))
                        .collect(),
                ))
            }
            Err(CompareError::Baseline { options, .. }) => Err(Failure::one(format!(
                "--baseline must be between 1 and {options}; {baseline} given"
            ))),
            Err(other) => Err(Failure::one(other.to_string())),
        }
    }

    /// `presets`: one line per preset with its prices and their dates, or all of it as JSON.
    fn list_presets(json: bool) -> Result<(), Failure> {
        if json {
            #[derive(Serialize)]
            struct All {
                currency: &'static str,
                presets: &'static [Preset],
                documents: &'static [presets::Document],
            }
            return print_json(&All {
                currency: PRESET_CURRENCY,
                presets: presets::presets(),
                documents: presets::documents(),
            });
        }
        let price = |label: &str, f: Option<presets::Figure<rust_decimal::Decimal>>| {
            f.map_or_else(
                || format!("{label} -"),
                |f| format!("{label} ${} (as of {})", f.value, f.date),
            )
        };
        let rows: Vec<[String; 4]> = presets::presets()
            .iter()
            .map(|p| {
                let unit = match p.pricing {
                    presets::PresetPlan::PerSeat => "per seat/month",
                    presets::PresetPlan::FlatPlan => "per plan/month",
                };
                let monthly = if p.annual_only {
                    "monthly: annual contract only".to_owned()
                } else {
                    price("monthly", p.price_monthly)
                };
                [
                    p.id.to_owned(),
                    p.label(),
                    format!("{}, {unit}", price("annual", p.price_annual)),
                    monthly,
                ]
            })
            .collect();
        let width = |i: usize| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
        };
        let (w0, w1, w2) = (width(0), width(1), width(2));
        let mut text = String::new();
        for [id, label, annual, monthly] in &rows {
            text.push_str(&format!("{id:w0$}  {label:w1$}  {annual:w2$}  {monthly}\n"));
        }
        text.push_str(&format!(
            "List prices in {PRESET_CURRENCY} as of the dates shown — verify with the vendor. \
             Sources and every other figure: truecost presets --json"
        ));
        print_text(&text)
    }

    /// `preset`: the default template (or `--scenario`), users and billing set, the preset
    /// applied and the scenario named after it. Notes go to stderr so stdout stays a scenario.
    fn print_preset(
        id: &str,
        users: Option<u64>,
        billing: Option<Billing>,
        premium_support: bool,
        scenario: Option<&str>,
    ) -> Result<(), Failure> {
        let Some(preset) = presets::preset(id) else {
            return Err(Failure::one(format!(
                "unknown preset \"{id}\"; `truecost presets` lists them"
            )));
        };
        let mut base = match scenario {
            Some(file) => read_scenario(file)?,
            None => Scenario::default(),
        };
        if let Some(users) = users {
            base.organisation.users =
                Count::try_from(users).map_err(|e| Failure::one(format!("--users: {e}")))?;
        }
        if let Some(billing) = billing {
            base.pricing.billing = match billing {
                Billing::Annual => BillingCycle::Annual,
                Billing::Monthly => BillingCycle::Monthly,
            };
        }
        let applied = apply_preset(&base, preset, ApplyOptions { premium_support })
            .map_err(|e| Failure::one(e.to_string()))?;
        let mut scenario = applied.scenario;
        if base.name == Scenario::default().name {
            scenario.name = preset.label();
        } else {
            scenario.name = format!("{} – {}", base.name, preset.label());
        }
        // The result must be a scenario the engine accepts (it always is for valid input).
        scenario.validate()?;
        let mut stderr = io::stderr().lock();
        for note in &applied.notes {
            let _ = writeln!(stderr, "note: {}", note_text(note));
        }
        drop(stderr);
        print_json(&scenario)
    }

    fn note_text(note: &ApplyNote) -> String {
        note.message()
    }

    /// Reads and parses a scenario file (or stdin for "-").
    fn read_scenario(source: &str) -> Result<Scenario, Failure> {
        parse_scenario(&read_input(source)?)
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

    /// Parses scenario JSON with the app's reader (`json_error::read`); a type or range error
    /// names the field (`organisation.users: …`), a syntax error also its line and column. A
    /// leading byte-order mark is ignored, as on import. The top level must be an object (said
    /// here in plain words before the decoder's "invalid type").
    fn parse_scenario(text: &str) -> Result<Scenario, Failure> {
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        let start = text.trim_start().chars().next();
        if let Some(c @ ('[' | '"' | '0'..='9' | '-')) = start {
            let what = match c {
                '[' => "an array",
                '"' => "a string",
                _ => "a number",
            };
            return Err(Failure::one(format!(
                "scenario: a scenario is a JSON object ({{ … }}), not {what}"
            )));
        }
        crm_truecost::json_error::read(text).map_err(|error| {
            let path = if error.path.is_empty() {
                "scenario"
            } else {
                error.path.as_str()
            };
            let message = &error.message;
            Failure::one(match error.line_column {
                Some((line, column)) => format!("{path}: {message} (line {line}, column {column})"),
                None => format!("{path}: {message}"),
            })
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
}
