import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="mt-12 border-t border-[var(--color-line)] bg-[var(--color-surface)]">
      <div className="container-page space-y-2 py-6 text-sm text-[var(--color-muted)]">
        <p>{t("about")}</p>
        <p>{t("accessibility")}</p>
        <p>{t("demoNotice")}</p>
        <p><Link href="/open-data/api">{t("openDataApi")}</Link></p>
      </div>
    </footer>
  );
}
