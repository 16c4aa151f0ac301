// The official documents' words, read from the message catalogues in the reader's language.
import { createTranslator } from "next-intl";
import { formatDateTime, formatDayOf, type ZoneCode } from "@/lib/format/zones";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import type { LayoutStrings, Text } from "./layout.server";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type DocumentText = {
  locale: Locale;
  /** documents.* */
  t: Translate;
  /** enums.* */
  enumLabel: Translate;
  /** Any key of the catalogue. */
  any: Translate;
  layout: LayoutStrings;
  /** A calendar day as people write it on a letter: "28 Februari 2023" / "28 February 2023". */
  day: (instant: Date, zone: ZoneCode) => string;
  /** The Indonesian text of a record, or its English version when the reader reads English and there is one. */
  pick: (id: string, en: string | null | undefined) => string;
  /** The same, marked as Indonesian when an English document has to quote the Indonesian. */
  quote: (id: string, en: string | null | undefined) => Text;
};

export async function documentText(locale: Locale, now: Date): Promise<DocumentText> {
  const messages = await loadMessages(locale);
  const all = createTranslator({ locale, messages }) as unknown as Translate;
  const t: Translate = (k, v) => all(`documents.${k}`, v);
  return {
    locale, t, any: all,
    enumLabel: (k) => all(`enums.${k}`),
    layout: {
      association: t("association"),
      workingGroup: t("workingGroup"),
      tagline: t("tagline"),
      short: t("short"),
      // Apeksi's own time (Jakarta) for the moment of printing.
      generated: t("generated", { date: formatDateTime(now, locale, "WIB") }),
      pageOf: (page, pages) => t("pageOf", { page, pages }),
      table: (n, title) => t("tableCaption", { number: n, title }),
      figure: (n, title) => t("figureCaption", { number: n, title }),
      part: (title, part, parts) => t("part", { title, part, parts }),
    },
    day: (instant, zone) => formatDayOf(instant, zone, locale),
    pick: (id, en) => (locale === "en" && en ? en : id),
    quote: (id, en) => (locale !== "en" ? id : en ? en : { text: id, lang: "id-ID" }),
  };
}
