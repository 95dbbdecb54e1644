// Word and sentence pools for the benchmark's generated articles: plausible union news in
// Vietnamese, so pages have the length and the letters (diacritics, đ) of real ones.

/** A small deterministic PRNG (mulberry32): the same seed gives the same database. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}
export type Random = ReturnType<typeof createRandom>;

const events = [
  "Hội nghị tổng kết", "Sơ kết", "Tập huấn", "Hội thi", "Lễ phát động", "Ra quân", "Tọa đàm về", "Đối thoại về",
  "Kiểm tra", "Giao lưu", "Triển khai", "Hội thảo về", "Diễn đàn về", "Tuyên dương", "Trao quà", "Khảo sát",
  "Góp ý về", "Chung tay", "Đẩy mạnh", "Nâng cao hiệu quả",
] as const;

const topics = [
  "chăm lo Tết cho đoàn viên", "an toàn, vệ sinh lao động", "Mái ấm Công đoàn", "thỏa ước lao động tập thể",
  "phát triển đoàn viên", "văn hóa công sở", "quyền lợi người lao động", "Tháng Công nhân", "bữa ăn ca",
  "nhà ở cho công nhân", "phong trào thi đua lao động giỏi", "sáng kiến cải tiến kỹ thuật", "chuyển đổi số",
  "dân chủ ở cơ sở", "pháp luật lao động", "Quỹ Xã hội Công đoàn", "học bổng cho con đoàn viên",
  "chăm sóc sức khỏe nữ công nhân", "phòng chống cháy nổ", "hiến máu tình nguyện", "Chương trình Phúc lợi đoàn viên",
  "tiền lương tối thiểu vùng", "bảo hiểm xã hội", "xây dựng gia đình văn hóa", "thể thao công nhân",
] as const;

const organisations = [
  "Công đoàn ngành Giáo dục", "Công đoàn ngành Y tế", "Công đoàn Viên chức tỉnh", "LĐLĐ thành phố Hải Lâm",
  "LĐLĐ huyện Tân Phong", "Công đoàn Khu công nghiệp Bắc Hải Lâm", "Công đoàn Công ty May Hải Lâm",
  "Công đoàn Công ty Điện lực Hải Lâm", "Công đoàn Trường THPT Tân Phong", "Công đoàn Bệnh viện Đa khoa tỉnh",
  "Công đoàn Công ty Giày da Phú Mỹ", "Công đoàn xã Tân Hòa", "Công đoàn Cảng Hải Lâm", "Công đoàn ngành Xây dựng",
  "Công đoàn Công ty Chế biến Thủy sản Bình Minh", "Công đoàn Cục Thuế tỉnh", "Công đoàn Trường Mầm non Hoa Sen",
  "Công đoàn ngành Giao thông vận tải", "Công đoàn Công ty Cao su Tân Phong", "Công đoàn Sở Tài chính",
] as const;

const subjects = [
  "Ban Chấp hành Công đoàn", "Đồng chí Chủ tịch LĐLĐ tỉnh", "Các cấp công đoàn trong tỉnh", "Đoàn viên, người lao động",
  "Ban Nữ công", "Ủy ban Kiểm tra Công đoàn", "Công đoàn cơ sở", "Lãnh đạo doanh nghiệp", "Đại diện người sử dụng lao động",
  "Ban Tuyên giáo", "Các đại biểu dự hội nghị", "Tổ an toàn, vệ sinh viên", "Cán bộ công đoàn chuyên trách",
  "Ban Chính sách – Pháp luật", "Đoàn công tác của LĐLĐ tỉnh",
] as const;

const verbs = [
  "đã tổ chức", "tích cực tham gia", "thống nhất triển khai", "kịp thời thăm hỏi", "đề nghị tiếp tục", "ghi nhận",
  "phối hợp thực hiện", "đánh giá cao", "quan tâm chăm lo", "chủ động nắm bắt", "đẩy mạnh tuyên truyền về",
  "trao đổi, thảo luận về", "cam kết thực hiện", "rà soát, đề xuất", "biểu dương",
] as const;

const objects = [
  "đời sống, việc làm của người lao động", "các chế độ, chính sách cho đoàn viên", "điều kiện làm việc tại các phân xưởng",
  "những gương điển hình tiên tiến", "kế hoạch hoạt động năm tới", "nội dung thỏa ước lao động tập thể",
  "các phần quà hỗ trợ công nhân khó khăn", "phong trào thi đua yêu nước", "công tác phát triển đoàn viên mới",
  "các kiến nghị của người lao động", "việc chi trả tiền lương đúng hạn", "các mô hình hay, cách làm sáng tạo",
  "công tác bảo hộ lao động", "chương trình khám sức khỏe định kỳ", "hoạt động văn hóa, thể thao",
] as const;

const adjuncts = [
  "trong năm qua", "với sự tham dự của hơn 200 đại biểu", "tại hội trường của đơn vị", "theo đúng kế hoạch đề ra",
  "góp phần ổn định quan hệ lao động", "nhằm chăm lo tốt hơn cho đoàn viên", "trên tinh thần dân chủ, thẳng thắn",
  "trong không khí vui tươi, phấn khởi", "ngay từ những tháng đầu năm", "bằng nhiều hình thức phong phú",
  "với tổng kinh phí hàng trăm triệu đồng", "đến từng tổ, đội sản xuất", "theo chỉ đạo của Tổng Liên đoàn",
  "một cách thiết thực, hiệu quả", "để không ai bị bỏ lại phía sau",
] as const;

const headings = [
  "Nhiều kết quả nổi bật", "Chăm lo thiết thực", "Những con số ấn tượng", "Lắng nghe người lao động",
  "Phương hướng thời gian tới", "Gắn bó với cơ sở", "Lan tỏa cách làm hay",
] as const;

/**
 * Villages of the mountain districts, each named in about one article in 100,000 (articleBody):
 * the benchmark's rare words, since every other word of the generated text is in thousands.
 */
export const rareVillages = ["Khuổi Luông", "Phìn Hồ", "Sủng Thài", "Lũng Táo", "Xín Cái", "Pả Vi", "Nậm Xé", "Tả Phìn", "Sà Phìn", "Chiềng Khoa"] as const;
/** One article in this many names a village. */
const RARE_EVERY = 10_000;

/** The reporters the bylines name (the import bench also makes them the old site's created_by_alias). */
export const reporters = ["Lê Thu Hà", "Nguyễn Minh Tuấn", "Trần Thị Lan", "Phạm Quốc Bảo", "Võ Thanh Hương", "Đặng Văn Hùng", "Hoàng Mai Anh"] as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Tập huấn an toàn, vệ sinh lao động của Công đoàn ngành Y tế tháng 3/2024" */
export function articleTitle(random: Random, month: number, year: number): string {
  return `${random.pick(events)} ${random.pick(topics)} của ${random.pick(organisations)} tháng ${month}/${year}`;
}

/** About 17 words: subject, verb, object, adjunct. */
export function sentence(random: Random): string {
  return `${random.pick(subjects)} ${random.pick(verbs)} ${random.pick(objects)} ${random.pick(adjuncts)}.`;
}

export function summary(random: Random): string {
  return `${sentence(random)} ${capitalise(random.pick(objects))} được quan tâm ${random.pick(adjuncts)}.`;
}

/** Five paragraphs of five sentences and two sub-headings: about 600 words of HTML. */
export function articleBody(random: Random): string {
  const parts: string[] = [];
  for (let p = 0; p < 5; p++) {
    if (p === 2 || p === 4) parts.push(`<h2>${random.pick(headings)}</h2>`);
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++) sentences.push(sentence(random));
    parts.push(`<p>${sentences.join(" ")}</p>`);
  }
  if (random.next() < 1 / RARE_EVERY) parts.push(`<p>Đoàn công tác đã về thăm đoàn viên ở bản ${random.pick(rareVillages)}.</p>`);
  return parts.join("\n");
}

export function byline(random: Random): string {
  return `Tin & ảnh: ${random.pick(reporters)}`;
}
