import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// A plain HTTP server stands where nginx would: what reaches it is what nginx would be asked.
type Asked = { path: string; host: string; refresh: string; encoding: string };
const asked: Asked[] = [];
// What nginx is asked at the same moment: how many, at most, and whether one page was ever asked twice at once.
const open: string[] = [];
let mostAtOnce = 0;
let samePageAtOnce = false;
let server: http.Server;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const path = request.url ?? "";
    asked.push({ path, host: request.headers.host ?? "", refresh: String(request.headers["x-ban-tin-nap-lai"]), encoding: request.headers["accept-encoding"] ?? "" });
    samePageAtOnce ||= open.includes(path);
    open.push(path);
    mostAtOnce = Math.max(mostAtOnce, open.length);
    // As slow as a render: later asks pile up meanwhile.
    setTimeout(() => {
      open.splice(open.indexOf(path), 1);
      response.end(path === "/hong" ? undefined : "ok");
    }, 20);
    if (path === "/hong") response.statusCode = 502;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  vi.stubEnv("NGINX_REFRESH_URL", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  vi.stubEnv("SITE_URL", "https://congdoan.example.vn");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise((resolve) => server.close(resolve));
});

describe("refreshPageCopiesSoon", () => {
  it("asks nginx for each page's gzip and plain copy, as the site's readers ask it, with the refresh header", async () => {
    const { refreshPageCopiesSoon } = await import("./page-cache-refresh");
    asked.length = 0;
    await refreshPageCopiesSoon(["/", "/tin-tuc", "/"]);
    // Each page's gzip copy, then its plain one; the two pages side by side.
    const of = (path: string) => asked.filter((ask) => ask.path === path);
    for (const path of ["/", "/tin-tuc"]) {
      expect(of(path)).toEqual([
        { path, host: "congdoan.example.vn", refresh: "1", encoding: "gzip" },
        { path, host: "congdoan.example.vn", refresh: "1", encoding: "" },
      ]);
    }
    expect(asked).toHaveLength(4);
  });

  it("renews two pages at a time; a page asked for again while it is renewed is renewed once more afterwards, never twice at once", async () => {
    const { refreshPageCopiesSoon } = await import("./page-cache-refresh");
    asked.length = 0;
    mostAtOnce = 0;
    samePageAtOnce = false;
    const first = refreshPageCopiesSoon(["/", "/tin-tuc", "/chuyen-muc/hoat-dong"]);
    const second = refreshPageCopiesSoon(["/tin-tuc", "/don-vi/ldld-tan-phong"]);
    const third = refreshPageCopiesSoon(["/don-vi/ldld-tan-phong", "/chuyen-muc/hoat-dong"]);
    expect(second).toBe(first);
    expect(third).toBe(first);
    // The first two pages are asked for at once, before either has answered (nginx takes 20 ms).
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked.map((ask) => ask.path).toSorted()).toEqual(["/", "/tin-tuc"]);
    await first;
    const gzipCopies = asked.filter((ask) => ask.encoding === "gzip").map((ask) => ask.path);
    expect(gzipCopies.toSorted()).toEqual(["/", "/chuyen-muc/hoat-dong", "/don-vi/ldld-tan-phong", "/tin-tuc", "/tin-tuc"]);
    expect(mostAtOnce).toBe(2);
    expect(samePageAtOnce).toBe(false);
    // Done: the next call starts afresh.
    asked.length = 0;
    await refreshPageCopiesSoon(["/tin-tuc"]);
    expect(asked.map((ask) => ask.path)).toEqual(["/tin-tuc", "/tin-tuc"]);
  });

  it("asks nginx for nothing while an expiry of the shared cache is under way, and renews once it has ended", async () => {
    const { refreshPageCopiesSoon } = await import("./page-cache-refresh");
    const { trackExpiry } = await import("./expiries-under-way.mjs");
    asked.length = 0;
    // The deletion in Redis that a route handler's revalidateTag starts as its answer goes.
    let endExpiry = () => {};
    void trackExpiry(new Promise<void>((resolve) => (endExpiry = resolve)));
    const renewed = refreshPageCopiesSoon(["/tin-tuc"]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(asked).toEqual([]);
    endExpiry();
    await renewed;
    expect(asked.map((ask) => ask.path)).toEqual(["/tin-tuc", "/tin-tuc"]);
    // Ended, it holds nothing back: a failed expiry neither.
    asked.length = 0;
    await trackExpiry(Promise.reject(new Error("Redis không trả lời"))).catch(() => undefined);
    await refreshPageCopiesSoon(["/"]);
    expect(asked.map((ask) => ask.path)).toEqual(["/", "/"]);
  });

  it("goes on past a page nginx could not renew, and says so in the log", async () => {
    const { refreshPageCopiesSoon } = await import("./page-cache-refresh");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    asked.length = 0;
    await refreshPageCopiesSoon(["/hong", "/tin-tuc"]);
    expect(asked.map((ask) => ask.path).toSorted()).toEqual(["/hong", "/hong", "/tin-tuc", "/tin-tuc"]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("Không làm mới được bản sao của nginx cho trang /hong"));
    warn.mockRestore();
  });
});
