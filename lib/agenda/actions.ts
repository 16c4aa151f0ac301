"use server";
import { z } from "zod";
import { getDb } from "@/lib/db.server";
import { handleForm } from "@/lib/forms/action.server";
import type { FormState } from "@/lib/forms/state";
import { createAgendaItem, dismissCluster, mergeProposals, reorderAgenda, setPublished, splitSource, undoMerge, updateAgendaItem } from "./commands.server";
import { agendaFields, agendaItemSchema, mergeSchema, reorderSchema, type AgendaField } from "./schemas";

const none = z.object({});
const version = z.object({ version: z.coerce.number().int().min(1).max(1_000_000) });

/** New agenda item, from the selected proposals when there are any (a merge). */
export async function createAgendaItemAction(_prev: FormState<AgendaField>, formData: FormData): Promise<FormState<AgendaField>> {
  const selected = [...new Set(formData.getAll("proposalIds").filter((v): v is string => typeof v === "string").map((v) => v.slice(0, 40)))].slice(0, 200);
  return handleForm({
    formData, fields: agendaFields, schema: agendaItemSchema, namespace: "agenda", permission: "agenda.manage",
    run: async (user, input) => (selected.length ? (await mergeProposals(getDb(), user, selected, { newItem: input })).item : createAgendaItem(getDb(), user, input)),
    redirectTo: (item) => `/agenda/manage/${item.id}?saved=${selected.length ? "merged" : "created"}`,
  });
}

export async function updateAgendaItemAction(id: string, _prev: FormState<AgendaField>, formData: FormData): Promise<FormState<AgendaField>> {
  const expected = version.safeParse({ version: formData.get("version") }).data?.version ?? 0;
  return handleForm({
    formData, fields: agendaFields, schema: agendaItemSchema, namespace: "agenda", permission: "agenda.manage",
    run: (user, input) => updateAgendaItem(getDb(), user, id, expected, input),
    redirectTo: () => `/agenda/manage/${id}?saved=updated`,
  });
}

export async function mergeIntoExistingAction(_prev: FormState<"proposalIds" | "target">, formData: FormData): Promise<FormState<"proposalIds" | "target">> {
  return handleForm({
    formData, fields: ["proposalIds", "target"], schema: mergeSchema.refine((m) => Boolean(m.target), { error: "targetRequired", path: ["target"] }),
    namespace: "agenda", permission: "agenda.manage",
    run: (user, input) => mergeProposals(getDb(), user, input.proposalIds, { agendaItemId: input.target! }),
    redirectTo: ({ item }) => `/agenda/manage/${item.id}?saved=merged`,
  });
}

export async function splitSourceAction(ref: { itemId: string; proposalId: string }, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: none, namespace: "agenda", permission: "agenda.manage",
    run: (user) => splitSource(getDb(), user, ref.itemId, ref.proposalId),
    redirectTo: (r) => `/agenda/manage/${ref.itemId}?saved=${r.sourcesLeft ? "split" : "splitLast"}`,
  });
}

export async function undoMergeAction(mergeId: string, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: none, namespace: "agenda", permission: "agenda.manage",
    run: (user) => undoMerge(getDb(), user, mergeId),
    redirectTo: (r) => (r.deletedItem ? "/agenda/manage?saved=undone" : `/agenda/manage/${r.agendaItemId}?saved=undone`),
  });
}

export async function publishAction(ref: { id: string; publish: boolean }, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: version, namespace: "agenda", permission: "agenda.manage",
    run: (user, input) => setPublished(getDb(), user, ref.id, input.version, ref.publish),
    redirectTo: () => `/agenda/manage/${ref.id}?saved=${ref.publish ? "published" : "unpublished"}`,
  });
}

export async function reorderAction(_prev: FormState<"order">, formData: FormData): Promise<FormState<"order">> {
  // The form lists every item with a position number; the order is read from those numbers.
  const entries = [...formData.entries()].filter(([k]) => k.startsWith("position:")).map(([k, v]) => ({ id: k.slice(9), position: Number(v) }));
  const ordered = entries.sort((a, b) => (a.position - b.position) || a.id.localeCompare(b.id)).map((e) => e.id);
  const data = new FormData();
  for (const id of ordered) data.append("order", id);
  data.set("listKey", String(formData.get("listKey") ?? ""));
  return handleForm({
    formData: data, fields: ["order"], schema: reorderSchema, namespace: "agenda", permission: "agenda.manage",
    run: (user, input) => reorderAgenda(getDb(), user, input.order, input.listKey),
    redirectTo: () => "/agenda/manage?saved=reordered",
  });
}

export async function dismissClusterAction(ids: string[], _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: none, namespace: "agenda", permission: "agenda.manage",
    run: (user) => dismissCluster(getDb(), user, ids),
    redirectTo: () => "/review/clusters?saved=dismissed",
  });
}
