//! Files in and out: the scenario as JSON (the format `truecost eval` reads), the year-by-year
//! table as CSV, safe download names, and importing a scenario file.
//!
//! Pure: the browser side only offers the strings as downloads or reads the chosen file.

use std::fmt;
use std::fmt::Write as _;

use rust_decimal::Decimal;
use truecost_model::{Category, Results, Scenario, ScenarioError};

mod pretty;

/// The largest scenario file [`parse_import`] reads, in bytes (a scenario is a few kB).
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

/// The scenario as pretty JSON with a final newline: the documented scenario format, exactly
/// what `truecost eval` reads and `truecost template` prints.
pub fn scenario_json(s: &Scenario) -> String {
    // Serializing a scenario cannot fail (plain structs with string keys). The compact
    // serializer, as storage and share links use it, then indented: the same text as
    // `serde_json::to_string_pretty`, with one copy of the scenario's encoding in the wasm.
    let mut text = pretty::indent(&serde_json::to_string(s).unwrap_or_default());
    text.push('\n');
    text
}

/// The labels of the CSV table, in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvHeaders {
    /// The first column's header ("Period").
    pub period: String,
    /// The label of period 0 ("Initial").
    pub initial: String,
    /// The label of year n, with `{n}` where the number goes ("Year {n}").
    pub year: String,
    /// The label of the total row ("Total").
    pub total: String,
    /// Costs.
    pub costs: String,
    /// Benefits.
    pub benefits: String,
    /// Net (benefits − costs).
    pub net: String,
    /// Cumulative net.
    pub cumulative_net: String,
    /// Discounted net.
    pub discounted_net: String,
    /// The cost categories, in the order of [`Category::ALL`]; a missing one falls back to
    /// [`Category::label`] (English).
    pub categories: Vec<String>,
}

impl Default for CsvHeaders {
    /// The English labels.
    fn default() -> Self {
        Self {
            period: "Period".into(),
            initial: "Initial".into(),
            year: "Year {n}".into(),
            total: "Total".into(),
            costs: "Costs".into(),
            benefits: "Benefits".into(),
            net: "Net".into(),
            cumulative_net: "Cumulative net".into(),
            discounted_net: "Discounted net".into(),
            categories: Category::ALL.iter().map(|c| c.label().to_owned()).collect(),
        }
    }
}

/// The year-by-year table as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read
/// Chinese and Thai), CRLF line ends, RFC 4180 quoting.
///
/// Columns: period, costs, benefits, net, cumulative net, discounted net, then the costs of each
/// category. Rows: the header, one per period (initial, year 1 … year N), and a total row
/// (TCO, total benefits, net, NPV and the category totals; the cumulative column is empty).
/// Amounts are plain decimals with two places and no grouping (`1234.56`, `-80.00`).
pub fn year_table_csv(r: &Results, headers: &CsvHeaders) -> String {
    let mut out = String::from('\u{FEFF}');
    let category_header =
        |i: usize, c: Category| headers.categories.get(i).map_or(c.label(), String::as_str);
    let mut header = vec![
        headers.period.as_str(),
        &headers.costs,
        &headers.benefits,
        &headers.net,
        &headers.cumulative_net,
        &headers.discounted_net,
    ];
    header.extend(
        Category::ALL
            .iter()
            .enumerate()
            .map(|(i, &c)| category_header(i, c)),
    );
    push_row(&mut out, header.into_iter().map(str::to_owned));

    let amount = |d: Decimal| {
        let d = d.round_dp(2);
        if d.is_zero() {
            "0.00".to_owned()
        } else {
            format!("{d:.2}")
        }
    };
    let by_category = |map: &std::collections::BTreeMap<Category, Decimal>| {
        Category::ALL
            .iter()
            .map(|c| amount(map.get(c).copied().unwrap_or_default()))
            .collect::<Vec<_>>()
    };
    for y in &r.years {
        let label = if y.period == 0 {
            headers.initial.clone()
        } else {
            headers.year.replace("{n}", &y.period.to_string())
        };
        let mut row = vec![
            label,
            amount(y.costs),
            amount(y.benefits),
            amount(y.net),
            amount(y.cumulative_net),
            amount(y.discounted_net),
        ];
        row.extend(by_category(&y.by_category));
        push_row(&mut out, row);
    }
    let t = &r.totals;
    let mut row = vec![
        headers.total.clone(),
        amount(t.tco),
        amount(t.total_benefits),
        amount(t.net),
        String::new(),
        amount(t.npv),
    ];
    row.extend(by_category(&t.by_category));
    push_row(&mut out, row);
    out
}

/// Appends one CSV record and CRLF; a field with a comma, quote or line break is quoted, its
/// quotes doubled (RFC 4180). Shared with the comparison CSV (`ui::compare::table`).
pub fn push_row(out: &mut String, fields: impl IntoIterator<Item = String>) {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            let _ = write!(out, "\"{}\"", field.replace('"', "\"\""));
        } else {
            out.push_str(&field);
        }
    }
    out.push_str("\r\n");
}

/// A safe download file name from a scenario name: letters of every script kept; `/ \ : * ? " <
/// > |` and control characters replaced by `_`; blanks and dots trimmed from both ends; at most
/// 100 characters; "scenario" when nothing is left. `ext` is appended after a dot (`"json"`).
pub fn file_name(name: &str, ext: &str) -> String {
    const MAX_CHARS: usize = 100;
    let trim = |s: &str| {
        s.trim_matches(|c: char| c.is_whitespace() || c == '.')
            .to_owned()
    };
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    let stem: String = trim(&cleaned).chars().take(MAX_CHARS).collect();
    let mut stem = trim(&stem);
    if stem.chars().all(|c| c == '_') {
        stem = "scenario".to_owned();
    }
    let ext = ext.trim_start_matches('.');
    if ext.is_empty() {
        stem
    } else {
        format!("{stem}.{ext}")
    }
}

/// Why a file could not be imported as a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`]; not read.
    TooLarge {
        /// The file's size in bytes.
        len: usize,
        /// [`MAX_IMPORT_BYTES`].
        max: usize,
    },
    /// Not JSON, or a field has the wrong type or an out-of-range value.
    Parse {
        /// The field, e.g. `organisation.users` (empty when the file is not JSON at all).
        path: String,
        /// What is wrong, in plain English.
        message: String,
    },
    /// Every field reads, but the scenario breaks a rule (`Scenario::validate`).
    Invalid(ScenarioError),
}

impl ImportError {
    /// The field the (first) problem is about, if it is about one.
    pub fn path(&self) -> Option<&str> {
        match self {
            ImportError::TooLarge { .. } => None,
            ImportError::Parse { path, .. } => Some(path.as_str()).filter(|p| !p.is_empty()),
            ImportError::Invalid(e) => e.errors.first().map(|e| e.path.as_str()),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { len, max } => write!(
                f,
                "the file is too large for a scenario ({len} bytes; at most {max} are read)"
            ),
            ImportError::Parse { path, message } if path.is_empty() => {
                write!(f, "not a scenario file: {message}")
            }
            ImportError::Parse { path, message } => write!(f, "{path}: {message}"),
            ImportError::Invalid(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ImportError {}

/// Reads a scenario file (the format of [`scenario_json`] and the CLI; missing fields take the
/// defaults) and validates it. A leading byte-order mark is ignored.
pub fn parse_import(json: &str) -> Result<Scenario, ImportError> {
    if json.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            len: json.len(),
            max: MAX_IMPORT_BYTES,
        });
    }
    let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
    // A scenario file is an object (the decoder would say "invalid type: sequence").
    if !json.trim_start().starts_with('{') {
        return Err(ImportError::Parse {
            path: String::new(),
            message: "a scenario is a JSON object ({ … })".into(),
        });
    }
    let scenario: Scenario = crate::json_error::read(json).map_err(|e| ImportError::Parse {
        path: e.path,
        message: e.message,
    })?;
    scenario.validate().map_err(ImportError::Invalid)?;
    Ok(scenario)
}

#[cfg(test)]
mod tests {
    use super::*;
    use truecost_model::{evaluate, template, template_names};

    #[test]
    fn exported_json_evaluates_to_the_same_tco() {
        for name in template_names() {
            let mut s = template(name).expect("template");
            s.name = "Vendor B — 中文 ไทย".into();
            let json = scenario_json(&s);
            assert!(json.ends_with("}\n") && json.contains("\n  \"name\""));
            let back: Scenario = serde_json::from_str(&json).expect("the CLI's serde reads it");
            assert_eq!(back, s);
            assert_eq!(
                evaluate(&back).expect("valid").totals.tco,
                evaluate(&s).expect("valid").totals.tco
            );
            assert_eq!(parse_import(&json), Ok(s));
        }
    }

    fn csv_of(s: &Scenario, headers: &CsvHeaders) -> String {
        year_table_csv(&evaluate(s).expect("valid"), headers)
    }

    #[test]
    fn csv_has_a_bom_crlf_and_one_row_per_period_plus_header_and_total() {
        for name in template_names() {
            let s = template(name).expect("template");
            let csv = csv_of(&s, &CsvHeaders::default());
            assert!(csv.starts_with('\u{FEFF}'));
            assert!(csv.ends_with("\r\n"));
            assert!(!csv.replace("\r\n", "").contains('\n'));
            let rows: Vec<&str> = csv
                .trim_start_matches('\u{FEFF}')
                .split_terminator("\r\n")
                .collect();
            assert_eq!(rows.len(), s.horizon.years() + 3, "{name}");
            assert!(rows.iter().all(|r| r.split(',').count() == 16), "{name}");
            assert!(rows[0].starts_with("Period,Costs,Benefits,Net,"));
            assert!(rows[1].starts_with("Initial,"));
            assert!(rows[2].starts_with("Year 1,"));
            let total: Vec<&str> = rows[rows.len() - 1].split(',').collect();
            assert_eq!(total[0], "Total");
            let results = evaluate(&s).expect("valid");
            assert_eq!(total[1], format!("{:.2}", results.totals.tco.round_dp(2)));
            assert_eq!(total[4], "");
        }
    }

    #[test]
    fn csv_amounts_are_plain_decimals() {
        let csv = csv_of(&Scenario::default(), &CsvHeaders::default());
        for field in csv
            .trim_start_matches('\u{FEFF}')
            .split_terminator("\r\n")
            .skip(1)
            .flat_map(|r| r.split(',').skip(1))
            .filter(|f| !f.is_empty())
        {
            let digits = field.trim_start_matches('-');
            let (whole, cents) = digits.split_once('.').expect("two places");
            assert!(
                !whole.is_empty() && whole.bytes().all(|b| b.is_ascii_digit()),
                "{field}"
            );
            assert!(
                cents.len() == 2 && cents.bytes().all(|b| b.is_ascii_digit()),
                "{field}"
            );
        }
        assert!(csv.contains(",0.00,") || csv.contains(",0.00\r\n"));
    }

    #[test]
    fn csv_headers_are_quoted_and_kept_in_any_script() {
        let mut headers = CsvHeaders {
            period: "期间".into(),
            initial: "初始".into(),
            year: "第 {n} 年".into(),
            total: "รวม".into(),
            costs: "Costs, all".into(),
            benefits: "The \"benefits\"".into(),
            net: "ค่าสุทธิ".into(),
            ..CsvHeaders::default()
        };
        headers.categories[0] = "订阅/许可".into();
        headers.categories.truncate(9); // the last one falls back to English
        let csv = csv_of(&template("small-team-saas").expect("t"), &headers);
        let header = csv
            .trim_start_matches('\u{FEFF}')
            .split("\r\n")
            .next()
            .expect("header");
        assert!(header.starts_with("期间,\"Costs, all\",\"The \"\"benefits\"\"\",ค่าสุทธิ,"));
        assert!(header.contains(",订阅/许可,"));
        assert!(header.ends_with(",Internal resources and time"));
        assert!(csv.contains("\r\n初始,") && csv.contains("\r\n第 3 年,"));
        assert!(csv.contains("\r\nรวม,"));
    }

    #[test]
    fn file_names_are_safe_and_keep_letters() {
        assert_eq!(file_name("Vendor B", "json"), "Vendor B.json");
        assert_eq!(file_name("方案 ไทย", ".csv"), "方案 ไทย.csv");
        assert_eq!(
            file_name("a/b\\c:d*e?f\"g<h>i|j", "json"),
            "a_b_c_d_e_f_g_h_i_j.json"
        );
        assert_eq!(file_name("tab\there\nnew", "csv"), "tab_here_new.csv");
        assert_eq!(file_name("  ..hidden. ", "json"), "hidden.json");
        assert_eq!(file_name("", "json"), "scenario.json");
        assert_eq!(file_name(" / ", "json"), "scenario.json");
        assert_eq!(file_name("...", ""), "scenario");
        let long = file_name(&"长".repeat(500), "json");
        assert_eq!(long.chars().count(), 105);
    }

    #[test]
    fn import_names_the_field() {
        let e = parse_import(r#"{"organisation":{"users":-1}}"#).expect_err("negative");
        assert_eq!(e.path(), Some("organisation.users"));
        assert!(e.to_string().starts_with("organisation.users: "), "{e}");

        let e = parse_import(r#"{"pricing":{"contact_tiers":[{"up_to":5}]}}"#).expect_err("x");
        assert_eq!(e.path(), Some("pricing.contact_tiers[0]"), "{e}");

        let e = parse_import(r#"{"pricing":{"minimum_term_years":0}}"#).expect_err("rule");
        assert!(matches!(e, ImportError::Invalid(_)));
        assert_eq!(e.path(), Some("pricing.minimum_term_years"));

        let e = parse_import("not json").expect_err("garbage");
        assert_eq!(e.path(), None);
        assert!(e.to_string().starts_with("not a scenario file: "), "{e}");
        assert!(matches!(
            parse_import("{} {}"),
            Err(ImportError::Parse { .. })
        ));
        assert!(matches!(parse_import("[]"), Err(ImportError::Parse { .. })));
    }

    #[test]
    fn import_is_bounded_and_accepts_a_bom_and_partial_files() {
        let big = format!("{{\"name\":\"{}\"}}", "x".repeat(MAX_IMPORT_BYTES));
        assert_eq!(
            parse_import(&big),
            Err(ImportError::TooLarge {
                len: big.len(),
                max: MAX_IMPORT_BYTES
            })
        );
        assert_eq!(parse_import("\u{FEFF}{}"), Ok(Scenario::default()));
        let s = parse_import(r#"{"horizon":7}"#).expect("partial");
        assert_eq!(s.horizon.get(), 7);
    }
}
