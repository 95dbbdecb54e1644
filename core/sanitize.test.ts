import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { htmlToPlainText, sanitizeArticleHtml } from "./sanitize";

const allowedAttributes: Record<string, string[]> = {
  a: ["href", "title", "target", "rel"],
  img: ["src", "srcset", "sizes", "alt", "width", "height", "loading"],
  th: ["colspan", "rowspan"],
  td: ["colspan", "rowspan"],
};
const allowedTags = new Set([
  "p", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "hr", "br", "pre", "code",
  "strong", "b", "em", "i", "u", "s", "sub", "sup", "a",
  "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col",
  "figure", "figcaption", "img",
]);

/** Reads the output as a browser would (entities decoded) and fails on anything that could run or load. */
function expectHarmless(output: string): void {
  const problems: string[] = [];
  let decoded = "";
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (!allowedTags.has(name)) problems.push(`element <${name}>`);
        for (const [attribute, value] of Object.entries(attribs)) {
          if (!(allowedAttributes[name] ?? []).includes(attribute)) problems.push(`attribute ${attribute} on <${name}>`);
          decoded += ` ${value}`;
        }
      },
      ontext(text) {
        decoded += text;
      },
      oncomment(comment) {
        problems.push(`comment ${comment}`);
      },
      onprocessinginstruction(name) {
        problems.push(`instruction ${name}`);
      },
    },
    { decodeEntities: true },
  );
  parser.write(output);
  parser.end();

  expect(problems).toEqual([]);
  expect(output).not.toMatch(/<\/?(script|iframe|object|embed|svg|math|style|meta|base|link|form|input)\b/i);
  expect(output).not.toMatch(/\son[a-z]*\s*=|style\s*=/i);
  // Browsers ignore control characters and spaces inside a scheme, so look for it without them too.
  expect(decoded).not.toMatch(/javascript:|vbscript:|data:/i);
  expect(decoded.replace(/[\x00-\x20]/g, "")).not.toMatch(/javascript:|vbscript:|data:/i);
}

const xssPayloads = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  '"><script>alert(1)</script>',
  "<p>Chào<script>alert(1)",
  "<img src=x onerror=alert(1)>",
  "<IMG SRC=JaVaScRiPt:alert('XSS')>",
  "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
  "<IMG SRC=\"jav\tascript:alert('XSS');\">",
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
  "<img src=x:alert(alt) onerror=eval(src) alt=0>",
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<img srcset="javascript:alert(1) 1x">',
  '<img src="/api/media/a-480.webp" srcset="javascript:alert(1) 480w">',
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  "<p><svg><style><img src=x onerror=alert(1)></style></svg></p>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<body onload=alert(1)>",
  "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
  "<frameset onload=alert(1)>",
  '<iframe src="javascript:alert(1)"></iframe>',
  "<iframe src=javascript:alert(1)>",
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<a href="javascript:alert(1)">bấm</a>',
  '<a href="javascript:alert(1)" onmouseover="alert(2)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="jav&#x0A;ascript:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;">x</a>',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
  '<a href="&#x6A;avascript:alert(1)">x</a>',
  '<a href="javas&#99;ript:alert(1)">x</a>',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="&#14;javascript:alert(1)">x</a>',
  '<a href="java\0script:alert(1)">x</a>',
  '<a href="java\u0001script:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<a href="/ok" title=\'"><script>alert(1)</script>\'>x</a>',
  '<b><i><a href="javascript:alert(1)">x',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<xmp><p title="</xmp><img src=x onerror=alert(1)>">',
  "<template><img src=x onerror=alert(1)></template>",
  "<select><option><img src=x onerror=alert(1)></option></select>",
  "<textarea><img src=x onerror=alert(1)></textarea>",
  "<style>@import 'javascript:alert(1)';</style>",
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<div style="width: expression(alert(1))">x</div>',
  '<xss style="behavior: url(xss.htc);">x</xss>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel="import" href="https://xss.example/x.html">',
  '<form action="javascript:alert(1)"><button>Gửi</button></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  "<input autofocus onfocus=alert(1)>",
  "<details open ontoggle=alert(1)>",
  '<video><source onerror="alert(1)"></video>',
  "<audio src=x onerror=alert(1)>",
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  "<marquee onstart=alert(1)>x</marquee>",
  "<isindex type=image src=1 onerror=alert(1)>",
  "<isindex action=javascript:alert(1) type=submit value=click>",
  "<![CDATA[<script>alert(1)</script>]]>",
  "<!--<script>alert(1)</script>-->",
  "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
  '<table background="javascript:alert(1)"><tr><td background="javascript:alert(1)">x</td></tr></table>',
  '<p id="x" class="y" data-x="1" onclick="alert(1)" contenteditable>x</p>',
  // The shapes of sanitize-html's 2026 advisories (CVE-2026-44990 and after): raw-text and RCDATA
  // elements re-emitted verbatim, foreign content, SMIL retargeting a link, noscript closed early.
  "<xmp>&lt;img src=x onerror=alert(1)&gt;</xmp>",
  "<textarea></textarea/><img src=x onerror=alert(1)>",
  "<svg><textarea><img src=x onerror=alert(1)></textarea></svg>",
  "<option>&lt;script&gt;alert(1)&lt;/script&gt;</option>",
  '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a></svg>',
  "<div><noscript></div><img src=x onerror=alert(1)></noscript>",
  "<iframe><iframe><iframe><iframe><img src=x onerror=alert(1)></iframe></iframe></iframe></iframe>",
];

describe("sanitizeArticleHtml against known XSS payloads", () => {
  it("covers at least 40 payloads", () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(40);
  });

  it.each(xssPayloads)("leaves nothing that runs or loads in %j", (payload) => {
    expectHarmless(sanitizeArticleHtml(payload));
  });

  it.each(xssPayloads)("gives the same output when %j is sanitised twice", (payload) => {
    const once = sanitizeArticleHtml(payload);
    expect(sanitizeArticleHtml(once)).toBe(once);
  });
});

describe("sanitizeArticleHtml removals", () => {
  it.each([
    ["keeps our image but drops its handler", '<img src="/api/media/x-480.webp" onerror=alert(1)>', '<img src="/api/media/x-480.webp">'],
    ["turns a javascript: link into its text", '<p><a href="javascript:alert(1)">bấm</a></p>', "<p>bấm</p>"],
    ["keeps the next link at the same depth intact", '<p><a href="javascript:x">a</a> <a href="/b">b</a><img src="x.png"><img src="/api/media/c-480.webp"></p>', '<p>a <a href="/b">b</a><img src="/api/media/c-480.webp"></p>'],
    ["turns a link without href into its text", '<p><a name="x">neo</a></p>', "<p>neo</p>"],
    ["keeps the text of unknown tags", '<div><span style="color:red">Đỏ</span> <font face="Arial">chữ</font></div>', "Đỏ chữ"],
    ["removes scripts with their content", "<p>Trước<script>alert(1)</script>sau</p>", "<p>Trướcsau</p>"],
    ["removes forms with their content", '<form action="/x"><label>Tên</label><input name="n"></form><p>Tiếp</p>', "<p>Tiếp</p>"],
    ["removes images from other sites", '<p><img src="https://evil.example/track.gif">x</p>', "<p>x</p>"],
    ["removes images that climb out of the media route", '<img src="/api/media/../../etc/passwd">', ""],
    ["removes data: images", '<img src="data:image/png;base64,iVBORw0KGgo=">', ""],
    ["drops a srcset with a foreign entry", '<img src="/api/media/a-480.webp" srcset="/api/media/a-480.webp 480w, https://evil.example/b.webp 960w">', '<img src="/api/media/a-480.webp">'],
    ["drops a srcset with a density descriptor", '<img src="/api/media/a-480.webp" srcset="/api/media/a-480.webp 2x">', '<img src="/api/media/a-480.webp">'],
    ["drops sizes out of range", '<img src="/api/media/a-480.webp" width="0" height="20000" loading="auto">', '<img src="/api/media/a-480.webp">'],
    ["drops spans out of range", '<table><tr><td colspan="51" rowspan="-1">a</td><th colspan="2.5">b</th></tr></table>', "<table><tr><td>a</td><th>b</th></tr></table>"],
    ["drops targets other than _blank", '<a href="/a" target="_top">a</a>', '<a href="/a">a</a>'],
    ["drops unknown rel tokens", '<a href="/a" rel="opener nofollow">a</a>', '<a href="/a" rel="nofollow">a</a>'],
    ["drops file: links", '<a href="file:///etc/passwd">x</a>', "x"],
    ["removes comments", "<p>a<!-- ghi chú -->b</p>", "<p>ab</p>"],
  ])("%s", (_behaviour, input, expected) => {
    expect(sanitizeArticleHtml(input)).toBe(expected);
  });
});

const figure =
  '<figure><img src="/api/media/demo-photo-1-1600.jpg" srcset="/api/media/demo-photo-1-480.webp 480w, /api/media/demo-photo-1-960.webp 960w" sizes="(min-width: 768px) 720px, 100vw" width="1600" height="1000" alt="Hội trường" loading="lazy"><figcaption>Quang cảnh Hội nghị</figcaption></figure>';

describe("sanitizeArticleHtml keeps good content unchanged", () => {
  it.each([
    ["a paragraph with emphasis and a link", '<p>Công đoàn <strong>cơ sở</strong> và <em>người lao động</em>, xem <a href="/tin-tuc/hoi-nghi">bài trước</a>.</p>'],
    ["headings", "<h2>Tin chính</h2><h3>Mục</h3><h4>Tiểu mục</h4>"],
    ["lists", "<ul><li><p>Một</p></li><li>Hai</li></ul><ol><li>Ba</li></ol>"],
    ["a blockquote", "<blockquote><p>Đoàn kết là sức mạnh.</p></blockquote>"],
    ["inline marks", "<p><b>b</b> <i>i</i> <u>u</u> <s>s</s> H<sub>2</sub>O m<sup>2</sup> <code>x &lt; y</code></p><pre><code>a &amp;&amp; b</code></pre>"],
    ["a table with colspan", '<table><caption>Kết quả</caption><colgroup><col><col></colgroup><thead><tr><th colspan="2">Đơn vị</th></tr></thead><tbody><tr><td>A</td><td rowspan="2">10</td></tr></tbody><tfoot><tr><td colspan="2">Tổng</td></tr></tfoot></table>'],
    ["a figure with responsive image", figure],
    ["an image with empty alt", '<img src="/api/media/a-480.webp" alt="">'],
    ["breaks and rules", "<p>Dòng một<br>dòng hai</p><hr>"],
    ["Vietnamese text with every tone mark", "<p>a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ đ e è é ẻ ẽ ẹ ê ề ế ể ễ ệ i ì í ỉ ĩ ị o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ u ù ú ủ ũ ụ ư ừ ứ ử ữ ự y ỳ ý ỷ ỹ ỵ Đ Ư Ơ Ứ Ặ Ỹ</p>"],
    ["mailto and tel links", '<p><a href="mailto:congdoan@example.vn">Thư</a> <a href="tel:+842412345678">Gọi</a></p>'],
    ["http, https, fragment, query and relative links", '<p><a href="http://example.vn">a</a><a href="https://example.vn/a?b=1&amp;c=2">b</a><a href="#muc-2">c</a><a href="?trang=2">d</a><a href="tai-lieu/quy-che">e</a></p>'],
    ["protocol-relative links, which open over http(s)", '<p><a href="//example.vn/bai-viet">a</a></p>'],
    ["a new-tab link as the editor writes it", '<a target="_blank" rel="noopener noreferrer nofollow" href="https://example.vn">a</a>'],
    ["escaped text", "<p>5 &lt; 7 &amp;&amp; \"trích\" &gt; 2</p>"],
  ])("keeps %s", (_content, html) => {
    expect(sanitizeArticleHtml(html)).toBe(html);
  });
});

describe("sanitizeArticleHtml normalisation", () => {
  it.each([
    ["maps h1 to h2", '<h1 class="title">Tiêu đề</h1>', "<h2>Tiêu đề</h2>"],
    ["maps h5 and h6 to h4", "<h5>Năm</h5><h6>Sáu</h6>", "<h4>Năm</h4><h4>Sáu</h4>"],
    ["adds rel to a new-tab link", '<a href="https://example.vn" target="_blank">a</a>', '<a href="https://example.vn" target="_blank" rel="noopener noreferrer">a</a>'],
    ["completes rel on a new-tab link", '<a href="https://example.vn" rel="nofollow" target="_BLANK">a</a>', '<a href="https://example.vn" rel="nofollow noopener noreferrer" target="_blank">a</a>'],
    ["trims spaces around a link", '<a href="  https://example.vn/a \n">a</a>', '<a href="https://example.vn/a">a</a>'],
    ["decodes entities that need no escaping", "<p>Công&nbsp;đoàn &ndash; &#272; &quot;x&quot;</p>", '<p>Công\u00a0đoàn – Đ "x"</p>'],
    ["closes unclosed tags", "<p><strong>đậm", "<p><strong>đậm</strong></p>"],
    ["keeps empty paragraphs left by removals", "<p><script>x</script></p>", "<p></p>"],
    ["writes numbers plainly", '<img src="/api/media/a-480.webp" width=" 0480 " loading="LAZY">', '<img src="/api/media/a-480.webp" width="480" loading="lazy">'],
  ])("%s", (_behaviour, input, expected) => {
    expect(sanitizeArticleHtml(input)).toBe(expected);
  });

  it("gives the same output when a mixed document is sanitised twice", () => {
    const mixed = `<h1>Hội nghị</h1><p style="color:red">Mở đầu <a href="JAVASCRIPT:x" target="_blank">xem</a> và <a href="https://example.vn" target="_blank">nguồn</a></p>
      <div><span>Đoạn</span> <font>cũ</font><br/><img src="https://x.example/a.png"><img src="/api/media/a-480.webp" srcset="/api/media/a-480.webp 480w,/api/media/a-960.webp  960w"></div>
      <table><tr><td colspan=3 style="width:1px">a &amp; b</td></tr></table>${figure}<ul><li>một<li>hai</ul><p>chưa đóng <em>nghiêng`;
    const once = sanitizeArticleHtml(mixed);
    expect(once).toContain('srcset="/api/media/a-480.webp 480w, /api/media/a-960.webp 960w"');
    expect(sanitizeArticleHtml(once)).toBe(once);
  });
});

describe("htmlToPlainText", () => {
  it.each([
    ["separates blocks with a space", "<p>Công&nbsp;đoàn</p><p>Viên chức</p>", "Công đoàn Viên chức"],
    ["joins inline marks without a space", "<p>Cô<strong>ng</strong> đo<em>àn</em> <a href=\"/a\">cơ sở</a></p>", "Công đoàn cơ sở"],
    ["decodes entities", "<p>5 &lt; 7 &amp; &quot;trích&quot; &#272;&agrave;</p>", '5 < 7 & "trích" Đà'],
    ["collapses whitespace and line breaks", "  <h2>Tin\n\n  mới</h2>\t<ul><li>a</li><li>b<br>c</li></ul> ", "Tin mới a b c"],
    ["drops scripts, styles and their content", "<style>p{}</style><p>Chữ</p><script>alert(1)</script>", "Chữ"],
    ["reads table cells as separate words", "<table><tr><td>A</td><td>B</td></tr></table>", "A B"],
    ["gives an empty string for markup without words", "<p><img src=\"/api/media/a-480.webp\"></p><hr>", ""],
  ])("%s", (_behaviour, html, expected) => {
    expect(htmlToPlainText(html)).toBe(expected);
  });
});
