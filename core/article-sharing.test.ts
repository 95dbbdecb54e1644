import { describe, expect, it } from "vitest";
import { newsArticleJsonLd, shareImage } from "./article-sharing";

const article = {
  slug: "hoi-nghi-can-bo",
  title: "Hội nghị cán bộ </script><script>alert(1)</script>",
  summary: "Sáng 21/12…",
  publishedAt: new Date("2022-12-21T09:42:00Z"),
  updatedAt: new Date("2022-12-22T01:00:00Z"),
  categoryName: "Tin hoạt động",
  byline: "Tin & ảnh: Lê Thu",
  unitName: "Công đoàn Viên chức tỉnh",
  cover: { src: "/api/media/hoi-nghi-ab12-1600.jpg", srcSet: "", width: 4000, height: 3000, alt: "Quang cảnh hội nghị" },
};

describe("shareImage", () => {
  it("gives the largest stored width, its proportional height and an absolute address", () => {
    expect(shareImage("https://cd.example.vn", article.cover)).toEqual({ url: "https://cd.example.vn/api/media/hoi-nghi-ab12-1600.jpg", width: 1600, height: 1200, alt: "Quang cảnh hội nghị" });
    expect(shareImage("https://cd.example.vn", { ...article.cover, width: 800, height: 600 })).toMatchObject({ width: 800, height: 600 });
    expect(shareImage("https://cd.example.vn", null)).toBeNull();
  });
});

describe("newsArticleJsonLd", () => {
  const json = newsArticleJsonLd("https://cd.example.vn", "LĐLĐ tỉnh Hải Lâm", article);
  it("cannot close its script element", () => {
    expect(json).not.toContain("</script>");
  });
  it("is a NewsArticle with headline, dates, image, author and publisher", () => {
    expect(JSON.parse(json)).toMatchObject({
      "@type": "NewsArticle",
      headline: article.title,
      datePublished: "2022-12-21T09:42:00.000Z",
      dateModified: "2022-12-22T01:00:00.000Z",
      image: ["https://cd.example.vn/api/media/hoi-nghi-ab12-1600.jpg"],
      author: { "@type": "Person", name: "Lê Thu" },
      publisher: { "@type": "Organization", name: "LĐLĐ tỉnh Hải Lâm" },
      mainEntityOfPage: "https://cd.example.vn/tin-tuc/hoi-nghi-can-bo",
    });
  });
  it("names the unit as author when there is no byline", () => {
    expect(JSON.parse(newsArticleJsonLd("https://cd.example.vn", "X", { ...article, byline: "" })).author).toEqual({ "@type": "Organization", name: "Công đoàn Viên chức tỉnh" });
  });
});

describe("newsArticleJsonLd with the shared picture", () => {
  it("names the picture the page shares, whatever the cover", () => {
    const json = newsArticleJsonLd("https://cd.example.vn", "LĐLĐ tỉnh Hải Lâm", { ...article, cover: null }, "https://cd.example.vn/api/anh-chia-se/bai-4-k3.png");
    expect(JSON.parse(json).image).toEqual(["https://cd.example.vn/api/anh-chia-se/bai-4-k3.png"]);
  });
});
