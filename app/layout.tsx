import type { Metadata, Viewport } from "next";
import { fontVariables } from "./fonts";
import "./globals.css";
import { iconSizes, MANIFEST_PATH, SITE_ICON_FILES, THEME_COLOUR } from "@/core/site-icon-files";

// The icons are drawn from the emblem in the site settings (app/favicon.ico and the others); their
// addresses never change, and a new emblem reaches browsers through their ETag.
export const metadata: Metadata = {
  title: { default: "Bản tin Công đoàn", template: "%s | Bản tin Công đoàn" },
  description: "Tin hoạt động của tổ chức Công đoàn và Liên đoàn Lao động.",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: iconSizes("favicon.ico"), type: SITE_ICON_FILES["favicon.ico"].type },
      { url: "/icon-192.png", sizes: iconSizes("icon-192.png"), type: SITE_ICON_FILES["icon-192.png"].type },
      { url: "/icon-512.png", sizes: iconSizes("icon-512.png"), type: SITE_ICON_FILES["icon-512.png"].type },
    ],
    apple: [{ url: "/apple-touch-icon.png", sizes: iconSizes("apple-touch-icon.png") }],
  },
  manifest: MANIFEST_PATH,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: THEME_COLOUR };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi" className={fontVariables}>
      <body className="flex min-h-screen flex-col font-sans">{children}</body>
    </html>
  );
}
