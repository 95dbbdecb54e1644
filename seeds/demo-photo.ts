// Draws the demo articles' photos: flat illustrations of union life, made from shapes only
// (no text: the machine may have no fonts) and rasterised by sharp. A seed varies people,
// colours and framing so two articles about the same kind of event look different.

import sharp from "sharp";
import type { DemoScene } from "./demo-types";

const W = 1600;
const H = 1000;
const RED = "#b91c1c";
const BLUE = "#1e3a8a";
const GOLD = "#f2b632";

type Rng = () => number;

/** mulberry32: tiny, fast, and the same sequence on every machine. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const between = (r: Rng, a: number, b: number): number => a + (b - a) * r();
const int = (r: Rng, a: number, b: number): number => Math.floor(between(r, a, b + 1));
function pick<T>(r: Rng, xs: readonly T[]): T {
  const x = xs[Math.floor(r() * xs.length)];
  if (x === undefined) throw new Error("pick from an empty list");
  return x;
}

/** Darkens (f < 1) or lightens (f > 1) a #rrggbb colour; used for sleeves, shadows, folds. */
function shade(hex: string, f: number): string {
  const n = parseInt(hex.slice(1), 16);
  const c = [16, 8, 0].map((b) => Math.min(255, Math.round(((n >> b) & 255) * f)));
  return `rgb(${c.join(",")})`;
}
const rect = (x: number, y: number, w: number, h: number, fill: string, rx = 0): string =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${rx}" fill="${fill}"/>`;
const circle = (x: number, y: number, rad: number, fill: string): string =>
  `<circle cx="${x}" cy="${y}" r="${rad}" fill="${fill}"/>`;
const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, w: number): string =>
  `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${stroke}" stroke-width="${w}" stroke-linecap="round"/>`;
const grad = (id: string, top: string, bottom: string): string =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`;

function star(cx: number, cy: number, rad: number, fill: string): string {
  const pts = Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const d = i % 2 === 0 ? rad : rad * 0.4;
    return `${(cx + d * Math.cos(a)).toFixed(1)},${(cy + d * Math.sin(a)).toFixed(1)}`;
  });
  return `<polygon points="${pts.join(" ")}" fill="${fill}"/>`;
}

const SKIN = ["#f3cfae", "#eab792", "#dca27c", "#c98c66", "#f6d9bd"];
const HAIR = ["#1b1714", "#2a201b", "#3a2a20", "#121212", "#4b3527"];
const OFFICE = ["#ffffff", "#eef2f7", "#dbe7f5", "#1e3a8a", "#334155", "#b91c1c", "#f4e4c1", "#c7d2fe", "#fbcfe8"];
const PANTS = ["#1f2937", "#334155", "#111827", "#3f3f46"];

type Look = { skin: string; hair: string; shirt: string; pants: string; long: boolean };
type Pose = {
  back?: boolean; // seen from behind: only hair shows on the head
  legs?: "stand" | "stride";
  arms?: keyof typeof HANDS;
  shorts?: boolean;
  helmet?: string;
  tie?: string;
  item?: string; // drawn in the person's own coordinates, under the hands
};

/** Where the two hands end up in each pose. */
const HANDS = {
  side: [[-34, -12], [34, -12]],
  hold: [[-22, -24], [22, -24]],
  up: [[-34, -12], [44, -132]],
  reach: [[-34, -12], [62, -44]],
} as const;

function look(r: Rng, shirts: readonly string[] = OFFICE): Look {
  return { skin: pick(r, SKIN), hair: pick(r, HAIR), shirt: pick(r, shirts), pants: pick(r, PANTS), long: r() < 0.4 };
}

/** A person whose waist is at (x, y); at s = 1 the head is 40 px wide and legs 85 px long. */
function person(x: number, y: number, s: number, l: Look, p: Pose = {}): string {
  const g: string[] = [];
  if (p.legs) {
    g.push(`<ellipse cx="0" cy="86" rx="46" ry="9" fill="#000" opacity="0.16"/>`);
    const fx = p.legs === "stride" ? 26 : 13;
    for (const d of [-1, 1]) {
      g.push(line(d * 11, -4, d * fx, 78, p.shorts ? l.skin : l.pants, 20));
      if (p.shorts) g.push(line(d * 11, -4, d * (11 + (fx - 11) * 0.4), 28, l.pants, 23));
      g.push(`<ellipse cx="${d * (fx + 3)}" cy="84" rx="14" ry="7" fill="#1f2937"/>`);
    }
  }
  const longHair = l.long && !p.helmet ? rect(-23, -112, 46, 62, l.hair, 20) : "";
  if (!p.back) g.push(longHair);
  g.push(rect(-7, -82, 14, 16, shade(l.skin, 0.88)));
  g.push(rect(-32, -72, 64, 78, l.shirt, 22));
  if (p.back) g.push(longHair); // seen from behind, long hair falls over the shirt
  if (!p.back) {
    g.push(`<path d="M-10,-72 L0,-58 L10,-72Z" fill="${l.skin}"/>`);
    if (p.tie) g.push(`<path d="M-4,-66 L4,-66 L6,-34 L0,-26 L-6,-34Z" fill="${p.tie}"/>`);
  }
  if (p.item) g.push(p.item);
  for (const [hx, hy] of HANDS[p.arms ?? "side"]) {
    const sx = Math.sign(hx) * 27; // arms start at the shoulders
    g.push(line(sx, -62, hx, hy, shade(l.shirt, 0.86), 14), circle(hx, hy, 7.5, l.skin));
  }
  if (p.back) g.push(circle(-19, -93, 4.5, l.skin), circle(19, -93, 4.5, l.skin), circle(0, -96, 20, l.hair));
  else g.push(circle(0, -99, 21, l.hair), circle(0, -93, 18.5, l.skin));
  if (p.helmet) g.push(`<path d="M-21,-101 a21,21 0 0 1 42,0Z" fill="${p.helmet}"/>`, rect(-26, -104, 52, 7, shade(p.helmet, 0.85), 3));
  return `<g transform="translate(${x.toFixed(1)},${y.toFixed(1)}) scale(${s.toFixed(3)})">${g.join("")}</g>`;
}

const gift = (x: number, y: number, w: number, c = RED): string =>
  rect(x, y, w, w * 0.8, c, 3) + rect(x + w * 0.42, y, w * 0.16, w * 0.8, GOLD) + rect(x, y + w * 0.3, w, w * 0.14, GOLD) +
  circle(x + w * 0.42, y - 3, w * 0.1, GOLD) + circle(x + w * 0.58, y - 3, w * 0.1, GOLD);
const certificate = rect(-22, -60, 44, 36, GOLD, 2) + rect(-18, -56, 36, 28, "#fffdf5") + rect(-11, -50, 22, 4, RED) + rect(-13, -41, 26, 2.5, "#cbd5e1") + rect(-13, -36, 26, 2.5, "#cbd5e1");
const bouquet = (x: number, y: number, s: number, r: Rng): string =>
  `<path d="M${x - 6 * s},${y} L${x + 6 * s},${y} L${x + 16 * s},${y - 26 * s} L${x - 16 * s},${y - 26 * s}Z" fill="#3f8f3a"/>` +
  [[-10, -30], [8, -32], [0, -40], [-4, -24], [12, -24]]
    .map(([dx = 0, dy = 0]) => circle(x + dx * s, y + dy * s, 8 * s, pick(r, ["#e11d48", "#f43f5e", "#facc15", "#fb7185", "#ffffff"])))
    .join("");
const flag = (x: number, y: number, h: number, c: string, emblem: string): string =>
  line(x, y, x, y + h, "#9ca3af", 6) + `<path d="M${x + 3},${y + 6} q45,-14 90,0 v56 q-45,-14 -90,0Z" fill="${c}"/>` + emblem;

/** The union banner: red band, gold gear-and-star emblem, pale bars where the words would be. */
function backdrop(x: number, y: number, w: number, h: number, r: Rng): string {
  const ex = x + h * 0.55;
  const ey = y + h * 0.47;
  const teeth = Array.from({ length: 12 }, (_, i) =>
    `<rect x="${ex - 9}" y="${ey - h * 0.36}" width="18" height="24" fill="${GOLD}" transform="rotate(${i * 30} ${ex} ${ey})"/>`).join("");
  const bars = [0.3, 0.5, 0.66].map((f, i) =>
    rect(x + h * 1.05, y + h * f - 12, (w - h * 1.3) * (i === 1 ? between(r, 0.8, 0.95) : between(r, 0.45, 0.7)), i === 1 ? 34 : 20, i === 1 ? "#fde68a" : "#fecaca", 8)).join("");
  return rect(x, y, w, h, "url(#redband)", 6) + rect(x, y + h - 30, w, 12, GOLD) + teeth +
    circle(ex, ey, h * 0.33, GOLD) + circle(ex, ey, h * 0.27, RED) + star(ex, ey, h * 0.22, GOLD) + bars;
}

function conference(r: Rng): string {
  const out = [grad("wall", "#f3e7d3", "#e2cdae"), grad("stage", "#8b5a3c", "#6b4128"), rect(0, 0, W, H, "url(#wall)")];
  out.push(backdrop(170, 40, 1260, 320, r));
  out.push(flag(70, 60, 400, RED, star(115, 84, 16, GOLD)), flag(1440, 60, 400, BLUE, circle(1488, 84, 14, GOLD)));
  out.push(rect(0, 440, W, 170, "url(#stage)"), rect(0, 440, W, 8, shade("#8b5a3c", 1.2)));
  const n = int(r, 5, 7);
  for (let i = 0; i < n; i++) {
    const x = 440 + (i + 0.5) * (720 / n) + between(r, -12, 12);
    out.push(person(x, 555, 1.05, look(r, ["#ffffff", "#1e3a8a", "#334155", "#eef2f7"]), { tie: pick(r, [RED, BLUE, "#7f1d1d"]) }));
  }
  // The presidium table: white cloth with a red skirt band, flowers along the front edge.
  out.push(rect(400, 510, 800, 26, "#ffffff", 4), rect(410, 536, 780, 64, "#f8fafc"), rect(410, 536, 780, 18, RED));
  for (let x = 430; x < 1190; x += 70) out.push(line(x, 556, x, 598, "#e2e8f0", 3));
  for (let i = 0; i < 6; i++) out.push(bouquet(470 + i * 132, 602, 1.3, r));
  // The lectern, with a speaker behind it on one side of the stage chosen by the seed.
  const lx = r() < 0.5 ? 260 : 1330;
  out.push(person(lx, 530, 1.1, look(r), { tie: RED }));
  out.push(`<path d="M${lx - 55},490 L${lx + 55},490 L${lx + 45},610 L${lx - 45},610Z" fill="#7c4a2d"/>`,
    rect(lx - 62, 482, 124, 14, "#5b341f", 3), circle(lx, 540, 18, GOLD), star(lx, 540, 12, RED), line(lx + 10, 482, lx + 22, 440, "#111827", 3));
  // The audience from behind: three rows, bigger towards the camera, blue chair backs.
  out.push(rect(0, 610, W, 390, "#5b4636"));
  [[735, 0.85], [825, 1.05], [930, 1.3], [1060, 1.6]].forEach(([y = 0, s = 1], row) => {
    for (let x = -60 + row * 40 + between(r, 0, 60); x < W + 60; x += 100 * s) {
      if (r() < 0.1) continue;
      out.push(person(x + between(r, -8, 8), y, s, look(r), { back: true }), rect(x - 40 * s, y - 28 * s, 80 * s, 40 * s, "#1e3a8a", 8 * s));
    }
  });
  return out.join("");
}

function award(r: Rng): string {
  const out = [grad("wall", "#7f1d1d", "#5c1010"), grad("stage", "#a0714c", "#6b4128"), rect(0, 0, W, H, "url(#wall)")];
  out.push(backdrop(160, 70, 1280, 400, r));
  for (let i = 0; i < 18; i++) out.push(circle(between(r, 100, 1500), between(r, 40, 500), between(r, 4, 9), pick(r, [GOLD, "#fde68a", "#fca5a5"])));
  out.push(rect(0, 620, W, 380, "url(#stage)"), rect(0, 620, W, 10, "#c08a5a"));
  const n = int(r, 5, 8);
  const gap = 1300 / n;
  for (let i = 0; i < n; i++) {
    const x = 150 + gap * (i + 0.5) + between(r, -10, 10);
    const withFlowers = r() < 0.5;
    const item = withFlowers ? certificate + bouquet(26, -8, 1.1, r) : certificate;
    out.push(person(x, 760 + between(r, -6, 6), 2.05 * between(r, 0.94, 1.04), look(r), { legs: "stand", arms: "hold", item, tie: r() < 0.4 ? RED : undefined }));
  }
  for (const x of [60, 1540]) out.push(bouquet(x, 1000, 5, r));
  return out.join("");
}

function charity(r: Rng): string {
  const out = [grad("sky", "#8ccbf0", "#e4f3fb"), grad("ground", "#a3c777", "#6e9a4a"), rect(0, 0, W, H, "url(#sky)")];
  out.push(`<path d="M0,520 Q300,380 640,500 T1600,470 V620 H0Z" fill="#9cc48c"/>`, rect(0, 560, W, 440, "url(#ground)"));
  const tree = (x: number, y: number, s: number): string =>
    rect(x - 8 * s, y - 80 * s, 16 * s, 80 * s, "#7c5234") + circle(x, y - 110 * s, 55 * s, "#4d8b3a") + circle(x - 40 * s, y - 80 * s, 40 * s, "#5aa045") + circle(x + 38 * s, y - 84 * s, 42 * s, "#3f7a31");
  out.push(tree(120, 600, 1.6), tree(1510, 590, 1.3));
  // "Mái ấm Công đoàn": a small new house with a red plaque over the door.
  const hx = r() < 0.5 ? 760 : 840;
  out.push(rect(hx, 330, 560, 290, "#fbf3e4"), `<path d="M${hx - 50},340 L${hx + 280},190 L${hx + 610},340Z" fill="#c2410c"/>`,
    rect(hx - 50, 332, 660, 16, "#9a3412"), rect(hx + 220, 440, 120, 180, "#8b5a3c", 4), rect(hx + 200, 380, 160, 40, RED, 4),
    rect(hx + 225, 396, 110, 8, GOLD, 4), rect(hx + 60, 430, 110, 90, "#93c5fd"), rect(hx + 400, 430, 110, 90, "#93c5fd"),
    line(hx + 115, 430, hx + 115, 520, "#fbf3e4", 6), line(hx + 455, 430, hx + 455, 520, "#fbf3e4", 6));
  // The family at the door: two adults and a child.
  const fam = look(r, ["#fde68a", "#bbf7d0", "#e9d5ff", "#ffffff"]);
  out.push(person(hx + 190, 760, 1.6, fam, { legs: "stand", arms: "hold", item: gift(-20, -60, 40) }));
  out.push(person(hx + 330, 770, 1.55, look(r, ["#fecaca", "#bfdbfe", "#ffffff"]), { legs: "stand" }), person(hx + 260, 830, 1.0, look(r, ["#fde047", "#93c5fd"]), { legs: "stand" }));
  // Union officers bringing gifts, and the table the gifts came from.
  out.push(rect(60, 700, 360, 20, RED, 4), rect(80, 720, 320, 130, shade(RED, 0.8)), rect(80, 720, 320, 20, GOLD));
  for (let i = 0; i < int(r, 5, 7); i++) out.push(gift(90 + (i % 4) * 78, 630 - Math.floor(i / 4) * 62, 62, pick(r, [RED, "#dc2626", BLUE])));
  const officers = int(r, 2, 3);
  for (let i = 0; i < officers; i++) {
    const x = hx - 120 - i * 150 + between(r, -15, 15);
    out.push(person(x, 790 + i * 8, 1.75, look(r, ["#1e3a8a", "#b91c1c", "#ffffff"]), { legs: "stand", arms: i === 0 ? "reach" : "side", item: i === 0 ? gift(36, -68, 48) : undefined }));
  }
  return out.join("");
}

function sports(r: Rng): string {
  const teams = pick(r, [[RED, BLUE], [BLUE, "#f59e0b"], [RED, "#16a34a"], ["#0ea5e9", RED]] as const);
  const out = [grad("sky", "#7cc4ef", "#dff1fb"), grad("ground", "#79c35f", "#3f8f3a"), rect(0, 0, W, H, "url(#sky)")];
  for (let x = -40; x < W + 80; x += 90) out.push(circle(x, 330 + between(r, -20, 20), between(r, 60, 90), pick(r, ["#3f7a31", "#4d8b3a", "#5aa045"])));
  // Bunting across the top: small triangle flags in union colours.
  out.push(`<path d="M0,60 Q800,170 1600,60" stroke="#6b7280" stroke-width="3" fill="none"/>`);
  for (let i = 0; i < 24; i++) {
    const x = 30 + i * 66;
    const y = 60 + 110 * (1 - ((x - 800) / 800) ** 2) * 0.9;
    out.push(`<path d="M${x - 16},${y} L${x + 16},${y} L${x},${y + 36}Z" fill="${[RED, GOLD, BLUE][i % 3]}"/>`);
  }
  // Spectators behind a low fence, then the field with mowing stripes and court lines.
  for (let x = 10; x < W; x += 52) out.push(person(x + between(r, -6, 6), 420, 0.62, look(r), { arms: r() < 0.2 ? "up" : "side" }));
  out.push(rect(0, 400, W, 30, "#e5e7eb"), rect(0, 430, W, 570, "url(#ground)"));
  for (let i = 0; i < 6; i++) out.push(`<path d="M${-400 + i * 480},1000 L${200 + i * 240},430 L${320 + i * 240},430 L${-160 + i * 480},1000Z" fill="#ffffff" opacity="0.06"/>`);
  out.push(`<path d="M340,470 L1260,470 L1560,980 L40,980Z" fill="none" stroke="#ffffff" stroke-width="7" opacity="0.85"/>`);
  // Far team (facing us), the net, then the near team seen from behind.
  const far = int(r, 3, 4);
  for (let i = 0; i < far; i++) out.push(person(480 + i * (640 / (far - 1)) + between(r, -30, 30), 520, 1.0, look(r, [teams[1]]), { legs: "stand", shorts: true, arms: r() < 0.4 ? "up" : "side" }));
  out.push(line(230, 380, 230, 700, "#4b5563", 10), line(1370, 380, 1370, 700, "#4b5563", 10));
  out.push(`<pattern id="mesh" width="18" height="18" patternUnits="userSpaceOnUse"><path d="M0,0 H18 V18" fill="none" stroke="#1f2937" stroke-width="2"/></pattern>`,
    rect(230, 400, 1140, 110, "url(#mesh)"), rect(230, 394, 1140, 12, "#ffffff"), rect(230, 508, 1140, 6, "#ffffff"));
  const near = int(r, 3, 4);
  for (let i = 0; i < near; i++) out.push(person(260 + i * (1080 / (near - 1)) + between(r, -40, 40), 800 + between(r, -20, 40), 1.9, look(r, [teams[0]]), { back: true, legs: "stride", shorts: true, arms: r() < 0.35 ? "up" : "side" }));
  const bx = between(r, 450, 1150);
  const by = between(r, 230, 330);
  out.push(circle(bx, by, 28, "#ffffff"), `<path d="M${bx - 27},${by + 6} Q${bx},${by - 14} ${bx + 27},${by + 6}" stroke="${BLUE}" stroke-width="6" fill="none"/>`,
    `<path d="M${bx - 6},${by - 27} Q${bx + 14},${by} ${bx - 4},${by + 27}" stroke="${GOLD}" stroke-width="6" fill="none"/>`);
  return out.join("");
}

function meeting(r: Rng): string {
  const out = [grad("wall", "#eef2f6", "#d9e0e8"), grad("floor", "#b08968", "#8d6b4e"), rect(0, 0, W, H, "url(#wall)")];
  // Windows on the left, a screen with a chart in the middle, a plant on the right.
  out.push(grad("sky", "#93c5fd", "#e0f2fe"));
  for (const x of [60, 300]) out.push(rect(x, 110, 200, 360, "#ffffff", 4), rect(x + 10, 120, 180, 340, "url(#sky)"), line(x + 100, 120, x + 100, 460, "#ffffff", 8));
  out.push(rect(640, 90, 560, 320, "#111827", 10), rect(656, 106, 528, 288, BLUE, 4), rect(690, 130, 180, 18, "#fde68a", 6));
  for (let i = 0; i < 5; i++) { const h = between(r, 50, 170); out.push(rect(700 + i * 90, 370 - h, 54, h, pick(r, [GOLD, "#93c5fd", "#f87171"]), 4)); }
  out.push(rect(1400, 330, 70, 110, "#9a6b4a", 6), circle(1435, 300, 50, "#3f8f3a"), circle(1405, 270, 36, "#4d8b3a"), circle(1465, 265, 38, "#5aa045"));
  out.push(rect(0, 520, W, 480, "url(#floor)"));
  const n = int(r, 7, 10);
  const farN = Math.ceil((n - 2) / 2);
  const nearN = n - 2 - farN;
  // Far side of the oval table faces us, with a chair back behind each person.
  const farX = Array.from({ length: farN }, (_, i) => 520 + (i + 0.5) * (560 / farN) + between(r, -10, 10));
  for (const x of farX) out.push(rect(x - 50, 420, 100, 150, "#334155", 18), person(x, 590, 1.25, look(r), { tie: r() < 0.3 ? RED : undefined }));
  // One person at each end of the table.
  for (const x of [330, 1270]) out.push(rect(x - 55, 440, 110, 170, "#334155", 18), person(x, 640, 1.4, look(r)));
  out.push(`<ellipse cx="800" cy="690" rx="520" ry="140" fill="#6b4a34"/>`, `<ellipse cx="800" cy="676" rx="520" ry="140" fill="#a47148"/>`,
    `<ellipse cx="800" cy="668" rx="470" ry="112" fill="#b7825a"/>`);
  // A sheet of paper and a water bottle at each place.
  const papers = [...farX.map((x) => [x, 575]), [420, 650], [1180, 650]];
  const nearX = Array.from({ length: nearN }, (_, i) => 440 + (i + 0.5) * (720 / nearN) + between(r, -20, 20));
  papers.push(...nearX.map((x) => [x, 760]));
  for (const [x = 0, y = 0] of papers) out.push(rect(x - 26, y - 10, 52, 24, "#ffffff", 3), rect(x + 32, y - 30, 11, 32, "#bae6fd", 4));
  for (const x of nearX) out.push(person(x, 970, 1.8, look(r), { back: true }), rect(x - 70, 920, 140, 80, "#334155", 16));
  return out.join("");
}

function worksite(r: Rng): string {
  const out = [grad("wall", "#cfd8e3", "#a9b6c6"), grad("floor", "#8e9aa8", "#6b7785"), rect(0, 0, W, H, "url(#wall)")];
  // High windows and roof trusses: the hall of a factory.
  for (let x = 60; x < W; x += 260) out.push(rect(x, 70, 200, 110, "#e0f2fe", 4), line(x + 100, 70, x + 100, 180, "#94a3b8", 5));
  for (let x = 0; x <= W; x += 200) out.push(line(x, 0, x + 100, 60, "#64748b", 8), line(x + 200, 0, x + 100, 60, "#64748b", 8));
  out.push(rect(0, 56, W, 10, "#64748b"));
  out.push(rect(0, 560, W, 440, "url(#floor)"), `<path d="M0,760 L1600,700 L1600,720 L0,782Z" fill="#facc15" opacity="0.85"/>`);
  // Machines: a big press on one side, a conveyor with boxes across the back.
  const mx = r() < 0.5 ? 80 : 1120;
  out.push(rect(mx, 260, 400, 330, "#2f6f8f", 10), rect(mx + 30, 300, 150, 110, "#1e293b", 6), rect(mx + 40, 312, 130, 20, "#22c55e", 3),
    circle(mx + 260, 340, 34, "#e5e7eb"), line(mx + 260, 340, mx + 280, 322, RED, 5), rect(mx + 220, 430, 150, 120, "#255a75", 6),
    rect(mx + 40, 590, 330, 16, "#1f2937"), rect(mx, 240, 400, 24, "#f59e0b", 4));
  out.push(rect(0, 470, W, 40, "#475569"), rect(0, 510, W, 16, "#1f2937"));
  for (let x = 20 + between(r, 0, 60); x < W; x += between(r, 130, 220)) out.push(rect(x, 420, 70, 50, "#c8a27a", 3), rect(x + 28, 420, 14, 50, "#a47c55"));
  // Workers in blue with yellow helmets, gathered round a union officer in a white shirt.
  const n = int(r, 4, 6);
  const ox = mx < 800 ? 1250 : 350;
  const dir = mx < 800 ? -1 : 1;
  for (let i = 0; i < n; i++) {
    const x = ox + dir * (170 + (i % 3) * 150 + between(r, -20, 20));
    const back = i >= 3;
    out.push(person(x + (back ? dir * 60 : 0), back ? 830 : 700, back ? 2.1 : 1.6, look(r, ["#1d4ed8", "#1e40af", "#2563eb"]), { legs: "stand", back, helmet: "#facc15" }));
  }
  const officer = look(r, ["#ffffff"]);
  const clipboard = rect(36, -62, 36, 46, "#92400e", 3) + rect(40, -56, 28, 36, "#ffffff");
  out.push(person(ox, 720, 1.75, { ...officer, pants: "#1f2937" }, { legs: "stand", arms: "reach", tie: RED, item: clipboard }));
  return out.join("");
}

const scenes: Record<DemoScene, (r: Rng) => string> = { conference, award, charity, sports, meeting, worksite };

export async function renderDemoPhoto(scene: DemoScene, seed: number): Promise<Buffer> {
  // Mix the scene into the seed so seed 1 of a meeting is not the same sequence as seed 1 of sports.
  const r = mulberry32(Math.imul(seed, 0x9e3779b1) ^ (Object.keys(scenes).indexOf(scene) * 0x85ebca6b));
  // A slight zoom and shift, kept inside the drawing, plays the photographer's framing.
  const zoom = between(r, 1.03, 1.12);
  const dx = between(r, -1, 1) * (zoom - 1) * (W / 2);
  const dy = between(r, -1, 1) * (zoom - 1) * (H / 2);
  const lx = between(r, 0.25, 0.75);
  const body = scenes[scene](r);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>
<linearGradient id="redband" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#c62828"/><stop offset="1" stop-color="#8f1515"/></linearGradient>
<radialGradient id="light" cx="${lx.toFixed(3)}" cy="0.2" r="0.7"><stop offset="0" stop-color="#fff8e7" stop-opacity="0.3"/><stop offset="1" stop-color="#fff8e7" stop-opacity="0"/></radialGradient>
<radialGradient id="vignette" cx="0.5" cy="0.5" r="0.75"><stop offset="0.6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.42"/></radialGradient>
</defs><g transform="translate(${(W / 2 + dx).toFixed(1)},${(H / 2 + dy).toFixed(1)}) scale(${zoom.toFixed(4)}) translate(${-W / 2},${-H / 2})">${body}</g>
<rect width="${W}" height="${H}" fill="url(#light)"/><rect width="${W}" height="${H}" fill="url(#vignette)"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
}
