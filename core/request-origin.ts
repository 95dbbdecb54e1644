// A browser says where a request comes from: Origin on every POST from a page, Sec-Fetch-Site on
// every request of a recent browser. A write is refused when either names another site or another
// port of this host ("Origin: null" included). A request with neither did not come from a browser
// page, so no reader's or editor's cookies can have been borrowed: it is judged like any other.

export type OriginHeaders = { origin: string | null; secFetchSite: string | null };

/** True when the request was sent by a page that is not this site (siteOrigin: "https://ldld.example.vn"). */
export function isForeignOrigin(headers: OriginHeaders, siteOrigin: string): boolean {
  if (headers.origin !== null) return headers.origin.toLowerCase() !== siteOrigin.toLowerCase();
  if (headers.secFetchSite !== null) return headers.secFetchSite !== "same-origin";
  return false;
}

export function foreignOriginMessage(siteOrigin: string): string {
  return `Yêu cầu bị từ chối vì không được gửi từ một trang của ${siteOrigin}. Hãy mở trang quản trị của Bản tin rồi thao tác lại.`;
}

/** "multipart/form-data; boundary=…" → "multipart/form-data"; "" when absent. */
export function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}
