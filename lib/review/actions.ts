"use server";
import { getDb } from "@/lib/db.server";
import { handleForm } from "@/lib/forms/action.server";
import type { FormState } from "@/lib/forms/state";
import { decideProposal } from "./commands.server";
import { decisionFields, decisionSchema, queueQuery, type DecisionField } from "./schemas";

/** `queue` is the queue's filters the reviewer came with; the page after the decision offers the next proposal under them. */
export async function decideAction(proposalId: string, queue: string, _prev: FormState<DecisionField>, formData: FormData): Promise<FormState<DecisionField>> {
  const kept = queueQuery(Object.fromEntries(new URLSearchParams(queue)));
  return handleForm({
    formData, fields: decisionFields, schema: decisionSchema, namespace: "review", permission: "review.decide",
    run: (user, input) => decideProposal(getDb(), user, proposalId, input),
    redirectTo: () => `/review/${proposalId}?saved=decided${kept ? `&${kept}` : ""}`,
  });
}
