// `npm run bench -- --cluster` (issue 19): the bench database on the cluster's own PostgreSQL,
// the cluster started through scripts/cluster.ts with two instances behind nginx, then
// 1. cached public pages through nginx, as browsers ask (gzip) and uncompressed, beside a static
//    copy of the same bytes on a second nginx;
// 2. uncached article renders through nginx without its page cache, by one and by two instances,
//    with the CPU share of every process read from /proc;
// 3. how long an edit takes to be seen through nginx.
// Everything it started is stopped at the end, on failure and on Ctrl-C (scripts/cluster.ts stop).
import os from "node:os";
import { closeDatabase, openDatabase } from "@/db/client";
import { publicArticleAddresses, publishedArticleBySlug } from "@/db/queries/public-articles";
import { editableArticle } from "@/db/queries/workspace-articles";
import { ensurePostgresBenchDatabase } from "./bench-database";
import { machineDescription, writeResults } from "./bench-report";
import { appPorts, CLUSTER_INSTANCES, clusterProcesses, configureNginx, startCluster, startClusterPostgres, stopCluster } from "./cluster-control";
import { browserHeaders } from "./bench-server";
import { benchCachedPages } from "./cluster-pages";
import { benchUncachedRenders } from "./cluster-renders";
import { cachedPagesMeetTarget, heldToTarget, printClusterReport, TARGETS } from "./cluster-report";
import { clusterBenchSettings, type ClusterBenchSettings } from "./cluster-settings";
import { measurePublicationDelay } from "./publication-delay";
import { signalStaticNginx } from "./static-nginx";

export type ClusterBenchOptions = { articles: number; documents: number; duration: number; connections: number };

const PUBLICATIONS = 5;
const WARM_SECONDS = 5;

/** Home, /tin-tuc and an article; every public article's address for the uncached renders; the newest, to edit. */
async function clusterTargets(location: string, articles: number) {
  const db = openDatabase(location);
  try {
    const middle = await editableArticle(db, Math.ceil(articles / 2));
    const addresses = await publicArticleAddresses(db, { offset: 0, limit: articles });
    const newest = addresses[0] ? await publishedArticleBySlug(db, addresses[0].slug) : null;
    const edited = newest ? await editableArticle(db, newest.id) : null;
    if (!middle || !edited) throw new Error("Cơ sở dữ liệu của cụm thiếu bài viết công khai.");
    return {
      pages: [
        { name: "Trang chủ", path: "/" },
        { name: "Tin tức", path: "/tin-tuc" },
        { name: "Bài viết", path: `/tin-tuc/${middle.slug}` },
      ],
      // Neither the page loaded cached nor the one edited: every render is a first.
      slugs: addresses.map((address) => address.slug).filter((slug) => slug !== middle.slug && slug !== edited.slug),
      edited,
    };
  } finally {
    await closeDatabase(db);
  }
}

/**
 * Waits until each instance answers a cached page within 100 ms, three times in a row (at most 30 s).
 * autocannon stops at the end of the uncached renders with up to 16 requests still being rendered:
 * an edit measured at once waited behind them (1.4–1.7 s for the first edit of 2026-12-02's runs).
 */
async function untilInstancesSettle(settings: ClusterBenchSettings): Promise<void> {
  const until = Date.now() + 30_000;
  for (const port of appPorts(settings, CLUSTER_INSTANCES)) {
    for (let quick = 0; quick < 3 && Date.now() < until; ) {
      const started = performance.now();
      await (await fetch(`http://127.0.0.1:${port}/tin-tuc`, { headers: browserHeaders })).arrayBuffer();
      quick = performance.now() - started < 100 ? quick + 1 : 0;
    }
  }
}

/** Runs the bench; false when a request failed or answered other than 2xx. */
export async function runClusterBench(options: ClusterBenchOptions): Promise<boolean> {
  const settings = clusterBenchSettings();
  const origin = `http://127.0.0.1:${settings.port}`;
  // The cluster's SITE_URL (scripts/cluster.ts): writes must come from it.
  const siteOrigin = `http://localhost:${settings.port}`;
  const onSignal = () => {
    signalStaticNginx(settings.stateDir);
    stopCluster(settings);
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const database = startClusterPostgres(settings);
    await ensurePostgresBenchDatabase(database, options.articles, options.documents);
    startCluster(settings);
    const targets = await clusterTargets(database, options.articles);
    const groups = clusterProcesses(settings);
    const loadAverageAtStart = os.loadavg();

    await configureNginx(settings, { instances: 2, pageCache: true });
    const cached = await benchCachedPages({ origin, stateDir: settings.stateDir, staticPort: settings.staticPort, pages: targets.pages, duration: options.duration, connections: options.connections, groups });

    const renders = await benchUncachedRenders({
      origin,
      slugs: targets.slugs,
      duration: options.duration,
      warmSeconds: WARM_SECONDS,
      connections: options.connections,
      useInstances: (instances) => configureNginx(settings, { instances, pageCache: false }),
      groups,
    });

    await configureNginx(settings, { instances: 2, pageCache: true });
    await untilInstancesSettle(settings);
    console.log(`Cụm · sửa tiêu đề bài mới nhất ${PUBLICATIONS} lần, chờ nó hiện trên /tin-tuc qua nginx …`);
    const publication = await measurePublicationDelay({ origin, siteOrigin, article: targets.edited, times: PUBLICATIONS });
    const loadAverageAtEnd = os.loadavg();

    printClusterReport(cached, renders, publication);
    console.log(`\nTải trung bình của máy (1, 5, 15 phút): lúc đầu ${loadAverageAtStart.map((n) => n.toFixed(2)).join(", ")}; lúc cuối ${loadAverageAtEnd.map((n) => n.toFixed(2)).join(", ")}`);
    const file = writeResults("cluster", {
      measuredAt: new Date().toISOString(),
      machine: machineDescription(),
      loadAverage: { atStart: loadAverageAtStart, atEnd: loadAverageAtEnd },
      settings: { ...options, instances: 2, warmSeconds: WARM_SECONDS, publications: PUBLICATIONS, nginxPort: settings.port, staticPort: settings.staticPort },
      targets: {
        ...TARGETS,
        cachedPagesMet: cached.filter(heldToTarget).every(cachedPagesMeetTarget),
        publicationMet: publication.maxMs <= TARGETS.publicationMs,
      },
      cachedPages: cached,
      uncachedRenders: renders,
      publication,
    });
    console.log(`Đã ghi ${file}`);
    const loads = [...cached.flatMap((row) => [row.cached, row.staticCopy]), ...renders.rows];
    return loads.every((load) => load.errors === 0 && load.non2xx === 0);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    stopCluster(settings);
  }
}
