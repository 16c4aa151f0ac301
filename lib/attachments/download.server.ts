// Serving a file: the policy is asked on every download (who may see the record may have its
// files), and the bytes go out piece by piece from the database. Only images and PDF may be shown in
// the browser, and then under a sandboxing CSP; everything else is a download; nothing is sniffed.
import { getDb, type Db } from "@/lib/db.server";
import type { Actor } from "@/lib/policy/policy";
import { contentDisposition, isInlineKind, kindOfMediaType } from "./content";
import { loadHolder, maySee } from "./records.server";
import { RECORD_KINDS, type RecordKind } from "./schemas";
import { FOREIGN_KEY } from "./records.server";

const ID = /^[A-Za-z0-9_-]{1,40}$/;

/** Headers every answer about a file carries, found or not. */
const BASE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Resource-Policy": "same-origin",
  "X-Frame-Options": "DENY",
  // Private: the answer depends on who asks; a shared cache must never keep it.
  "Cache-Control": "private, no-cache",
};

const notFound = () => new Response("Tidak ditemukan / Not found", { status: 404, headers: { ...BASE_HEADERS, "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": "default-src 'none'" } });

/** The record a stored file belongs to, from whichever of its columns is set. */
function holderOf(row: Record<(typeof FOREIGN_KEY)[RecordKind], string | null>): { kind: RecordKind; id: string } | null {
  for (const kind of RECORD_KINDS) {
    const id = row[FOREIGN_KEY[kind]];
    if (id) return { kind, id };
  }
  return null;
}

/** The answer to GET /api/attachments/<id>[?inline=1]: the file, 304, or a neutral 404. */
export async function attachmentResponse(db: Db, actor: Actor, id: string, o: { inline: boolean; ifNoneMatch: string | null }): Promise<Response> {
  if (!ID.test(id)) return notFound();
  const file = await db.attachment.findUnique({
    where: { id },
    select: { id: true, fileName: true, mediaType: true, size: true, sha256: true, proposalId: true, progressReportId: true, scorecardEntryId: true, agendaItemId: true, forumId: true },
  });
  const at = file && holderOf(file);
  const holder = at && (await loadHolder(db, at.kind, at.id));
  // Missing, or on a record the visitor may not see: the same answer, so an id tells nothing.
  if (!file || !holder || !maySee(actor, holder)) return notFound();
  const kind = kindOfMediaType(file.mediaType);
  const inline = o.inline && kind !== null && isInlineKind(kind);
  const etag = `"${file.sha256}"`;
  const headers: Record<string, string> = {
    ...BASE_HEADERS,
    "Content-Type": kind ? file.mediaType : "application/octet-stream",
    "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", file.fileName),
    // A document shown in the browser runs nothing and loads nothing from elsewhere.
    "Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'",
    ETag: etag,
  };
  if (o.ifNoneMatch && o.ifNoneMatch.split(",").some((t) => t.trim() === etag || t.trim() === `W/${etag}`)) return new Response(null, { status: 304, headers });
  let position = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await db.attachmentChunk.findUnique({ where: { attachmentId_position: { attachmentId: file.id, position } }, select: { data: true } });
      if (!chunk) {
        controller.close();
        return;
      }
      position++;
      controller.enqueue(new Uint8Array(chunk.data));
    },
  }, { highWaterMark: 1 });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Length": String(file.size) } });
}

export const downloadAttachment = (actor: Actor, id: string, o: { inline: boolean; ifNoneMatch: string | null }) => attachmentResponse(getDb(), actor, id, o);
