import "server-only";
import { documentListEntries } from "@/db/queries/document-lists";
import { listUnits } from "@/db/queries/taxonomy";
import { documentFieldsInUse } from "@/db/queries/workspace-documents";
import type { CurrentUser } from "./session";
import { getDatabase } from "./database";

/** The choices the document form offers, and who is filling it in (for its buttons), as plain values. */
export async function documentFormChoices(user: CurrentUser) {
  const db = getDatabase();
  const [forms, units, bodies, fieldsInUse] = await Promise.all([documentListEntries(db, "form"), listUnits(db), documentListEntries(db, "issuer"), documentFieldsInUse(db)]);
  return {
    forms: forms.map(({ id, name }) => ({ id, name })),
    units: units.map(({ id, name }) => ({ id, name })),
    bodies: bodies.map(({ id, name }) => ({ id, name })),
    fieldsInUse,
    actor: { id: user.id, role: user.role, isActive: user.isActive },
  };
}
