//! Texts about keeping the person's data: storage that is unavailable, full or holds a value
//! that cannot be read, and what another tab did to a scenario open here — in English,
//! Simplified Chinese and Thai. (Texts that existed before live in `messages.rs`:
//! `LoadUnreadable`, `LoadNewer`, `ConflictNotice`, `DeletedNotice`.)

use super::Locale;

text_table! {
    /// A text about saving and storage (the variant's doc is its English text).
    StorageText;
    Unavailable: "This browser does not let the page store anything. You can keep working, but nothing is saved: use Export JSON to keep a scenario."
        | "此浏览器不允许本页面存储任何内容。你可以继续使用，但不会保存任何内容：请用“导出 JSON”保留方案。"
        | "เบราว์เซอร์นี้ไม่อนุญาตให้หน้านี้จัดเก็บข้อมูล คุณทำงานต่อได้ แต่จะไม่มีการบันทึก ใช้ “ส่งออก JSON” เพื่อเก็บสถานการณ์ไว้",
    UnreadableNotKept: "Your saved data could not be read, and there is no room to keep a copy of it. Nothing is saved until you decide: download it first; “Replace it” then lets the page save again."
        | "无法读取你保存的数据，且没有空间保留其副本。在你做出决定之前不会保存任何内容：请先下载；之后点击“替换并重新保存”即可恢复保存。"
        | "อ่านข้อมูลที่บันทึกไว้ไม่ได้ และไม่มีพื้นที่เก็บสำเนา จะไม่มีการบันทึกจนกว่าคุณจะตัดสินใจ: ดาวน์โหลดก่อน แล้ว “แทนที่และบันทึกต่อ” จะให้หน้านี้บันทึกได้อีกครั้ง",
    DownloadUnreadable: "Download the unreadable data" | "下载无法读取的数据" | "ดาวน์โหลดข้อมูลที่อ่านไม่ได้",
    ReplaceUnreadable: "Replace it and save again" | "替换并重新保存" | "แทนที่และบันทึกต่อ",
    ReplaceConfirm: "Replace the unreadable saved data with this page's scenarios? It cannot be recovered afterwards."
        | "用本页面的方案替换无法读取的已保存数据？替换后无法恢复。"
        | "แทนที่ข้อมูลที่อ่านไม่ได้ด้วยสถานการณ์ในหน้านี้หรือไม่ หลังจากนั้นจะกู้คืนไม่ได้",
    EditNotSaved: "Not saved: {reason}. Nothing stored was changed; your latest changes are only on this page until a save succeeds."
        | "未保存：{reason}。已存储的内容没有改变；在保存成功之前，最新的修改只在本页面上。"
        | "ยังไม่ได้บันทึก: {reason} ข้อมูลที่จัดเก็บไว้ไม่เปลี่ยนแปลง การแก้ไขล่าสุดอยู่ในหน้านี้เท่านั้นจนกว่าจะบันทึกสำเร็จ",
    ChangeNotDone: "Not done: {reason}. Nothing stored was changed."
        | "未完成：{reason}。已存储的内容没有改变。"
        | "ไม่ได้ดำเนินการ: {reason} ข้อมูลที่จัดเก็บไว้ไม่เปลี่ยนแปลง",
    ReasonFull: "the browser's storage for this site is full (delete scenarios you no longer need)"
        | "浏览器为本站提供的存储空间已满（请删除不再需要的方案）"
        | "พื้นที่จัดเก็บของเว็บไซต์นี้ในเบราว์เซอร์เต็มแล้ว (ลบสถานการณ์ที่ไม่ต้องการ)",
    ReasonNewer: "a newer version of CRM TrueCost saved here; reload the page"
        | "更新版本的 CRM TrueCost 已在此保存；请重新加载页面"
        | "CRM TrueCost รุ่นใหม่กว่าได้บันทึกที่นี่ กรุณาโหลดหน้าใหม่",
    ReasonUnavailable: "this browser no longer allows storage"
        | "此浏览器不再允许存储"
        | "เบราว์เซอร์นี้ไม่อนุญาตให้จัดเก็บอีกต่อไป",
    ReasonOther: "the browser refused it" | "浏览器拒绝了" | "เบราว์เซอร์ปฏิเสธ",
    SavedAgain: "Saved: your changes are stored again."
        | "已保存：你的修改已重新存储。"
        | "บันทึกแล้ว: การแก้ไขของคุณถูกจัดเก็บอีกครั้ง",
    Merged: "“{name}” was also changed in another tab; both changes were combined."
        | "「{name}」也在另一个标签页中被修改；两边的修改已合并。"
        | "“{name}” ถูกแก้ไขในอีกแท็บด้วย การแก้ไขทั้งสองถูกรวมกันแล้ว",
    ConflictDeleted: "“{name}” was deleted in another tab; your edits were kept as “{copy}”."
        | "「{name}」已在另一个标签页中被删除；你的修改已另存为「{copy}」。"
        | "“{name}” ถูกลบในอีกแท็บ การแก้ไขของคุณถูกเก็บไว้เป็น “{copy}”",
    DeletedElsewhere: "“{name}” was deleted in another tab."
        | "「{name}」已在另一个标签页中被删除。"
        | "“{name}” ถูกลบในอีกแท็บ",
    NotDeleted: "“{name}” was just changed in another tab, so it was not deleted."
        | "「{name}」刚在另一个标签页中被修改，因此没有删除。"
        | "“{name}” เพิ่งถูกแก้ไขในอีกแท็บ จึงไม่ได้ลบ",
    RestoredAsCopy: "It was changed in another tab meanwhile, so it was restored as “{copy}”."
        | "它在此期间于另一个标签页中被修改，因此已恢复为「{copy}」。"
        | "ระหว่างนั้นถูกแก้ไขในอีกแท็บ จึงกู้คืนเป็น “{copy}”",
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
