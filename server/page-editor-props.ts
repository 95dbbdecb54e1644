import "server-only";
import type { EditorPage, ParentOption } from "@/components/workspace/page-editor-types";
import { possibleParents } from "@/core/page-tree";
import { treeOrder } from "@/core/unit-tree";
import { adminPages, type EditablePage } from "@/db/queries/workspace-pages";
import { getDatabase } from "./database";

/** What the page editor hands to the client: the page's plain fields, and the pages it may be put under, in tree order. */
export async function pageEditorProps(page: EditablePage | null): Promise<{ page: EditorPage | null; parents: ParentOption[] }> {
  const parents = treeOrder(possibleParents(await adminPages(getDatabase()), page?.id ?? null)).map(({ id, title, depth }) => ({ id, title, depth }));
  if (!page) return { page: null, parents };
  const { id, version, status, title, slug, summary, bodyHtml, parentId, lang, showContacts } = page;
  return { page: { id, version, status, title, slug, summary, bodyHtml, parentId, lang, showContacts }, parents };
}
