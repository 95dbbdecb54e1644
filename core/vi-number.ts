// Numbers and sizes as Vietnamese writes them, whatever the machine's ICU: "." groups thousands,
// "," marks decimals. Sizes count in 1024s, as Windows and phones show them.

/** 16383 → "16.383", (268.4355, 1) → "268,4". */
export function formatNumber(value: number, decimals = 0): string {
  const [whole = "", fraction] = value.toFixed(decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

const MEGABYTE = 1024 * 1024;

/** A file's weight: 11534336 → "11,0 MB". */
export function formatMegabytes(bytes: number): string {
  return `${formatNumber(bytes / MEGABYTE, 1)} MB`;
}

/** A limit as people read it: 2097152 → "2 MB", 1572864 → "1,5 MB". */
export function formatByteLimit(bytes: number): string {
  return `${formatNumber(bytes / MEGABYTE, 1).replace(/,0$/, "")} MB`;
}

const SIZE_UNITS = ["B", "KB", "MB", "GB", "TB"] as const;

/** Any size in its own unit: 12_897_485 → "12,3 MB", one decimal below 100. */
export function formatFileSize(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (unit < SIZE_UNITS.length - 1 && Math.round(value * 10) / 10 >= 1024) {
    value /= 1024;
    unit += 1;
  }
  const text = unit === 0 || Math.round(value * 10) / 10 >= 100 ? String(Math.round(value)) : formatNumber(value, 1);
  return `${text} ${SIZE_UNITS[unit]}`;
}
