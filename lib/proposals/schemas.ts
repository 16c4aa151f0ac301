import { z } from "zod";
import { rupiah, text as textField } from "@/lib/forms/fields";
import { LIMITS, PROPOSAL_STATUSES, SCOPES, TARGET_GROUPS, TIMEFRAMES } from "./constants";
import { REGIONS, SENT_STATUSES } from "@/lib/domain/enums";
import { pageParam } from "@/lib/paging";

// Messages are keys of the "proposalForm" catalogue namespace. The same schemas run in the browser
// (before sending) and on the server (always).

const text = (max: number, tooLong: string) => textField({ max, tooLong });
const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().max(40).optional());
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, key: string) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(values, { error: key }).optional());

const budget = rupiah("budgetInvalid");

const targetGroups = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : String(v).split(",").filter(Boolean)),
  z.array(z.enum(TARGET_GROUPS, { error: "targetGroupUnknown" })).max(TARGET_GROUPS.length),
);

/** What a draft needs: a title; everything else may still be empty, but never too long or malformed. */
export const draftSchema = z.object({
  title: textField({ max: LIMITS.title, tooLong: "titleTooLong", min: 3, required: "titleRequired", multiline: false }),
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
  leadAgency: textField({ max: LIMITS.leadAgency, tooLong: "leadAgencyTooLong", multiline: false }),
  partners: text(LIMITS.partners, "partnersTooLong"),
  indicators: text(LIMITS.indicators, "indicatorsTooLong"),
  budgetIdr: budget,
  fundingSource: textField({ max: LIMITS.fundingSource, tooLong: "fundingSourceTooLong", multiline: false }),
});
export type ProposalContent = z.infer<typeof draftSchema>;

const required = (key: string) => z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string({ error: key }).max(40));
const longText = (max: number, min: number, tooLong: string, missing: string) => textField({ max, min, tooLong, required: missing });

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
  leadAgency: textField({ max: LIMITS.leadAgency, min: 2, tooLong: "leadAgencyTooLong", required: "leadAgencyRequired", multiline: false }),
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
  reason: textField({ max: LIMITS.reason, min: 5, tooLong: "reasonTooLong", required: "reasonRequired" }),
});

export const workspaceFilterSchema = z.object({
  status: z.enum(PROPOSAL_STATUSES).optional().catch(undefined),
});

/** How the list of every city's proposals can be ordered. */
export const LIST_SORTS = ["newest", "endorsed", "discussed"] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/**
 * The filters every list of sent proposals offers (this list and the review queue), from the URL;
 * unknown values are dropped. Each list adds its own sorts.
 */
export const sentProposalFilters = z.object({
  forum: z.string().max(40).optional().catch(undefined),
  city: z.string().max(40).optional().catch(undefined),
  region: z.enum(REGIONS).optional().catch(undefined),
  theme: z.string().max(40).optional().catch(undefined),
  scope: z.enum(SCOPES).optional().catch(undefined),
  status: z.enum(SENT_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: pageParam,
});

export const listFilterSchema = sentProposalFilters.extend({ sort: z.enum(LIST_SORTS).catch("newest") });
export type ListFilter = z.infer<typeof listFilterSchema>;
