import { z } from "zod";

// Messages are keys of the "agenda" catalogue namespace.
export const AGENDA_LEVELS = ["NATIONAL", "EVERY_CITY"] as const;
export const AGENDA_OWNERS = ["APEKSI", "POKJA", "EACH_CITY"] as const;

const milestoneLine = /^(\d{4}-\d{2}-\d{2})\s*[:|-]\s*(.{3,200})$/;

/** Milestones as lines "2027-06-30: Perwal ULD terbit"; each needs a real date and a title. */
const milestones = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean) : []),
  z
    .array(z.string().regex(milestoneLine, { error: "milestoneInvalid" }).refine((l) => !Number.isNaN(Date.parse(`${l.slice(0, 10)}T00:00:00Z`)), { error: "milestoneInvalid" }))
    .max(30, { error: "tooManyMilestones" })
    .transform((ls) => ls.map((l) => { const m = l.match(milestoneLine)!; return { dueOn: m[1], title: m[2].trim() }; })),
);

export const agendaFields = ["proposalIds", "title", "description", "themeId", "level", "owner", "indicators", "milestones"] as const;
export type AgendaField = (typeof agendaFields)[number];

export const agendaItemSchema = z.object({
  title: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().min(5, { error: "titleRequired" }).max(300, { error: "titleTooLong" })),
  description: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().min(10, { error: "descriptionRequired" }).max(6000, { error: "descriptionTooLong" })),
  themeId: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(40).optional()),
  level: z.enum(AGENDA_LEVELS, { error: "levelRequired" }),
  owner: z.enum(AGENDA_OWNERS, { error: "ownerRequired" }),
  indicators: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(3000, { error: "indicatorsTooLong" })),
  milestones,
});
export type AgendaItemInput = z.infer<typeof agendaItemSchema>;

const ids = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(40)).max(200));

export const mergeSchema = z.object({
  proposalIds: ids.refine((a) => a.length > 0, { error: "selectProposals" }),
  target: z.string().max(40).optional(), // an existing agenda item's id, or empty for a new item
});

export const reorderSchema = z.object({ order: ids, listKey: z.string().max(128) });
