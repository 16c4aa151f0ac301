// Locale per request, without locale prefixes in URLs: the visitor's remembered choice (cookie),
// otherwise Indonesian. See docs/decisions/0003-i18n-without-url-prefix.md.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, LOCALE_COOKIE } from "./config";
import { loadMessages } from "./messages";

export default getRequestConfig(async () => {
  const stored = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(stored) ? stored : defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: "Asia/Jakarta" };
});
