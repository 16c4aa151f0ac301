import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { pickMessages, type Messages } from "@/lib/i18n/messages";

/** Gives the client components below it only the catalogue namespaces they use. */
export async function ClientIntl({ namespaces, children }: { namespaces: (keyof Messages)[]; children: React.ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(messages as Messages, ["forms", ...namespaces])} timeZone="Asia/Jakarta">
      {children}
    </NextIntlClientProvider>
  );
}
