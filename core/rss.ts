import { absoluteUrl, escapeXml } from "./xml";

export type RssChannel = { title: string; description: string; path: string; feedPath: string };
export type RssItem = {
  title: string;
  path: string;
  summary: string;
  publishedAt: Date;
  category: string;
  author: string;
  enclosure: { path: string; length: number; type: string } | null;
};

/** RFC 822 as RSS 2.0 wants it, in GMT: "Wed, 21 Dec 2022 09:42:00 GMT". */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

/** An RSS 2.0 document with absolute links; the newest item's date is the channel's. */
export function buildRss(siteUrl: string, channel: RssChannel, items: RssItem[], builtAt: Date): string {
  const link = (path: string) => escapeXml(absoluteUrl(siteUrl, path));
  const entries = items.map((item) =>
    [
      "<item>",
      element("title", item.title),
      `<link>${link(item.path)}</link>`,
      `<guid isPermaLink="true">${link(item.path)}</guid>`,
      element("description", item.summary),
      `<pubDate>${rfc822(item.publishedAt)}</pubDate>`,
      element("category", item.category),
      item.author ? element("dc:creator", item.author) : "",
      item.enclosure ? `<enclosure url="${link(item.enclosure.path)}" length="${item.enclosure.length}" type="${escapeXml(item.enclosure.type)}"/>` : "",
      "</item>",
    ].join(""),
  );
  const lastBuild = items[0]?.publishedAt ?? builtAt;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    element("title", channel.title),
    `<link>${link(channel.path)}</link>`,
    element("description", channel.description),
    "<language>vi</language>",
    `<lastBuildDate>${rfc822(lastBuild)}</lastBuildDate>`,
    `<atom:link href="${link(channel.feedPath)}" rel="self" type="application/rss+xml"/>`,
    ...entries,
    "</channel>",
    "</rss>",
  ].join("\n");
}
