import { z } from "zod";
import { parseCalendarDate } from "@/lib/format/calendar";
import { getDb, type Db } from "@/lib/db.server";
import { pageCount, slice } from "@/lib/paging";
import { can, type Actor } from "@/lib/policy/policy";

const AUDIT_PAGE_SIZE = 50;

const day = z.string().refine((d) => parseCalendarDate(d) !== null);

/** Filters from the URL; anything malformed is dropped rather than answered with an error. */
export const auditFilterSchema = z.object({
  entityType: z.string().max(40).regex(/^\w+$/).optional().catch(undefined),
  action: z.string().max(60).regex(/^[\w.]+$/).optional().catch(undefined),
  actorId: z.string().max(40).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
});
type AuditFilter = z.infer<typeof auditFilterSchema>;

const WIB_MS = 7 * 3_600_000;

function where(f: AuditFilter) {
  return {
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.actorId ? { actorId: f.actorId } : {}),
    // Dates are WIB calendar days.
    ...(f.from || f.to
      ? {
          createdAt: {
            ...(f.from ? { gte: new Date(Date.parse(`${f.from}T00:00:00Z`) - WIB_MS) } : {}),
            ...(f.to ? { lt: new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000 - WIB_MS) } : {}),
          },
        }
      : {}),
  };
}

async function listAuditEvents(db: Db, filter: AuditFilter, page: number) {
  const w = where(filter);
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({
      where: w,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...slice(page, AUDIT_PAGE_SIZE),
      include: { actor: { select: { name: true, email: true } } },
    }),
    db.auditEvent.count({ where: w }),
  ]);
  return { events, total, pages: pageCount(total, AUDIT_PAGE_SIZE) };
}

/** The values the filters offer: distinct kinds, actions and actors present in the log. */
async function auditFilterOptions(db: Db) {
  const [types, actions, actors] = await Promise.all([
    db.auditEvent.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
    db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditEvent.groupBy({ by: ["actorId"], where: { actorId: { not: null } } }),
  ]);
  const people = await db.user.findMany({ where: { id: { in: actors.map((a) => a.actorId!) } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  return { entityTypes: types.map((t) => t.entityType), actions: actions.map((a) => a.action), actors: people };
}

/** One page of the audit log with what its filters offer (audit.view: the chair and admins). */
export async function auditPage(actor: Actor, filter: AuditFilter, page: number) {
  if (!can(actor, "audit.view")) return null;
  const db = getDb();
  const [list, options] = await Promise.all([listAuditEvents(db, filter, page), auditFilterOptions(db)]);
  return { ...list, options };
}
