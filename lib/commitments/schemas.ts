// What a city's delegates may send about their commitments and their scorecard. Every rule of the
// issue is here: percent 0–100, "done" means 100, a date and a source for every figure, employed
// never above total staff. Dates in the future are refused by the commands (they know the city's zone).
import { z } from "zod";
import { calendarDate, count, lines, link, text, whenValid } from "@/lib/forms/fields";

import { PROGRESS_STATUSES, SCORECARD_INDICATORS, type ProgressStatus, type ScorecardIndicator } from "@/lib/domain/enums";

export { PROGRESS_STATUSES, SCORECARD_INDICATORS };
export type ProgressStatusCode = ProgressStatus;
export type ScorecardIndicatorCode = ScorecardIndicator;
/** Government Regulation 60/2020 and Law 8/2016: 2% of a local government's staff. */
export const GOVERNMENT_QUOTA_PERCENT = 2;

const date = (required: string) => calendarDate("dateInvalid", required);
const figure = count({ invalid: "countInvalid", required: "countRequired", tooLarge: "countTooLarge" });
export const version = z.coerce.number().int().min(1).max(1_000_000);

/** Most links a report carries. */
const MAX_LINKS = 10;

export const progressFields = ["status", "percent", "summary", "evidence", "links", "reportedOn"] as const;
export type ProgressField = (typeof progressFields)[number];

export const progressReportSchema = z
  .object({
    status: z.enum(PROGRESS_STATUSES, { error: "statusRequired" }),
    percent: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string().min(1, { error: "percentRequired" }).regex(/^-?\d{1,4}$/, { error: "percentInvalid" }).transform(Number).pipe(z.number().min(0, { error: "percentRange" }).max(100, { error: "percentRange" }))),
    summary: text({ max: 4000, min: 10, tooLong: "summaryTooLong", required: "summaryRequired" }),
    evidence: text({ max: 4000, tooLong: "evidenceTooLong" }),
    links: z.preprocess(lines, z.array(link({ invalid: "linkInvalid", tooLong: "linkTooLong" })).max(MAX_LINKS, { error: "linksTooMany" })),
    reportedOn: date("dateRequired"),
    version,
  })
  .superRefine((r, ctx) => {
    if (r.status === "DONE" && r.percent !== 100) ctx.addIssue({ code: "custom", path: ["percent"], message: "doneNeedsHundred" });
    if (r.status !== "DONE" && r.percent === 100) ctx.addIssue({ code: "custom", path: ["status"], message: "hundredNeedsDone" });
    if (r.status === "NOT_STARTED" && r.percent > 0) ctx.addIssue({ code: "custom", path: ["percent"], message: "notStartedNeedsZero" });
  }, whenValid(["status", "percent"]));
export type ProgressReportInput = z.infer<typeof progressReportSchema>;

export const notApplicableSchema = z.object({
  reason: text({ max: 1000, min: 10, tooLong: "reasonTooLong", required: "reasonRequired" }),
  version,
});

export const scorecardFields = ["indicator", "asOf", "source", "uldEstablished", "uldDecree", "employedWithDisability", "totalStaff", "jobSeekersRegistered", "jobSeekersPlaced", "periodStart"] as const;
export type ScorecardField = (typeof scorecardFields)[number];

const common = { asOf: date("asOfRequired"), source: text({ max: 300, min: 3, tooLong: "sourceTooLong", required: "sourceRequired", multiline: false }) };

export const scorecardSchema = z.discriminatedUnion("indicator", [
  z.object({
    indicator: z.literal("ULD"), ...common,
    uldEstablished: z.enum(["yes", "no"], { error: "uldEstablishedRequired" }).transform((v) => v === "yes"),
    uldDecree: text({ max: 300, tooLong: "decreeTooLong", multiline: false }),
  }).superRefine((v, ctx) => {
    if (v.uldEstablished && v.uldDecree.length < 3) ctx.addIssue({ code: "custom", path: ["uldDecree"], message: "decreeRequired" });
  }, whenValid(["uldEstablished", "uldDecree"])),
  z.object({
    indicator: z.literal("GOVERNMENT_EMPLOYMENT"), ...common,
    employedWithDisability: figure,
    totalStaff: figure.pipe(z.number().min(1, { error: "totalStaffRequired" })),
  }).superRefine((v, ctx) => {
    if (v.employedWithDisability > v.totalStaff) ctx.addIssue({ code: "custom", path: ["employedWithDisability"], message: "employedAboveTotal" });
  }, whenValid(["employedWithDisability", "totalStaff"])),
  z.object({
    indicator: z.literal("JOB_PLACEMENT"), ...common,
    periodStart: date("periodStartRequired"),
    jobSeekersRegistered: figure,
    jobSeekersPlaced: figure,
  })
    .superRefine((v, ctx) => {
      if (v.jobSeekersPlaced > v.jobSeekersRegistered) ctx.addIssue({ code: "custom", path: ["jobSeekersPlaced"], message: "placedAboveRegistered" });
    }, whenValid(["jobSeekersPlaced", "jobSeekersRegistered"]))
    .superRefine((v, ctx) => {
      if (v.periodStart > v.asOf) ctx.addIssue({ code: "custom", path: ["periodStart"], message: "periodStartAfterEnd" });
    }, whenValid(["periodStart", "asOf"])),
], { error: "indicatorRequired" });
export type ScorecardInput = z.infer<typeof scorecardSchema>;

export const reminderSchema = z.object({ olderThan: date("dateRequired") });
