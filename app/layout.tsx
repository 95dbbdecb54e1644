import type { Metadata, Viewport } from "next";
import "@fontsource/be-vietnam-pro/400.css";
import "@fontsource/be-vietnam-pro/400-italic.css";
import "@fontsource/be-vietnam-pro/600.css";
import "@fontsource/be-vietnam-pro/700.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Bản tin Công đoàn", template: "%s | Bản tin Công đoàn" },
  description: "Tin hoạt động của tổ chức Công đoàn và Liên đoàn Lao động.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#10244d" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="flex min-h-screen flex-col font-sans">{children}</body>
    </html>
  );
}
