import ExcelJS from "exceljs";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/audit.server";
import type { Db, Tx } from "@/lib/db.server";
import { DomainError } from "@/lib/errors";
import { invitationByMail } from "@/lib/mail/outbox.server";
import { assertCan, type Actor } from "@/lib/policy/policy";
import { BULK_FILE_MAX_BYTES, BULK_MAX_ROWS, type RawRow } from "./bulk";
import { INVITATION_TTL_MS, newToken } from "./tokens.server";

/** What the preview says about one row: ready to invite, or the reason it cannot be. */
export type CheckedRow = { line: number; email: string; city: string; cityId: string | null; error: BulkRowError | null };
export type BulkRowError = "emailInvalid" | "cityMissing" | "cityUnknown" | "emailTaken" | "duplicate";

const emailSchema = z.email().max(254);
const normal = (s: string) => s.toLocaleLowerCase("id").replace(/^kota\s+/, "").replace(/\s+/g, " ").trim();

/** The rows of the first sheet of an .xlsx file (e-mail in the first column, city in the second). */
export async function rowsFromWorkbook(file: File): Promise<RawRow[]> {
  if (file.size > BULK_FILE_MAX_BYTES) throw new DomainError("bulkFileTooLarge", "file");
  const bytes = new Uint8Array(await file.arrayBuffer());
  // An .xlsx file is a ZIP archive ("PK"): the content decides, not the name.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DomainError("bulkFileType", "file");
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
  } catch {
    throw new DomainError("bulkFileType", "file");
  }
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    const cell = (i: number) => String(row.getCell(i).text ?? "").trim();
    const email = cell(1);
    if (n === 1 && !email.includes("@")) return; // a header row
    if (email || cell(2)) rows.push({ line: n, email, city: cell(2) });
  });
  return rows;
}

/** Checks every row against the directory and the accounts; nothing is written. */
export async function checkRows(db: Db | Tx, rows: RawRow[]): Promise<CheckedRow[]> {
  if (rows.length > BULK_MAX_ROWS) throw new DomainError("bulkTooManyRows", "list", { max: BULK_MAX_ROWS });
  const cities = await db.city.findMany({ where: { membershipStatus: { not: "LEFT" } }, select: { id: true, name: true, slug: true } });
  const byName = new Map<string, { id: string; name: string }>();
  for (const c of cities) {
    byName.set(normal(c.name), c);
    byName.set(c.slug, c);
  }
  const emails = rows.map((r) => r.email.trim().toLowerCase());
  const taken = new Set((await db.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((u) => u.email));
  const seen = new Set<string>();
  return rows.map((r) => {
    const email = r.email.trim().toLowerCase();
    const city = byName.get(normal(r.city)) ?? null;
    const error: BulkRowError | null = !emailSchema.safeParse(email).success ? "emailInvalid"
      : !r.city ? "cityMissing"
      : !city ? "cityUnknown"
      : taken.has(email) ? "emailTaken"
      : seen.has(email) ? "duplicate"
      : null;
    seen.add(email);
    return { line: r.line, email, city: city?.name ?? r.city, cityId: city?.id ?? null, error };
  });
}

/**
 * Invites every row as a delegate of its city, all or nothing: the rows are checked again in the
 * transaction, and one bad row sends no invitation at all. Links are returned to be shown once and,
 * with SMTP, mailed in the inviter's language after the transaction.
 */
export async function inviteMany(db: Db, actor: Actor, rows: RawRow[], context: { origin: string; locale: string }, now = new Date()) {
  assertCan(actor, "user.invite", { role: "DELEGATE" });
  if (rows.length === 0) throw new DomainError("bulkEmpty", "list");
  const created = await db.$transaction(async (tx) => {
    const checked = await checkRows(tx, rows);
    if (checked.some((r) => r.error)) throw new DomainError("bulkHasErrors", "list");
    const out: { email: string; city: string; token: string; expiresAt: Date }[] = [];
    for (const r of checked) {
      const { token, hash } = newToken();
      await tx.invitation.updateMany({ where: { email: r.email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
      const invitation = await tx.invitation.create({
        data: { email: r.email, role: "DELEGATE", cityId: r.cityId, tokenHash: hash, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS), createdById: actor.id },
      });
      await recordAudit(tx, {
        actorId: actor.id, action: "user.invite", entityType: "Invitation", entityId: invitation.id,
        after: { email: invitation.email, role: invitation.role, cityId: invitation.cityId, expiresAt: invitation.expiresAt, bulk: true },
      });
      out.push({ email: r.email, city: r.city, token, expiresAt: invitation.expiresAt });
    }
    return out;
  });
  const sent = [];
  for (const c of created) {
    const link = `${context.origin}/invitation/${c.token}`;
    const mailed = await invitationByMail({ email: c.email, locale: context.locale }, link, c.expiresAt);
    sent.push({ email: c.email, city: c.city, link, mailed, expiresAt: c.expiresAt });
  }
  return sent;
}
