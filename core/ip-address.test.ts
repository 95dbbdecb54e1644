import { describe, expect, it } from "vitest";
import { displayIpAddress } from "./ip-address";

describe("displayIpAddress", () => {
  it.each([
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["::FFFF:203.113.1.5", "203.113.1.5"],
    ["203.113.1.5", "203.113.1.5"],
    ["::1", "::1"],
    ["2001:db8::ffff:1.2.3.4", "2001:db8::ffff:1.2.3.4"],
    ["::ffff:7f00:1", "::ffff:7f00:1"],
    ["", ""],
  ])("shows %j as %j", (ip, shown) => {
    expect(displayIpAddress(ip)).toBe(shown);
  });
});
