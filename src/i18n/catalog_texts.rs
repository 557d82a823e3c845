//! Texts of the language switch while a language's catalog loads or when it cannot be loaded,
//! in English, Simplified Chinese and Thai (`{language}` is the language's own name).

use super::Locale;

text_table! {
    /// A text of the language switch (the variant's doc is its English text).
    LanguageText;
    Loading: "Loading {language}…" | "正在加载{language}…" | "กำลังโหลด{language}…",
    Unavailable: "{language} could not be loaded (is this browser offline?), so the page stays in this language. Choose it again when you are online."
        | "无法加载{language}（浏览器是否处于离线状态？），因此页面仍使用当前语言。联网后请再次选择。"
        | "โหลด{language}ไม่ได้ (เบราว์เซอร์ออฟไลน์อยู่หรือไม่) หน้านี้จึงยังใช้ภาษานี้ต่อไป โปรดเลือกอีกครั้งเมื่อออนไลน์",
}
