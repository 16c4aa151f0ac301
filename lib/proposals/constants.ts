import { PROPOSAL_STATUSES, SCOPES, TARGET_GROUPS, TIMEFRAMES, type ProposalStatus } from "@/lib/domain/enums";

export { PROPOSAL_STATUSES, SCOPES, TARGET_GROUPS, TIMEFRAMES };

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
export const EDITABLE: readonly ProposalStatus[] = ["DRAFT", "SUBMITTED", "REVISION_REQUESTED"];
/** A delegate may withdraw a proposal before the working group has decided on it. */
export const WITHDRAWABLE: readonly ProposalStatus[] = ["SUBMITTED", "REVISION_REQUESTED"];
/** Other cities may back a proposal that is under consideration or adopted (who may see it: lib/policy). */
export const ENDORSABLE: readonly ProposalStatus[] = ["SUBMITTED", "REVISION_REQUESTED", "ACCEPTED", "MERGED"];
/** The working group may put a proposal into an agenda item while it is under consideration or accepted. */
export const MERGEABLE: readonly ProposalStatus[] = ["SUBMITTED", "ACCEPTED"];

/** The content fields of a proposal, in form order; versions snapshot exactly these. */
export const CONTENT_FIELDS = [
  "title", "forumId", "forumSessionId", "activityId", "themeId", "scope", "problem", "evidence", "action", "targetGroups",
  "timeframe", "leadAgency", "partners", "indicators", "budgetIdr", "fundingSource",
] as const;
