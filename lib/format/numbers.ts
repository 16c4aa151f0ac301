// Whole numbers as Indonesian officials type them, and every number as people read them. One parser
// for rupiah and counts, one formatter per kind, in the reader's language.

/**
 * "1250", "1.250", "1 250", "1,250" (groups of three, one separator throughout) → 1250n; a leading
 * "Rp"/"IDR" when `money`. Empty → undefined. Decimals, signs and mixed separators are "invalid": a
 * count of people or of rupiah is whole.
 */
export function parseWholeNumber(raw: unknown, { money = false, maxDigits = 15 }: { money?: boolean; maxDigits?: number } = {}): bigint | undefined | "invalid" {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === "bigint") return raw >= 0n ? raw : "invalid";
  if (typeof raw === "number") return Number.isSafeInteger(raw) && raw >= 0 ? BigInt(raw) : "invalid";
  // A field sends one string; a list or an object is not a number someone typed.
  if (typeof raw !== "string") return "invalid";
  let s = String(raw).trim().replace(/[\u00A0\u202F]/g, " ");
  if (money) s = s.replace(/^(rp\.?|idr)\s*/i, "");
  if (s === "") return undefined;
  const grouped = /^\d{1,3}(?:([., ])\d{3})?(?:\1\d{3})*$/.exec(s);
  if (!/^\d+$/.test(s) && !grouped) return "invalid";
  const digits = s.replace(/[., ]/g, "").replace(/^0+(?=\d)/, "");
  return digits.length > maxDigits ? "invalid" : BigInt(digits);
}

type Locale = string;
const tag = (locale: Locale) => (locale === "en" ? "en-GB" : "id-ID");

/** 1500000 → "1.500.000" (id) or "1,500,000" (en). */
export function formatCount(value: number | bigint, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 0 }).format(value);
}

/** A figure that may have one decimal (shares, averages): "12,5" (id) or "12.5" (en). */
export function formatDecimal(value: number, locale: Locale): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 1 }).format(value);
}

/** 1500000 → "Rp 1.500.000" (id) or "IDR 1,500,000" (en). */
export function formatMoney(value: number | bigint, locale: Locale): string {
  return `${locale === "en" ? "IDR" : "Rp"} ${formatCount(value, locale)}`;
}

/** A share already in percent (12.5 → "12,5%" in Indonesian, "12.5%" in English). */
export function formatPercent(value: number, locale: Locale): string {
  return `${formatDecimal(value, locale)}%`;
}

/** How a stored whole number is shown in a form field, so it reads as it would be typed. */
export function wholeNumberInput(value: number | bigint | null | undefined, locale: Locale): string {
  return value === null || value === undefined ? "" : formatCount(value, locale);
}
