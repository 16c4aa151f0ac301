import { headers } from "next/headers";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { locales } from "@/lib/i18n/config";
import { setLocaleAction } from "@/lib/i18n/actions";
import { CurrentPathField } from "./CurrentPathField";

/** A plain form per language: works without JavaScript and returns to the same page. */
export async function LanguageSwitch() {
  const [locale, t, h] = await Promise.all([getLocale(), getTranslations("language"), headers()]);
  const returnTo = h.get("x-pokja-path") ?? "/";
  return (
    <div role="group" aria-label={t("switchTo")} className="flex items-center gap-2">
      <span aria-hidden="true" className="text-sm">{t("label")}:</span>
      {locales.map((l) => (
        <form key={l} action={setLocaleAction}>
          <input type="hidden" name="locale" value={l} />
          <Suspense fallback={<input type="hidden" name="returnTo" value={returnTo} />}>
            <CurrentPathField name="returnTo" />
          </Suspense>
          <button
            type="submit"
            lang={l}
            aria-current={l === locale ? "true" : undefined}
            className={`min-h-11 rounded px-3 py-1 text-sm font-semibold ${
              l === locale ? "bg-white text-[var(--color-brand-strong)]" : "border-2 border-white text-white"
            }`}
          >
            {t(l)}
          </button>
        </form>
      ))}
    </div>
  );
}
