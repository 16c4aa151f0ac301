import { randomBytes } from "node:crypto";
import { mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EXTENSIONS, MEDIA_TYPES, cleanFileName, contentDisposition, detectFileKind, isInlineKind, kindOfMediaType, type MediaKind,
} from "@/lib/attachments/content";

// ---------------------------------------------------------------------------------------------
// A small zip writer, so the fixtures are real archives whose every field the tests can bend.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Entry {
  name: string;
  data?: Buffer | string;
  /** 0 stored, 8 deflated (the default). */
  method?: number;
  flags?: number;
  /** Lies the central directory tells about this entry. */
  declared?: { compressedSize?: number; uncompressedSize?: number; localOffset?: number };
  centralExtra?: Buffer;
  /** Listed in the directory only, pointing at another entry's data (with declared.localOffset). */
  centralOnly?: boolean;
}

interface ZipOptions {
  comment?: string;
  zip64Locator?: boolean;
  /** Bytes between the central directory and the EOCD record. */
  gap?: number;
  /** Changes to the EOCD record, applied last. */
  eocd?: { entries?: number; cdSize?: number; cdOffset?: number };
}

function zip(entries: Entry[], options: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data ?? "");
    const method = e.method ?? 8;
    const body = method === 0 ? raw : deflateRawSync(raw);
    const name = Buffer.from(e.name, "utf8");
    const crc = crc32(raw);
    const flags = (e.flags ?? 0) | 0x0800; // names in UTF-8

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    if (!e.centralOnly) locals.push(local, name, body);

    const extra = e.centralExtra ?? Buffer.alloc(0);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.declared?.compressedSize ?? body.length, 20);
    central.writeUInt32LE(e.declared?.uncompressedSize ?? raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(e.declared?.localOffset ?? offset, 42);
    centrals.push(central, name, extra);
    if (!e.centralOnly) offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? "", "latin1");
  const locator = Buffer.alloc(options.zip64Locator ? 20 : 0);
  if (options.zip64Locator) locator.writeUInt32LE(0x07064b50, 0);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(options.eocd?.entries ?? entries.length, 8);
  eocd.writeUInt16LE(options.eocd?.entries ?? entries.length, 10);
  eocd.writeUInt32LE(options.eocd?.cdSize ?? cd.length, 12);
  eocd.writeUInt32LE(options.eocd?.cdOffset ?? offset, 16);
  eocd.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, cd, Buffer.alloc(options.gap ?? 0), locator, eocd, comment]);
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const XML = '<?xml version="1.0" encoding="UTF-8"?><root/>';
const docxEntries = (): Entry[] => [
  { name: "[Content_Types].xml", data: CONTENT_TYPES },
  { name: "_rels/.rels", data: XML },
  { name: "word/document.xml", data: XML },
];
const xlsxEntries = (): Entry[] => [
  { name: "[Content_Types].xml", data: CONTENT_TYPES },
  { name: "_rels/.rels", data: XML },
  { name: "xl/workbook.xml", data: XML },
  { name: "xl/worksheets/sheet1.xml", data: XML },
];
const odfEntries = (mimetype: string): Entry[] => [
  { name: "mimetype", data: mimetype, method: 0 },
  { name: "content.xml", data: XML },
  { name: "META-INF/manifest.xml", data: XML },
];

// Minimal headers of the accepted image and document kinds: detection looks at the signature only.
const PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from("0000000d49484452000000010000000108060000001f15c489", "hex"), // IHDR 1×1 RGBA
  Buffer.from("0000000049454e44ae426082", "hex"), // IEND
]);
const JPEG = Buffer.concat([Buffer.from("ffd8ffe000104a46494600010100000100010000", "hex"), Buffer.alloc(64), Buffer.from("ffd9", "hex")]);
const webp = (fourCC = "WEBP", chunk = "VP8 ") => {
  const b = Buffer.alloc(30);
  b.write("RIFF", 0, "latin1");
  b.writeUInt32LE(22, 4);
  b.write(fourCC, 8, "latin1");
  b.write(chunk, 12, "latin1");
  return b;
};

let dir: string;
let counter = 0;

/** Writes the bytes to a fresh file and asks what it is. */
async function detect(bytes: Buffer | string) {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, "utf8");
  const file = path.join(dir, `f${counter++}`);
  await writeFile(file, buf);
  return detectFileKind(file, buf.length);
}

const kind = (k: MediaKind) => ({ ok: true, kind: k });
const refused = (reason: string) => ({ ok: false, reason });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "attachments-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the tables", () => {
  it("match media types and extensions to kinds", () => {
    expect(kindOfMediaType("application/pdf")).toBe("pdf");
    expect(kindOfMediaType("IMAGE/PNG; foo=bar")).toBe("png");
    expect(kindOfMediaType(MEDIA_TYPES.ods)).toBe("ods");
    expect(kindOfMediaType("image/svg+xml")).toBeNull();
    expect(kindOfMediaType("constructor")).toBeNull();
    expect(EXTENSIONS.jpeg).toEqual(["jpg", "jpeg"]);
    for (const k of Object.keys(MEDIA_TYPES) as MediaKind[]) expect(kindOfMediaType(MEDIA_TYPES[k])).toBe(k);
  });

  it("shows only images and PDF inline", () => {
    expect((Object.keys(MEDIA_TYPES) as MediaKind[]).filter(isInlineKind)).toEqual(["pdf", "jpeg", "png", "webp"]);
  });
});

describe("detectFileKind", () => {
  it("knows the accepted kinds by their content", async () => {
    expect(await detect(PDF)).toEqual(kind("pdf"));
    expect(await detect(PNG)).toEqual(kind("png"));
    expect(await detect(JPEG)).toEqual(kind("jpeg"));
    expect(await detect(webp())).toEqual(kind("webp"));
    expect(await detect(zip(docxEntries()))).toEqual(kind("docx"));
    expect(await detect(zip(xlsxEntries()))).toEqual(kind("xlsx"));
    expect(await detect(zip(odfEntries(MEDIA_TYPES.odt)))).toEqual(kind("odt"));
    expect(await detect(zip(odfEntries(MEDIA_TYPES.ods)))).toEqual(kind("ods"));
  });

  it("finds the directory behind an archive comment, and reads OPC names case-insensitively", async () => {
    expect(await detect(zip(docxEntries(), { comment: "dibuat oleh Pokja PK\x05\x06 x" }))).toEqual(kind("docx"));
    expect(await detect(zip([{ name: "[Content_Types].xml", data: CONTENT_TYPES }, { name: "Word/Document.XML", data: XML }]))).toEqual(kind("docx"));
  });

  it("refuses an empty file", async () => {
    expect(await detect(Buffer.alloc(0))).toEqual(refused("empty"));
  });

  it("refuses markup a browser would render or run", async () => {
    expect(await detect("<!DOCTYPE html><html><body>hi</body></html>")).toEqual(refused("type"));
    expect(await detect('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')).toEqual(refused("type"));
    expect(await detect('<?xml version="1.0"?><note/>')).toEqual(refused("type"));
    expect(await detect("  \n<HTML><IFRAME src=x>")).toEqual(refused("type"));
  });

  it("refuses a PDF or an image that is also HTML (a polyglot)", async () => {
    expect(await detect("%PDF-1.4\n%<html><script>alert(document.domain)</script>\n%%EOF")).toEqual(refused("type"));
    expect(await detect(Buffer.concat([PNG, Buffer.from("<svg onload=alert(1)>")]))).toEqual(refused("type"));
    const late = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(1100, 0x20), Buffer.from("<html>")]);
    expect(await detect(late)).toEqual(kind("pdf")); // beyond the first KiB a browser has long decided it is not HTML
  });

  it("requires the PDF signature at the very start", async () => {
    expect(await detect(`junk\n${PDF}`)).toEqual(refused("type"));
  });

  it("refuses executables, other formats and noise", async () => {
    expect(await detect(Buffer.concat([Buffer.from("MZ\x90\x00", "latin1"), Buffer.alloc(100)]))).toEqual(refused("type"));
    expect(await detect(Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(100)]))).toEqual(refused("type"));
    expect(await detect("#!/bin/sh\nrm -rf /\n")).toEqual(refused("type"));
    expect(await detect(Buffer.concat([Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), Buffer.alloc(100)]))).toEqual(refused("type"));
    expect(await detect("GIF89a\x01\x00\x01\x00")).toEqual(refused("type"));
    expect(await detect(Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(512)]))).toEqual(refused("type")); // old .doc/.xls
    expect(await detect("Laporan kegiatan, teks biasa.\n")).toEqual(refused("type"));
    expect(await detect(webp("WAVE", "fmt "))).toEqual(refused("type"));
    expect(await detect(Buffer.from("RIFF"))).toEqual(refused("type"));
    // Random bytes that happen to start like an accepted kind are that kind, so pin the first byte.
    expect(await detect(Buffer.concat([Buffer.from([0x00]), randomBytes(4096)]))).toEqual(refused("type"));
  });

  it("refuses zips that are not office documents, or carry macros", async () => {
    expect(await detect(zip([{ name: "foto.jpg", data: JPEG }, { name: "catatan.txt", data: "hai" }]))).toEqual(refused("type"));
    expect(await detect(zip([...docxEntries(), { name: "word/vbaProject.bin", data: randomBytes(64) }]))).toEqual(refused("type"));
    expect(await detect(zip([...xlsxEntries(), { name: "xl/vbaProject.bin", data: randomBytes(64) }]))).toEqual(refused("type"));
    expect(await detect(zip([...odfEntries(MEDIA_TYPES.odt), { name: "Basic/Standard/Module1.xml", data: XML }]))).toEqual(refused("type"));
    // Both a document and a workbook: no single answer.
    expect(await detect(zip([...docxEntries(), { name: "xl/workbook.xml", data: XML }]))).toEqual(refused("type"));
    // A stored HTML page at the start of the archive is what a browser would see.
    expect(await detect(zip([{ name: "index.html", data: "<html><script>alert(1)</script>", method: 0 }, ...docxEntries()]))).toEqual(refused("type"));
  });

  it("reads ODF only from a stored mimetype entry at the start", async () => {
    const [mimetype, ...rest] = odfEntries(MEDIA_TYPES.odt);
    expect(await detect(zip([{ ...mimetype, method: 8 }, ...rest]))).toEqual(refused("type"));
    expect(await detect(zip([...rest, mimetype]))).toEqual(refused("type"));
    expect(await detect(zip(odfEntries("application/vnd.oasis.opendocument.presentation")))).toEqual(refused("type"));
    expect(await detect(zip(odfEntries("constructor")))).toEqual(refused("type"));
    // The local header must agree with the directory about what comes first.
    const renamed = zip(odfEntries(MEDIA_TYPES.odt));
    renamed.write("mimetypx", 30, "latin1");
    expect(await detect(renamed)).toEqual(refused("type"));
  });

  it("refuses a zip bomb without inflating it", async () => {
    const zeros = Buffer.alloc(50 * 1024 * 1024);
    const bomb = zip([{ name: "word/document.xml", data: zeros }, { name: "[Content_Types].xml", data: CONTENT_TYPES }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await detect(bomb)).toEqual(refused("damaged"));
  });

  it("refuses archives whose declared sizes add up to too much, or cannot be true", async () => {
    // Random data barely compresses, so the ratio stays under 200 while the total claims 201 MiB.
    const noise = randomBytes(1100 * 1024);
    expect(await detect(zip([...docxEntries(), { name: "word/media/a.bin", data: noise, declared: { uncompressedSize: 201 * 1024 * 1024 } }]))).toEqual(refused("damaged"));
    expect(await detect(zip([...docxEntries(), { name: "word/media/b.bin", data: "abc", declared: { compressedSize: 0 } }]))).toEqual(refused("damaged"));
    // A compressed size bigger than the archive would hide any ratio.
    expect(await detect(zip([...docxEntries(), { name: "word/media/c.bin", data: "abc", declared: { compressedSize: 1_000_000, uncompressedSize: 100_000_000 } }]))).toEqual(refused("damaged"));
    const many = Array.from({ length: 5001 }, (_, i): Entry => ({ name: `word/media/${i}.txt`, data: "", method: 0 }));
    expect(await detect(zip([...docxEntries(), ...many]))).toEqual(refused("damaged"));
  });

  it("refuses entries that would land outside the folder they are extracted to", async () => {
    for (const name of ["../../etc/passwd", "word/../../x.xml", "/etc/passwd", "word\\document.xml", "C:/Windows/x.dll", "a\0.xml", "x".repeat(1025)]) {
      expect(await detect(zip([...docxEntries(), { name, data: "x" }])), name).toEqual(refused("damaged"));
    }
    expect(await detect(zip([...docxEntries(), { name: "x".repeat(1024), data: "x" }]))).toEqual(kind("docx"));
  });

  it("refuses duplicate names, encryption and unknown compression", async () => {
    expect(await detect(zip([...docxEntries(), { name: "word/document.xml", data: XML }]))).toEqual(refused("damaged"));
    expect(await detect(zip([...docxEntries(), { name: "word/secret.xml", data: XML, flags: 1 }]))).toEqual(refused("damaged"));
    expect(await detect(zip([...docxEntries(), { name: "word/lzma.xml", data: XML, method: 14 }]))).toEqual(refused("damaged"));
  });

  it("refuses truncated and inconsistent archives", async () => {
    const whole = zip(docxEntries());
    expect(await detect(whole.subarray(0, whole.length - 10))).toEqual(refused("damaged"));
    expect(await detect(whole.subarray(0, whole.length - 60))).toEqual(refused("damaged"));
    expect(await detect(Buffer.concat([whole, Buffer.from("trailing")]))).toEqual(refused("damaged"));
    expect(await detect(zip(docxEntries(), { eocd: { entries: 2 } }))).toEqual(refused("damaged"));
    expect(await detect(zip(docxEntries(), { eocd: { entries: 4 } }))).toEqual(refused("damaged"));
    expect(await detect(zip(docxEntries(), { eocd: { cdOffset: 10_000_000 } }))).toEqual(refused("damaged"));
    expect(await detect(zip(docxEntries(), { eocd: { cdSize: 10 } }))).toEqual(refused("damaged"));
    expect(await detect(zip([...docxEntries(), { name: "word/x.xml", data: XML, declared: { localOffset: 10_000_000 } }]))).toEqual(refused("damaged"));
    expect(await detect(zip(docxEntries(), { gap: 20 }))).toEqual(refused("damaged"));
  });

  it("refuses entries that share one compressed stream (an overlapping bomb)", async () => {
    // Each entry alone has a modest ratio; together they would inflate the same bytes many times.
    const data = Buffer.from(randomBytes(100_000).toString("hex"));
    const shared = zip([{ name: "word/media/a.txt", data }]);
    const sizes = { compressedSize: shared.readUInt32LE(18), uncompressedSize: data.length, localOffset: 0 };
    const copies = Array.from({ length: 10 }, (_, i): Entry => ({ name: `word/media/copy${i}.txt`, data, centralOnly: true, declared: sizes }));
    expect(await detect(zip([{ name: "word/media/a.txt", data }, ...docxEntries()]))).toEqual(kind("docx"));
    expect(await detect(zip([{ name: "word/media/a.txt", data }, ...docxEntries(), ...copies]))).toEqual(refused("damaged"));
  });

  it("refuses zip64", async () => {
    expect(await detect(zip(docxEntries(), { zip64Locator: true }))).toEqual(refused("damaged"));
    expect(await detect(zip(docxEntries(), { eocd: { entries: 0xffff } }))).toEqual(refused("damaged"));
    expect(await detect(zip(docxEntries(), { eocd: { cdOffset: 0xffffffff } }))).toEqual(refused("damaged"));
    expect(await detect(zip([...docxEntries(), { name: "word/x.xml", data: XML, declared: { uncompressedSize: 0xffffffff } }]))).toEqual(refused("damaged"));
    const zip64Extra = Buffer.from("010008000000000000000000", "hex"); // header 0x0001, 8 bytes of sizes
    expect(await detect(zip([...docxEntries(), { name: "word/x.xml", data: XML, centralExtra: zip64Extra }]))).toEqual(refused("damaged"));
  });

  it("refuses a file that is not the size the upload reported", async () => {
    const file = path.join(dir, "resized");
    await writeFile(file, PDF);
    await truncate(file, 10);
    expect(await detectFileKind(file, Buffer.byteLength(PDF))).toEqual(refused("damaged"));
    await writeFile(file, Buffer.concat([Buffer.from(PDF), Buffer.alloc(5000)]));
    expect(await detectFileKind(file, Buffer.byteLength(PDF))).toEqual(refused("damaged"));
  });
});

describe("cleanFileName", () => {
  const clean = (raw: string, k: MediaKind = "pdf") => cleanFileName(raw, k);
  const named = (name: string) => ({ ok: true, name });

  it("keeps only the last part of a path", () => {
    expect(clean("../../etc/passwd")).toEqual(named("passwd.pdf"));
    expect(clean("C:\\Users\\x\\laporan.pdf")).toEqual(named("laporan.pdf"));
    expect(clean("folder/")).toEqual(named("berkas.pdf"));
  });

  it("removes control, bidi and zero-width characters", () => {
    expect(clean("lap\0oran\x07.pdf")).toEqual(named("laporan.pdf"));
    // The override would make "invoice\u202Efdp.exe" read as "invoiceexe.pdf"; without it the real name shows.
    expect(clean("invoice\u202Efdp.exe")).toEqual(named("invoicefdp.exe.pdf"));
    expect(clean("la\u200Bpo\uFEFFran\u2066.pdf\u2069")).toEqual(named("laporan.pdf"));
    expect(clean("a\u0085b\u009Fc.pdf")).toEqual(named("a bc.pdf"));
    expect(clean("Notulen\trapat\r\n1.pdf")).toEqual(named("Notulen rapat 1.pdf"));
    // Removing the zero-width space lets the accent join its letter.
    expect(clean("Kafe\u200B\u0301.pdf")).toEqual(named("Kafé.pdf"));
  });

  it("collapses whitespace and trims spaces and dots", () => {
    expect(clean("  Notulen \t\n rapat\u00A0\u3000 1 .pdf. ")).toEqual(named("Notulen rapat 1 .pdf"));
    expect(clean(".pdf")).toEqual(named("pdf.pdf"));
    expect(clean("   ")).toEqual(named("berkas.pdf"));
    expect(clean("")).toEqual(named("berkas.pdf"));
    expect(clean("\u202E\u200B")).toEqual(named("berkas.pdf"));
  });

  it("keeps Unicode names, in NFC", () => {
    expect(clean("Notulen FGD – Kota Surakarta.pdf")).toEqual(named("Notulen FGD – Kota Surakarta.pdf"));
    expect(clean("Kafe\u0301 Ternate.pdf")).toEqual(named("Kafé Ternate.pdf"));
    expect(clean("دليل المدينة.pdf")).toEqual(named("دليل المدينة.pdf"));
  });

  it("caps long names at 150 characters, keeping the extension", () => {
    const long = clean(`${"a".repeat(300)}.pdf`);
    expect(long).toEqual(named(`${"a".repeat(146)}.pdf`));
    const noExt = clean("b".repeat(300), "png");
    expect(noExt).toEqual(named(`${"b".repeat(150)}.png`));
    // A surrogate pair is never split in half.
    const emoji = clean(`${"😀".repeat(100)}.pdf`);
    expect(emoji.ok && emoji.name).toBe(`${"😀".repeat(73)}.pdf`);
  });

  it("checks the extension against the content", () => {
    expect(clean("foto.jpg", "pdf")).toEqual({ ok: false, reason: "mismatch" });
    expect(clean("laporan.pdf", "png")).toEqual({ ok: false, reason: "mismatch" });
    expect(clean("tabel.XLSX", "docx")).toEqual({ ok: false, reason: "mismatch" });
    expect(clean("foto.JPEG", "jpeg")).toEqual(named("foto.JPEG"));
    expect(clean("foto.jpg", "jpeg")).toEqual(named("foto.jpg"));
    expect(clean("evil.html", "png")).toEqual(named("evil.html.png"));
    expect(clean("setup.exe", "docx")).toEqual(named("setup.exe.docx"));
    expect(clean("scan")).toEqual(named("scan.pdf"));
    expect(clean("foto", "jpeg")).toEqual(named("foto.jpg"));
  });

  it("never returns a path, a control character or an empty name (property)", () => {
    const kinds = fc.constantFrom(...(Object.keys(MEDIA_TYPES) as MediaKind[]));
    const tricky = fc.constantFrom("/", "\\", "..", ".", " ", "\0", "\u202E", "\u200B", "\uFEFF", "\uD800", "\uDC00", "\n", "\u0085", ".pdf", ".exe");
    const names = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      fc.array(fc.oneof(tricky, fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 80 }).map((p) => p.join("")),
      fc.string({ unit: "binary", minLength: 140, maxLength: 400 }),
    );
    fc.assert(
      fc.property(names, kinds, (raw, k) => {
        const result = cleanFileName(raw, k);
        if (!result.ok) {
          expect(result.reason).toBe("mismatch");
          return;
        }
        const { name } = result;
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(155);
        expect(name).not.toMatch(/[/\\\p{Cc}\p{Cf}\p{Cs}]/u);
        expect(name).toBe(name.normalize("NFC"));
        expect(EXTENSIONS[k]).toContain(name.slice(name.lastIndexOf(".") + 1).toLowerCase());
        const header = contentDisposition("attachment", name);
        expect(header).not.toMatch(/[\r\n\0]/);
        expect(decodeURIComponent(header.split("filename*=UTF-8''")[1])).toBe(name);
      }),
      { numRuns: 500 },
    );
  });
});

describe("contentDisposition", () => {
  const fallbackOf = (header: string) => /filename="([^"]*)"/.exec(header)?.[1];
  const extendedOf = (header: string) => decodeURIComponent(header.split("filename*=UTF-8''")[1]);

  it("gives an ASCII fallback and the UTF-8 name", () => {
    const name = "Notulen “FGD” Surakarta.pdf";
    const header = contentDisposition("attachment", name);
    expect(header).toBe(`attachment; filename="Notulen _FGD_ Surakarta.pdf"; filename*=UTF-8''Notulen%20%E2%80%9CFGD%E2%80%9D%20Surakarta.pdf`);
    expect(extendedOf(header)).toBe(name);
    expect(contentDisposition("inline", "scan.png")).toBe(`inline; filename="scan.png"; filename*=UTF-8''scan.png`);
  });

  it("cannot be broken out of by quotes, semicolons or new lines", () => {
    const name = `a"b\\c;d\r\nSet-Cookie: x=1\0e'(f)*%20.pdf`;
    const header = contentDisposition("attachment", name);
    expect(header).not.toMatch(/[\r\n\0]/);
    const fallback = fallbackOf(header);
    expect(fallback).toBe("a_b_c_d__Set-Cookie: x=1_e'(f)*_20.pdf");
    expect(header.split("filename*=UTF-8''")[1]).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    expect(extendedOf(header)).toBe(name);
  });

  it("survives a lone surrogate and an empty name", () => {
    expect(contentDisposition("attachment", "a\uD800b")).toBe(`attachment; filename="a_b"; filename*=UTF-8''a%EF%BF%BDb`);
    expect(contentDisposition("attachment", "")).toBe(`attachment; filename="berkas"; filename*=UTF-8''berkas`);
  });

  it("never lets CR, LF or NUL into the header (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })), fc.constantFrom("attachment" as const, "inline" as const), (name, type) => {
        const header = contentDisposition(type, name);
        expect(header).not.toMatch(/[\r\n\0]/);
        expect(fallbackOf(header)).toMatch(/^[\x20-\x7e]*$/);
      }),
      { numRuns: 500 },
    );
  });
});
