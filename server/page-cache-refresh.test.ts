import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// A plain HTTP server stands where nginx would: what reaches it is what nginx would be asked.
type Asked = { path: string; host: string; refresh: string; encoding: string };
const asked: Asked[] = [];
let server: http.Server;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    asked.push({ path: request.url ?? "", host: request.headers.host ?? "", refresh: String(request.headers["x-ban-tin-nap-lai"]), encoding: request.headers["accept-encoding"] ?? "" });
    // As slow as a render: later asks pile up meanwhile.
    setTimeout(() => response.end(request.url === "/hong" ? undefined : "ok"), 20);
    if (request.url === "/hong") response.statusCode = 502;
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
    expect(asked).toEqual([
      { path: "/", host: "congdoan.example.vn", refresh: "1", encoding: "gzip" },
      { path: "/", host: "congdoan.example.vn", refresh: "1", encoding: "" },
      { path: "/tin-tuc", host: "congdoan.example.vn", refresh: "1", encoding: "gzip" },
      { path: "/tin-tuc", host: "congdoan.example.vn", refresh: "1", encoding: "" },
    ]);
  });

  it("runs one round at a time: pages asked for meanwhile are refreshed once, in the next round", async () => {
    const { refreshPageCopiesSoon } = await import("./page-cache-refresh");
    asked.length = 0;
    const first = refreshPageCopiesSoon(["/", "/tin-tuc"]);
    const second = refreshPageCopiesSoon(["/tin-tuc", "/don-vi/ldld-tan-phong"]);
    const third = refreshPageCopiesSoon(["/don-vi/ldld-tan-phong"]);
    expect(second).toBe(first);
    expect(third).toBe(first);
    await first;
    expect(asked.filter((ask) => ask.encoding === "gzip").map((ask) => ask.path)).toEqual(["/", "/tin-tuc", "/tin-tuc", "/don-vi/ldld-tan-phong"]);
  });

  it("goes on past a page nginx could not renew, and says so in the log", async () => {
    const { refreshPageCopiesSoon } = await import("./page-cache-refresh");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    asked.length = 0;
    await refreshPageCopiesSoon(["/hong", "/tin-tuc"]);
    expect(asked.map((ask) => ask.path)).toEqual(["/hong", "/hong", "/tin-tuc", "/tin-tuc"]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("Không làm mới được bản sao của nginx cho 1 trang"));
    warn.mockRestore();
  });
});
