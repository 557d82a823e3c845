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
    ScenarioName: "Scenario name" | "方案名称" | "ชื่อสถานการณ์",
    ScenarioNamePlaceholder: "e.g. Vendor A, 15 seats, SaaS" | "例如：供应商 A，15 个席位，SaaS" | "เช่น ผู้ให้บริการ A, 15 ที่นั่ง, SaaS",
    SavedLocally: "Saved in this browser only." | "仅保存在此浏览器中。" | "บันทึกไว้ในเบราว์เซอร์นี้เท่านั้น",
    SaveFailed: "Could not save in this browser:" | "无法保存到此浏览器：" | "บันทึกในเบราว์เซอร์นี้ไม่ได้:",
    Untitled: "Untitled scenario" | "未命名方案" | "สถานการณ์ที่ไม่มีชื่อ",
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
