//! Texts of the comparison (issues 8 and 9): the compare view, break-even, the cost-vs-fit
//! chart, the SaaS / on-premise reference, compare links, quick compare and vendor presets —
//! in English, Simplified Chinese and Thai.

use super::Locale;

text_table! {
    /// A text of the comparison and the vendor presets (the variant's doc is its English text).
    Cx;
    Compare: "Compare" | "比较" | "เปรียบเทียบ",
    CompareTitle: "Compare options side by side" | "并排比较方案" | "เปรียบเทียบตัวเลือกแบบเคียงข้างกัน",
    CompareHelp: "Pick 2 to 4 scenarios and a baseline. Every figure is the engine's result for each scenario; differences are against the baseline."
        | "选择 2 到 4 个方案和一个基准。每个数字都是引擎对该方案的计算结果；差额相对于基准。"
        | "เลือก 2 ถึง 4 สถานการณ์และฐานเปรียบเทียบ ทุกตัวเลขเป็นผลการคำนวณของแต่ละสถานการณ์ ส่วนต่างเทียบกับฐาน",
    YourScenarios: "Your scenarios" | "你的方案" | "สถานการณ์ของคุณ",
    Baseline: "Baseline" | "基准" | "ฐานเปรียบเทียบ",
    IsBaseline: "baseline" | "基准" | "ฐาน",
    PickTwo: "Pick at least 2 scenarios to compare." | "请至少选择 2 个方案进行比较。" | "เลือกอย่างน้อย 2 สถานการณ์เพื่อเปรียบเทียบ",
    AtMostFour: "At most 4 can be compared." | "最多可比较 4 个。" | "เปรียบเทียบได้สูงสุด 4 รายการ",
    Figure: "Figure" | "指标" | "ตัวเลข",
    VsBaseline: "vs baseline" | "与基准相比" | "เทียบกับฐาน",
    InitialCosts: "Initial costs" | "初始成本" | "ต้นทุนเริ่มต้น",
    RoiRisk: "Risk-adjusted ROI (TEI)" | "风险调整后 ROI（TEI）" | "ROI ปรับความเสี่ยง (TEI)",
    HiddenShare: "Hidden share of TCO" | "隐性成本占 TCO 比例" | "สัดส่วนต้นทุนแฝงใน TCO",
    Points: "{v} pts" | "{v} 个百分点" | "{v} จุด",
    ByQuadrant: "By quadrant" | "按象限" | "ตามควอดแรนต์",
    Heading: "Headline figures" | "主要指标" | "ตัวเลขหลัก",
    DiffHelp: "Each cell: the option's own amount, then its difference from the baseline."
        | "每格：该方案自身的金额，然后是与基准的差额。"
        | "แต่ละช่อง: จำนวนของตัวเลือกนั้น ตามด้วยส่วนต่างจากฐาน",
    ChartAll: "Cumulative cost of each option" | "各方案的累计成本" | "ต้นทุนสะสมของแต่ละตัวเลือก",
    CrossMark: "Break-even" | "盈亏平衡点" | "จุดคุ้มทุน",
    ChartCostFit: "Cost vs fit" | "成本与匹配度" | "ต้นทุนเทียบความเหมาะสม",
    CostFitHelp: "TCO per user-month against requirements fit. An option that another one beats on both — dearer per user-month and a lower fit — is drawn hollow and grey."
        | "每用户每月 TCO 与需求匹配度的对比。若某方案在两方面都被另一方案胜过（每用户每月更贵且匹配度更低），则以灰色空心点显示。"
        | "TCO ต่อผู้ใช้ต่อเดือนเทียบกับความเหมาะสมกับความต้องการ ตัวเลือกที่ถูกอีกตัวเลือกหนึ่งชนะทั้งสองด้าน (แพงกว่าต่อผู้ใช้ต่อเดือนและเหมาะสมน้อยกว่า) จะแสดงเป็นจุดกลวงสีเทา",
    BeatenBy: "{a} is beaten on both cost and fit by {b}." | "{a} 在成本和匹配度上都不如 {b}。" | "{a} ด้อยกว่า {b} ทั้งด้านต้นทุนและความเหมาะสม",
    NoneBeaten: "No option is beaten on both cost and fit." | "没有方案在成本和匹配度上都被胜过。" | "ไม่มีตัวเลือกใดด้อยกว่าทั้งด้านต้นทุนและความเหมาะสม",
    NotPlaced: "{a} is not placed: no requirement is scored, or it has no users." | "{a} 未标出：尚未为任何需求评分，或没有用户。" | "{a} ไม่ได้แสดงบนกราฟ: ยังไม่ได้ให้คะแนนความต้องการ หรือไม่มีผู้ใช้",
    FitThreshold: "60 % rule [B]" | "60% 规则 [B]" | "กฎ 60% [B]",
    BreakEven: "Break-even of each pair" | "两两比较的盈亏平衡" | "จุดคุ้มทุนของแต่ละคู่",
    BeCrosses: "After {m} months, {a} stays cheaper than {b}." | "{m} 个月后，{a} 一直比 {b} 便宜。" | "หลังจาก {m} เดือน {a} ถูกกว่า {b} ตลอด",
    BeNever: "{a} is never dearer than {b}: {b} does not break even within the horizon." | "{a} 从不比 {b} 贵：{b} 在期限内无法追平。" | "{a} ไม่เคยแพงกว่า {b}: {b} ไม่ถึงจุดคุ้มทุนภายในระยะเวลา",
    BeEndsEqual: "{a} and {b} cost the same at the end of the horizon." | "{a} 和 {b} 在期限结束时成本相同。" | "{a} และ {b} มีต้นทุนเท่ากันเมื่อสิ้นสุดระยะเวลา",
    BeIdentical: "{a} and {b} cost the same in every period." | "{a} 和 {b} 每期成本都相同。" | "{a} และ {b} มีต้นทุนเท่ากันทุกช่วง",
    Currencies: "These options are in different currencies ({list}). Nothing is converted, so they are not compared: give every option the same currency."
        | "这些方案使用不同货币（{list}）。系统不做换算，因此不进行比较：请为所有方案使用同一货币。"
        | "ตัวเลือกเหล่านี้ใช้สกุลเงินต่างกัน ({list}) ระบบไม่แปลงค่าเงิน จึงไม่เปรียบเทียบ กรุณาใช้สกุลเงินเดียวกันทุกตัวเลือก",
    Shortened: "The horizons differ: every option is compared over {n} years, the shortest one." | "期限不同：所有方案都按最短的 {n} 年进行比较。" | "ระยะเวลาต่างกัน ทุกตัวเลือกเปรียบเทียบในช่วง {n} ปี ซึ่งสั้นที่สุด",
    OwnHorizon: "{a}: its own horizon is {n} years." | "{a}：其自身期限为 {n} 年。" | "{a}: ระยะเวลาของตัวเองคือ {n} ปี",
    Invalid: "{a} cannot be evaluated:" | "{a} 无法计算：" | "{a} คำนวณไม่ได้:",
    TooLargeToCompare: "The differences are too large to compute." | "差额过大，无法计算。" | "ส่วนต่างมากเกินกว่าจะคำนวณได้",
    SaasTitle: "SaaS against on-premise: a contested reference" | "SaaS 与本地部署：一个有争议的参考" | "SaaS เทียบกับติดตั้งในองค์กร: ค่าอ้างอิงที่ยังเป็นที่ถกเถียง",
    SaasHelp: "The Yankee Group figures cited by [C] — SaaS first-year cost about 47.5 % of on-premise, 5-year TCO about 62.3 % — are contested by other studies. They are shown beside your own ratio and never enter a figure."
        | "[C] 引用的 Yankee Group 数据（SaaS 首年成本约为本地部署的 47.5%，5 年 TCO 约为 62.3%）受到其他研究的质疑。这里仅与你自己的比例并列展示，从不计入任何数字。"
        | "ตัวเลขของ Yankee Group ที่ [C] อ้างถึง (ต้นทุนปีแรกของ SaaS ประมาณ 47.5% ของแบบติดตั้งในองค์กร และ TCO 5 ปีประมาณ 62.3%) ยังถูกโต้แย้งโดยงานศึกษาอื่น จึงแสดงไว้เคียงกับอัตราส่วนของคุณเท่านั้น และไม่นำไปใช้ในตัวเลขใด",
    SaasPair: "{a} as a share of {b}" | "{a} 占 {b} 的比例" | "{a} คิดเป็นสัดส่วนของ {b}",
    SaasFirstYear: "First year (initial + year 1)" | "首年（初始 + 第 1 年）" | "ปีแรก (เริ่มต้น + ปีที่ 1)",
    SaasFiveYears: "5 years" | "5 年" | "5 ปี",
    SaasHorizon: "Whole horizon" | "整个期限" | "ตลอดระยะเวลา",
    Yours: "Your ratio" | "你的比例" | "อัตราส่วนของคุณ",
    Reference: "Reference (contested)" | "参考值（有争议）" | "ค่าอ้างอิง (มีข้อโต้แย้ง)",
    CompareLink: "Compare link" | "比较链接" | "ลิงก์เปรียบเทียบ",
    CompareLinkHelp: "Anyone with this link sees these options read-only. The scenarios travel inside the link; nothing is sent anywhere."
        | "任何拿到此链接的人都能以只读方式查看这些方案。方案包含在链接中，不会发送到任何地方。"
        | "ผู้ที่มีลิงก์นี้จะเห็นตัวเลือกเหล่านี้แบบอ่านอย่างเดียว สถานการณ์อยู่ในลิงก์ ไม่มีการส่งข้อมูลไปที่ใด",
    PartTooLarge: "{a} is too large for a link: export it as a file instead." | "{a} 太大，无法放入链接：请改为导出文件。" | "{a} ใหญ่เกินกว่าจะใส่ในลิงก์ได้ กรุณาส่งออกเป็นไฟล์แทน",
    ExportCsv: "Export the comparison (CSV)" | "导出比较表（CSV）" | "ส่งออกตารางเปรียบเทียบ (CSV)",
    Print: "Print the comparison" | "打印比较" | "พิมพ์การเปรียบเทียบ",
    Shared: "A shared comparison, read-only. Nothing is saved until you save copies." | "这是分享的比较，只读。保存副本之前不会保存任何内容。" | "การเปรียบเทียบที่แชร์มา อ่านอย่างเดียว จะไม่บันทึกอะไรจนกว่าคุณจะบันทึกสำเนา",
    SaveCopies: "Save copies" | "保存副本" | "บันทึกสำเนา",
    CopiesSaved: "Saved {n} copies to your scenarios." | "已将 {n} 个副本保存到你的方案中。" | "บันทึกสำเนา {n} รายการลงในสถานการณ์ของคุณแล้ว",
    PartBroken: "Option {n} of the link could not be read: {reason}" | "链接中的第 {n} 个方案无法读取：{reason}" | "อ่านตัวเลือกที่ {n} ของลิงก์ไม่ได้: {reason}",
    LinkCount: "This compare link holds {n} options; a comparison has 2 to 4." | "此比较链接包含 {n} 个方案；比较需要 2 到 4 个。" | "ลิงก์เปรียบเทียบนี้มี {n} ตัวเลือก การเปรียบเทียบต้องมี 2 ถึง 4",
    LinkTooLong: "This compare link is too long ({len} characters; at most {max} are read)." | "此比较链接过长（{len} 个字符；最多读取 {max} 个）。" | "ลิงก์เปรียบเทียบนี้ยาวเกินไป ({len} อักขระ อ่านได้สูงสุด {max})",
    LinkNot: "This is not a compare link." | "这不是比较链接。" | "นี่ไม่ใช่ลิงก์เปรียบเทียบ",
    QuickTitle: "Quick compare from vendor list prices" | "用厂商标价快速比较" | "เปรียบเทียบด่วนจากราคาตั้งของผู้ขาย",
    QuickHelp: "Pick 2 to 4 plans. Each becomes a new scenario made from the open one ({users} users, {years} years) with only its pricing changed; they are saved to your scenarios and compared."
        | "选择 2 到 4 个套餐。每个套餐都会以当前打开的方案（{users} 个用户，{years} 年）为基础生成新方案，只改变定价；新方案会保存到你的方案中并进行比较。"
        | "เลือก 2 ถึง 4 แพ็กเกจ แต่ละแพ็กเกจจะกลายเป็นสถานการณ์ใหม่ที่สร้างจากสถานการณ์ที่เปิดอยู่ ({users} ผู้ใช้, {years} ปี) โดยเปลี่ยนเฉพาะราคา บันทึกลงในสถานการณ์ของคุณและนำมาเปรียบเทียบ",
    QuickGo: "Make and compare" | "生成并比较" | "สร้างและเปรียบเทียบ",
    PresetTitle: "Fill from a vendor's list price" | "用厂商标价填写" | "กรอกจากราคาตั้งของผู้ขาย",
    PresetChoose: "Choose a plan…" | "选择套餐…" | "เลือกแพ็กเกจ…",
    PresetApply: "Apply to the pricing" | "应用到定价" | "ใช้กับราคา",
    PremiumSupport: "Add the vendor's premium support where it is priced" | "在有定价时加入厂商的高级支持" | "เพิ่มการสนับสนุนระดับพรีเมียมของผู้ขายเมื่อมีราคา",
    Applied: "{plan} applied: {n} pricing fields changed." | "已应用 {plan}：更改了 {n} 个定价字段。" | "ใช้ {plan} แล้ว: เปลี่ยนช่องราคา {n} ช่อง",
    Undone: "Restored the scenario as it was before {plan}." | "已恢复应用 {plan} 之前的方案。" | "คืนค่าสถานการณ์เป็นก่อนใช้ {plan} แล้ว",
    AsOf: "list price as of {date} — verify with the vendor" | "截至 {date} 的标价——请向厂商核实" | "ราคาตั้ง ณ {date} — โปรดตรวจสอบกับผู้ขาย",
    Source: "Source:" | "来源：" | "แหล่งที่มา:",
    SourceNote: "Source note (English)" | "来源说明（英文）" | "หมายเหตุแหล่งที่มา (ภาษาอังกฤษ)",
    EditionPrevious: "previous edition, for renewals" | "旧版，用于续约" | "รุ่นก่อน สำหรับการต่ออายุ",
    GenericBudget: "Generic budget CRM ([B]'s $12 price point)" | "通用低价 CRM（[B] 的 12 美元价位）" | "CRM ราคาประหยัดทั่วไป (ระดับราคา $12 ของ [B])",
    GenericEnterprise: "Generic enterprise CRM ([B]'s $130 price point)" | "通用企业级 CRM（[B] 的 130 美元价位）" | "CRM ระดับองค์กรทั่วไป (ระดับราคา $130 ของ [B])",
    FigAnnual: "Per month, billed annually" | "每月价格（按年付费）" | "ต่อเดือน เมื่อชำระรายปี",
    FigMonthly: "Per month, billed monthly" | "每月价格（按月付费）" | "ต่อเดือน เมื่อชำระรายเดือน",
    FigIncludedUsers: "Users included" | "包含用户数" | "จำนวนผู้ใช้ที่รวมอยู่",
    FigIncludedContacts: "Contacts included" | "包含联系人数" | "จำนวนผู้ติดต่อที่รวมอยู่",
    FigMinimumSeats: "Minimum billed seats" | "最低计费席位" | "จำนวนที่นั่งขั้นต่ำที่เรียกเก็บ",
    FigOnboarding: "Vendor onboarding fee (one time)" | "厂商上线服务费（一次性）" | "ค่าเริ่มใช้งานจากผู้ขาย (ครั้งเดียว)",
    FigUplift: "Uplift at each renewal" | "每次续约涨价" | "การขึ้นราคาทุกครั้งที่ต่ออายุ",
    FigTerm: "Minimum term (years)" | "最短合同期（年）" | "ระยะสัญญาขั้นต่ำ (ปี)",
    FigPremium: "Premium support, share of the licence" | "高级支持（占许可费比例）" | "การสนับสนุนพรีเมียม (สัดส่วนของค่าไลเซนส์)",
    FigExtra: "Add-on, storage or volume price" | "附加功能、存储或容量价格" | "ราคาส่วนเสริม พื้นที่เก็บข้อมูล หรือปริมาณ",
    SupportRate: "Support, share of the subscription" | "支持费（占订阅费比例）" | "ค่าสนับสนุน (สัดส่วนของค่าสมัครใช้)",
    Items: "{n} items" | "{n} 项" | "{n} รายการ",
    NoteAnnualOnly: "The plan is sold on annual contracts only: billing set to annual." | "该套餐只按年签约：计费周期设为按年。" | "แพ็กเกจนี้ขายเฉพาะสัญญารายปี: ตั้งการเรียกเก็บเป็นรายปี",
    NoteNoMonthly: "No dated monthly-billing price was found: billing set to annual." | "未找到带日期的按月付费价格：计费周期设为按年。" | "ไม่พบราคาแบบรายเดือนที่ระบุวันที่: ตั้งการเรียกเก็บเป็นรายปี",
    NoteNoAnnual: "No dated annual-billing price was found: billing set to monthly." | "未找到带日期的按年付费价格：计费周期设为按月。" | "ไม่พบราคาแบบรายปีที่ระบุวันที่: ตั้งการเรียกเก็บเป็นรายเดือน",
    NoteExtraUsers: "The plan includes {included} users and the scenario reaches {users}; the price of an extra user was not found, so extra users cost 0 here: ask the vendor."
        | "该套餐包含 {included} 个用户，而方案最多有 {users} 个；未找到额外用户的价格，因此这里额外用户按 0 计：请询问厂商。"
        | "แพ็กเกจนี้รวมผู้ใช้ {included} คน แต่สถานการณ์มีถึง {users} คน ไม่พบราคาผู้ใช้เพิ่ม จึงคิดเป็น 0 ที่นี่ โปรดสอบถามผู้ขาย",
    NoteNoSubscription: "This deployment model has no subscription: these prices count once the model is SaaS or hybrid."
        | "当前部署模式没有订阅费：部署模式改为 SaaS 或混合后这些价格才会计入。"
        | "รูปแบบการติดตั้งนี้ไม่มีค่าสมัครใช้ ราคาเหล่านี้จะนับเมื่อเปลี่ยนเป็น SaaS หรือแบบผสม",
    NotePremiumIncluded: "Premium support is part of this plan: nothing added." | "该套餐已包含高级支持：未额外添加。" | "แพ็กเกจนี้รวมการสนับสนุนพรีเมียมแล้ว: ไม่ได้เพิ่ม",
    NotePremiumNotPriced: "No dated price was found for this plan's premium support: none added." | "未找到该套餐高级支持的带日期价格：未添加。" | "ไม่พบราคาการสนับสนุนพรีเมียมที่ระบุวันที่ของแพ็กเกจนี้: ไม่ได้เพิ่ม",
    PresetCurrency: "Vendor presets are list prices in USD and this scenario is in {c}; nothing is converted. Set the scenario's currency to USD (with its other amounts in USD) to use a preset, or type the vendor's {c} prices in the pricing section."
        | "厂商预设是以美元（USD）计的标价，而此方案使用 {c}；系统不做换算。要使用预设，请把方案货币设为 USD（其他金额也用 USD），或在定价部分手动输入厂商的 {c} 价格。"
        | "ค่าที่ตั้งไว้ของผู้ขายเป็นราคาตั้งในสกุล USD แต่สถานการณ์นี้ใช้ {c} ระบบไม่แปลงค่าเงิน หากต้องการใช้ ให้ตั้งสกุลเงินของสถานการณ์เป็น USD (และจำนวนอื่นเป็น USD) หรือพิมพ์ราคา {c} ของผู้ขายในส่วนราคาเอง",
    PresetBroken: "This preset's figure for {field} does not fit the scenario; nothing was changed." | "该预设的 {field} 数值不符合方案要求；未做任何更改。" | "ตัวเลข {field} ของค่าที่ตั้งไว้นี้ใช้กับสถานการณ์ไม่ได้ ไม่ได้เปลี่ยนแปลงอะไร",
    TplBlank: "Blank (finance settings only)" | "空白（仅财务设置）" | "ว่างเปล่า (เฉพาะการตั้งค่าการเงิน)",
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text is there in every language, with the same placeholders, and the two others
    /// are not English copies.
    #[test]
    fn every_text_is_translated_with_its_placeholders() {
        let holes = |s: &str| {
            let mut v: Vec<String> = s
                .split('{')
                .skip(1)
                .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
                .collect();
            v.sort();
            v
        };
        for &text in Cx::ALL {
            let en = text.text(Locale::En);
            for l in [Locale::ZhHans, Locale::Th] {
                let other = text.text(l);
                assert!(!other.trim().is_empty(), "{text:?} empty in {l:?}");
                assert_ne!(other, en, "{text:?} untranslated in {l:?}");
                assert_eq!(holes(other), holes(en), "{text:?} placeholders in {l:?}");
            }
        }
    }
}
