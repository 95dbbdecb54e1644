import { describe, expect, it } from "vitest";
import { documentDayProblems, documentNumberKey, documentNumberMatches, documentNumberPatterns, effectiveDocumentStatus } from "./documents";

const day = (text: string) => {
  const [year, month, dayOfMonth] = text.split("-").map(Number) as [number, number, number];
  return { year, month, day: dayOfMonth };
};

/** LIKE with "\" as its escape character, as SQL reads the patterns. */
function like(text: string, pattern: string): boolean {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") source += pattern.charAt(++i).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    else if (c === "%") source += ".*";
    else if (c === "_") source += ".";
    else source += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "s").test(text);
}

describe("document numbers", () => {
  it("compares without tone marks, đ as d, case or spaces", () => {
    expect(documentNumberKey("47/KH-LĐLĐ")).toBe("47/kh-ldld");
    expect(documentNumberKey(" 47 / KH - LĐLĐ ")).toBe("47/kh-ldld");
    expect(documentNumberKey("1234/QĐ-TLĐ")).toBe("1234/qd-tld");
  });

  it.each([
    ["47/KH-LĐLĐ", "47/KH", true],
    ["47/KH-LĐLĐ", "47/kh", true],
    ["47/KH-LĐLĐ", "kh-ldld", true],
    ["47/KH-LĐLĐ", "LĐLĐ", true],
    ["47/KH-LĐLĐ", "47/KH-LĐLĐ", true],
    ["47/KH-LĐLĐ", "7/KH", false],
    ["147/KH-LĐLĐ", "47/KH", false],
    ["47/KH-LĐLĐ", "48/KH", false],
    ["47/KH-LĐLĐ", "  ", false],
    ["12/2023/NQ-HĐND", "2023/nq", true],
  ])("%s is found by %j: %s", (number, query, found) => {
    expect(documentNumberMatches(number, query)).toBe(found);
    // The database's LIKE patterns say the same.
    expect(documentNumberPatterns(query).some((pattern) => like(documentNumberKey(number), pattern))).toBe(found);
  });

  it("escapes LIKE's own characters in what was typed", () => {
    expect(documentNumberPatterns("5%_x")).toEqual(["5\\%\\_x%", "%/5\\%\\_x%", "%-5\\%\\_x%", "%.5\\%\\_x%", "%\\_5\\%\\_x%"]);
    expect(documentNumberPatterns("5%").some((pattern) => like("50/kh", pattern))).toBe(false);
  });
});

describe("document days", () => {
  it("accepts in force on the day of issue or later, and ceasing after that", () => {
    expect(documentDayProblems({ issuedOn: day("2022-12-21"), inForceOn: day("2022-12-21"), ceasesOn: day("2023-12-31") })).toEqual({});
    expect(documentDayProblems({ issuedOn: day("2022-12-21"), inForceOn: null, ceasesOn: null })).toEqual({});
  });

  it("names the day a date may not precede", () => {
    expect(documentDayProblems({ issuedOn: day("2022-12-21"), inForceOn: day("2022-12-20"), ceasesOn: null })).toEqual({
      inForceOn: ["Ngày có hiệu lực không thể trước ngày ban hành (21/12/2022)."],
    });
    expect(documentDayProblems({ issuedOn: day("2022-12-21"), inForceOn: day("2023-01-01"), ceasesOn: day("2023-01-01") })).toEqual({
      ceasesOn: ["Ngày hết hiệu lực phải sau ngày có hiệu lực (01/01/2023)."],
    });
    expect(documentDayProblems({ issuedOn: day("2022-12-21"), inForceOn: null, ceasesOn: day("2022-12-01") })).toEqual({
      ceasesOn: ["Ngày hết hiệu lực phải sau ngày ban hành (21/12/2022)."],
    });
  });

  it("shows a document out of force from its day of ceasing, whatever status was set", () => {
    expect(effectiveDocumentStatus("in-force", day("2026-12-01"), day("2026-11-30"))).toBe("in-force");
    expect(effectiveDocumentStatus("in-force", day("2026-12-01"), day("2026-12-01"))).toBe("expired");
    expect(effectiveDocumentStatus("in-force", null, day("2030-01-01"))).toBe("in-force");
    expect(effectiveDocumentStatus("expired", null, day("2020-01-01"))).toBe("expired");
  });
});
