import { describe, expect, it } from "vitest";
import { currentMenuItem } from "./menu-current";
import type { MenuLink } from "./menu-links";

const link = (key: string, href: string, children: MenuLink[] = [], external = false): MenuLink => ({ key, label: key, href, external, children });

const links: MenuLink[] = [
  link("home", "/"),
  link("about", "/gioi-thieu/gioi-thieu", [link("history", "/gioi-thieu/lich-su-truyen-thong")]),
  link("news", "/tin-tuc", [link("docs", "/chuyen-muc/van-ban"), link("search", "/tim-kiem?q=dai+hoi")]),
  link("vgcl", "https://congdoan.vn/tin-tuc", [], true),
];

describe("currentMenuItem", () => {
  it.each([
    ["/", { key: "home", exact: true, sectionKey: "home" }],
    ["/gioi-thieu/lich-su-truyen-thong", { key: "history", exact: true, sectionKey: "about" }],
    ["/tin-tuc", { key: "news", exact: true, sectionKey: "news" }],
    ["/tin-tuc/", { key: "news", exact: true, sectionKey: "news" }],
    ["/tin-tuc/dai-hoi-cong-doan-tinh", { key: "news", exact: false, sectionKey: "news" }],
    ["/chuyen-muc/van-ban", { key: "docs", exact: true, sectionKey: "news" }],
    ["/tin-tucx", null],
    ["/tim-kiem", { key: "search", exact: true, sectionKey: "news" }],
    ["/gioi-thieu", null],
  ])("%s → %o", (pathname, expected) => {
    expect(currentMenuItem(links, pathname)).toEqual(expected);
  });
});

