import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isStaffPath } from "./content-security-policy";

describe("contentSecurityPolicy", () => {
  const staff = contentSecurityPolicy({ nonce: "abc123" }, { development: false });
  const cacheable = contentSecurityPolicy("cacheable", { development: false });

  it("lets a staff page's scripts run only from our origin or with this request's nonce", () => {
    expect(staff).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(staff).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(staff).not.toContain("'unsafe-eval'");
  });

  it("gives a cached public page scripts from our origin and its own inline scripts, no nonce and no eval", () => {
    expect(cacheable).toContain("script-src 'self' 'unsafe-inline';");
    expect(cacheable).not.toContain("nonce-");
    expect(cacheable).not.toContain("'strict-dynamic'");
    expect(cacheable).not.toContain("'unsafe-eval'");
  });

  it.each([["staff", staff], ["cacheable", cacheable]])("forbids framing, plugins, foreign bases and form targets on %s pages", (_, policy) => {
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).toContain("default-src 'self'");
  });

  it("lets public pages frame YouTube's cookieless player and nothing else; staff pages frame nothing", () => {
    expect(cacheable).toContain("frame-src https://www.youtube-nocookie.com;");
    expect(staff).toContain("frame-src 'none';");
  });

  it("allows eval only for the development server's hot reload", () => {
    expect(contentSecurityPolicy({ nonce: "n" }, { development: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("cacheable", { development: true })).toContain("'unsafe-eval'");
  });
});

describe("isStaffPath", () => {
  it.each([
    ["/quan-tri", true],
    ["/quan-tri/bai-viet/5", true],
    ["/dang-nhap", true],
    ["/dang-nhap/doi-mat-khau", true],
    ["/xem-truoc/12", true],
    ["/", false],
    ["/tin-tuc", false],
    ["/quan-tri-vien", false],
    ["/khong-co-trang-nay", false],
  ])("%s → %s", (pathname, expected) => {
    expect(isStaffPath(pathname)).toBe(expected);
  });
});
