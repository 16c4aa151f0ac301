import { z } from "zod";
import { LIMITS, SCOPES, TARGET_GROUPS, TIMEFRAMES } from "./constants";

// Messages are keys of the "proposalForm" catalogue namespace. The same schemas run in the browser
// (before sending) and on the server (always).

const text = (max: number, tooLong: string) => z.preprocess((v) => (typeof v === "string" ? v.trim() : v ?? ""), z.string().max(max, { error: tooLong }));
const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().max(40).optional());
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, key: string) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(values, { error: key }).optional());

/** "Rp 1.500.000", "1500000" or "1 500 000" → 1500000n; empty → undefined. Decimals and signs are refused. */
export function parseRupiah(raw: unknown): bigint | undefined | "invalid" {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === "bigint") return raw;
  const s = String(raw).trim().replace(/^rp\.?\s*/i, "");
  if (s === "") return undefined;
  if (!/^\d{1,3}([.\s]\d{3})*$|^\d+$/.test(s)) return "invalid";
  const digits = s.replace(/[.\s]/g, "");
  return digits.length > 15 ? "invalid" : BigInt(digits);
}

const budget = z.preprocess((v) => parseRupiah(v), z.union([z.bigint(), z.undefined()], { error: "budgetInvalid" }));

const targetGroups = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : String(v).split(",").filter(Boolean)),
  z.array(z.enum(TARGET_GROUPS, { error: "targetGroupUnknown" })).max(TARGET_GROUPS.length),
);

/** What a draft needs: a title; everything else may still be empty, but never too long or malformed. */
export const draftSchema = z.object({
  title: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().min(3, { error: "titleRequired" }).max(LIMITS.title, { error: "titleTooLong" })),
  forumId: optionalId,
  forumSessionId: optionalId,
  activityId: optionalId,
  themeId: optionalId,
  scope: optionalEnum(SCOPES, "scopeUnknown"),
  problem: text(LIMITS.problem, "problemTooLong"),
  evidence: text(LIMITS.evidence, "evidenceTooLong"),
  action: text(LIMITS.action, "actionTooLong"),
  targetGroups,
  timeframe: optionalEnum(TIMEFRAMES, "timeframeUnknown"),
  leadAgency: text(LIMITS.leadAgency, "leadAgencyTooLong"),
  partners: text(LIMITS.partners, "partnersTooLong"),
  indicators: text(LIMITS.indicators, "indicatorsTooLong"),
  budgetIdr: budget,
  fundingSource: text(LIMITS.fundingSource, "fundingSourceTooLong"),
});
export type ProposalContent = z.infer<typeof draftSchema>;

const required = (key: string) => z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string({ error: key }).max(40));
const longText = (max: number, min: number, tooLong: string, missing: string) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() : v ?? ""), z.string().min(min, { error: missing }).max(max, { error: tooLong }));

/**
 * What submission needs: every required field filled in. Field by field (not a refinement of the
 * draft schema), so that every problem is reported at once.
 */
export const submitSchema = draftSchema.extend({
  forumId: required("forumRequired"),
  themeId: required("themeRequired"),
  scope: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(SCOPES, { error: "scopeRequired" })),
  problem: longText(LIMITS.problem, 20, "problemTooLong", "problemRequired"),
  action: longText(LIMITS.action, 20, "actionTooLong", "actionRequired"),
  targetGroups: targetGroups.refine((g) => g.length > 0, { error: "targetGroupsRequired" }),
  timeframe: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(TIMEFRAMES, { error: "timeframeRequired" })),
  leadAgency: longText(LIMITS.leadAgency, 2, "leadAgencyTooLong", "leadAgencyRequired"),
  indicators: longText(LIMITS.indicators, 5, "indicatorsTooLong", "indicatorsRequired"),
});

export const proposalFields = [
  "title", "forumId", "forumSessionId", "activityId", "themeId", "scope", "problem", "evidence", "action", "targetGroups",
  "timeframe", "leadAgency", "partners", "indicators", "budgetIdr", "fundingSource",
] as const;
export type ProposalField = (typeof proposalFields)[number];

export const intentSchema = z.object({
  intent: z.enum(["save", "submit"]).catch("save"),
  version: z.coerce.number().int().min(0).max(1_000_000).catch(0),
});

export const reasonFields = ["reason"] as const;
export const reasonSchema = z.object({
  reason: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().min(5, { error: "reasonRequired" }).max(LIMITS.reason, { error: "reasonTooLong" })),
});

export const workspaceFilterSchema = z.object({
  status: z.enum(["DRAFT", "SUBMITTED", "REVISION_REQUESTED", "ACCEPTED", "REJECTED", "MERGED", "WITHDRAWN"]).optional().catch(undefined),
});
