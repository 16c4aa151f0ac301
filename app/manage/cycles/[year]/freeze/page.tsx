import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FreezeForm } from "@/components/cycles/FreezeForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { Localized } from "@/components/i18n/Localized";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, granted, requirePermission } from "@/lib/auth/guard.server";
import { freezeEditionAction } from "@/lib/cycles/actions";
import { freezeFormFor } from "@/lib/cycles/queries.server";
import { parseYearParam } from "@/lib/cycles/schemas";

export async function generateMetadata({ params }: { params: Promise<{ year: string }> }): Promise<Metadata> {
  const year = parseYearParam((await params).year);
  return { title: (await getTranslations("cycles"))("freezeTitle", { year: year ?? "" }) };
}

export default async function FreezeEditionPage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requirePermission("cycle.manage");
  const year = parseYearParam((await params).year);
  if (!year) notFound();
  const [{ items, frozen }, t, locale] = await Promise.all([freezeFormFor(actorOf(user), year).then(granted), getTranslations("cycles"), getLocale()]);
  return (
    <>
      <PageHeader title={t("freezeTitle", { year })} lead={t("freezeLead", { year })} actions={[{ href: "/manage/cycles", label: t("backToCycles") }]} />
      {frozen ? <Notice tone="info">{t("alreadyFrozen")}</Notice> : items.length === 0 ? <Notice tone="info">{t("nothingToFreeze")}</Notice> : (
        <>
          <h2 className="mb-2 text-2xl">{t("itemsToFreeze", { count: items.length })}</h2>
          <ol className="mb-8 max-w-3xl list-decimal space-y-1 pl-6">
            {items.map((i) => <li key={i.id} className="break-words"><Localized locale={locale} id={i.title} en={i.titleEn} /></li>)}
          </ol>
          <ClientIntl namespaces={["cycles"]}>
            <FreezeForm action={freezeEditionAction.bind(null, year)} year={year} cancelHref="/manage/cycles" />
          </ClientIntl>
        </>
      )}
    </>
  );
}
