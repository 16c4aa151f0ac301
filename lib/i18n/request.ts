// Locale per request, without locale prefixes in URLs: the language the address names (?lang=, read by
// the proxy), else the visitor's remembered choice (cookie), otherwise Indonesian.
// See docs/decisions/0003-i18n-without-url-prefix.md.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, LOCALE_COOKIE, LOCALE_HEADER } from "./config";
import { loadMessages } from "./messages";

export default getRequestConfig(async () => {
  const named = (await headers()).get(LOCALE_HEADER);
  const stored = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(named) ? named : isLocale(stored) ? stored : defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: "Asia/Jakarta" };
});
