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

/** The city that owns a proposal, for the policy; an unknown id owns nothing. */
async function ownerOf(id: string) {
  const p = await getDb().proposal.findUnique({ where: { id: String(id).slice(0, 40) }, select: { cityId: true, status: true } });
  return { cityId: p?.cityId ?? "-", status: p?.status };
}

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
    permission: proposalId ? "proposal.edit" : "proposal.create",
    resource: async (_input, user) => (proposalId ? ownerOf(proposalId) : { cityId: user.cityId }),
    run: (user, content) =>
      proposalId ? saveProposal(getDb(), user, proposalId, version, content, submit) : createProposal(getDb(), user, content, submit),
    redirectTo: (p) => `/proposals/${p.id}?saved=${submit ? "submitted" : "draft"}`,
  });
}

export async function withdrawProposalAction(proposalId: string, _prev: FormState<"reason">, formData: FormData): Promise<FormState<"reason">> {
  return handleForm({
    formData, fields: reasonFields, schema: reasonSchema, namespace: "proposalForm", permission: "proposal.withdraw",
    resource: () => ownerOf(proposalId),
    run: (user, input) => withdrawProposal(getDb(), user, proposalId, input.reason),
    redirectTo: (p) => `/proposals/${p.id}?saved=withdrawn`,
  });
}

export async function deleteDraftAction(proposalId: string, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: none, namespace: "proposalForm", permission: "proposal.delete",
    resource: () => ownerOf(proposalId),
    run: (user) => deleteDraft(getDb(), user, proposalId),
    redirectTo: () => "/workspace?saved=deleted",
  });
}

export async function endorseAction(proposalId: string, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: none, namespace: "proposalForm", permission: "proposal.endorse",
    resource: () => ownerOf(proposalId),
    run: (user) => endorseProposal(getDb(), user, proposalId),
    redirectTo: () => `/proposals/${proposalId}?saved=endorsed`,
  });
}

export async function withdrawEndorsementAction(proposalId: string, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: none, namespace: "proposalForm", permission: "proposal.endorse",
    resource: () => ownerOf(proposalId),
    run: (user) => withdrawEndorsement(getDb(), user, proposalId),
    redirectTo: () => `/proposals/${proposalId}?saved=unendorsed`,
  });
}
