import { z } from "zod";
import { lines, optionalText, text } from "@/lib/forms/fields";
import { parseCalendarDate } from "@/lib/format/calendar";

// Messages are keys of the "agenda" catalogue namespace.
import { AGENDA_LEVELS, AGENDA_OWNERS } from "@/lib/domain/enums";

export { AGENDA_LEVELS, AGENDA_OWNERS };

/** Limits of an agenda item's fields, shown with the form's counters. */
export const AGENDA_LIMITS = { title: 300, description: 6000, indicators: 3000, milestoneTitle: 200 } as const;
const MAX_MILESTONES = 30;

const milestoneLine = /^(\d{4}-\d{2}-\d{2})\s*[:|-]\s*(.+)$/;

/**
 * Milestones as lines "2027-06-30: Perwal ULD terbit"; each needs a date that exists (31 February
 * does not) and a title of 3 to 200 characters. Each fault has its own message.
 */
const milestones = z.preprocess(
  lines,
  z
    .array(
      z.string().superRefine((l, ctx) => {
        const m = milestoneLine.exec(l);
        if (!m) return void ctx.addIssue({ code: "custom", message: "milestoneInvalid" });
        if (!parseCalendarDate(m[1])) return void ctx.addIssue({ code: "custom", message: "milestoneDateInvalid" });
        const title = m[2].trim();
        if (title.length < 3) ctx.addIssue({ code: "custom", message: "milestoneInvalid" });
        else if (title.length > AGENDA_LIMITS.milestoneTitle) ctx.addIssue({ code: "custom", message: "milestoneTitleTooLong" });
      }),
    )
    .max(MAX_MILESTONES, { error: "tooManyMilestones" })
    .transform((ls) => ls.map((l) => { const m = milestoneLine.exec(l)!; return { dueOn: m[1], title: m[2].trim() }; })),
);

export const agendaFields = ["proposalIds", "title", "titleEn", "description", "descriptionEn", "themeId", "level", "owner", "indicators", "milestones"] as const;
export type AgendaField = (typeof agendaFields)[number];

export const agendaItemSchema = z.object({
  title: text({ max: AGENDA_LIMITS.title, min: 5, tooLong: "titleTooLong", required: "titleRequired", multiline: false }),
  description: text({ max: AGENDA_LIMITS.description, min: 10, tooLong: "descriptionTooLong", required: "descriptionRequired" }),
  // English versions are optional: readers of the English pages see the Indonesian text without them.
  titleEn: optionalText({ max: AGENDA_LIMITS.title, tooLong: "titleTooLong", multiline: false }),
  descriptionEn: optionalText({ max: AGENDA_LIMITS.description, tooLong: "descriptionTooLong" }),
  themeId: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(40).optional()),
  level: z.enum(AGENDA_LEVELS, { error: "levelRequired" }),
  owner: z.enum(AGENDA_OWNERS, { error: "ownerRequired" }),
  indicators: text({ max: AGENDA_LIMITS.indicators, tooLong: "indicatorsTooLong" }),
  milestones,
});
export type AgendaItemInput = z.infer<typeof agendaItemSchema>;

const ids = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(40)).max(200));

export const mergeSchema = z.object({
  proposalIds: ids.refine((a) => a.length > 0, { error: "selectProposals" }),
  target: z.string().max(40).optional(), // an existing agenda item's id, or empty for a new item
});

export const reorderSchema = z.object({ order: ids, listKey: z.string().max(128) });
