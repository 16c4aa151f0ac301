"use server";
import { getDb } from "@/lib/db.server";
import { handleForm } from "@/lib/forms/action.server";
import type { FormState } from "@/lib/forms/state";
import { z } from "zod";
import { addParticipant, closeSubmissionsNow, createForum, removeParticipant, setCityParticipation, setSubmissionWindow, updateForum, updateParticipant } from "./commands.server";
import {
  forumFields, forumFormSchema, participantFields, participantFormSchema, participationFieldsIn, participationFormSchema, windowFields, windowFormSchema,
  type ForumField, type ParticipantField, type WindowField,
} from "./schemas";

export async function createForumAction(_prev: FormState<ForumField>, formData: FormData): Promise<FormState<ForumField>> {
  return handleForm({
    formData, fields: forumFields, schema: forumFormSchema, namespace: "forumForm", permission: "forum.create",
    run: (user, input) => createForum(getDb(), user, input),
    redirectTo: (forum) => `/forums/${forum.slug}?saved=created`,
  });
}

export async function updateForumAction(forumId: string, _prev: FormState<ForumField>, formData: FormData): Promise<FormState<ForumField>> {
  return handleForm({
    formData, fields: forumFields, schema: forumFormSchema, namespace: "forumForm", permission: "forum.update",
    run: (user, input) => updateForum(getDb(), user, forumId, input),
    redirectTo: (forum) => `/forums/${forum.slug}?saved=updated`,
  });
}

export async function setWindowAction(forum: { id: string; slug: string }, _prev: FormState<WindowField>, formData: FormData): Promise<FormState<WindowField>> {
  return handleForm({
    formData, fields: windowFields, schema: windowFormSchema, namespace: "windowForm", permission: "forum.setSubmissionWindow",
    run: (user, input) => setSubmissionWindow(getDb(), user, forum.id, input),
    redirectTo: () => `/forums/${forum.slug}?saved=window`,
  });
}

export async function closeSubmissionsAction(forum: { id: string; slug: string }, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: z.object({}), namespace: "windowForm", permission: "forum.setSubmissionWindow",
    run: (user) => closeSubmissionsNow(getDb(), user, forum.id),
    redirectTo: () => `/forums/${forum.slug}?saved=closed`,
  });
}

const participationPage = (slug: string, saved: string) => `/manage/forums/${slug}/participation?saved=${saved}`;

/** Each city's place in the forum; the form's fields are `status-<cityId>` and `note-<cityId>`. */
export async function setCityParticipationAction(forumId: string, _prev: FormState<string>, formData: FormData): Promise<FormState<string>> {
  return handleForm({
    formData, fields: participationFieldsIn(formData.keys()), schema: participationFormSchema, namespace: "participationForm", permission: "forum.manageParticipation",
    run: (user, rows) => setCityParticipation(getDb(), user, forumId, rows),
    redirectTo: ({ forum }) => participationPage(forum.slug, "cities"),
  });
}

export async function addParticipantAction(forumId: string, _prev: FormState<ParticipantField>, formData: FormData): Promise<FormState<ParticipantField>> {
  return handleForm({
    formData, fields: participantFields, schema: participantFormSchema, namespace: "participationForm", permission: "forum.manageParticipation",
    run: (user, input) => addParticipant(getDb(), user, forumId, input),
    redirectTo: ({ forum }) => participationPage(forum.slug, "added"),
  });
}

export async function updateParticipantAction(participantId: string, _prev: FormState<ParticipantField>, formData: FormData): Promise<FormState<ParticipantField>> {
  return handleForm({
    formData, fields: participantFields, schema: participantFormSchema, namespace: "participationForm", permission: "forum.manageParticipation",
    run: (user, input) => updateParticipant(getDb(), user, participantId, input),
    redirectTo: ({ forum }) => participationPage(forum.slug, "updated"),
  });
}

export async function removeParticipantAction(participantId: string, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: z.object({}), namespace: "participationForm", permission: "forum.manageParticipation",
    run: (user) => removeParticipant(getDb(), user, participantId),
    redirectTo: ({ forum }) => participationPage(forum.slug, "removed"),
  });
}
