// Files for upload tests, built in memory: a PDF of any size, a PNG, and a multipart request for the
// upload endpoint exactly as a browser sends it (FormData), or as a stream that a test controls.
import { createHash } from "node:crypto";

/** A PDF of `size` bytes: a real header and trailer around filler (detection reads the start). */
export function pdfOf(size = 2048, seed = 1): Buffer {
  const head = Buffer.from(`%PDF-1.4\n% uji ${seed}\n1 0 obj << /Type /Catalog >> endobj\n`);
  const tail = Buffer.from("\ntrailer << /Root 1 0 R >>\n%%EOF\n");
  const filler = Buffer.alloc(Math.max(0, size - head.length - tail.length));
  for (let i = 0; i < filler.length; i++) filler[i] = 32 + ((i * 31 + seed * 7) % 90);
  return Buffer.concat([head, filler, tail]);
}

export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0", "latin1"), Buffer.alloc(64, 7)]);

export const sha256 = (b: Buffer | Uint8Array) => createHash("sha256").update(b).digest("hex");

export const UPLOAD_ORIGIN = "http://portal.test";

/** A browser-like upload: description first, then the files, posted to the upload endpoint. */
export function uploadRequest(query: Record<string, string>, description: string, files: { name: string; data: Buffer; type?: string }[], headers: Record<string, string> = {}): Request {
  const body = new FormData();
  body.set("description", description);
  for (const f of files) body.append("file", new File([new Uint8Array(f.data)], f.name, { type: f.type ?? "application/octet-stream" }));
  return new Request(`${UPLOAD_ORIGIN}/api/uploads?${new URLSearchParams(query)}`, { method: "POST", body, headers: { origin: UPLOAD_ORIGIN, host: "portal.test", ...headers } });
}

/** A multipart body the test feeds piece by piece (to cut it off, or to stall it). */
export function streamedUpload(query: Record<string, string>, parts: (controller: ReadableStreamDefaultController<Uint8Array>, boundary: string) => Promise<void> | void, headers: Record<string, string> = {}): Request {
  const boundary = "----pokjaTestBoundary7MA4YWxkTrZu0gW";
  const body = new ReadableStream<Uint8Array>({ start: (controller) => parts(controller, boundary) });
  return new Request(`${UPLOAD_ORIGIN}/api/uploads?${new URLSearchParams(query)}`, {
    method: "POST", body, duplex: "half", headers: { "content-type": `multipart/form-data; boundary=${boundary}`, origin: UPLOAD_ORIGIN, host: "portal.test", ...headers },
  } as RequestInit);
}

/** The opening of a multipart body: a description field and the header of one file part. */
export function multipartHead(boundary: string, description: string, fileName: string): Uint8Array {
  return new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="description"\r\n\r\n${description}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
}

export const multipartTail = (boundary: string) => new TextEncoder().encode(`\r\n--${boundary}--\r\n`);

/** A response body read whole (for comparing bytes). */
export async function bytesOf(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}
