"use server";
import { z } from "zod";
import { getDb } from "@/lib/db.server";
import { handleForm } from "@/lib/forms/action.server";
import type { FormState } from "@/lib/forms/state";
import {
  createProposal, deleteDraft, endorseProposal, saveProposal, withdrawEndorsement, withdrawProposal,
} from "./commands.server";
import { draftSchema, intentSchema, proposalFields, reasonFields, reasonSchema, submitSchema, type ProposalField } from "./schemas";

const none = z.object({});

// Only a city's delegates send these forms; whether the proposal is theirs (or, to endorse, another
// city's) the command decides on the row it reads.

/**
 * Saves a proposal (new when `proposalId` is null) as a draft, or saves and submits it, depending on
 * the button pressed. The same zod schemas ran in the browser before this.
 */
export async function saveProposalAction(proposalId: string | null, _prev: FormState<ProposalField>, formData: FormData): Promise<FormState<ProposalField>> {
  const { intent, version } = intentSchema.parse({ intent: formData.get("intent"), version: formData.get("version") });
  const submit = intent === "submit";
  return handleForm({
    formData,
    fields: proposalFields,
    schema: submit ? submitSchema : draftSchema,
    namespace: "proposalForm",
    permission: "proposal.workspace",
    run: (user, content) =>
      proposalId ? saveProposal(getDb(), user, proposalId, version, content, submit) : createProposal(getDb(), user, content, submit),
    redirectTo: (p) => `/proposals/${p.id}?saved=${submit ? "submitted" : "draft"}`,
  });
}

export async function withdrawProposalAction(proposalId: string, _prev: FormState<"reason">, formData: FormData): Promise<FormState<"reason">> {
  return handleForm({
    formData, fields: reasonFields, schema: reasonSchema, namespace: "proposalForm", permission: "proposal.workspace",
    run: (user, input) => withdrawProposal(getDb(), user, proposalId, input.reason),
    redirectTo: (p) => `/proposals/${p.id}?saved=withdrawn`,
  });
}

export async function deleteDraftAction(proposalId: string, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: none, namespace: "proposalForm", permission: "proposal.workspace",
    run: (user) => deleteDraft(getDb(), user, proposalId),
    redirectTo: () => "/workspace?saved=deleted",
  });
}

export async function endorseAction(proposalId: string, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: none, namespace: "proposalForm", permission: "proposal.workspace",
    run: (user) => endorseProposal(getDb(), user, proposalId),
    redirectTo: () => `/proposals/${proposalId}?saved=endorsed`,
  });
}

export async function withdrawEndorsementAction(proposalId: string, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: none, namespace: "proposalForm", permission: "proposal.workspace",
    run: (user) => withdrawEndorsement(getDb(), user, proposalId),
    redirectTo: () => `/proposals/${proposalId}?saved=unendorsed`,
  });
}
