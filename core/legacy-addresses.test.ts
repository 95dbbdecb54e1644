import { describe, expect, it } from "vitest";
import { legacyAddressKey, readJoomlaAddress, readNukeVietAddress } from "./legacy-addresses";

const joomla = (address: string) => {
  const url = new URL(address, "https://congdoan.example.vn");
  const read = readJoomlaAddress(url.pathname, url.searchParams);
  return read && legacyAddressKey(read);
};
const nukeviet = (address: string, options?: { module?: string; lang?: string }) => {
  const url = new URL(address, "https://ldld.example.vn");
  const read = readNukeVietAddress(url.pathname, url.searchParams, options);
  return read && legacyAddressKey(read);
};

describe("readJoomlaAddress", () => {
  it.each([
    "/tin-tuc/hoat-dong-cong-doan/123-dai-hoi-cong-doan-tinh.html",
    "/tin-tuc/hoat-dong-cong-doan/123-dai-hoi-cong-doan-tinh",
    "/index.php/tin-tuc/123-dai-hoi-cong-doan-tinh.html",
    "/123-dai-hoi-cong-doan-tinh.htm",
    "/index.php?option=com_content&view=article&id=123:dai-hoi-cong-doan-tinh&catid=4&Itemid=101",
    "/index.php?option=com_content&view=article&id=123",
    "/tin-tuc/hoat-dong-cong-doan/123-%C4%91ai-hoi.html",
  ])("reads %s as article 123", (address) => {
    expect(joomla(address)).toBe("joomla:article:123");
  });

  it("reads categories by id and by their path, in lower case and without the suffix", () => {
    expect(joomla("/index.php?option=com_content&view=category&id=4&Itemid=9")).toBe("joomla:category:4");
    expect(joomla("/index.php/Tin-Tuc/Hoat-Dong-Cong-Doan.html")).toBe("joomla:category-path:tin-tuc/hoat-dong-cong-doan");
    expect(joomla("/tin-tuc/hoat-dong-cong-doan")).toBe("joomla:category-path:tin-tuc/hoat-dong-cong-doan");
  });

  it.each([
    "/",
    "/index.php",
    "/index.php?option=com_content&view=article&id=abc",
    "/index.php?option=com_content&view=article&id=0",
    "/index.php?option=com_content&view=featured&id=5",
    "/tin-tuc/%E0%A4%A",
    "/tin tuc/123-a",
  ])("names nothing for %s", (address) => {
    expect(joomla(address)).toBeNull();
  });
});

describe("a path that climbs out (a URL parser would have resolved it; a raw one must not pass)", () => {
  it("names nothing", () => {
    expect(readJoomlaAddress("/tin-tuc/../../etc/123-passwd", new URLSearchParams())).toBeNull();
    expect(readJoomlaAddress("/tin-tuc/%2e%2e/123-passwd", new URLSearchParams())).toBeNull();
    expect(readNukeVietAddress("/vi/news/../admin/x-1.html", new URLSearchParams())).toBeNull();
  });
});

describe("readNukeVietAddress", () => {
  it.each([
    "/vi/news/hoat-dong/dai-hoi-cong-doan-tinh-123.html",
    "/news/hoat-dong/dai-hoi-cong-doan-tinh-123.html",
    "/vi/news/hoat-dong/tin-dia-phuong/dai-hoi-cong-doan-tinh-123.html",
    "/index.php?language=vi&nv=news&op=hoat-dong/dai-hoi-cong-doan-tinh-123",
  ])("reads %s as article 123", (address) => {
    expect(nukeviet(address)).toBe("nukeviet:article:123");
  });

  it("reads a category's address, and a site's own module name", () => {
    expect(nukeviet("/vi/news/hoat-dong/")).toBe("nukeviet:category-path:hoat-dong");
    expect(nukeviet("/index.php?language=vi&nv=news&op=hoat-dong")).toBe("nukeviet:category-path:hoat-dong");
    expect(nukeviet("/tin-tuc/hoat-dong/dai-hoi-45.html", { module: "tin-tuc" })).toBe("nukeviet:article:45");
  });

  it.each(["/", "/vi/news/", "/index.php?language=vi&nv=users&op=login"])("names nothing for %s", (address) => {
    expect(nukeviet(address)).toBeNull();
  });
});
