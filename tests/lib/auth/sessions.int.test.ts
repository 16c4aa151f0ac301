// Sessions live on the server, every page about one record follows the one visibility rule (title
// included), and an id tells an outsider nothing. Through the real actions and pages, on both databases.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cookieStore, form, jar, nextHeadersMock, nextIntlServerMock, outcome, signInAs } from "../../support/request";

vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next-intl/server", () => nextIntlServerMock());

import { createDb } from "@/lib/db.server";
import type { TestActor } from "../../support/actors";
import { createTestDb, provider, type TestDb } from "../../support/db";

const idle = { status: "idle" as const, errors: {}, values: {} };
const COOKIE = "next-auth.session-token";

describe(`server-side sessions and record visibility (${provider})`, () => {
  let t: TestDb;
  const users: Record<string, TestActor> = {};
  let bandungDraft: string;
  let bandungWithdrawn: string;
  let bandungSubmitted: string;
  let draftItem: string;

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url;
    (await import("@/lib/db.server")).resetDbForTests();
    for (const [key, email] of Object.entries({ metro: "delegasi.metro@pokja.example", bandung: "delegasi.bandung@pokja.example", board: "dewan@pokja.example", chair: "ketua@pokja.example", admin: "admin@pokja.example" })) {
      users[key] = await t.db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, cityId: true } });
    }
    const { createProposal, withdrawProposal } = await import("@/lib/proposals/commands.server");
    const { draftSchema } = await import("@/lib/proposals/schemas");
    bandungDraft = (await createProposal(t.db, users.bandung, draftSchema.parse({ title: "RAHASIA-DRAF Bandung: insentif pajak" }))).id;
    const submitted = await t.db.proposal.findFirstOrThrow({ where: { cityId: users.bandung.cityId!, status: "SUBMITTED" } });
    bandungSubmitted = submitted.id;
    const toWithdraw = await t.db.proposal.create({ data: { cityId: users.bandung.cityId!, title: "RAHASIA-DITARIK Bandung: bursa kerja", status: "SUBMITTED", submittedAt: new Date() } });
    await withdrawProposal(t.db, users.bandung, toWithdraw.id, "Kota memutuskan menunda usulan ini.");
    bandungWithdrawn = toWithdraw.id;
    const { createAgendaItem } = await import("@/lib/agenda/commands.server");
    const { agendaItemSchema } = await import("@/lib/agenda/schemas");
    draftItem = (await createAgendaItem(t.db, users.chair, agendaItemSchema.parse({ title: "RAHASIA-BUTIR belum terbit", description: "Butir yang belum diterbitkan.", level: "NATIONAL", owner: "POKJA", indicators: "", milestones: "" }))).id;
  });
  afterAll(async () => {
    await (await import("@/lib/db.server")).getDb().$disconnect();
    await t.drop();
  });

  const current = async () => (await import("@/lib/auth/session.server")).getCurrentUser();

  it("ends the session on the server at sign-out: a copied cookie is refused on the next request, on any instance", async () => {
    await signInAs(users.metro.id);
    const copied = jar.get(COOKIE)!;
    expect((await current())?.id).toBe(users.metro.id);
    const { signOutAction } = await import("@/lib/auth/actions");
    expect((await outcome(() => signOutAction())).redirect).toBe("/");
    expect(cookieStore.has(COOKIE)).toBe(false);
    cookieStore.set(COOKIE, copied); // the cookie someone copied before
    expect(await current()).toBeNull();
    const sessions = await t.db.signInSession.findMany({ where: { userId: users.metro.id } });
    expect(sessions.every((s) => s.revokedAt && s.revokedReason === "signOut")).toBe(true);
    // Another instance (its own database client) reads the same row.
    const { sessionUser } = await import("@/lib/auth/sessions.server");
    const other = createDb(t.url);
    try {
      expect(await sessionUser(other, sessions[0].id, users.metro.id)).toBeNull();
    } finally {
      await other.$disconnect();
    }
    expect(await t.db.auditEvent.count({ where: { action: "auth.signedOut", actorId: users.metro.id } })).toBe(1);
  });

  it("lets an admin end every session of a user, and deactivation ends them too", async () => {
    await signInAs(users.bandung.id);
    const bandungCookie = jar.get(COOKIE)!;
    await signInAs(users.admin.id);
    const { endSessionsAction, setUserActiveAction } = await import("@/lib/accounts/actions");
    expect((await outcome(() => endSessionsAction(users.bandung.id, idle, form({})))).redirect).toBe(`/manage/users/${users.bandung.id}?saved=sessionsEnded&count=1`);
    const adminCookie = jar.get(COOKIE)!;
    cookieStore.set(COOKIE, bandungCookie);
    expect(await current()).toBeNull();

    await signInAs(users.bandung.id);
    const again = jar.get(COOKIE)!;
    cookieStore.set(COOKIE, adminCookie);
    await outcome(() => setUserActiveAction(users.bandung.id, false, idle, form({})));
    cookieStore.set(COOKIE, again);
    expect(await current()).toBeNull();
    cookieStore.set(COOKIE, adminCookie);
    await outcome(() => setUserActiveAction(users.bandung.id, true, idle, form({})));
  });

  it("answers the same 404 for an unknown id and for another city's record, and 403 only to those who may see it", async () => {
    const Edit = (await import("@/app/proposals/[id]/edit/page")).default;
    const Withdraw = (await import("@/app/proposals/[id]/withdraw/page")).default;
    const View = (await import("@/app/proposals/[id]/page")).default;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const open = (Page: (props: any) => Promise<unknown>, id: string) => outcome(() => Page({ params: Promise.resolve({ id }), searchParams: Promise.resolve({}) }));
    await signInAs(users.metro.id);
    for (const Page of [Edit, Withdraw, View]) {
      expect(await open(Page, bandungDraft)).toEqual({ status: 404 });
      expect(await open(Page, "cmxdoesnotexist000000000")).toEqual({ status: 404 });
    }
    expect(await open(Edit, bandungSubmitted)).toEqual({ status: 403 }); // Metro may read it, not edit it
    await signInAs(users.board.id);
    expect(await open(Edit, bandungDraft)).toEqual({ status: 404 });
    expect(await open(Edit, bandungSubmitted)).toEqual({ status: 403 });
    jar.clear();
    expect((await open(Edit, bandungDraft)).redirect).toMatch(/^\/sign-in\?callbackUrl=/);
  });

  it("gives a page's title only to someone who may see the record", async () => {
    const proposalPage = await import("@/app/proposals/[id]/page");
    const itemPage = await import("@/app/agenda/manage/[id]/page");
    const title = async (mod: { generateMetadata: (a: { params: Promise<{ id: string }> }) => Promise<{ title?: unknown }> }, id: string) => String((await mod.generateMetadata({ params: Promise.resolve({ id }) })).title);
    for (const who of ["metro", "board", null] as const) {
      if (who) await signInAs(users[who].id);
      else jar.clear();
      expect(await title(proposalPage, bandungDraft)).not.toContain("RAHASIA");
      expect(await title(proposalPage, bandungWithdrawn)).not.toContain("RAHASIA");
      expect(await title(itemPage, draftItem)).not.toContain("RAHASIA");
    }
    await signInAs(users.bandung.id);
    expect(await title(proposalPage, bandungDraft)).toContain("RAHASIA-DRAF");
    await signInAs(users.chair.id);
    expect(await title(itemPage, draftItem)).toContain("RAHASIA-BUTIR");
  });

  it("follows one rule for withdrawn proposals: reviewers see them, the board and other cities do not, in pages and exports", async () => {
    const View = (await import("@/app/proposals/[id]/page")).default;
    const open = () => outcome(() => View({ params: Promise.resolve({ id: bandungWithdrawn }), searchParams: Promise.resolve({}) }));
    const { boardDownload } = await import("@/lib/reports/downloads.server");
    const csvFor = async (actor: TestActor) =>
      new TextDecoder().decode(await new Response((await boardDownload(t.db, actor, "id", "csv", "proposals", {})).body!).arrayBuffer());
    const jsonFor = async (actor: TestActor) =>
      new TextDecoder().decode(await new Response((await boardDownload(t.db, actor, "en", "json", undefined, {})).body!).arrayBuffer());

    for (const who of ["board", "metro", "admin"] as const) {
      await signInAs(users[who].id);
      expect(await open(), who).toEqual({ status: 404 });
    }
    const board = users.board;
    expect(await csvFor(board)).not.toContain("RAHASIA-DITARIK");
    expect(await jsonFor(board)).not.toContain("RAHASIA-DITARIK");
    // Counted, never named: the theme × status table still counts it.
    expect(JSON.parse(await jsonFor(board)).tables.find((x: { key: string }) => x.key === "themeStatus").rows.some((r: Record<string, number>) => r.WITHDRAWN > 0)).toBe(true);

    await signInAs(users.chair.id);
    expect((await open()).value).toBeTruthy();
    expect(await csvFor(users.chair)).toContain("RAHASIA-DITARIK");
    // Nobody but Bandung sees the draft in any export.
    expect(await csvFor(users.chair)).not.toContain("RAHASIA-DRAF");
  });
});
