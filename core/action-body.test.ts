import { describe, expect, it } from "vitest";
import { isReplyJsonField, jsonNestingDepth, replyJsonProblem } from "./action-body";

describe("jsonNestingDepth", () => {
  it.each([
    ["1", 0],
    ["[]", 1],
    ['[{"a":[1]}]', 3],
    ['["[[[[", "\\"[[["]', 1],
    ["[".repeat(5000) + "]".repeat(5000), 5000],
  ])("%s → %i", (text, depth) => {
    expect(jsonNestingDepth(text)).toBe(depth);
  });
});

describe("replyJsonProblem", () => {
  it.each([
    ['["$K1"]', null],
    ['[{"ok":false,"fieldErrors":{"title":["Tiêu đề dài quá"]}},"$K1"]', null],
    ["[{{{", "malformed"],
    ["", "malformed"],
    ["[".repeat(5000) + "]".repeat(5000), "too-deep"],
    ['["$@1"]', "malformed"],
    ['[{"a":"$T"}, "$K1"]', "malformed"],
    ['["$n' + "9".repeat(400) + '"]', "malformed"],
    ['["$$100 một tháng", "$undefined", "$D2026-11-30T00:00:00.000Z", "$K1f"]', null],
  ])("%s → %s", (text, problem) => {
    expect(replyJsonProblem(text)).toBe(problem);
  });

  it("lets a form posted without JavaScript keep its references to its own parts", () => {
    expect(replyJsonProblem('{"id":"7f04","bound":"$@1"}', { ownForms: false })).toBeNull();
  });
});

describe("isReplyJsonField", () => {
  it.each([
    ["0", true],
    ["12", true],
    ["$ACTION_1:0", true],
    ["1_title", false],
    ["$ACTION_ID_7f04", false],
    ["$ACTION_REF_1", false],
  ])("%s → %s", (name, expected) => {
    expect(isReplyJsonField(name)).toBe(expected);
  });
});
