import { describe, expect, it } from "vitest";
import { isWebAddress, nationalPhoneDigits, phoneHref } from "./contact-formats";

describe("Vietnamese phone numbers", () => {
  it.each([
    ["0208 3855 123", "02083855123", "tel:+842083855123"],
    ["(0208) 3.855.123", "02083855123", "tel:+842083855123"],
    ["+84 208 3855 123", "02083855123", "tel:+842083855123"],
    ["+84 (0) 208 3855 123", null, null],
    ["0912-345-678", "0912345678", "tel:+84912345678"],
    ["  0912.345.678  ", "0912345678", "tel:+84912345678"],
    ["1900 1234", "19001234", "tel:19001234"],
    ["1800 599 920", "1800599920", "tel:1800599920"],
  ])("reads %j as %j (%j)", (typed, digits, href) => {
    expect(nationalPhoneDigits(typed)).toBe(digits);
    expect(phoneHref(typed)).toBe(href);
  });

  it.each([
    ["không có"],
    ["0208 3855 12a"],
    ["123"],
    ["0208 3855 123 456"],
    ["+1 202 555 0100"],
    ["0012 345 678"],
    ["javascript:alert(1)"],
    [""],
    ["+"],
  ])("refuses %j", (typed) => {
    expect(nationalPhoneDigits(typed)).toBeNull();
    expect(phoneHref(typed)).toBeNull();
  });
});

describe("web addresses", () => {
  it.each([
    ["https://www.facebook.com/congdoanhailam", true],
    ["http://hailam.gov.vn", true],
    ["https://zalo.me/1234567890", true],
    ["HTTPS://LAODONG.VN/", true],
    ["javascript:alert(1)", false],
    ["JavaScript:alert(document.cookie)//https://x.vn", false],
    ["data:text/html,<b>x</b>", false],
    ["file:///etc/passwd", false],
    ["facebook.com/congdoanhailam", false],
    ["https://", false],
    ["https://localhost", false],
    ["https://hai lam.vn", false],
    ["https://user:pass@hailam.gov.vn", false],
    ["//hailam.gov.vn", false],
  ])("%j is a web address: %s", (value, expected) => {
    expect(isWebAddress(value)).toBe(expected);
  });
});
