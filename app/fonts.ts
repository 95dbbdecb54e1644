import localFont from "next/font/local";

// Be Vietnam Pro from @fontsource's files, through next/font/local: it preloads the files, and draws
// the text in the meantime with Arial resized to the same metrics, so nothing moves when they arrive.
// Two weights only (400 and 700: a semibold is drawn in 700) and two subsets (latin, then the
// Vietnamese letters), about 67 KB; italics are slanted by the browser. The subsets are two calls
// because a unicode-range applies to a whole call. Neither has a fallback of its own: next/font's
// would be local("Arial") alone, which Linux and Android lack, and would catch the Vietnamese letters
// before their face. The resized fallback is "Be Vietnam Pro Fallback" in app/globals.css.

const latin = localFont({
  src: [
    { path: "../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  adjustFontFallback: false,
  fallback: [],
  variable: "--font-latin",
  declarations: [
    { prop: "unicode-range", value: "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD" },
  ],
});

const vietnamese = localFont({
  src: [
    { path: "../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-700-normal.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  adjustFontFallback: false,
  fallback: [],
  variable: "--font-vietnamese",
  declarations: [
    { prop: "unicode-range", value: "U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303-0304, U+0308-0309, U+0323, U+0329, U+1EA0-1EF9, U+20AB" },
  ],
});

/** The classes that define both font variables, for <html>. */
export const fontVariables = `${latin.variable} ${vietnamese.variable}`;
