// The URL state of the public documents register (/van-ban, issue 16):
//   ?q=47/KH&loai=4&co-quan=2&nam=2024&linh-vuc=Tổ+chức&hieu-luc=con-hieu-luc&trang=2
// q: words of the abstract or a number; loai: a form's id; co-quan: an issuer's id; nam: the year
// issued; linh-vuc: a field as listed; hieu-luc: con-hieu-luc | het-hieu-luc; trang: the page.
// Empty fields are what the GET form sends for "all". proxy.ts carries the canonical state to the
// cached internal page as one path segment (as /tim-kiem does), so each register view has one entry.
import type { DocumentStatus } from "./documents";
import type { SearchParams } from "./listing-query";
import { parsePageParam } from "./pagination";
import { isRecordId, recordIdFrom } from "./record-id";
import { firstValue, MAX_Q_CHARS, searchBoxText, stateFromSegment, toBase64Url, upTo } from "./search-params";

/** Twenty rows a page: a register is scanned by number and date, more lines than news cards. */
export const DOCUMENTS_PER_PAGE = 20;
/** As long as any field the editors type; a longer value is cut, and then matches nothing. */
const MAX_FIELD_CHARS = 120;

export const legalStatusParams: Record<DocumentStatus, string> = { "in-force": "con-hieu-luc", expired: "het-hieu-luc" };

export type DocumentRegisterQuery = {
  q: string;
  formId: number | null;
  issuerId: number | null;
  year: number | null;
  field: string;
  legalStatus: DocumentStatus | null;
  page: number;
};

/** A filter whose value was malformed (not a choice the form offers): ignored, and the page says so. */
export type RegisterProblem = "loai" | "co-quan" | "nam" | "hieu-luc" | "q-rut-gon";

const problemOrder: RegisterProblem[] = ["loai", "co-quan", "nam", "hieu-luc", "q-rut-gon"];

export const registerProblemMessages: Record<RegisterProblem, string> = {
  loai: "Loại văn bản đã chọn không có trong danh sách, nên không được dùng để lọc. Hãy chọn lại.",
  "co-quan": "Cơ quan ban hành đã chọn không có trong danh sách, nên không được dùng để lọc. Hãy chọn lại.",
  nam: "Năm ban hành phải là một năm có bốn chữ số, ví dụ 2024. Hãy chọn lại.",
  "hieu-luc": "Tình trạng hiệu lực chỉ có thể là “Còn hiệu lực” hoặc “Hết hiệu lực”. Hãy chọn lại.",
  "q-rut-gon": `Từ cần tìm dài hơn ${MAX_Q_CHARS} ký tự: chỉ ${MAX_Q_CHARS} ký tự đầu được dùng để tìm.`,
};

function readId(value: string): number | null | "invalid" {
  if (value === "") return null;
  return recordIdFrom(value) ?? "invalid";
}

function readYear(value: string): number | null | "invalid" {
  if (value === "") return null;
  if (!/^\d{4}$/.test(value)) return "invalid";
  const year = Number(value);
  return year >= 1900 && year <= 2100 ? year : "invalid";
}

function readLegalStatus(value: string): DocumentStatus | null | "invalid" {
  if (value === "") return null;
  const found = (Object.keys(legalStatusParams) as DocumentStatus[]).find((status) => legalStatusParams[status] === value);
  return found ?? "invalid";
}

export type ParsedRegisterQuery = { query: DocumentRegisterQuery; problems: RegisterProblem[] };

/**
 * Reads /van-ban's query string. A malformed ?trang is null (a 404, as on the listings); any other
 * malformed value is dropped from the filter and named in `problems`, so the reader gets the
 * register with a message instead of an error.
 */
export function parseRegisterQuery(params: SearchParams): ParsedRegisterQuery | null {
  const page = parsePageParam(params.trang);
  if (page === null) return null;
  const problems: RegisterProblem[] = [];
  const valid = <T>(name: RegisterProblem, value: T | "invalid"): T | null => {
    if (value !== "invalid") return value;
    problems.push(name);
    return null;
  };
  const formId = valid("loai", readId(firstValue(params.loai)));
  const issuerId = valid("co-quan", readId(firstValue(params["co-quan"])));
  const year = valid("nam", readYear(firstValue(params.nam)));
  const legalStatus = valid("hieu-luc", readLegalStatus(firstValue(params["hieu-luc"])));
  if ([...firstValue(params.q)].length > MAX_Q_CHARS) problems.push("q-rut-gon");
  const field = upTo(firstValue(params["linh-vuc"]), MAX_FIELD_CHARS);
  return { query: { q: searchBoxText(params.q), formId, issuerId, year, field, legalStatus, page }, problems };
}

/** How many of the five lists (form, issuer, year, field, legal status) narrow the register; the words are not counted. */
export function registerFiltersInUse(query: Omit<DocumentRegisterQuery, "page">): number {
  return [query.formId, query.issuerId, query.year, query.field, query.legalStatus].filter(Boolean).length;
}

/** True when the reader narrowed the register: any filter or words. */
export function isFilteredRegister(query: Omit<DocumentRegisterQuery, "page">): boolean {
  return Boolean(query.q) || registerFiltersInUse(query) > 0;
}

/** The address of a page of the register with these filters; page 1 and empty filters are left out. */
export function documentRegisterHref(query: Omit<DocumentRegisterQuery, "page">, page = 1): string {
  const search = new URLSearchParams();
  if (query.q) search.set("q", query.q);
  if (query.formId) search.set("loai", String(query.formId));
  if (query.issuerId) search.set("co-quan", String(query.issuerId));
  if (query.year) search.set("nam", String(query.year));
  if (query.field) search.set("linh-vuc", query.field);
  if (query.legalStatus) search.set("hieu-luc", legalStatusParams[query.legalStatus]);
  if (page !== 1) search.set("trang", String(page));
  const queryString = search.toString();
  return queryString ? `/van-ban?${queryString}` : "/van-ban";
}

// The canonical state as one path segment: base64url of a JSON array, "-" for the plain register.
const PLAIN_REGISTER_SEGMENT = "-";
type CanonicalState = [q: string, formId: number, issuerId: number, year: number, field: string, legalStatus: string, page: number, problems: string[]];

function stateOf({ query, problems }: ParsedRegisterQuery): CanonicalState {
  const { q, formId, issuerId, year, field, legalStatus, page } = query;
  return [q, formId ?? 0, issuerId ?? 0, year ?? 0, field, legalStatus ? legalStatusParams[legalStatus] : "", page, problemOrder.filter((p) => problems.includes(p))];
}

/** /van-ban's query string → the internal page's segment; null when ?trang is malformed (a 404). */
export function registerStateSegment(params: SearchParams): string | null {
  const parsed = parseRegisterQuery(params);
  if (!parsed) return null;
  if (!isFilteredRegister(parsed.query) && parsed.query.page === 1 && parsed.problems.length === 0) return PLAIN_REGISTER_SEGMENT;
  return toBase64Url(JSON.stringify(stateOf(parsed)));
}

/** The segment back to the register's state; null for any segment registerStateSegment would not make. */
export function registerQueryFromSegment(segment: string): ParsedRegisterQuery | null {
  if (segment === PLAIN_REGISTER_SEGMENT) return { query: { q: "", formId: null, issuerId: null, year: null, field: "", legalStatus: null, page: 1 }, problems: [] };
  const state = stateFromSegment(segment);
  if (!Array.isArray(state) || state.length !== 8) return null;
  const [q, formId, issuerId, year, field, legalStatus, page, problems] = state as unknown[];
  if (![q, field, legalStatus].every((value) => typeof value === "string")) return null;
  if (![formId, issuerId, year, page].every((value) => typeof value === "number" && Number.isSafeInteger(value))) return null;
  if (!Array.isArray(problems) || !problems.every((problem): problem is RegisterProblem => problemOrder.includes(problem as RegisterProblem))) return null;
  const status = (Object.keys(legalStatusParams) as DocumentStatus[]).find((key) => legalStatusParams[key] === legalStatus) ?? null;
  const parsed: ParsedRegisterQuery = {
    query: {
      q: q as string,
      formId: (formId as number) || null,
      issuerId: (issuerId as number) || null,
      year: (year as number) || null,
      field: field as string,
      legalStatus: status,
      page: page as number,
    },
    problems,
  };
  // Only what proxy.ts itself would write: the state must make this very segment again.
  const { query } = parsed;
  const inRange = (id: number | null) => id === null || isRecordId(id);
  if (query.page < 1 || query.page >= 1e9 || !inRange(query.formId) || !inRange(query.issuerId)) return null;
  if ((query.year !== null && (query.year < 1900 || query.year > 2100)) || [...query.q].length > MAX_Q_CHARS || [...query.field].length > MAX_FIELD_CHARS) return null;
  if (legalStatus !== "" && status === null) return null;
  return toBase64Url(JSON.stringify(stateOf(parsed))) === segment ? parsed : null;
}
