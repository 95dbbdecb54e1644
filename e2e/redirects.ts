import { expect, type APIResponse } from "@playwright/test";

/**
 * A permanent redirect to `to`, with one Location header: a singleton field (RFC 9110). Next 16.4 sent
 * it twice on the request that filled the page cache; 16.5 sends it once, and this keeps it so.
 */
export function expectPermanentRedirect(response: APIResponse, to: string, label?: string) {
  expect(response.status(), label).toBe(308);
  const locations = response.headersArray().filter((header) => header.name.toLowerCase() === "location").map((header) => header.value);
  expect(locations, label).toEqual([to]);
}
