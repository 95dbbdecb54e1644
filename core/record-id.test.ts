import { describe, expect, it } from "vitest";
import { isRecordId, MAX_RECORD_ID, recordIdFrom } from "./record-id";

describe("a row's id in a request", () => {
  it("reads the digits of an id, up to the largest PostgreSQL's integer holds", () => {
    expect(recordIdFrom("1")).toBe(1);
    expect(recordIdFrom("42")).toBe(42);
    expect(recordIdFrom("2147483647")).toBe(2_147_483_647);
    expect(MAX_RECORD_ID).toBe(2 ** 31 - 1);
  });

  it.each(["2147483648", "3000000000", "9999999999", "99999999999", "0", "01", "-1", "+1", "1.5", "1e9", " 1", "1 ", "", "abc", "١٢"])("refuses %j", (text) => {
    expect(recordIdFrom(text)).toBeNull();
  });

  it("refuses what is not text", () => {
    for (const value of [undefined, null, 12, ["12"], {}]) expect(recordIdFrom(value)).toBeNull();
  });

  it("tells a number that can be an id from one that cannot", () => {
    expect([1, 7, MAX_RECORD_ID].every(isRecordId)).toBe(true);
    expect([0, -1, 1.5, MAX_RECORD_ID + 1, Number.NaN, Number.POSITIVE_INFINITY, "1", null].some(isRecordId)).toBe(false);
  });
});
