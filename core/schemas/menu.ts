import { MENU_KINDS } from "../menu-tree";
import { MAX_RECORD_ID } from "../record-id";
import { z } from "./zod";

export const MAX_MENU_ITEMS = 100;

// Keys name the items of one save: "m12" for a stored item, "n…" for one added on screen.
const key = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);

/**
 * One item as the menu screen sends it: the whole menu is a list of these, in order, each
 * sub-item naming its parent. Only the shape is checked here; what the values mean (labels,
 * addresses, targets, depth, loops) is checked by core/menu-validation.ts, item by item.
 */
export const menuEntrySchema = z.object({
  key,
  parentKey: key.nullable(),
  label: z.string().max(2_000),
  kind: z.enum(MENU_KINDS),
  targetId: z.number().int().positive().max(MAX_RECORD_ID).nullable(),
  url: z.string().max(4_000),
});

export const menuEntriesSchema = z.array(menuEntrySchema).max(MAX_MENU_ITEMS, { error: `Menu có tối đa ${MAX_MENU_ITEMS} mục.` });

export type MenuEntry = z.infer<typeof menuEntrySchema>;
