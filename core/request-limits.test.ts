import { describe, expect, it } from "vitest";
import { formatByteLimit, MAX_ACTION_BODY_BYTES } from "./request-limits";

describe("request limits", () => {
  it.each([
    [MAX_ACTION_BODY_BYTES, "2 MB"],
    [10 * 1024 * 1024, "10 MB"],
    [1536 * 1024, "1,5 MB"],
  ])("writes the limit of %i bytes as %s", (bytes, text) => {
    expect(formatByteLimit(bytes)).toBe(text);
  });
});
