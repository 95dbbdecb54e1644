import { describe, expect, it } from "vitest";
import { describeS3Location, mediaContentType, mediaKeyProblem, parseS3Location } from "./media-store-keys";

describe("MEDIA_STORE as s3://bucket/prefix", () => {
  it.each([
    ["s3://anh-ban-tin", { bucket: "anh-ban-tin", prefix: "" }],
    ["s3://anh-ban-tin/", { bucket: "anh-ban-tin", prefix: "" }],
    ["s3://anh-ban-tin/media", { bucket: "anh-ban-tin", prefix: "media" }],
    ["s3://anh-ban-tin/media/", { bucket: "anh-ban-tin", prefix: "media" }],
    ["s3://anh.ban-tin.vn/tinh/media", { bucket: "anh.ban-tin.vn", prefix: "tinh/media" }],
    ["  s3://abc/x  ", { bucket: "abc", prefix: "x" }],
  ])("reads %j", (value, location) => {
    expect(parseS3Location(value)).toEqual({ ok: true, location });
  });

  it.each([
    ["", "phải có dạng s3://"],
    ["anh-ban-tin", "phải có dạng s3://"],
    ["http://anh-ban-tin", "phải có dạng s3://"],
    ["S3://anh-ban-tin", "phải có dạng s3://"],
    ["s3://", "tên bucket “” không hợp lệ"],
    ["s3:///media", "tên bucket “” không hợp lệ"],
    ["s3://ab", "tên bucket “ab” không hợp lệ"],
    ["s3://Anh_Ban_Tin", "tên bucket “Anh_Ban_Tin” không hợp lệ"],
    ["s3://-anh", "tên bucket “-anh” không hợp lệ"],
    ["s3://anh..tin", "tên bucket “anh..tin” không hợp lệ"],
    ["s3://192.168.1.10", "tên bucket “192.168.1.10” không hợp lệ"],
    [`s3://${"a".repeat(64)}`, "không hợp lệ"],
    ["s3://anh/../khac", "thư mục “../khac” trong bucket không hợp lệ"],
    ["s3://anh/a//b", "thư mục “a//b” trong bucket không hợp lệ"],
    ["s3://anh/a\\b", "không hợp lệ"],
  ])("refuses %j in Vietnamese", (value, problem) => {
    const parsed = parseS3Location(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(problem);
  });

  it("writes a location back as people type it", () => {
    expect(describeS3Location({ bucket: "anh", prefix: "" })).toBe("s3://anh");
    expect(describeS3Location({ bucket: "anh", prefix: "tinh/media" })).toBe("s3://anh/tinh/media");
  });
});

describe("store keys", () => {
  it.each(["ab12-960.webp", "demo-conference-3-1600.jpg", "van-ban/ab12.pdf", "van-ban/ab12.docx"])("accepts %j", (key) => {
    expect(mediaKeyProblem(key)).toBeNull();
  });

  it.each(["", "../x.webp", "van-ban/../../etc/passwd", "a..b.webp", "/etc/passwd", "van-ban//x.pdf", "van-ban/", "a\\b.pdf", "a\u0000.webp", " a.webp"])("refuses %j", (key) => {
    expect(mediaKeyProblem(key)).not.toBeNull();
  });

  it.each([
    ["ab-960.webp", "image/webp"],
    ["ab-1600.jpg", "image/jpeg"],
    ["van-ban/ab.pdf", "application/pdf"],
    ["van-ban/ab.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["van-ban/ab.ods", "application/vnd.oasis.opendocument.spreadsheet"],
    ["la.bin", "application/octet-stream"],
  ])("keeps %j as %s", (key, type) => {
    expect(mediaContentType(key)).toBe(type);
  });
});
