//! Languages and numbers: the locales the app speaks, picking one from the browser's
//! preferences, the typed message table, and reading numbers typed with a locale's separators.
//!
//! Pure: formatting through the browser's `Intl.NumberFormat` lives in [`format`] (wasm only).

/// Defines a typed text table: an enum with one variant per text and `text(locale)`.
macro_rules! text_table {
    ($(#[$meta:meta])* $name:ident; $($key:ident : $en:literal | $zh:literal | $th:literal,)*) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $(#[doc = $en] $key,)*
        }

        impl $name {
            /// Every entry, for completeness tests.
            pub const ALL: &'static [$name] = &[$($name::$key,)*];

            /// The text of this entry in `locale`.
            pub fn text(self, locale: Locale) -> &'static str {
                match self {
                    $($name::$key => match locale {
                        Locale::En => $en,
                        Locale::ZhHans => $zh,
                        Locale::Th => $th,
                    },)*
                }
            }
        }
    };
}

#[cfg(target_arch = "wasm32")]
pub mod format;
mod labels;
mod messages;
mod rationales;

pub use labels::Label;
pub use messages::Msg;

use rust_decimal::Decimal;
use std::str::FromStr;
use truecost_model::{Category, Phase, Quadrant};

/// A language the interface is fully translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    ZhHans,
    /// Thai.
    Th,
}

impl Locale {
    /// Every locale, in the order the language switch lists them.
    pub const ALL: [Locale; 3] = [Locale::En, Locale::ZhHans, Locale::Th];

    /// The BCP 47 tag, used for `<html lang>`, `Intl` and storage.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::ZhHans => "zh-Hans",
            Locale::Th => "th",
        }
    }

    /// The language's own name, as the language switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::ZhHans => "中文",
            Locale::Th => "ไทย",
        }
    }

    /// The locale a BCP 47 tag asks for, if the app speaks it (`zh`, `zh-CN`, `zh-Hans-SG`,
    /// `th-TH`, `en-GB` …). Traditional Chinese tags (`zh-Hant`, `zh-TW`, `zh-HK`) are not
    /// Simplified Chinese and yield `None`.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let lower = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = lower.split('-');
        match parts.next()? {
            "en" => Some(Locale::En),
            "th" => Some(Locale::Th),
            "zh" => {
                let rest: Vec<&str> = parts.collect();
                let traditional = rest
                    .iter()
                    .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
                let simplified = rest.contains(&"hans");
                (simplified || !traditional).then_some(Locale::ZhHans)
            }
            _ => None,
        }
    }

    /// The first of the user's preferred languages that the app speaks, else English.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Locale {
        preferred
            .iter()
            .find_map(|t| Locale::from_tag(t.as_ref()))
            .unwrap_or_default()
    }

    /// The character that groups thousands when numbers are typed in this locale.
    pub fn grouping_separator(self) -> char {
        // English, Chinese and Thai all group with a comma and use a point for decimals.
        ','
    }

    /// The decimal separator of this locale.
    pub fn decimal_separator(self) -> char {
        '.'
    }
}

/// Why a typed number could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing was typed.
    Empty,
    /// The text is not a number.
    NotANumber,
    /// The number is too large to be held exactly.
    TooLarge,
}

/// Reads a number typed by a user of `locale`: surrounding blanks, grouping separators, spaces
/// (including no-break and thin spaces) and a trailing `%` are ignored; a leading `+` or `-` and
/// one decimal separator are allowed. `"1,234.50"` → 1234.50.
pub fn parse_number(text: &str, locale: Locale) -> Result<Decimal, NumberError> {
    let group = locale.grouping_separator();
    let point = locale.decimal_separator();
    let trimmed = text.trim().trim_end_matches('%').trim_end();
    if trimmed.is_empty() {
        return Err(NumberError::Empty);
    }
    let mut canonical = String::with_capacity(trimmed.len());
    let mut seen_point = false;
    for (i, c) in trimmed.chars().enumerate() {
        match c {
            '0'..='9' => canonical.push(c),
            '+' | '-' if i == 0 => canonical.push(c),
            c if c == point && !seen_point => {
                seen_point = true;
                canonical.push('.');
            }
            c if c == group && !seen_point => {}
            ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' if !seen_point => {}
            _ => return Err(NumberError::NotANumber),
        }
    }
    if !canonical.chars().any(|c| c.is_ascii_digit()) {
        return Err(NumberError::NotANumber);
    }
    let digits = canonical.chars().filter(char::is_ascii_digit).count();
    if digits > 27 {
        return Err(NumberError::TooLarge);
    }
    Decimal::from_str(&canonical).map_err(|_| NumberError::TooLarge)
}

/// Either kind of interface text, for widgets that show both (e.g. a choice list of categories).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    /// An editor text.
    Label(Label),
    /// A chrome/results text.
    Msg(Msg),
}

impl Text {
    /// The text in `locale`.
    pub fn text(self, locale: Locale) -> &'static str {
        match self {
            Text::Label(l) => l.text(locale),
            Text::Msg(m) => m.text(locale),
        }
    }
}

impl From<Label> for Text {
    fn from(l: Label) -> Self {
        Text::Label(l)
    }
}

impl From<Msg> for Text {
    fn from(m: Msg) -> Self {
        Text::Msg(m)
    }
}

/// The name of a cost category.
pub fn category(c: Category) -> Msg {
    match c {
        Category::SubscriptionLicence => Msg::CatSubscriptionLicence,
        Category::Implementation => Msg::CatImplementation,
        Category::MaintenanceSupport => Msg::CatMaintenanceSupport,
        Category::DataMigrationIntegration => Msg::CatDataMigrationIntegration,
        Category::CustomDevelopment => Msg::CatCustomDevelopment,
        Category::OngoingTrainingUserAdmin => Msg::CatOngoingTrainingUserAdmin,
        Category::UpgradesExpansion => Msg::CatUpgradesExpansion,
        Category::SecurityCompliance => Msg::CatSecurityCompliance,
        Category::ExternalConsultants => Msg::CatExternalConsultants,
        Category::InternalTime => Msg::CatInternalTime,
    }
}

/// The name of a quadrant.
pub fn quadrant(q: Quadrant) -> Msg {
    match q {
        Quadrant::TransparentMoney => Msg::QuadTransparentMoney,
        Quadrant::TransparentTime => Msg::QuadTransparentTime,
        Quadrant::HiddenMoney => Msg::QuadHiddenMoney,
        Quadrant::HiddenTime => Msg::QuadHiddenTime,
    }
}

/// The name of a phase.
pub fn phase(p: Phase) -> Msg {
    match p {
        Phase::Discovery => Msg::PhaseDiscovery,
        Phase::Selection => Msg::PhaseSelection,
        Phase::DataPreparation => Msg::PhaseDataPreparation,
        Phase::Implementation => Msg::PhaseImplementation,
        Phase::Training => Msg::PhaseTraining,
        Phase::GoLive => Msg::PhaseGoLive,
        Phase::Operation => Msg::PhaseOperation,
    }
}

/// Shows `value` the way a number is typed in `locale`: thousands grouped, no trailing zeros,
/// at most four decimals (`1234.5` → `1,234.5`). [`parse_number`] reads it back.
pub fn format_input(value: Decimal, locale: Locale) -> String {
    let v = value.round_dp(4).normalize();
    let text = v.abs().to_string();
    let (whole, fraction) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let mut out = String::with_capacity(text.len() + whole.len() / 3 + 1);
    if v.is_sign_negative() && !v.is_zero() {
        out.push('-');
    }
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(locale.grouping_separator());
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push(locale.decimal_separator());
        out.push_str(fraction);
    }
    out
}

/// The one-line rationale of an assumption (by its register id) in `locale`; `english` is the
/// register's own text.
pub fn assumption_rationale(id: &str, locale: Locale, english: &'static str) -> &'static str {
    match locale {
        Locale::En => english,
        _ => rationales::translated(id, locale).unwrap_or(english),
    }
}

/// Translates a message into `locale`.
pub fn t(locale: Locale, msg: Msg) -> &'static str {
    msg.text(locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).expect("test literal")
    }

    #[test]
    fn browser_preferences_pick_a_spoken_language() {
        assert_eq!(Locale::negotiate(&["th-TH", "en-US"]), Locale::Th);
        assert_eq!(Locale::negotiate(&["de-DE", "zh-CN"]), Locale::ZhHans);
        assert_eq!(Locale::negotiate(&["zh-Hans-SG"]), Locale::ZhHans);
        assert_eq!(Locale::negotiate(&["zh_cn"]), Locale::ZhHans);
        assert_eq!(Locale::negotiate(&["zh-TW", "fr"]), Locale::En);
        assert_eq!(Locale::negotiate(&["zh-Hant-HK", "th"]), Locale::Th);
        assert_eq!(Locale::negotiate::<&str>(&[]), Locale::En);
        for l in Locale::ALL {
            assert_eq!(Locale::from_tag(l.tag()), Some(l));
        }
    }

    #[test]
    fn numbers_typed_with_grouping_separators() {
        for l in Locale::ALL {
            assert_eq!(parse_number("1,234.50", l), Ok(d("1234.50")));
            assert_eq!(parse_number(" 12 000 ", l), Ok(d("12000")));
            assert_eq!(parse_number("1\u{a0}000", l), Ok(d("1000")));
            assert_eq!(parse_number("-3.5", l), Ok(d("-3.5")));
            assert_eq!(parse_number("+7", l), Ok(d("7")));
            assert_eq!(parse_number("15 %", l), Ok(d("15")));
            assert_eq!(parse_number(".5", l), Ok(d("0.5")));
        }
    }

    #[test]
    fn numbers_shown_for_typing_read_back_the_same() {
        for (v, want) in [
            ("1234.5", "1,234.5"),
            ("65.00", "65"),
            ("1000000", "1,000,000"),
            ("-1234", "-1,234"),
            ("0.1", "0.1"),
            ("0", "0"),
            ("123", "123"),
            ("12.345678", "12.3457"),
        ] {
            let shown = format_input(d(v), Locale::En);
            assert_eq!(shown, want);
            assert_eq!(parse_number(&shown, Locale::Th), Ok(d(v).round_dp(4)));
        }
    }

    #[test]
    fn text_that_is_not_a_number_is_refused() {
        let l = Locale::En;
        assert_eq!(parse_number("", l), Err(NumberError::Empty));
        assert_eq!(parse_number("   ", l), Err(NumberError::Empty));
        assert_eq!(parse_number("abc", l), Err(NumberError::NotANumber));
        assert_eq!(parse_number("12a", l), Err(NumberError::NotANumber));
        assert_eq!(parse_number("1.2.3", l), Err(NumberError::NotANumber));
        assert_eq!(parse_number("1-2", l), Err(NumberError::NotANumber));
        assert_eq!(parse_number("-", l), Err(NumberError::NotANumber));
        assert_eq!(parse_number("1.000,5", l), Err(NumberError::NotANumber));
        assert_eq!(parse_number("1e9", l), Err(NumberError::NotANumber));
        assert_eq!(
            parse_number("99999999999999999999999999999999", l),
            Err(NumberError::TooLarge)
        );
    }
}
