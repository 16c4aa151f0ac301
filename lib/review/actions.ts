"use server";
import { getDb } from "@/lib/db.server";
import { handleForm } from "@/lib/forms/action.server";
import type { FormState } from "@/lib/forms/state";
import { decideProposal } from "./commands.server";
import { decisionFields, decisionSchema, type DecisionField } from "./schemas";

export async function decideAction(proposalId: string, _prev: FormState<DecisionField>, formData: FormData): Promise<FormState<DecisionField>> {
  return handleForm({
    formData, fields: decisionFields, schema: decisionSchema, namespace: "review", permission: "review.decide",
    run: (user, input) => decideProposal(getDb(), user, proposalId, input),
    redirectTo: () => `/review/${proposalId}?saved=decided`,
  });
}
