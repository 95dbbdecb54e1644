import { describe, expect, it } from "vitest";
import { documentDayProblems, documentNumberKey, documentNumberQuery, effectiveDocumentStatus } from "./documents";

const day = (text: string) => {
  const [year, month, dayOfMonth] = text.split("-").map(Number) as [number, number, number];
  return { year, month, day: dayOfMonth };
};

describe("document numbers", () => {
  it("compares without tone marks, đ as d, case or spaces", () => {
    expect(documentNumberKey("47/KH-LĐLĐ")).toBe("47/kh-ldld");
    expect(documentNumberKey(" 47 / KH - LĐLĐ ")).toBe("47/kh-ldld");
    expect(documentNumberKey("1234/QĐ-TLĐ")).toBe("1234/qd-tld");
  });

  it("says where a typed number may stand: at the start of a number, or after a separator", () => {
    expect(documentNumberQuery(" 47 / KH ")).toEqual({ start: "47/kh", afterSeparator: ["/47/kh", "-47/kh", ".47/kh", "_47/kh"] });
    expect(documentNumberQuery("LĐLĐ")?.start).toBe("ldld");
    expect(documentNumberQuery("  ")).toBeNull();
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
