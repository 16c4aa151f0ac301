// The zod field types every form schema is built from, so each rule lives once: text is cleaned
// the same way everywhere (lib/forms/text.ts), a date is a real calendar day, a whole number may be
// written with Indonesian thousands dots, a link is a web address. Message arguments are catalogue
// keys of the form's namespace; each limit has its own key, so "too long" never reads as "invalid".
// Isomorphic: the proposal form runs these schemas in the browser as well.
import { z } from "zod";
import { parseCalendarDate, parseLocalDateTime } from "@/lib/format/calendar";
import { parseWholeNumber } from "@/lib/format/numbers";
import { cleanText } from "./text";

type TextOptions = {
  max: number;
  tooLong: string;
  /** Minimum length once cleaned; with `required` as its message. */
  min?: number;
  required?: string;
  /** One-line fields turn line breaks into spaces. */
  multiline?: boolean;
};

const asText = (multiline: boolean) => (v: unknown) => (typeof v === "string" ? cleanText(v, { multiline }) : v === undefined || v === null ? "" : v);

/** A text field; empty is "" (allowed unless `min`/`required` say otherwise). */
export function text({ max, tooLong, min, required, multiline = true }: TextOptions) {
  let schema = z.string({ error: required ?? tooLong });
  if (min !== undefined || required) schema = schema.min(min ?? 1, { error: required ?? tooLong });
  return z.preprocess(asText(multiline), schema.max(max, { error: tooLong }));
}

/** An optional text field that is `undefined` when left empty (e.g. an English title). */
export function optionalText({ max, tooLong, multiline = true }: Omit<TextOptions, "min" | "required">) {
  return z.preprocess((v) => {
    const cleaned = asText(multiline)(v);
    return cleaned === "" ? undefined : cleaned;
  }, z.string().max(max, { error: tooLong }).optional());
}

/** Lines of a textarea, each cleaned and non-empty. */
export function lines(v: unknown): string[] {
  return typeof v === "string" ? cleanText(v).split("\n").map((l) => l.trim()).filter(Boolean) : [];
}

/** A calendar day typed as YYYY-MM-DD that exists (31 February does not). */
export function calendarDate(invalid: string, required = invalid) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v ?? ""),
    z.string({ error: required }).min(1, { error: required }).refine((d) => parseCalendarDate(d) !== null, { error: invalid }),
  );
}

/** An optional calendar day: empty is `undefined`. */
export function optionalCalendarDate(invalid: string) {
  return z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v),
    z.string({ error: invalid }).refine((d) => parseCalendarDate(d) !== null, { error: invalid }).optional(),
  );
}

/** An optional local date and time (datetime-local input) that exists, normalised to "YYYY-MM-DDTHH:MM". */
export function optionalLocalDateTime(invalid: string) {
  return z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.string({ error: invalid }).transform((v, ctx) => {
      const parsed = parseLocalDateTime(v);
      if (!parsed) {
        ctx.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      return parsed;
    }).optional(),
  );
}

/** A whole number of people, staff or the like: "1.250" is 1250. Required; at most `max`. */
export function count({ invalid, required = invalid, max = 9_999_999, tooLarge = invalid }: { invalid: string; required?: string; max?: number; tooLarge?: string }) {
  return z.preprocess((v) => {
    const n = parseWholeNumber(v, { maxDigits: 12 });
    return n === "invalid" ? "invalid" : n === undefined ? undefined : Number(n);
  }, z.number({ error: (issue) => (issue.input === undefined ? required : invalid) }).int({ error: invalid }).max(max, { error: tooLarge }));
}

/**
 * An optional year typed as four digits (a budget year, a plan's first year) within `min`–`max`:
 * empty is `undefined`. "2.025" or "25" is `invalid`, a real year outside the range `outOfRange`.
 */
export function optionalYear({ invalid, outOfRange, min, max }: { invalid: string; outOfRange: string; min: number; max: number }) {
  return z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim()) : v === null ? undefined : v),
    z.string({ error: invalid }).regex(/^\d{4}$/, { error: invalid }).transform(Number)
      .pipe(z.number().min(min, { error: outOfRange }).max(max, { error: outOfRange })).optional(),
  );
}

/** Rupiah: "Rp 1.500.000", "1500000" → 1500000n; empty → undefined. */
export function rupiah(invalid: string) {
  return z.preprocess((v) => parseWholeNumber(v, { money: true }), z.union([z.bigint(), z.undefined()], { error: invalid }));
}

/** Longest web address accepted (the common browser and server limit). */
const LINK_MAX = 2048;

/** A web address (http or https). Too long and malformed are told apart. */
export function link({ invalid, tooLong }: { invalid: string; tooLong: string }) {
  return z.string().max(LINK_MAX, { error: tooLong }).pipe(z.url({ protocol: /^https?$/, error: invalid }));
}

/**
 * A rule across fields that runs only when every field it reads is valid on its own, so a value
 * that already failed ("1.2.3") is not also blamed for breaking a comparison.
 */
export function whenValid(fields: readonly string[]) {
  return {
    when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
      !payload.issues.some((issue) => fields.includes(String(issue.path?.[0] ?? ""))),
  };
}
