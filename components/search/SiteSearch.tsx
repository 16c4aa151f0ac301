import { getTranslations } from "next-intl/server";

/** The header's search box: a GET form to /search, so it works without JavaScript. */
export async function SiteSearch() {
  const t = await getTranslations("search");
  return (
    <form role="search" action="/search" method="get" aria-label={t("boxLabel")} className="flex items-center gap-2">
      <label htmlFor="site-search" className="sr-only">{t("boxLabel")}</label>
      <input id="site-search" name="q" type="search" autoComplete="off" placeholder={t("boxPlaceholder")} className="min-h-11 w-40 rounded border-2 border-white px-2 bg-white text-[var(--color-ink)] sm:w-56" />
      <button type="submit" className="btn btn-secondary min-h-11 py-1">{t("submit")}</button>
    </form>
  );
}
