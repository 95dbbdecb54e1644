/** A simple emblem drawn in SVG (no text), decorative: the union's name is written beside it. */
export function UnionEmblem({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" aria-hidden="true" className={className}>
      <circle cx="32" cy="32" r="30" fill="#10244d" />
      <circle cx="32" cy="32" r="25" fill="none" stroke="#f4c430" strokeWidth="2.5" />
      <path d="M32 13l4.6 13.4H51l-11.6 8.5 4.4 13.6L32 40l-11.8 8.5 4.4-13.6L13 26.4h14.4z" fill="#c0262d" />
      <path d="M32 19l2.9 8.6H44l-7.4 5.4 2.8 8.7L32 36.3l-7.4 5.4 2.8-8.7-7.4-5.4h9.1z" fill="#f4c430" />
    </svg>
  );
}
