// The upload path under arbitrary input: random multipart bodies (random boundaries, garbled part
// headers, hostile file names, random bytes behind real signatures, cut-off and unterminated bodies,
// odd request headers) and hostile query strings, streamed into the real receiveUpload against the
// real database. Whatever arrives, the answer is ok or a known refusal, no temporary file is left,
// a refusal stores nothing, and every stored file is well named and comes back byte for byte.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { crc32 } from "node:zlib";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXTENSIONS, kindOfMediaType, MEDIA_TYPES, type MediaKind } from "@/lib/attachments/content";
import { attachmentResponse } from "@/lib/attachments/download.server";
import { isUploadError } from "@/lib/attachments/schemas";
import { receiveUpload, type UploadOutcome } from "@/lib/attachments/upload.server";
import { createProposal } from "@/lib/proposals/commands.server";
import { draftSchema } from "@/lib/proposals/schemas";
import { createTestDb, provider, type TestDb } from "../../support/db";
import { delegateFor, type DelegateActor } from "../../support/actors";
import { bytesOf, pdfOf, PNG, sha256, uploadRequest, UPLOAD_ORIGIN } from "../../support/files";
import { hostileString, hostileValue } from "./hostile";

const limits = { maxBytes: 256 * 1024, maxFiles: 50 };
const RUNS = { bodies: 250, accepted: 80, queries: 150 };

// ---------------------------------------------------------------------------------------------
// Payloads: random bytes, often behind a real signature, or a small real office document.

const ascii = (s: string) => Buffer.from(s, "latin1");
const SIGNATURES: Record<string, Buffer> = {
  pdf: ascii("%PDF-1.7\n"),
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  png: PNG.subarray(0, 8),
  webp: Buffer.concat([ascii("RIFF"), Buffer.from([0x24, 0, 0, 0]), ascii("WEBPVP8 ")]),
  zip: Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  exe: ascii("MZ"),
  elf: Buffer.from([0x7f, 0x45, 0x4c, 0x46]),
  html: ascii("<!doctype html><script>alert(1)</script>"),
  svg: ascii('<svg xmlns="http://www.w3.org/2000/svg"/>'),
  gif: ascii("GIF89a"),
  none: Buffer.alloc(0),
};
const ACCEPTED_SIGNATURES = ["pdf", "jpeg", "png", "webp"] as const;

/** A zip of stored entries, exactly as detectFileKind wants an office document to be. */
function zipOf(entries: [string, string][]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [entryName, text] of entries) {
    const name = Buffer.from(entryName);
    const data = Buffer.from(text);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    central.push(entry, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, eocd]);
}

const OFFICE = {
  docx: (n: string) => zipOf([["[Content_Types].xml", "<Types/>"], ["word/document.xml", `<w:document>${n}</w:document>`]]),
  xlsx: (n: string) => zipOf([["[Content_Types].xml", "<Types/>"], ["xl/workbook.xml", `<workbook>${n}</workbook>`]]),
  odt: (n: string) => zipOf([["mimetype", MEDIA_TYPES.odt], ["content.xml", `<office:document-content>${n}</office:document-content>`]]),
  ods: (n: string) => zipOf([["mimetype", MEDIA_TYPES.ods], ["content.xml", `<office:document-content>${n}</office:document-content>`]]),
};

type Payload =
  | { t: "signed"; sig: keyof typeof SIGNATURES; rest: Uint8Array; unique: boolean }
  | { t: "office"; kind: keyof typeof OFFICE; flips: [number, number][] }
  | { t: "bytes"; bytes: Uint8Array }
  | { t: "big" };

const payloadArb: fc.Arbitrary<Payload> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ t: fc.constant("signed" as const), sig: fc.constantFrom(...(Object.keys(SIGNATURES) as (keyof typeof SIGNATURES)[])), rest: fc.uint8Array({ maxLength: 1500 }), unique: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("office" as const), kind: fc.constantFrom(...(Object.keys(OFFICE) as (keyof typeof OFFICE)[])), flips: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("bytes" as const), bytes: fc.uint8Array({ maxLength: 3000 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("big" as const) }) },
);

/** Likely to be accepted: a real signature or office document, made unique so it is no duplicate. */
const acceptablePayloadArb: fc.Arbitrary<Payload> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ t: fc.constant("signed" as const), sig: fc.constantFrom(...ACCEPTED_SIGNATURES), rest: fc.uint8Array({ maxLength: 1500 }), unique: fc.constant(true) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("office" as const), kind: fc.constantFrom(...(Object.keys(OFFICE) as (keyof typeof OFFICE)[])), flips: fc.constant([] as [number, number][]) }) },
);

/** The bytes of a payload; `serial` keeps "unique" payloads apart across runs (made when the run is). */
function bytesOfPayload(p: Payload, serial: number): Buffer {
  const nonce = `run-${serial}`;
  switch (p.t) {
    case "signed":
      return Buffer.concat([SIGNATURES[p.sig], Buffer.from(p.rest), p.unique ? ascii(`\n%${nonce}\n`) : Buffer.alloc(0)]);
    case "office": {
      const doc = OFFICE[p.kind](nonce);
      for (const [at, byte] of p.flips) doc[at % doc.length] = byte;
      return doc;
    }
    case "bytes":
      return Buffer.from(p.bytes);
    case "big":
      return pdfOf(limits.maxBytes + 1 + (serial % 100), serial);
  }
}

// ---------------------------------------------------------------------------------------------
// Multipart bodies.

/** What a header value can carry at all (the test builds the Request; undici refuses the rest). */
const headerSafe = (s: string) => s.replace(/[\0\r\n]|[^\x00-\xff]/g, "");
/** RFC 5987 percent-encoding of the UTF-8 bytes (lone surrogates become U+FFFD, as a browser sends them). */
const pct = (s: string) => Array.from(Buffer.from(s, "utf8"), (b) => (/[A-Za-z0-9!#$&+.^_`|~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`)).join("");
/** A quoted parameter as browsers write it: CR, LF and '"' percent-encoded, nothing else escaped. */
const browserQuoted = (s: string) => `"${s.replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/"/g, "%22")}"`;

const TRICKY_NAMES = [
  "laporan.pdf", "foto.PNG", "foto.jpeg", "../../etc/passwd.pdf", "..\\..\\windows\\system32\\x.pdf", "C:\\fakepath\\bukti.pdf", "/", "dir/", "\\",
  "pass\u202Egnp.pdf", "\u202Efdp.exe", "a\u200Bb\u2066c\u2069.pdf", "x\u0000.pdf", "x\r\nContent-Type: text/html\r\n\r\n.pdf", "x\".pdf", "x\\\".pdf",
  "%00.pdf", "%0D%0A.pdf", ".pdf", "....", " . ", "CON.pdf", "a".repeat(400), `${"é".repeat(200)}.pdf`, `${"e\u0301".repeat(200)}.docx`, "🙂".repeat(120),
  `${"🙂".repeat(74)}x.pdf`, "name.pdf.exe", "name.exe.pdf", "name.html", "name.svg", "name.", "name.pdf ", "name.pdf\u0085", "x;filename=y.pdf", "\uFEFFbom.pdf",
  "\u037E.pdf", "x.pd\u0066", "x.p\u0000df", "\ud800.pdf", "\udc00x.png", "x.ｐｄｆ", "x.xlsx", "x.ODS", "x.docx.pdf",
];
const extension = fc.constantFrom("", ".pdf", ".PDF", ".png", ".jpg", ".jpeg", ".webp", ".docx", ".xlsx", ".odt", ".ods", ".exe", ".html", ".svg", ".pdf.", ".pdf\u200B");
const fileNameArb = fc.oneof(
  fc.constantFrom(...TRICKY_NAMES),
  fc.tuple(hostileString, extension).map(([a, b]) => a + b),
  fc.tuple(fc.string({ unit: "binary", maxLength: 60 }), extension).map(([a, b]) => a + b),
  fc.tuple(fc.string({ unit: "grapheme", maxLength: 60 }), extension).map(([a, b]) => a + b),
);
const descriptionArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("Bukti kegiatan", "Notulen rapat ULD", "SK Wali Kota – ditandatangani", "Foto 🙂 loket") },
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
);
/** A header line of arbitrary text (kept on one line) or a known one. */
const headerLineArb = fc.oneof(
  fc.constantFrom("Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: quoted-printable", "Content-Length: 99999999999", "Content-Type: text/html", "X-Evil: \u00ff\u00fe", ": no name", "NoColon", " leading: space"),
  fc.string({ maxLength: 60 }).map((s) => s.replace(/[\r\n]/g, " ")),
);
const partTypeArb = fc.option(fc.oneof(
  fc.constantFrom("application/pdf", "application/octet-stream", "image/png", "text/html", "image/svg+xml", "multipart/mixed; boundary=x", "application/pdf; charset=\"utf-8\"", ""),
  fc.string({ maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, " ")),
), { nil: null });

type FilePart = {
  t: "file"; name: string; fileName: string; style: "quoted" | "star" | "both" | "raw" | "none"; charset: string;
  type: string | null; extra: string[]; payload: Payload;
};
type Part =
  | FilePart
  | { t: "description"; value: string }
  | { t: "field"; name: string; value: string }
  | { t: "garbage"; head: Uint8Array; body: Uint8Array };

const filePartArb = (payload: fc.Arbitrary<Payload>, wellFormed: boolean): fc.Arbitrary<FilePart> =>
  fc.record({
    t: fc.constant("file" as const),
    name: wellFormed ? fc.constant("file") : fc.oneof({ weight: 6, arbitrary: fc.constant("file") }, { weight: 1, arbitrary: fc.constantFrom("File", "file ", "files[]", "description", "") }, { weight: 1, arbitrary: hostileString }),
    fileName: fileNameArb,
    style: wellFormed
      ? fc.constantFrom("quoted" as const, "star" as const, "both" as const)
      : fc.oneof({ weight: 6, arbitrary: fc.constantFrom("quoted" as const, "star" as const, "both" as const) }, { weight: 1, arbitrary: fc.constantFrom("raw" as const, "none" as const) }),
    charset: wellFormed ? fc.constantFrom("UTF-8", "utf-8") : fc.constantFrom("UTF-8", "utf-8", "iso-8859-1", "x-unknown", "base64", ""),
    type: wellFormed ? fc.constantFrom("application/pdf", "application/octet-stream", "image/png") as fc.Arbitrary<string | null> : partTypeArb,
    extra: wellFormed ? fc.constant<string[]>([]) : fc.oneof({ weight: 4, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.array(headerLineArb, { minLength: 1, maxLength: 2 }) }),
    payload,
  });
/** A file part as a browser sends it, whose content is of an accepted kind, named (or not) for it. */
const acceptedFilePartArb: fc.Arbitrary<FilePart> = fc.record({
  file: filePartArb(acceptablePayloadArb, true),
  base: fc.oneof(fc.constantFrom(...TRICKY_NAMES), hostileString, fc.string({ unit: "binary", maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 60 })),
  ext: fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 1 }) }, { weight: 1, arbitrary: fc.constantFrom("", ".exe", ".html", ".txt", ".PDF.exe") }),
  upper: fc.boolean(),
}).map(({ file, base, ext, upper }) => {
  const kind = file.payload.t === "office" ? file.payload.kind : file.payload.t === "signed" ? (file.payload.sig as MediaKind) : "pdf";
  const own = EXTENSIONS[kind];
  const suffix = typeof ext === "number" ? `.${own[ext % own.length]}` : ext;
  return { ...file, fileName: base + (upper ? suffix.toUpperCase() : suffix) };
});

const partArb: fc.Arbitrary<Part> = fc.oneof(
  { weight: 3, arbitrary: acceptedFilePartArb },
  { weight: 3, arbitrary: filePartArb(payloadArb, false) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant("description" as const), value: descriptionArb }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("field" as const), name: hostileString, value: hostileString }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("garbage" as const), head: fc.uint8Array({ maxLength: 80 }), body: fc.uint8Array({ maxLength: 200 }) }) },
);

/** Boundary characters browsers use: tokens, which need no quotes. */
const TOKEN = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'+_.-".split("");
/** RFC 2046 allows these as well, but only in a quoted boundary. */
const BCHARS = [...TOKEN, ..."(),/:=? "];
const boundaryArb = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: fc.constantFrom(...TOKEN), minLength: 1, maxLength: 70 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...BCHARS), minLength: 1, maxLength: 70 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 70 }).map(headerSafe).filter((s) => s.trim() !== "") },
  { weight: 1, arbitrary: fc.constantFrom("----WebKitFormBoundary7MA4YWxkTrZu0gW", "-", "a", "--", "x".repeat(70), "x".repeat(300), "a b", "\u00e9t\u00e9", "\"", ";") },
);
type ContentTypeStyle = "plain" | "quoted" | "upper" | "params" | "none" | "empty" | "wrong" | "datax" | "mixed" | "urlencoded" | "absent" | "double" | "hostile";
const contentTypeArb = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom<ContentTypeStyle>("plain", "quoted", "upper", "params") },
  { weight: 4, arbitrary: fc.constantFrom<ContentTypeStyle>("none", "empty", "wrong", "datax", "mixed", "urlencoded", "absent", "double", "hostile") },
);

type Body = {
  boundary: string; contentType: ContentTypeStyle; hostileType: string; preamble: Uint8Array; parts: Part[]; many: number; closing: boolean;
  epilogue: Uint8Array; lf: boolean; truncateAt: number | null; cuts: number[]; end: "close" | "error"; delivery: "stream" | "buffer" | "none";
  contentLength: "absent" | "exact" | "huge" | "short" | "junk"; junkLength: string;
};

const bodyArb: fc.Arbitrary<Body> = fc.record({
  boundary: boundaryArb,
  contentType: contentTypeArb,
  hostileType: fc.oneof(hostileString, fc.string({ unit: "binary-ascii", maxLength: 60 })).map(headerSafe),
  preamble: fc.oneof({ weight: 8, arbitrary: fc.constant(new Uint8Array()) }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 60 }) }),
  parts: fc.oneof({ weight: 1, arbitrary: fc.constant<Part[]>([]) }, { weight: 10, arbitrary: fc.array(partArb, { minLength: 1, maxLength: 6 }) }),
  many: fc.oneof({ weight: 12, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 45, max: 70 }) }),
  closing: fc.oneof({ weight: 8, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  epilogue: fc.oneof({ weight: 4, arbitrary: fc.constant(new Uint8Array()) }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 60 }) }),
  lf: fc.oneof({ weight: 16, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  truncateAt: fc.oneof({ weight: 8, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
  cuts: fc.array(fc.integer({ min: 1, max: 4096 }), { maxLength: 12 }),
  end: fc.oneof({ weight: 12, arbitrary: fc.constant("close" as const) }, { weight: 1, arbitrary: fc.constant("error" as const) }),
  delivery: fc.oneof({ weight: 8, arbitrary: fc.constant("stream" as const) }, { weight: 2, arbitrary: fc.constant("buffer" as const) }, { weight: 1, arbitrary: fc.constant("none" as const) }),
  contentLength: fc.oneof({ weight: 8, arbitrary: fc.constant("absent" as const) }, { weight: 3, arbitrary: fc.constantFrom("exact" as const, "huge" as const, "short" as const, "junk" as const) }),
  junkLength: fc.constantFrom("abc", "-1", "1e309", "Infinity", "0x7fffffff", " 12 ", "", "0", "1.5", "99999999999999999999999"),
});

/** Bodies a browser could have sent: well formed, a description, one to three likely-accepted files. */
const acceptedBodyArb: fc.Arbitrary<Body> = fc.record({
  boundary: fc.string({ unit: fc.constantFrom(...TOKEN), minLength: 8, maxLength: 70 }),
  contentType: fc.constantFrom<ContentTypeStyle>("plain", "quoted", "upper", "params"),
  hostileType: fc.constant(""),
  preamble: fc.constant(new Uint8Array()),
  parts: fc.tuple(
    fc.record({ t: fc.constant("description" as const), value: fc.constantFrom("Bukti kegiatan", "Notulen rapat ULD", "Foto 🙂 loket", "SK\u202E Wali Kota\u0000") }),
    fc.array(acceptedFilePartArb, { minLength: 1, maxLength: 3 }),
    fc.boolean(),
  ).map(([d, files, last]) => (last ? [...files, d] : [d, ...files]) as Part[]),
  many: fc.constant(0),
  closing: fc.constant(true),
  epilogue: fc.constant(new Uint8Array()),
  lf: fc.constant(false),
  truncateAt: fc.constant(null),
  cuts: fc.array(fc.integer({ min: 1, max: 4096 }), { maxLength: 12 }),
  end: fc.constant("close" as const),
  delivery: fc.constantFrom("stream" as const, "buffer" as const),
  contentLength: fc.constantFrom("absent" as const, "exact" as const),
  junkLength: fc.constant(""),
});

type Built = {
  request: Request;
  /** The SHA-256 of every file part's bytes, when the body is clean enough to know them; else null. */
  sentFiles: Set<string> | null;
  /** Whether the stream was ended normally (not with an error). */
  endedNormally: boolean;
};

function partBytes(p: Part, serial: number, nl: string): { head: Buffer; body: Buffer; clean: boolean; file?: Buffer } {
  const text = (s: string) => Buffer.from(s, "utf8");
  switch (p.t) {
    case "description":
      return { head: text(`Content-Disposition: form-data; name="description"`), body: text(p.value), clean: true };
    case "field":
      return { head: text(`Content-Disposition: form-data; name=${browserQuoted(p.name)}`), body: text(p.value), clean: true };
    case "garbage":
      return { head: Buffer.from(p.head), body: Buffer.from(p.body), clean: false };
    case "file": {
      const data = bytesOfPayload(p.payload, serial);
      const param = {
        quoted: `; filename=${browserQuoted(p.fileName)}`,
        star: `; filename*=${p.charset}''${pct(p.fileName)}`,
        both: `; filename=${browserQuoted(p.fileName)}; filename*=${p.charset}''${pct(p.fileName)}`,
        raw: `; filename="${p.fileName}"`,
        none: "",
      }[p.style];
      const lines = [`Content-Disposition: form-data; name=${browserQuoted(p.name)}${param}`, ...(p.type === null ? [] : [`Content-Type: ${p.type}`]), ...p.extra];
      return { head: text(lines.join(nl)), body: data, clean: p.style !== "raw" && p.extra.length === 0, file: data };
    }
  }
}

function build(b: Body, query: Record<string, string>, serial: number): Built {
  const nl = b.lf ? "\n" : "\r\n";
  const B = b.boundary;
  const delimiter = Buffer.from(`--${B}`, "utf8");
  const chunks: Buffer[] = [Buffer.from(b.preamble)];
  const sent: Buffer[] = [];
  let clean = !b.lf && b.preamble.length === 0;
  const built = b.parts.map((p) => partBytes(p, serial, nl));
  const parts = b.many > 0 && built.length > 0 ? Array.from({ length: b.many }, (_, i) => built[i % built.length]) : built;
  for (const { head, body, clean: partClean, file } of parts) {
    // A part that holds the boundary itself is split where the test cannot tell.
    clean &&= partClean && !head.includes(delimiter) && !body.includes(delimiter);
    if (file) sent.push(file);
    chunks.push(Buffer.from(`--${B}${nl}`, "utf8"), head, Buffer.from(`${nl}${nl}`), body, Buffer.from(nl));
  }
  if (b.closing) chunks.push(Buffer.from(`--${B}--${nl}`, "utf8"));
  chunks.push(Buffer.from(b.epilogue));
  let bytes = Buffer.concat(chunks);
  if (b.truncateAt !== null) {
    bytes = bytes.subarray(0, b.truncateAt % (bytes.length + 1));
    clean = false;
  }

  const headers: [string, string][] = [];
  const type = {
    plain: `multipart/form-data; boundary=${B}`,
    quoted: `multipart/form-data; boundary="${B.replace(/["\\]/g, "\\$&")}"`,
    upper: `MULTIPART/FORM-DATA; BOUNDARY=${B}`,
    params: `multipart/form-data; charset=utf-8; boundary=${B}; x=y`,
    none: "multipart/form-data",
    empty: "multipart/form-data; boundary=",
    wrong: `multipart/form-data; boundary=${B}x`,
    datax: `multipart/form-datax; boundary=${B}`,
    mixed: `multipart/mixed; boundary=${B}`,
    urlencoded: "application/x-www-form-urlencoded",
    absent: null,
    double: `multipart/form-data; boundary=${B}`,
    hostile: `multipart/form-data${b.hostileType}`,
  }[b.contentType];
  if (type !== null) headers.push(["content-type", headerSafe(type)]);
  if (b.contentType === "double") headers.push(["content-type", "multipart/form-data; boundary=other"]);
  const length = { absent: null, exact: String(bytes.length), huge: String(10 * 1024 ** 3), short: "1", junk: b.junkLength }[b.contentLength];
  if (length !== null) headers.push(["content-length", length]);
  if (!b.contentType.match(/^(plain|quoted|upper|params)$/) || b.contentLength === "huge") clean = false;

  const url = `${UPLOAD_ORIGIN}/api/uploads?${new URLSearchParams(query)}`;
  let body: BodyInit | null = null;
  if (b.delivery === "buffer") body = new Uint8Array(bytes);
  if (b.delivery === "stream") {
    const pieces: Buffer[] = [];
    let at = 0;
    for (const cut of b.cuts) {
      if (at >= bytes.length) break;
      pieces.push(bytes.subarray(at, at + cut));
      at += cut;
    }
    if (at < bytes.length) pieces.push(bytes.subarray(at));
    body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = pieces.shift();
        if (next) controller.enqueue(new Uint8Array(next));
        else if (b.end === "close") controller.close();
        else controller.error(new Error("connection reset"));
      },
    });
  }
  if (b.delivery === "none" || b.end === "error") clean = false;
  const request = new Request(url, { method: "POST", headers, body, duplex: "half" } as RequestInit);
  return { request, sentFiles: clean ? new Set(sent.map(sha256)) : null, endedNormally: b.delivery !== "stream" || b.end === "close" };
}

// ---------------------------------------------------------------------------------------------

/** Characters a stored name must never hold: controls, format (bidi, zero-width) characters, lone surrogates. */
const FORBIDDEN_IN_NAME = /[/\\\p{Cc}\p{Cf}\p{Cs}]/u;

describe(`uploads under arbitrary input (${provider})`, () => {
  let t: TestDb;
  let tmp: string;
  let bandung: DelegateActor;
  let serial = 0;
  const upload = (request: Request) => receiveUpload(t.db, bandung, request, { limits, tmpDir: tmp, idleMs: 5_000 });
  type Counts = { attachments: Set<string>; chunks: number; audit: number };
  const counts = async (): Promise<Counts> => ({
    attachments: new Set((await t.db.attachment.findMany({ select: { id: true } })).map((a) => a.id)),
    chunks: await t.db.attachmentChunk.count(),
    audit: await t.db.auditEvent.count(),
  });
  const newDraft = async (title: string) => (await createProposal(t.db, bandung, draftSchema.parse({ title }))).id;
  /** A draft with room for another upload: a new one once the current one is nearly full. */
  const roomy = async (current: string, title: string) =>
    (await t.db.attachment.count({ where: { proposalId: current, replacedAt: null } })) > limits.maxFiles - 8 ? newDraft(title) : current;

  beforeAll(async () => {
    t = await createTestDb({ seeded: true });
    tmp = await mkdtemp(path.join(os.tmpdir(), "pokja-upload-fuzz-"));
    bandung = await delegateFor(t.db, "delegasi.bandung@pokja.example");
  });
  afterAll(async () => {
    await t.drop();
    await rm(tmp, { recursive: true, force: true });
  });

  /** What holds after every upload, whatever was sent. */
  async function checkOutcome(outcome: UploadOutcome, before: Counts, built: Built) {
    const detail = JSON.stringify(outcome);
    expect(outcome.ok === true || isUploadError(outcome.code), detail).toBe(true);
    expect(await readdir(tmp), detail).toEqual([]);
    const after = await counts();
    if (!outcome.ok) {
      expect(after, detail).toEqual(before);
      // A body that ended normally is never said to have been cut off: it did not hang.
      if (built.endedNormally) expect(outcome.code, detail).not.toBe("interrupted");
      return;
    }
    const added = [...after.attachments].filter((id) => !before.attachments.has(id));
    expect(added, detail).toHaveLength(outcome.count);
    expect(after.attachments.size, detail).toBe(before.attachments.size + outcome.count);
    const rows = await t.db.attachment.findMany({ where: { id: { in: added } } });
    for (const row of rows) expect(row.proposalId, detail).toBe(outcome.ref.id);
    for (const row of rows) await checkStored(row, built);
  }

  /** A stored file: a known kind, a clean name with the right extension, whole, and served back byte for byte. */
  async function checkStored(row: { id: string; fileName: string; mediaType: string; size: number; sha256: string }, built: Built) {
    const detail = JSON.stringify(row);
    const kind = kindOfMediaType(row.mediaType);
    expect(kind, detail).not.toBeNull();
    expect(Object.values(MEDIA_TYPES), detail).toContain(row.mediaType);
    expect(row.fileName, detail).not.toMatch(FORBIDDEN_IN_NAME);
    expect(row.fileName.length, detail).toBeGreaterThan(0);
    expect(row.fileName.length, detail).toBeLessThanOrEqual(160);
    const dot = row.fileName.lastIndexOf(".");
    expect(dot, detail).toBeGreaterThan(0);
    expect(EXTENSIONS[kind!], detail).toContain(row.fileName.slice(dot + 1).toLowerCase());

    const chunks = await t.db.attachmentChunk.findMany({ where: { attachmentId: row.id }, orderBy: { position: "asc" } });
    expect(chunks.map((c) => c.position), detail).toEqual(chunks.map((_, i) => i));
    const whole = Buffer.concat(chunks.map((c) => Buffer.from(c.data)));
    expect(whole.length, detail).toBe(row.size);
    expect(sha256(whole), detail).toBe(row.sha256);
    if (built.sentFiles) expect([...built.sentFiles], detail).toContain(row.sha256);

    for (const inline of [false, true]) {
      const response = await attachmentResponse(t.db, bandung, row.id, { inline, ifNoneMatch: null });
      expect(response.status, detail).toBe(200);
      expect(response.headers.get("x-content-type-options"), detail).toBe("nosniff");
      const disposition = response.headers.get("content-disposition") ?? "";
      expect(disposition, detail).toMatch(/^(attachment|inline); filename="/);
      expect(disposition, detail).not.toMatch(/[\r\n]/);
      expect(disposition, detail).toMatch(/^[\x20-\x7e]+$/);
      expect(response.headers.get("content-length"), detail).toBe(String(row.size));
      expect((await bytesOf(response)).equals(whole), detail).toBe(true);
    }
  }

  // Counterexamples the properties below found, kept as they were minimised.
  it("says a multipart content type busboy cannot read is malformed, instead of failing with a server error", async () => {
    const draft = await newDraft("Draf uji tipe isi rusak");
    const before = await counts();
    for (const type of ["multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=,00000000", "multipart/form-datax; boundary=a", "multipart/form-data; charset=\u00ff; boundary=x"]) {
      const request = new Request(`${UPLOAD_ORIGIN}/api/uploads?on=proposal&id=${draft}`, { method: "POST", headers: { "content-type": type }, body: "--a\r\n" });
      const outcome = await upload(request);
      expect(outcome, type).toMatchObject({ ok: false, code: "malformed" });
    }
    expect(await counts()).toEqual(before);
    expect(await readdir(tmp)).toEqual([]);
  });

  it("says a body cut off inside a part it skips is malformed, without an uncaught error taking the process down", async () => {
    const draft = await newDraft("Draf uji bagian terputus");
    const uncaught: unknown[] = [];
    let current = "";
    const listener = (error: unknown) => uncaught.push(`${current}: ${String(error)}`);
    process.on("uncaughtException", listener);
    try {
      // A file part under another name, an empty file input, and a part busboy takes for a file by its type alone.
      for (const head of ['name="lain"; filename="x.pdf"', 'name="file"; filename=""', 'name="file"\r\nContent-Type: application/octet-stream']) {
        current = head;
        const body = `--b\r\nContent-Disposition: form-data; name="description"\r\n\r\nBukti\r\n--b\r\nContent-Disposition: form-data; ${head}\r\n\r\n%PDF-1.4 cut off here`;
        const request = new Request(`${UPLOAD_ORIGIN}/api/uploads?on=proposal&id=${draft}`, { method: "POST", headers: { "content-type": "multipart/form-data; boundary=b" }, body });
        expect(await upload(request), head).toMatchObject({ ok: false, code: "malformed" });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      process.off("uncaughtException", listener);
    }
    expect(uncaught).toEqual([]);
    expect(await readdir(tmp)).toEqual([]);
  });

  it("answers any multipart body with ok or a known refusal, leaving no file behind and storing nothing when it refuses", async () => {
    let draft = await newDraft("Draf uji acak badan unggahan");
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(bodyArb, async (body) => {
        draft = await roomy(draft, "Draf uji acak badan unggahan (lanjutan)");
        const built = build(body, { on: "proposal", id: draft }, ++serial);
        const before = await counts();
        const outcome = await upload(built.request);
        seen.set(outcome.ok ? "ok" : outcome.code, (seen.get(outcome.ok ? "ok" : outcome.code) ?? 0) + 1);
        await checkOutcome(outcome, before, built);
      }),
      { numRuns: RUNS.bodies },
    );
    // The generator reaches both sides: bodies stored and bodies refused for several reasons.
    expect(seen.get("ok") ?? 0, JSON.stringify([...seen])).toBeGreaterThan(0);
    expect(seen.size, JSON.stringify([...seen])).toBeGreaterThan(5);
  }, 60_000);

  it("stores only well-named, whole files of an accepted kind, and serves back exactly their bytes", async () => {
    let draft = await newDraft("Draf uji acak berkas diterima");
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(acceptedBodyArb, async (body) => {
        draft = await roomy(draft, "Draf uji acak berkas diterima (lanjutan)");
        const built = build(body, { on: "proposal", id: draft }, ++serial);
        const before = await counts();
        const outcome = await upload(built.request);
        await checkOutcome(outcome, before, built);
        if (outcome.ok) stored += outcome.count;
      }),
      { numRuns: RUNS.accepted },
    );
    // Most such bodies are accepted (some are refused for a name that claims another kind).
    expect(stored).toBeGreaterThan(RUNS.accepted / 2);
  }, 60_000);

  it("never fails nor stores on a hostile query string", async () => {
    let draft = await newDraft("Draf uji acak alamat unggahan");
    const submitted = (await t.db.proposal.findFirstOrThrow({ where: { city: { slug: "bandung" }, status: "SUBMITTED" } })).id;
    const otherCity = (await t.db.proposal.findFirstOrThrow({ where: { city: { slug: { not: "bandung" } } } })).id;
    const forum = (await t.db.forum.findFirstOrThrow()).id;
    const seedFile = async () => {
      const outcome = await upload(uploadRequest({ on: "proposal", id: draft }, "Berkas awal", [{ name: "awal.pdf", data: pdfOf(700, 100_000 + ++serial) }]));
      expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });
    };
    await seedFile();
    const elsewhere = (await t.db.attachment.create({ data: { proposalId: submitted, fileName: "lain.pdf", mediaType: "application/pdf", size: 4, sha256: "c".repeat(64), description: "Berkas lain", chunks: { create: { position: 0, data: new Uint8Array(Buffer.from("%PDF")) } } } })).id;

    // Values are drawn when the run is, since the draft (and its files) change as the test goes.
    type Pick = { from: "hostile"; value: unknown } | { from: "draft" | "current" | "other"; wrap: [string, string] };
    // A real id, as it is or with something around it (whitespace the schema trims, or not).
    const wraps = fc.oneof(
      { weight: 3, arbitrary: fc.constant<[string, string]>(["", ""]) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom("", " ", "\t", "\u00a0", "\ufeff", "\u0000", "%", "../", "x"), fc.constantFrom("", " ", "\n", "\u200b", "\u0000", "/..", "#", "&id=x", "%00", "'--")) },
    );
    const pick = (real: "draft" | "current") => fc.oneof(
      { weight: 2, arbitrary: hostileValue.map((value): Pick => ({ from: "hostile", value })) },
      { weight: 3, arbitrary: fc.record({ from: fc.constant(real), wrap: wraps }) as fc.Arbitrary<Pick> },
      { weight: 1, arbitrary: fc.record({ from: fc.constant("other" as const), wrap: wraps }) as fc.Arbitrary<Pick> },
    );
    const queryArb = fc.record({
      on: fc.oneof(
        { weight: 2, arbitrary: hostileValue },
        { weight: 2, arbitrary: fc.constant("proposal") },
        { weight: 1, arbitrary: fc.constantFrom("Proposal", "proposal ", " proposal", "proposal\u0000", "forum", "progressReport", "scorecardEntry", "agendaItem", "__proto__", "constructor", "toString") },
      ),
      id: pick("draft"),
      replaces: fc.option(pick("current"), { nil: undefined, freq: 2 }),
      extra: fc.dictionary(hostileString, hostileValue, { maxKeys: 3 }),
      order: fc.boolean(),
      raw: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.oneof(hostileString, fc.string({ unit: "binary", maxLength: 120 })) }),
    }, { requiredKeys: ["on", "id", "extra", "order", "raw"] });

    const text = (v: unknown): string[] => {
      if (v === undefined) return [];
      if (Array.isArray(v)) return v.flatMap(text);
      if (typeof v === "string") return [v];
      try {
        return [JSON.stringify(v) ?? String(v)];
      } catch {
        return [String(v)];
      }
    };
    const counted = { stored: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(queryArb, async (q) => {
        draft = await roomy(draft, "Draf uji acak alamat unggahan (lanjutan)");
        if ((await t.db.attachment.count({ where: { proposalId: draft, replacedAt: null } })) === 0) await seedFile();
        const current = (await t.db.attachment.findFirstOrThrow({ where: { proposalId: draft, replacedAt: null } })).id;
        const real = { draft, current, other: [submitted, otherCity, forum, elsewhere][serial % 4] };
        const value = (p: Pick | undefined): string[] => (p === undefined ? [] : p.from === "hostile" ? text(p.value) : [p.wrap[0] + real[p.from] + p.wrap[1]]);
        const params = new URLSearchParams();
        const entries: [string, string[]][] = [["on", text(q.on)], ["id", value(q.id)], ["replaces", value(q.replaces)], ...Object.entries(q.extra).map(([k, v]): [string, string[]] => [k, text(v)])];
        for (const [k, vs] of q.order ? entries.reverse() : entries) for (const v of vs) params.append(k, v);
        const search = q.raw === null ? params.toString() : `${params.toString()}&${q.raw}`;
        // A browser's upload of one new PDF, to the hostile address: only the query can refuse it.
        const browser = uploadRequest({}, "Bukti kegiatan", [{ name: "bukti.pdf", data: pdfOf(700, ++serial) }]);
        const request = new Request(`${UPLOAD_ORIGIN}/api/uploads?${search}`, { method: "POST", body: browser.body, duplex: "half", headers: { "content-type": browser.headers.get("content-type")! } } as RequestInit);

        // Independently of the schema: only a query naming this very draft (and, to replace, one of
        // its current files) may store anything. The last value of a repeated key is the one read.
        const read = new URL(request.url).searchParams;
        const last = (k: string) => read.getAll(k).at(-1);
        const currentIds = new Set((await t.db.attachment.findMany({ where: { proposalId: draft, replacedAt: null }, select: { id: true } })).map((a) => a.id));
        const replaces = last("replaces");
        const mayStore = last("on") === "proposal" && last("id")?.trim() === draft && (replaces === undefined || currentIds.has(replaces.trim()));

        const before = await counts();
        const outcome = await upload(request);
        const detail = JSON.stringify({ search, outcome });
        expect(outcome.ok === true || isUploadError(outcome.code), detail).toBe(true);
        expect(await readdir(tmp), detail).toEqual([]);
        if (!mayStore) {
          expect(outcome.ok, detail).toBe(false);
          expect(await counts(), detail).toEqual(before);
          counted.refused++;
        } else {
          // The same request with an honest query is stored: the refusals above are the query's doing.
          expect(outcome, detail).toMatchObject({ ok: true, count: 1 });
          counted.stored++;
        }
      }),
      { numRuns: RUNS.queries },
    );
    expect(counted.refused, JSON.stringify(counted)).toBeGreaterThan(RUNS.queries / 2);
    expect(counted.stored, JSON.stringify(counted)).toBeGreaterThan(0);
  }, 60_000);
});
