import { z } from "zod";
import { text } from "@/lib/forms/fields";

/** A comment is a few paragraphs, not a document: long enough for a city's experience, short enough to read. */
export const COMMENT_MAX = 3000;
export const HIDE_REASON_MAX = 500;
/** At most this many comments per member in RATE_WINDOW_MINUTES, so nobody floods a thread. */
export const RATE_LIMIT = 10;
export const RATE_WINDOW_MINUTES = 10;

export const commentFields = ["body"] as const;
export type CommentField = (typeof commentFields)[number];
export const hideFields = ["reason"] as const;
export type HideField = (typeof hideFields)[number];

// Messages are keys of the "discussion" catalogue namespace.
export const commentSchema = z.object({
  body: text({ max: COMMENT_MAX, tooLong: "bodyTooLong", min: 2, required: "bodyRequired" }),
  parentId: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().max(40).optional()),
});
export type CommentInput = z.infer<typeof commentSchema>;

export const editSchema = z.object({ body: commentSchema.shape.body });

export const hideSchema = z.object({
  reason: text({ max: HIDE_REASON_MAX, tooLong: "reasonTooLong", min: 5, required: "reasonRequired" }),
});

/** What a thread is about: a sent proposal or an agenda item. */
export type Subject = { kind: "proposal"; id: string } | { kind: "agenda"; id: string };
export const threadKey = (s: Subject) => `${s.kind}:${s.id}`;

/** Subjects posted with a form (hidden fields), checked like any other input. */
export const subjectSchema = z.object({ kind: z.enum(["proposal", "agenda"]), id: z.string().min(1).max(40) });
