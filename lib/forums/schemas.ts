import { z } from "zod";
import { slugify } from "@/lib/cities/schemas";
import { calendarDate, lines, optionalLocalDateTime, optionalText, text, whenValid } from "@/lib/forms/fields";

// Messages are keys of the "forumForm" / "windowForm" catalogue namespaces.
const dateOnly = (key: string) => calendarDate(key);

/** Limits of the forum form's fields, shown with their counters. */
export const FORUM_LIMITS = { title: 200, slug: 100, venue: 200, summary: 4000, objective: 500 } as const;
const MAX_OBJECTIVES = 20;

export const forumFields = ["title", "titleEn", "slug", "venue", "hostCityId", "startsOn", "endsOn", "summary", "summaryEn", "objectives", "attendingCityIds"] as const;
export type ForumField = (typeof forumFields)[number];

export const forumFormSchema = z
  .object({
    title: text({ max: FORUM_LIMITS.title, min: 5, tooLong: "titleTooLong", required: "titleRequired", multiline: false }),
    titleEn: optionalText({ max: FORUM_LIMITS.title, tooLong: "titleTooLong", multiline: false }),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .max(FORUM_LIMITS.slug, { error: "slugTooLong" })
      .refine((s) => s === "" || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s), { error: "slugInvalid" })
      .optional(),
    venue: text({ max: FORUM_LIMITS.venue, min: 3, tooLong: "venueTooLong", required: "venueRequired", multiline: false }),
    hostCityId: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(40).optional()),
    startsOn: dateOnly("startsOnInvalid"),
    endsOn: dateOnly("endsOnInvalid"),
    summary: optionalText({ max: FORUM_LIMITS.summary, tooLong: "summaryTooLong" }),
    summaryEn: optionalText({ max: FORUM_LIMITS.summary, tooLong: "summaryTooLong" }),
    objectives: z.preprocess(lines, z.array(z.string().max(FORUM_LIMITS.objective, { error: "objectiveTooLong" })).max(MAX_OBJECTIVES, { error: "tooManyObjectives" })),
    attendingCityIds: z.preprocess(
      (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.string().max(40)).max(200),
    ),
  })
  .refine((f) => f.endsOn >= f.startsOn, { error: "endBeforeStart", path: ["endsOn"], ...whenValid(["startsOn", "endsOn"]) })
  .transform((f) => ({ ...f, slug: f.slug || slugify(`${f.title}-${f.startsOn.slice(0, 4)}`) }));
export type ForumInput = z.infer<typeof forumFormSchema>;

const localDateTime = optionalLocalDateTime("dateTimeInvalid");

export const windowFields = ["submissionOpensAt", "submissionClosesAt"] as const;
export type WindowField = (typeof windowFields)[number];

/** Local date-times in the host city's zone; both empty means no window (submissions closed). */
export const windowFormSchema = z
  .object({ submissionOpensAt: localDateTime, submissionClosesAt: localDateTime })
  .refine((w) => Boolean(w.submissionOpensAt) === Boolean(w.submissionClosesAt), { error: "bothOrNeither", path: ["submissionClosesAt"], ...whenValid(windowFields) })
  .refine((w) => !w.submissionOpensAt || !w.submissionClosesAt || w.submissionClosesAt > w.submissionOpensAt, {
    error: "closeBeforeOpen",
    path: ["submissionClosesAt"],
    ...whenValid(windowFields),
  });
export type WindowInput = z.infer<typeof windowFormSchema>;
