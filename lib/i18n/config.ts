export const locales = ["id", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "id";
/** The cookie next-intl uses by convention; it remembers the visitor's language choice for a year. */
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The request header through which the proxy passes the language an address names to the pages. */
export const LOCALE_HEADER = "x-pokja-locale";

/** The query parameter that carries a page's language in its address (docs/decisions/0003). */
export const LANG_PARAM = "lang";

/**
 * `path` ("/agenda/x?page=2") as a link in `locale`: the default language needs no parameter, any
 * other carries ?lang=, so a copied address opens in the language it was read in.
 */
export function withLanguage(path: string, locale: Locale): string {
  const url = new URL(path, "http://portal.invalid");
  url.searchParams.delete(LANG_PARAM);
  if (locale !== defaultLocale) url.searchParams.set(LANG_PARAM, locale);
  return `${url.pathname}${url.search}${url.hash}`;
}
