import type { ReactNode } from "react";

// A table of rows that fits a phone. From the sm breakpoint up it is an ordinary <table>; below it
// each row is a box and each cell shows its column's name before its value, so nothing scrolls
// sideways. Browsers drop a table's roles once its parts are display: block, so the roles are
// spelled out: a screen reader still meets a table whose (visually hidden) column headers name
// each cell. The name shown on a phone is hidden from it, so a cell's accessible name stays its
// value ("Biên tập viên", not "Vai trò Biên tập viên") and is not read twice.

/** Where a cell's column name shows on a phone: beside the value, above it (forms), or not at all. */
export type PhoneLabel = "beside" | "above" | "none";

export type TableColumn<Row> = {
  header: string;
  /** Said to screen readers but not shown, for a column of buttons ("Khôi phục"); no label on a phone either. */
  headerHidden?: boolean;
  phoneLabel?: PhoneLabel;
  cell: (row: Row) => ReactNode;
  /** Classes for this column's cells: "whitespace-nowrap", "font-mono text-xs". */
  className?: string;
};

type TableProps<Row> = {
  /** What the table lists, for screen readers: "Các tài khoản". */
  caption: string;
  columns: TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  /** Said in place of the rows when there are none. */
  empty?: ReactNode;
};

// The cells' classes are in app/globals.css (phone-table-*): a report repeats them by the hundred.
const phoneCell: Record<PhoneLabel, string> = {
  beside: "phone-table-beside",
  above: "phone-table-stacked",
  none: "phone-table-stacked",
};

export function Table<Row>({ caption, columns, rows, rowKey, empty }: TableProps<Row>) {
  return (
    // relative: the header cells hidden on a phone are positioned, and must stay inside the box.
    <div className="relative rounded border border-neutral-200 bg-white sm:overflow-x-auto">
      <table role="table" className="w-full text-left text-sm max-sm:block">
        <caption className="sr-only">{caption}</caption>
        <thead role="rowgroup" className="bg-neutral-100 text-xs uppercase text-neutral-700 max-sm:sr-only">
          <tr role="row">
            {columns.map((column, i) => (
              <th key={i} role="columnheader" scope="col" className="px-3 py-2">
                {column.headerHidden ? <span className="sr-only">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="divide-y divide-neutral-200 max-sm:block">
          {rows.length === 0 && empty && (
            <tr role="row" className="max-sm:block">
              <td role="cell" colSpan={columns.length} className="px-3 py-6 text-center text-neutral-700 max-sm:block">{empty}</td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={rowKey(row)} role="row" className="phone-table-row">
              {columns.map((column, i) => {
                const label = column.phoneLabel ?? (column.headerHidden ? "none" : "beside");
                return (
                  <td key={i} role="cell" className={column.className ? `phone-table-cell ${phoneCell[label]} ${column.className}` : `phone-table-cell ${phoneCell[label]}`}>
                    {label !== "none" && (
                      <span aria-hidden="true" className="phone-table-label">{column.header}</span>
                    )}
                    {/* One box for the value, in the second column of the phone's grid whatever it holds; a long username breaks rather than push the row wider. */}
                    <div className="phone-table-value">{column.cell(row)}</div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
