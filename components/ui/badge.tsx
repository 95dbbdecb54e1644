const tones = {
  neutral: "bg-neutral-100 text-neutral-800 border-neutral-300",
  amber: "bg-amber-50 text-amber-900 border-amber-300",
  green: "bg-green-50 text-green-900 border-green-300",
  sky: "bg-sky-50 text-sky-900 border-sky-300",
  red: "bg-red-50 text-red-900 border-red-300",
} as const;

export type BadgeTone = keyof typeof tones;

/** A short status word in a coloured box: "Đã đăng", "Bản nháp". */
export function Badge({ tone, children }: { tone: BadgeTone; children: React.ReactNode }) {
  return <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-xs font-semibold ${tones[tone]}`}>{children}</span>;
}
