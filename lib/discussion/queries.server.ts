// A thread as the actor may read it: one query for every comment, reply and earlier version, grouped
// here into top-level comments with their replies. Withdrawn and hidden comments keep their place (so
// replies still make sense) but not their text, except a hidden one for its own author and the
// stewards who may hide.
import { Prisma as P } from "@/generated/sqlite/client";
import { getDb, type Db } from "@/lib/db.server";
import { access, can, notFound, type Actor } from "@/lib/policy/policy";
import { threadKey, type Subject } from "./schemas";

export type ThreadComment = {
  id: string;
  author: string | null;
  city: string | null;
  body: string | null;
  status: "VISIBLE" | "WITHDRAWN" | "HIDDEN";
  hiddenReason: string | null;
  createdAt: Date;
  editedAt: Date | null;
  earlier: { body: string; createdAt: Date }[];
  isDemo: boolean;
  mine: boolean;
  canHide: boolean;
  replies: ThreadComment[];
};

type RawComment = {
  id: string; parentId: string | null; authorId: string | null; body: string; status: string; hiddenReason: string | null;
  createdAt: Date | string; editedAt: Date | string | null; isDemo: boolean | number; authorName: string | null; cityName: string | null;
  earlierBody: string | null; earlierAt: Date | string | null; mutedBy: string | null;
};

export type Thread = {
  subject: Subject;
  comments: ThreadComment[];
  count: number;
  canPost: boolean;
  /** False once the proposal was withdrawn: the thread is kept but takes no new comments. */
  open: boolean;
  muted: boolean;
};

/** Whether the actor may read the thread of a subject they can already see (the page asked the policy). */
/** The subject's status when the actor may read its thread, else null. */
async function visibleSubject(db: Db, actor: Actor, subject: Subject): Promise<string | null> {
  if (subject.kind === "proposal") {
    const p = await db.proposal.findUnique({ where: { id: subject.id }, select: { cityId: true, status: true } });
    const ok = access(actor, p, (row) => ({ cityId: row.cityId, status: row.status }), "proposal.view", "comment.view").status === "ok" && p?.status !== "DRAFT";
    return ok ? p!.status : null;
  }
  const item = await db.agendaItem.findUnique({ where: { id: subject.id }, select: { status: true } });
  return access(actor, item, (row) => ({ status: row.status }), "agenda.view", "comment.view").status === "ok" ? item!.status : null;
}
const subjectVisible = async (db: Db, actor: Actor, subject: Subject) => (await visibleSubject(db, actor, subject)) !== null;

/** The thread of a proposal or agenda item, or null when the actor may not read it (visitors, admins). */
export async function threadFor(actor: Actor, subject: Subject): Promise<Thread | null> {
  return thread(getDb(), actor, subject);
}

/** The same thread on a given database (the bench times it next to its raw SQL). */
export async function thread(db: Db, actor: Actor, subject: Subject): Promise<Thread | null> {
  const status = actor ? await visibleSubject(db, actor, subject) : null;
  if (!actor || !status) return null;
  // One statement for the whole thread however long it is: every comment with its author, city and
  // earlier versions (one row per version; a comment never edited is one row). npm run bench times a
  // 200-comment thread.
  const on = subject.kind === "proposal" ? P.sql`m."proposalId" = ${subject.id}` : P.sql`m."agendaItemId" = ${subject.id}`;
  // Whether the reader muted the thread rides along on every row; an empty thread asks on its own.
  const joined = await db.$queryRaw<RawComment[]>(P.sql`
    SELECT m."id", m."parentId", m."authorId", m."body", CAST(m."status" AS TEXT) AS "status", m."hiddenReason", m."createdAt", m."editedAt", m."isDemo",
      u."name" AS "authorName", c."name" AS "cityName", v."body" AS "earlierBody", v."createdAt" AS "earlierAt", tm."userId" AS "mutedBy"
    FROM "Comment" m LEFT JOIN "User" u ON u."id" = m."authorId" LEFT JOIN "City" c ON c."id" = m."cityId"
      LEFT JOIN "CommentVersion" v ON v."commentId" = m."id"
      LEFT JOIN "ThreadMute" tm ON tm."userId" = ${actor.id} AND tm."thread" = ${threadKey(subject)}
    WHERE ${on} ORDER BY m."createdAt", m."id", v."createdAt"`);
  const mute = joined.length
    ? joined[0].mutedBy !== null
    : Boolean(await db.threadMute.findUnique({ where: { userId_thread: { userId: actor.id, thread: threadKey(subject) } } }));
  type Row = Omit<RawComment, "earlierBody" | "earlierAt" | "mutedBy" | "createdAt" | "editedAt" | "isDemo" | "status"> & {
    status: ThreadComment["status"]; createdAt: Date; editedAt: Date | null; isDemo: boolean; versions: { body: string; createdAt: Date }[];
  };
  const rows: Row[] = [];
  for (const r of joined) {
    const last = rows.at(-1);
    const row: Row = last?.id === r.id ? last : {
      id: r.id, parentId: r.parentId, authorId: r.authorId, body: r.body, hiddenReason: r.hiddenReason, authorName: r.authorName, cityName: r.cityName,
      status: r.status as ThreadComment["status"], createdAt: new Date(r.createdAt), editedAt: r.editedAt === null ? null : new Date(r.editedAt), isDemo: Boolean(r.isDemo), versions: [],
    };
    if (row !== last) rows.push(row);
    if (r.earlierBody !== null && r.earlierAt !== null) row.versions.push({ body: r.earlierBody, createdAt: new Date(r.earlierAt) });
  }
  const mayHide = can(actor, "comment.hide");
  const toComment = (r: (typeof rows)[number]): ThreadComment => {
    const mine = r.authorId === actor.id;
    const readable = r.status === "VISIBLE" || (r.status === "HIDDEN" && (mine || mayHide));
    return {
      id: r.id,
      author: r.authorName,
      city: r.cityName,
      body: readable ? r.body : null,
      status: r.status,
      hiddenReason: r.status === "HIDDEN" ? r.hiddenReason : null,
      createdAt: r.createdAt,
      editedAt: r.editedAt,
      earlier: r.status === "VISIBLE" ? r.versions : [],
      isDemo: r.isDemo,
      mine,
      canHide: mayHide && r.status === "VISIBLE",
      replies: [],
    };
  };
  // Two passes, so a reply finds its parent whatever the order of their timestamps.
  const byId = new Map(rows.map((r) => [r.id, toComment(r)]));
  const top: ThreadComment[] = [];
  for (const r of rows) {
    const c = byId.get(r.id)!;
    const parent = r.parentId ? byId.get(r.parentId) : undefined;
    if (parent) parent.replies.push(c);
    else top.push(c);
  }
  const open = status !== "WITHDRAWN";
  return {
    subject,
    comments: top,
    count: rows.filter((r) => r.status === "VISIBLE").length,
    canPost: open && can(actor, "comment.post"),
    open,
    muted: mute,
  };
}

/**
 * One comment for its edit or hide page: 404 when the actor may not read its thread (or it is gone),
 * 403 when they may read it but not `action` it. Only a visible comment can be edited or hidden.
 */
export async function commentFor(actor: Actor, id: string, action: "comment.edit" | "comment.hide") {
  const c = await getDb().comment.findUnique({
    where: { id },
    select: { id: true, body: true, status: true, authorId: true, proposalId: true, agendaItemId: true, author: { select: { name: true } }, agendaItem: { select: { status: true } } },
  });
  const subject: Subject | null = c?.proposalId ? { kind: "proposal", id: c.proposalId } : c?.agendaItemId ? { kind: "agenda", id: c.agendaItemId } : null;
  if (!c || !subject || !actor || !(await subjectVisible(getDb(), actor, subject))) return notFound;
  const href = subject.kind === "proposal" ? `/proposals/${subject.id}` : c.agendaItem?.status === "PUBLISHED" ? `/agenda/${subject.id}` : `/agenda/manage/${subject.id}`;
  const row = { id: c.id, body: c.body, author: c.author?.name ?? null, href: `${href}#comment-${c.id}`, status: c.status };
  return access(actor, row.status === "VISIBLE" ? row : null, () => ({ authorId: c.authorId }), "comment.view", action);
}
