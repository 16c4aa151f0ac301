// The open-data API's contract (v1), once: every response and query parameter as a zod schema. The
// OpenAPI document (openapi.ts) is generated from these with z.toJSONSchema, the queries build their
// answers to these types, and the contract tests validate every answer against the document.
// Keys never change with the language: codes are the domain's enum values, slugs, years and ids;
// `label` fields carry the text in the language asked for (`?lang=id|en`).
import { z } from "zod";
import {
  AGENDA_LEVELS, AGENDA_OWNERS, AGENDA_STATUSES, CYCLE_STATUSES, MEMBERSHIP_STATUSES, PARTICIPATION_STATUSES, REGIONS, SCORECARD_INDICATORS,
  SENT_STATUSES, SESSION_KINDS, TIME_ZONES, VERIFICATION_STATUSES, type AgendaStatus,
} from "@/lib/domain/enums";
import { can } from "@/lib/policy/policy";

export const API_LANGS = ["id", "en"] as const;
export type ApiLang = (typeof API_LANGS)[number];
export const API_BASE = "/api/v1";
export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;

/** The agenda statuses a visitor who is not signed in may read (lib/policy): never a draft. */
export const PUBLIC_AGENDA_STATUSES = AGENDA_STATUSES.filter((status) => can(null, "agenda.view", { status })) as [AgendaStatus, ...AgendaStatus[]];

/** The named schemas of the document (components.schemas), by id. */
export const apiRegistry = z.registry<{ id: string; description?: string }>();
function component<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  apiRegistry.add(schema, { id, ...(description ? { description } : {}) });
  return schema;
}

// Building blocks.

/** A path on this portal ("/api/v1/…", "/agenda/…"): never the host, which a proxy may rewrite. */
const path = z.string().regex(/^\/[\x21-\x7e]*$/);
const count = z.int().min(0);
/** An instant with the offset of the zone it belongs to, e.g. "2026-11-29T06:30:00+07:00". */
const instant = z.iso.datetime({ offset: true });
/** A calendar day, "2026-11-29". */
const day = z.iso.date();
const slug = z.string().regex(/^[a-z0-9-]+$/);
const year = z.int().min(2000).max(2100);

export const Lang = component("Lang", z.enum(API_LANGS));

export const Text = component(
  "Text",
  z.strictObject({ id: z.string(), en: z.string().nullable(), label: z.string(), labelLang: Lang }),
  "A text in Indonesian (`id`) and English (`en`, null when none was written); `label` is the one in the language asked for, falling back to Indonesian (`labelLang` says which).",
);

const coded = <const T extends readonly [string, ...string[]]>(id: string, values: T) =>
  component(id, z.strictObject({ code: z.enum(values), label: z.string() }), "A stable code and its label in the language asked for.");

export const RegionCode = coded("Region", REGIONS);
export const TimeZoneCode = coded("TimeZone", TIME_ZONES);
export const MembershipCode = coded("Membership", MEMBERSHIP_STATUSES);
export const AgendaStatusCode = coded("AgendaStatus", PUBLIC_AGENDA_STATUSES);
export const AgendaLevelCode = coded("AgendaLevel", AGENDA_LEVELS);
export const AgendaOwnerCode = coded("AgendaOwner", AGENDA_OWNERS);
export const ParticipationCode = coded("Participation", PARTICIPATION_STATUSES);
export const SessionKindCode = coded("SessionKind", SESSION_KINDS);
export const CycleStatusCode = coded("CycleStatus", CYCLE_STATUSES);
export const ProposalStatusCode = coded("ProposalStatus", SENT_STATUSES);
export const ScorecardIndicatorCode = coded("ScorecardIndicator", SCORECARD_INDICATORS);
export const VerificationCode = coded("Verification", VERIFICATION_STATUSES);

const Links = component("Links", z.strictObject({ self: path, html: path }), "This record in the API and its page on the portal.");
const PageLinks = component("PageLinks", z.strictObject({ self: path, next: path.nullable() }), "This page, and the next one (null on the last page).");
const PageMeta = component("PageMeta", z.strictObject({ limit: z.int().min(1).max(MAX_LIMIT), count }), "The page size asked for and the records on this page.");

export const CityRef = component("CityRef", z.strictObject({ slug, name: z.string(), region: RegionCode }));
const ThemeRef = component("Theme", z.strictObject({ slug, name: Text }));
const ForumRef = component("ForumRef", z.strictObject({ slug, title: Text }));

const Implementation = component(
  "Implementation",
  z.strictObject({ commitments: count, done: count, inProgress: count, planned: count, notStarted: count, verified: count, verifiedOnly: z.boolean() }),
  "Committed cities (not counting those that marked the item not applicable) by the stage of their latest progress report, or of their latest verified one with `verified=true`; `verified`: how many have their latest report verified. Aggregates only.",
);

// Agenda items.

const Milestone = component("Milestone", z.strictObject({ title: z.string(), dueOn: day }));

export const AgendaItem = component(
  "AgendaItem",
  z.strictObject({
    id: z.string().min(1),
    status: AgendaStatusCode,
    /** Place among the published items (1 = first); null for a closed item. */
    rank: z.int().min(1).nullable(),
    title: Text,
    description: Text,
    level: AgendaLevelCode,
    owner: AgendaOwnerCode,
    theme: ThemeRef.nullable(),
    cycle: year.nullable(),
    forum: ForumRef.nullable(),
    publishedAt: instant.nullable(),
    closedAt: instant.nullable(),
    closedReason: z.string().nullable(),
    sourceCount: count,
    cities: z.array(CityRef),
    endorsingCities: z.array(CityRef),
    implementation: Implementation.nullable(),
    editions: z.array(year),
    links: Links,
  }),
  "A published (or closed) item of Apeksi's national agenda: the cities whose proposals it was built from (`cities`), those that endorsed them, and its implementation as aggregates.",
);
export const AgendaItemDetail = component("AgendaItemDetail", AgendaItem.extend({ indicators: z.string(), milestones: z.array(Milestone) }));

// Cities.

export const City = component(
  "City",
  z.strictObject({
    slug, name: z.string(), province: z.string(), region: RegionCode, timeZone: TimeZoneCode, membership: MembershipCode,
    location: z.strictObject({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).nullable(),
    links: Links,
  }),
);
const ScorecardFigure = component(
  "ScorecardFigure",
  z.strictObject({
    indicator: ScorecardIndicatorCode, asOf: day, periodStart: day.nullable(), source: z.string(), verification: VerificationCode,
    uldEstablished: z.boolean().nullable(), uldDecree: z.string().nullable(), employedWithDisability: count.nullable(), totalStaff: count.nullable(),
    jobSeekersRegistered: count.nullable(), jobSeekersPlaced: count.nullable(),
  }),
);
export const CityDetail = component(
  "CityDetail",
  City.extend({
    membershipHistory: z.array(z.strictObject({ from: MembershipCode.nullable(), to: MembershipCode, effectiveOn: day, reason: z.string() })),
    proposals: z.strictObject({ total: count, byStatus: z.array(z.strictObject({ status: ProposalStatusCode, count })) }),
    implementation: z.strictObject({
      commitments: count, done: count, inProgress: count, planned: count, notStarted: count, notApplicable: count, verified: count, verifiedOnly: z.boolean(),
    }),
    forums: z.array(z.strictObject({ forum: ForumRef, participation: ParticipationCode, note: z.string().nullable() })),
    scorecard: z.array(ScorecardFigure),
  }),
);

// Forums.

export const Forum = component(
  "Forum",
  z.strictObject({
    slug, title: Text, summary: Text.nullable(), venue: z.string(), startsOn: day, endsOn: day, cycle: year.nullable(), timeZone: TimeZoneCode,
    hostCity: CityRef.nullable(), demo: z.boolean(),
    submissionWindow: z.strictObject({ opensAt: instant, closesAt: instant }).nullable(),
    cities: z.strictObject({ attended: count, invited: count, absent: count }),
    sessionCount: count,
    links: Links,
  }),
);
const Session = component(
  "Session",
  z.strictObject({
    position: z.int().min(1), kind: SessionKindCode, title: Text, startsAt: instant.nullable(), endsAt: instant.nullable(), minutes: Text.nullable(),
    speakers: z.array(z.strictObject({ name: z.string(), role: Text })),
  }),
);
export const ForumDetail = component(
  "ForumDetail",
  Forum.extend({
    objectives: z.array(Text),
    minutes: Text.nullable(),
    sessions: z.array(Session),
    participation: z.array(z.strictObject({ city: CityRef, status: ParticipationCode, note: z.string().nullable() })),
    /** The attendance list of people exactly as the forum's public page shows it. */
    people: z.array(z.strictObject({ name: z.string(), jobTitle: z.string(), office: z.string(), status: ParticipationCode })),
    agendaItems: z.array(z.strictObject({ id: z.string().min(1), title: Text, status: AgendaStatusCode, level: AgendaLevelCode, links: Links })),
  }),
);

// Editions.

export const Edition = component(
  "Edition",
  z.strictObject({
    year, frozenAt: instant, digest: z.string().regex(/^[0-9a-f]{64}$/), note: Text.nullable(), itemCount: count, cycleStatus: CycleStatusCode, links: Links,
  }),
  "A frozen edition of the national agenda (\"Agenda Nasional Apeksi 2023\"): written once, never changed.",
);
const EditionItem = component(
  "EditionItem",
  z.strictObject({
    position: z.int().min(1), agendaItemId: z.string().min(1).nullable(), title: Text, description: Text, level: AgendaLevelCode, owner: AgendaOwnerCode,
    theme: z.strictObject({ slug, name: Text.nullable() }).nullable(), indicators: z.string(), version: z.int().min(1), demo: z.boolean(),
    cities: z.array(z.strictObject({ slug, name: z.string() })),
    milestones: z.array(Milestone),
    implementation: z.strictObject({ commitments: count, done: count, inProgress: count, planned: count, notStarted: count, averagePercent: z.int().min(0).max(100) }),
  }),
  "An agenda item as it stood when the edition was frozen. `agendaItemId` is the same item in /agenda-items (null for none).",
);
export const EditionDetail = component(
  "EditionDetail",
  Edition.extend({
    forums: z.array(ForumRef),
    totals: z.strictObject({ commitments: count, done: count, inProgress: count, planned: count, notStarted: count }),
    items: z.array(EditionItem),
  }),
);

// Envelopes.

const listOf = <T extends z.ZodType>(id: string, item: T) => component(id, z.strictObject({ lang: Lang, data: z.array(item), links: PageLinks, meta: PageMeta }));
const one = <T extends z.ZodType>(id: string, item: T) => component(id, z.strictObject({ lang: Lang, data: item }));

export const AgendaItemList = listOf("AgendaItemList", AgendaItem);
export const AgendaItemResponse = one("AgendaItemResponse", AgendaItemDetail);
export const CityList = listOf("CityList", City);
export const CityResponse = one("CityResponse", CityDetail);
export const ForumList = listOf("ForumList", Forum);
export const ForumResponse = one("ForumResponse", ForumDetail);
export const EditionList = listOf("EditionList", Edition);
/** One edition with a page of its items (by position); `links.next` pages on through the items. */
export const EditionResponse = component("EditionResponse", z.strictObject({ lang: Lang, data: EditionDetail, links: PageLinks, meta: PageMeta }));

export const PROBLEM_CODES = ["invalid-parameter", "not-found", "rate-limited", "internal-error"] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
export const Problem = component(
  "Problem",
  z.strictObject({
    type: path, title: z.string(), status: z.int().min(400).max(599), code: z.enum(PROBLEM_CODES), detail: z.string().optional(),
    errors: z.array(z.strictObject({ parameter: z.string(), code: z.string(), detail: z.string() })).optional(),
  }),
  "An error as application/problem+json (RFC 9457): `code` is stable, `title` and `detail` are in the language asked for.",
);

export type AgendaItemBody = z.infer<typeof AgendaItemDetail>;
export type CityBody = z.infer<typeof City>;
export type CityDetailBody = z.infer<typeof CityDetail>;
export type ForumBody = z.infer<typeof Forum>;
export type ForumDetailBody = z.infer<typeof ForumDetail>;
export type EditionBody = z.infer<typeof Edition>;
export type EditionDetailBody = z.infer<typeof EditionDetail>;
export type ProblemBody = z.infer<typeof Problem>;
export type TextBody = z.infer<typeof Text>;

// Query parameters: strict about the values of those it knows (400 otherwise), silent about others.

const lang = z.enum(API_LANGS).default("id");
const limit = z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT);
const cursor = z.string().min(1).max(400).regex(/^[A-Za-z0-9_-]+$/).optional();
const flag = z.enum(["true", "false", "1", "0"]).optional();
const slugFilter = z.string().max(100).regex(/^[a-z0-9-]+$/).optional();

export const langQuery = z.object({ lang });
export const agendaItemsQuery = z.object({
  lang, limit, cursor,
  status: z.enum(PUBLIC_AGENDA_STATUSES).optional(),
  level: z.enum(AGENDA_LEVELS).optional(),
  cycle: z.coerce.number().int().min(2000).max(2100).optional(),
  forum: slugFilter,
  theme: slugFilter,
  verified: flag,
});
export const agendaItemQuery = z.object({ lang, verified: flag });
export const citiesQuery = z.object({ lang, limit, cursor, region: z.enum(REGIONS).optional(), membership: z.enum(MEMBERSHIP_STATUSES).optional() });
export const cityQuery = z.object({ lang, verified: flag });
export const forumsQuery = z.object({ lang, limit, cursor, cycle: z.coerce.number().int().min(2000).max(2100).optional() });
export const pagedQuery = z.object({ lang, limit, cursor });

export type AgendaItemsQuery = z.infer<typeof agendaItemsQuery>;
export type CitiesQuery = z.infer<typeof citiesQuery>;
export type ForumsQuery = z.infer<typeof forumsQuery>;
export type PagedQuery = z.infer<typeof pagedQuery>;

export const isFlagSet = (value: string | undefined) => value === "true" || value === "1";

/** Path parameters: anything that cannot name a record is simply not found (the same 404 as an unknown one). */
export const pathParams = {
  id: z.string().regex(/^[a-z0-9]{1,40}$/),
  slug: z.string().regex(/^[a-z0-9-]{1,100}$/),
  year: z.string().regex(/^\d{4}$/),
} as const;
