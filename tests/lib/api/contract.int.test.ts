// The open-data API v1 against its own OpenAPI document, on a real database (issue 19, point 3):
// every answer of every endpoint validates against the document's schema for its path and status
// (a JSON Schema validator, tests/support/openapi.ts) and against the zod schema it was generated
// from; lists walk page by page with no duplicate, no gap and a stable order; ?lang= changes labels
// and nothing else; drafts and people's e-mail addresses never appear.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { nextHeadersMock, nextIntlServerMock } from "../../support/request";

vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next-intl/server", () => nextIntlServerMock());

import { GET as agendaItemGET } from "@/app/api/v1/agenda-items/[id]/route";
import { GET as agendaItemsGET } from "@/app/api/v1/agenda-items/route";
import { GET as cityGET } from "@/app/api/v1/cities/[slug]/route";
import { GET as citiesGET } from "@/app/api/v1/cities/route";
import { GET as editionGET } from "@/app/api/v1/editions/[year]/route";
import { GET as editionsGET } from "@/app/api/v1/editions/route";
import { GET as forumGET } from "@/app/api/v1/forums/[slug]/route";
import { GET as forumsGET } from "@/app/api/v1/forums/route";
import { GET as openApiGET } from "@/app/api/v1/openapi.json/route";
import { exampleCity } from "@/lib/api/examples";
import { openApiDocument, OPERATIONS } from "@/lib/api/openapi";
import * as S from "@/lib/api/schemas";
import { agendaItemSchema } from "@/lib/agenda/schemas";
import { reportProgress } from "@/lib/commitments/commands.server";
import { progressReportSchema } from "@/lib/commitments/schemas";
import { freezeEdition, startNextCycle } from "@/lib/cycles/commands.server";
import { freezeFormSchema, nextCycleFormSchema } from "@/lib/cycles/schemas";
import { draftItem, publishedItem } from "../../support/agenda";
import { actorFor, delegateFor, type TestActor } from "../../support/actors";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { validatorFor, type Validator } from "../../support/openapi";

type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;
const ROUTES = {
  "/agenda-items": agendaItemsGET, "/agenda-items/{id}": agendaItemGET, "/cities": citiesGET, "/cities/{slug}": cityGET,
  "/forums": forumsGET, "/forums/{slug}": forumGET, "/editions": editionsGET, "/editions/{year}": editionGET, "/openapi.json": openApiGET,
} as unknown as Record<string, Handler>;
/** The zod schema each 200 answer was built to (the document's schemas are generated from these). */
const ZOD: Record<string, { parse: (v: unknown) => unknown }> = {
  "/agenda-items": S.AgendaItemList, "/agenda-items/{id}": S.AgendaItemResponse, "/cities": S.CityList, "/cities/{slug}": S.CityResponse,
  "/forums": S.ForumList, "/forums/{slug}": S.ForumResponse, "/editions": S.EditionList, "/editions/{year}": S.EditionResponse,
};

const document = openApiDocument("id");
let validate: Validator;
/** Every body the API answered in this file, to search for what must never be in one. */
const answered: string[] = [];
let client = 0;

/**
 * Calls the route handler for `url` (e.g. "/cities/metro?lang=en") as the portal's server would, from
 * its own client address (so the rate limit never gets in the way here), and checks the answer
 * against the document and the zod schema.
 */
async function call(url: string, headers: Record<string, string> = {}) {
  const [pathname] = url.split("?");
  const [template, params] = match(pathname);
  const request = new Request(`http://portal.test${S.API_BASE}${url}`, { headers: { "x-pokja-client-address": `192.0.2.${(client++ % 250) + 1}`, ...headers } });
  const response = await ROUTES[template](request, { params: Promise.resolve(params) });
  const text = response.status === 304 ? "" : await response.text();
  const body = text ? JSON.parse(text) : null;
  if (text) answered.push(text);
  if (body && template !== "/openapi.json") {
    validate(template, response.status, body);
    if (response.status === 200) ZOD[template].parse(body);
    else S.Problem.parse(body);
  }
  return { response, body };
}

function match(pathname: string): [string, Record<string, string>] {
  for (const op of OPERATIONS) {
    const names: string[] = [];
    const re = new RegExp(`^${op.path.replace(/\{(\w+)\}/g, (_, n: string) => (names.push(n), "([^/]+)")).replace(".", "\\.")}$`);
    const m = re.exec(pathname);
    if (m) return [op.path, Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])]))];
  }
  throw new Error(`no route for ${pathname}`);
}

/** Every record of a list, following links.next from `url`; checks each page's size and links. */
async function walk(url: string): Promise<{ records: Record<string, unknown>[]; pages: number }> {
  const records: Record<string, unknown>[] = [];
  let next: string | null = url;
  let pages = 0;
  while (next) {
    const { response, body } = await call(next);
    expect(response.status, next).toBe(200);
    pages++;
    // An edition pages through its items; a list through itself.
    const data: Record<string, unknown>[] = Array.isArray(body.data) ? body.data : body.data.items;
    expect(data.length).toBeLessThanOrEqual(body.meta.limit);
    expect(body.meta.count).toBe(data.length);
    if (body.links.next) expect(data.length).toBe(body.meta.limit);
    records.push(...data);
    next = body.links.next ? body.links.next.slice(S.API_BASE.length) : null;
    expect(pages).toBeLessThan(500);
  }
  return { records, pages };
}

/** The shape of a value: its keys all the way down, with leaves as their type. */
const shape = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(shape) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)])) : v === null ? "null" : typeof v;

describe(`open-data API v1: contract (${provider})`, () => {
  let t: TestDb;
  let chair: TestActor;
  const YEAR = 2033; // a cycle of its own, so the seeded ones are not involved
  const items: Record<string, string> = {};
  let draftId: string;

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url;
    (await import("@/lib/db.server")).resetDbForTests();
    validate = validatorFor(document);
    chair = await actorFor(t.db, "ketua@pokja.example");
    const bandung = await delegateFor(t.db, "delegasi.bandung@pokja.example");
    await t.db.cycle.updateMany({ data: { status: "CLOSED" } });
    await t.db.cycle.create({ data: { year: YEAR } });
    const base = agendaItemSchema.parse({
      title: "ULD Ketenagakerjaan di setiap kota", description: "Setiap kota anggota membentuk ULD.", level: "EVERY_CITY", owner: "EACH_CITY", indicators: "Perwal ULD",
      milestones: "2027-06-30: Perwal ULD ditetapkan",
    });
    const uld = await publishedItem(t.db, chair, { ...base, titleEn: "An employment ULD in every city" }, "bandung");
    const training = await publishedItem(t.db, chair, { ...base, title: "Pelatihan kerja inklusif", level: "NATIONAL", owner: "POKJA" }, "metro");
    const campaign = await publishedItem(t.db, chair, { ...base, title: "Kampanye pemberi kerja" }, "ambon");
    Object.assign(items, { uld: uld.id, training: training.id, campaign: campaign.id });
    // Metro backs Bandung's proposal: an endorsing city of the item.
    const source = await t.db.agendaSource.findFirstOrThrow({ where: { agendaItemId: uld.id } });
    const metro = await t.db.city.findUniqueOrThrow({ where: { slug: "metro" } });
    await t.db.endorsement.create({ data: { proposalId: source.proposalId, cityId: metro.id } });
    const commitment = await t.db.commitment.findUniqueOrThrow({ where: { agendaItemId_cityId: { agendaItemId: uld.id, cityId: bandung.cityId } } });
    await reportProgress(t.db, bandung, commitment.id, progressReportSchema.parse({
      status: "IN_PROGRESS", percent: "40", summary: "Perwal ULD sedang disusun.", evidence: "", links: "", reportedOn: "2026-11-01", version: String(commitment.version),
    }));
    // Two editions, and an item closed between them.
    await freezeEdition(t.db, chair, YEAR, freezeFormSchema.parse({ note: "Disepakati dalam rapat pleno.", confirm: "yes" }));
    await startNextCycle(t.db, chair, YEAR, nextCycleFormSchema.parse({
      year: String(YEAR + 1), [`decision-${training.id}`]: "close", [`reason-${training.id}`]: "Digabung ke butir ULD.",
    }));
    await freezeEdition(t.db, chair, YEAR + 1, freezeFormSchema.parse({ confirm: "yes" }));
    draftId = (await draftItem(t.db, chair, { ...base, title: "Butir draf rahasia" }, "bogor")).id;
  });
  afterAll(async () => {
    await (await import("@/lib/db.server")).getDb().$disconnect();
    await t.drop();
  });

  it("serves an OpenAPI 3.1 document whose schemas are zod's and whose every path has a route", async () => {
    const { response, body } = await call("/openapi.json");
    expect(response.status).toBe(200);
    expect(body.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(body.paths).sort()).toEqual(Object.keys(ROUTES).sort());
    // Every $ref in the document names a schema it holds.
    const refs = [...JSON.stringify(body).matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)];
    expect(refs.length).toBeGreaterThan(50);
    for (const [, kind, name] of refs) expect(body.components[kind][name], `${kind}/${name}`).toBeDefined();
    expect(JSON.stringify(body.components.schemas)).not.toMatch(/"\$(schema|id)"/);
    // The same document in English: the same keys, codes and schemas; only texts differ.
    const en = (await call("/openapi.json?lang=en")).body;
    expect(shape(en)).toEqual(shape(body));
    expect(en.components.schemas).toEqual(body.components.schemas);
    expect(en.info.title).not.toBe(body.info.title);
    // The validator is not a formality: a stray key or a missing label fails it.
    const cities = (await call("/cities?limit=2")).body;
    expect(() => validate("/cities", 200, { ...cities, extra: true })).toThrow();
    expect(() => validate("/cities", 200, { ...cities, data: [{ ...cities.data[0], region: { code: "JAWA" } }] })).toThrow();
    const item = (await call(`/agenda-items/${items.uld}`)).body;
    expect(() => validate("/agenda-items/{id}", 200, { ...item, data: { ...item.data, email: "x@y.z" } })).toThrow();
    expect(() => validate("/agenda-items/{id}", 200, { ...item, data: { ...item.data, status: { code: "DRAFT", label: "Draf" } } })).toThrow();
    // The documentation page's example is a valid city.
    for (const lang of S.API_LANGS) S.City.parse(exampleCity(lang));
  });

  it("lists the published and closed agenda items in the agenda's order, never a draft, with cities, endorsers and implementation", async () => {
    const { records, pages } = await walk("/agenda-items?limit=1");
    const expected = await t.db.agendaItem.findMany({ where: { status: { in: ["PUBLISHED", "CLOSED"] } }, orderBy: [{ priority: "asc" }, { id: "asc" }], select: { id: true } });
    expect(records.map((r) => r.id)).toEqual(expected.map((e) => e.id));
    expect(pages).toBe(expected.length);
    expect(records.map((r) => r.id)).not.toContain(draftId);
    const uld = records.find((r) => r.id === items.uld) as S.AgendaItemBody;
    expect(uld.cities.map((c) => c.slug)).toEqual(["bandung"]);
    expect(uld.endorsingCities.map((c) => c.slug)).toEqual(["metro"]);
    expect(uld.implementation).toMatchObject({ inProgress: 1, verifiedOnly: false });
    expect(uld.implementation!.commitments).toBeGreaterThan(1);
    expect(uld.editions).toEqual([YEAR, YEAR + 1]);
    expect(uld).toMatchObject({ status: { code: "PUBLISHED" }, level: { code: "EVERY_CITY" }, cycle: YEAR + 1, rank: 1 });
    const closed = records.find((r) => r.id === items.training) as S.AgendaItemBody;
    expect(closed).toMatchObject({ status: { code: "CLOSED" }, rank: null, implementation: null, closedReason: "Digabung ke butir ULD.", editions: [YEAR] });
    // Filters: by status, level and cycle; an unknown forum or theme is simply an empty list.
    expect((await walk("/agenda-items?status=CLOSED")).records.map((r) => r.id)).toEqual([items.training]);
    expect((await walk("/agenda-items?level=NATIONAL")).records.map((r) => r.id)).toEqual([items.training]);
    expect((await walk(`/agenda-items?cycle=${YEAR}`)).records.map((r) => r.id)).toEqual([items.training]);
    expect((await walk("/agenda-items?forum=tidak-ada")).records).toEqual([]);
    // With verified=true the stages are those of verified reports: the unverified report does not count.
    const verified = (await call(`/agenda-items/${items.uld}?verified=true`)).body.data as S.AgendaItemBody;
    expect(verified.implementation).toMatchObject({ inProgress: 0, verifiedOnly: true });
  });

  it("answers one item with its milestones, and a draft exactly like an id that does not exist", async () => {
    const { response, body } = await call(`/agenda-items/${items.uld}`);
    expect(response.status).toBe(200);
    expect(body.data).toMatchObject({ id: items.uld, indicators: "Perwal ULD", milestones: [{ title: "Perwal ULD ditetapkan", dueOn: "2027-06-30" }] });
    expect(body.data.links).toEqual({ self: `/api/v1/agenda-items/${items.uld}`, html: `/agenda/${items.uld}` });
    const draft = await call(`/agenda-items/${draftId}`);
    const missing = await call("/agenda-items/ctidakadaxxxxxxxxxxxxxxxx");
    const malformed = await call("/agenda-items/%3Cscript%3E");
    for (const r of [draft, missing, malformed]) {
      expect(r.response.status).toBe(404);
      expect(r.response.headers.get("content-type")).toContain("application/problem+json");
    }
    expect(draft.body).toEqual(missing.body);
    expect(draft.body).toMatchObject({ code: "not-found", status: 404, type: "/open-data/api#problem-not-found" });
  });

  it("walks every list with no duplicate, no gap and a stable order, whatever the page size", async () => {
    const cities = await t.db.city.findMany({ orderBy: [{ slug: "asc" }, { id: "asc" }], select: { slug: true } });
    for (const limit of [1, 7, 100]) {
      const { records, pages } = await walk(`/cities?limit=${limit}`);
      expect(records.map((c) => c.slug)).toEqual(cities.map((c) => c.slug));
      expect(pages).toBe(Math.max(1, Math.ceil(cities.length / limit)));
    }
    const forums = await t.db.forum.findMany({ orderBy: [{ startsOn: "desc" }, { id: "desc" }], select: { slug: true } });
    expect((await walk("/forums?limit=1")).records.map((f) => f.slug)).toEqual(forums.map((f) => f.slug));
    expect((await walk("/editions?limit=1")).records.map((e) => e.year)).toEqual([YEAR + 1, YEAR]);
    const frozen = await walk(`/editions/${YEAR}?limit=1`);
    expect([frozen.pages, frozen.records.map((i) => i.position)]).toEqual([3, [1, 2, 3]]);
  });

  it("keeps a walk whole when cities are added while it runs", async () => {
    const first = await call("/cities?limit=10");
    const seen = first.body.data.map((c: { slug: string }) => c.slug);
    // One city sorts before the cursor (not on a later page), one after it (on a later page).
    await t.db.city.create({ data: { slug: "aaa-kota-baru", name: "Aaa Kota Baru", province: "Banten", region: "JAWA", timeZone: "WIB", membershipStatus: "INVITED" } });
    await t.db.city.create({ data: { slug: "zzz-kota-baru", name: "Zzz Kota Baru", province: "Banten", region: "JAWA", timeZone: "WIB", membershipStatus: "INVITED" } });
    const rest = await walk(first.body.links.next.slice(S.API_BASE.length));
    const all = [...seen, ...rest.records.map((c) => c.slug as string)];
    expect(new Set(all).size).toBe(all.length);
    const now = await t.db.city.findMany({ orderBy: { slug: "asc" }, select: { slug: true } });
    expect(all).toEqual(now.map((c) => c.slug).filter((s) => s !== "aaa-kota-baru"));
    await t.db.city.deleteMany({ where: { slug: { in: ["aaa-kota-baru", "zzz-kota-baru"] } } });
  });

  it("gives labels in the language asked for, with the same keys and codes", async () => {
    for (const url of [`/agenda-items/${items.uld}`, "/cities/metro", "/forums/forum-konsolidasi-malang-2023", `/editions/${YEAR}`, "/cities?limit=5", "/agenda-items"]) {
      const [id, en] = await Promise.all([call(`${url}${url.includes("?") ? "&" : "?"}lang=id`), call(`${url}${url.includes("?") ? "&" : "?"}lang=en`)]);
      expect([id.response.status, en.response.status], url).toEqual([200, 200]);
      expect(shape(en.body.data), url).toEqual(shape(id.body.data));
      expect([id.body.lang, en.body.lang]).toEqual(["id", "en"]);
      expect(en.response.headers.get("content-language")).toBe("en");
    }
    const [id, en] = await Promise.all([call(`/agenda-items/${items.uld}`), call(`/agenda-items/${items.uld}?lang=en`)]);
    expect([id.body.data.level.code, en.body.data.level.code]).toEqual(["EVERY_CITY", "EVERY_CITY"]);
    expect([id.body.data.level.label, en.body.data.level.label]).toEqual(["Aksi setiap kota anggota", "Action for every member city"]);
    expect(en.body.data.title).toEqual({ id: "ULD Ketenagakerjaan di setiap kota", en: "An employment ULD in every city", label: "An employment ULD in every city", labelLang: "en" });
    expect(en.body.data.description).toMatchObject({ en: null, label: "Setiap kota anggota membentuk ULD.", labelLang: "id" });
    expect(id.body.data.title.label).toBe("ULD Ketenagakerjaan di setiap kota");
  });

  it("answers cities, forums and editions as their public pages show them", async () => {
    const metro = (await call("/cities/metro")).body.data as S.CityDetailBody;
    expect(metro).toMatchObject({ slug: "metro", region: { code: "SUMATERA" }, membership: { code: "MEMBER" } });
    expect(metro.membershipHistory.length).toBeGreaterThan(0);
    expect(metro.forums.map((f) => f.forum.slug)).toContain("forum-konsolidasi-malang-2023");
    const bandung = (await call("/cities/bandung")).body.data as S.CityDetailBody;
    expect(bandung.implementation.inProgress).toBe(1);
    expect(bandung.proposals.byStatus.map((s) => s.status.code)).not.toContain("DRAFT");
    expect((await call("/cities/atlantis")).response.status).toBe(404);

    const forum = (await call("/forums/forum-konsolidasi-malang-2023")).body.data as S.ForumDetailBody;
    expect(forum.cities).toMatchObject({ attended: 28, invited: 8 });
    expect(forum.participation.length).toBe(forum.cities.attended + forum.cities.invited + forum.cities.absent);
    expect(forum.sessions.length).toBe(forum.sessionCount);
    expect((await call("/forums/tidak-ada")).response.status).toBe(404);

    const edition = await call(`/editions/${YEAR}?limit=10`);
    expect(edition.body.data).toMatchObject({ year: YEAR, itemCount: 3, cycleStatus: { code: "CLOSED" }, note: { id: "Disepakati dalam rapat pleno." } });
    expect(edition.body.data.items.map((i: { position: number; agendaItemId: string }) => [i.position, i.agendaItemId])).toEqual([[1, items.uld], [2, items.training], [3, items.campaign]]);
    expect(edition.body.data.items[0]).toMatchObject({ cities: [{ slug: "bandung", name: "Bandung" }], implementation: { inProgress: 1 }, milestones: [{ dueOn: "2027-06-30" }] });
    expect(edition.body.data.totals.inProgress).toBe(1);
    expect(edition.body.links.next).toBeNull();
    expect((await call("/editions/1999")).response.status).toBe(404);
    expect((await call("/editions/abcd")).response.status).toBe(404);
  });

  it("never answers a draft, an e-mail address or an account", async () => {
    await walk("/forums?limit=100");
    for (const slug of ["bandung", "bogor"]) await call(`/cities/${slug}`);
    const all = answered.join("\n");
    expect(all).not.toContain(draftId);
    expect(all).not.toContain("Butir draf rahasia");
    expect(all).not.toMatch(/@pokja\.example|passwordHash|"email"/);
    // Who froze an edition or changed a membership is not open data.
    const chairName = (await t.db.user.findUniqueOrThrow({ where: { id: chair.id } })).name;
    expect(all).not.toContain(chairName);
  });

  it("refuses malformed parameters with 400 problem+json naming each one", async () => {
    for (const url of ["/cities?limit=0", "/cities?limit=101", "/cities?limit=abc", "/cities?lang=fr", "/cities?region=ATLANTIS", "/agenda-items?status=DRAFT", "/forums?cycle=20xx", "/cities?cursor=%21%21"]) {
      const { response, body } = await call(url);
      expect(response.status, url).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(body).toMatchObject({ code: "invalid-parameter", status: 400 });
      expect(body.errors.length).toBeGreaterThan(0);
    }
    // A cursor of another list is not this list's.
    const forumsPage = await call("/forums?limit=1");
    const cursor = new URL(forumsPage.body.links.next, "http://x").searchParams.get("cursor");
    const wrong = await call(`/cities?cursor=${cursor}`);
    expect(wrong.response.status).toBe(400);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ parameter: "cursor", code: "invalid_cursor" })]);
    // Told in the language asked for; the keys stay.
    const en = await call("/cities?limit=0&lang=en");
    expect(en.body).toMatchObject({ title: "Invalid parameter", errors: [expect.objectContaining({ parameter: "limit", code: "too_small" })] });
    // Unknown parameter names are ignored (a cache-buster does no harm).
    expect((await call("/cities?_=123")).response.status).toBe(200);
  });
});
