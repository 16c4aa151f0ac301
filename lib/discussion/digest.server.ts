// News of discussions by e-mail: one digest per person instead of a mail per comment. In-app
// notifications are written with the comment; this sends, every DIGEST_MINUTES, each person's
// discussion notifications not mailed yet, in their language. Claiming a person's rows is one UPDATE
// (mailedAt IS NULL → now), so two instances on one database never mail the same news twice.
import { getDb, type Db } from "@/lib/db.server";
import { discussionDigestByMail, type DigestLine } from "@/lib/mail/outbox.server";
import { mailConfigured } from "@/lib/mail/mailer.server";
import { DISCUSSION_KINDS } from "@/lib/notifications/notify.server";

export const DIGEST_MINUTES = 15;

/** Sends the digests that are due; answers how many people were mailed. */
export async function sendDiscussionDigests(db: Db, baseUrl: string, now = new Date()): Promise<number> {
  const kinds = [...DISCUSSION_KINDS];
  const due = await db.notification.findMany({
    where: { kind: { in: kinds }, mailedAt: null, readAt: null, user: { active: true } },
    distinct: ["userId"],
    select: { userId: true },
  });
  let mailed = 0;
  for (const { userId } of due) {
    const claimed = await db.notification.updateMany({ where: { userId, kind: { in: kinds }, mailedAt: null, readAt: null }, data: { mailedAt: now } });
    if (claimed.count === 0) continue; // another instance took them
    const [user, rows] = await Promise.all([
      db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, locale: true } }),
      db.notification.findMany({ where: { userId, mailedAt: now, kind: { in: kinds } }, orderBy: { createdAt: "asc" }, select: { kind: true, params: true } }),
    ]);
    const lines: DigestLine[] = rows.map((r) => {
      const p = JSON.parse(r.params) as Record<string, string>;
      const link = new URL(p.href ?? "/notifications", baseUrl).toString();
      return r.kind === "comment.hidden" ? { kind: "hidden", title: p.title, reason: p.reason ?? "", link } : { kind: "posted", title: p.title, author: p.author ?? "", link };
    });
    if (await discussionDigestByMail(user, lines)) mailed++;
  }
  return mailed;
}

let timer: NodeJS.Timeout | undefined;

/** Started once per server process (instrumentation.ts); does nothing without SMTP_URL. */
export function scheduleDiscussionDigests() {
  if (timer || !mailConfigured()) return;
  const baseUrl = process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT ?? 3000}`;
  const run = () => sendDiscussionDigests(getDb(), baseUrl).catch((error: unknown) => console.error(`[digest] ${(error as Error).message}`));
  timer = setInterval(run, DIGEST_MINUTES * 60_000);
  timer.unref();
}
