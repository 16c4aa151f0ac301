"use server";
import { z } from "zod";
import { getDb } from "@/lib/db.server";
import { handleForm } from "@/lib/forms/action.server";
import type { FormState } from "@/lib/forms/state";
import { editComment, hideComment, postComment, setThreadMuted, withdrawComment } from "./commands.server";
import { commentFields, commentSchema, editSchema, hideFields, hideSchema, subjectSchema, type CommentField, type HideField, type Subject } from "./schemas";

// Who may post is decided here (members of the working group); whether they may see the thread, and
// whether a comment is theirs, the command decides on the rows it reads in its transaction.

/**
 * Back to the thread's page, with a notice and the comment to scroll to. The comment's id is in the
 * query too: a URL differing from the current one only after "#" would not be fetched again.
 */
const back = (href: string, saved: string, commentId?: string) =>
  commentId ? `${href}?saved=${saved}&comment=${commentId}#comment-${commentId}` : `${href}?saved=${saved}#discussion`;

export async function postCommentAction(subject: Subject, _prev: FormState<CommentField>, formData: FormData): Promise<FormState<CommentField>> {
  const s = subjectSchema.parse(subject);
  return handleForm({
    formData, fields: commentFields, schema: commentSchema, namespace: "discussion", permission: "comment.post",
    run: (user, input) => postComment(getDb(), user, s, input),
    redirectTo: (c) => back(c.href, "commented", c.id),
  });
}

export async function editCommentAction(commentId: string, _prev: FormState<CommentField>, formData: FormData): Promise<FormState<CommentField>> {
  return handleForm({
    formData, fields: commentFields, schema: editSchema, namespace: "discussion", permission: "signedIn",
    run: (user, input) => editComment(getDb(), user, commentId, input.body),
    redirectTo: (r) => back(r.href, "commentEdited", commentId),
  });
}

export async function withdrawCommentAction(commentId: string, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  return handleForm({
    formData, fields: [], schema: z.object({}), namespace: "discussion", permission: "signedIn",
    run: (user) => withdrawComment(getDb(), user, commentId),
    redirectTo: (r) => back(r.href, "commentWithdrawn", commentId),
  });
}

export async function hideCommentAction(commentId: string, _prev: FormState<HideField>, formData: FormData): Promise<FormState<HideField>> {
  return handleForm({
    formData, fields: hideFields, schema: hideSchema, namespace: "discussion", permission: "comment.hide",
    run: (user, input) => hideComment(getDb(), user, commentId, input.reason),
    redirectTo: (r) => back(r.href, "commentHidden", commentId),
  });
}

export async function muteThreadAction(subject: Subject, muted: boolean, _prev: FormState<"form">, formData: FormData): Promise<FormState<"form">> {
  const s = subjectSchema.parse(subject);
  return handleForm({
    formData, fields: [], schema: z.object({}), namespace: "discussion", permission: "comment.view",
    run: (user) => setThreadMuted(getDb(), user, s, muted),
    redirectTo: (r) => back(r.href, muted ? "muted" : "unmuted"),
  });
}
