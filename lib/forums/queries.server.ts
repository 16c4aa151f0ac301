import type { Db } from "@/lib/db.server";
import type { ZoneCode } from "@/lib/format/zones";

export async function listForums(db: Db) {
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

export async function getForumPage(db: Db, slug: string) {
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

export type SubmissionWindowState = "none" | "upcoming" | "open" | "closed";

export function submissionWindowState(
  forum: { submissionOpensAt: Date | null; submissionClosesAt: Date | null },
  now = new Date(),
): SubmissionWindowState {
  if (!forum.submissionOpensAt || !forum.submissionClosesAt) return "none";
  if (now < forum.submissionOpensAt) return "upcoming";
  return now < forum.submissionClosesAt ? "open" : "closed";
}
