// Inviting many delegates at once from a pasted list or a spreadsheet: one row per delegate, "e-mail
// address; city" (tab, semicolon or comma between them; a header row is skipped). Pure parsing here;
// checking rows against the database and sending are lib/accounts/bulk.server.ts.
import { z } from "zod";
import { cleanText } from "@/lib/forms/text";

/** At most this many invitations in one go: a list longer than the working group is a mistake. */
export const BULK_MAX_ROWS = 200;
export const BULK_LIST_MAX = 40_000;
/** Spreadsheets above this size are refused before they are read. */
export const BULK_FILE_MAX_BYTES = 1_000_000;

export type RawRow = { line: number; email: string; city: string };

const HEADER = /^(e-?mail|surel|alamat)/i;

/** The rows of a pasted list, numbered as the user sees them (1 = first line). */
export function rowsFromList(list: string): RawRow[] {
  const rows: RawRow[] = [];
  cleanText(list).split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const [email = "", ...rest] = line.split(/\t|;|,/).map((c) => c.trim());
    if (i === 0 && HEADER.test(email) && !email.includes("@")) return;
    rows.push({ line: i + 1, email, city: rest.join(" ").trim() });
  });
  return rows;
}

/** Rows back as the list the form shows, so a preview from a spreadsheet can be checked and sent. */
export const listOf = (rows: readonly { email: string; city: string }[]) => rows.map((r) => `${r.email}; ${r.city}`).join("\n");

export const bulkFields = ["list", "file"] as const;
export type BulkField = (typeof bulkFields)[number];

// Messages are keys of the "accounts" catalogue namespace.
export const bulkSchema = z.object({
  list: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().max(BULK_LIST_MAX, { error: "bulkListTooLong" })),
  intent: z.enum(["preview", "send"]).catch("preview"),
});
