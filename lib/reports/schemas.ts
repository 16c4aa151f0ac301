// Filters of the board's reports, as they arrive in a URL. Every value is hostile until parsed: an
// unknown or malformed one is dropped (the report shows everything), never an error.
import { z } from "zod";
import { budgetYearParam } from "@/lib/commitments/schemas";
import { REGIONS, SENT_STATUSES, type SentStatus } from "@/lib/domain/enums";

/** A record id from a URL filter: dropped unless it looks like one. */
export const filterId = z.string().trim().regex(/^[a-z0-9_-]{1,40}$/i).optional().catch(undefined);

/**
 * "Verified figures only" (`verified=1`): implementation counts each commitment by its latest report
 * the secretariat verified, not by its latest report. On for exactly "1"; any other value is off.
 */
export const verifiedFlag = z.literal("1").optional().catch(undefined).transform((v): boolean | undefined => (v ? true : undefined)).optional();

export const reportFilterSchema = z.object({
  forum: filterId,
  theme: filterId,
  region: z.enum(REGIONS).optional().catch(undefined),
  verified: verifiedFlag,
  /**
   * The budget year a city linked its commitments to (`budgetYear=2025`): narrows the commitment
   * tables (implementation and the list of commitments); proposals have no budget year.
   */
  budgetYear: budgetYearParam,
});
export type ReportFilter = z.infer<typeof reportFilterSchema>;

/** Statuses a proposal has once its city has submitted it (drafts stay private to the city). */
export const REPORTED_STATUSES = SENT_STATUSES;
export type ReportedStatus = SentStatus;

/** Tables of the board report, in the order they appear on the page and in the workbook. */
const REPORT_TABLES = ["participation", "themeStatus", "scope", "region", "forum", "implementationItem", "implementationCity", "implementationRegion", "commitments", "proposals"] as const;
export type ReportTableKey = (typeof REPORT_TABLES)[number];

/**
 * `csv` is comma-separated with decimal points (RFC 4180, for most tools); `csv-id` is what a
 * spreadsheet set to Indonesian regional settings opens as columns: semicolons between fields and
 * decimal commas (docs/open-data.md).
 */
const EXPORT_FORMATS = ["csv", "csv-id", "xlsx", "json", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportRequestSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  /** CSV holds one table; the other formats hold the whole report. */
  table: z.enum(REPORT_TABLES).optional().catch(undefined),
});

/** Share as a whole percentage, 0 when there is nothing to share (never NaN). */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}
