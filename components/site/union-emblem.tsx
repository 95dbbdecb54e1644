import { UNION_EMBLEM_SHAPES, UNION_EMBLEM_VIEWBOX } from "@/core/union-emblem-svg";

/** The neutral emblem (no text), decorative: the union's name is written beside it. */
export function UnionEmblem({ className }: { className?: string }) {
  // Constant markup from core, shared with the icons rendered from it (app/favicon.ico and others).
  return <svg viewBox={UNION_EMBLEM_VIEWBOX} aria-hidden="true" className={className} dangerouslySetInnerHTML={{ __html: UNION_EMBLEM_SHAPES }} />;
}
