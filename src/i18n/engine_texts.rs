//! The engine's problems in the reader's language. The engine gives each [`FieldError`] a
//! stable [`ErrorCode`] and its values; this module turns them into text by code, and the
//! field's path into the field's name as the editor labels it (`pricing.contact_tiers[1].up_to`
//! → "Contact volume tiers 2 › Up to (contacts)"). English keeps the engine's own message and
//! path, word for word what the CLI prints.

use truecost_model::{ErrorCode, FieldError, ScenarioError};

use super::{Hx, Label, Locale};

text_table! {
    /// An engine problem by code (the variant's doc is its English text; English shows the
    /// engine's own message).
    EngineText;
    Invalid: "this value is not accepted" | "此值不被接受" | "ไม่ยอมรับค่านี้",
    SchemaVersion: "must be format version {expected}" | "格式版本必须是 {expected}" | "ต้องเป็นรูปแบบรุ่น {expected}",
    NameTooLong: "must be at most {max} characters" | "最多 {max} 个字符" | "ยาวได้ไม่เกิน {max} ตัวอักษร",
    YearsOutOfRange: "must be between {min} and {max} years" | "必须在 {min} 到 {max} 年之间" | "ต้องอยู่ระหว่าง {min} ถึง {max} ปี",
    TooManyEntries: "must have at most {max} entries" | "最多 {max} 项" | "มีได้ไม่เกิน {max} รายการ",
    TierNotAscending: "must be larger than the tier before it ({before}); list tiers from the smallest"
        | "必须大于前一档（{before}）；请按从小到大的顺序列出各档"
        | "ต้องมากกว่าระดับก่อนหน้า ({before}) กรุณาเรียงระดับจากน้อยไปมาก",
    TierPriceFalls: "must not be lower than the tier before it ({before})"
        | "不能低于前一档（{before}）"
        | "ต้องไม่ต่ำกว่าระดับก่อนหน้า ({before})",
    OvertimeBelowOne: "must be at least 1 (overtime is billed at the normal rate or more)"
        | "至少为 1（加班按正常费率或更高计费）"
        | "ต้องไม่น้อยกว่า 1 (ค่าล่วงเวลาคิดเท่าอัตราปกติหรือมากกว่า)",
    TooManyAmounts: "has {count} amounts; at most {max} (the initial period and one per year)"
        | "有 {count} 个金额；最多 {max} 个（初始期加每年一个）"
        | "มี {count} จำนวน ได้ไม่เกิน {max} (ช่วงเริ่มต้นและปีละหนึ่ง)",
    TooLarge: "the amounts are too large to compute; check the inputs for an extra digit"
        | "金额太大，无法计算；请检查输入是否多了一位数"
        | "จำนวนเงินมากเกินกว่าจะคำนวณได้ กรุณาตรวจสอบว่ามีตัวเลขเกินมาหรือไม่",
    RangeUnknownInput: "is not a numeric input of the scenario"
        | "不是本方案的数值输入项"
        | "ไม่ใช่ค่าตัวเลขที่ป้อนในสถานการณ์นี้",
    RangeMissingItem: "names a list item the scenario does not have"
        | "指向方案中不存在的列表项"
        | "อ้างถึงรายการที่ไม่มีในสถานการณ์นี้",
    RangeOutOfBounds: "must be between {min} and {max}, like the field itself"
        | "必须在 {min} 到 {max} 之间，与该字段本身相同"
        | "ต้องอยู่ระหว่าง {min} ถึง {max} เช่นเดียวกับช่องนั้น",
    RangeNotWhole: "must be a whole number, like the field itself"
        | "必须是整数，与该字段本身相同"
        | "ต้องเป็นจำนวนเต็ม เช่นเดียวกับช่องนั้น",
    RangeLowAboveValue: "must not be above the field's value ({value}), the likely value"
        | "不能高于该字段的值（{value}），即最可能的值"
        | "ต้องไม่สูงกว่าค่าของช่อง ({value}) ซึ่งเป็นค่าที่เป็นไปได้มากที่สุด",
    RangeHighBelowValue: "must not be below the field's value ({value}), the likely value"
        | "不能低于该字段的值（{value}），即最可能的值"
        | "ต้องไม่ต่ำกว่าค่าของช่อง ({value}) ซึ่งเป็นค่าที่เป็นไปได้มากที่สุด",
    TrialsOutOfRange: "must be between {min} and {max}"
        | "必须在 {min} 到 {max} 之间"
        | "ต้องอยู่ระหว่าง {min} ถึง {max}",
}

/// The text of a code.
fn text_of(code: ErrorCode) -> EngineText {
    match code {
        ErrorCode::Invalid => EngineText::Invalid,
        ErrorCode::SchemaVersion => EngineText::SchemaVersion,
        ErrorCode::NameTooLong => EngineText::NameTooLong,
        ErrorCode::YearsOutOfRange => EngineText::YearsOutOfRange,
        ErrorCode::TooManyEntries => EngineText::TooManyEntries,
        ErrorCode::TierNotAscending => EngineText::TierNotAscending,
        ErrorCode::TierPriceFalls => EngineText::TierPriceFalls,
        ErrorCode::OvertimeBelowOne => EngineText::OvertimeBelowOne,
        ErrorCode::TooManyAmounts => EngineText::TooManyAmounts,
        ErrorCode::TooLarge => EngineText::TooLarge,
        ErrorCode::RangeUnknownInput => EngineText::RangeUnknownInput,
        ErrorCode::RangeMissingItem => EngineText::RangeMissingItem,
        ErrorCode::RangeOutOfBounds => EngineText::RangeOutOfBounds,
        ErrorCode::RangeNotWhole => EngineText::RangeNotWhole,
        ErrorCode::RangeLowAboveValue => EngineText::RangeLowAboveValue,
        ErrorCode::RangeHighBelowValue => EngineText::RangeHighBelowValue,
        ErrorCode::TrialsOutOfRange => EngineText::TrialsOutOfRange,
    }
}

/// The problem alone, in `locale` (shown next to its field).
pub fn field_problem(f: &FieldError, locale: Locale) -> String {
    if locale == Locale::En {
        return f.message.clone();
    }
    let mut text = text_of(f.code).text(locale).to_string();
    for (name, value) in &f.params {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// The field and its problem, in `locale` (shown away from the field: banners, notices).
/// A value too large to compute names no field: the engine's path is then a ledger line.
pub fn field_error(f: &FieldError, locale: Locale) -> String {
    let problem = field_problem(f, locale);
    if locale == Locale::En {
        return format!("{}: {problem}", f.path);
    }
    match field_name(&f.path, locale) {
        Some(name) => format!("{name}: {problem}"),
        None if f.code == ErrorCode::TooLarge || f.path.is_empty() => problem,
        None => format!("{}: {problem}", f.path),
    }
}

/// Every problem of `e`, one sentence each.
pub fn scenario_error(e: &ScenarioError, locale: Locale) -> String {
    e.errors
        .iter()
        .map(|f| field_error(f, locale))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Why a file could not be imported, in `locale` (English: the importer's own text).
pub fn import_error(e: &crate::export::ImportError, locale: Locale) -> String {
    use crate::export::ImportError;
    if locale == Locale::En {
        return e.to_string();
    }
    match e {
        ImportError::TooLarge { .. } => Hx::ImportTooLarge.text(locale).to_string(),
        ImportError::Parse { path, .. } if path.is_empty() => {
            Hx::ImportNotScenario.text(locale).to_string()
        }
        ImportError::Parse { path, message } => {
            field_error(&FieldError::new(path.as_str(), message.as_str()), locale)
        }
        ImportError::Invalid(e) => scenario_error(e, locale),
    }
}

/// A field's name as the editor labels it, from its path; `None` when a step has no label.
pub fn field_name(path: &str, locale: Locale) -> Option<String> {
    let steps: Vec<(&str, Option<usize>)> = path
        .split('.')
        .map(|step| match step.split_once('[') {
            Some((key, rest)) => (key, rest.trim_end_matches(']').parse().ok()),
            None => (step, None),
        })
        .collect();
    let mut parts = Vec::new();
    for (i, (key, index)) in steps.iter().enumerate() {
        let last = i + 1 == steps.len();
        let parent = i.checked_sub(1).map(|p| steps[p].0);
        match (index, last) {
            (Some(n), _) => parts.push(format!(
                "{} {}",
                label_of(key, parent, locale)?,
                n.saturating_add(1)
            )),
            (None, true) => parts.push(label_of(key, parent, locale)?.to_string()),
            // A section on the way (`pricing.`, `organisation.`): the field names enough.
            (None, false) => {}
        }
    }
    (!parts.is_empty()).then(|| parts.join(" › "))
}

/// The label of a path step in `locale` (`parent` is the step before it, for names that mean
/// different things in different lists).
fn label_of(key: &str, parent: Option<&str>, locale: Locale) -> Option<&'static str> {
    let label = match (key, parent) {
        ("schema_version", _) => return Some(Hx::FormatVersion.text(locale)),
        ("trials", Some("simulation")) => return Some(super::Ux::Trials.text(locale)),
        ("name", Some("add_ons")) => Label::AddOnName,
        ("name", Some("custom_lines")) => Label::LineName,
        ("name", None) => Label::ScenarioName,
        ("price_per_month", Some("add_ons")) => Label::AddOnPrice,
        ("price_per_month", Some("contact_tiers")) => Label::TierPrice,
        ("amounts", Some("custom_lines")) => Label::SecCustom,
        ("users", _) => Label::Users,
        ("user_growth", _) => Label::UserGrowth,
        ("horizon", _) => Label::Horizon,
        ("currency", _) => Label::Currency,
        ("contacts", _) => Label::Contacts,
        ("contact_growth", _) => Label::ContactGrowth,
        ("contact_tiers", _) => Label::ContactTiers,
        ("up_to", _) => Label::TierUpTo,
        ("add_ons", _) => Label::AddOns,
        ("seat_price_per_month", _) => Label::SeatPrice,
        ("concurrency_ratio", _) => Label::ConcurrencyRatio,
        ("minimum_term_years", _) => Label::MinimumTerm,
        ("renewal_uplift", _) => Label::RenewalUplift,
        ("annual_discount", _) => Label::AnnualDiscount,
        ("hardware_refresh_years", _) => Label::HardwareRefresh,
        ("multiplier", _) => Label::OvertimeMultiplier,
        ("share_of_vendor_work", _) => Label::OvertimeShare,
        ("contingency", _) => Label::Contingency,
        ("consulting", _) => Label::ConsultingMode,
        ("activities", _) => Label::SecProject,
        ("fee", Some("activities")) => Label::Fee,
        ("adoption", _) => Label::Adoption,
        ("custom_lines", _) => Label::SecCustom,
        ("discount_rate", _) => Label::DiscountRate,
        ("inflation", _) => Label::Inflation,
        ("cost_risk", _) => Label::CostRisk,
        ("benefit_risk", _) => Label::BenefitRisk,
        ("risk", Some("custom_lines")) => Label::LineRisk,
        ("pricing", None) | ("deployment", None) => Label::SecDeployment,
        ("organisation", None) => Label::SecTeam,
        ("project", None) => Label::SecProject,
        ("training", None) => Label::SecTraining,
        ("operations", None) => Label::SecOperations,
        ("benefits", None) => Label::SecBenefits,
        ("finance", None) => Label::SecFinance,
        _ => return None,
    };
    Some(label.text(locale))
}

#[cfg(test)]
mod tests {
    use super::*;
    use truecost_model::{ContactTier, Contacts, Money, Scenario};

    fn tiers_out_of_order() -> ScenarioError {
        let mut s = Scenario::default();
        s.pricing.contact_tiers = vec![
            ContactTier {
                up_to: Contacts::try_from(1000u64).expect("c"),
                price_per_month: Money::try_from(rust_decimal::Decimal::from(50)).expect("m"),
            },
            ContactTier {
                up_to: Contacts::try_from(500u64).expect("c"),
                price_per_month: Money::try_from(rust_decimal::Decimal::from(40)).expect("m"),
            },
        ];
        s.name = "x".repeat(201);
        s.validate().expect_err("invalid")
    }

    #[test]
    fn english_is_the_engines_own_text() {
        let e = tiers_out_of_order();
        for f in &e.errors {
            assert_eq!(field_problem(f, Locale::En), f.message);
            assert_eq!(field_error(f, Locale::En), f.to_string());
        }
    }

    #[test]
    fn chinese_and_thai_are_translated_by_code_with_the_values() {
        let e = tiers_out_of_order();
        let zh = scenario_error(&e, Locale::ZhHans);
        assert_eq!(
            zh,
            "方案名称: 最多 200 个字符; 联系人数量价格档 2 › 上限（联系人）: 必须大于前一档（1000）；请按从小到大的顺序列出各档; 联系人数量价格档 2 › 每月价格: 不能低于前一档（50）"
        );
        let th = scenario_error(&e, Locale::Th);
        assert!(th.contains("ระดับราคาตามจำนวนผู้ติดต่อ 2"), "{th}");
        for text in [zh, th] {
            assert!(!text.contains("must"), "{text}");
            assert!(!text.contains("contact_tiers"), "{text}");
        }
        let too_large = ScenarioError::too_large("subscription.seats");
        assert_eq!(
            scenario_error(&too_large, Locale::ZhHans),
            "金额太大，无法计算；请检查输入是否多了一位数"
        );
    }

    #[test]
    fn the_scenarios_trial_count_is_named_like_its_field() {
        assert_eq!(
            field_name("simulation.trials", Locale::En).as_deref(),
            Some("Trials")
        );
        assert_eq!(
            field_name("simulation.trials", Locale::ZhHans).as_deref(),
            Some("试验次数")
        );
        assert_eq!(
            field_name("simulation.trials", Locale::Th).as_deref(),
            Some("จำนวนการทดลอง")
        );
    }

    #[test]
    fn every_code_has_a_text_with_its_placeholders() {
        for &t in EngineText::ALL {
            let en = t.text(Locale::En);
            for loc in [Locale::ZhHans, Locale::Th] {
                let s = t.text(loc);
                assert_ne!(s, en, "{t:?} is not translated into {loc:?}");
                for ph in ["{expected}", "{max}", "{min}", "{before}", "{count}"] {
                    assert_eq!(s.contains(ph), en.contains(ph), "{t:?} {ph} in {loc:?}");
                }
            }
        }
    }

    #[test]
    fn every_path_the_engine_checks_has_a_name() {
        for path in [
            "schema_version",
            "name",
            "horizon",
            "organisation.users",
            "deployment.infrastructure.hardware_refresh_years",
            "pricing.minimum_term_years",
            "pricing.contact_tiers",
            "pricing.contact_tiers[3].up_to",
            "pricing.contact_tiers[3].price_per_month",
            "pricing.add_ons",
            "pricing.add_ons[0].name",
            "pricing.add_ons[0].price_per_month",
            "project.activities",
            "project.activities[4].fee",
            "project.overtime.multiplier",
            "benefits.adoption",
            "custom_lines",
            "custom_lines[9].name",
            "custom_lines[9].amounts",
            "finance.discount_rate",
            "pricing.concurrency_ratio",
            "finance.inflation",
            "pricing.renewal_uplift",
        ] {
            for l in Locale::ALL {
                assert!(field_name(path, l).is_some(), "{path} in {l:?}");
            }
        }
        assert_eq!(
            field_name("pricing.add_ons[0].name", Locale::En).as_deref(),
            Some("Add-ons 1 › Name")
        );
        assert_eq!(field_name("subscription.seats", Locale::ZhHans), None);
    }

    #[test]
    fn import_errors_are_translated() {
        use crate::export::parse_import;
        let bad = parse_import(r#"{"organisation":{"users":-4}}"#).expect_err("negative");
        assert!(import_error(&bad, Locale::En).starts_with("organisation.users: "));
        assert_eq!(
            import_error(&bad, Locale::ZhHans),
            "初始用户数: 此值不被接受"
        );
        let not_json = parse_import("[]").expect_err("array");
        assert_eq!(
            import_error(&not_json, Locale::Th),
            Hx::ImportNotScenario.text(Locale::Th)
        );
        let rule = parse_import(r#"{"pricing":{"minimum_term_years":0}}"#).expect_err("rule");
        assert_eq!(
            import_error(&rule, Locale::ZhHans),
            "最短合同期: 必须在 1 到 10 年之间"
        );
    }
}
