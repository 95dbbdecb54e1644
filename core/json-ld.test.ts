import { describe, expect, it } from "vitest";
import { breadcrumbListJsonLd, scriptJson } from "./json-ld";

describe("scriptJson", () => {
  it("cannot end the script element it is put in", () => {
    const json = scriptJson({ name: "</script><script>alert(1)</script>\u2028" });
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual({ name: "</script><script>alert(1)</script>\u2028" });
  });
});

describe("breadcrumbListJsonLd", () => {
  it("numbers the steps from the home page, with absolute addresses", () => {
    const crumbs = [
      { name: "Trang chủ", path: "/" },
      { name: "Giới thiệu", path: "/gioi-thieu/gioi-thieu" },
      { name: "Lịch sử truyền thống", path: "/gioi-thieu/lich-su-truyen-thong" },
    ];
    expect(JSON.parse(breadcrumbListJsonLd("https://congdoan.example.vn", crumbs))).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Trang chủ", item: "https://congdoan.example.vn/" },
        { "@type": "ListItem", position: 2, name: "Giới thiệu", item: "https://congdoan.example.vn/gioi-thieu/gioi-thieu" },
        { "@type": "ListItem", position: 3, name: "Lịch sử truyền thống", item: "https://congdoan.example.vn/gioi-thieu/lich-su-truyen-thong" },
      ],
    });
  });
});
