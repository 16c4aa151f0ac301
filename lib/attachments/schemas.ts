// What an upload names, as it arrives in a URL and a form. Isomorphic: the upload form checks the
// same limits in the browser before sending a byte; the server decides again.
import { z } from "zod";
import { text } from "@/lib/forms/fields";

/** The records that hold files, as they are named in URLs. */
export const RECORD_KINDS = ["proposal", "progressReport", "scorecardEntry", "agendaItem", "forum"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

const recordId = z.string().trim().regex(/^[A-Za-z0-9_-]{1,40}$/);

/** Which record a file goes to, and which of its files it replaces (one file then). */
export const recordRefSchema = z.object({
  on: z.enum(RECORD_KINDS),
  id: recordId,
  replaces: recordId.optional(),
});
export type RecordRef = z.infer<typeof recordRefSchema>;

export const DESCRIPTION_MAX = 500;
export const descriptionSchema = text({ max: DESCRIPTION_MAX, tooLong: "descriptionTooLong", required: "descriptionRequired", multiline: false });

/** Why an upload was refused: each a message key under `attachments.errors`. */
export const UPLOAD_ERRORS = [
  "noFile", "empty", "type", "mismatch", "damaged", "tooBig", "tooMany", "tooManyAtOnce", "duplicate",
  "descriptionRequired", "descriptionTooLong", "interrupted", "malformed", "notAllowed", "replaceOne", "replacedMeanwhile", "crossSite",
] as const;
export type UploadError = (typeof UPLOAD_ERRORS)[number];
export const isUploadError = (v: unknown): v is UploadError => (UPLOAD_ERRORS as readonly string[]).includes(v as string);

/** What the form accepts; the server decides by content (lib/attachments/content.ts). */
export const ACCEPT = ".pdf,.jpg,.jpeg,.png,.webp,.docx,.xlsx,.odt,.ods,application/pdf,image/jpeg,image/png,image/webp";

/** A size in bytes as people read it: "850 KB", "1,2 MB" (Indonesian) / "1.2 MB". */
export function formatBytes(bytes: number, locale: "id" | "en"): string {
  const format = (n: number, digits: number) => new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB", { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024) return `${format(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${format(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
  return `${format(bytes / (1024 * 1024), 1)} MB`;
}
