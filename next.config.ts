import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { INTERNAL_LEGACY_PATH } from "./core/legacy-routes";
import { MAX_ACTION_BODY_BYTES } from "./core/request-limits";

// Several instances share one page cache in Redis when REDIS_URL is set (server/shared-page-cache.mjs,
// docs/decisions/0021-shared-page-cache.md). Read here, not through server/env.ts: the config is
// loaded before the app, by `next build` too. Without it, each process keeps its own (decision 0005).
// Not for `next build`: the server reads this config again when it starts, and pages rendered
// from the build machine's database have no place in the cache the live site shares.
function sharedPageCache(phase: string): Pick<NextConfig, "cacheHandler" | "cacheMaxMemorySize"> {
  if (!process.env.REDIS_URL || phase === PHASE_PRODUCTION_BUILD) return {};
  // Next's own in-memory copy is turned off, as the handler asks: every instance reads Redis,
  // where another instance's expiry is seen.
  return { cacheHandler: path.join(process.cwd(), "server/shared-page-cache.mjs"), cacheMaxMemorySize: 0 };
}

const nextConfig = (phase: string): NextConfig => ({
  ...sharedPageCache(phase),
  // Native modules stay outside the server bundle and are loaded by Node.
  serverExternalPackages: ["better-sqlite3", "sharp", "@node-rs/argon2"],
  poweredByHeader: false,
  // proxy.ts drops a trailing "/" itself: Next's own 308 came first and sent an old NukeViet category
  // address ("/vi/news/hoat-dong/") on two hops to its new page (core/legacy-routes.ts).
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  // Public pages are rendered once per address and served from the cache until a tag expires
  // them (server/public-content.ts, server/cache-tags.ts, docs/decisions/0005-caching.md).
  experimental: {
    // proxy.ts refuses a larger body first, with a Vietnamese message (core/request-limits.ts).
    serverActions: { bodySizeLimit: MAX_ACTION_BODY_BYTES },
    // A reader's browser reuses a cached public page it already holds for 30 s (the least Next
    // allows) instead of 5 minutes when navigating within the site.
    staleTimes: { static: 30 },
    // Tag expiries live in the server's memory: a page written to disk could outlive a restart
    // with content that was already expired. Rendered pages stay in memory instead.
    isrFlushToDisk: false,
  },
  // A path that no route, file or proxy.ts rewrite took may be an old portal's address without a
  // sign proxy.ts can see (a Joomla category path): it is looked up before the 404 page (issue 17).
  async rewrites() {
    return { beforeFiles: [], afterFiles: [], fallback: [{ source: "/:path+", destination: `${INTERNAL_LEGACY_PATH}/:path+` }] };
  },
  // The Content-Security-Policy (a per-request nonce on staff pages) is set by proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
        ],
      },
    ];
  },
});

export default nextConfig;
