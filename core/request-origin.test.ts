import { describe, expect, it } from "vitest";
import { isForeignOrigin, mediaTypeOf } from "./request-origin";

const site = "http://127.0.0.1:3100";

describe("isForeignOrigin", () => {
  it.each([
    ["the site itself", site, "same-origin", false],
    ["the site, without Sec-Fetch-Site (an older browser)", site, null, false],
    ["another port of the same host", "http://127.0.0.1:3999", "same-site", true],
    ["another site", "https://evil.example", "cross-site", true],
    ["an opaque origin (sandboxed frame, privacy redirect)", "null", "cross-site", true],
    ["no Origin but a cross-site fetch", null, "cross-site", true],
    ["no Origin, same-site (another port)", null, "same-site", true],
    ["no Origin, same-origin", null, "same-origin", false],
    ["no browser at all (curl, the server's own timer)", null, null, false],
    ["the site with another case in its host", "http://127.0.0.1:3100".toUpperCase(), null, false],
  ])("%s → %s", (_case, origin, secFetchSite, foreign) => {
    expect(isForeignOrigin({ origin, secFetchSite }, site)).toBe(foreign);
  });
});

describe("mediaTypeOf", () => {
  it.each([
    ["multipart/form-data; boundary=----x", "multipart/form-data"],
    ["Application/JSON;charset=UTF-8", "application/json"],
    [null, ""],
  ])("%j → %j", (header, expected) => {
    expect(mediaTypeOf(header)).toBe(expected);
  });
});
