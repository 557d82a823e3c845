//! Texts of the hardening work: number separators and precision, share links that are too
//! large or could not be copied, results that cannot be shown, and the engine's messages by
//! code — in English, Simplified Chinese and Thai.

use super::Locale;

text_table! {
    /// A text about bad input, sharing and engine problems (the variant's doc is its English text).
    Hx;
    ErrSeparatorLikely: "A separator is in a place where it cannot be: did you mean {value}?"
        | "分隔符的位置不对：你是想输入 {value} 吗？"
        | "ตัวคั่นอยู่ในตำแหน่งที่เป็นไปไม่ได้ คุณหมายถึง {value} ใช่ไหม",
    ErrSeparator: "A separator is in a place where it cannot be: commas group thousands (1,250) and a point marks decimals (1.5)."
        | "分隔符的位置不对：逗号用于千位分组（1,250），小数点用“.”（1.5）。"
        | "ตัวคั่นอยู่ในตำแหน่งที่เป็นไปไม่ได้: เครื่องหมายจุลภาคใช้คั่นหลักพัน (1,250) และจุดใช้แสดงทศนิยม (1.5)",
    ErrDecimals: "At most {n} decimals are kept: round the value."
        | "最多保留 {n} 位小数：请四舍五入。"
        | "เก็บทศนิยมได้ไม่เกิน {n} ตำแหน่ง กรุณาปัดเศษ",
    CopyFailed: "The link could not be copied for you: select it below and copy it (Ctrl+C or ⌘C)."
        | "无法自动复制链接：请选中下面的链接并复制（Ctrl+C 或 ⌘C）。"
        | "ไม่สามารถคัดลอกลิงก์ให้ได้ กรุณาเลือกลิงก์ด้านล่างแล้วคัดลอก (Ctrl+C หรือ ⌘C)",
    MakingLink: "Making the link…" | "正在生成链接…" | "กำลังสร้างลิงก์…",
    ShareTooLarge: "This scenario is too large for a link ({size} kB packed; a link holds at most {max} kB). Use Export JSON to send it as a file."
        | "此方案太大，无法放入链接（压缩后 {size} kB；链接最多容纳 {max} kB）。请使用“导出 JSON”以文件形式发送。"
        | "สถานการณ์นี้ใหญ่เกินกว่าจะใส่ในลิงก์ได้ (บีบอัดแล้ว {size} kB ลิงก์รับได้สูงสุด {max} kB) กรุณาใช้ “ส่งออก JSON” เพื่อส่งเป็นไฟล์",
    ShareNoCompression: "this browser cannot unpack compressed links; open the link in a current browser."
        | "此浏览器无法解压压缩链接；请在较新的浏览器中打开。"
        | "เบราว์เซอร์นี้คลายการบีบอัดลิงก์ไม่ได้ กรุณาเปิดลิงก์ในเบราว์เซอร์รุ่นปัจจุบัน",
    NoResults: "No results can be shown until this is fixed."
        | "修正此问题之前无法显示结果。"
        | "จะแสดงผลลัพธ์ได้เมื่อแก้ไขปัญหานี้แล้ว",
    ImportNotScenario: "this is not a scenario file (a scenario file is a JSON object)."
        | "这不是方案文件（方案文件是一个 JSON 对象）。"
        | "ไม่ใช่ไฟล์สถานการณ์ (ไฟล์สถานการณ์คือออบเจกต์ JSON)",
    ImportTooLarge: "the file is too large to be a scenario."
        | "文件太大，不可能是方案文件。"
        | "ไฟล์ใหญ่เกินกว่าจะเป็นสถานการณ์",
    FormatVersion: "Format version" | "格式版本" | "รุ่นของรูปแบบ",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated_and_keeps_its_placeholders() {
        for &t in Hx::ALL {
            let en = t.text(Locale::En);
            assert!(!en.trim().is_empty(), "{t:?}");
            for loc in [Locale::ZhHans, Locale::Th] {
                let s = t.text(loc);
                assert_ne!(s, en, "{t:?} is not translated into {loc:?}");
                for ph in ["{value}", "{n}", "{size}", "{max}"] {
                    assert_eq!(s.contains(ph), en.contains(ph), "{t:?} {ph} in {loc:?}");
                }
            }
        }
    }
}
