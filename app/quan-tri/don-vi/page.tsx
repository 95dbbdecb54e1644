import type { Metadata } from "next";
import { TaxonomyCreateForm, TaxonomyRow } from "@/components/workspace/taxonomy-forms";
import { treeOrder } from "@/core/unit-tree";
import { adminUnits } from "@/db/queries/taxonomy-admin";
import { getDatabase } from "@/server/database";
import { requireAdmin } from "@/server/session";
import { createUnitAction, deleteUnitAction, moveUnitAction, updateUnitAction } from "./actions";

export const metadata: Metadata = { title: "Đơn vị" };

export default async function UnitsPage() {
  await requireAdmin("/quan-tri/don-vi");
  const units = treeOrder(await adminUnits(getDatabase()));
  const parents = units.map(({ id, name, depth }) => ({ id, name, depth }));
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold text-brand-900">Đơn vị</h1>
      <p className="max-w-3xl text-sm text-neutral-700">
        Liên đoàn Lao động tỉnh và các đơn vị trực thuộc. Đổi tên không đổi đường dẫn của trang đơn vị; một đơn vị chỉ xóa được khi không còn bài viết, tài khoản hay đơn vị trực thuộc nào.
      </p>
      <TaxonomyCreateForm kind="unit" action={createUnitAction} parents={parents} />
      <ul className="space-y-2" aria-label="Các đơn vị">
        {units.map((unit) => (
          <TaxonomyRow
            key={unit.id}
            kind="unit"
            item={{ ...unit, usedBy: `${unit.articleCount} bài viết · ${unit.userCount} tài khoản · /don-vi/${unit.slug}` }}
            parents={parents}
            actions={{ update: updateUnitAction, move: moveUnitAction, remove: deleteUnitAction }}
          />
        ))}
      </ul>
    </div>
  );
}
