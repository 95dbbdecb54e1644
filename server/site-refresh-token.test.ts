import { describe, expect, it } from "vitest";
import { isValidSiteRefreshToken, siteRefreshToken } from "./site-refresh-token";

const SECRET = "khoa-ky-thu-nghiem-cua-ban-tin-32-ky-tu";
const NOW = new Date("2026-12-01T03:00:00Z");
const minutesLater = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe("the site refresh token", () => {
  it("is accepted with the same secret for a few minutes either way", () => {
    const token = siteRefreshToken(SECRET, NOW);
    expect(isValidSiteRefreshToken(SECRET, token, NOW)).toBe(true);
    expect(isValidSiteRefreshToken(SECRET, token, minutesLater(3))).toBe(true);
    expect(isValidSiteRefreshToken(SECRET, token, minutesLater(-3))).toBe(true);
  });

  it("is refused when old, from another secret, altered or malformed", () => {
    const token = siteRefreshToken(SECRET, NOW);
    expect(isValidSiteRefreshToken(SECRET, token, minutesLater(5))).toBe(false);
    expect(isValidSiteRefreshToken(`${SECRET}-khac`, token, NOW)).toBe(false);
    const [minute, signature = ""] = token.split(".");
    expect(isValidSiteRefreshToken(SECRET, `${Number(minute) + 1}.${signature}`, NOW)).toBe(false);
    expect(isValidSiteRefreshToken(SECRET, `${minute}.${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`, NOW)).toBe(false);
    for (const bad of ["", "abc", `${minute}.`, `${minute}.${signature}x`, `-1.${signature}`, "9".repeat(40)]) expect(isValidSiteRefreshToken(SECRET, bad, NOW)).toBe(false);
  });
});
