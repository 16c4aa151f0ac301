import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/PageHeader";
import { currentUserCan } from "@/lib/auth/guard.server";
import { formatDate } from "@/lib/format/zones";
import { localized } from "@/lib/i18n/localized";
import { forumsPage } from "@/lib/forums/queries.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forums"))("title") };
}

export default async function ForumsPage() {
  const [t, locale, forums, canAdd] = await Promise.all([getTranslations("forums"), getLocale(), forumsPage(), currentUserCan("forum.create")]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} actions={canAdd ? [{ href: "/manage/forums/new", label: t("add") }] : []} />
      {forums.length === 0 ? (
        <p>{t("noForums")}</p>
      ) : (
        <ul className="space-y-4">
          {forums.map((f) => (
            <li key={f.id} className="rounded border border-[var(--color-line)] p-4">
              <h2 className="mb-1 text-xl">
                <Link href={`/forums/${f.slug}`}>{localized(locale, f.title, f.titleEn)}</Link>
                {f.isDemo && <span className="ml-2 rounded bg-[var(--color-warning-soft)] px-2 text-sm">{t("demo")}</span>}
              </h2>
              <p>
                {formatDate(f.startsOn, locale)}
                {f.endsOn.getTime() !== f.startsOn.getTime() && ` – ${formatDate(f.endsOn, locale)}`} · {f.venue}
              </p>
              <p className="text-[var(--color-muted)]">
                {t("sessionsCount", { count: f._count.sessions })} · {t("citiesCount", { count: f.cities.ATTENDED })}
                {f.cities.INVITED > 0 && ` · ${t("invitedCitiesCount", { count: f.cities.INVITED })}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
