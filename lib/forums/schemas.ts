import { z } from "zod";
import { cleanText } from "@/lib/forms/text";
import { slugify } from "@/lib/cities/schemas";
import { PARTICIPATION_STATUSES, SESSION_KINDS, type ParticipationStatus } from "@/lib/domain/enums";
import { calendarDate, lines, optionalLocalDateTime, optionalText, text, whenValid } from "@/lib/forms/fields";

// Messages are keys of the "forumForm" / "windowForm" catalogue namespaces.
const dateOnly = (key: string) => calendarDate(key);

/** Limits of the forum form's fields, shown with their counters. */
export const FORUM_LIMITS = { title: 200, slug: 100, venue: 200, summary: 4000, objective: 500 } as const;
const MAX_OBJECTIVES = 20;

// Who attended is not part of this form: cities and people are kept on the forum's participation page.
/** Lines kept in place (an empty line is a gap, "no English for this one"), trailing gaps dropped. */
function alignedLines(v: unknown): string[] {
  if (typeof v !== "string") return [];
  const all = cleanText(v).split("\n").map((l) => l.trim());
  while (all.length && all[all.length - 1] === "") all.pop();
  return all;
}

export const forumFields = ["title", "titleEn", "slug", "venue", "hostCityId", "startsOn", "endsOn", "summary", "summaryEn", "objectives", "objectivesEn"] as const;
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
    // English versions, line by line in the same order; a missing line shows the Indonesian one.
    objectivesEn: z.preprocess(alignedLines, z.array(z.string().max(FORUM_LIMITS.objective, { error: "objectiveTooLong" })).max(MAX_OBJECTIVES, { error: "tooManyObjectives" })),
  })
  .refine((f) => f.objectivesEn.length <= f.objectives.length, { error: "objectivesEnTooMany", path: ["objectivesEn"], ...whenValid(["objectives", "objectivesEn"]) })
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

// Participation: each city's place in the forum and the people on its attendance list. Messages are
// keys of the "participationForm" namespace.

/** Limits of the participation forms' fields, shown with their counters. */
export const PARTICIPATION_LIMITS = { name: 200, jobTitle: 200, office: 200, note: 500 } as const;

/** The field names of one city's row in the participation form (ids are cuids: letters and digits). */
export const statusFieldOf = (cityId: string) => `status-${cityId}`;
export const noteFieldOf = (cityId: string) => `note-${cityId}`;
const CITY_FIELD = /^(?:status|note)-([A-Za-z0-9_]{1,40})$/;

/** The participation form's field names in a submitted form, in its order (for echo and errors). */
export const participationFieldsIn = (keys: Iterable<string>): string[] => [...new Set([...keys].filter((k) => CITY_FIELD.test(k)))];

export type CityParticipation = { cityId: string; status: ParticipationStatus | null; note: string | null };

const participationNote = optionalText({ max: PARTICIPATION_LIMITS.note, tooLong: "noteTooLong", multiline: false });
const isStatus = (v: unknown): v is ParticipationStatus => typeof v === "string" && (PARTICIPATION_STATUSES as readonly string[]).includes(v);

/**
 * The cities' participation form: per city a status ("" = not involved in this forum) and a note, as
 * `status-<cityId>` / `note-<cityId>`, so a refusal is said next to the one field it is about. A note
 * belongs to a status: why a city was invited or absent. Other fields are ignored.
 */
export const participationFormSchema = z.record(z.string(), z.unknown()).transform((raw, ctx): CityParticipation[] => {
  const cityIds = [...new Set(Object.keys(raw).flatMap((k) => CITY_FIELD.exec(k)?.[1] ?? []))];
  const rows: CityParticipation[] = [];
  for (const cityId of cityIds) {
    const statusField = statusFieldOf(cityId);
    const noteField = noteFieldOf(cityId);
    const rawStatus = raw[statusField];
    const status = rawStatus === undefined || rawStatus === "" ? null : isStatus(rawStatus) ? rawStatus : undefined;
    if (status === undefined) ctx.addIssue({ code: "custom", message: "statusInvalid", path: [statusField] });
    const note = participationNote.safeParse(raw[noteField]);
    if (!note.success) ctx.addIssue({ code: "custom", message: "noteTooLong", path: [noteField] });
    else if (note.data && status === null) ctx.addIssue({ code: "custom", message: "noteWithoutStatus", path: [noteField] });
    if (status !== undefined && note.success) rows.push({ cityId, status, note: status ? (note.data ?? null) : null });
  }
  return rows;
});

export const participantFields = ["name", "jobTitle", "office", "cityId", "status"] as const;
export type ParticipantField = (typeof participantFields)[number];

/** A person on a forum's attendance list: name, position and office; the city they came for, if any. */
export const participantFormSchema = z.object({
  name: text({ max: PARTICIPATION_LIMITS.name, min: 2, required: "nameRequired", tooLong: "nameTooLong", multiline: false }),
  jobTitle: text({ max: PARTICIPATION_LIMITS.jobTitle, min: 2, required: "jobTitleRequired", tooLong: "jobTitleTooLong", multiline: false }),
  office: text({ max: PARTICIPATION_LIMITS.office, min: 2, required: "officeRequired", tooLong: "officeTooLong", multiline: false }),
  cityId: z.preprocess((v) => (v === "" ? undefined : v), z.string({ error: "cityUnknown" }).max(40, { error: "cityUnknown" }).optional()),
  status: z.enum(PARTICIPATION_STATUSES, { error: "statusRequired" }),
});
export type ParticipantInput = z.infer<typeof participantFormSchema>;

// The programme: a forum's own agenda of sessions, each with its speakers, and the minutes. Messages
// are keys of the "programmeForm" namespace. Times are local to the host city (see the commands).

/** Limits of the programme forms' fields, shown with their counters. */
export const PROGRAMME_LIMITS = { title: 200, name: 200, role: 200, minutes: 10_000 } as const;

export const sessionFields = ["kind", "title", "titleEn", "startsAt", "endsAt"] as const;
export type SessionField = (typeof sessionFields)[number];

const sessionTime = optionalLocalDateTime("dateTimeInvalid");
const sessionTimes = ["startsAt", "endsAt"] as const;

/** A session: its kind and title, and optionally when it starts and ends (an end needs a start). */
export const sessionFormSchema = z
  .object({
    kind: z.enum(SESSION_KINDS, { error: "kindRequired" }),
    title: text({ max: PROGRAMME_LIMITS.title, min: 3, required: "titleRequired", tooLong: "titleTooLong", multiline: false }),
    titleEn: optionalText({ max: PROGRAMME_LIMITS.title, tooLong: "titleTooLong", multiline: false }),
    startsAt: sessionTime,
    endsAt: sessionTime,
  })
  .refine((s) => !s.endsAt || Boolean(s.startsAt), { error: "endWithoutStart", path: ["endsAt"], ...whenValid(sessionTimes) })
  // "YYYY-MM-DDTHH:MM" in one zone: text order is time order.
  .refine((s) => !s.startsAt || !s.endsAt || s.endsAt > s.startsAt, { error: "endBeforeStart", path: ["endsAt"], ...whenValid(sessionTimes) });
export type SessionInput = z.infer<typeof sessionFormSchema>;

export const speakerFields = ["name", "role", "roleEn"] as const;
export type SpeakerField = (typeof speakerFields)[number];

/** A speaker of a session: name, and position or office (recorded in Indonesian, optionally in English). */
export const speakerFormSchema = z.object({
  name: text({ max: PROGRAMME_LIMITS.name, min: 2, required: "nameRequired", tooLong: "nameTooLong", multiline: false }),
  role: text({ max: PROGRAMME_LIMITS.role, min: 2, required: "roleRequired", tooLong: "roleTooLong", multiline: false }),
  roleEn: optionalText({ max: PROGRAMME_LIMITS.role, tooLong: "roleTooLong", multiline: false }),
});
export type SpeakerInput = z.infer<typeof speakerFormSchema>;

export const minutesFields = ["minutes", "minutesEn"] as const;
export type MinutesField = (typeof minutesFields)[number];

/** Minutes (notulen) of a session or of the whole forum: plain text, paragraphs kept; empty clears them. */
export const minutesFormSchema = z.object({
  minutes: optionalText({ max: PROGRAMME_LIMITS.minutes, tooLong: "minutesTooLong" }),
  minutesEn: optionalText({ max: PROGRAMME_LIMITS.minutes, tooLong: "minutesTooLong" }),
});
export type MinutesInput = z.infer<typeof minutesFormSchema>;

/** Moving a session or a speaker one place: the pressed button's value. */
export const DIRECTIONS = ["up", "down"] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const moveFormSchema = z.object({ direction: z.enum(DIRECTIONS) });
