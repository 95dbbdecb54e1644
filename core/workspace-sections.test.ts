import { describe, expect, it } from "vitest";
import { currentWorkspaceSection, workspaceSections } from "./workspace-sections";

const actor = (role: "admin" | "editor" | "contributor") => ({ id: 1, role, isActive: true });
const labels = (role: "admin" | "editor" | "contributor") => workspaceSections(actor(role)).map((each) => each.label);

describe("workspaceSections", () => {
  it("gives each role the sections its permissions open, in the menu's order", () => {
    expect(labels("contributor")).toEqual(["Bài viết", "Viết bài mới", "Văn bản", "Thống kê", "Thư viện ảnh", "Xem trang tin"]);
    expect(labels("editor")).toEqual(["Bài viết", "Viết bài mới", "Chờ duyệt", "Văn bản", "Thống kê", "Thư viện ảnh", "Video", "Trang giới thiệu", "Xem trang tin"]);
    expect(labels("admin")).toEqual([
      "Bài viết", "Viết bài mới", "Chờ duyệt", "Văn bản", "Thống kê", "Thư viện ảnh", "Video", "Trang giới thiệu",
      "Tài khoản", "Đơn vị", "Chuyên mục", "Nhật ký", "Sao lưu", "Cài đặt trang", "Menu", "Xem trang tin",
    ]);
  });

  it("gives a disabled account nothing to review or report", () => {
    expect(workspaceSections({ id: 1, role: "editor", isActive: false }).map((each) => each.label)).not.toContain("Chờ duyệt");
  });
});

describe("currentWorkspaceSection", () => {
  const sections = workspaceSections(actor("admin"));
  it.each([
    ["/quan-tri", "/quan-tri"],
    ["/quan-tri/", "/quan-tri"],
    ["/quan-tri/bai-viet/moi", "/quan-tri/bai-viet/moi"],
    ["/quan-tri/bai-viet/42", "/quan-tri"],
    ["/quan-tri/bai-viet/42/lich-su", "/quan-tri"],
    ["/quan-tri/cho-duyet", "/quan-tri/cho-duyet"],
    ["/quan-tri/thu-vien-anh/album/3", "/quan-tri/thu-vien-anh"],
    ["/quan-tri/trang/moi", "/quan-tri/trang"],
    ["/quan-tri/menu", "/quan-tri/menu"],
  ])("%s is in the section %s", (pathname, href) => {
    expect(currentWorkspaceSection(sections, pathname)).toBe(href);
  });

  it("marks nothing for a page outside the menu, nor the public site for a workspace page", () => {
    expect(currentWorkspaceSection(sections, "/quan-tri/ca-nhan")).toBeNull();
    expect(currentWorkspaceSection(sections, "/quan-tri/van-ban-cu")).toBeNull();
  });
});
