/** A link to another site: opens in a new tab, says so to screen readers, and passes no opener or referrer. */
export function ExternalLink({ href, className, children }: { href: string; className?: string; children: React.ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="sr-only"> (mở trong thẻ mới)</span>
    </a>
  );
}
