// A delegate of Metro calls the real server actions, route handler and page against Bandung's data:
// every attempt is refused and Bandung's data stays exactly as it was.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cookieStore, form, nextHeadersMock, nextIntlServerMock, outcome, signInAs } from "../../support/request";

vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next-intl/server", () => nextIntlServerMock());

import { createTestDb, provider, type TestDb } from "../../support/db";

/** What an action answers about a record the user may not see: the same as for one that does not exist. */
const NOT_FOUND = "Data yang Anda tuju tidak ada atau tidak dapat Anda buka.";

describe(`Metro's delegate against Bandung's data (${provider})`, () => {
  let t: TestDb;
  let metroUser: string;
  let bandungDraft: string;
  let bandungSubmitted: string;
  let snapshot: () => Promise<unknown>;
  let actions: typeof import("@/lib/proposals/actions");

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url; // the app's own client (getDb) uses this database
    actions = await import("@/lib/proposals/actions");
    const { createProposal } = await import("@/lib/proposals/commands.server");
    const { draftSchema } = await import("@/lib/proposals/schemas");
    const bandung = await t.db.user.findUniqueOrThrow({ where: { email: "delegasi.bandung@pokja.example" } });
    metroUser = (await t.db.user.findUniqueOrThrow({ where: { email: "delegasi.metro@pokja.example" } })).id;
    bandungDraft = (await createProposal(t.db, { id: bandung.id, role: bandung.role, cityId: bandung.cityId }, draftSchema.parse({ title: "Draf rahasia Bandung tentang ULD" }))).id;
    bandungSubmitted = (await t.db.proposal.findFirstOrThrow({ where: { city: { slug: "bandung" }, status: "SUBMITTED" } })).id;
    snapshot = async () => ({
      proposals: await t.db.proposal.findMany({ where: { city: { slug: "bandung" } }, orderBy: { id: "asc" } }),
      versions: await t.db.proposalVersion.count(),
      events: await t.db.proposalEvent.count(),
      endorsements: await t.db.endorsement.findMany({ orderBy: { id: "asc" } }),
    });
    await signInAs(metroUser);
    expect(cookieStore.has("next-auth.session-token")).toBe(true);
  });
  afterAll(async () => {
    const { getDb } = await import("@/lib/db.server");
    await getDb().$disconnect();
    await t.drop();
  });

  it("cannot read Bandung's draft: not in the page, not in the similarity endpoint", async () => {
    const Page = (await import("@/app/proposals/[id]/page")).default;
    expect(await outcome(() => Page({ params: Promise.resolve({ id: bandungDraft }), searchParams: Promise.resolve({}) }))).toEqual({ status: 404 });
    const { GET } = await import("@/app/api/proposals/similar/route");
    const response = await GET(new Request("http://portal.test/api/proposals/similar?q=Draf%20rahasia%20Bandung%20tentang%20ULD"));
    const { results } = await response.json();
    expect(results.map((r: { id: string }) => r.id)).not.toContain(bandungDraft);
  });

  it("can read Bandung's submitted proposal (to endorse it)", async () => {
    const Page = (await import("@/app/proposals/[id]/page")).default;
    const result = await outcome(() => Page({ params: Promise.resolve({ id: bandungSubmitted }), searchParams: Promise.resolve({}) }));
    expect(result.value).toBeTruthy();
  });

  it("is refused editing, submitting, withdrawing and deleting Bandung's proposals; nothing changes", async () => {
    const before = await snapshot();
    const edit = await outcome(() => actions.saveProposalAction(bandungDraft, { status: "idle", errors: {}, values: {} }, form({ title: "Dibajak Metro", intent: "save", version: "1" })));
    // A draft Metro may not see is answered as if it did not exist; a submitted one it may read but not touch.
    expect(edit.value).toMatchObject({ status: "error", formError: NOT_FOUND });
    const submit = await outcome(() => actions.saveProposalAction(bandungSubmitted, { status: "idle", errors: {}, values: {} }, form({ title: "Dibajak", intent: "submit", version: "1" })));
    expect(submit.value?.status).toBe("error");
    const withdraw = await outcome(() => actions.withdrawProposalAction(bandungSubmitted, { status: "idle", errors: {}, values: {} }, form({ reason: "Metro menarik usulan Bandung" })));
    expect(withdraw.value).toMatchObject({ status: "error", formError: "Anda tidak memiliki izin untuk tindakan ini." });
    const del = await outcome(() => actions.deleteDraftAction(bandungDraft, { status: "idle", errors: {}, values: {} }, form({})));
    expect(del.value).toMatchObject({ status: "error", formError: NOT_FOUND });
    expect(await snapshot()).toEqual(before);
  });

  it("cannot endorse as Bandung: an endorsement is always in the name of the delegate's own city", async () => {
    const before = await t.db.endorsement.count();
    // Whatever the form claims, the city comes from the signed-in account.
    const result = await outcome(() => actions.endorseAction(bandungSubmitted, { status: "idle", errors: {}, values: {} }, form({ cityId: "bandung" })));
    expect(result.redirect).toBe(`/proposals/${bandungSubmitted}?saved=endorsed`);
    const endorsements = await t.db.endorsement.findMany({ where: { proposalId: bandungSubmitted }, include: { city: true } });
    expect(endorsements.map((e) => e.city.slug)).toEqual(["metro"]);
    expect(await t.db.endorsement.count()).toBe(before + 1);
    // And Metro cannot endorse a Bandung draft at all.
    const draft = await outcome(() => actions.endorseAction(bandungDraft, { status: "idle", errors: {}, values: {} }, form({})));
    expect(draft.value?.status).toBe("error");
  });

  it("cannot report progress on Bandung's commitment, mark it not applicable or open it; nothing is stored", async () => {
    const { agendaItemSchema } = await import("@/lib/agenda/schemas");
    const { publishedItem } = await import("../../support/agenda");
    const chair = await t.db.user.findUniqueOrThrow({ where: { email: "ketua@pokja.example" } });
    const item = await publishedItem(t.db, chair, agendaItemSchema.parse({ title: "ULD di setiap kota", description: "Setiap kota membentuk ULD.", level: "EVERY_CITY", owner: "EACH_CITY", indicators: "", milestones: "" }));
    const target = await t.db.commitment.findFirstOrThrow({ where: { agendaItemId: item.id, city: { slug: "bandung" } } });
    const commitments = await import("@/lib/commitments/actions");
    const idle = { status: "idle" as const, errors: {}, values: {} };
    const report = await outcome(() => commitments.reportProgressAction(target.id, idle, form({ status: "DONE", percent: "100", summary: "Metro melapor atas nama Bandung.", evidence: "", links: "", reportedOn: "2026-01-01", version: String(target.version) })));
    expect(report.value).toMatchObject({ status: "error", formError: NOT_FOUND });
    const na = await outcome(() => commitments.notApplicableAction(target.id, idle, form({ reason: "Metro menandai Bandung tidak berlaku.", version: String(target.version) })));
    expect(na.value).toMatchObject({ status: "error", formError: NOT_FOUND });
    expect(await t.db.commitment.findUniqueOrThrow({ where: { id: target.id } })).toEqual(target);
    expect(await t.db.progressReport.count()).toBe(0);
    const Page = (await import("@/app/commitments/[id]/page")).default;
    expect((await outcome(() => Page({ params: Promise.resolve({ id: target.id }), searchParams: Promise.resolve({}) }))).status).toBe(404);
    // A scorecard figure always goes to the delegate's own city, whatever the form claims.
    const figure = await outcome(() => commitments.scorecardAction(idle, form({ indicator: "ULD", cityId: target.cityId, asOf: "2026-01-01", source: "Bagian Hukum", uldEstablished: "no", uldDecree: "" })));
    expect(figure.redirect).toBe("/workspace/scorecard?saved=1");
    expect((await t.db.scorecardEntry.findMany({ include: { city: true } })).map((e) => e.city.slug)).toEqual(["metro"]);
  });

  it("is refused the steward's actions, as the board is refused every change", async () => {
    const cities = await import("@/lib/cities/actions");
    const malang = await t.db.city.findUniqueOrThrow({ where: { slug: "malang" } });
    const result = await outcome(() => cities.changeMembershipAction({ id: malang.id, slug: "malang" }, { status: "idle", errors: {}, values: {} }, form({ toStatus: "MEMBER", effectiveOn: "2024-01-01", reason: "Metro mengubah Malang" })));
    expect(result.value).toMatchObject({ status: "error", formError: "Anda tidak memiliki izin untuk tindakan ini." });
    expect((await t.db.city.findUniqueOrThrow({ where: { id: malang.id } })).membershipStatus).toBe("INVITED");

    const board = await t.db.user.findUniqueOrThrow({ where: { email: "dewan@pokja.example" } });
    await signInAs(board.id);
    const accounts = await import("@/lib/accounts/actions");
    const forums = await import("@/lib/forums/actions");
    const refusals = await Promise.all([
      outcome(() => cities.createCityAction({ status: "idle", errors: {}, values: {} }, form({ name: "Kota Dewan", province: "X", region: "JAWA", timeZone: "WIB" }))),
      outcome(() => forums.createForumAction({ status: "idle", errors: {}, values: {} }, form({ title: "Forum Dewan", venue: "Ruang", startsOn: "2026-01-01", endsOn: "2026-01-02" }))),
      outcome(() => accounts.inviteUserAction({ status: "idle", errors: {}, values: {} }, form({ email: "x@y.example", role: "ADMIN" }))),
      outcome(() => accounts.setUserActiveAction(metroUser, false, { status: "idle", errors: {}, values: {} }, form({}))),
      outcome(() => actions.saveProposalAction(null, { status: "idle", errors: {}, values: {} }, form({ title: "Usulan dewan", intent: "save", version: "0" }))),
      outcome(() => actions.endorseAction(bandungSubmitted, { status: "idle", errors: {}, values: {} }, form({}))),
    ]);
    for (const r of refusals) expect(r.value).toMatchObject({ status: "error", formError: "Anda tidak memiliki izin untuk tindakan ini." });
    expect(await t.db.city.count({ where: { name: "Kota Dewan" } })).toBe(0);
    expect(await t.db.user.findUniqueOrThrow({ where: { id: metroUser } })).toMatchObject({ active: true });
  });

  it("cannot add files to Bandung's records or download the files of its draft, through the real upload and download routes", async () => {
    const file = (data: Record<string, string>) => t.db.attachment.create({
      data: { ...data, fileName: "rahasia.pdf", mediaType: "application/pdf", size: 5, sha256: "c".repeat(64), description: "Lampiran draf Bandung", chunks: { create: { position: 0, data: new Uint8Array(Buffer.from("%PDF-")) } } },
    });
    const onDraft = await file({ proposalId: bandungDraft });
    const onSubmitted = await file({ proposalId: bandungSubmitted });
    const before = await t.db.attachment.count();
    const { POST } = await import("@/app/api/uploads/route");
    const { uploadRequest } = await import("../../support/files");
    const pdf = Buffer.from("%PDF-1.4\n%%EOF\n");
    for (const id of [bandungDraft, bandungSubmitted]) {
      const plain = await POST(uploadRequest({ on: "proposal", id }, "Dari Metro", [{ name: "metro.pdf", data: pdf }]));
      expect(plain.status).toBe(303);
      expect(plain.headers.get("location")).toMatch(/^\/attachments\/new\?.*error=notAllowed/);
      const json = await POST(uploadRequest({ on: "proposal", id }, "Dari Metro", [{ name: "metro.pdf", data: pdf }], { accept: "application/json" }));
      expect(json.status).toBe(403);
    }
    // A form on another site cannot post on a signed-in delegate's behalf.
    const forged = await POST(uploadRequest({ on: "proposal", id: bandungDraft }, "Palsu", [{ name: "x.pdf", data: pdf }], { origin: "https://penyerang.example" }));
    expect(forged.status).toBe(403);
    expect(await forged.text()).toBe("Permintaan ditolak karena tidak berasal dari halaman portal ini.");
    expect(await t.db.attachment.count()).toBe(before);

    const { GET } = await import("@/app/api/attachments/[id]/route");
    const get = (id: string) => GET(new Request(`http://portal.test/api/attachments/${id}`), { params: Promise.resolve({ id }) });
    expect((await get(onDraft.id)).status).toBe(404);
    expect((await get(onSubmitted.id)).status).toBe(200);
    const UploadPage = (await import("@/app/attachments/new/page")).default;
    expect(await outcome(() => UploadPage({ searchParams: Promise.resolve({ on: "proposal", id: bandungDraft }) }))).toEqual({ status: 404 });
    expect(await outcome(() => UploadPage({ searchParams: Promise.resolve({ on: "proposal", id: bandungSubmitted }) }))).toEqual({ status: 403 });
  });
});

describe(`discussion across cities (${provider})`, () => {
  let t: TestDb;
  const idle = { status: "idle" as const, errors: {}, values: {} };
  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url;
    (await import("@/lib/db.server")).resetDbForTests();
  });
  afterAll(async () => {
    await (await import("@/lib/db.server")).getDb().$disconnect();
    await t.drop();
  });

  it("refuses Metro commenting on Bandung's draft or touching Bandung's comment, through the real actions and pages", async () => {
    const { createProposal } = await import("@/lib/proposals/commands.server");
    const { draftSchema } = await import("@/lib/proposals/schemas");
    const { postComment } = await import("@/lib/discussion/commands.server");
    const discussion = await import("@/lib/discussion/actions");
    const bandung = await t.db.user.findUniqueOrThrow({ where: { email: "delegasi.bandung@pokja.example" } });
    const metro = await t.db.user.findUniqueOrThrow({ where: { email: "delegasi.metro@pokja.example" } });
    const draft = await createProposal(t.db, { id: bandung.id, role: bandung.role, cityId: bandung.cityId }, draftSchema.parse({ title: "Draf Bandung" }));
    const submitted = (await t.db.proposal.findFirstOrThrow({ where: { city: { slug: "bandung" }, status: "SUBMITTED" } })).id;
    const theirs = await postComment(t.db, { id: bandung.id, role: bandung.role, cityId: bandung.cityId }, { kind: "proposal", id: submitted }, { body: "Komentar Bandung." });
    await signInAs(metro.id);
    const before = await t.db.comment.findMany({ orderBy: { id: "asc" } });
    expect((await outcome(() => discussion.postCommentAction({ kind: "proposal", id: draft.id }, idle, form({ body: "Mengintip draf." })))).value).toMatchObject({ status: "error", formError: NOT_FOUND });
    expect((await outcome(() => discussion.editCommentAction(theirs.id, idle, form({ body: "Diubah Metro." })))).value).toMatchObject({ status: "error", formError: "Anda tidak memiliki izin untuk tindakan ini." });
    expect((await outcome(() => discussion.withdrawCommentAction(theirs.id, idle, form({})))).value).toMatchObject({ status: "error", formError: "Anda tidak memiliki izin untuk tindakan ini." });
    expect((await outcome(() => discussion.hideCommentAction(theirs.id, idle, form({ reason: "Metro menyembunyikan." })))).value?.status).toBe("error");
    expect(await t.db.comment.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    const Edit = (await import("@/app/comments/[id]/edit/page")).default;
    expect(await outcome(() => Edit({ params: Promise.resolve({ id: theirs.id }) }))).toEqual({ status: 403 });
    const Hide = (await import("@/app/comments/[id]/hide/page")).default;
    expect(await outcome(() => Hide({ params: Promise.resolve({ id: theirs.id }) }))).toEqual({ status: 403 });
    expect(await outcome(() => Edit({ params: Promise.resolve({ id: "cmxnothere" }) }))).toEqual({ status: 404 });
  });

});

describe(`a delegate moved to another city (${provider})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url;
    const { resetDbForTests } = await import("@/lib/db.server");
    resetDbForTests();
  });
  afterAll(async () => {
    const { getDb } = await import("@/lib/db.server");
    await getDb().$disconnect();
    await t.drop();
  });

  it("loses access to the old city's drafts on the next request", async () => {
    const { createProposal } = await import("@/lib/proposals/commands.server");
    const { draftSchema } = await import("@/lib/proposals/schemas");
    const actions = await import("@/lib/proposals/actions");
    const metro = await t.db.user.findUniqueOrThrow({ where: { email: "delegasi.metro@pokja.example" } });
    const draft = await createProposal(t.db, { id: metro.id, role: metro.role, cityId: metro.cityId }, draftSchema.parse({ title: "Draf Metro" }));
    await signInAs(metro.id);
    const padang = await t.db.city.findUniqueOrThrow({ where: { slug: "padang" } });
    await t.db.user.update({ where: { id: metro.id }, data: { cityId: padang.id } });
    const result = await outcome(() => actions.saveProposalAction(draft.id, { status: "idle", errors: {}, values: {} }, form({ title: "Masih milik saya?", intent: "save", version: "1" })));
    expect(result.value).toMatchObject({ status: "error", formError: NOT_FOUND });
    expect((await t.db.proposal.findUniqueOrThrow({ where: { id: draft.id } })).title).toBe("Draf Metro");
    const Page = (await import("@/app/proposals/[id]/page")).default;
    expect(await outcome(() => Page({ params: Promise.resolve({ id: draft.id }), searchParams: Promise.resolve({}) }))).toEqual({ status: 404 });
  });
});
