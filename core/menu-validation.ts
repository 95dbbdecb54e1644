import type { FieldErrors } from "./action-result";
import { isTargetKind, menuFieldKey, menuItemName, nestMenu, targetOf, type MenuField, type MenuNode, type MenuTargets } from "./menu-tree";
import { menuEntriesSchema, type MenuEntry } from "./schemas/menu";

export const MAX_MENU_LABEL = 80;
const MAX_ADDRESS = 2_000;

/** A problem with one item's field, or with the menu as a whole (key null). */
export type MenuProblem = { key: string | null; field: MenuField | null; message: string };

export const MALFORMED_MENU = "Menu gửi lên không đúng định dạng nên chưa được lưu. Hãy tải lại trang rồi sắp xếp lại.";

/** The form field's JSON as a list of items, or why it is not one. Never throws. */
export function readMenuEntries(json: string): { ok: true; entries: MenuEntry[] } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, message: MALFORMED_MENU };
  }
  const parsed = menuEntriesSchema.safeParse(value);
  if (parsed.success) return { ok: true, entries: parsed.data };
  const tooMany = parsed.error.issues.find((issue) => issue.code === "too_big" && issue.path.length === 0);
  return { ok: false, message: tooMany ? `Chưa lưu được: ${tooMany.message}` : MALFORMED_MENU };
}

/** Only a path of this site: "/tin-tuc", "/tim-kiem?q=đại hội"; never "//elsewhere", "/\elsewhere" or "https://…". */
export function isInternalPath(value: string): boolean {
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\") || value.length > MAX_ADDRESS) return false;
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    return new URL(value, "https://ban-tin.invalid").origin === "https://ban-tin.invalid";
  } catch {
    return false;
  }
}

/** Only a web address another site answers at: http(s), a host, no user name or password. */
export function isWebAddress(value: string): boolean {
  if (value.length > MAX_ADDRESS || /[\s\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "" && url.username === "" && url.password === "";
  } catch {
    return false;
  }
}

const schemeOf = (value: string) => /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase() ?? null;

const targetNouns = { category: "chuyên mục", unit: "đơn vị", page: "trang" } as const;

function targetProblem(entry: MenuEntry, targets: MenuTargets): string | null {
  if (!isTargetKind(entry.kind)) return null;
  const noun = targetNouns[entry.kind];
  if (entry.targetId === null) return `Hãy chọn ${noun} mà mục này trỏ tới.`;
  if (!targetOf(entry, targets)) return `Đích đã bị xóa: ${noun} này không còn. Hãy chọn ${noun} khác hoặc xóa mục.`;
  return null;
}

function addressProblem(entry: MenuEntry): string | null {
  const url = entry.url.trim();
  if (entry.kind === "path") {
    if (url === "") return "Hãy nhập đường dẫn, ví dụ /tin-tuc.";
    if (isInternalPath(url)) return null;
    if (schemeOf(url)) return "Đường dẫn trong trang không có “http://” hay tên miền: hãy nhập phần bắt đầu bằng “/”, ví dụ /tin-tuc, hoặc chọn loại “Liên kết ngoài”.";
    return "Đường dẫn trong trang phải bắt đầu bằng một dấu “/” (không phải “//”) và không có khoảng trắng, ví dụ /tin-tuc.";
  }
  if (entry.kind === "external") {
    if (url === "") return "Hãy nhập địa chỉ liên kết, ví dụ https://congdoan.vn.";
    if (isWebAddress(url)) return null;
    const scheme = schemeOf(url);
    if (scheme && scheme !== "http" && scheme !== "https") return `Không nhận địa chỉ kiểu “${scheme}:”: liên kết ngoài phải bắt đầu bằng http:// hoặc https://.`;
    return "Liên kết ngoài phải là một địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://, ví dụ https://congdoan.vn.";
  }
  return null;
}

function parentProblem(entry: MenuEntry, byKey: Map<string, MenuEntry>): string | null {
  if (entry.parentKey === null) return null;
  if (entry.parentKey === entry.key) return "Một mục không thể là mục con của chính nó.";
  const parent = byKey.get(entry.parentKey);
  if (!parent) return "Mục cha của mục này không còn trong menu.";
  const seen = new Set([entry.key]);
  for (let up: MenuEntry | undefined = parent; up; up = up.parentKey === null ? undefined : byKey.get(up.parentKey)) {
    if (seen.has(up.key)) return "Các mục đang là mục con của nhau thành một vòng: hãy đưa một mục ra cấp trên.";
    seen.add(up.key);
  }
  if (parent.parentKey !== null) return `Menu chỉ có một cấp mục con: “${menuItemName(parent)}” đã là mục con nên không chứa được mục khác.`;
  return null;
}

/**
 * Everything wrong with a menu, each problem tied to its item and field, all at once: an empty or
 * overlong label, a category, unit or page not chosen or deleted since, an internal path that is
 * not a path of this site, an external address that is not http(s) (javascript:, data:…), a
 * sub-item of a sub-item, an item under itself or a loop. A page not yet published is no problem:
 * the item waits, hidden, until it is.
 */
export function menuProblems(entries: readonly MenuEntry[], targets: MenuTargets): MenuProblem[] {
  const problems: MenuProblem[] = [];
  const byKey = new Map<string, MenuEntry>();
  for (const entry of entries) if (!byKey.has(entry.key)) byKey.set(entry.key, entry);
  // Two items with one key: the screen never sends that, and its errors could not say which item.
  if (byKey.size !== entries.length) problems.push({ key: null, field: null, message: MALFORMED_MENU });
  for (const entry of entries) {
    const label = entry.label.trim();
    if (label === "") problems.push({ key: entry.key, field: "label", message: "Hãy nhập tên hiển thị của mục." });
    else if (label.length > MAX_MENU_LABEL) problems.push({ key: entry.key, field: "label", message: `Tên hiển thị dài quá ${MAX_MENU_LABEL} ký tự (đang có ${label.length}).` });
    const checks: [MenuField, string | null][] = [["target", targetProblem(entry, targets)], ["url", addressProblem(entry)], ["parent", parentProblem(entry, byKey)]];
    for (const [field, message] of checks) if (message) problems.push({ key: entry.key, field, message });
  }
  return problems;
}

/** The entries as stored: labels and addresses trimmed, and only the field each kind uses. */
function normalised(entry: MenuEntry): MenuEntry {
  const usesUrl = entry.kind === "path" || entry.kind === "external";
  return { ...entry, label: entry.label.trim(), targetId: isTargetKind(entry.kind) ? entry.targetId : null, url: usesUrl ? entry.url.trim() : "" };
}

export type MenuCheck = { ok: true; tree: MenuNode[] } | { ok: false; formError: string; fieldErrors: FieldErrors };

/** The form's JSON as a tree ready to store, or every problem: "<key>.<field>" → messages, for the screen. */
export function checkMenu(json: string, targets: MenuTargets): MenuCheck {
  const read = readMenuEntries(json);
  if (!read.ok) return { ok: false, formError: read.message, fieldErrors: {} };
  const problems = menuProblems(read.entries, targets);
  if (problems.length === 0) return { ok: true, tree: nestMenu(read.entries.map(normalised)) };
  const whole = problems.find((problem) => problem.key === null);
  const count = problems.filter((problem) => problem.key !== null).length;
  return {
    ok: false,
    formError: whole?.message ?? `Chưa lưu được: ${count} lỗi ở các mục được đánh dấu. Menu bạn sắp xếp vẫn còn nguyên trên màn hình.`,
    fieldErrors: menuFieldErrors(problems),
  };
}

function menuFieldErrors(problems: readonly MenuProblem[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const { key, field, message } of problems) {
    if (key !== null && field !== null) (errors[menuFieldKey(key, field)] ??= []).push(message);
  }
  return errors;
}
