//! The typed message table of the interface chrome, results and charts, in English, Simplified
//! Chinese and Thai. A missing translation is a compile error, not a blank on screen.

use super::Locale;

text_table! {
    /// A piece of interface text: chrome, results, charts (the variant's doc is its English text).
    Msg;
    AppName: "CRM TrueCost" | "CRM TrueCost" | "CRM TrueCost",
    Promise: "What will this CRM really cost you — visible and hidden, in money and in time?"
        | "这套 CRM 真正要花你多少钱？看得见的和看不见的，花钱的和花时间的。"
        | "CRM นี้จะมีต้นทุนจริงเท่าไร ทั้งที่มองเห็นและซ่อนอยู่ ทั้งเป็นเงินและเป็นเวลา",
    Language: "Language" | "语言" | "ภาษา",
    Inputs: "Inputs" | "输入" | "ข้อมูลนำเข้า",
    Results: "Results" | "结果" | "ผลลัพธ์",
    FooterPrivacy: "Runs entirely in your browser. Nothing you type is sent anywhere: your scenarios stay in this browser's storage."
        | "完全在你的浏览器中运行。你输入的内容不会发送到任何地方：方案只保存在此浏览器的存储中。"
        | "ทำงานในเบราว์เซอร์ของคุณทั้งหมด ข้อมูลที่คุณพิมพ์จะไม่ถูกส่งไปที่ใด สถานการณ์ของคุณเก็บอยู่ในที่จัดเก็บของเบราว์เซอร์นี้",
    CatSubscriptionLicence: "Subscription / licence" | "软件订阅 / 许可" | "ค่าสมาชิก / ค่าลิขสิทธิ์",
    CatImplementation: "Implementation & training" | "实施与培训" | "การติดตั้งใช้งานและการฝึกอบรม",
    CatMaintenanceSupport: "Maintenance & support" | "维护与支持" | "การบำรุงรักษาและการสนับสนุน",
    CatDataMigrationIntegration: "Data migration & integration" | "数据迁移与集成" | "การย้ายข้อมูลและการเชื่อมต่อระบบ",
    CatCustomDevelopment: "Custom development" | "定制开发" | "การพัฒนาเพิ่มเติมเฉพาะ",
    CatOngoingTrainingUserAdmin: "Ongoing training & user admin" | "持续培训与用户管理" | "การฝึกอบรมต่อเนื่องและการดูแลผู้ใช้",
    CatUpgradesExpansion: "Upgrades & expansion" | "升级与扩展" | "การอัปเกรดและการขยายระบบ",
    CatSecurityCompliance: "Security & compliance" | "安全与合规" | "ความปลอดภัยและการปฏิบัติตามข้อกำหนด",
    CatExternalConsultants: "External consultants" | "外部顾问" | "ที่ปรึกษาภายนอก",
    CatInternalTime: "Internal time" | "内部时间成本" | "เวลาของบุคลากรภายใน",
    QuadTransparentMoney: "Transparent fees" | "明面费用" | "ค่าใช้จ่ายที่เปิดเผย",
    QuadTransparentTime: "Transparent time" | "明面时间" | "เวลาที่มองเห็นได้",
    QuadHiddenMoney: "Hidden fees" | "隐性费用" | "ค่าใช้จ่ายแฝง",
    QuadHiddenTime: "Hidden time" | "隐性时间" | "เวลาแฝง",
    PhaseDiscovery: "Discovery" | "需求调研" | "การสำรวจความต้องการ",
    PhaseSelection: "Selection" | "选型" | "การคัดเลือก",
    PhaseDataPreparation: "Data preparation" | "数据准备" | "การเตรียมข้อมูล",
    PhaseImplementation: "Implementation" | "实施" | "การติดตั้งใช้งาน",
    PhaseTraining: "Training" | "培训" | "การฝึกอบรม",
    PhaseGoLive: "Go-live" | "上线" | "การเปิดใช้งานจริง",
    PhaseOperation: "Operation" | "运营" | "การดำเนินงาน",
    PeriodInitial: "Initial" | "初始" | "เริ่มต้น",
    PeriodYear: "Year" | "年份" | "ปี",
    PeriodYearN: "Year {n}" | "第 {n} 年" | "ปีที่ {n}",
    Costs: "Costs" | "成本" | "ต้นทุน",
    Benefits: "Benefits" | "收益" | "ผลประโยชน์",
    CumulativeCosts: "Cumulative costs" | "累计成本" | "ต้นทุนสะสม",
    CumulativeBenefits: "Cumulative benefits" | "累计收益" | "ผลประโยชน์สะสม",
    PaybackPoint: "Payback" | "回本点" | "จุดคืนทุน",
    ChartCostByPeriod: "Cost per period, by category" | "各期成本（按类别）" | "ต้นทุนแต่ละช่วง แยกตามหมวด",
    ChartCumulative: "Cumulative costs and benefits" | "累计成本与收益" | "ต้นทุนและผลประโยชน์สะสม",
    ChartQuadrants: "Where the money and time go" | "钱和时间花在哪里" | "เงินและเวลาไปอยู่ที่ใด",
    NoPaybackInHorizon: "No payback within the horizon" | "在期限内无法回本" | "ไม่คืนทุนภายในระยะเวลาที่กำหนด",
    TitleTagline: "the real cost of a CRM" | "CRM 的真实成本" | "ต้นทุนที่แท้จริงของ CRM",
    FooterSources: "Defaults come from published articles on CRM cost; the “i” next to a field shows its source."
        | "默认值来自已发表的 CRM 成本文章；字段旁的「i」会显示其来源。"
        | "ค่าเริ่มต้นมาจากบทความที่เผยแพร่เรื่องต้นทุน CRM ปุ่ม “i” ข้างช่องกรอกจะแสดงแหล่งที่มา",
    LoadNewer: "Your saved data was written by a newer version of CRM TrueCost. It has been kept untouched as a backup, and this page starts from the defaults."
        | "你保存的数据来自更新版本的 CRM TrueCost。它已原样保留为备份，本页面从默认值开始。"
        | "ข้อมูลที่บันทึกไว้มาจาก CRM TrueCost รุ่นที่ใหม่กว่า ข้อมูลนั้นถูกเก็บไว้เป็นสำเนาสำรองโดยไม่แก้ไข และหน้านี้เริ่มจากค่าเริ่มต้น",
    LoadUnreadable: "Your saved data could not be read. It has been kept untouched as a backup, and this page starts from the defaults."
        | "无法读取你保存的数据。它已原样保留为备份，本页面从默认值开始。"
        | "อ่านข้อมูลที่บันทึกไว้ไม่ได้ ข้อมูลนั้นถูกเก็บไว้เป็นสำเนาสำรองโดยไม่แก้ไข และหน้านี้เริ่มจากค่าเริ่มต้น",
    Tco: "Total cost of ownership" | "总拥有成本（TCO）" | "ต้นทุนการเป็นเจ้าของรวม (TCO)",
    TcoExplain: "Everything you pay over {n} years, in money and in time, not discounted."
        | "{n} 年内的全部支出，包括金钱和时间，未折现。"
        | "ทุกอย่างที่จ่ายตลอด {n} ปี ทั้งเงินและเวลา ยังไม่คิดลด",
    PerUserMonth: "Per user per month" | "每用户每月" | "ต่อผู้ใช้ต่อเดือน",
    PerUserMonthExplain: "TCO divided by all active user-months of the horizon."
        | "总拥有成本除以期限内所有活跃用户月数。"
        | "TCO หารด้วยจำนวนผู้ใช้-เดือนที่ใช้งานจริงทั้งหมดในช่วงเวลา",
    Npv: "Net present value (NPV)" | "净现值（NPV）" | "มูลค่าปัจจุบันสุทธิ (NPV)",
    NpvExplain: "Benefits minus costs in today's money, discounted at {r} a year."
        | "收益减成本，按每年 {r} 折现为今天的价值。"
        | "ผลประโยชน์ลบต้นทุนในมูลค่าปัจจุบัน คิดลดปีละ {r}",
    Roi: "Return on investment (ROI)" | "投资回报率（ROI）" | "ผลตอบแทนจากการลงทุน (ROI)",
    RoiExplain: "Simple ROI: (benefits − costs) ÷ costs over the horizon."
        | "简单 ROI：（收益 − 成本）÷ 成本，按整个期限计算。"
        | "ROI แบบง่าย: (ผลประโยชน์ − ต้นทุน) ÷ ต้นทุน ตลอดช่วงเวลา",
    RoiRisk: "Risk-adjusted (TEI): {v}." | "风险调整后（TEI）：{v}。" | "ปรับความเสี่ยงแล้ว (TEI): {v}",
    Payback: "Payback" | "回本期" | "ระยะคืนทุน",
    PaybackExplain: "Months until cumulative benefits cover cumulative costs."
        | "累计收益覆盖累计成本所需的月数。"
        | "จำนวนเดือนจนผลประโยชน์สะสมครอบคลุมต้นทุนสะสม",
    PaybackMonths: "{m} months" | "{m} 个月" | "{m} เดือน",
    Irr: "Internal rate of return (IRR)" | "内部收益率（IRR）" | "อัตราผลตอบแทนภายใน (IRR)",
    IrrExplain: "The discount rate at which NPV is zero." | "使净现值为零的折现率。" | "อัตราคิดลดที่ทำให้ NPV เท่ากับศูนย์",
    IrrNoSignChange: "n/a: the cash flows never change sign" | "不适用：现金流从不改变正负号" | "ไม่มีค่า: กระแสเงินสดไม่เปลี่ยนเครื่องหมายเลย",
    IrrMultiple: "n/a: the cash flows change sign more than once" | "不适用：现金流多次改变正负号" | "ไม่มีค่า: กระแสเงินสดเปลี่ยนเครื่องหมายมากกว่าหนึ่งครั้ง",
    IrrNoConverge: "n/a: no rate could be found" | "不适用：无法求得收益率" | "ไม่มีค่า: หาอัตราไม่ได้",
    NotAvailable: "n/a" | "不适用" | "ไม่มีค่า",
    HiddenTitle: "Hidden costs" | "隐性成本" | "ต้นทุนแฝง",
    HiddenSentence: "Hidden costs are {p} of your {n}-year TCO." | "隐性成本占你 {n} 年总拥有成本的 {p}。" | "ต้นทุนแฝงคิดเป็น {p} ของ TCO {n} ปีของคุณ",
    QuadrantCol: "Quadrant" | "象限" | "กลุ่มต้นทุน",
    AmountCol: "Amount" | "金额" | "จำนวนเงิน",
    ShareCol: "Share" | "占比" | "สัดส่วน",
    ByCategory: "By category" | "按类别" | "ตามหมวด",
    ByPhase: "By phase" | "按阶段" | "ตามระยะ",
    CategoryCol: "Category" | "类别" | "หมวด",
    PhaseCol: "Phase" | "阶段" | "ระยะ",
    YearByYear: "Year by year" | "逐年明细" | "รายปี",
    PeriodCol: "Period" | "期间" | "ช่วงเวลา",
    NetCol: "Net" | "净额" | "สุทธิ",
    CumulativeCol: "Cumulative net" | "累计净额" | "สุทธิสะสม",
    TotalRow: "Total" | "合计" | "รวม",
    ProblemTitle: "This scenario cannot be evaluated:" | "无法计算此方案：" | "คำนวณสถานการณ์นี้ไม่ได้:",
    StaleNote: "The results shown are the last valid ones." | "显示的是最后一次有效的结果。" | "ผลลัพธ์ที่แสดงเป็นผลที่ถูกต้องครั้งล่าสุด",
    Warnings: "Worth knowing" | "值得注意" | "ข้อควรทราบ",
    Scenarios: "Scenarios" | "方案" | "สถานการณ์",
    ScenariosHelp: "Saved in this browser only. The open scenario saves itself as you type."
        | "仅保存在此浏览器中。当前打开的方案会在输入时自动保存。"
        | "บันทึกไว้ในเบราว์เซอร์นี้เท่านั้น สถานการณ์ที่เปิดอยู่จะบันทึกอัตโนมัติขณะพิมพ์",
    NewScenario: "New scenario" | "新建方案" | "สร้างสถานการณ์ใหม่",
    NewFrom: "New from…" | "新建自…" | "สร้างใหม่จาก…",
    TplDefault: "Defaults (15-user SaaS team)" | "默认值（15 人 SaaS 团队）" | "ค่าเริ่มต้น (ทีม SaaS 15 คน)",
    TplSmallTeamSaas: "Small team, SaaS" | "小团队，SaaS" | "ทีมเล็ก, SaaS",
    TplMidSizeOnPremise: "Mid-size company, on-premise" | "中型企业，本地部署" | "บริษัทขนาดกลาง, ติดตั้งในองค์กร",
    TplSelfBuiltOpenSource: "Self-built / open source" | "自建 / 开源" | "พัฒนาเอง / โอเพนซอร์ส",
    Open: "Open" | "打开" | "เปิด",
    IsOpen: "Open now" | "当前打开" | "เปิดอยู่",
    Duplicate: "Duplicate" | "复制" | "ทำสำเนา",
    Rename: "Rename" | "重命名" | "เปลี่ยนชื่อ",
    Delete: "Delete" | "删除" | "ลบ",
    Undo: "Undo" | "撤销" | "เลิกทำ",
    Done: "Done" | "完成" | "เสร็จ",
    DeletedNotice: "“{name}” was deleted." | "已删除「{name}」。" | "ลบ “{name}” แล้ว",
    CopySuffix: "(copy)" | "（副本）" | "(สำเนา)",
    ConflictSuffix: "(edited in another tab)" | "（在另一个标签页中编辑）" | "(แก้ไขในอีกแท็บ)",
    ConflictNotice: "Another tab saved a newer “{name}” while you were typing here; your unsaved edits were kept as “{copy}”."
        | "你在此处输入时，另一个标签页保存了更新的「{name}」；你未保存的修改已另存为「{copy}」。"
        | "ขณะที่คุณพิมพ์อยู่ อีกแท็บได้บันทึก “{name}” ที่ใหม่กว่า การแก้ไขที่ยังไม่บันทึกของคุณถูกเก็บไว้เป็น “{copy}”",
    NameCol: "Name" | "名称" | "ชื่อ",
    CurrencyCol: "Currency" | "币种" | "สกุลเงิน",
    HorizonCol: "Horizon" | "期限" | "ระยะเวลา",
    LastEditedCol: "Last edited" | "最后编辑" | "แก้ไขล่าสุด",
    ActionsCol: "Actions" | "操作" | "การดำเนินการ",
    YearsShort: "{n} yr" | "{n} 年" | "{n} ปี",
    Share: "Share link" | "分享链接" | "ลิงก์แชร์",
    ShareHelp: "The whole scenario is in the link itself; nothing is uploaded. Anyone with the link sees a read-only copy."
        | "整个方案都包含在链接中，不会上传任何内容。拿到链接的人只能看到只读副本。"
        | "ข้อมูลสถานการณ์ทั้งหมดอยู่ในลิงก์ ไม่มีการอัปโหลดใดๆ ผู้ที่ได้รับลิงก์จะเห็นสำเนาแบบอ่านอย่างเดียว",
    CopyLink: "Copy link" | "复制链接" | "คัดลอกลิงก์",
    LinkCopied: "Link copied." | "链接已复制。" | "คัดลอกลิงก์แล้ว",
    ExportJson: "Export JSON" | "导出 JSON" | "ส่งออก JSON",
    ExportCsv: "Export CSV (year by year)" | "导出 CSV（逐年）" | "ส่งออก CSV (รายปี)",
    PrintReport: "Print report" | "打印报告" | "พิมพ์รายงาน",
    ImportJson: "Import JSON" | "导入 JSON" | "นำเข้า JSON",
    Imported: "Imported “{name}”." | "已导入「{name}」。" | "นำเข้า “{name}” แล้ว",
    ImportFailed: "This file cannot be imported:" | "无法导入此文件：" | "นำเข้าไฟล์นี้ไม่ได้:",
    ImportReplace: "A scenario named “{name}” already exists. Replace it? (Cancel keeps both.)"
        | "已存在名为「{name}」的方案。要替换它吗？（取消则两者都保留。）"
        | "มีสถานการณ์ชื่อ “{name}” อยู่แล้ว ต้องการแทนที่หรือไม่ (ยกเลิก = เก็บไว้ทั้งคู่)",
    SharedBanner: "You are looking at a shared scenario. It is read-only and is not saved unless you save a copy."
        | "你正在查看一个分享的方案。它是只读的，除非你保存副本，否则不会被保存。"
        | "คุณกำลังดูสถานการณ์ที่ถูกแชร์ เป็นแบบอ่านอย่างเดียว และจะไม่ถูกบันทึกจนกว่าคุณจะบันทึกสำเนา",
    SaveCopy: "Save a copy" | "保存副本" | "บันทึกสำเนา",
    CloseShared: "Close" | "关闭" | "ปิด",
    ShareBroken: "This share link cannot be opened:" | "无法打开此分享链接：" | "เปิดลิงก์แชร์นี้ไม่ได้:",
    ShareErrNotLink: "it does not contain a scenario." | "其中不包含方案。" | "ไม่มีข้อมูลสถานการณ์",
    ShareErrVersion: "it was made by a newer version of CRM TrueCost." | "它由更新版本的 CRM TrueCost 生成。" | "ลิงก์นี้สร้างจาก CRM TrueCost รุ่นที่ใหม่กว่า",
    ShareErrTooLong: "it is too long to be a CRM TrueCost link." | "它太长，不是 CRM TrueCost 链接。" | "ยาวเกินกว่าจะเป็นลิงก์ของ CRM TrueCost",
    ShareErrDamaged: "it is damaged or incomplete (was it cut off when copied?)." | "链接已损坏或不完整（复制时被截断了吗？）。" | "ลิงก์เสียหายหรือไม่ครบ (ถูกตัดตอนคัดลอกหรือไม่)",
    ShareErrInvalid: "the scenario in it is not valid:" | "其中的方案无效：" | "สถานการณ์ในลิงก์ไม่ถูกต้อง:",
    DiscountedNetCol: "Discounted net" | "折现净额" | "สุทธิคิดลด",
    WarnAmountsBeyondHorizon: "A custom line has amounts after the horizon; they are kept but not counted."
        | "某条自定义项目在期限之后还有金额；这些金额会保留，但不计入。"
        | "รายการกำหนดเองมีจำนวนเงินหลังช่วงเวลาที่กำหนด ข้อมูลยังเก็บไว้แต่ไม่นำมาคำนวณ",
    WarnSupportFeeWithoutTier: "A support fee is entered but the support tier is “None”, so it is not counted."
        | "填写了支持费用，但支持级别为「无」，因此不计入。"
        | "มีการกรอกค่าบริการสนับสนุน แต่ระดับการสนับสนุนเป็น “ไม่มี” จึงไม่นำมาคำนวณ",
    WarnContactsBeyondLastTier: "Contacts grow beyond the last volume tier; the last tier's price is used."
        | "联系人数量超出了最高数量档位；按最高档位的价格计算。"
        | "จำนวนผู้ติดต่อเกินระดับปริมาณสูงสุด จึงใช้ราคาของระดับสุดท้าย",
    WriteFailed: "Could not save in this browser; your previous save is intact:" | "无法保存到此浏览器；之前保存的内容完好无损：" | "บันทึกในเบราว์เซอร์นี้ไม่ได้ ข้อมูลที่บันทึกไว้ก่อนหน้ายังอยู่ครบ:",
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts that are the same in every language (product names, codes).
    const SAME_EVERYWHERE: &[Msg] = &[Msg::AppName];

    #[test]
    fn every_message_is_translated() {
        for &m in Msg::ALL {
            let en = m.text(Locale::En);
            assert!(!en.trim().is_empty(), "{m:?} has no English text");
            for l in [Locale::ZhHans, Locale::Th] {
                let s = m.text(l);
                assert!(!s.trim().is_empty(), "{m:?} is empty in {l:?}");
                if !SAME_EVERYWHERE.contains(&m) {
                    assert_ne!(s, en, "{m:?} is not translated into {l:?}");
                }
            }
        }
    }
}
