// Some message keys are data: a zod issue's message, a DomainError's code. They cannot be checked by
// the compiler like t("…") literals are; they are checked at run time here, and the catalogue test
// (tests/lib/i18n/keys.test.ts) fails when a schema names a key the catalogue lacks.
type Values = Record<string, string | number | Date>;
type Translator = { (key: never, values?: never): string; has(key: never): boolean };

export function translateKey(t: Translator, key: string, fallback: string, values?: Values): string {
  const k = key as never;
  return t.has(k) ? t(k, values as never) : fallback;
}
