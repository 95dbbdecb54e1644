// The icons every page links (app/layout.tsx), drawn from the union's emblem (server/site-icons.ts),
// and the web app manifest that lists them. One table, so the three never disagree.

export const SITE_ICON_FILES = {
  "favicon.ico": { type: "image/x-icon", sizes: [16, 32, 48] },
  "apple-touch-icon.png": { type: "image/png", sizes: [180] },
  "icon-192.png": { type: "image/png", sizes: [192] },
  "icon-512.png": { type: "image/png", sizes: [512] },
} as const;
export type SiteIconName = keyof typeof SITE_ICON_FILES;

export const THEME_COLOUR = "#10244d";
export const MANIFEST_PATH = "/manifest.webmanifest";

/** "16x16 32x32 48x48", as <link sizes> and the manifest write them. */
export function iconSizes(name: SiteIconName): string {
  return SITE_ICON_FILES[name].sizes.map((size) => `${size}x${size}`).join(" ");
}

/** The web app manifest: what a phone shows when the site is added to its home screen. */
export function webAppManifest({ name, shortName }: { name: string; shortName: string }) {
  return {
    name,
    short_name: shortName,
    lang: "vi",
    dir: "ltr",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: THEME_COLOUR,
    background_color: "#ffffff",
    icons: (["icon-192.png", "icon-512.png"] as const).map((file) => ({ src: `/${file}`, sizes: iconSizes(file), type: SITE_ICON_FILES[file].type, purpose: "any" })),
  };
}
