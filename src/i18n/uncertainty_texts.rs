//! Texts of "How sure is this number?": the uncertainty panel, the tornado chart and the range
//! editor next to each number field — in English, Simplified Chinese and Thai.

use super::Locale;

text_table! {
    /// An uncertainty text (the variant's doc is its English text).
    Ux;
    Title: "How sure is this number?" | "这个数字有多可靠？" | "ตัวเลขนี้แน่นอนแค่ไหน?",
    Intro: "Each ranged input is drawn between its low and high value and the whole plan is recalculated, many times over."
        | "每个设有范围的输入都会在其最低值与最高值之间抽样，整套方案随之重新计算，重复许多次。"
        | "ค่าที่มีช่วงแต่ละค่าจะถูกสุ่มระหว่างค่าต่ำสุดและสูงสุด แล้วคำนวณแผนทั้งหมดใหม่ซ้ำหลายครั้ง",
    NoRanges: "No input has a range yet. Press “Add typical ranges”, or use the ± button next to any number to give it a low and a high value."
        | "尚无任何输入设有范围。请点击“添加典型范围”，或使用任一数字旁的 ± 按钮为其设置最低值和最高值。"
        | "ยังไม่มีค่าใดที่มีช่วง กด “เพิ่มช่วงทั่วไป” หรือใช้ปุ่ม ± ข้างตัวเลขใดก็ได้เพื่อกำหนดค่าต่ำและค่าสูง",
    AddTypical: "Add typical ranges" | "添加典型范围" | "เพิ่มช่วงทั่วไป",
    Added: "Ranges added:" | "已添加的范围：" | "ช่วงที่เพิ่มแล้ว:",
    NoneAdded: "Every typical range is already set." | "所有典型范围均已设置。" | "ตั้งช่วงทั่วไปครบแล้ว",
    Uncorrelated: "Inputs are treated as uncorrelated: each range is drawn on its own. Real overruns often move together, so read the spread as a lower bound."
        | "各输入视为互不相关：每个范围单独抽样。现实中的超支往往同时发生，因此请把这一分布视为下限。"
        | "ถือว่าค่าต่าง ๆ ไม่สัมพันธ์กัน: แต่ละช่วงถูกสุ่มแยกกัน ในความเป็นจริงการบานปลายมักเกิดพร้อมกัน จึงควรมองการกระจายนี้เป็นขั้นต่ำ",
    Trials: "Trials" | "试验次数" | "จำนวนการทดลอง",
    Seed: "Seed" | "随机种子" | "ค่าเมล็ดสุ่ม",
    SeedHelp: "The same seed always gives the same result." | "相同的种子总是得到相同的结果。" | "ค่าเมล็ดสุ่มเดียวกันให้ผลเหมือนเดิมเสมอ",
    TrialsOut: "Enter a whole number from 1 to 100,000." | "请输入 1 到 100,000 之间的整数。" | "ป้อนจำนวนเต็มตั้งแต่ 1 ถึง 100,000",
    SeedOut: "Enter a whole number of 0 or more (at most 18 digits)." | "请输入 0 或更大的整数（最多 18 位）。" | "ป้อนจำนวนเต็มตั้งแต่ 0 ขึ้นไป (ไม่เกิน 18 หลัก)",
    Running: "Simulating… {done} of {total} trials" | "模拟中… 已完成 {done}/{total} 次试验" | "กำลังจำลอง… {done} จาก {total} ครั้ง",
    Waiting: "Waiting for typing to pause…" | "等待输入暂停…" | "รอให้หยุดพิมพ์…",
    Ran: "{total} trials, seed {seed}." | "{total} 次试验，种子 {seed}。" | "ทดลอง {total} ครั้ง ค่าเมล็ดสุ่ม {seed}",
    Figure: "Figure" | "指标" | "ตัวเลข",
    P10: "P10" | "P10" | "P10",
    P50: "P50 (median)" | "P50（中位数）" | "P50 (ค่ามัธยฐาน)",
    P90: "P90" | "P90" | "P90",
    Tco: "TCO" | "总拥有成本 (TCO)" | "TCO (ต้นทุนรวมตลอดอายุ)",
    Npv: "NPV" | "净现值 (NPV)" | "NPV (มูลค่าปัจจุบันสุทธิ)",
    Payback: "Payback (months)" | "回本期（月）" | "คืนทุน (เดือน)",
    NotWithin: "not within the horizon" | "不在期限内" | "ไม่อยู่ในระยะเวลา",
    Budget80: "Budget at 80 % confidence" | "80% 置信度预算" | "งบประมาณที่ความเชื่อมั่น 80 %",
    Budget80Help: "80 % of the trials cost no more than this." | "80% 的试验成本不超过此数。" | "80 % ของการทดลองมีต้นทุนไม่เกินจำนวนนี้",
    Planned: "Planned TCO (every input at its value)" | "计划 TCO（所有输入取其值）" | "TCO ตามแผน (ทุกค่าตามที่ระบุ)",
    Reserve: "Contingency reserve already in it" | "其中已含的应急储备" | "เงินสำรองฉุกเฉินที่รวมไว้แล้ว",
    Extra: "Hold back beyond the plan" | "计划之外需预留" | "ต้องกันไว้เพิ่มจากแผน",
    ProbNpv: "Chance the NPV is positive" | "NPV 为正的概率" | "โอกาสที่ NPV เป็นบวก",
    ProbPayback: "Chance of payback within the horizon" | "期限内回本的概率" | "โอกาสคืนทุนภายในระยะเวลา",
    ChartTco: "Spread of TCO: histogram and S-curve" | "TCO 分布：直方图与 S 曲线" | "การกระจายของ TCO: ฮิสโทแกรมและเส้นโค้ง S",
    ChartNpv: "Spread of NPV: histogram and S-curve" | "NPV 分布：直方图与 S 曲线" | "การกระจายของ NPV: ฮิสโทแกรมและเส้นโค้ง S",
    Histogram: "Share of trials" | "试验占比" | "สัดส่วนการทดลอง",
    SCurve: "Chance of at most this value (S-curve)" | "不超过该值的概率（S 曲线）" | "โอกาสที่ไม่เกินค่านี้ (เส้นโค้ง S)",
    Tornado: "Which assumptions matter most" | "哪些假设影响最大" | "สมมติฐานใดสำคัญที่สุด",
    TornadoHelp: "Each ranged input alone from its low to its high value, every other input at its value. Top 10."
        | "每个设有范围的输入单独从最低值变到最高值，其余输入保持原值。显示前 10 项。"
        | "ค่าที่มีช่วงแต่ละค่าเปลี่ยนจากค่าต่ำไปค่าสูงทีละค่า ค่าอื่นคงเดิม แสดง 10 อันดับแรก",
    SortBy: "Sort by swing in" | "排序依据的变动" | "เรียงตามการเปลี่ยนแปลงของ",
    Input: "Input (low – high)" | "输入（最低 – 最高）" | "ค่า (ต่ำ – สูง)",
    AtLowHigh: "At low → at high" | "取最低 → 取最高" | "ที่ค่าต่ำ → ที่ค่าสูง",
    Range: "Range" | "范围" | "ช่วง",
    RangeOf: "Range of {field}" | "{field} 的范围" | "ช่วงของ {field}",
    Low: "Low" | "最低" | "ต่ำ",
    High: "High" | "最高" | "สูง",
    Distribution: "Distribution" | "分布" | "การแจกแจง",
    Pert: "PERT (peaks at the value)" | "PERT（峰值在该值）" | "PERT (สูงสุดที่ค่านี้)",
    Triangular: "Triangular" | "三角分布" | "สามเหลี่ยม",
    Uniform: "Uniform" | "均匀分布" | "สม่ำเสมอ",
    AddRange: "Add a range" | "添加范围" | "เพิ่มช่วง",
    RemoveRange: "Remove the range" | "移除范围" | "ลบช่วง",
    LowAbove: "The low value must not be above the value ({value})." | "最低值不得高于该值（{value}）。" | "ค่าต่ำต้องไม่สูงกว่าค่า ({value})",
    HighBelow: "The high value must not be below the value ({value})." | "最高值不得低于该值（{value}）。" | "ค่าสูงต้องไม่ต่ำกว่าค่า ({value})",
    NotKept: "The range was not changed." | "范围未更改。" | "ช่วงไม่ถูกเปลี่ยน",
}
