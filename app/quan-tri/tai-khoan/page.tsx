import type { Metadata } from "next";
import { FilterActions, FilterBar, FilterChoice } from "@/components/ui/filter-bar";
import { FilterFold } from "@/components/ui/filter-fold";
import { Table } from "@/components/ui/table";
import { AccountCreateForm, AccountRowActions } from "@/components/workspace/account-forms";
import { canDisableAccount, roleLabels, roles } from "@/core/permissions";
import { recordIdFrom } from "@/core/record-id";
import { listAccounts } from "@/db/queries/accounts";
import { listUnits } from "@/db/queries/taxonomy";
import { getDatabase } from "@/server/database";
import { requireAdmin } from "@/server/session";
import { createAccountAction, resetPasswordAction, setAccountActiveAction, updateAccountAction } from "./actions";

export const metadata: Metadata = { title: "Tài khoản" };

const ACCOUNT_STATES = [{ value: "hoat-dong", label: "Đang hoạt động" }, { value: "vo-hieu", label: "Đã vô hiệu hóa" }];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountsPage({ searchParams }: Props) {
  const admin = await requireAdmin("/quan-tri/tai-khoan");
  const query = await searchParams;
  const role = roles.find((r) => r === query["vai-tro"]);
  const unitId = recordIdFrom(query["don-vi"]) ?? undefined;
  const status = ACCOUNT_STATES.find((state) => state.value === query["trang-thai"])?.value;
  const isActive = status === undefined ? undefined : status === "hoat-dong";
  const db = getDatabase();
  const units = (await listUnits(db)).map(({ id, name }) => ({ id, name }));
  const accounts = await listAccounts(db, { role, unitId, isActive });
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold text-brand-900">Tài khoản</h1>
      <AccountCreateForm action={createAccountAction} units={units} />
      <FilterBar label="Lọc tài khoản">
        {/* On a phone the whole bar folds under one line, as the log's does: the accounts start on the first screen. */}
        <FilterFold summary="Lọc theo vai trò, đơn vị, trạng thái…" inUse={[role, unitId, status].filter((value) => value !== undefined).length} columns="sm:flex sm:flex-wrap sm:items-end">
          <FilterChoice label="Vai trò" name="vai-tro" value={role} choices={roles.map((r) => ({ value: r, label: roleLabels[r] }))} />
          <FilterChoice label="Đơn vị" name="don-vi" value={unitId} choices={units.map((u) => ({ value: u.id, label: u.name }))} />
          <FilterChoice label="Trạng thái" name="trang-thai" value={status} choices={ACCOUNT_STATES} />
          <FilterActions clear={{ href: "/quan-tri/tai-khoan" }} />
        </FilterFold>
      </FilterBar>
      <Table
        caption="Các tài khoản"
        rows={accounts}
        rowKey={(account) => account.id}
        empty="Không có tài khoản nào khớp bộ lọc."
        columns={[
          { header: "Tài khoản", cell: (account) => <><p className="font-semibold">{account.username}</p><p className="text-neutral-700">{account.displayName}</p></> },
          { header: "Vai trò", cell: (account) => roleLabels[account.role] },
          { header: "Đơn vị", cell: (account) => account.unitName ?? "—" },
          { header: "Trạng thái", cell: (account) => <>{account.isActive ? "Đang hoạt động" : "Đã vô hiệu hóa"}{account.mustChangePassword && <p className="text-xs text-amber-900">Chờ đổi mật khẩu</p>}</> },
          {
            header: "Thao tác",
            // On a phone the cell is one folded line that says what it holds.
            phoneLabel: "none",
            cell: (account) => <AccountRowActions account={account} units={units} canDisable={canDisableAccount(admin, account)} actions={{ update: updateAccountAction, setActive: setAccountActiveAction, reset: resetPasswordAction }} />,
          },
        ]}
      />
    </div>
  );
}
