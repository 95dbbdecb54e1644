import { describe, expect, it } from "vitest";
import { parseYouTubeLink, youTubeEmbedUrl, youTubeWatchUrl } from "./youtube";

const id = "dQw4w9WgXcQ";

describe("parseYouTubeLink", () => {
  it.each([
    [`https://www.youtube.com/watch?v=${id}`, 0],
    [`https://youtube.com/watch?v=${id}&list=PL123&index=2`, 0],
    [`https://m.youtube.com/watch?v=${id}&t=95`, 95],
    [`https://youtu.be/${id}?si=abc&t=1m30s`, 90],
    [`youtu.be/${id}`, 0],
    [`https://www.youtube.com/shorts/${id}`, 0],
    [`https://www.youtube.com/embed/${id}?start=12`, 12],
    [`https://www.youtube-nocookie.com/embed/${id}`, 0],
    [`https://www.youtube.com/live/${id}?t=1h2m3s`, 3723],
  ])("reads %s", (link, startSeconds) => {
    expect(parseYouTubeLink(link)).toEqual({ ok: true, video: { id, startSeconds } });
  });

  it.each([
    `https://vimeo.com/123456`,
    `https://www.youtube.com.evil.example/watch?v=${id}`,
    `https://evil.example/?u=https://youtu.be/${id}`,
    `https://user@www.youtube.com/watch?v=${id}`,
    `https://www.youtube.com:8443/watch?v=${id}`,
    `javascript:alert(1)`,
    `ftp://youtu.be/${id}`,
    `https://drive.google.com/file/d/abc/view`,
  ])("refuses another host: %s", (link) => {
    const result = parseYouTubeLink(link);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/Chỉ nhận liên kết video YouTube/);
  });

  it.each([`https://www.youtube.com/`, `https://www.youtube.com/watch?v=short`, `https://www.youtube.com/@congdoan`, `https://youtu.be/`, `https://www.youtube.com/embed/${id}/extra`])(
    "refuses a YouTube link that names no video: %s",
    (link) => {
      const result = parseYouTubeLink(link);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/không chỉ tới một video/);
    },
  );

  it("asks for a link when the field is empty", () => {
    expect(parseYouTubeLink("  ")).toEqual({ ok: false, message: "Hãy dán liên kết video YouTube." });
  });
});

describe("the player and the link", () => {
  it("plays from youtube-nocookie.com, at the start time", () => {
    expect(youTubeEmbedUrl({ id, startSeconds: 90 })).toBe(`https://www.youtube-nocookie.com/embed/${id}?rel=0&start=90`);
    expect(youTubeEmbedUrl({ id, startSeconds: 0 })).toBe(`https://www.youtube-nocookie.com/embed/${id}?rel=0`);
    expect(youTubeWatchUrl({ id, startSeconds: 90 })).toBe(`https://www.youtube.com/watch?v=${id}&t=90s`);
  });

  it("never builds a player address from an id that is not one", () => {
    expect(() => youTubeEmbedUrl({ id: `${id}"><script>`, startSeconds: 0 })).toThrow();
  });
});
