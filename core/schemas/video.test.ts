import { describe, expect, it } from "vitest";
import { videoSchema } from "./video";

const valid = { title: "Đại hội Công đoàn tỉnh", link: "https://youtu.be/dQw4w9WgXcQ?t=30", takenOn: "21/12/2022", unitId: "", description: "", slug: "" };

describe("videoSchema", () => {
  it("reads a YouTube link into its id and start, and makes the slug from the title", () => {
    const parsed = videoSchema.parse(valid);
    expect(parsed.link).toEqual({ id: "dQw4w9WgXcQ", startSeconds: 30 });
    expect(parsed.takenOn).toEqual({ year: 2022, month: 12, day: 21 });
    expect(parsed.slug).toBe("dai-hoi-cong-doan-tinh");
    expect(parsed.unitId).toBeNull();
  });

  it("refuses a link to another host with the field's message", () => {
    const result = videoSchema.safeParse({ ...valid, link: "https://vimeo.com/1234" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["link", expect.stringMatching(/Chỉ nhận liên kết video YouTube/)]]);
  });

  it("asks for a title and a day", () => {
    const result = videoSchema.safeParse({ ...valid, title: "  ", takenOn: "" });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["title", "takenOn"]);
  });
});
