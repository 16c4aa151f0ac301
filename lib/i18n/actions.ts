"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { safeDestination } from "@/lib/http/destination";
import { getCurrentUser } from "@/lib/auth/session.server";
import { setOwnLocale } from "@/lib/accounts/commands.server";
import { getDb } from "@/lib/db.server";
import { defaultLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, locales, withLanguage } from "./config";

const localeForm = z.object({ locale: z.enum(locales).catch(defaultLocale), returnTo: z.unknown().optional() });

/** Remembers the chosen language (cookie, and the account when signed in) and returns to the page. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const { locale, returnTo } = localeForm.parse(Object.fromEntries(formData));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax", httpOnly: false });
  const user = await getCurrentUser();
  if (user && user.locale !== locale) await setOwnLocale(getDb(), user, locale);
  // The address the reader returns to says the new language (and no longer the old one).
  redirect(withLanguage(safeDestination(returnTo), locale));
}
