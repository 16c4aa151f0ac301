// Labels in the language an API client asks for (`?lang=`), from the portal's own catalogues, so a
// code reads the same in the API as on the pages.
import { createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";
import type { ApiLang, TextBody } from "./schemas";

type EnumGroup = keyof typeof id.enums;

export type Labels = {
  lang: ApiLang;
  /** The label of an enum value, e.g. enumLabel("region", "JAWA"). */
  enumLabel: (group: EnumGroup, code: string) => string;
  coded: <C extends string>(group: EnumGroup, code: C) => { code: C; label: string };
  /** Both versions of a text, and the one to read in this language (Indonesian where no English was written). */
  text: (idText: string, enText: string | null | undefined) => TextBody;
  /** A message of the API's own namespace. */
  t: (key: string, values?: Record<string, string | number>) => string;
};

export function labelsFor(lang: ApiLang): Labels {
  const messages = lang === "en" ? en : id;
  const enums = messages.enums as Record<string, Record<string, string>>;
  const translate = createTranslator({ locale: lang, messages: messages as typeof id, namespace: "openDataApi" }) as unknown as Labels["t"];
  const enumLabel = (group: EnumGroup, code: string) => enums[group]?.[code] ?? code;
  return {
    lang,
    enumLabel,
    coded: (group, code) => ({ code, label: enumLabel(group, code) }),
    text: (idText, enText) => {
      const english = enText?.trim() ? enText : null;
      return { id: idText, en: english, label: lang === "en" && english ? english : idText, labelLang: lang === "en" && english ? "en" : "id" };
    },
    t: translate,
  };
}
