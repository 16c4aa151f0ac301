// Reads about files: the files of the records a page shows (the page's own query has already decided
// the visitor may see those records), and the upload form's record.
import { getDb, type Db } from "@/lib/db.server";
import { access, granted, notFound, type Access, type Actor } from "@/lib/policy/policy";
import { isInlineKind, kindOfMediaType } from "./content";
import { FOREIGN_KEY, loadHolder, type HeldBy } from "./records.server";
import { recordRefSchema, type RecordKind } from "./schemas";
import { attachmentLimits, type AttachmentLimits } from "./settings";

export type AttachmentView = {
  id: string;
  fileName: string;
  /** Short, for people: "PDF", "DOCX", "JPEG". */
  format: string;
  size: number;
  sha256: string;
  description: string;
  createdAt: Date;
  uploadedBy: string | null;
  replacedAt: Date | null;
  /** Images and PDF can be opened in the browser as well as downloaded. */
  viewable: boolean;
  isDemo: boolean;
};
export type RecordFiles = { current: AttachmentView[]; history: AttachmentView[] };
export const NO_FILES: RecordFiles = { current: [], history: [] };

/** Every file (current and replaced) of the records `ids` of one kind, in one query; no bytes. */
export async function attachmentsOn(db: Db, kind: RecordKind, ids: string[]): Promise<Map<string, RecordFiles>> {
  const result = new Map<string, RecordFiles>();
  if (ids.length === 0) return result;
  const key = FOREIGN_KEY[kind];
  const rows = await db.attachment.findMany({
    where: { [key]: { in: ids } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true, fileName: true, mediaType: true, size: true, sha256: true, description: true, createdAt: true, replacedAt: true, isDemo: true,
      proposalId: true, progressReportId: true, scorecardEntryId: true, agendaItemId: true, forumId: true,
      uploadedBy: { select: { name: true } },
    },
  });
  for (const r of rows) {
    const owner = r[key] as string;
    const files = result.get(owner) ?? { current: [], history: [] };
    const k = kindOfMediaType(r.mediaType);
    const view: AttachmentView = {
      id: r.id, fileName: r.fileName, format: (k ?? "file").toUpperCase(), size: r.size, sha256: r.sha256, description: r.description,
      createdAt: r.createdAt, uploadedBy: r.uploadedBy?.name ?? null, replacedAt: r.replacedAt, viewable: k !== null && isInlineKind(k), isDemo: r.isDemo,
    };
    (r.replacedAt ? files.history : files.current).push(view);
    result.set(owner, files);
  }
  return result;
}

/** The files of one record. */
export async function filesOf(db: Db, kind: RecordKind, id: string): Promise<RecordFiles> {
  return (await attachmentsOn(db, kind, [id])).get(id) ?? NO_FILES;
}

export type UploadPage = {
  holder: HeldBy;
  files: RecordFiles;
  limits: AttachmentLimits;
  /** The file being replaced, when the form replaces one. */
  replacing: AttachmentView | null;
};

/** The upload form for `?on=…&id=…[&replaces=…]`: 404 for a record the visitor may not see, 403 if they may not add files. */
export async function uploadPage(actor: Actor, params: Record<string, string | undefined>, indicatorTitle?: (indicator: string) => string): Promise<Access<UploadPage>> {
  const parsed = recordRefSchema.safeParse(params);
  if (!parsed.success) return notFound;
  const db = getDb();
  const holder = await loadHolder(db, parsed.data.on, parsed.data.id, indicatorTitle);
  const result = access(actor, holder, (h) => h.resource, holder?.view ?? "proposal.view", holder?.attach);
  if (result.status !== "ok") return result;
  const files = await filesOf(db, parsed.data.on, parsed.data.id);
  const replacing = parsed.data.replaces ? files.current.find((f) => f.id === parsed.data.replaces) ?? null : null;
  if (parsed.data.replaces && !replacing) return notFound;
  return granted({ holder: result.value, files, limits: attachmentLimits(), replacing });
}
