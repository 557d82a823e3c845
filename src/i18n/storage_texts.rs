//! Texts about keeping the person's data: storage that is unavailable, full or holds a value
//! that cannot be read, and what another tab did to a scenario open here — in English,
//! Simplified Chinese and Thai.

use super::Locale;

text_table! {
    /// A text about saving and storage (the variant's doc is its English text).
    StorageText;
    Unavailable: "This browser does not let the page store anything here (storage is blocked or unavailable). You can keep working, but nothing is saved: when you close the page, your scenarios are gone. Use Export JSON to keep one."
        | "此浏览器不允许本页面在这里存储任何内容（存储已被阻止或不可用）。你可以继续使用，但不会保存任何内容：关闭页面后方案即消失。请使用“导出 JSON”保留方案。"
        | "เบราว์เซอร์นี้ไม่อนุญาตให้หน้านี้จัดเก็บข้อมูลใด ๆ (พื้นที่จัดเก็บถูกบล็อกหรือใช้ไม่ได้) คุณยังทำงานต่อได้ แต่จะไม่มีการบันทึกใด ๆ เมื่อปิดหน้า สถานการณ์ของคุณจะหายไป ใช้ “ส่งออก JSON” เพื่อเก็บไว้",
    UnreadableKept: "Your saved data could not be read. A copy of it is kept untouched in this browser, and this page starts from the defaults."
        | "无法读取你保存的数据。它的副本已原样保留在此浏览器中，本页面从默认值开始。"
        | "อ่านข้อมูลที่บันทึกไว้ไม่ได้ สำเนาของข้อมูลนั้นถูกเก็บไว้ในเบราว์เซอร์นี้โดยไม่แก้ไข และหน้านี้เริ่มจากค่าเริ่มต้น",
    UnreadableNotKept: "Your saved data could not be read, and this browser has no room to keep a copy of it. So that nothing is lost, this page saves nothing until you decide: download the data first; “Replace it” then lets the page save again (the unreadable data is gone from the browser after that)."
        | "无法读取你保存的数据，且此浏览器没有空间保留其副本。为避免丢失，在你做出决定之前本页面不会保存任何内容：请先下载这些数据；之后点击“替换并重新保存”即可恢复保存（此后无法读取的数据将从浏览器中删除）。"
        | "อ่านข้อมูลที่บันทึกไว้ไม่ได้ และเบราว์เซอร์นี้ไม่มีพื้นที่เก็บสำเนาของข้อมูลนั้น เพื่อไม่ให้ข้อมูลสูญหาย หน้านี้จะไม่บันทึกสิ่งใดจนกว่าคุณจะตัดสินใจ: ดาวน์โหลดข้อมูลก่อน จากนั้น “แทนที่และบันทึกต่อ” จะทำให้หน้านี้บันทึกได้อีกครั้ง (หลังจากนั้นข้อมูลที่อ่านไม่ได้จะหายไปจากเบราว์เซอร์)",
    Newer: "Your saved data was written by a newer version of CRM TrueCost. It is left untouched; this page keeps its own scenarios separately until the newer version is used again."
        | "你保存的数据来自更新版本的 CRM TrueCost。它保持原样；在再次使用新版本之前，本页面会单独保存自己的方案。"
        | "ข้อมูลที่บันทึกไว้มาจาก CRM TrueCost รุ่นที่ใหม่กว่า ข้อมูลนั้นไม่ถูกแก้ไข หน้านี้จะเก็บสถานการณ์ของตัวเองแยกไว้จนกว่าจะใช้รุ่นใหม่อีกครั้ง",
    DownloadUnreadable: "Download the unreadable data" | "下载无法读取的数据" | "ดาวน์โหลดข้อมูลที่อ่านไม่ได้",
    ReplaceUnreadable: "Replace it and save again" | "替换并重新保存" | "แทนที่และบันทึกต่อ",
    ReplaceConfirm: "Replace the unreadable saved data with the scenarios on this page? It cannot be recovered afterwards — download it first if you may need it."
        | "要用本页面上的方案替换无法读取的已保存数据吗？替换后无法恢复——如果可能还需要，请先下载。"
        | "แทนที่ข้อมูลที่บันทึกไว้ซึ่งอ่านไม่ได้ด้วยสถานการณ์ในหน้านี้หรือไม่ หลังจากนั้นจะกู้คืนไม่ได้ หากอาจต้องใช้ กรุณาดาวน์โหลดก่อน",
    EditNotSaved: "Not saved: {reason}. What was saved before is unchanged; your latest changes are only on this page for now. They are saved with your next edit once the browser allows it — Export JSON keeps them safe meanwhile."
        | "未保存：{reason}。之前保存的内容没有改变；最新的修改目前只在本页面上。浏览器允许后，它们会在你下次编辑时保存——在此期间可用“导出 JSON”保留。"
        | "ยังไม่ได้บันทึก: {reason} ข้อมูลที่บันทึกไว้ก่อนหน้าไม่เปลี่ยนแปลง การแก้ไขล่าสุดอยู่ในหน้านี้เท่านั้นในขณะนี้ จะถูกบันทึกเมื่อคุณแก้ไขครั้งถัดไปเมื่อเบราว์เซอร์อนุญาต ระหว่างนี้ใช้ “ส่งออก JSON” เพื่อเก็บไว้",
    ChangeNotDone: "Not done: {reason}. Nothing saved was changed."
        | "未完成：{reason}。已保存的内容没有任何改变。"
        | "ไม่ได้ดำเนินการ: {reason} ข้อมูลที่บันทึกไว้ไม่มีการเปลี่ยนแปลง",
    ReasonFull: "this browser's storage for this site is full (delete scenarios you no longer need, or clear other data of this site)"
        | "此浏览器为本站提供的存储空间已满（请删除不再需要的方案，或清除本站的其他数据）"
        | "พื้นที่จัดเก็บของเบราว์เซอร์สำหรับเว็บไซต์นี้เต็มแล้ว (ลบสถานการณ์ที่ไม่ต้องการ หรือล้างข้อมูลอื่นของเว็บไซต์นี้)",
    ReasonNewer: "a newer version of CRM TrueCost has saved here since this page was opened; reload the page"
        | "自本页面打开以来，更新版本的 CRM TrueCost 已在此保存；请重新加载页面"
        | "CRM TrueCost รุ่นที่ใหม่กว่าได้บันทึกที่นี่หลังจากเปิดหน้านี้ กรุณาโหลดหน้าใหม่",
    ReasonUnavailable: "this browser no longer lets the page store anything"
        | "此浏览器不再允许本页面存储任何内容"
        | "เบราว์เซอร์นี้ไม่อนุญาตให้หน้านี้จัดเก็บข้อมูลอีกต่อไป",
    ReasonOther: "the browser refused to store it" | "浏览器拒绝存储" | "เบราว์เซอร์ปฏิเสธการจัดเก็บ",
    SavedAgain: "Saved: everything on this page is stored again."
        | "已保存：本页面上的所有内容都已重新存储。"
        | "บันทึกแล้ว: ทุกอย่างในหน้านี้ถูกจัดเก็บอีกครั้ง",
    Merged: "“{name}” was also changed in another tab; both sets of changes were combined."
        | "「{name}」也在另一个标签页中被修改；两边的修改已合并。"
        | "“{name}” ถูกแก้ไขในอีกแท็บด้วย การแก้ไขทั้งสองฝั่งถูกรวมกันแล้ว",
    ConflictChanged: "Another tab saved a different change to “{name}” while you were editing here; your edits were kept as “{copy}”, open now."
        | "你在此处编辑时，另一个标签页保存了对「{name}」的不同修改；你的修改已另存为「{copy}」，现已打开。"
        | "ขณะที่คุณแก้ไขอยู่ อีกแท็บได้บันทึกการเปลี่ยนแปลงอื่นของ “{name}” การแก้ไขของคุณถูกเก็บไว้เป็น “{copy}” ซึ่งเปิดอยู่ตอนนี้",
    ConflictDeleted: "“{name}” was deleted in another tab while you were editing here; your edits were kept as “{copy}”, open now."
        | "你在此处编辑时，「{name}」已在另一个标签页中被删除；你的修改已另存为「{copy}」，现已打开。"
        | "ขณะที่คุณแก้ไขอยู่ “{name}” ถูกลบในอีกแท็บ การแก้ไขของคุณถูกเก็บไว้เป็น “{copy}” ซึ่งเปิดอยู่ตอนนี้",
    DeletedElsewhere: "“{name}” was deleted in another tab."
        | "「{name}」已在另一个标签页中被删除。"
        | "“{name}” ถูกลบในอีกแท็บ",
    NotDeleted: "“{name}” was changed in another tab just now, so it was not deleted. Delete it again if you still want to."
        | "「{name}」刚刚在另一个标签页中被修改，因此没有删除。如仍要删除，请再删除一次。"
        | "“{name}” เพิ่งถูกแก้ไขในอีกแท็บ จึงไม่ได้ลบ หากยังต้องการลบ กรุณาลบอีกครั้ง",
    RestoredAsCopy: "The deleted scenario was changed in another tab meanwhile, so it was restored as “{copy}”."
        | "已删除的方案在此期间于另一个标签页中被修改，因此已恢复为「{copy}」。"
        | "สถานการณ์ที่ถูกลบถูกแก้ไขในอีกแท็บระหว่างนั้น จึงกู้คืนเป็น “{copy}”",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated_and_keeps_its_placeholders() {
        for &t in StorageText::ALL {
            let en = t.text(Locale::En);
            for locale in [Locale::ZhHans, Locale::Th] {
                let text = t.text(locale);
                assert!(!text.is_empty() && text != en, "{t:?} in {locale:?}");
                for placeholder in ["{name}", "{copy}", "{reason}"] {
                    assert_eq!(
                        en.contains(placeholder),
                        text.contains(placeholder),
                        "{t:?} {placeholder} in {locale:?}"
                    );
                }
            }
        }
    }
}
