// How an official document leaves the server: a PDF download, named, never kept by shared caches.
import { dayOf } from "@/lib/format/zones";

export function pdfResponse(body: ReadableStream<Uint8Array>, stem: string, now: Date): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${stem}-${dayOf(now, "WIB")}.pdf"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
