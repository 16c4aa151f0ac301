import { cellText } from "@/lib/reports/export/cells";
import type { Cell, ColumnKind, ReportTable } from "@/lib/reports/tables";
import { BarChart } from "./BarChart";

type Download = { href: string; label: string };
type Props = { table: ReportTable & { rows: Cell[][] }; locale: string; chartLabel: string; captionLabel: string; downloads: Download[] };

/** The same text the CSV and PDF show; an empty cell reads as a dash. */
const show = (value: Cell, kind: ColumnKind, locale: string) => (value === null ? "—" : cellText(value, kind, locale));

/** One report: heading, headline sentence, chart, and the same numbers as a table; its CSV links. */
export function ReportSection({ table, locale, chartLabel, captionLabel, downloads }: Props) {
  const id = `report-${table.key}`;
  const chart = table.chart;
  return (
    <section aria-labelledby={id} className="mb-12">
      <h2 id={id} className="mb-2 text-2xl">{table.title}</h2>
      <p className="mb-4 max-w-3xl">{table.summary}</p>
      {chart && table.rows.length > 0 && (
        <BarChart
          label={chartLabel}
          locale={locale}
          max={chart.max}
          unit={table.columns[chart.value].kind === "percent" ? "%" : ""}
          rows={table.rows.map((r) => ({ label: String(r[chart.label] ?? ""), value: Number(r[chart.value] ?? 0) }))}
        />
      )}
      {table.rows.length > 0 && (
        <div className="mb-3 overflow-x-auto" tabIndex={0} role="region" aria-label={captionLabel}>
          <table className="data-table">
            <caption className="sr-only">{captionLabel}</caption>
            <thead>
              <tr>{table.columns.map((c) => <th key={c.key} scope="col" className={c.kind === "text" ? "" : "text-right"}>{c.header}</th>)}</tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((v, j) => j === 0
                    ? <th key={j} scope="row" className="text-left font-normal">{show(v, table.columns[j].kind, locale)}</th>
                    : <td key={j} className={table.columns[j].kind === "text" ? "" : "text-right tabular-nums"}>{show(v, table.columns[j].kind, locale)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        {downloads.map((d) => <li key={d.href}><a href={d.href} download>{d.label}</a></li>)}
      </ul>
    </section>
  );
}
