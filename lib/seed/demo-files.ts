// Sample evidence files for the demo data: small PDFs drawn with the same fonts as the reports, each
// saying on its face that it is sample data, stored like any upload (lib/attachments: rows and chunks).
import { createHash } from "node:crypto";
import path from "node:path";
import PDFDocument from "pdfkit";
import { CHUNK_BYTES } from "@/lib/attachments/settings";
import type { Tx } from "@/lib/db.server";

const FONT = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", "DejaVuSans.ttf");
const BOLD = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", "DejaVuSans-Bold.ttf");

/** A one-page A4 PDF with a title and paragraphs, marked as sample data. */
export function samplePdf(title: string, paragraphs: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 56, font: FONT, lang: "id-ID", info: { Title: title, Author: "Portal Pokja Kota Inklusif (data contoh)" } });
    const parts: Buffer[] = [];
    doc.on("data", (b: Buffer) => parts.push(b));
    doc.on("end", () => resolve(Buffer.concat(parts)));
    doc.on("error", reject);
    doc.font(BOLD).fontSize(9).fillColor("#b45309").text("DATA CONTOH: BUKAN DOKUMEN RESMI").moveDown();
    doc.font(BOLD).fontSize(16).fillColor("#111827").text(title).moveDown();
    for (const p of paragraphs) doc.font(FONT).fontSize(11).text(p).moveDown(0.6);
    doc.end();
  });
}

type Holder = { proposalId: string } | { forumId: string };

/** Stores `data` as a demo file on a record, by `uploadedById`, in the caller's transaction. */
export async function addDemoFile(tx: Tx, holder: Holder, file: { name: string; description: string; data: Buffer; uploadedById: string | null; createdAt: Date }) {
  const row = await tx.attachment.create({
    data: {
      ...holder, fileName: file.name, mediaType: "application/pdf", size: file.data.length, sha256: createHash("sha256").update(file.data).digest("hex"),
      description: file.description, uploadedById: file.uploadedById, createdAt: file.createdAt, isDemo: true,
    },
  });
  const piece = CHUNK_BYTES;
  for (let position = 0; position * piece < file.data.length; position++) {
    await tx.attachmentChunk.create({ data: { attachmentId: row.id, position, data: new Uint8Array(file.data.subarray(position * piece, (position + 1) * piece)) } });
  }
}
