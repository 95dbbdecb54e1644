// The neutral emblem shown until the union uploads its own: a star in a ring, no text. The header
// draws it inline and the icon routes render it to PNG, so it is written once, here.

/** The drawing inside a 64 × 64 viewBox (constant markup, no input of anyone's). */
export const UNION_EMBLEM_SHAPES =
  '<circle cx="32" cy="32" r="30" fill="#10244d"/>' +
  '<circle cx="32" cy="32" r="25" fill="none" stroke="#f4c430" stroke-width="2.5"/>' +
  '<path d="M32 13l4.6 13.4H51l-11.6 8.5 4.4 13.6L32 40l-11.8 8.5 4.4-13.6L13 26.4h14.4z" fill="#c0262d"/>' +
  '<path d="M32 19l2.9 8.6H44l-7.4 5.4 2.8 8.7L32 36.3l-7.4 5.4 2.8-8.7-7.4-5.4h9.1z" fill="#f4c430"/>';

export const UNION_EMBLEM_VIEWBOX = "0 0 64 64";

/** A standalone SVG file of the emblem at `size` px, for an image renderer. */
export function unionEmblemSvg(size: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${UNION_EMBLEM_VIEWBOX}" width="${size}" height="${size}">${UNION_EMBLEM_SHAPES}</svg>`;
}
