// Search engines, link previews (Zalo, Facebook) and monitors are not readers: their visits
// must not raise "Đã xem". Matched on the user agent, as they announce themselves there.
const crawlerPattern =
  /bot\b|bot\/|crawl|spider|slurp|facebookexternalhit|facebot|zalo|preview|headlesschrome|lighthouse|curl\/|wget\/|python-requests|go-http-client|node-fetch|axios\/|okhttp|java\/|monitor|uptime|pingdom|feedfetcher|mediapartners/i;

export function isCrawler(userAgent: string | null | undefined): boolean {
  if (!userAgent || userAgent.trim() === "") return true;
  return crawlerPattern.test(userAgent);
}
