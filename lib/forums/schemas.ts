import { z } from "zod";
import { slugify } from "@/lib/cities/schemas";

// Messages are keys of the "forumForm" / "windowForm" catalogue namespaces.
const dateOnly = (key: string) =>
  z
    .string({ error: key })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: key })
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), { error: key });

const optionalText = (max: number, key: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max, { error: key }).optional());

const lines = (v: unknown) =>
  typeof v === "string" ? v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean) : [];

export const forumFields = ["title", "titleEn", "slug", "venue", "hostCityId", "startsOn", "endsOn", "summary", "summaryEn", "objectives", "attendingCityIds"] as const;
export type ForumField = (typeof forumFields)[number];

export const forumFormSchema = z
  .object({
    title: z.string({ error: "titleRequired" }).trim().min(5, { error: "titleRequired" }).max(200, { error: "titleTooLong" }),
    titleEn: optionalText(200, "titleTooLong"),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .max(100, { error: "slugInvalid" })
      .refine((s) => s === "" || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s), { error: "slugInvalid" })
      .optional(),
    venue: z.string({ error: "venueRequired" }).trim().min(3, { error: "venueRequired" }).max(200, { error: "venueTooLong" }),
    hostCityId: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(40).optional()),
    startsOn: dateOnly("startsOnInvalid"),
    endsOn: dateOnly("endsOnInvalid"),
    summary: optionalText(4000, "summaryTooLong"),
    summaryEn: optionalText(4000, "summaryTooLong"),
    objectives: z.preprocess(lines, z.array(z.string().max(500, { error: "objectiveTooLong" })).max(20, { error: "tooManyObjectives" })),
    attendingCityIds: z.preprocess(
      (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.string().max(40)).max(200),
    ),
  })
  .refine((f) => f.endsOn >= f.startsOn, { error: "endBeforeStart", path: ["endsOn"] })
  .transform((f) => ({ ...f, slug: f.slug || slugify(`${f.title}-${f.startsOn.slice(0, 4)}`) }));
export type ForumInput = z.infer<typeof forumFormSchema>;

const localDateTime = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { error: "dateTimeInvalid" }).optional(),
);

export const windowFields = ["submissionOpensAt", "submissionClosesAt"] as const;
export type WindowField = (typeof windowFields)[number];

/** Local date-times in the host city's zone; both empty means no window (submissions closed). */
export const windowFormSchema = z
  .object({ submissionOpensAt: localDateTime, submissionClosesAt: localDateTime })
  .refine((w) => Boolean(w.submissionOpensAt) === Boolean(w.submissionClosesAt), { error: "bothOrNeither", path: ["submissionClosesAt"] })
  .refine((w) => !w.submissionOpensAt || !w.submissionClosesAt || w.submissionClosesAt > w.submissionOpensAt, {
    error: "closeBeforeOpen",
    path: ["submissionClosesAt"],
  });
export type WindowInput = z.infer<typeof windowFormSchema>;
