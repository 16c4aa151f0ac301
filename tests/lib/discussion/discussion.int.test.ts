import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editComment, hideComment, postComment, setThreadMuted, withdrawComment } from "@/lib/discussion/commands.server";
import { sendDiscussionDigests } from "@/lib/discussion/digest.server";
import { DomainError } from "@/lib/errors";
import { resetMailTransport } from "@/lib/mail/mailer.server";
import { ForbiddenError, NotFoundError } from "@/lib/policy/policy";
import { createProposal, endorseProposal, withdrawProposal } from "@/lib/proposals/commands.server";
import { draftSchema } from "@/lib/proposals/schemas";
import { agendaItemSchema } from "@/lib/agenda/schemas";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { actorFor, delegateFor, type DelegateActor, type TestActor } from "../../support/actors";
import { draftItem, publishedItem } from "../../support/agenda";

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (error instanceof NotFoundError) return "notFound";
  if (error instanceof ForbiddenError) return "forbidden";
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

describe(`discussion (${provider})`, () => {
  let t: TestDb;
  let metro: DelegateActor;
  let bandung: DelegateActor;
  let chair: TestActor;
  let board: TestActor;
  let admin: TestActor;
  let proposal: string; // Bandung's demo proposal, submitted
  const subject = () => ({ kind: "proposal" as const, id: proposal });
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 29, 3, minutes));

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url;
    (await import("@/lib/db.server")).resetDbForTests();
    metro = await delegateFor(t.db, "delegasi.metro@pokja.example");
    bandung = await delegateFor(t.db, "delegasi.bandung@pokja.example");
    chair = await actorFor(t.db, "ketua@pokja.example");
    board = await actorFor(t.db, "dewan@pokja.example");
    admin = await actorFor(t.db, "admin@pokja.example");
    proposal = (await t.db.proposal.findFirstOrThrow({ where: { city: { slug: "bandung" }, status: "SUBMITTED" } })).id;
  });
  afterAll(async () => {
    await (await import("@/lib/db.server")).getDb().$disconnect();
    await t.drop();
  });

  it("lets a delegate of another city comment; the proposal's city hears of it and the count follows", async () => {
    const before = await t.db.notification.count({ where: { userId: bandung.id, kind: "comment.posted" } });
    const c = await postComment(t.db, metro, subject(), { body: "Kota Metro punya pengalaman serupa: https://metrokota.go.id/uld." }, at(0));
    expect((await t.db.proposal.findUniqueOrThrow({ where: { id: proposal } })).commentCount).toBe(1);
    expect(await t.db.notification.count({ where: { userId: bandung.id, kind: "comment.posted" } })).toBe(before + 1);
    // The writer is not told of their own comment.
    expect(await t.db.notification.count({ where: { userId: metro.id, kind: "comment.posted" } })).toBe(0);
    const notice = await t.db.notification.findFirstOrThrow({ where: { userId: bandung.id, kind: "comment.posted" }, orderBy: { createdAt: "desc" } });
    expect(JSON.parse(notice.params).href).toBe(`/proposals/${proposal}#comment-${c.id}`);
    expect(await t.db.auditEvent.count({ where: { action: "comment.post", entityId: c.id } })).toBe(1);
  });

  it("keeps replies one level deep and tells earlier participants, unless they muted the thread", async () => {
    const top = await t.db.comment.findFirstOrThrow({ where: { proposalId: proposal, parentId: null } });
    const reply = await postComment(t.db, bandung, subject(), { body: "Terima kasih, kami akan menghubungi Disnaker Metro.", parentId: top.id }, at(1));
    const answer = await postComment(t.db, chair, subject(), { body: "Sekretariat akan mencatat ini.", parentId: reply.id }, at(2));
    expect((await t.db.comment.findUniqueOrThrow({ where: { id: answer.id } })).parentId).toBe(top.id);
    expect(await t.db.notification.count({ where: { userId: metro.id, kind: "comment.posted" } })).toBe(2);
    await setThreadMuted(t.db, metro, subject(), true);
    const { threadFor } = await import("@/lib/discussion/queries.server");
    expect((await threadFor(metro, subject()))?.muted).toBe(true);
    expect((await threadFor(bandung, subject()))?.muted).toBe(false);
    // An empty thread knows it is muted too.
    const quiet = { kind: "proposal" as const, id: (await t.db.proposal.findFirstOrThrow({ where: { city: { slug: "pontianak" } } })).id };
    await setThreadMuted(t.db, metro, quiet, true);
    expect((await threadFor(metro, quiet))?.muted).toBe(true);
    await setThreadMuted(t.db, metro, quiet, false);
    await postComment(t.db, bandung, subject(), { body: "Satu catatan lagi dari Bandung." }, at(3));
    expect(await t.db.notification.count({ where: { userId: metro.id, kind: "comment.posted" } })).toBe(2);
    await setThreadMuted(t.db, metro, subject(), false);
  });

  it("nests a reply under its parent even when the parent's time is later (clocks of two instances differ)", async () => {
    const { threadFor } = await import("@/lib/discussion/queries.server");
    const parent = await postComment(t.db, bandung, subject(), { body: "Komentar dengan jam server yang lebih maju." }, at(40));
    const reply = await postComment(t.db, metro, subject(), { body: "Balasan dengan jam yang tertinggal." , parentId: parent.id }, at(5));
    const shown = (await threadFor(metro, subject()))!;
    expect(shown.comments.find((c) => c.id === parent.id)?.replies.map((r) => r.id)).toEqual([reply.id]);
    expect(shown.comments.some((c) => c.id === reply.id)).toBe(false);
  });

  it("refuses what the policy does not allow: another city's draft, the admin, the board writing, a stranger's comment", async () => {
    const draft = await createProposal(t.db, metro, draftSchema.parse({ title: "Draf Metro yang belum dikirim" }));
    expect(await refusal(postComment(t.db, bandung, { kind: "proposal", id: draft.id }, { body: "Halo" }))).toBe("notFound");
    // Even its own city cannot discuss a draft: a thread begins when the proposal is sent.
    expect(await refusal(postComment(t.db, metro, { kind: "proposal", id: draft.id }, { body: "Halo" }))).toBe("notFound");
    expect(await refusal(postComment(t.db, admin, subject(), { body: "Halo semua" }))).toBe("forbidden");
    expect(await refusal(postComment(t.db, board, subject(), { body: "Halo semua" }))).toBe("forbidden");
    expect(await refusal(postComment(t.db, metro, { kind: "proposal", id: "cmxnotthere" }, { body: "Halo" }))).toBe("notFound");
    const mine = await t.db.comment.findFirstOrThrow({ where: { authorId: metro.id } });
    expect(await refusal(editComment(t.db, bandung, mine.id, "Diubah orang lain"))).toBe("forbidden");
    expect(await refusal(withdrawComment(t.db, chair, mine.id))).toBe("forbidden");
    expect(await refusal(hideComment(t.db, metro, mine.id, "Bukan wewenang Anda"))).toBe("forbidden");
  });

  it("keeps every earlier text of an edited comment and marks it edited", async () => {
    const mine = await t.db.comment.findFirstOrThrow({ where: { authorId: metro.id }, orderBy: { createdAt: "asc" } });
    await editComment(t.db, metro, mine.id, "Versi kedua dari komentar Metro.", at(10));
    await editComment(t.db, metro, mine.id, "Versi ketiga dari komentar Metro.", at(11));
    const after = await t.db.comment.findUniqueOrThrow({ where: { id: mine.id }, include: { versions: { orderBy: { createdAt: "asc" } } } });
    expect(after.body).toBe("Versi ketiga dari komentar Metro.");
    expect(after.editedAt?.toISOString()).toBe(at(11).toISOString());
    expect(after.versions.map((v) => v.body)).toEqual([mine.body, "Versi kedua dari komentar Metro."]);
  });

  it("lets the chair hide a comment with a reason; the author is told, the count drops, the author and stewards still read it", async () => {
    const { threadFor } = await import("@/lib/discussion/queries.server");
    const target = await postComment(t.db, metro, subject(), { body: "Komentar yang melenceng dari topik." }, at(20));
    const count = (await t.db.proposal.findUniqueOrThrow({ where: { id: proposal } })).commentCount;
    await hideComment(t.db, chair, target.id, "Tidak berkaitan dengan usulan ini.");
    expect((await t.db.proposal.findUniqueOrThrow({ where: { id: proposal } })).commentCount).toBe(count - 1);
    const told = await t.db.notification.findFirstOrThrow({ where: { userId: metro.id, kind: "comment.hidden" } });
    expect(JSON.parse(told.params).reason).toBe("Tidak berkaitan dengan usulan ini.");
    expect(await t.db.auditEvent.count({ where: { action: "comment.hide", entityId: target.id } })).toBe(1);
    const find = async (actor: TestActor) => (await threadFor(actor, subject()))!.comments.find((c) => c.id === target.id)!;
    expect((await find(bandung)).body).toBeNull();
    expect((await find(bandung)).hiddenReason).toBe("Tidak berkaitan dengan usulan ini.");
    expect((await find(metro)).body).toBe("Komentar yang melenceng dari topik.");
    expect((await find(chair)).body).toBe("Komentar yang melenceng dari topik.");
    expect(await refusal(editComment(t.db, metro, target.id, "Mencoba mengubah"))).toBe("notEditable");
  });

  it("lets an author withdraw; the thread keeps its place without the text", async () => {
    const { threadFor } = await import("@/lib/discussion/queries.server");
    const c = await postComment(t.db, bandung, subject(), { body: "Komentar yang akan ditarik." }, at(30));
    await withdrawComment(t.db, bandung, c.id);
    const shown = (await threadFor(metro, subject()))!.comments.find((x) => x.id === c.id)!;
    expect(shown).toMatchObject({ status: "WITHDRAWN", body: null });
    const counted = await t.db.comment.count({ where: { proposalId: proposal, status: "VISIBLE" } });
    expect((await t.db.proposal.findUniqueOrThrow({ where: { id: proposal } })).commentCount).toBe(counted);
  });

  it("shows the thread to the board read-only, and to nobody outside the working group", async () => {
    const { threadFor } = await import("@/lib/discussion/queries.server");
    expect((await threadFor(board, subject()))?.canPost).toBe(false);
    expect((await threadFor(board, subject()))?.comments.length).toBeGreaterThan(0);
    expect(await threadFor(admin, subject())).toBeNull();
    expect(await threadFor(null, subject())).toBeNull();
  });

  it("limits how fast one member can post", async () => {
    const other = (await t.db.proposal.findFirstOrThrow({ where: { city: { slug: "semarang" }, status: "SUBMITTED" } })).id;
    const s = { kind: "proposal" as const, id: other };
    const base = Date.UTC(2026, 10, 28, 1, 0);
    for (let i = 0; i < 10; i++) await postComment(t.db, metro, s, { body: `Komentar cepat nomor ${i + 1}.` }, new Date(base + i * 1000));
    expect(await refusal(postComment(t.db, metro, s, { body: "Satu lagi terlalu cepat." }, new Date(base + 11_000)))).toBe("tooMany");
    // After the window it is fine again.
    await postComment(t.db, metro, s, { body: "Setelah jeda, boleh lagi." }, new Date(base + 11 * 60_000));
  });

  it("closes the thread of a withdrawn proposal", async () => {
    const own = await createProposal(t.db, metro, draftSchema.parse({
      title: "Usulan Metro untuk ditarik", problem: "Masalah yang cukup panjang untuk diajukan ke Pokja.", action: "Tindakan yang cukup panjang untuk diajukan.",
      scope: "CITY_ACTION_PLAN", targetGroups: "PHYSICAL", timeframe: "SHORT", leadAgency: "Disnaker", indicators: "Perwal ULD terbit pada tahun 2027",
      themeId: (await t.db.theme.findFirstOrThrow()).id, forumId: (await t.db.forum.findFirstOrThrow({ where: { isDemo: true } })).id,
    }), true);
    await postComment(t.db, bandung, { kind: "proposal", id: own.id }, { body: "Pertanyaan sebelum ditarik." });
    await withdrawProposal(t.db, metro, own.id, "Digabung dengan usulan lain.");
    // Its city still sees the record, but the discussion takes nothing new; other cities no longer see it.
    expect(await refusal(postComment(t.db, metro, { kind: "proposal", id: own.id }, { body: "Masih bisa?" }))).toBe("threadClosed");
    expect(await refusal(postComment(t.db, bandung, { kind: "proposal", id: own.id }, { body: "Masih bisa?" }))).toBe("notFound");
  });

  it("opens a draft agenda item's thread to the chair and secretariat only; a published one to the working group", async () => {
    const draft = await draftItem(t.db, chair, agendaItemSchema.parse({ title: "Butir draf untuk dibahas", description: "Uraian butir.", level: "NATIONAL", owner: "POKJA", indicators: "", milestones: "" }));
    expect(await refusal(postComment(t.db, metro, { kind: "agenda", id: draft.id }, { body: "Boleh ikut?" }))).toBe("notFound");
    await postComment(t.db, chair, { kind: "agenda", id: draft.id }, { body: "Catatan untuk sekretariat." });
    const sekretariat = await actorFor(t.db, "sekretariat@pokja.example");
    expect(await t.db.notification.count({ where: { userId: sekretariat.id, kind: "comment.posted", agendaItemId: draft.id } })).toBe(1);
    const published = await publishedItem(t.db, chair, agendaItemSchema.parse({ title: "Butir terbit untuk dibahas", description: "Uraian butir.", level: "NATIONAL", owner: "POKJA", indicators: "", milestones: "" }));
    const c = await postComment(t.db, metro, { kind: "agenda", id: published.id }, { body: "Metro siap mendukung butir ini." });
    expect(c.href).toBe(`/agenda/${published.id}`);
  });

  it("mails each person one digest of their unread discussion news, once, even with two senders at once", async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true, disabledCommands: ["STARTTLS"],
      onData(stream, _s, done) {
        let data = "";
        stream.on("data", (chunk: Buffer) => (data += chunk.toString()));
        stream.on("end", () => { received.push(data); done(); });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}?ignoreTLS=true`;
    resetMailTransport();
    try {
      const waiting = await t.db.notification.findMany({ where: { kind: { in: ["comment.posted", "comment.hidden"] }, mailedAt: null, readAt: null }, distinct: ["userId"], select: { userId: true } });
      const [a, b] = await Promise.all([sendDiscussionDigests(t.db, "https://pokja.example"), sendDiscussionDigests(t.db, "https://pokja.example")]);
      expect(a + b).toBe(waiting.length);
      expect(received).toHaveLength(waiting.length);
      const bandungMail = received.find((m) => m.includes("delegasi.bandung@pokja.example"))!;
      expect(bandungMail).toContain("https://pokja.example/proposals/");
      expect(await sendDiscussionDigests(t.db, "https://pokja.example")).toBe(0);
    } finally {
      delete process.env.SMTP_URL;
      resetMailTransport();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("tells a city who endorsed its proposal, and keeps the endorsement count", async () => {
    const target = (await t.db.proposal.findFirstOrThrow({ where: { city: { slug: "kupang" }, status: "SUBMITTED" } }));
    const kupang = await t.db.city.findUniqueOrThrow({ where: { slug: "kupang" } });
    const delegate = await t.db.user.create({ data: { email: "delegasi@kupangkota.example", name: "Delegasi Kupang", role: "DELEGATE", cityId: kupang.id, passwordHash: "x" } });
    await endorseProposal(t.db, metro, target.id);
    const n = await t.db.notification.findFirstOrThrow({ where: { userId: delegate.id, kind: "proposal.endorsed" } });
    expect(JSON.parse(n.params)).toMatchObject({ title: target.title, city: "Metro" });
    expect((await t.db.proposal.findUniqueOrThrow({ where: { id: target.id } })).endorsementCount).toBe(target.endorsementCount + 1);
  });
});
