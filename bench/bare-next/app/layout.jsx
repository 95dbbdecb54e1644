// A bare Next.js App Router page, built by `npm run audit:pages` beside ours: what the framework alone
// ships to a browser, the baseline our reader pages' JavaScript is measured against.
export default function RootLayout({ children }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  );
}
