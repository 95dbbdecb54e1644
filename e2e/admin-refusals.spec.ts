import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { ADMIN_SECTIONS } from "@/core/admin-area";
import { createAccount, expect, signIn, test } from "./fixtures";

// Built from the routes themselves: every page under an admin section, and every server action the
// build registered from an admin section's files. A new admin page or action is checked without
// anyone remembering to add it here.
const root = process.cwd();
const adminPages = ADMIN_SECTIONS.flatMap((section) =>
  fs
    .readdirSync(path.join(root, "app/quan-tri", section), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith("page.tsx") && !file.includes("["))
    .map((file) => `/quan-tri/${section}/${path.dirname(file)}`.replace(/\/\.$/, "")),
);

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };
function adminActions(): { id: string; name: string; page: string }[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node)
    .filter(([, entry]) => ADMIN_SECTIONS.some((section) => entry.filename?.startsWith(`app/quan-tri/${section}/`)))
    .map(([id, entry]) => ({ id, name: `${entry.filename}#${entry.exportedName}`, page: `/${Object.keys(entry.workers)[0]?.replace(/^app\//, "").replace(/\/page$/, "")}` }));
}

/** Calls a server action the way the browser does, with no arguments: the guard must answer first. */
async function callAction(request: APIRequestContext, action: { id: string; page: string }) {
  const response = await request.post(action.page, { headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" }, data: "[]", maxRedirects: 0 });
  return { status: response.status(), body: await response.text(), location: response.headers().location ?? "" };
}

test("the admin area has pages and actions to check", () => {
  expect(adminPages.length).toBeGreaterThanOrEqual(ADMIN_SECTIONS.length);
  expect(adminActions().length).toBeGreaterThanOrEqual(4);
});

test("a signed-out visitor is refused every admin page and action", async ({ request }) => {
  for (const page of adminPages) {
    const response = await request.get(page, { maxRedirects: 0 });
    expect(response.status(), page).toBe(307);
    expect(response.headers().location, page).toContain("/dang-nhap");
  }
  for (const action of adminActions()) {
    const { status, body, location } = await callAction(request, action);
    expect(status === 307 ? location : body, action.name).toMatch(/dang-nhap|Phiên đăng nhập đã hết hạn/);
  }
});

for (const role of ["contributor", "editor"] as const) {
  test(`a ${role} is refused every admin page and action`, async ({ page, db }) => {
    await signIn(page, await createAccount(role, db));
    for (const adminPage of adminPages) {
      expect((await page.request.get(adminPage)).status(), adminPage).toBe(404);
    }
    for (const action of adminActions()) {
      const { body } = await callAction(page.request, action);
      expect(body, action.name).toContain("Chỉ quản trị viên được làm việc này.");
    }
  });
}
