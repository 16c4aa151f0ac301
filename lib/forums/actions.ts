"use server";
import { getDb } from "@/lib/db.server";
import { handleForm } from "@/lib/forms/action.server";
import type { FormState } from "@/lib/forms/state";
import { z } from "zod";
import { closeSubmissionsNow, createForum, setSubmissionWindow, updateForum } from "./commands.server";
import { forumFields, forumFormSchema, windowFields, windowFormSchema, type ForumField, type WindowField } from "./schemas";

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
