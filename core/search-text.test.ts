import { describe, expect, it } from "vitest";
import { anyWordMatch, foldKeepingMarks, MAX_QUERY_WORDS, normaliseForSearch, parseSearchQuery, queryWordsIn, searchWords, similarityScores, textMatchesQuery, withoutMarks } from "./search-text";

describe("normaliseForSearch", () => {
  it.each([
    ["đ", "d"],
    ["Đ", "d"],
    ["Đoàn đại biểu", "doan dai bieu"],
    ["ĐĐđđ", "dddd"],
    // every tone mark on every vowel, lower and upper case
    ["a à á ả ã ạ", "a a a a a a"],
    ["ă ằ ắ ẳ ẵ ặ", "a a a a a a"],
    ["â ầ ấ ẩ ẫ ậ", "a a a a a a"],
    ["e è é ẻ ẽ ẹ", "e e e e e e"],
    ["ê ề ế ể ễ ệ", "e e e e e e"],
    ["i ì í ỉ ĩ ị", "i i i i i i"],
    ["o ò ó ỏ õ ọ", "o o o o o o"],
    ["ô ồ ố ổ ỗ ộ", "o o o o o o"],
    ["ơ ờ ớ ở ỡ ợ", "o o o o o o"],
    ["u ù ú ủ ũ ụ", "u u u u u u"],
    ["ư ừ ứ ử ữ ự", "u u u u u u"],
    ["y ỳ ý ỷ ỹ ỵ", "y y y y y y"],
    ["À Á Ả Ã Ạ Ă Ằ Ắ Ẳ Ẵ Ặ Â Ầ Ấ Ẩ Ẫ Ậ", "a a a a a a a a a a a a a a a a a"],
    ["È É Ẻ Ẽ Ẹ Ê Ề Ế Ể Ễ Ệ", "e e e e e e e e e e e"],
    ["Ì Í Ỉ Ĩ Ị", "i i i i i"],
    ["Ò Ó Ỏ Õ Ọ Ô Ồ Ố Ổ Ỗ Ộ Ơ Ờ Ớ Ở Ỡ Ợ", "o o o o o o o o o o o o o o o o o"],
    ["Ù Ú Ủ Ũ Ụ Ư Ừ Ứ Ử Ữ Ự", "u u u u u u u u u u u"],
    ["Ỳ Ý Ỷ Ỹ Ỵ", "y y y y y"],
    // case
    ["CÔNG ĐOÀN VIÊN CHỨC", "cong doan vien chuc"],
    ["Công đoàn Viên chức", "cong doan vien chuc"],
    ["cong doan vien chuc", "cong doan vien chuc"],
    ["NGƯỜI LAO ĐỘNG", "nguoi lao dong"],
    // the decomposed (NFD) form that some keyboards and pasted text produce
    ["Công đoàn Viên chức".normalize("NFD"), "cong doan vien chuc"],
    // punctuation and spacing
    ["Đại hội, lần thứ X!", "dai hoi lan thu x"],
    ["“Mái ấm Công đoàn” — 20 căn nhà", "mai am cong doan 20 can nha"],
    ["Quý I/2023: 1.250 đoàn viên", "quy i 2023 1 250 doan vien"],
    ["a*b\"c(d)e:f^g-h", "a b c d e f g h"],
    ["  Tab\tvà\nxuống dòng  ", "tab va xuong dong"],
    ["Năm ２０２３", "nam 2023"],
    ["", ""],
  ])("turns %j into %j", (text, expected) => {
    expect(normaliseForSearch(text)).toBe(expected);
  });

  // Its definition, which it takes a character at a time for text of the Latin blocks: both must agree.
  const defined = (text: string) => withoutMarks(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();

  it("agrees with its definition for every character of the Basic Multilingual Plane between two letters", () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      if (normaliseForSearch(text) !== defined(text)) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it("agrees with its definition for texts mixing Vietnamese letters, gaps, combining marks and other scripts", () => {
    const pool = [..."aĂâđĐeÊiIoƠôuƯyYẠặẾễỏỰỹ0917 ,.-–/()“”\t\n½ǅİ", "\u0301", "\u0323", "\u00ad", "Ａ", "２", "中", "Σ", "😀"];
    let seed = 17;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const differ: string[] = [];
    for (let n = 0; n < 20000; n++) {
      const text = Array.from({ length: Math.floor(next() * 14) }, () => pool[Math.floor(next() * pool.length)]).join("");
      if (normaliseForSearch(text) !== defined(text)) differ.push(text);
    }
    expect(differ).toEqual([]);
  });
});

describe("foldKeepingMarks", () => {
  it.each([
    ["ĐƯỜNG", "đường"],
    ["Đường, dương!", "đường dương"],
    ["Công đoàn Viên chức".normalize("NFD"), "công đoàn viên chức"],
    ["Hội nghị (lần 2)", "hội nghị lần 2"],
  ])("turns %j into %j", (text, expected) => {
    expect(foldKeepingMarks(text)).toBe(expected);
  });
});

describe("parseSearchQuery", () => {
  it.each([
    ["cong doan vien chuc", '"cong" "doan" "vien" "chuc"', null],
    ["CÔNG ĐOÀN VIÊN CHỨC", '"cong" "doan" "vien" "chuc"', '"công" "đoàn" "viên" "chức"'],
    ["Công đoàn Viên chức", '"cong" "doan" "vien" "chuc"', '"công" "đoàn" "viên" "chức"'],
    // only the words typed with marks take part in the exact-spelling boost
    ["đường pho", '"duong" "pho"', '"đường"'],
    // quotes make a phrase; the other words may come in any order
    ['"công đoàn" huyện', '"cong doan" "huyen"', '"công đoàn" "huyện"'],
    ["“vien chuc” tinh", '"vien chuc" "tinh"', null],
    // a lone quote is ignored
    ['dai "hoi', '"dai" "hoi"', null],
    // FTS5 syntax is plain text
    ["dai* AND hoi OR NEAR(a b) -c ^d e:f", '"dai" "and" "hoi" "or" "near" "a" "b" "c" "d" "e" "f"', null],
    ['"a" "" "b"', '"a" "b"', null],
  ])("turns %j into MATCH %s and exact %s", (input, match, exactMatch) => {
    const query = parseSearchQuery(input);
    expect(query?.match).toBe(match);
    expect(query?.exactMatch).toBe(exactMatch);
  });

  it.each([[""], ["   "], ['"'], ["***"], ["()"], ["^-:*\"()"], ["— … !"]])("finds nothing to search in %j", (input) => {
    expect(parseSearchQuery(input)).toBeNull();
  });

  it("keeps each term's words, and the marked terms' exact words for the tone-kept index", () => {
    const query = parseSearchQuery('"công đoàn" huyen Đường');
    expect(query?.terms).toEqual([["cong", "doan"], ["huyen"], ["duong"]]);
    expect(query?.exactTerms).toEqual([["công", "đoàn"], ["đường"]]);
    expect(parseSearchQuery("cong doan")?.exactTerms).toBeNull();
  });

  it("keeps the normalised words for highlighting, once each", () => {
    expect(parseSearchQuery('Đại hội "đại biểu"')?.words).toEqual(["dai", "hoi", "bieu"]);
  });

  it("caps a 1,000-character query to a short, safe expression", () => {
    const long = "Đại hội công đoàn ".repeat(60).slice(0, 1000);
    const query = parseSearchQuery(long);
    expect(long).toHaveLength(1000);
    expect(query?.match.split('" "')).toHaveLength(MAX_QUERY_WORDS);
    expect(query?.match).toMatch(/^("[a-z]+" )*"[a-z]+"$/);
  });

  it("caps one long unbroken word and FTS syntax repeated 1,000 times", () => {
    expect(parseSearchQuery("a".repeat(1000))?.match).toBe(`"${"a".repeat(200)}"`);
    expect(parseSearchQuery('"*()'.repeat(250))).toBeNull();
  });
});

describe("textMatchesQuery", () => {
  const texts = ["Liên hệ", "Liên đoàn Lao động tỉnh: địa chỉ, điện thoại và thư điện tử của cơ quan."];
  it.each([
    ["dien thoai", true],
    ["ĐIỆN THOẠI", true],
    ["thư điện tử", true],
    ["thoai dien", true],
    ['"thoai dien"', false],
    ['"dia chi" "lao dong"', true],
    ["dien thoai fax", false],
    ["dien thoa", false],
    ["lien he dien thoai", true],
    ['"he lien"', false],
    ['"lien he lien doan"', false],
  ])("%j: %s", (input, found) => {
    const query = parseSearchQuery(input);
    if (!query) throw new Error("a searchable query");
    expect(textMatchesQuery(query, texts)).toBe(found);
  });
});

describe("queryWordsIn", () => {
  it("counts the query's distinct words a normalised text holds, whole words only", () => {
    const query = parseSearchQuery("Đại hội đại hội công đoàn tỉnh");
    if (!query) throw new Error("no query");
    expect(queryWordsIn(query, normaliseForSearch("Đại hội Công đoàn Viên chức tỉnh lần thứ VI"))).toBe(5);
    expect(queryWordsIn(query, normaliseForSearch("Thăm hỏi đoàn viên, hội viên"))).toBe(2);
    // Marks are gone on both sides, as in the index: "đài" is "dai".
    expect(queryWordsIn(query, normaliseForSearch("Đài truyền hình công nhân"))).toBe(2);
    expect(queryWordsIn(query, normaliseForSearch("Giải bóng đá ngành Y tế"))).toBe(0);
  });
});

describe("anyWordMatch", () => {
  it.each([
    ["Đại hội Công đoàn Đại học", '"dai" OR "hoi" OR "cong" OR "doan" OR "hoc"'],
    ["(NEAR) *", '"near"'],
    ["!!!", null],
  ])("turns %j into %j", (text, expected) => {
    expect(anyWordMatch(text)).toBe(expected);
  });
});

describe("similarityScores", () => {
  const candidates = [
    { id: 1, title: "Công đoàn hỗ trợ nhà ở cho công nhân", summary: "" },
    { id: 2, title: "Công đoàn tổ chức giải bóng đá", summary: "Nhà ở công nhân được nhắc đến." },
    { id: 3, title: "Công đoàn thăm hỏi đoàn viên", summary: "" },
    { id: 4, title: "Giải cầu lông", summary: "" },
  ].map(({ id, title, summary }) => ({ id, titleWords: searchWords(title), summaryWords: searchWords(summary) }));
  const scores = similarityScores("Nhà ở cho công nhân của Công đoàn", candidates);

  it("ranks words shared in the title above words shared in the summary only, and nothing shared last", () => {
    const order = [...scores].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(order).toEqual([1, 2, 3, 4]);
    expect(scores.get(4)).toBe(0);
  });

  it("weighs a word held by every candidate less than a rarer one", () => {
    // "cong doan" is in three titles, "nha o" in one: sharing only the common word scores less.
    expect(scores.get(3)).toBeLessThan(scores.get(1)! - scores.get(3)!);
  });
});
