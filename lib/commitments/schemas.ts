// What a city's delegates may send about their commitments and their scorecard. Every rule of the
// issue is here: percent 0–100, "done" means 100, a date and a source for every figure, employed
// never above total staff. Dates in the future are refused by the commands (they know the city's zone).
import { z } from "zod";
import { calendarDate, count, lines, link, optionalText, optionalYear, text, whenValid } from "@/lib/forms/fields";
import { cleanText } from "@/lib/forms/text";

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

// Links to the city's own plans (issue 18, point 4): where its RAD Penyandang Disabilitas, RPJMD and
// RKPD carry this commitment, the budget year, and the SIPD codes of the program, kegiatan and
// sub-kegiatan that fund it. All optional; an empty field clears the link.

/** Budget years a commitment may name: the RPJMD periods from 2020 up to the RPJPD horizon 2045. */
export const BUDGET_YEAR_MIN = 2020;
export const BUDGET_YEAR_MAX = 2045;

/**
 * SIPD codes follow the nomenclature of Permendagri 90/2019 (classification, codification and
 * nomenclature of regional planning and finance) as updated by Kepmendagri 050-5889/2021:
 *
 *   program       X.XX.XX            urusan (1 digit) . bidang urusan (2) . program (2)     2.07.02
 *   kegiatan      X.XX.XX.X.XX       program . level (1 digit) . kegiatan (2)               2.07.02.2.01
 *   sub-kegiatan  X.XX.XX.X.XX.XXXX  kegiatan . sub-kegiatan (4)                            2.07.02.2.01.0001
 *
 * - Urusan is one digit 1–9 (1–3 the wajib and pilihan affairs, 4–8 the supporting, auxiliary,
 *   supervisory, territorial and general-government elements, 9 the special autonomy ones); bidang
 *   urusan, program and kegiatan are two digits, never 00 (Tenaga Kerja is 2.07; X.XX.01 is the
 *   supporting program every bidang has).
 * - The level digit of a kegiatan is 1 (provinsi) or 2 (kabupaten/kota): anything else is a typo. A
 *   city's own activities are normally level 2, but a provincial code (2.07.02.1.01) copied from a
 *   joint plan is still a well-formed code, so both are accepted.
 * - The sub-kegiatan number has four digits since Kepmendagri 050-5889/2021 (the original 90/2019
 *   list had two, e.g. 2.07.02.2.01.01); SIPD shows only the four-digit form now, so a two-digit one is
 *   refused and the delegate copies the current code from SIPD.
 * The check is of form, not of membership in the official list, which changes by decree.
 */
const SEGMENT = "(?!00)\\d{2}";
export const SIPD_PROGRAM = new RegExp(`^[1-9]\\.${SEGMENT}\\.${SEGMENT}$`);
export const SIPD_ACTIVITY = new RegExp(`^[1-9]\\.${SEGMENT}\\.${SEGMENT}\\.[12]\\.${SEGMENT}$`);
export const SIPD_SUB_ACTIVITY = new RegExp(`^[1-9]\\.${SEGMENT}\\.${SEGMENT}\\.[12]\\.${SEGMENT}\\.(?!0000)\\d{4}$`);

const reference = optionalText({ max: 300, tooLong: "planReferenceTooLong", multiline: false });
/** An optional SIPD code: cleaned as any one-line text, empty is `undefined`, anything else must match `pattern`. */
const sipdCode = (pattern: RegExp, invalid: string) =>
  z.preprocess((v) => (typeof v === "string" ? cleanText(v, { multiline: false }) || undefined : v ?? undefined), z.string({ error: invalid }).regex(pattern, { error: invalid }).optional());

export const planLinkFields = ["radReference", "rpjmdReference", "rkpdReference", "budgetYear", "sipdProgram", "sipdActivity", "sipdSubActivity"] as const;
export type PlanLinkField = (typeof planLinkFields)[number];

/** Each lower SIPD level extends the nearest higher one given: a kegiatan its program, a sub-kegiatan its kegiatan (or program). */
const extendsCode = (lower: string, higher: string) => lower.startsWith(`${higher}.`);

export const planLinksSchema = z
  .object({
    radReference: reference,
    rpjmdReference: reference,
    rkpdReference: reference,
    budgetYear: optionalYear({ invalid: "budgetYearInvalid", outOfRange: "budgetYearRange", min: BUDGET_YEAR_MIN, max: BUDGET_YEAR_MAX }),
    sipdProgram: sipdCode(SIPD_PROGRAM, "sipdProgramInvalid"),
    sipdActivity: sipdCode(SIPD_ACTIVITY, "sipdActivityInvalid"),
    sipdSubActivity: sipdCode(SIPD_SUB_ACTIVITY, "sipdSubActivityInvalid"),
    version,
  })
  .superRefine((v, ctx) => {
    if (v.sipdProgram && v.sipdActivity && !extendsCode(v.sipdActivity, v.sipdProgram)) ctx.addIssue({ code: "custom", path: ["sipdActivity"], message: "sipdActivityOutsideProgram" });
  }, whenValid(["sipdProgram", "sipdActivity"]))
  .superRefine((v, ctx) => {
    if (!v.sipdSubActivity) return;
    if (v.sipdActivity && !extendsCode(v.sipdSubActivity, v.sipdActivity)) ctx.addIssue({ code: "custom", path: ["sipdSubActivity"], message: "sipdSubActivityOutsideActivity" });
    else if (!v.sipdActivity && v.sipdProgram && !extendsCode(v.sipdSubActivity, v.sipdProgram)) ctx.addIssue({ code: "custom", path: ["sipdSubActivity"], message: "sipdSubActivityOutsideProgram" });
  }, whenValid(["sipdProgram", "sipdActivity", "sipdSubActivity"]));
export type PlanLinksInput = z.infer<typeof planLinksSchema>;

/** The stored links: every field, null when not given. */
export type PlanLinks = { [K in PlanLinkField]: K extends "budgetYear" ? number | null : string | null };
export const planLinksOf = (input: Partial<Record<PlanLinkField, string | number | null | undefined>>): PlanLinks =>
  Object.fromEntries(planLinkFields.map((f) => [f, input[f] ?? null])) as PlanLinks;
/** Linked: at least one of the links is set. */
export const isLinked = (links: Partial<Record<PlanLinkField, string | number | null>>) => planLinkFields.some((f) => links[f] !== null && links[f] !== undefined);

/** A budget year in a URL filter (`budgetYear=2025`): dropped unless four digits within the range. */
export const budgetYearParam = z.string().regex(/^\d{4}$/).transform(Number).pipe(z.number().min(BUDGET_YEAR_MIN).max(BUDGET_YEAR_MAX)).optional().catch(undefined);

/** The delegate's list of commitments: linked to the city's plans or not, and by budget year. */
export const PLAN_LINK_STATES = ["linked", "unlinked"] as const;
export const commitmentListFilterSchema = z.object({
  plans: z.enum(PLAN_LINK_STATES).optional().catch(undefined),
  budgetYear: budgetYearParam,
});
export type CommitmentListFilter = z.infer<typeof commitmentListFilterSchema>;
