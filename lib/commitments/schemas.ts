// What a city's delegates may send about their commitments and their scorecard. Every rule of the
// issue is here: percent 0–100, "done" means 100, a date and a source for every figure, employed
// never above total staff. Dates in the future are refused by the commands (they know the city's zone).
import { z } from "zod";

export const PROGRESS_STATUSES = ["NOT_STARTED", "PLANNED", "IN_PROGRESS", "DONE"] as const;
export type ProgressStatusCode = (typeof PROGRESS_STATUSES)[number];
export const SCORECARD_INDICATORS = ["ULD", "GOVERNMENT_EMPLOYMENT", "JOB_PLACEMENT"] as const;
export type ScorecardIndicatorCode = (typeof SCORECARD_INDICATORS)[number];
/** Government Regulation 60/2020 and Law 8/2016: 2% of a local government's staff. */
export const GOVERNMENT_QUOTA_PERCENT = 2;

const trimmed = (max: number, tooLong: string) => z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(max, { error: tooLong }));
const date = (required: string) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().min(1, { error: required }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "dateInvalid" }).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: "dateInvalid" }));
const count = (invalid: string) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string().min(1, { error: invalid }).regex(/^\d{1,7}$/, { error: invalid }).transform(Number));
export const version = z.coerce.number().int().min(1).max(1_000_000);

const link = z.url({ protocol: /^https?$/, error: "linkInvalid" }).max(500, { error: "linkInvalid" });

export const progressFields = ["status", "percent", "summary", "evidence", "links", "reportedOn"] as const;
export type ProgressField = (typeof progressFields)[number];

export const progressReportSchema = z
  .object({
    status: z.enum(PROGRESS_STATUSES, { error: "statusRequired" }),
    percent: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string().min(1, { error: "percentRequired" }).regex(/^-?\d{1,4}$/, { error: "percentInvalid" }).transform(Number).pipe(z.number().min(0, { error: "percentRange" }).max(100, { error: "percentRange" }))),
    summary: trimmed(4000, "summaryTooLong").pipe(z.string().min(10, { error: "summaryRequired" })),
    evidence: trimmed(4000, "evidenceTooLong"),
    links: trimmed(5000, "linksTooMany")
      .transform((v) => v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
      .pipe(z.array(link).max(10, { error: "linksTooMany" })),
    reportedOn: date("dateRequired"),
    version,
  })
  .superRefine((r, ctx) => {
    if (r.status === "DONE" && r.percent !== 100) ctx.addIssue({ code: "custom", path: ["percent"], message: "doneNeedsHundred" });
    if (r.status !== "DONE" && r.percent === 100) ctx.addIssue({ code: "custom", path: ["status"], message: "hundredNeedsDone" });
    if (r.status === "NOT_STARTED" && r.percent > 0) ctx.addIssue({ code: "custom", path: ["percent"], message: "notStartedNeedsZero" });
  });
export type ProgressReportInput = z.infer<typeof progressReportSchema>;

export const notApplicableSchema = z.object({
  reason: trimmed(1000, "reasonTooLong").pipe(z.string().min(10, { error: "reasonRequired" })),
  version,
});

export const scorecardFields = ["indicator", "asOf", "source", "uldEstablished", "uldDecree", "employedWithDisability", "totalStaff", "jobSeekersRegistered", "jobSeekersPlaced", "periodStart"] as const;
export type ScorecardField = (typeof scorecardFields)[number];

const common = { asOf: date("asOfRequired"), source: trimmed(300, "sourceTooLong").pipe(z.string().min(3, { error: "sourceRequired" })) };

export const scorecardSchema = z.discriminatedUnion("indicator", [
  z.object({
    indicator: z.literal("ULD"), ...common,
    uldEstablished: z.enum(["yes", "no"], { error: "uldEstablishedRequired" }).transform((v) => v === "yes"),
    uldDecree: trimmed(300, "decreeTooLong"),
  }).superRefine((v, ctx) => {
    if (v.uldEstablished && v.uldDecree.length < 3) ctx.addIssue({ code: "custom", path: ["uldDecree"], message: "decreeRequired" });
  }),
  z.object({
    indicator: z.literal("GOVERNMENT_EMPLOYMENT"), ...common,
    employedWithDisability: count("countInvalid"),
    totalStaff: count("countInvalid").pipe(z.number().min(1, { error: "totalStaffRequired" })),
  }).superRefine((v, ctx) => {
    if (v.employedWithDisability > v.totalStaff) ctx.addIssue({ code: "custom", path: ["employedWithDisability"], message: "employedAboveTotal" });
  }),
  z.object({
    indicator: z.literal("JOB_PLACEMENT"), ...common,
    periodStart: date("periodStartRequired"),
    jobSeekersRegistered: count("countInvalid"),
    jobSeekersPlaced: count("countInvalid"),
  }).superRefine((v, ctx) => {
    if (v.jobSeekersPlaced > v.jobSeekersRegistered) ctx.addIssue({ code: "custom", path: ["jobSeekersPlaced"], message: "placedAboveRegistered" });
    if (v.periodStart > v.asOf) ctx.addIssue({ code: "custom", path: ["periodStart"], message: "periodStartAfterEnd" });
  }),
], { error: "indicatorRequired" });
export type ScorecardInput = z.infer<typeof scorecardSchema>;

export const reminderSchema = z.object({ olderThan: date("dateRequired") });
