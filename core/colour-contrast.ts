// WCAG 2.x contrast between two sRGB colours: 1 (the same) to 21 (black on white). Text needs
// 4.5:1, graphical objects such as a chart's bars 3:1 against what they touch (1.4.11).

/** The relative luminance of "#1d4ed8" or "#fff", 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const digits = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim())?.[1];
  if (digits === undefined) throw new Error(`Not a hexadecimal colour: ${hex}`);
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join("") : digits;
  const [red = 0, green = 0, blue = 0] = [0, 2, 4].map((start) => {
    const channel = parseInt(full.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** "#767676" against "#ffffff" → 4.54: the lighter colour's luminance over the darker's, each + 0.05. */
export function contrastRatio(hexA: string, hexB: string): number {
  const [lighter, darker] = [relativeLuminance(hexA), relativeLuminance(hexB)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
