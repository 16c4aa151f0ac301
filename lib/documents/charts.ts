// What the documents' charts show, and how they are told in words (the Figure's Alt text).
import type { ProgressStatus } from "@/lib/domain/enums";
import { formatCount } from "@/lib/format/numbers";
import { STATUS_SERIES_COLORS, type ChartSeries } from "./layout.server";
import type { DocumentText } from "./strings";

/** Done, in progress, planned, not started: the order bars stack and legends read. */
export const STACK: readonly ProgressStatus[] = ["DONE", "IN_PROGRESS", "PLANNED", "NOT_STARTED"];

export const statusSeries = (x: DocumentText): ChartSeries[] => STACK.map((s, i) => ({ label: x.enumLabel(`progressStatus.${s}`), ...STATUS_SERIES_COLORS[i] }));

/** Rows beyond which the Alt text points to the table instead of reading every bar. */
const SPOKEN_ROWS = 12;

/**
 * The chart in words: its title and every bar's figures ("Setiap kota: Selesai 2, …"), or, for a long
 * chart that a table repeats, the title, its one-sentence summary and a pointer to the table.
 */
export function chartAlt(x: DocumentText, title: string, series: readonly ChartSeries[], rows: { label: string; values: number[] }[], summary?: string): string {
  if (rows.length > SPOKEN_ROWS && summary) return x.t("chartAltTable", { title, summary });
  const figures = rows.map((r) => `${r.label}: ${r.values.map((v, i) => `${series[i].label} ${formatCount(v, x.locale)}`).join(", ")}`).join("; ");
  return x.t("chartAlt", { title, figures });
}
