// The demo site's settings: the fictional Hải Lâm provincial union, written by the Bản tin team.
import type { SiteSettings } from "@/core/schemas/site-settings";

export const demoSiteSettings: SiteSettings = {
  name: "Liên đoàn Lao động tỉnh Hải Lâm",
  shortName: "LĐLĐ tỉnh Hải Lâm",
  slogans: [
    "Công đoàn đổi mới, đồng hành cùng đoàn viên và người lao động; chăm lo, bảo vệ quyền lợi hợp pháp, chính đáng của người lao động.",
    "Hướng về cơ sở, lấy đoàn viên và người lao động làm trung tâm.",
    "Năm 2026: mỗi công đoàn cơ sở một việc làm thiết thực vì đoàn viên.",
  ],
  sloganShown: 0,
  emblemMediaId: null,
  address: "Số 12 đường Trần Hưng Đạo, phường Hòa Bình, thành phố Hải Lâm, tỉnh Hải Lâm",
  phone: "0208 3855 123",
  fax: "0208 3855 124",
  email: "lienhe@hailam.congdoan.vn",
  workingHours: "Thứ Hai – Thứ Sáu: sáng 7 giờ 30 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ",
  responsibility: "Chịu trách nhiệm nội dung: Trưởng Ban Tuyên giáo Liên đoàn Lao động tỉnh Hải Lâm",
  licence: "Giấy phép thiết lập trang thông tin điện tử tổng hợp số 08/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Hải Lâm cấp (trang mẫu)",
  footerText: "Trang tin điện tử của tổ chức Công đoàn tỉnh Hải Lâm. Khi đăng lại thông tin từ trang này, xin ghi rõ nguồn.",
  facebookUrl: "https://www.facebook.com/congdoanhailam",
  zaloUrl: "https://zalo.me/congdoanhailam",
  youtubeUrl: "https://www.youtube.com/@congdoanhailam",
  shareImageMediaId: null,
  relatedLinks: [
    { label: "Tổng Liên đoàn Lao động Việt Nam", url: "https://congdoanvn.org.vn" },
    { label: "Cổng thông tin điện tử tỉnh Hải Lâm", url: "https://hailam.gov.vn" },
    { label: "Báo Lao Động", url: "https://laodong.vn" },
  ],
};
