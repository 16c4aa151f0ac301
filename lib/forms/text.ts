// What counts as text in a form field. Control characters, bidirectional overrides and zero-width
// characters are never content: they come from copy-paste or from someone making a title look empty
// or read backwards. They are removed; everything else — Indonesian text, emoji with their joiners,
// skin tones and flags — stays exactly as typed. Runs in the browser too (the proposal form).

/** C0 and C1 controls except tab and line feed, and DEL. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Embeddings, overrides, isolates and direction marks: they change how text reads, not what it says. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/**
 * Zero-width and invisible format characters: zero-width space and non-joiner, word joiner, invisible
 * operators, deprecated format characters, byte-order mark, soft hyphen, Mongolian vowel separator,
 * combining grapheme joiner, interlinear annotation marks, musical-symbol formatting.
 */
const INVISIBLE = /[\u00AD\u034F\u180E\u200B\u200C\u2060-\u2064\u206A-\u206F\uFEFF\uFFF9-\uFFFB]|[\u{1D173}-\u{1D17A}]|\u{E0001}/gu;
/** A zero-width joiner is kept only inside an emoji sequence (👩‍💻): between two pictographs. */
const LONE_JOINER = /(?<!\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
/** Tag characters are kept only in a subdivision flag (🏴 + tags + cancel tag). */
const FLAG = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;
const TAGS = /[\u{E0020}-\u{E007F}]/gu;
/** Anything a reader can see: not whitespace, separator, format character, a mark on its own, or a
 * character that renders as nothing although it is a letter or symbol (Hangul fillers, braille blank). */
const VISIBLE = /[^\s\p{Z}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u;

function stripTags(value: string): string {
  if (!/[\u{E0020}-\u{E007F}]/u.test(value)) return value;
  const flags: string[] = [];
  const held = value.replace(FLAG, (flag) => `\u0000${flags.push(flag) - 1}\u0000`);
  return held.replace(TAGS, "").replace(/\u0000(\d+)\u0000/g, (_m, i: string) => flags[Number(i)]);
}

/**
 * The text as it is stored: line ends as "\n", invisible and deceptive characters removed, and (for
 * one-line fields) line breaks and tabs as spaces. Leading and trailing whitespace is trimmed.
 */
export function cleanText(raw: string, { multiline = true }: { multiline?: boolean } = {}): string {
  let value = raw.replace(/\r\n?/g, "\n").replace(/[\u2028\u2029]/g, "\n");
  value = value.replace(CONTROLS, "").replace(BIDI, "").replace(INVISIBLE, "").replace(LONE_JOINER, "");
  value = stripTags(value);
  if (!multiline) value = value.replace(/[\n\t]/g, " ");
  value = value.trim();
  // Text made only of blank-looking characters, marks or separators is empty.
  return hasVisibleText(value) ? value : "";
}

/** Whether a reader would see anything at all. */
export function hasVisibleText(value: string): boolean {
  return VISIBLE.test(value);
}

/** Characters cleanText always removes; for tests and for exporters' last line of defence. */
export function containsForbiddenCharacters(value: string): boolean {
  return [CONTROLS, BIDI, INVISIBLE].some((re) => new RegExp(re.source, "u").test(value));
}

/** For text leaving the portal (CSV, spreadsheets, PDFs): controls other than tab and line feed never go out. */
export function withoutControls(value: string): string {
  return value.replace(CONTROLS, "").replace(BIDI, "");
}
