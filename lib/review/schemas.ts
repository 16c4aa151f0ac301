import { z } from "zod";
import { text, whenValid } from "@/lib/forms/fields";
import { sentProposalFilters } from "@/lib/proposals/schemas";

export const DECISIONS = ["ACCEPT", "REQUEST_REVISION", "REJECT"] as const;
/** The chair's note to the city; shown as a counter on the form. */
export const DECISION_COMMENT_MAX = 2000;
export const decisionFields = ["decision", "comment"] as const;
export type DecisionField = (typeof decisionFields)[number];

// Messages are keys of the "review" catalogue namespace.
export const decisionSchema = z
  .object({
    decision: z.enum(DECISIONS, { error: "decisionRequired" }),
    comment: text({ max: DECISION_COMMENT_MAX, tooLong: "commentTooLong" }),
    version: z.coerce.number().int().min(1).max(1_000_000),
  })
  .refine((d) => d.decision === "ACCEPT" || d.comment.length >= 5, { error: "commentRequired", path: ["comment"], ...whenValid(["decision", "comment"]) });
export type DecisionInput = z.infer<typeof decisionSchema>;

/** The queue lists every sent proposal (reviewers keep seeing withdrawn ones: lib/policy), in these orders. */
export const QUEUE_SORTS = ["newest", "oldest", "title", "city", "endorsed"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

/** Queue filters from the URL: those of every list of sent proposals, with the queue's sorts. */
export const queueFilterSchema = sentProposalFilters.extend({ sort: z.enum(QUEUE_SORTS).catch("newest") });
export type QueueFilter = z.infer<typeof queueFilterSchema>;

/** The queue's filters as a query string (only valid values; no page), to carry from the queue to a decision and on. */
export function queueQuery(raw: Record<string, unknown>): string {
  const f = queueFilterSchema.parse(raw);
  const pairs = Object.entries(f).filter(([k, v]) => v !== undefined && k !== "page" && !(k === "sort" && v === "newest")).map(([k, v]) => [k, String(v)]);
  return new URLSearchParams(pairs).toString();
}
