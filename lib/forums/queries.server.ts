import { filesOf } from "@/lib/attachments/queries.server";
import { listCityOptions } from "@/lib/cities/queries.server";
import { getDb, type Db } from "@/lib/db.server";
import { can, forbidden, granted, notFound, type Actor } from "@/lib/policy/policy";
import type { ZoneCode } from "@/lib/format/zones";

async function listForums(db: Db) {
  return db.forum.findMany({
    orderBy: { startsOn: "desc" },
    select: {
      id: true, slug: true, title: true, titleEn: true, venue: true, startsOn: true, endsOn: true, isDemo: true,
      submissionOpensAt: true, submissionClosesAt: true,
      hostCity: { select: { name: true, timeZone: true } },
      _count: { select: { sessions: true, attendances: true } },
    },
  });
}

async function getForumPage(db: Db, slug: string) {
  return db.forum.findUnique({
    where: { slug },
    include: {
      hostCity: { select: { id: true, name: true, slug: true, timeZone: true } },
      objectives: { orderBy: { position: "asc" } },
      sessions: { orderBy: { position: "asc" }, include: { speakers: { orderBy: { position: "asc" } } } },
      attendances: { select: { city: { select: { id: true, name: true, slug: true, region: true, membershipStatus: true } } }, orderBy: { city: { name: "asc" } } },
    },
  });
}

export const forumZone = (forum: { hostCity: { timeZone: string } | null }): ZoneCode =>
  (forum.hostCity?.timeZone as ZoneCode | undefined) ?? "WIB";

type SubmissionWindowState = "none" | "upcoming" | "open" | "closed";

export function submissionWindowState(
  forum: { submissionOpensAt: Date | null; submissionClosesAt: Date | null },
  now = new Date(),
): SubmissionWindowState {
  if (!forum.submissionOpensAt || !forum.submissionClosesAt) return "none";
  if (now < forum.submissionOpensAt) return "upcoming";
  return now < forum.submissionClosesAt ? "open" : "closed";
}

// Page queries: forums are public.
export const forumsPage = () => listForums(getDb());
/** A forum's public page with its documents (minutes, presentations, attendance lists); null if unknown. */
export async function forumPage(slug: string) {
  const db = getDb();
  const forum = await getForumPage(db, slug);
  return forum && { ...forum, files: await filesOf(db, "forum", forum.id) };
}

/** A forum for one of the stewards' forms, with the cities its form offers. */
export async function forumForStewards(actor: Actor, slug: string, action: "forum.update" | "forum.setSubmissionWindow") {
  if (!can(actor, action)) return forbidden;
  const db = getDb();
  const [forum, cities] = await Promise.all([getForumPage(db, slug), listCityOptions(db)]);
  return forum ? granted({ forum, cities }) : notFound;
}
