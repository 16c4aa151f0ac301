export const TARGET_GROUPS = ["PHYSICAL", "INTELLECTUAL", "MENTAL", "SENSORY", "MULTIPLE"] as const;
export const TIMEFRAMES = ["SHORT", "MEDIUM", "LONG"] as const;
export const SCOPES = ["CITY_ACTION_PLAN", "NATIONAL_AGENDA"] as const;
export const PROPOSAL_STATUSES = ["DRAFT", "SUBMITTED", "REVISION_REQUESTED", "ACCEPTED", "REJECTED", "MERGED", "WITHDRAWN"] as const;

/** Character limits, shown to the user as counters and enforced by the schemas. */
export const LIMITS = {
  title: 200,
  problem: 4000,
  evidence: 4000,
  action: 4000,
  leadAgency: 200,
  partners: 1000,
  indicators: 2000,
  fundingSource: 200,
  reason: 1000,
} as const;

/** A proposal's content can change while it is a draft, awaiting review, or sent back for revision. */
export const EDITABLE: readonly string[] = ["DRAFT", "SUBMITTED", "REVISION_REQUESTED"];
/** A delegate may withdraw a proposal before the working group has decided on it. */
export const WITHDRAWABLE: readonly string[] = ["SUBMITTED", "REVISION_REQUESTED"];
/** Statuses other cities may see (and endorse): never a draft or a withdrawn proposal. */
export const VISIBLE_TO_OTHERS: readonly string[] = ["SUBMITTED", "REVISION_REQUESTED", "ACCEPTED", "REJECTED", "MERGED"];
export const ENDORSABLE: readonly string[] = ["SUBMITTED", "REVISION_REQUESTED", "ACCEPTED", "MERGED"];

/** The content fields of a proposal, in form order; versions snapshot exactly these. */
export const CONTENT_FIELDS = [
  "title", "forumId", "forumSessionId", "activityId", "themeId", "scope", "problem", "evidence", "action", "targetGroups",
  "timeframe", "leadAgency", "partners", "indicators", "budgetIdr", "fundingSource",
] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];
