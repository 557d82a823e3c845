//! Texts of the hidden-fee checklist and the requirements-fit scorecard — the questions to ask a
//! vendor, what each answer does to the numbers (by the engine's effect code), the starter
//! requirements and the page's own words — in English, Simplified Chinese and Thai.
//!
//! The questions (`Q…`) and the starter requirements (`S…`) are entries of the one table, named
//! after the engine's variants and listed in its order (`Question::ALL`,
//! `StarterRequirement::ALL`), so they reach the Chinese and Thai catalogs like every text.

use truecost_model::{Question, RequirementGroup, StarterRequirement};

use super::Locale;

text_table! {
    /// A checklist or scorecard text (the variant's doc is its English text).
    DecideText;
    SecChecklist: "Hidden-fee checklist" | "隐性费用核查清单" | "รายการตรวจสอบค่าใช้จ่ายแฝง",
    SecChecklistHelp: "Ask the vendor before signing. Each answer changes this scenario's numbers as stated under it; Don't know makes it an open question."
        | "签约前向供应商提问。每个回答都会按其下方的说明改变本方案的数字；“不知道”会列为待确认问题。"
        | "ถามผู้ขายก่อนลงนาม แต่ละคำตอบจะเปลี่ยนตัวเลขของสถานการณ์นี้ตามที่ระบุไว้ใต้คำถาม ส่วน “ไม่ทราบ” จะกลายเป็นคำถามที่ยังค้างอยู่",
    Yes: "Yes" | "是" | "ใช่",
    No: "No" | "否" | "ไม่ใช่",
    DontKnow: "Don't know" | "不知道" | "ไม่ทราบ",
    ClearAnswer: "Clear the answer" | "清除回答" | "ล้างคำตอบ",
    Note: "The vendor's words (note)" | "供应商原话（备注）" | "คำตอบของผู้ขาย (บันทึก)",
    NoticeDays: "Notice period" | "提前通知期" | "ระยะเวลาแจ้งล่วงหน้า",
    UnitDays: "days" | "天" | "วัน",
    VendorRate: "The vendor's hourly rate" | "供应商的小时费率" | "อัตรารายชั่วโมงของผู้ขาย",
    HoursPerYear: "Hours a year" | "每年小时数" | "ชั่วโมงต่อปี",
    UnitHoursPerYear: "h / year" | "小时/年" | "ชม./ปี",
    RecordLimit: "Limit (contacts or records)" | "上限（联系人或记录）" | "ขีดจำกัด (ผู้ติดต่อหรือระเบียน)",
    ExtraAbove: "Extra a month above the limit" | "超出上限后每月加价" | "ค่าเพิ่มต่อเดือนเมื่อเกินขีดจำกัด",
    Quote: "Quoted fee" | "报价费用" | "ค่าบริการที่เสนอ",
    MonthlyCost: "Cost a month" | "每月费用" | "ค่าใช้จ่ายต่อเดือน",
    ExitFee: "Export fee" | "导出费用" | "ค่าส่งออกข้อมูล",
    EffOpen: "Open question: not known yet; this scenario's own values are used."
        | "待确认问题：尚不清楚；使用本方案自己的数值。"
        | "คำถามที่ยังค้างอยู่: ยังไม่ทราบ จึงใช้ค่าของสถานการณ์นี้เอง",
    EffRecorded: "Recorded; it does not change the numbers." | "已记录；不改变数字。" | "บันทึกไว้แล้ว ไม่เปลี่ยนตัวเลข",
    EffNeedsValue: "This answer means a cost, but its amount is missing: nothing is counted yet."
        | "此回答意味着一项费用，但缺少金额：暂不计入。"
        | "คำตอบนี้หมายถึงมีค่าใช้จ่าย แต่ยังไม่มีจำนวนเงิน จึงยังไม่นับรวม",
    EffSeatsConcurrent: "Seats are counted for concurrent users: {after} of users at the same time."
        | "席位按并发用户计算：同时在线的用户占 {after}。"
        | "นับที่นั่งตามผู้ใช้พร้อมกัน: ผู้ใช้ {after} ออนไลน์ในเวลาเดียวกัน",
    EffSeatsNamed: "Seats are counted for named users: one seat per user."
        | "席位按指定用户计算：每位用户一个席位。"
        | "นับที่นั่งตามผู้ใช้ที่ระบุชื่อ: ผู้ใช้หนึ่งคนต่อหนึ่งที่นั่ง",
    EffUpliftSet: "Renewal uplift {after} (was {before})." | "续约涨幅 {after}（原为 {before}）。" | "การขึ้นราคาเมื่อต่ออายุ {after} (เดิม {before})",
    EffUpliftKept: "The price rises at renewal; until the percentage is known, this scenario's {after} is used."
        | "续约时会涨价；在得知涨幅之前，使用本方案的 {after}。"
        | "ราคาขึ้นเมื่อต่ออายุ จนกว่าจะทราบเปอร์เซ็นต์ จะใช้ค่า {after} ของสถานการณ์นี้",
    EffTermSet: "Minimum term {after} years (was {before}); the price is uplifted at each renewal."
        | "最短合同期 {after} 年（原为 {before}）；每次续约时涨价。"
        | "ระยะสัญญาขั้นต่ำ {after} ปี (เดิม {before}) ราคาจะขึ้นทุกครั้งที่ต่ออายุ",
    EffMigrationSet: "Migration is not included: the data-migration fee is the quote, {after} (was {before})."
        | "不含迁移：数据迁移费按报价计为 {after}（原为 {before}）。"
        | "ไม่รวมการย้ายข้อมูล: ค่าย้ายข้อมูลเป็นไปตามใบเสนอราคา {after} (เดิม {before})",
    EffMigrationRemoved: "Migration is included: the data-migration outside fee is 0 (was {before})."
        | "包含迁移：数据迁移的外部费用为 0（原为 {before}）。"
        | "รวมการย้ายข้อมูลแล้ว: ค่าจ้างภายนอกสำหรับการย้ายข้อมูลเป็น 0 (เดิม {before})",
    EffMigrationKept: "Migration is not included: the data-migration fee entered ({after}) is counted."
        | "不含迁移：计入已填写的数据迁移费（{after}）。"
        | "ไม่รวมการย้ายข้อมูล: นับค่าย้ายข้อมูลที่กรอกไว้ ({after})",
    EffMigrationEstimated: "Migration is not included and no source gives a fee: estimated as the planned data-migration hours at the IT rate, {after}."
        | "不含迁移，且没有资料给出费用：按计划的数据迁移工时乘以 IT 费率估算为 {after}。"
        | "ไม่รวมการย้ายข้อมูลและไม่มีแหล่งอ้างอิงระบุค่าบริการ: ประมาณจากชั่วโมงย้ายข้อมูลที่วางแผนไว้คูณอัตรา IT ได้ {after}",
    EffAddOn: "Adds a hidden add-on of {after} a month." | "增加一项隐性附加费用：每月 {after}。" | "เพิ่มส่วนเสริมแฝง {after} ต่อเดือน",
    EffPerSeatAddOn: "Adds a hidden add-on of {after} per seat a month."
        | "增加一项隐性附加费用：每席位每月 {after}。"
        | "เพิ่มส่วนเสริมแฝง {after} ต่อที่นั่งต่อเดือน",
    EffSupport: "Adds hourly support: the yearly support fee goes from {before} to {after}."
        | "增加按小时计费的支持：每年支持费从 {before} 增至 {after}。"
        | "เพิ่มบริการสนับสนุนรายชั่วโมง: ค่าสนับสนุนต่อปีเพิ่มจาก {before} เป็น {after}",
    EffTraining: "Adds hourly training: the yearly outside training fee goes from {before} to {after}."
        | "增加按小时计费的培训：每年外部培训费从 {before} 增至 {after}。"
        | "เพิ่มการฝึกอบรมรายชั่วโมง: ค่าฝึกอบรมภายนอกต่อปีเพิ่มจาก {before} เป็น {after}",
    EffTiers: "Contact tiers: up to {before} contacts at the base price; above it, {after} a month more (a hidden volume upgrade)."
        | "联系人价格档：{before} 个以内按基础价；超出后每月多付 {after}（隐性容量升级）。"
        | "ระดับราคาผู้ติดต่อ: ไม่เกิน {before} รายใช้ราคาพื้นฐาน เกินกว่านั้นจ่ายเพิ่ม {after} ต่อเดือน (การอัปเกรดปริมาณแบบแฝง)",
    EffNoLimit: "No contact limit: the base price ({after} a month) applies at any volume."
        | "无联系人上限：任何数量都按基础价（每月 {after}）。"
        | "ไม่มีขีดจำกัดผู้ติดต่อ: ใช้ราคาพื้นฐาน ({after} ต่อเดือน) ทุกปริมาณ",
    EffExitFee: "Adds the data-export fee at exit, {after}, in the last year of the horizon."
        | "在评估期最后一年计入离开时的数据导出费 {after}。"
        | "เพิ่มค่าส่งออกข้อมูลเมื่อเลิกใช้ {after} ในปีสุดท้ายของช่วงเวลาประเมิน",
    EffNotCounted: "Not counted: this deployment model has no subscription."
        | "不计入：此部署模式没有订阅费。"
        | "ไม่นับรวม: รูปแบบการใช้งานนี้ไม่มีค่าสมัครสมาชิก",
    PrintSheet: "Print the question sheet" | "打印问题清单" | "พิมพ์แบบสอบถาม",
    SheetTitle: "Questions for the CRM vendor" | "致 CRM 供应商的问题" | "คำถามถึงผู้ขาย CRM",
    SheetIntro: "Please answer each question Yes or No and give the figure it asks for; a short note helps. Your answers let us compare the full cost of each offer."
        | "请对每个问题回答“是”或“否”，并给出所问的数字；可附简短说明。您的回答将帮助我们比较各方案的全部成本。"
        | "กรุณาตอบแต่ละคำถามว่า ใช่ หรือ ไม่ใช่ และระบุตัวเลขที่ถาม พร้อมหมายเหตุสั้น ๆ คำตอบของคุณช่วยให้เราเปรียบเทียบต้นทุนทั้งหมดของแต่ละข้อเสนอได้",
    SheetVendor: "Vendor" | "供应商" | "ผู้ขาย",
    SheetOffer: "Offer" | "方案" | "ข้อเสนอ",
    SheetDate: "Date" | "日期" | "วันที่",
    SheetNotes: "Notes" | "备注" | "หมายเหตุ",
    SheetLanguage: "Language of the sheet" | "清单语言" | "ภาษาของแบบสอบถาม",
    Print: "Print" | "打印" | "พิมพ์",
    BackToPlanner: "Back to the planner" | "返回规划器" | "กลับไปที่ตัววางแผน",
    OpenQuestions: "Open questions ({n})" | "待确认问题（{n}）" | "คำถามที่ยังค้างอยู่ ({n})",
    OpenQuestionsHelp: "Answered Don't know: ask the vendor before deciding; the numbers use this scenario's own values."
        | "回答为“不知道”：决定前请向供应商确认；数字使用本方案自己的数值。"
        | "ตอบว่า “ไม่ทราบ”: ถามผู้ขายก่อนตัดสินใจ ตัวเลขใช้ค่าของสถานการณ์นี้เอง",
    FromChecklist: "Numbers from the checklist" | "来自核查清单的数字" | "ตัวเลขจากรายการตรวจสอบ",
    FromChecklistMark: "From the checklist: {q}" | "来自核查清单：{q}" | "มาจากรายการตรวจสอบ: {q}",
    SecFit: "Requirements fit" | "需求匹配度" | "ความเหมาะสมกับความต้องการ",
    SecFitHelp: "Score each candidate on one shared list of requirements: 0 none, 1 partial, 2 full, one column per reviewer. [B]: below 60 % fit, look at other CRMs."
        | "用同一份需求清单为每个候选方案打分：0 不满足，1 部分满足，2 完全满足，每位评审人一列。[B]：匹配度低于 60% 时，请考虑其他 CRM。"
        | "ให้คะแนนแต่ละตัวเลือกตามรายการความต้องการชุดเดียวกัน: 0 ไม่มี 1 บางส่วน 2 ครบถ้วน ผู้ประเมินหนึ่งคนต่อหนึ่งคอลัมน์ [B]: ถ้าเหมาะสมต่ำกว่า 60% ให้พิจารณา CRM อื่น",
    RequirementCol: "Requirement" | "需求" | "ความต้องการ",
    GroupCol: "Group" | "类别" | "กลุ่ม",
    MustHave: "Must-have" | "必备" | "ต้องมี",
    Weight: "Weight (1–5)" | "权重（1–5）" | "น้ำหนัก (1–5)",
    AverageCol: "Average" | "平均" | "เฉลี่ย",
    AddRequirement: "Add a requirement" | "添加需求" | "เพิ่มความต้องการ",
    NewRequirement: "New requirement" | "新需求" | "ความต้องการใหม่",
    StartStarter: "Start from the starter list ({n} common requirements)"
        | "从入门清单开始（{n} 项常见需求）"
        | "เริ่มจากรายการเริ่มต้น (ความต้องการทั่วไป {n} ข้อ)",
    Reviewers: "Reviewers" | "评审人" | "ผู้ประเมิน",
    AddReviewer: "Add a reviewer" | "添加评审人" | "เพิ่มผู้ประเมิน",
    ReviewerN: "Reviewer {n}" | "评审人 {n}" | "ผู้ประเมิน {n}",
    ReviewerName: "Reviewer's name" | "评审人姓名" | "ชื่อผู้ประเมิน",
    NoReviewers: "Add a reviewer to start scoring." | "添加评审人后即可打分。" | "เพิ่มผู้ประเมินเพื่อเริ่มให้คะแนน",
    ErrWeight: "The weight must be a whole number from 1 to 5."
        | "权重必须是 1 到 5 的整数。"
        | "น้ำหนักต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 5",
    ErrScore: "A score must be 0 (none), 1 (partial) or 2 (full)."
        | "评分必须是 0（不满足）、1（部分满足）或 2（完全满足）。"
        | "คะแนนต้องเป็น 0 (ไม่มี) 1 (บางส่วน) หรือ 2 (ครบถ้วน)",
    Fit: "Fit" | "匹配度" | "ความเหมาะสม",
    NotScored: "not scored yet" | "尚未评分" | "ยังไม่ได้ให้คะแนน",
    FailsMustHave: "fails a must-have" | "未满足必备需求" | "ไม่ผ่านข้อที่ต้องมี",
    FitExplain: "{p} of the weighted maximum score, over {n} scored requirements."
        | "达到加权满分的 {p}（基于 {n} 项已评分的需求）。"
        | "ได้ {p} ของคะแนนสูงสุดแบบถ่วงน้ำหนัก จากความต้องการที่ให้คะแนนแล้ว {n} ข้อ",
    WarnFitBelow: "This candidate meets {p} of the weighted requirements. [B]: below 60 %, look at other CRMs."
        | "该候选方案满足加权需求的 {p}。[B]：低于 60% 时，请考虑其他 CRM。"
        | "ตัวเลือกนี้ตรงตามความต้องการแบบถ่วงน้ำหนัก {p} [B]: ถ้าต่ำกว่า 60% ให้พิจารณา CRM อื่น",
    WarnFitFails: "Must-haves scored “none” on average: {list}."
        | "平均得分为“不满足”的必备需求：{list}。"
        | "ข้อที่ต้องมีซึ่งได้คะแนนเฉลี่ย “ไม่มี”: {list}",
    Disagreements: "Reviewers more than 1 point apart" | "评审人评分相差超过 1 分" | "ผู้ประเมินให้คะแนนต่างกันมากกว่า 1 คะแนน",
    ListDiffers: "This requirements list differs from that of {n} other saved candidate(s); fit percentages compare only on one list."
        | "此需求清单与其他 {n} 个已保存候选方案的不同；只有基于同一份清单，匹配度才能相互比较。"
        | "รายการความต้องการนี้ต่างจากของตัวเลือกอื่นที่บันทึกไว้ {n} รายการ เปอร์เซ็นต์ความเหมาะสมเทียบกันได้เมื่อใช้รายการเดียวกันเท่านั้น",
    ShareList: "Use this list for all candidates" | "所有候选方案都使用此清单" | "ใช้รายการนี้กับทุกตัวเลือก",
    ListShared: "One list, shared by all {n} candidates." | "所有 {n} 个候选方案共用同一份清单。" | "ตัวเลือกทั้ง {n} รายการใช้รายการเดียวกัน",
    TakeList: "Use the list of “{name}”" | "使用“{name}”的清单" | "ใช้รายการของ “{name}”",
    ListCopied: "The list was copied to {n} candidate(s); their own scores were kept."
        | "清单已复制到 {n} 个候选方案；保留其各自的评分。"
        | "คัดลอกรายการไปยังตัวเลือก {n} รายการแล้ว โดยคะแนนเดิมของแต่ละรายการยังอยู่",
    Candidates: "Candidates side by side" | "候选方案并排比较" | "เปรียบเทียบตัวเลือกแบบเคียงข้างกัน",
    CandidatesHelp: "Every saved scenario is a candidate: its fit, open questions and costs side by side, as the engine computes them."
        | "每个已保存的方案都是一个候选方案：并排显示其匹配度、待确认问题和成本，均由计算引擎得出。"
        | "ทุกสถานการณ์ที่บันทึกไว้คือตัวเลือกหนึ่ง: แสดงความเหมาะสม คำถามที่ค้างอยู่ และต้นทุนเคียงข้างกัน ตามที่เครื่องคำนวณได้",
    CandidateCol: "Candidate" | "候选方案" | "ตัวเลือก",
    OpenQuestionsCol: "Open questions" | "待确认问题" | "คำถามที่ค้างอยู่",
    MustHavesCol: "Must-haves" | "必备需求" | "ข้อที่ต้องมี",
    AllMet: "all met" | "均满足" | "ผ่านทั้งหมด",
    OpenNow: "open now" | "当前打开" | "เปิดอยู่",
    GroupFeatures: "Features" | "功能清单" | "รายการฟีเจอร์",
    GroupBusiness: "Business" | "业务需求" | "ความต้องการทางธุรกิจ",
    GroupNonFunctional: "Non-functional (uptime, scale, backup)" | "非功能需求（可用性、扩展性、备份）" | "ความต้องการที่ไม่ใช่ฟังก์ชัน (เวลาทำงาน การขยาย การสำรองข้อมูล)",
    GroupFunctional: "Functional" | "功能性需求" | "ความต้องการด้านฟังก์ชัน",
    GroupSystemDesign: "System design" | "系统设计" | "การออกแบบระบบ",
    QConcurrentUsers: "Are seats licensed per concurrent user (people logged in at the same time) rather than per named user? If so, what share of users is logged in at the same time?"
        | "席位是否按并发用户（同时登录的人数）而非按指定用户计费？如果是，同时登录的用户占多大比例？"
        | "ที่นั่งคิดตามผู้ใช้พร้อมกัน (จำนวนคนที่ล็อกอินในเวลาเดียวกัน) แทนการคิดตามผู้ใช้ที่ระบุชื่อหรือไม่ ถ้าใช่ ผู้ใช้ที่ล็อกอินพร้อมกันมีสัดส่วนเท่าใด",
    QAutoRenewal: "Does the contract renew automatically at the end of the term?"
        | "合同到期时是否自动续约？"
        | "สัญญาต่ออายุโดยอัตโนมัติเมื่อครบกำหนดหรือไม่",
    QRenewalUplift: "Is the price raised at renewal? By what percentage?"
        | "续约时是否涨价？涨幅是多少？"
        | "มีการขึ้นราคาเมื่อต่ออายุหรือไม่ ขึ้นกี่เปอร์เซ็นต์",
    QNoticePeriod: "Is there a notice period to cancel or change the plan? How many days?"
        | "取消或变更套餐是否需要提前通知？需要提前多少天？"
        | "ต้องแจ้งล่วงหน้าก่อนยกเลิกหรือเปลี่ยนแผนหรือไม่ กี่วัน",
    QMinimumTerm: "Is there a minimum contract term? How many years?"
        | "是否有最短合同期？多少年？"
        | "มีระยะสัญญาขั้นต่ำหรือไม่ กี่ปี",
    QMigrationIncluded: "Are data migration and import included in the price? If not, what is the fee?"
        | "价格是否包含数据迁移和导入？如果不包含，费用是多少？"
        | "ราคารวมการย้ายและนำเข้าข้อมูลหรือไม่ ถ้าไม่รวม ค่าบริการเท่าใด",
    QCustomizationLimits: "Is there a charge once you pass a limit on custom dashboards, pipelines, custom fields or workflows? What does it cost a month?"
        | "自定义仪表板、销售管道、自定义字段或工作流超过限额后是否收费？每月多少钱？"
        | "มีค่าใช้จ่ายเมื่อเกินขีดจำกัดของแดชบอร์ด ไปป์ไลน์ ฟิลด์ที่กำหนดเอง หรือเวิร์กโฟลว์หรือไม่ เดือนละเท่าใด",
    QPermissionTier: "Does the user-permission granularity you need require a higher tier? What does it cost per seat a month?"
        | "您需要的用户权限细粒度是否要求更高级别的套餐？每席位每月多少钱？"
        | "ระดับความละเอียดของสิทธิ์ผู้ใช้ที่ต้องการ ต้องใช้แผนที่สูงกว่าหรือไม่ ราคาต่อที่นั่งต่อเดือนเท่าใด",
    QSupportHourly: "Is ongoing support billed by the hour? At what rate, and how many hours a year?"
        | "持续支持服务是否按小时计费？费率是多少，每年多少小时？"
        | "บริการสนับสนุนต่อเนื่องคิดค่าบริการรายชั่วโมงหรือไม่ อัตราเท่าใด และปีละกี่ชั่วโมง",
    QTrainingHourly: "Is training after go-live billed by the hour? At what rate, and how many hours a year?"
        | "上线后的培训是否按小时计费？费率是多少，每年多少小时？"
        | "การฝึกอบรมหลังเริ่มใช้งานจริงคิดค่าบริการรายชั่วโมงหรือไม่ อัตราเท่าใด และปีละกี่ชั่วโมง",
    QPremiumAddOns: "Are features you need sold as premium add-ons? Which, and what do they cost a month?"
        | "您需要的功能是否作为高级附加组件另行销售？是哪些，每月多少钱？"
        | "ฟีเจอร์ที่ต้องการขายแยกเป็นส่วนเสริมพรีเมียมหรือไม่ ฟีเจอร์ใด และเดือนละเท่าใด",
    QRecordLimit: "Is there a limit on contacts or records? What is the limit, and the extra price a month above it?"
        | "联系人或记录数量是否有上限？上限是多少，超出后每月加价多少？"
        | "มีขีดจำกัดจำนวนผู้ติดต่อหรือระเบียนหรือไม่ ขีดจำกัดเท่าใด และเมื่อเกินต้องจ่ายเพิ่มเดือนละเท่าใด",
    QRecordLimitUpgrade: "When the contact or record limit is crossed, are you moved to a higher plan automatically (a silent upgrade)?"
        | "超过联系人或记录上限时，是否会被自动升级到更高的套餐（静默升级）？"
        | "เมื่อเกินขีดจำกัดผู้ติดต่อหรือระเบียน จะถูกย้ายไปแผนที่สูงกว่าโดยอัตโนมัติหรือไม่ (การอัปเกรดแบบเงียบ)",
    QStorageLimit: "Is there a storage limit with overage charges? What overage do you expect a month?"
        | "是否有存储上限并收取超额费用？预计每月超额费用是多少？"
        | "มีขีดจำกัดพื้นที่จัดเก็บพร้อมค่าใช้จ่ายส่วนเกินหรือไม่ คาดว่าค่าส่วนเกินเดือนละเท่าใด",
    QApiLimit: "Are API calls limited, with a charge for more? What does it cost a month?"
        | "应用程序接口的调用次数是否有限制，超出是否收费？每月多少钱？"
        | "การเรียกใช้อินเทอร์เฟซโปรแกรม (เอพีไอ) มีขีดจำกัดและคิดค่าบริการเมื่อใช้เกินหรือไม่ เดือนละเท่าใด",
    QSandboxIncluded: "Is a sandbox or test environment included? If not, what does it cost a month?"
        | "是否包含沙盒或测试环境？如果不包含，每月多少钱？"
        | "รวมแซนด์บ็อกซ์หรือสภาพแวดล้อมทดสอบหรือไม่ ถ้าไม่รวม เดือนละเท่าใด",
    QExitExport: "Is there a fee to export all your data when you leave? How much, and in what format?"
        | "离开时导出全部数据是否收费？费用多少，以什么格式导出？"
        | "มีค่าธรรมเนียมในการส่งออกข้อมูลทั้งหมดเมื่อเลิกใช้หรือไม่ เท่าใด และในรูปแบบใด",
    QBreachLiability: "Does the vendor accept liability for a data breach? Up to what amount?"
        | "供应商是否承担数据泄露的责任？最高赔付金额是多少？"
        | "ผู้ขายยอมรับความรับผิดชอบกรณีข้อมูลรั่วไหลหรือไม่ สูงสุดเป็นจำนวนเงินเท่าใด",
    SContactManagement: "Contacts and companies in one place, with the history of every interaction."
        | "联系人和公司集中管理，保留每次互动的历史记录。"
        | "รวมผู้ติดต่อและบริษัทไว้ในที่เดียว พร้อมประวัติการติดต่อทุกครั้ง",
    SSalesPipeline: "A visual sales pipeline with the deal stages we use."
        | "可视化的销售管道，包含我们使用的商机阶段。"
        | "ไปป์ไลน์การขายแบบภาพ พร้อมขั้นตอนของดีลที่เราใช้",
    SEmailIntegration: "Email integration: send, log and track emails from the CRM."
        | "邮件集成：在 CRM 中发送、记录和跟踪邮件。"
        | "เชื่อมต่ออีเมล: ส่ง บันทึก และติดตามอีเมลจาก CRM",
    STasksCalendar: "Calendar, tasks and reminders for follow-ups."
        | "日历、任务和跟进提醒。"
        | "ปฏิทิน งาน และการแจ้งเตือนเพื่อติดตามผล",
    SReportsDashboards: "Reports and dashboards on sales activity and forecasts."
        | "销售活动和销售预测的报表与仪表板。"
        | "รายงานและแดชบอร์ดเกี่ยวกับกิจกรรมการขายและการคาดการณ์",
    SMarketingAutomation: "Marketing automation: campaigns, segments and lead nurturing."
        | "营销自动化：营销活动、客户细分和线索培育。"
        | "การตลาดอัตโนมัติ: แคมเปญ การแบ่งกลุ่ม และการบ่มเพาะลูกค้าเป้าหมาย",
    SMobileApp: "A mobile app for working on the road."
        | "移动应用，方便外出办公。"
        | "แอปมือถือสำหรับทำงานนอกสถานที่",
    SSalesProcessFit: "Fits our sales process without heavy customization."
        | "无需大量定制即可契合我们的销售流程。"
        | "เข้ากับกระบวนการขายของเราโดยไม่ต้องปรับแต่งมาก",
    SPredictablePricing: "Pricing we can predict as we grow in users and records."
        | "随着用户和记录增长，价格仍可预测。"
        | "ราคาที่คาดการณ์ได้เมื่อจำนวนผู้ใช้และระเบียนเพิ่มขึ้น",
    SVendorViability: "A financially stable vendor with a clear product roadmap."
        | "财务稳健、产品路线图清晰的供应商。"
        | "ผู้ขายที่มีฐานะการเงินมั่นคงและมีแผนพัฒนาผลิตภัณฑ์ชัดเจน",
    SLocalSupport: "Support in our language and time zone."
        | "提供我们的语言和时区的支持服务。"
        | "บริการสนับสนุนในภาษาและเขตเวลาของเรา",
    SUptimeSla: "An uptime guarantee (SLA) of at least 99.9 %."
        | "服务等级协议保证可用性不低于 99.9%。"
        | "ข้อตกลงระดับบริการรับประกันเวลาทำงานของระบบอย่างน้อย 99.9%",
    SScalability: "Scales to our expected users and records without a change of plan."
        | "无需更换套餐即可扩展到我们预期的用户数和记录数。"
        | "รองรับจำนวนผู้ใช้และระเบียนที่คาดไว้ได้โดยไม่ต้องเปลี่ยนแผน",
    SBackupRecovery: "Regular backups and a tested disaster-recovery plan."
        | "定期备份和经过测试的灾难恢复计划。"
        | "สำรองข้อมูลสม่ำเสมอและมีแผนกู้คืนจากภัยพิบัติที่ผ่านการทดสอบ",
    SSecurityCompliance: "Security certifications and data-protection compliance (e.g. ISO 27001, GDPR) and data stored in a region we accept."
        | "具备安全认证并符合数据保护法规（如 ISO 27001、欧盟《通用数据保护条例》），数据存储在我们认可的地区。"
        | "มีใบรับรองด้านความปลอดภัยและปฏิบัติตามกฎหมายคุ้มครองข้อมูล (เช่น ISO 27001 กฎหมายคุ้มครองข้อมูลของสหภาพยุโรป) และจัดเก็บข้อมูลในภูมิภาคที่เรายอมรับ",
    SLeadManagement: "Capture, score and assign leads automatically."
        | "自动获取、评分和分配销售线索。"
        | "รวบรวม ให้คะแนน และมอบหมายลูกค้าเป้าหมายโดยอัตโนมัติ",
    SWorkflowAutomation: "Automate routine steps (assignments, reminders, approvals) without code."
        | "无需编写代码即可自动化日常步骤（分配、提醒、审批）。"
        | "ทำขั้นตอนประจำให้เป็นอัตโนมัติ (การมอบหมาย การแจ้งเตือน การอนุมัติ) โดยไม่ต้องเขียนโค้ด",
    SQuotesProducts: "Quotes, products and price lists."
        | "报价、产品和价目表。"
        | "ใบเสนอราคา สินค้า และรายการราคา",
    SRolePermissions: "Roles and permissions down to the field level."
        | "细化到字段级别的角色和权限。"
        | "บทบาทและสิทธิ์ที่ละเอียดถึงระดับฟิลด์",
    SIntegrationsApi: "An open API and ready connectors to our ERP, email and marketing tools."
        | "开放的应用程序接口，以及与我们的企业资源计划系统、邮件和营销工具的现成连接器。"
        | "อินเทอร์เฟซโปรแกรมแบบเปิดและตัวเชื่อมต่อสำเร็จรูปกับระบบบริหารทรัพยากรองค์กร อีเมล และเครื่องมือการตลาดของเรา",
    SDataImportExport: "Import our existing data, and export all data in an open format (CSV) at any time."
        | "可导入现有数据，并可随时以开放格式（CSV）导出全部数据。"
        | "นำเข้าข้อมูลที่มีอยู่ และส่งออกข้อมูลทั้งหมดในรูปแบบเปิด (CSV) ได้ทุกเมื่อ",
    SCustomFields: "Custom fields, objects and layouts without programming."
        | "无需编程即可自定义字段、对象和布局。"
        | "ฟิลด์ ออบเจกต์ และเลย์เอาต์ที่กำหนดเองได้โดยไม่ต้องเขียนโปรแกรม",
}

/// The texts of the checklist questions, in `Question::ALL` order.
const QUESTIONS: [DecideText; 18] = [
    DecideText::QConcurrentUsers,
    DecideText::QAutoRenewal,
    DecideText::QRenewalUplift,
    DecideText::QNoticePeriod,
    DecideText::QMinimumTerm,
    DecideText::QMigrationIncluded,
    DecideText::QCustomizationLimits,
    DecideText::QPermissionTier,
    DecideText::QSupportHourly,
    DecideText::QTrainingHourly,
    DecideText::QPremiumAddOns,
    DecideText::QRecordLimit,
    DecideText::QRecordLimitUpgrade,
    DecideText::QStorageLimit,
    DecideText::QApiLimit,
    DecideText::QSandboxIncluded,
    DecideText::QExitExport,
    DecideText::QBreachLiability,
];

/// The texts of the starter requirements, in `StarterRequirement::ALL` order.
const STARTERS: [DecideText; 22] = [
    DecideText::SContactManagement,
    DecideText::SSalesPipeline,
    DecideText::SEmailIntegration,
    DecideText::STasksCalendar,
    DecideText::SReportsDashboards,
    DecideText::SMarketingAutomation,
    DecideText::SMobileApp,
    DecideText::SSalesProcessFit,
    DecideText::SPredictablePricing,
    DecideText::SVendorViability,
    DecideText::SLocalSupport,
    DecideText::SUptimeSla,
    DecideText::SScalability,
    DecideText::SBackupRecovery,
    DecideText::SSecurityCompliance,
    DecideText::SLeadManagement,
    DecideText::SWorkflowAutomation,
    DecideText::SQuotesProducts,
    DecideText::SRolePermissions,
    DecideText::SIntegrationsApi,
    DecideText::SDataImportExport,
    DecideText::SCustomFields,
];

/// The text of a checklist question in `locale`.
pub fn question_text(question: Question, locale: Locale) -> &'static str {
    Question::ALL
        .iter()
        .position(|q| *q == question)
        .and_then(|i| QUESTIONS.get(i))
        .map_or("", |t| t.text(locale))
}

/// The text of a starter requirement in `locale`.
pub fn starter_text(starter: StarterRequirement, locale: Locale) -> &'static str {
    StarterRequirement::ALL
        .iter()
        .position(|s| *s == starter)
        .and_then(|i| STARTERS.get(i))
        .map_or("", |t| t.text(locale))
}

/// The name of a requirement group.
pub fn group_text(group: RequirementGroup) -> DecideText {
    match group {
        RequirementGroup::Features => DecideText::GroupFeatures,
        RequirementGroup::Business => DecideText::GroupBusiness,
        RequirementGroup::NonFunctional => DecideText::GroupNonFunctional,
        RequirementGroup::Functional => DecideText::GroupFunctional,
        RequirementGroup::SystemDesign => DecideText::GroupSystemDesign,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Latin words a Chinese or Thai text may keep: names, codes and abbreviations.
    const KEPT: [&str; 5] = ["CRM", "IT", "ISO", "CSV", "B"];

    fn latin_words(text: &str) -> Vec<String> {
        let mut text = text.to_owned();
        for ph in [
            "{n}", "{p}", "{q}", "{before}", "{after}", "{name}", "{list}",
        ] {
            text = text.replace(ph, " ");
        }
        text.split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty() && !KEPT.contains(w))
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn every_text_is_translated_and_keeps_its_placeholders() {
        for &t in DecideText::ALL {
            let en = t.text(Locale::En);
            assert!(!en.trim().is_empty(), "{t:?}");
            for loc in [Locale::ZhHans, Locale::Th] {
                let s = t.text(loc);
                assert_ne!(s, en, "{t:?} is not translated into {loc:?}");
                assert_eq!(latin_words(s), Vec::<String>::new(), "{t:?} in {loc:?}");
                for ph in [
                    "{n}", "{p}", "{q}", "{before}", "{after}", "{name}", "{list}",
                ] {
                    assert_eq!(s.contains(ph), en.contains(ph), "{t:?} {ph} in {loc:?}");
                }
            }
        }
    }

    #[test]
    fn every_question_and_starter_has_three_distinct_texts() {
        for q in Question::ALL {
            let en = question_text(q, Locale::En);
            assert!(en.ends_with('?'), "{q:?}: {en}");
            for loc in [Locale::ZhHans, Locale::Th] {
                let s = question_text(q, loc);
                assert!(!s.is_empty() && s != en, "{q:?} in {loc:?}");
                assert_eq!(latin_words(s), Vec::<String>::new(), "{q:?} in {loc:?}");
            }
        }
        for s in StarterRequirement::ALL {
            let en = starter_text(s, Locale::En);
            assert!(!en.is_empty(), "{s:?}");
            for loc in [Locale::ZhHans, Locale::Th] {
                let t = starter_text(s, loc);
                assert!(!t.is_empty() && t != en, "{s:?} in {loc:?}");
                assert_eq!(latin_words(t), Vec::<String>::new(), "{s:?} in {loc:?}");
            }
        }
    }

    #[test]
    fn the_tables_follow_the_engines_lists() {
        assert_eq!(QUESTIONS.len(), Question::ALL.len());
        assert_eq!(STARTERS.len(), StarterRequirement::ALL.len());
        // Spot checks that the rows are in the engine's order.
        assert!(question_text(Question::RenewalUplift, Locale::En).contains("renewal"));
        assert!(question_text(Question::BreachLiability, Locale::En).contains("breach"));
        assert!(
            starter_text(StarterRequirement::CustomFields, Locale::En).contains("Custom fields")
        );
        assert!(starter_text(StarterRequirement::UptimeSla, Locale::En).contains("99.9"));
    }
}
