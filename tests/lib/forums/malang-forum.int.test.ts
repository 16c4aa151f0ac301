// The seeded Malang forum against the source article, and the pages that tell it: the forum page, the
// forums list, the city pages and the home page must say the same as the article, and the same as
// each other. Also the data migration that brings databases seeded before the forum kept invitations
// and people to the same record.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { malangForum } from "@/lib/seed/forum";
import { createTestDb, provider, type TestDb } from "../../support/db";

// The article (Antara, "Buka rapat konsolidasi, Wahdi ingin anggota pokja kota inklusif berikan saran
// aksi", 28 February 2023; ../shared/seed/000_2afac1a117ad2e42.txt): "peserta forum konsolidasi adalah
// 28 kota yang juga sebagai anggota Pokja yaitu, Banda Aceh, … Makassar dan juga Ambon."
const ATTENDED_MEMBERS = [
  "Banda Aceh", "Padang", "Bengkulu", "Jambi", "Palembang", "Metro", "Tangerang Selatan", "Bogor", "Jakarta Pusat", "Bandung",
  "Semarang", "Salatiga", "Surakarta", "Yogyakarta", "Kediri", "Mojokerto", "Denpasar", "Kupang", "Singkawang", "Pontianak",
  "Banjarmasin", "Banjarbaru", "Balikpapan", "Samarinda", "Bontang", "Tarakan", "Makassar", "Ambon",
];
// The same article: "kita juga mengundang kota yang berpeluang bergabung dalam pokja yakni antara lain
// Kota, Banjar, Probolinggo, Malang, Magelang Palu, Ternate, Bitung, Batu." Whether they came is not said.
const INVITED = ["Banjar", "Probolinggo", "Malang", "Magelang", "Palu", "Ternate", "Bitung", "Batu"];
// The people it names: the chair who opened the forum, and the speaker.
const PEOPLE = [
  { name: "Wahdi Siradjuddin", jobTitle: "Wali Kota Metro, Ketua Pokja Menuju Kota Inklusif Apeksi", office: "Pemerintah Kota Metro", status: "ATTENDED" },
  { name: "Erik Setyo Santoso", jobTitle: "Sekretaris Daerah Kota Malang (narasumber)", office: "Pemerintah Kota Malang", status: "ATTENDED" },
];
const SLUG = "forum-konsolidasi-malang-2023";
const sorted = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b));

describe(`the Malang forum as the article tells it (${provider})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    process.env.DATABASE_URL = t.url;
    (await import("@/lib/db.server")).resetDbForTests();
  });
  afterAll(async () => {
    await (await import("@/lib/db.server")).getDb().$disconnect();
    await t.drop();
  });

  it("the article's lists are 28 and 8 cities, none in both", () => {
    expect(new Set(ATTENDED_MEMBERS).size).toBe(28);
    expect(new Set(INVITED).size).toBe(8);
    expect(ATTENDED_MEMBERS.filter((c) => INVITED.includes(c))).toEqual([]);
  });

  it("records exactly the article's cities: the 28 members attended, the 8 others invited, none absent", async () => {
    const rows = await t.db.forumAttendance.findMany({ where: { forum: { slug: SLUG } }, select: { status: true, note: true, city: { select: { name: true } } } });
    expect(sorted(rows.filter((r) => r.status === "ATTENDED").map((r) => r.city.name))).toEqual(sorted(ATTENDED_MEMBERS));
    expect(sorted(rows.filter((r) => r.status === "INVITED").map((r) => r.city.name))).toEqual(sorted(INVITED));
    expect(rows).toHaveLength(36);
    for (const r of rows.filter((x) => x.status === "INVITED")) expect(r.note).toBe("Diundang sebagai kota yang berpeluang bergabung dalam Pokja Menuju Kota Inklusif Apeksi");
    for (const r of rows.filter((x) => x.status === "ATTENDED")) expect(r.note).toBeNull();
  });

  it("lists the two people the article names, and nobody else", async () => {
    const people = await t.db.forumParticipant.findMany({ where: { forum: { slug: SLUG } }, orderBy: { position: "asc" }, include: { city: { select: { slug: true } } } });
    expect(people.map(({ name, jobTitle, office, status }) => ({ name, jobTitle, office, status }))).toEqual(PEOPLE);
    expect(people.map((p) => p.city?.slug)).toEqual(["metro", "malang"]);
  });

  it("the forum page, the forums list, the home page and the city pages say the same: 28 attended, 8 invited", async () => {
    const { forumPage, forumsPage, originForumSummary } = await import("@/lib/forums/queries.server");
    const { cityPage } = await import("@/lib/cities/queries.server");
    const forum = (await forumPage(SLUG))!;
    expect(sorted(forum.cities.ATTENDED.map((c) => c.name))).toEqual(sorted(ATTENDED_MEMBERS));
    expect(sorted(forum.cities.INVITED.map((c) => c.name))).toEqual(sorted(INVITED));
    expect(forum.cities.ABSENT).toEqual([]);
    expect(forum.participants.map((p) => p.name)).toEqual(PEOPLE.map((p) => p.name));

    const listed = (await forumsPage()).find((f) => f.slug === SLUG)!;
    expect(listed.cities).toEqual({ ATTENDED: 28, INVITED: 8, ABSENT: 0 });
    expect(await originForumSummary()).toEqual({ slug: SLUG, attended: 28, invited: 8 });

    const cities = await t.db.city.findMany({ where: { name: { in: [...ATTENDED_MEMBERS, ...INVITED] } }, select: { slug: true, name: true } });
    expect(cities).toHaveLength(36);
    for (const city of cities) {
      const here = (await cityPage(city.slug))!.forums.find((f) => f.slug === SLUG);
      expect(here?.status, city.name).toBe(INVITED.includes(city.name) ? "INVITED" : "ATTENDED");
    }
    // An invited city's membership history and its forum record tell the same story.
    const banjar = (await cityPage("banjar"))!;
    expect(banjar.city.membershipChanges[0].reason).toMatch(/Diundang .*Forum Konsolidasi Malang/);
    expect(banjar.forums.find((f) => f.slug === SLUG)?.note).toMatch(/berpeluang bergabung/);
  });

  it("the seed and the data migration write the same words", () => {
    const sql = readFileSync(migrationFile("sqlite"), "utf8");
    expect(sql).toContain(`'${malangForum.invitedNote}'`);
    for (const p of malangForum.participants) for (const text of [p.name, p.jobTitle, p.office]) expect(sql).toContain(`'${text}'`);
    expect(readFileSync(migrationFile("postgresql"), "utf8")).toBe(sql);
  });
});

const MIGRATION = "20261129103509_malang_forum_invitations";
const migrationFile = (p: "sqlite" | "postgresql") => (p === "postgresql" ? `prisma/postgresql/migrations/${MIGRATION}/migration.sql` : `prisma/migrations/${MIGRATION}/migration.sql`);

/** Runs the migration's statements on the database, as the migration engine does. */
async function runDataMigration(t: TestDb) {
  const statements = readFileSync(migrationFile(provider), "utf8")
    .split("\n").filter((line) => !line.startsWith("--")).join("\n")
    .split(";").map((s) => s.trim()).filter(Boolean);
  expect(statements).toHaveLength(3);
  for (const statement of statements) await t.db.$executeRawUnsafe(statement);
}

describe(`the data migration for databases seeded before invitations (${provider})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
  });
  afterAll(() => t.drop());

  it("adds the 8 invited cities and the 2 people to a forum that had only its 28 members, once", async () => {
    const forum = await t.db.forum.findUniqueOrThrow({ where: { slug: SLUG } });
    // The record as the seed wrote it before: members only, nobody named.
    await t.db.forumAttendance.deleteMany({ where: { forumId: forum.id, status: { not: "ATTENDED" } } });
    await t.db.forumParticipant.deleteMany({ where: { forumId: forum.id } });
    for (let run = 1; run <= 2; run++) {
      await runDataMigration(t);
      const rows = await t.db.forumAttendance.findMany({ where: { forumId: forum.id }, select: { status: true, note: true, city: { select: { name: true } } } });
      expect(rows).toHaveLength(36);
      expect(sorted(rows.filter((r) => r.status === "INVITED").map((r) => r.city.name))).toEqual(sorted(INVITED));
      expect(new Set(rows.filter((r) => r.status === "INVITED").map((r) => r.note))).toEqual(new Set([malangForum.invitedNote]));
      const people = await t.db.forumParticipant.findMany({ where: { forumId: forum.id }, orderBy: { position: "asc" }, include: { city: { select: { slug: true } } } });
      expect(people.map(({ name, jobTitle, office, status, position }) => ({ name, jobTitle, office, status, position })))
        .toEqual(PEOPLE.map((p, i) => ({ ...p, position: i + 1 })));
      expect(people.map((p) => p.city?.slug)).toEqual(["metro", "malang"]);
      expect(people.every((p) => p.createdAt instanceof Date && !Number.isNaN(p.createdAt.getTime()))).toBe(true);
    }
  });

  it("leaves what the secretariat already recorded, and adds people after those already listed", async () => {
    const forum = await t.db.forum.findUniqueOrThrow({ where: { slug: SLUG } });
    const malang = await t.db.city.findUniqueOrThrow({ where: { slug: "malang" } });
    await t.db.forumAttendance.deleteMany({ where: { forumId: forum.id, status: "INVITED", cityId: { not: malang.id } } });
    await t.db.forumAttendance.update({ where: { forumId_cityId: { forumId: forum.id, cityId: malang.id } }, data: { status: "ATTENDED", note: "Tuan rumah" } });
    await t.db.forumParticipant.deleteMany({ where: { forumId: forum.id } });
    await t.db.forumParticipant.create({ data: { forumId: forum.id, position: 1, name: "Peserta Uji", jobTitle: "Staf", office: "Sekretariat Apeksi" } });
    await runDataMigration(t);
    expect(await t.db.forumAttendance.findUniqueOrThrow({ where: { forumId_cityId: { forumId: forum.id, cityId: malang.id } } })).toMatchObject({ status: "ATTENDED", note: "Tuan rumah" });
    expect(await t.db.forumAttendance.count({ where: { forumId: forum.id, status: "INVITED" } })).toBe(7);
    expect((await t.db.forumParticipant.findMany({ where: { forumId: forum.id }, orderBy: { position: "asc" } })).map((p) => p.name))
      .toEqual(["Peserta Uji", "Wahdi Siradjuddin", "Erik Setyo Santoso"]);
  });

  it("does nothing on a database without the forum", async () => {
    await t.db.forum.delete({ where: { slug: SLUG } });
    await runDataMigration(t);
    expect(await t.db.forumParticipant.count()).toBe(0);
  });
});
