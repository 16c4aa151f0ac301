import type { ReactNode } from "react";

export type Column<R> = {
  key: string;
  header: ReactNode;
  cell: (row: R) => ReactNode;
  /** The column that names the row: rendered as the row's header cell (th scope="row"). */
  rowHeader?: boolean;
  /** Numbers align to the end, so digits line up. */
  numeric?: boolean;
  /** Where the page sorts by this column: a link in the header, and aria-sort when it is the current order. */
  sort?: { href: string; current?: "ascending" | "descending" };
  className?: string;
};

type Props<R> = {
  /** Names the table for screen readers (a visually hidden caption) and its scrolling region. */
  caption: string;
  columns: Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** Said instead of an empty table. */
  empty: ReactNode;
  /** Extra text under the caption for assistive technology, e.g. how the table is sorted. */
  captionDetail?: string;
};

/**
 * The one table of the portal's lists, on the `.data-table` style: a caption, column headers, a row
 * header naming each row, numeric columns aligned, sortable headers where the page sorts, and a
 * keyboard-scrollable region when it is wider than the screen. Renders on the server and in client
 * components alike (no state).
 */
export function DataTable<R>({ caption, columns, rows, rowKey, empty, captionDetail }: Props<R>) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    // relative: visually hidden text in a cell is positioned inside the scrolling region, never widening the page.
    <div className="relative mb-4 overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table w-full">
        <caption className="sr-only">{caption}{captionDetail ? `. ${captionDetail}` : ""}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" aria-sort={c.sort?.current} className={`${c.numeric ? "text-right" : ""} ${c.className ?? ""}`}>
                {c.sort ? <a href={c.sort.href}>{c.header}</a> : c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => {
                const className = `${c.numeric ? "text-right tabular-nums" : ""} ${c.className ?? ""}`;
                return c.rowHeader
                  ? <th key={c.key} scope="row" className={`font-normal ${className}`}>{c.cell(row)}</th>
                  : <td key={c.key} className={className}>{c.cell(row)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
