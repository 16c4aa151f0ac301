import type { Db } from "@/lib/db.server";
import type { UserFilter } from "./schemas";

export const USERS_PAGE_SIZE = 50;

export async function listUsers(db: Db, filter: UserFilter, page = 1) {
  const where = {
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.cityId ? { cityId: filter.cityId } : {}),
    ...(filter.status ? { active: filter.status === "active" } : {}),
    ...(filter.q ? { OR: [{ name: { contains: filter.q } }, { email: { contains: filter.q.toLowerCase() } }] } : {}),
  };
  const [users, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ active: "desc" }, { name: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: { id: true, name: true, email: true, role: true, active: true, lastSignInAt: true, city: { select: { name: true, slug: true } } },
    }),
    db.user.count({ where }),
  ]);
  return { users, total, pages: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

export async function getUserDetail(db: Db, id: string) {
  return db.user.findUnique({
    where: { id },
    select: {
      id: true, name: true, email: true, role: true, active: true, locale: true, cityId: true, createdAt: true, lastSignInAt: true,
      city: { select: { name: true, slug: true } },
    },
  });
}

export async function listPendingInvitations(db: Db, now = new Date()) {
  return db.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, city: { select: { name: true } }, createdBy: { select: { name: true } } },
  });
}
