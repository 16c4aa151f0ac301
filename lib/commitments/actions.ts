"use server";
import { z } from "zod";
import { getDb } from "@/lib/db.server";
import { handleForm } from "@/lib/forms/action.server";
import type { FormState } from "@/lib/forms/state";
import { commitVoluntarily, linkToPlans, markNotApplicable, reportProgress, addScorecardEntry, sendReminders } from "./commands.server";
import { notApplicableSchema, planLinkFields, planLinksSchema, progressFields, progressReportSchema, reminderSchema, scorecardFields, scorecardSchema, type PlanLinkField, type ProgressField, type ScorecardField } from "./schemas";

// Whether a commitment is the delegate's city's the command decides, on the row it reads.

export async function reportProgressAction(commitmentId: string, _prev: FormState<ProgressField>, formData: FormData): Promise<FormState<ProgressField>> {
  return handleForm({
    formData, fields: progressFields, schema: progressReportSchema, namespace: "commitments", permission: "commitment.commit",
    run: (user, input) => reportProgress(getDb(), user, commitmentId, input),
    redirectTo: () => `/commitments/${commitmentId}?saved=reported`,
  });
}

export async function notApplicableAction(commitmentId: string, _prev: FormState<"reason">, formData: FormData): Promise<FormState<"reason">> {
  return handleForm({
    formData, fields: ["reason"], schema: notApplicableSchema, namespace: "commitments", permission: "commitment.commit",
    run: (user, input) => markNotApplicable(getDb(), user, commitmentId, input.version, input.reason),
    redirectTo: () => `/commitments/${commitmentId}?saved=notApplicable`,
  });
}

export async function planLinksAction(commitmentId: string, _prev: FormState<PlanLinkField>, formData: FormData): Promise<FormState<PlanLinkField>> {
  return handleForm({
    formData, fields: planLinkFields, schema: planLinksSchema, namespace: "commitments", permission: "commitment.commit",
    run: (user, input) => linkToPlans(getDb(), user, commitmentId, input),
    redirectTo: () => `/commitments/${commitmentId}?saved=plans`,
  });
}

export async function commitAction(_prev: FormState<"agendaItemId">, formData: FormData): Promise<FormState<"agendaItemId">> {
  return handleForm({
    formData, fields: ["agendaItemId"], schema: z.object({ agendaItemId: z.string().trim().min(1, { error: "itemRequired" }).max(40, { error: "itemRequired" }) }),
    namespace: "commitments", permission: "commitment.commit",
    run: (user, input) => commitVoluntarily(getDb(), user, input.agendaItemId),
    redirectTo: (c) => `/commitments/${c.id}?saved=committed`,
  });
}

export async function scorecardAction(_prev: FormState<ScorecardField>, formData: FormData): Promise<FormState<ScorecardField>> {
  return handleForm({
    formData, fields: scorecardFields, schema: scorecardSchema, namespace: "commitments", permission: "scorecard.update",
    resource: (_input, user) => ({ cityId: user.cityId }),
    run: (user, input) => addScorecardEntry(getDb(), user, input),
    redirectTo: () => "/workspace/scorecard?saved=1",
  });
}

export async function reminderAction(_prev: FormState<"olderThan">, formData: FormData): Promise<FormState<"olderThan">> {
  return handleForm({
    formData, fields: ["olderThan"], schema: reminderSchema, namespace: "commitments", permission: "progress.remind",
    run: (user, input) => sendReminders(getDb(), user, input.olderThan),
    successData: (r) => ({
      cities: r.reached.join(", "), count: String(r.reached.length), delegates: String(r.delegates),
      unreachable: r.unreachable.join(", "), unreachableCount: String(r.unreachable.length),
    }),
  });
}
