//! Languages and numbers: the locales the app speaks, picking one from the browser's
//! preferences, the typed message table, and reading numbers typed with a locale's separators.
//!
//! Pure: formatting through the browser's `Intl.NumberFormat` lives in [`format`] (wasm only).

/// Defines a typed text table: an enum with one variant per text and `text(locale)`.
///
/// Every entry names its English, Simplified Chinese and Thai text; a missing one does not
/// compile. Native builds (CLI, tests, `make i18n`) compile all three in. The wasm keeps only
/// the English: Chinese and Thai reach it at run time from the catalogs that `make i18n`
/// writes from these tables (see [`catalog`]), so a new table must be listed in
/// `catalog_gen::tables()` (a test fails until it is).
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

            /// This table in the catalogs: its name and the fingerprint of its keys and
            /// English texts (a catalog written for other texts is not used).
            pub const CATALOG: $crate::i18n::catalog::TableId =
                $crate::i18n::catalog::TableId::new(stringify!($name), &[$(stringify!($key), $en,)*]);

            /// The English texts, in the order of the variants.
            #[cfg(target_arch = "wasm32")]
            const ENGLISH: &'static [&'static str] = &[$($en,)*];

            /// English, Simplified Chinese and Thai, in the order of the variants (native only:
            /// the wasm reads the last two from the catalogs).
            #[cfg(not(target_arch = "wasm32"))]
            pub const TEXTS: &'static [[&'static str; 3]] = &[$([$en, $zh, $th],)*];

            /// The text of this entry in `locale`.
            pub fn text(self, locale: Locale) -> &'static str {
                #[cfg(target_arch = "wasm32")]
                {
                    $crate::i18n::catalog::text(&Self::CATALOG, self as usize, Self::ENGLISH[self as usize], locale)
                }
                #[cfg(not(target_arch = "wasm32"))]
                {
                    Self::TEXTS[self as usize][locale as usize]
                }
            }
        }
    };
}

pub mod catalog;
#[cfg(not(target_arch = "wasm32"))]
pub mod catalog_gen;
mod catalog_texts;
mod compare_texts;
mod decide_texts;
mod engine_texts;
#[cfg(target_arch = "wasm32")]
pub mod format;
mod hardening_texts;
mod labels;
mod messages;
mod rationales;
mod reach_texts;
mod storage_texts;
mod uncertainty_texts;

pub use catalog_texts::LanguageText;
pub use compare_texts::Cx;
pub use decide_texts::{DecideText, group_text, question_text, starter_text};
pub use engine_texts::{
    EngineText, field_error, field_name, field_problem, import_error, scenario_error,
};
pub use hardening_texts::Hx;
pub use labels::Label;
pub use messages::Msg;
pub use reach_texts::Rx;
pub use storage_texts::StorageText;
pub use uncertainty_texts::Ux;

use rust_decimal::Decimal;
use std::str::FromStr;
use truecost_model::{Activity, Category, Phase, Quadrant};

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

    /// The character that groups thousands when numbers are shown for typing in this locale.
    pub fn grouping_separator(self) -> char {
        // English, Chinese and Thai all group with a comma and use a point for decimals.
        ','
    }

    /// The decimal separator numbers are shown with in this locale.
    pub fn decimal_separator(self) -> char {
        '.'
    }

    /// Every character read as a thousands separator when typed in this locale: the comma,
    /// and in Chinese also the full-width comma of Chinese input methods. Spaces group too.
    pub fn grouping_separators(self) -> &'static [char] {
        match self {
            Locale::En | Locale::Th => &[','],
            Locale::ZhHans => &[',', '\u{ff0c}'],
        }
    }

    /// Every character read as the decimal separator when typed in this locale: the point,
    /// and in Chinese also the full-width point and the ideographic full stop that a Chinese
    /// input method types for the `.` key.
    pub fn decimal_separators(self) -> &'static [char] {
        match self {
            Locale::En | Locale::Th => &['.'],
            Locale::ZhHans => &['.', '\u{ff0e}', '\u{3002}'],
        }
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
    /// More decimals than a number can hold (28); the caller's own limit may be lower.
    TooManyDecimals,
    /// A grouping or decimal separator stands where the locale never puts one (`1,5` or
    /// `1,2,3` in English); never read as a different number. `likely` is the value the
    /// person probably meant (`1.5` for `1,5`), when there is one.
    Separator {
        /// The probable value, e.g. 1.5 for "1,5" (a decimal comma).
        likely: Option<Decimal>,
    },
}

/// One character of typed number text, after the locale's characters are recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sym {
    Digit(u8),
    /// The locale's decimal separator.
    Point,
    /// The locale's grouping separator (a comma in every locale the app speaks).
    Group,
    /// A space used to group digits (plain, no-break, narrow no-break, thin, ideographic).
    Space,
}

/// The value of a digit in any script the locales type: ASCII, full-width (Chinese input
/// methods) and Thai.
fn digit_value(c: char) -> Option<u8> {
    let base = match c {
        '0'..='9' => '0',
        '\u{ff10}'..='\u{ff19}' => '\u{ff10}',
        '\u{0e50}'..='\u{0e59}' => '\u{0e50}',
        _ => return None,
    };
    u8::try_from(u32::from(c) - u32::from(base)).ok()
}

/// Reads a number typed by a user of `locale`, by that locale's rules: digits in ASCII,
/// full-width or Thai script; the locale's decimal separators ([`Locale::decimal_separators`])
/// once; its grouping separators ([`Locale::grouping_separators`]) or spaces only between
/// groups of three digits before the decimal separator; a leading sign; a trailing `%`.
/// `"1,234.50"` → 1234.50. A separator in any other place is a [`NumberError::Separator`]
/// with the likely value (`"1,5"` → did you mean 1.5?), never silently dropped.
pub fn parse_number(text: &str, locale: Locale) -> Result<Decimal, NumberError> {
    let trimmed = text.trim();
    let trimmed = trimmed
        .strip_suffix(['%', '\u{ff05}'])
        .unwrap_or(trimmed)
        .trim_end();
    if trimmed.is_empty() {
        return Err(NumberError::Empty);
    }
    let mut chars = trimmed.chars().peekable();
    let negative = match chars.peek() {
        Some('-' | '\u{2212}' | '\u{ff0d}') => true,
        Some('+' | '\u{ff0b}') => false,
        _ => false,
    };
    if matches!(
        chars.peek(),
        Some('-' | '\u{2212}' | '\u{ff0d}' | '+' | '\u{ff0b}')
    ) {
        chars.next();
    }
    let mut syms = Vec::with_capacity(trimmed.len());
    for c in chars {
        let sym = if let Some(d) = digit_value(c) {
            Sym::Digit(d)
        } else if locale.decimal_separators().contains(&c) {
            Sym::Point
        } else if locale.grouping_separators().contains(&c) {
            Sym::Group
        } else if matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{3000}') {
            Sym::Space
        } else {
            return Err(NumberError::NotANumber);
        };
        syms.push(sym);
    }
    if !syms.iter().any(|s| matches!(s, Sym::Digit(_))) {
        return Err(NumberError::NotANumber);
    }
    let points = syms.iter().filter(|s| **s == Sym::Point).count();
    let (whole, fraction) = match syms.iter().position(|s| *s == Sym::Point) {
        Some(at) => (&syms[..at], &syms[at + 1..]),
        None => (&syms[..], &[][..]),
    };
    let grouped_well = well_grouped(whole);
    if points > 1 || !grouped_well || fraction.iter().any(|s| !matches!(s, Sym::Digit(_))) {
        return Err(NumberError::Separator {
            likely: likely_meant(&syms, negative),
        });
    }
    let mut canonical = String::with_capacity(syms.len() + 1);
    if negative {
        canonical.push('-');
    }
    push_digits(&mut canonical, whole);
    if canonical.trim_start_matches('-').is_empty() {
        canonical.push('0');
    }
    if fraction.iter().any(|s| matches!(s, Sym::Digit(_))) {
        canonical.push('.');
        push_digits(&mut canonical, fraction);
    }
    to_decimal(&canonical)
}

/// The digits of `syms`, separators skipped.
fn push_digits(out: &mut String, syms: &[Sym]) {
    out.extend(syms.iter().filter_map(|s| match s {
        Sym::Digit(d) => Some(char::from(b'0' + d)),
        _ => None,
    }));
}

/// A canonical `-123.45` as a decimal: too many significant digits is [`NumberError::TooLarge`].
fn to_decimal(canonical: &str) -> Result<Decimal, NumberError> {
    let significant = canonical
        .trim_start_matches('-')
        .trim_start_matches(['0', '.'])
        .chars()
        .filter(char::is_ascii_digit)
        .count();
    let fraction_digits = canonical.split_once('.').map_or(0, |(_, f)| f.len());
    if fraction_digits > 28 {
        return Err(NumberError::TooManyDecimals);
    }
    if significant > 27 {
        return Err(NumberError::TooLarge);
    }
    Decimal::from_str(canonical).map_err(|_| NumberError::TooLarge)
}

/// Whether the part before the decimal separator is digits, or groups of three digits after
/// a first group of one to three, separated by one kind of separator (`1,234,567`, `12 000`).
fn well_grouped(whole: &[Sym]) -> bool {
    if whole.iter().all(|s| matches!(s, Sym::Digit(_))) {
        return true;
    }
    let mut groups = whole.split(|s| matches!(s, Sym::Group | Sym::Space));
    let separators: Vec<Sym> = whole
        .iter()
        .copied()
        .filter(|s| matches!(s, Sym::Group | Sym::Space))
        .collect();
    let one_kind = separators.windows(2).all(|w| w[0] == w[1]);
    let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()));
    one_kind && first_ok && groups.all(|g| g.len() == 3)
}

/// What a number with misplaced separators probably meant, if one reading stands out:
/// a decimal comma (`1,5` → 1.5, `1234,50` → 1234.50), or points grouping thousands with an
/// optional decimal comma (`1.234.567` → 1234567, `1.234,5` → 1234.5).
fn likely_meant(syms: &[Sym], negative: bool) -> Option<Decimal> {
    let sign = if negative { "-" } else { "" };
    let digits = |part: &[Sym]| {
        let mut s = String::new();
        push_digits(&mut s, part);
        s
    };
    let only_digits =
        |part: &[Sym]| !part.is_empty() && part.iter().all(|s| matches!(s, Sym::Digit(_)));
    let groups = syms.iter().filter(|s| **s == Sym::Group).count();
    let points = syms.iter().filter(|s| **s == Sym::Point).count();
    // A decimal comma: one comma, no point, digits on both sides.
    if groups == 1 && points == 0 {
        let at = syms.iter().position(|s| *s == Sym::Group)?;
        let (whole, fraction) = (&syms[..at], &syms[at + 1..]);
        if only_digits(whole) && only_digits(fraction) {
            return to_decimal(&format!("{sign}{}.{}", digits(whole), digits(fraction))).ok();
        }
        return None;
    }
    // Points grouping thousands (and perhaps one decimal comma after them).
    if points >= 1 && groups <= 1 {
        let (whole, fraction) = match syms.iter().position(|s| *s == Sym::Group) {
            Some(at) => (&syms[..at], &syms[at + 1..]),
            None => (syms, &[][..]),
        };
        let mut parts = whole.split(|s| *s == Sym::Point);
        let first_ok = parts
            .next()
            .is_some_and(|g| (1..=3).contains(&g.len()) && only_digits(g));
        let rest_ok = parts.all(|g| g.len() == 3 && only_digits(g));
        let fraction_ok = groups == 0 || only_digits(fraction);
        // One point and no comma ("1.234") is a plain decimal and never gets here.
        if first_ok && rest_ok && fraction_ok && (points > 1 || groups == 1) {
            let mut text = format!("{sign}{}", digits(whole));
            if groups == 1 {
                text.push('.');
                text.push_str(&digits(fraction));
            }
            return to_decimal(&text).ok();
        }
    }
    None
}

/// Either kind of interface text, for widgets that show both (e.g. a choice list of categories).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    /// An editor text.
    Label(Label),
    /// A chrome/results text.
    Msg(Msg),
    /// A checklist or scorecard text.
    Decide(DecideText),
    /// A comparison or vendor-preset text.
    Compare(Cx),
}

impl Text {
    /// The text in `locale`.
    pub fn text(self, locale: Locale) -> &'static str {
        match self {
            Text::Label(l) => l.text(locale),
            Text::Msg(m) => m.text(locale),
            Text::Decide(d) => d.text(locale),
            Text::Compare(c) => c.text(locale),
        }
    }
}

impl From<Label> for Text {
    fn from(l: Label) -> Self {
        Text::Label(l)
    }
}

impl From<DecideText> for Text {
    fn from(d: DecideText) -> Self {
        Text::Decide(d)
    }
}

impl From<Cx> for Text {
    fn from(c: Cx) -> Self {
        Text::Compare(c)
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

/// The name of a project activity, as the project table labels it.
pub fn activity(a: Activity) -> Label {
    match a {
        Activity::Discovery => Label::ActDiscovery,
        Activity::Selection => Label::ActSelection,
        Activity::DataCleansing => Label::ActDataCleansing,
        Activity::DataMigration => Label::ActDataMigration,
        Activity::Configuration => Label::ActConfiguration,
        Activity::Customization => Label::ActCustomization,
        Activity::Integrations => Label::ActIntegrations,
        Activity::ProcessDocumentation => Label::ActProcessDocumentation,
        Activity::Testing => Label::ActTesting,
        Activity::GoLive => Label::ActGoLive,
    }
}

/// Shows `value` the way a number is typed in `locale`: thousands grouped, no trailing zeros,
/// every decimal that is stored (`1234.5` → `1,234.5`, `0.0000000001` stays so): a field never
/// shows a number other than the one the results use. [`parse_number`] reads it back.
pub fn format_input(value: Decimal, locale: Locale) -> String {
    let v = value.normalize();
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
            assert_eq!(parse_number("1,234,567", l), Ok(d("1234567")));
            assert_eq!(
                parse_number("1,000", l),
                Ok(d("1000")),
                "a comma groups, never a decimal"
            );
            assert_eq!(parse_number(" 12 000 ", l), Ok(d("12000")));
            assert_eq!(parse_number("1\u{a0}000", l), Ok(d("1000")));
            assert_eq!(parse_number("1\u{202f}000\u{202f}000", l), Ok(d("1000000")));
            assert_eq!(parse_number("-3.5", l), Ok(d("-3.5")));
            assert_eq!(parse_number("\u{2212}3.5", l), Ok(d("-3.5")));
            assert_eq!(parse_number("+7", l), Ok(d("7")));
            assert_eq!(parse_number("15 %", l), Ok(d("15")));
            assert_eq!(parse_number(".5", l), Ok(d("0.5")));
            assert_eq!(parse_number("5.", l), Ok(d("5")));
            assert_eq!(parse_number("0.0000000001", l), Ok(d("0.0000000001")));
        }
    }

    /// Each locale's own decimal and grouping characters, and the digits its input methods type.
    #[test]
    fn each_locale_reads_its_own_characters() {
        // English: comma groups, point is decimal.
        assert_eq!(Locale::En.grouping_separators(), &[',']);
        assert_eq!(Locale::En.decimal_separators(), &['.']);
        assert_eq!(parse_number("2,500.75", Locale::En), Ok(d("2500.75")));
        // Chinese: also the full-width comma and point, and the ideographic full stop a Chinese
        // input method types for ".", full-width digits, sign and percent.
        let zh = Locale::ZhHans;
        assert_eq!(parse_number("2\u{ff0c}500.75", zh), Ok(d("2500.75")));
        assert_eq!(parse_number("2,500\u{ff0e}75", zh), Ok(d("2500.75")));
        assert_eq!(parse_number("1\u{3002}5", zh), Ok(d("1.5")));
        assert_eq!(parse_number("\u{ff11}\u{ff12}\u{ff13}", zh), Ok(d("123")));
        assert_eq!(parse_number("\u{ff0d}\u{ff15}\u{ff05}", zh), Ok(d("-5")));
        assert_eq!(
            parse_number("1\u{ff0c}5", zh),
            Err(NumberError::Separator {
                likely: Some(d("1.5"))
            })
        );
        // ... which are not separators in English or Thai.
        for l in [Locale::En, Locale::Th] {
            assert_eq!(
                parse_number("2\u{ff0c}500", l),
                Err(NumberError::NotANumber)
            );
            assert_eq!(parse_number("1\u{3002}5", l), Err(NumberError::NotANumber));
        }
        // Thai: comma groups, point is decimal, Thai digits read as digits.
        let th = Locale::Th;
        assert_eq!(Locale::Th.grouping_separators(), &[',']);
        assert_eq!(Locale::Th.decimal_separators(), &['.']);
        assert_eq!(
            parse_number("\u{0e51},\u{0e52}\u{0e53}\u{0e54}.\u{0e55}", th),
            Ok(d("1234.5"))
        );
        assert_eq!(parse_number("12,000.50", th), Ok(d("12000.50")));
    }

    /// Finding 9: "1,5" was read as 15 and "1,2,3" as 123.
    #[test]
    fn a_separator_in_an_impossible_place_is_an_error_with_the_likely_value() {
        let sep = |likely: Option<&str>| NumberError::Separator {
            likely: likely.map(d),
        };
        for l in Locale::ALL {
            assert_eq!(parse_number("1,5", l), Err(sep(Some("1.5"))), "{l:?}");
            assert_eq!(parse_number("12,50", l), Err(sep(Some("12.50"))));
            assert_eq!(parse_number("1234,5", l), Err(sep(Some("1234.5"))));
            assert_eq!(parse_number("-0,25", l), Err(sep(Some("-0.25"))));
            assert_eq!(parse_number("1,5 %", l), Err(sep(Some("1.5"))));
            assert_eq!(parse_number("1,2,3", l), Err(sep(None)));
            assert_eq!(parse_number("1,00,000", l), Err(sep(None)));
            assert_eq!(parse_number("1,,000", l), Err(sep(None)));
            assert_eq!(parse_number(",5", l), Err(sep(None)));
            assert_eq!(parse_number("1,", l), Err(sep(None)));
            assert_eq!(parse_number("1,000 000", l), Err(sep(None)));
            assert_eq!(parse_number("1 2", l), Err(sep(None)));
            assert_eq!(parse_number("1.5,3", l), Err(sep(None)));
            assert_eq!(parse_number("1.2.3", l), Err(sep(None)));
            // Points grouping thousands, a decimal comma: the European habit.
            assert_eq!(parse_number("1.000,5", l), Err(sep(Some("1000.5"))));
            assert_eq!(parse_number("1.234.567", l), Err(sep(Some("1234567"))));
            assert_eq!(
                parse_number("1.234.567,89", l),
                Err(sep(Some("1234567.89")))
            );
        }
    }

    #[test]
    fn numbers_shown_for_typing_read_back_the_same() {
        for (v, want) in [
            ("1234.5", "1,234.5"),
            ("65.00", "65"),
            ("1000000", "1,000,000"),
            ("1000000000000", "1,000,000,000,000"),
            ("-1234", "-1,234"),
            ("0.1", "0.1"),
            ("0", "0"),
            ("123", "123"),
            ("12.345678", "12.345678"),
            ("0.0000000001", "0.0000000001"),
            ("0.000000000001", "0.000000000001"),
        ] {
            let shown = format_input(d(v), Locale::En);
            assert_eq!(shown, want);
            for l in Locale::ALL {
                assert_eq!(format_input(d(v), l), want);
                assert_eq!(parse_number(&shown, l), Ok(d(v)));
            }
        }
    }

    #[test]
    fn text_that_is_not_a_number_is_refused() {
        let l = Locale::En;
        assert_eq!(parse_number("", l), Err(NumberError::Empty));
        assert_eq!(parse_number("   ", l), Err(NumberError::Empty));
        assert_eq!(parse_number("%", l), Err(NumberError::Empty));
        assert_eq!(parse_number("abc", l), Err(NumberError::NotANumber));
        assert_eq!(parse_number("12a", l), Err(NumberError::NotANumber));
        assert_eq!(parse_number("1-2", l), Err(NumberError::NotANumber));
        assert_eq!(parse_number("--2", l), Err(NumberError::NotANumber));
        assert_eq!(parse_number("-", l), Err(NumberError::NotANumber));
        assert_eq!(parse_number(".", l), Err(NumberError::NotANumber));
        assert_eq!(parse_number("1e9", l), Err(NumberError::NotANumber));
        assert_eq!(parse_number("NaN", l), Err(NumberError::NotANumber));
        assert_eq!(
            parse_number("99999999999999999999999999999999", l),
            Err(NumberError::TooLarge)
        );
        assert_eq!(
            parse_number("0.00000000000000000000000000001", l),
            Err(NumberError::TooManyDecimals)
        );
        assert_eq!(
            parse_number("0000000000000000000000000000000001", l),
            Ok(d("1"))
        );
    }
}
