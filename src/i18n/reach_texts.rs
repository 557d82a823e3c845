//! Texts of the reach work (issue 12): dark mode, the sticky summary, the spoken TCO, the embed
//! and its code dialog, the scenarios bar and the update prompt — in English, Simplified Chinese
//! and Thai.
//!
//! Some of them also appear in `index.html` (the static masthead and the update prompt, which
//! paint before the wasm); a test checks that the page holds exactly these texts.

use super::Locale;

text_table! {
    /// A text of the page's reach: embedding, theme, summary, updates (the variant's doc is its
    /// English text).
    Rx;
    DarkMode: "Dark mode" | "深色模式" | "โหมดมืด",
    Summary: "Summary of the results" | "结果摘要" | "สรุปผลลัพธ์",
    TcoNow: "Total cost of ownership now {v}." | "总拥有成本现为 {v}。" | "ต้นทุนรวมตลอดการใช้งานตอนนี้คือ {v}",
    OpenFull: "Open the full planner" | "打开完整规划器" | "เปิดตัววางแผนฉบับเต็ม",
    NewTab: "(opens in a new tab)" | "（在新标签页中打开）" | "(เปิดในแท็บใหม่)",
    EmbedCode: "Get embed code" | "获取嵌入代码" | "รับโค้ดสำหรับฝัง",
    EmbedHelp: "Paste this into your page. It shows the planner with this scenario, in this language, and sets its own height. Nothing is shared between your page and the planner except its height."
        | "把这段代码粘贴到你的网页中。它会以当前语言显示带有此方案的规划器，并自动调整高度。你的网页与规划器之间除了高度之外不交换任何信息。"
        | "วางโค้ดนี้ในหน้าเว็บของคุณ จะแสดงตัววางแผนพร้อมสถานการณ์นี้ในภาษานี้ และปรับความสูงเอง หน้าเว็บของคุณกับตัววางแผนไม่แลกเปลี่ยนข้อมูลใดนอกจากความสูง",
    EmbedFieldLabel: "Embed code" | "嵌入代码" | "โค้ดสำหรับฝัง",
    Copy: "Copy" | "复制" | "คัดลอก",
    Copied: "Copied." | "已复制。" | "คัดลอกแล้ว",
    CopyByHand: "Copying is not available here: the code is selected, press Ctrl+C or ⌘C."
        | "此处无法自动复制：代码已选中，请按 Ctrl+C 或 ⌘C。"
        | "คัดลอกอัตโนมัติไม่ได้ที่นี่ เลือกโค้ดไว้แล้ว กด Ctrl+C หรือ ⌘C",
    Close: "Close" | "关闭" | "ปิด",
    FrameTitle: "CRM TrueCost planner" | "CRM TrueCost 规划器" | "ตัววางแผน CRM TrueCost",
    ShowScenarios: "Show all scenarios" | "显示全部方案" | "แสดงสถานการณ์ทั้งหมด",
    OpenScenario: "Open scenario:" | "当前方案：" | "สถานการณ์ที่เปิดอยู่:",
    UpdateReady: "A new version of CRM TrueCost is ready." | "CRM TrueCost 有新版本可用。" | "CRM TrueCost มีเวอร์ชันใหม่แล้ว",
    UpdateReload: "Reload for the new version" | "重新加载以使用新版本" | "โหลดใหม่เพื่อใช้เวอร์ชันใหม่",
    Loading: "Loading CRM TrueCost…" | "正在加载 CRM TrueCost…" | "กำลังโหลด CRM TrueCost…",
    ChunkFailed: "This part of the page could not be loaded (is this browser offline?). Nothing you typed is lost."
        | "页面的这一部分无法加载（浏览器是否离线？）。您输入的内容都没有丢失。"
        | "โหลดส่วนนี้ของหน้าไม่ได้ (เบราว์เซอร์ออฟไลน์อยู่หรือไม่?) สิ่งที่คุณพิมพ์ไว้ไม่หายไป",
    ChunkReload: "Reload and try again" | "重新加载并重试" | "โหลดใหม่แล้วลองอีกครั้ง",
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Msg;

    #[test]
    fn every_text_is_translated() {
        for &m in Rx::ALL {
            let en = m.text(Locale::En);
            assert!(!en.trim().is_empty(), "{m:?} has no English text");
            for l in [Locale::ZhHans, Locale::Th] {
                assert_ne!(m.text(l), en, "{m:?} is not translated into {l:?}");
                assert!(!m.text(l).trim().is_empty(), "{m:?} is empty in {l:?}");
            }
        }
    }

    /// `<span lang="…">text</span>` for each language, as index.html writes a static text.
    fn spans(text: impl Fn(Locale) -> &'static str) -> Vec<String> {
        Locale::ALL
            .iter()
            .map(|&l| format!("<span lang=\"{}\">{}</span>", l.tag(), text(l)))
            .collect()
    }

    /// The static page paints the masthead, the loading line, the update prompt and the notice of a
    /// part that could not be loaded (src/web/extras.js shows the last two) before the
    /// wasm, in the reader's language: it must say exactly what the app says.
    #[test]
    fn the_static_page_says_what_the_app_says() {
        let html = include_str!("../../index.html");
        let mut wanted = spans(|l| Msg::Promise.text(l));
        wanted.extend(spans(|l| Rx::Loading.text(l)));
        wanted.extend(spans(|l| Rx::UpdateReady.text(l)));
        wanted.extend(spans(|l| Rx::UpdateReload.text(l)));
        wanted.extend(spans(|l| Rx::ChunkFailed.text(l)));
        wanted.extend(spans(|l| Rx::ChunkReload.text(l)));
        wanted.extend(spans(|l| Rx::DarkMode.text(l)));
        for w in wanted {
            assert!(html.contains(&w), "index.html lacks {w}");
        }
    }
}
