// Storing files: a received file is already whole on the server's disk (lib/attachments/upload.server.ts);
// here it is checked against the record in one transaction and copied into the database in pieces.
// Either every file of an upload is stored with its audit event, or none is: no half file, ever.
import { open } from "node:fs/promises";
import { recordAudit } from "@/lib/audit/audit.server";
import type { Db, Tx } from "@/lib/db.server";
import { DomainError } from "@/lib/errors";
import { assertRecordAccess, type Actor } from "@/lib/policy/policy";
import { reindex, type SearchRoot } from "@/lib/search/index.server";
import { MEDIA_TYPES, type MediaKind } from "./content";
import { FOREIGN_KEY, loadHolder } from "./records.server";
import type { RecordRef } from "./schemas";
import { CHUNK_BYTES, type AttachmentLimits } from "./settings";

/** A file received whole into a temporary file, with what its content was found to be. */
export type StagedFile = { path: string; size: number; sha256: string; kind: MediaKind; fileName: string };

async function copyChunks(tx: Tx, attachmentId: string, file: StagedFile) {
  const handle = await open(file.path, "r");
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    for (let position = 0, offset = 0; offset < file.size; position++) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, offset);
      if (bytesRead === 0) throw new Error("staged file shorter than received");
      // A copy per piece: the driver may keep the array until the statement is sent.
      await tx.attachmentChunk.create({ data: { attachmentId, position, data: new Uint8Array(buffer.subarray(0, bytesRead)) } });
      offset += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/** The search rows a file's name and description live in (a scorecard figure's evidence is not searched). */
async function searchRootOf(tx: Tx, ref: RecordRef): Promise<SearchRoot | null> {
  switch (ref.on) {
    case "proposal": return { kind: "PROPOSAL", id: ref.id };
    case "agendaItem": return { kind: "AGENDA_ITEM", id: ref.id };
    case "forum": return { kind: "FORUM", id: ref.id };
    case "progressReport": {
      const report = await tx.progressReport.findUnique({ where: { id: ref.id }, select: { commitmentId: true } });
      return report && { kind: "COMMITMENT", id: report.commitmentId };
    }
    case "scorecardEntry": return null;
  }
}

/**
 * Adds `files` to the record `ref` names (or, with `ref.replaces`, one file in place of an earlier
 * one, which stays in the record's history). Checks, on the row read in the transaction, that the
 * actor may see the record and add files to it, and the number of files it may hold.
 */
export async function storeAttachments(db: Db, actor: Actor, ref: RecordRef, description: string, files: StagedFile[], limits: AttachmentLimits, now = new Date()) {
  if (files.length === 0) throw new DomainError("noFile", "file");
  if (ref.replaces && files.length > 1) throw new DomainError("replaceOne", "file");
  return db.$transaction(async (tx) => {
    const holder = await loadHolder(tx, ref.on, ref.id);
    assertRecordAccess(actor, holder, (h) => h.resource, holder?.view ?? "proposal.view", holder?.attach ?? "proposal.attach");
    const key = FOREIGN_KEY[ref.on];
    const current = await tx.attachment.findMany({ where: { [key]: ref.id, replacedAt: null }, select: { id: true, sha256: true } });
    let replaced: string | null = null;
    if (ref.replaces) {
      // Only a current file of this very record can be replaced; one replaced meanwhile is not.
      if (!current.some((c) => c.id === ref.replaces)) throw new DomainError("replacedMeanwhile", "file");
      replaced = ref.replaces;
    }
    const kept = current.filter((c) => c.id !== replaced);
    if (kept.length + files.length > limits.maxFiles) throw new DomainError("tooMany", "file", { max: limits.maxFiles });
    const known = new Set(kept.map((c) => c.sha256));
    for (const f of files) {
      if (known.has(f.sha256)) throw new DomainError("duplicate", "file", { file: f.fileName });
      known.add(f.sha256);
    }
    if (replaced) await tx.attachment.update({ where: { id: replaced }, data: { replacedAt: now } });
    const ids: string[] = [];
    for (const f of files) {
      const row = await tx.attachment.create({
        data: {
          [key]: ref.id, fileName: f.fileName, mediaType: MEDIA_TYPES[f.kind], size: f.size, sha256: f.sha256, description,
          uploadedById: actor?.id ?? null, createdAt: now, replacesId: replaced, isDemo: holder.isDemo,
        },
        select: { id: true },
      });
      await copyChunks(tx, row.id, f);
      ids.push(row.id);
      await recordAudit(tx, {
        actorId: actor?.id ?? null, action: replaced ? "attachment.replace" : "attachment.add", entityType: "Attachment", entityId: row.id,
        before: replaced ? { id: replaced } : null,
        after: { record: ref.on, recordId: ref.id, fileName: f.fileName, mediaType: MEDIA_TYPES[f.kind], size: f.size, sha256: f.sha256 },
      });
    }
    const root = await searchRootOf(tx, ref);
    if (root) await reindex(tx, root);
    // A file in answer to the secretariat's question puts the figure back in its queue.
    if (holder.verification === "NEEDS_CLARIFICATION") {
      if (ref.on === "progressReport") await tx.progressReport.update({ where: { id: ref.id }, data: { verification: "UNVERIFIED" } });
      if (ref.on === "scorecardEntry") await tx.scorecardEntry.update({ where: { id: ref.id }, data: { verification: "UNVERIFIED" } });
    }
    return { ids, href: holder.href };
  }, { timeout: 120_000, maxWait: 15_000 });
}
