// Idempotent seed: what already exists (by slug or email) is left as it is. `npm start` runs it only
// on an empty database.
import { hashPassword } from "@/lib/auth/password.server";
import { ensureCycle } from "@/lib/cycles/commands.server";
import type { Db } from "@/lib/db.server";
import { dateOnlyToUtc } from "@/lib/format/zones";
import { MEMBERSHIP_RECORDED_ON, seedCities } from "./cities";
import { DEMO_PASSWORD, demoAccounts } from "./demo-accounts";
import { seedDemoForumAndProposals } from "./demo-proposals";
import { malangForum, programmeActivities } from "./forum";
import { rebuildSearchIndex } from "@/lib/search/index.server";
import { seedThemes } from "./themes";

type SeedOptions = { demoAccounts: boolean };

export async function seedDatabase(db: Db, options: SeedOptions): Promise<void> {
  await seedCitiesAndHistory(db);
  await seedThemeList(db);
  await seedForum(db);
  await seedActivities(db);
  if (options.demoAccounts) {
    await seedDemoAccounts(db);
    await seedDemoForumAndProposals(db);
  }
  // The seed writes rows directly, not through the commands that keep the search index.
  await rebuildSearchIndex(db);
}

async function seedCitiesAndHistory(db: Db) {
  const existing = new Set((await db.city.findMany({ select: { slug: true } })).map((c) => c.slug));
  const effectiveOn = dateOnlyToUtc(MEMBERSHIP_RECORDED_ON);
  await db.$transaction(
    seedCities
      .filter((c) => !existing.has(c.slug))
      .map(({ status, ...city }) =>
        db.city.create({
          data: {
            ...city,
            membershipStatus: status,
            membershipChanges: {
              create: {
                fromStatus: null,
                toStatus: status,
                effectiveOn,
                reason:
                  status === "MEMBER"
                    ? "Anggota Pokja peserta Forum Konsolidasi Malang, 28 Februari 2023 (sumber: Antara)"
                    : "Diundang sebagai kota yang berpeluang bergabung, Forum Konsolidasi Malang, 28 Februari 2023 (sumber: Antara)",
              },
            },
          },
        }),
      ),
  );
}

async function seedThemeList(db: Db) {
  const existing = new Set((await db.theme.findMany({ select: { slug: true } })).map((t) => t.slug));
  await db.$transaction(
    seedThemes.flatMap((t, i) => (existing.has(t.slug) ? [] : [db.theme.create({ data: { ...t, position: i + 1 } })])),
  );
}

async function seedForum(db: Db) {
  const f = malangForum;
  if (await db.forum.findUnique({ where: { slug: f.slug }, select: { id: true } })) return;
  const host = await db.city.findUnique({ where: { slug: f.hostCitySlug }, select: { id: true } });
  const cities = new Map((await db.city.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
  const attendances = [
    ...f.attendedCitySlugs.map((slug) => ({ slug, status: "ATTENDED" as const, note: null })),
    ...f.invitedCitySlugs.map((slug) => ({ slug, status: "INVITED" as const, note: f.invitedNote })),
  ].flatMap(({ slug, ...a }) => (cities.has(slug) ? [{ cityId: cities.get(slug)!, ...a }] : []));
  await db.$transaction(async (tx) => {
    const forum = await tx.forum.create({
      data: {
        slug: f.slug,
        title: f.title,
        titleEn: f.titleEn,
        venue: f.venue,
        hostCityId: host?.id ?? null,
        startsOn: dateOnlyToUtc(f.startsOn),
        endsOn: dateOnlyToUtc(f.endsOn),
        cycleYear: await ensureCycle(tx, dateOnlyToUtc(f.startsOn).getUTCFullYear()),
        summary: f.summary,
        summaryEn: f.summaryEn,
        objectives: { create: f.objectives.map((o, i) => ({ position: i + 1, ...o })) },
        attendances: { create: attendances },
        participants: {
          create: f.participants.map(({ citySlug, ...p }, i) => ({ ...p, position: i + 1, cityId: cities.get(citySlug) ?? null })),
        },
      },
    });
    for (const [i, s] of f.sessions.entries()) {
      await tx.forumSession.create({
        data: {
          forumId: forum.id,
          position: i + 1,
          kind: s.kind,
          title: s.title,
          titleEn: s.titleEn,
          speakers: { create: s.speakers.map((sp, j) => ({ position: j + 1, ...sp })) },
        },
      });
    }
  });
}

async function seedActivities(db: Db) {
  if ((await db.programmeActivity.count()) > 0) return;
  await db.programmeActivity.createMany({ data: programmeActivities });
}

async function seedDemoAccounts(db: Db) {
  const existing = new Set(
    (await db.user.findMany({ where: { email: { in: demoAccounts.map((a) => a.email) } }, select: { email: true } })).map((u) => u.email),
  );
  const missing = demoAccounts.filter((a) => !existing.has(a.email));
  if (!missing.length) return;
  const cities = new Map((await db.city.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    missing.map((a) =>
      db.user.create({
        data: { email: a.email, name: a.name, role: a.role, passwordHash, cityId: a.city ? (cities.get(a.city) ?? null) : null },
      }),
    ),
  );
}

/** True when nothing has been seeded or created yet: `npm start` seeds only then. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [cities, users] = await Promise.all([db.city.count(), db.user.count()]);
  return cities === 0 && users === 0;
}
