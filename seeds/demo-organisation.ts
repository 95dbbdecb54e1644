import type { DemoCategorySlug, DemoUnitSlug } from "./demo-types";

// A fictional province, so that no real union or official is impersonated by the demo.
export const demoUnits: { slug: DemoUnitSlug; name: string; shortName: string; parent: DemoUnitSlug | null }[] = [
  { slug: "ldld-tinh-hai-lam", name: "Liên đoàn Lao động tỉnh Hải Lâm", shortName: "LĐLĐ tỉnh", parent: null },
  { slug: "cong-doan-vien-chuc-tinh", name: "Công đoàn Viên chức tỉnh", shortName: "CĐ Viên chức tỉnh", parent: "ldld-tinh-hai-lam" },
  { slug: "ldld-thanh-pho-hai-lam", name: "Liên đoàn Lao động thành phố Hải Lâm", shortName: "LĐLĐ thành phố", parent: "ldld-tinh-hai-lam" },
  { slug: "ldld-huyen-tan-phong", name: "Liên đoàn Lao động huyện Tân Phong", shortName: "LĐLĐ huyện Tân Phong", parent: "ldld-tinh-hai-lam" },
  { slug: "cong-doan-nganh-giao-duc", name: "Công đoàn ngành Giáo dục tỉnh", shortName: "CĐ ngành Giáo dục", parent: "ldld-tinh-hai-lam" },
  // A grassroots union under the district, so that a district's report has a subtree (issue 18).
  { slug: "cong-doan-kcn-tan-phong", name: "Công đoàn cơ sở Khu công nghiệp Tân Phong", shortName: "CĐCS KCN Tân Phong", parent: "ldld-huyen-tan-phong" },
];

export const demoCategories: { slug: DemoCategorySlug; name: string }[] = [
  { slug: "tin-hoat-dong", name: "Tin hoạt động" },
  { slug: "tin-tuc-su-kien", name: "Tin tức – sự kiện" },
  { slug: "guong-dien-hinh", name: "Gương điển hình" },
  { slug: "van-ban", name: "Văn bản" },
];

/** The demo accounts; their passwords are printed in the README, so they exist only with the demo seed. */
export const demoAccounts = [
  { key: "admin", username: "quantri", password: "QuanTri@2026", displayName: "Nguyễn Văn Quản", role: "admin", unit: "ldld-tinh-hai-lam" },
  { key: "editor", username: "bientap", password: "BienTap@2026", displayName: "Trần Thị Biên", role: "editor", unit: "ldld-tinh-hai-lam" },
  { key: "contributor", username: "congtacvien", password: "CongTac@2026", displayName: "Lê Văn Cộng", role: "contributor", unit: "cong-doan-vien-chuc-tinh" },
  // A district's editor sees their district's report only; the grassroots union's contributor sends reports up.
  { key: "districtEditor", username: "bientaptanphong", password: "TanPhong@2026", displayName: "Phạm Văn Phong", role: "editor", unit: "ldld-huyen-tan-phong" },
  { key: "grassrootsContributor", username: "ctvkhucongnghiep", password: "KhuCongNghiep@2026", displayName: "Đỗ Thị Hoa", role: "contributor", unit: "cong-doan-kcn-tan-phong" },
] as const;
