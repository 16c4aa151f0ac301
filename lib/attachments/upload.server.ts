// Receiving an upload: the body is read as a stream (busboy), each file written to a temporary file
// while its SHA-256 is computed, so memory never holds more than a few pieces of any file, whatever
// its size. Limits are enforced while streaming: a declared body that is too large is refused before
// a byte is read, a file stops being written the moment it passes the limit, a stalled body is cut
// off. Only when the body has arrived whole are the files judged by their content and stored.
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { getDb, type Db } from "@/lib/db.server";
import { DomainError } from "@/lib/errors";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/policy/policy";
import { storeAttachments, type StagedFile } from "./commands.server";
import { cleanFileName, detectFileKind } from "./content";
import { loadHolder, mayAttach } from "./records.server";
import { descriptionSchema, isUploadError, recordRefSchema, type RecordRef, type UploadError } from "./schemas";
import { attachmentLimits, type AttachmentLimits } from "./settings";

export type UploadOutcome =
  | { ok: true; ref: RecordRef; href: string; count: number }
  | { ok: false; ref: RecordRef | null; code: UploadError; fileName?: string; values?: Record<string, string | number>; description: string };

const UPLOAD_DIR = path.join(os.tmpdir(), "pokja-uploads");

/**
 * Temporary files older than `olderThanMs` (a process that crashed mid-upload left them; a live upload
 * is cut off after 30 s of silence, so none is that old). Run at start-up.
 */
export async function sweepStaleUploads(dir = UPLOAD_DIR, olderThanMs = 60 * 60 * 1000, now = Date.now()) {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith("upload-")).map(async (n) => {
    const file = path.join(dir, n);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > olderThanMs) await rm(file, { force: true });
  }));
}

type Received = { path: string; rawName: string; size: number; sha256: string; tooBig: boolean };
type Options = { limits: AttachmentLimits; tmpDir?: string; idleMs?: number };

class Refused extends Error {
  constructor(readonly code: UploadError) {
    super(code);
  }
}

/** The multipart body read into temporary files; fields are kept short. */
async function receive(body: ReadableStream<Uint8Array>, headers: Headers, o: { dir: string; maxBytes: number; maxFiles: number; cap: number; idleMs: number }) {
  const fields: Record<string, string> = {};
  const files: Received[] = [];
  const writes: Promise<void>[] = [];
  const outs: ReturnType<typeof createWriteStream>[] = [];
  let tooManyFiles = false;
  let parser: ReturnType<typeof busboy>;
  try {
    parser = busboy({
      headers: Object.fromEntries(headers),
      limits: { fileSize: o.maxBytes, files: o.maxFiles, fields: 10, fieldSize: 8 * 1024, parts: o.maxFiles + 10, headerPairs: 50 },
      defParamCharset: "utf8",
    });
  } catch {
    // busboy throws on a multipart content type it cannot read (no boundary, a malformed parameter).
    throw new Refused("malformed");
  }
  const source = Readable.fromWeb(body as WebReadableStream<Uint8Array>);
  return new Promise<{ fields: Record<string, string>; files: Received[]; tooManyFiles: boolean }>((resolve, reject) => {
    let settled = false;
    let total = 0;
    let idle: NodeJS.Timeout | undefined;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(idle);
      source.destroy();
      reject(error);
    };
    const touch = () => {
      clearTimeout(idle);
      idle = setTimeout(() => fail(new Refused("interrupted")), o.idleMs);
    };
    touch();
    source.on("data", (chunk: Buffer) => {
      total += chunk.length;
      touch();
      // A body without a declared length is held to the same ceiling as one with.
      if (total > o.cap) fail(new Refused("tooBig"));
    });
    source.on("error", () => fail(new Refused("interrupted")));
    source.on("aborted", () => fail(new Refused("interrupted")));
    parser.on("field", (name, value) => {
      if (name === "description") fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      // A file input left empty still sends a part, with no name and no bytes.
      if (name !== "file" || !info.filename) {
        // A body cut off inside this part errors the stream too; the parser's own error says so, and
        // an error event without a listener would be an uncaught exception.
        stream.on("error", () => undefined);
        stream.resume();
        return;
      }
      const file: Received = { path: path.join(o.dir, `upload-${randomBytes(12).toString("hex")}`), rawName: info.filename, size: 0, sha256: "", tooBig: false };
      files.push(file);
      const hash = createHash("sha256");
      const out = createWriteStream(file.path, { flags: "wx", mode: 0o600 });
      outs.push(out);
      // Settles when the file is written whole, fails on a write error, and settles too when the
      // stream is destroyed because the body was cut off (then the file is deleted below).
      writes.push(new Promise<void>((done, failed) => {
        out.on("finish", done);
        out.on("error", failed);
        out.on("close", () => (out.writableFinished ? done() : failed(new Refused("interrupted"))));
      }));
      stream.on("data", (chunk: Buffer) => {
        file.size += chunk.length;
        hash.update(chunk);
        if (!out.write(chunk)) {
          stream.pause();
          out.once("drain", () => stream.resume());
        }
      });
      // Past the limit busboy stops passing on bytes; what was written is deleted with the rest.
      stream.on("limit", () => {
        file.tooBig = true;
      });
      stream.on("end", () => {
        file.sha256 = hash.digest("hex");
        out.end();
      });
      stream.on("error", () => out.destroy());
    });
    parser.on("filesLimit", () => {
      tooManyFiles = true;
    });
    // A body that is not well-formed multipart (a browser never sends one) is said as such.
    parser.on("error", () => fail(new Refused("malformed")));
    parser.on("close", () => {
      if (settled) return;
      clearTimeout(idle);
      Promise.all(writes).then(
        () => {
          settled = true;
          resolve({ fields, files, tooManyFiles });
        },
        (error: Error) => fail(error),
      );
    });
    source.pipe(parser);
  }).catch(async (error) => {
    for (const out of outs) out.destroy();
    await Promise.allSettled(writes);
    await Promise.all(files.map((f) => rm(f.path, { force: true })));
    throw error;
  });
}

/**
 * One upload request: `?on=<kind>&id=<record>[&replaces=<file>]`, a multipart body with a
 * `description` field and one or more `file` parts. Nothing is stored unless every file is accepted.
 */
export async function receiveUpload(db: Db, actor: Actor, request: Request, options: Options): Promise<UploadOutcome> {
  const url = new URL(request.url);
  const parsedRef = recordRefSchema.safeParse(Object.fromEntries(url.searchParams));
  const ref = parsedRef.success ? parsedRef.data : null;
  const refuse = (code: UploadError, description = "", extra: Partial<Extract<UploadOutcome, { ok: false }>> = {}): UploadOutcome => ({ ok: false, ref, code, description, ...extra });
  if (!ref || !actor) return refuse("notAllowed");
  // Who may not add files here is told so before a byte of the body is read.
  const holder = await loadHolder(db, ref.on, ref.id);
  if (!holder || !mayAttach(actor, holder)) return refuse("notAllowed");
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data") || !request.body) return refuse("noFile");
  const { limits } = options;
  const perRequest = ref.replaces ? 1 : limits.maxFiles;
  const cap = limits.maxBytes * perRequest + 1024 * 1024;
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > cap) return refuse("tooBig", "", { values: { max: Math.round(limits.maxBytes / (1024 * 1024)) } });

  const dir = options.tmpDir ?? UPLOAD_DIR;
  await mkdir(dir, { recursive: true, mode: 0o700 });
  let received: Awaited<ReturnType<typeof receive>>;
  try {
    received = await receive(request.body, request.headers, { dir, maxBytes: limits.maxBytes, maxFiles: perRequest, cap, idleMs: options.idleMs ?? 30_000 });
  } catch (error) {
    if (error instanceof Refused) return refuse(error.code, "", error.code === "tooBig" ? { values: { max: Math.round(limits.maxBytes / (1024 * 1024)) } } : {});
    throw error;
  }
  const rawDescription = received.fields.description ?? "";
  const keep = rawDescription.slice(0, 1000);
  try {
    if (received.tooManyFiles) return refuse(ref.replaces ? "replaceOne" : "tooManyAtOnce", keep, { values: { max: perRequest } });
    if (received.files.length === 0) return refuse("noFile", keep);
    const description = descriptionSchema.safeParse(rawDescription);
    if (!description.success) {
      const code = description.error.issues[0]?.message;
      return refuse(isUploadError(code) ? code : "descriptionRequired", keep);
    }
    const staged: StagedFile[] = [];
    for (const f of received.files) {
      const shownName = f.rawName.slice(0, 300);
      if (f.tooBig) return refuse("tooBig", keep, { fileName: shownName, values: { max: Math.round(limits.maxBytes / (1024 * 1024)) } });
      const detected = await detectFileKind(f.path, f.size);
      if (!detected.ok) return refuse(detected.reason, keep, { fileName: shownName });
      const name = cleanFileName(f.rawName, detected.kind);
      if (!name.ok) return refuse("mismatch", keep, { fileName: shownName });
      staged.push({ path: f.path, size: f.size, sha256: f.sha256, kind: detected.kind, fileName: name.name });
    }
    try {
      const stored = await storeAttachments(db, actor, ref, description.data, staged, limits);
      return { ok: true, ref, href: stored.href, count: stored.ids.length };
    } catch (error) {
      if (error instanceof DomainError && isUploadError(error.code)) return refuse(error.code, keep, { values: error.values, fileName: typeof error.values?.file === "string" ? error.values.file : undefined });
      if (error instanceof ForbiddenError || error instanceof NotFoundError) return refuse("notAllowed", keep);
      throw error;
    }
  } finally {
    await Promise.all(received.files.map((f) => rm(f.path, { force: true })));
  }
}

/** The upload endpoint's request, against the portal's database and settings. */
export const receiveFromRequest = (actor: Actor, request: Request) => receiveUpload(getDb(), actor, request, { limits: attachmentLimits() });
