// The secretariat's decision on a figure a city reported. Isomorphic.
import { z } from "zod";
import { text } from "@/lib/forms/fields";

export const FIGURE_KINDS = ["progressReport", "scorecardEntry"] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export const DECISIONS = ["VERIFIED", "NEEDS_CLARIFICATION"] as const;
export type VerificationDecision = (typeof DECISIONS)[number];

export const VERIFICATION_STATES = ["UNVERIFIED", "NEEDS_CLARIFICATION", "VERIFIED"] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];

export const verificationFields = ["decision", "note"] as const;
export type VerificationField = (typeof verificationFields)[number];

export const verificationSchema = z
  .object({
    decision: z.enum(DECISIONS, { error: "decisionRequired" }),
    note: text({ max: 2000, tooLong: "noteTooLong" }),
    /** The state the secretariat saw; someone else's decision meanwhile is not overwritten unseen. */
    seen: z.enum(VERIFICATION_STATES, { error: "changedMeanwhile" }),
  })
  // Asking a city to clarify without saying what is missing leaves it guessing.
  .refine((v) => v.decision !== "NEEDS_CLARIFICATION" || v.note.length > 0, { path: ["note"], error: "noteRequired" });
export type VerificationInput = z.infer<typeof verificationSchema>;

/** The queue's filter, from a URL: unknown values fall back to what is waiting. */
export const queueFilterSchema = z.object({
  state: z.enum(VERIFICATION_STATES).catch("UNVERIFIED"),
});
