// What an uploaded evidence file really is. The kind is decided by the bytes, never by the file's
// name or the browser's claim: a name and a Content-Type header are whatever the uploader typed.
// Only a short list of kinds is accepted; anything a browser could run (HTML, SVG, XML) or a
// desktop could execute is refused, and zip containers are checked from their directory alone,
// so a zip bomb is refused before anything is ever decompressed.
import { open, type FileHandle } from "node:fs/promises";

export type MediaKind = "pdf" | "jpeg" | "png" | "webp" | "docx" | "xlsx" | "odt" | "ods";

export const MEDIA_TYPES: Record<MediaKind, string> = {
  pdf: "application/pdf",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
};

/** Lowercase, without the dot; the first one is the one appended to a name that has none. */
export const EXTENSIONS: Record<MediaKind, readonly string[]> = {
  pdf: ["pdf"],
  jpeg: ["jpg", "jpeg"],
  png: ["png"],
  webp: ["webp"],
  docx: ["docx"],
  xlsx: ["xlsx"],
  odt: ["odt"],
  ods: ["ods"],
};

const KINDS = Object.keys(MEDIA_TYPES) as MediaKind[];

/** "IMAGE/PNG; foo=bar" → "png"; anything not on the list → null. */
export const kindOfMediaType = (mediaType: string): MediaKind | null => {
  const essence = mediaType.split(";", 1)[0].trim().toLowerCase();
  return KINDS.find((k) => MEDIA_TYPES[k] === essence) ?? null;
};

const INLINE: ReadonlySet<MediaKind> = new Set(["pdf", "jpeg", "png", "webp"]);

/** Images and PDF may be shown inline (under a sandboxing CSP); everything else is a download. */
export const isInlineKind = (k: MediaKind): boolean => INLINE.has(k);

export type Refusal = "empty" | "type" | "mismatch" | "damaged";
type Detection = { ok: true; kind: MediaKind } | { ok: false; reason: Refusal };

// ---------------------------------------------------------------------------------------------
// Limits. A real office document is far inside all of them.

const HEAD_BYTES = 4096;
const SNIFF_BYTES = 1024;
const EOCD_SIZE = 22;
/** The EOCD record plus the longest comment it can carry. */
const EOCD_SEARCH = EOCD_SIZE + 0xffff;
const MAX_ENTRIES = 5000;
const MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024;
const MAX_RATIO = 200;
const MAX_NAME_BYTES = 1024;
/** 5,000 entries with generous names and extras fit easily; a bigger directory is not an office file. */
const MAX_CENTRAL_DIRECTORY = 8 * 1024 * 1024;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;

// A Map, not an object: an entry holding "constructor" must not find Object's own properties.
const ODF_MIMETYPES: ReadonlyMap<string, MediaKind> = new Map([
  [MEDIA_TYPES.odt, "odt"],
  [MEDIA_TYPES.ods, "ods"],
]);

// Markup a browser would render or run. Not "<?xml": photos carry XMP metadata near their start,
// and an XML file without markup has no signature we accept anyway. Inside a zip, XML parts are
// normal, so only the markers that have no business at the start of an office document are looked for.
const MARKUP = ["<html", "<!doctype", "<script", "<svg", "<body", "<iframe"];
const MARKUP_IN_ZIP = ["<html", "<script", "<!doctype"];

const startsWith = (buf: Buffer, bytes: readonly number[], at = 0) =>
  buf.length >= at + bytes.length && bytes.every((b, i) => buf[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

const PDF = ascii("%PDF-");
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const RIFF = ascii("RIFF");
const WEBP = ascii("WEBP");
const VP8 = ascii("VP8"); // the first chunk of a WebP is VP8, VP8L or VP8X

const EXECUTABLES: readonly (readonly number[])[] = [
  ascii("MZ"), // DOS/Windows PE
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  ascii("#!"), // script with an interpreter line
  [0xfe, 0xed, 0xfa, 0xce], [0xfe, 0xed, 0xfa, 0xcf], // Mach-O, big-endian 32/64
  [0xce, 0xfa, 0xed, 0xfe], [0xcf, 0xfa, 0xed, 0xfe], // Mach-O, little-endian 32/64
  [0xca, 0xfe, 0xba, 0xbe], [0xbe, 0xba, 0xfe, 0xca], // Mach-O universal (and Java class files)
];

/** Reads exactly `length` bytes at `position`, or null when the file is shorter than it claimed. */
async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer | null> {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await fh.read(buf, done, length - done, position + done);
    if (bytesRead === 0) return null;
    done += bytesRead;
  }
  return buf;
}

/**
 * Reads only what it needs from the file at `path` (which has `size` bytes): the first 4 KiB and,
 * for zip containers, the end-of-central-directory record and central directory (never
 * decompresses anything).
 */
export async function detectFileKind(path: string, size: number): Promise<Detection> {
  if (size === 0) return { ok: false, reason: "empty" };
  if (!Number.isSafeInteger(size) || size < 0) return { ok: false, reason: "damaged" };
  const fh = await open(path, "r");
  try {
    // The size is what the upload said it wrote; a different file on disk is not what was checked.
    if ((await fh.stat()).size !== size) return { ok: false, reason: "damaged" };
    const head = await readAt(fh, 0, Math.min(HEAD_BYTES, size));
    if (!head) return { ok: false, reason: "damaged" };
    if (EXECUTABLES.some((sig) => startsWith(head, sig))) return { ok: false, reason: "type" };

    const isZip = head.length >= 4 && head.readUInt32LE(0) === SIG_LOCAL;
    // latin1 maps each byte to one character, so offsets and case-folding stay byte-exact.
    const sniff = head.subarray(0, SNIFF_BYTES).toString("latin1").toLowerCase();
    // A PDF or an image that also parses as HTML (a polyglot) is refused, whatever it starts with.
    if ((isZip ? MARKUP_IN_ZIP : MARKUP).some((m) => sniff.includes(m))) return { ok: false, reason: "type" };

    if (startsWith(head, PDF)) return { ok: true, kind: "pdf" };
    if (startsWith(head, JPEG)) return { ok: true, kind: "jpeg" };
    if (startsWith(head, PNG)) return { ok: true, kind: "png" };
    if (startsWith(head, RIFF) && startsWith(head, WEBP, 8) && startsWith(head, VP8, 12)) return { ok: true, kind: "webp" };
    if (isZip) return await detectZip(fh, size, head);
    return { ok: false, reason: "type" };
  } finally {
    await fh.close();
  }
}

interface CentralEntry {
  /** The raw bytes as latin1: the checks below are all about ASCII bytes, whatever the encoding flag. */
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const DAMAGED: Detection = { ok: false, reason: "damaged" };
const NOT_ALLOWED: Detection = { ok: false, reason: "type" };

async function detectZip(fh: FileHandle, size: number, head: Buffer): Promise<Detection> {
  const tailStart = Math.max(0, size - EOCD_SEARCH);
  const tail = await readAt(fh, tailStart, size - tailStart);
  if (!tail) return DAMAGED;

  // The real EOCD is the last signature whose comment ends exactly at the end of the file; a
  // signature inside the comment, or trailing bytes after the archive, do not count.
  let at = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) === SIG_EOCD && i + EOCD_SIZE + tail.readUInt16LE(i + 20) === tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0) return DAMAGED;
  const eocdPos = tailStart + at;
  const disk = tail.readUInt16LE(at + 4);
  const cdDisk = tail.readUInt16LE(at + 6);
  const entriesOnDisk = tail.readUInt16LE(at + 8);
  const entries = tail.readUInt16LE(at + 10);
  const cdSize = tail.readUInt32LE(at + 12);
  const cdOffset = tail.readUInt32LE(at + 16);

  // Zip64 is never needed for files this small, and split archives are not uploads.
  if (entries === 0xffff || entriesOnDisk === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return DAMAGED;
  if (eocdPos >= 20) {
    const locator = at >= 20 ? tail.subarray(at - 20, at - 16) : await readAt(fh, eocdPos - 20, 4);
    if (!locator || locator.readUInt32LE(0) === SIG_ZIP64_LOCATOR) return DAMAGED;
  }
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== entries) return DAMAGED;
  if (entries > MAX_ENTRIES || cdSize > MAX_CENTRAL_DIRECTORY) return DAMAGED;
  // The directory sits right before the EOCD; anything else means offsets that lie.
  if (cdOffset + cdSize !== eocdPos) return DAMAGED;

  const cd = await readAt(fh, cdOffset, cdSize);
  if (!cd) return DAMAGED;
  const parsed = parseCentralDirectory(cd, entries, cdOffset);
  if (!parsed) return DAMAGED;
  return classify(fh, head, parsed);
}

/** The directory's entries, or null when it is damaged, dangerous or a zip bomb. */
function parseCentralDirectory(cd: Buffer, count: number, cdOffset: number): CentralEntry[] | null {
  const list: CentralEntry[] = [];
  const seen = new Set<string>();
  let pos = 0;
  let totalUncompressed = 0;
  let localBytes = 0;
  for (let n = 0; n < count; n++) {
    if (pos + 46 > cd.length || cd.readUInt32LE(pos) !== SIG_CENTRAL) return null;
    const flags = cd.readUInt16LE(pos + 8);
    const method = cd.readUInt16LE(pos + 10);
    const compressedSize = cd.readUInt32LE(pos + 20);
    const uncompressedSize = cd.readUInt32LE(pos + 24);
    const nameLength = cd.readUInt16LE(pos + 28);
    const extraLength = cd.readUInt16LE(pos + 30);
    const commentLength = cd.readUInt16LE(pos + 32);
    const diskStart = cd.readUInt16LE(pos + 34);
    const localOffset = cd.readUInt32LE(pos + 42);
    const end = pos + 46 + nameLength + extraLength + commentLength;
    if (end > cd.length) return null;

    // Encrypted (bit 0) or strongly encrypted (bit 6): nothing the portal can vouch for.
    if (flags & 0x41) return null;
    // Office formats use stored or deflated entries only.
    if (method !== 0 && method !== 8) return null;
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff || diskStart !== 0) return null;
    const extra = cd.subarray(pos + 46 + nameLength, pos + 46 + nameLength + extraLength);
    for (let e = 0; e + 4 <= extra.length; e += 4 + extra.readUInt16LE(e + 2)) {
      if (extra.readUInt16LE(e) === 0x0001) return null; // zip64 extended information
    }

    const name = cd.subarray(pos + 46, pos + 46 + nameLength).toString("latin1");
    if (!safeEntryName(name)) return null;
    // Two entries with one name: different readers pick different ones, so what was checked may not be what is opened.
    if (seen.has(name)) return null;
    seen.add(name);

    // Zip bombs: a declared ratio or total that no office document reaches.
    if (uncompressedSize > 0 && (compressedSize === 0 || uncompressedSize / compressedSize > MAX_RATIO)) return null;
    if (method === 0 && compressedSize !== uncompressedSize) return null;
    totalUncompressed += uncompressedSize;
    if (totalUncompressed > MAX_TOTAL_UNCOMPRESSED) return null;

    // Each entry's data lies before the directory, and the entries together fit there without
    // overlapping: a lying compressed size (which would hide a ratio) or overlapping entries (a
    // bomb that reuses one compressed stream) cannot.
    localBytes += 30 + nameLength + compressedSize;
    if (localOffset + 30 + nameLength + compressedSize > cdOffset || localBytes > cdOffset) return null;

    list.push({ name, method, compressedSize, uncompressedSize, localOffset });
    pos = end;
  }
  // The count and the size must describe the same directory.
  return pos === cd.length ? list : null;
}

function safeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_NAME_BYTES) return false;
  if (name.startsWith("/") || name.includes("\\") || name.includes("\0")) return false;
  if (/^[A-Za-z]:/.test(name)) return false; // a Windows drive: absolute on extraction
  return !name.split("/").includes("..");
}

async function classify(fh: FileHandle, head: Buffer, entries: CentralEntry[]): Promise<Detection> {
  // OPC part names are case-insensitive, so Word/Document.xml is the same part as word/document.xml.
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  // Macros: docm/xlsm keep the VBA project in vbaProject.bin (wherever the relationships point it);
  // ODF keeps Basic and script libraries in Basic/ and Scripts/.
  for (const n of names) {
    if (n === "vbaproject.bin" || n.endsWith("/vbaproject.bin") || n.startsWith("basic/") || n.startsWith("scripts/")) return NOT_ALLOWED;
  }
  const opc = names.has("[content_types].xml");
  const candidates: MediaKind[] = [];
  if (opc && names.has("word/document.xml")) candidates.push("docx");
  if (opc && names.has("xl/workbook.xml")) candidates.push("xlsx");
  const odf = await odfKind(fh, head, entries);
  if (odf) candidates.push(odf);
  // Exactly one reading, or it is not something the portal accepts.
  return candidates.length === 1 ? { ok: true, kind: candidates[0] } : NOT_ALLOWED;
}

/** ODF: the first entry is `mimetype`, stored, and holds the document's media type. */
async function odfKind(fh: FileHandle, head: Buffer, entries: CentralEntry[]): Promise<MediaKind | null> {
  // The directory's own record of the entry at offset 0, whose sizes are reliable even when the
  // local header defers them to a data descriptor.
  const first = entries.find((e) => e.localOffset === 0);
  if (!first || first.name !== "mimetype" || first.method !== 0 || first.compressedSize > 100) return null;
  if (head.length < 30 || head.readUInt16LE(8) !== 0) return null;
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  if (head.subarray(30, 30 + nameLength).toString("latin1") !== "mimetype") return null;
  const dataAt = 30 + nameLength + extraLength;
  const data = dataAt + first.compressedSize <= head.length
    ? head.subarray(dataAt, dataAt + first.compressedSize)
    : await readAt(fh, dataAt, first.compressedSize);
  return data ? (ODF_MIMETYPES.get(data.toString("latin1")) ?? null) : null;
}

// ---------------------------------------------------------------------------------------------
// Names

// Control characters (C0, DEL, C1), every format character (which includes the bidi overrides
// and isolates, zero-width characters, U+061C and U+FEFF), the unassigned U+2065 the spec's range
// covers, and lone surrogates (\p{Cs}: they cannot be encoded in a header).
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\u2065]/gu;
// Every whitespace character (tabs and new lines included) but U+FEFF, which is removed instead;
// U+0085 (NEL) is a line break too.
const WHITESPACE = /(?:[^\S\uFEFF]|\u0085)+/g;
const MAX_NAME = 150;
/** Longer than this after the last dot, it is part of the name, not an extension worth keeping. */
const MAX_KEPT_EXTENSION = 16;
const ALL_EXTENSIONS: ReadonlySet<string> = new Set(KINDS.flatMap((k) => EXTENSIONS[k]));

const trimEnds = (s: string) => s.replace(/^[ .]+|[ .]+$/g, "");

/** The longest prefix of `s` of at most `max` UTF-16 units that does not split a surrogate pair. */
function cut(s: string, max: number): string {
  let out = "";
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** The display name: cleaned, and checked against the detected kind. */
export function cleanFileName(raw: string, kind: MediaKind): { ok: true; name: string } | { ok: false; reason: "mismatch" } {
  // Whatever folders the browser (or an attacker) put in front, only the last part is a name.
  const base = raw.slice(Math.max(raw.lastIndexOf("/"), raw.lastIndexOf("\\")) + 1);
  // Whitespace first, so a tab or a new line still separates words once the controls are gone;
  // NFC after the removal, since a removed character may have kept two parts of a letter apart.
  let name = trimEnds(base.replace(WHITESPACE, " ").replace(INVISIBLE, "").replace(WHITESPACE, " ").normalize("NFC"));
  if (name.length > MAX_NAME) {
    const dot = name.lastIndexOf(".");
    const ext = dot > 0 ? name.slice(dot) : "";
    name = ext.length > 1 && ext.length <= MAX_KEPT_EXTENSION + 1
      ? trimEnds(cut(name.slice(0, dot), MAX_NAME - ext.length)) + ext
      : trimEnds(cut(name, MAX_NAME));
  }
  // A prefix of an NFC string only ever composes further, so this never makes it longer.
  name = name.normalize("NFC");
  if (name === "") name = "berkas";

  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  if (EXTENSIONS[kind].includes(ext)) return { ok: true, name };
  // A name that claims another accepted kind is a mistake (or a trick) worth telling the user about.
  if (ALL_EXTENSIONS.has(ext)) return { ok: false, reason: "mismatch" };
  // Anything else (none, .exe, .html) stays as text, and the real extension decides how it opens.
  return { ok: true, name: `${name}.${EXTENSIONS[kind][0]}` };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A Content-Disposition header value: `attachment` or `inline`, ASCII fallback filename="..." plus
 * filename*=UTF-8''... (RFC 6266 / 5987).
 */
export function contentDisposition(type: "attachment" | "inline", fileName: string): string {
  const name = (fileName === "" ? "berkas" : fileName).replace(LONE_SURROGATE, "\uFFFD");
  // One "_" per character outside printable ASCII, and for the characters that would end the
  // quoted string or the parameter. "%" too: some browsers percent-decode the plain filename.
  const fallback = Array.from(name, (ch) => (/^[\x20-\x7e]$/.test(ch) && !/["\\;%]/.test(ch) ? ch : "_")).join("");
  // encodeURIComponent leaves '()* as they are, which RFC 5987's attr-char does not allow.
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
