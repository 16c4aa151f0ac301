// Forms of the yearly cycle: freezing a cycle's published agenda as an edition, and starting the next
// cycle from it (each item carried over or closed with a reason). Isomorphic (no server imports).
import { z } from "zod";
import { optionalText, text } from "@/lib/forms/fields";

export const CYCLE_LIMITS = { note: 4000, reason: 1000, minYear: 2000, maxYear: 2100 } as const;

export const freezeFields = ["note", "noteEn", "confirm"] as const;
export type FreezeField = (typeof freezeFields)[number];

export const freezeFormSchema = z.object({
  note: optionalText({ max: CYCLE_LIMITS.note, tooLong: "noteTooLong" }),
  noteEn: optionalText({ max: CYCLE_LIMITS.note, tooLong: "noteTooLong" }),
  // Freezing cannot be undone: the form asks for a deliberate second step (works without JavaScript).
  confirm: z.literal("yes", { error: "confirmFreeze" }),
});
export type FreezeInput = z.infer<typeof freezeFormSchema>;

export const decisionFieldOf = (itemId: string) => `decision-${itemId}`;
export const reasonFieldOf = (itemId: string) => `reason-${itemId}`;
const ITEM_FIELD = /^(decision|reason)-([a-z0-9]{1,40})$/;

/** The fields a next-cycle form sent: the year and each item's decision and reason. */
export const nextCycleFieldsIn = (keys: Iterable<string>): string[] => ["year", ...new Set([...keys].filter((k) => ITEM_FIELD.test(k)))];

export type ItemDecision = { agendaItemId: string; carry: boolean; reason: string | null };
export type NextCycleInput = { year: number; decisions: ItemDecision[] };

const yearField = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : v),
  z.string({ error: "yearInvalid" }).regex(/^\d{4}$/, { error: "yearInvalid" }).transform(Number)
    .pipe(z.number().min(CYCLE_LIMITS.minYear, { error: "yearOutOfRange" }).max(CYCLE_LIMITS.maxYear, { error: "yearOutOfRange" })),
);
const reasonField = text({ max: CYCLE_LIMITS.reason, tooLong: "reasonTooLong" });

/**
 * The next-cycle form: `year`, and per item of the frozen edition `decision-<id>` ("carry" or
 * "close") with `reason-<id>` (required to close). Items the form does not name are carried over:
 * closing is the deliberate act.
 */
export const nextCycleFormSchema = z.record(z.string(), z.unknown()).transform((raw, ctx): NextCycleInput => {
  const year = yearField.safeParse(raw.year);
  if (!year.success) ctx.addIssue({ code: "custom", path: ["year"], message: year.error.issues[0]?.message ?? "yearInvalid" });
  const ids = new Set<string>();
  for (const key of Object.keys(raw)) {
    const m = ITEM_FIELD.exec(key);
    if (m) ids.add(m[2]);
  }
  const decisions: ItemDecision[] = [];
  for (const id of ids) {
    const decision = raw[decisionFieldOf(id)] ?? "carry";
    if (decision !== "carry" && decision !== "close") {
      ctx.addIssue({ code: "custom", path: [decisionFieldOf(id)], message: "decisionInvalid" });
      continue;
    }
    const reason = reasonField.safeParse(raw[reasonFieldOf(id)] ?? "");
    if (!reason.success) {
      ctx.addIssue({ code: "custom", path: [reasonFieldOf(id)], message: reason.error.issues[0]?.message ?? "reasonTooLong" });
      continue;
    }
    if (decision === "close" && reason.data.length < 3) {
      ctx.addIssue({ code: "custom", path: [reasonFieldOf(id)], message: "reasonRequired" });
      continue;
    }
    decisions.push({ agendaItemId: id, carry: decision === "carry", reason: decision === "close" ? reason.data : null });
  }
  return { year: year.success ? year.data : 0, decisions };
});

/** Which two editions to compare (query string); invalid years are simply not compared. */
export const compareQuerySchema = z.object({
  from: z.coerce.number().int().min(CYCLE_LIMITS.minYear).max(CYCLE_LIMITS.maxYear).optional().catch(undefined),
  to: z.coerce.number().int().min(CYCLE_LIMITS.minYear).max(CYCLE_LIMITS.maxYear).optional().catch(undefined),
});

/** A year in a URL: four digits in range, else not found. */
export function parseYearParam(value: string): number | null {
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= CYCLE_LIMITS.minYear && year <= CYCLE_LIMITS.maxYear ? year : null;
}
