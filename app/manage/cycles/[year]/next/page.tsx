import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { NextCycleForm } from "@/components/cycles/NextCycleForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, granted, requirePermission } from "@/lib/auth/guard.server";
import { startNextCycleAction } from "@/lib/cycles/actions";
import { nextCycleFormFor } from "@/lib/cycles/queries.server";
import { parseYearParam } from "@/lib/cycles/schemas";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata({ params }: { params: Promise<{ year: string }> }): Promise<Metadata> {
  const year = parseYearParam((await params).year);
  return { title: (await getTranslations("cycles"))("nextTitle", { year: year ?? "" }) };
}

export default async function NextCyclePage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requirePermission("cycle.manage");
  const year = parseYearParam((await params).year);
  if (!year) notFound();
  const [form, t, locale] = await Promise.all([nextCycleFormFor(actorOf(user), year).then(granted), getTranslations("cycles"), getLocale()]);
  return (
    <>
      <PageHeader title={t("nextTitle", { year })} lead={t("nextLead", { year })} actions={[{ href: `/agenda/editions/${year}`, label: t("viewEdition", { year }) }]} />
      {form.status === "CLOSED" ? <Notice tone="info">{t("alreadyStarted")}</Notice> : (
        <>
          {form.drafts > 0 && <p className="mb-4 max-w-3xl">{t("draftsCarried", { count: form.drafts })}</p>}
          <ClientIntl namespaces={["cycles"]}>
            <NextCycleForm
              action={startNextCycleAction.bind(null, year)}
              suggestedYear={form.suggestedYear}
              cancelHref="/manage/cycles"
              items={form.items.map((i) => ({
                id: i.agendaItemId!, position: i.position, title: localized(locale, i.title, i.titleEn),
                progress: t("itemProgress", { done: i.doneCount, commitments: i.commitmentCount }),
              }))}
            />
          </ClientIntl>
        </>
      )}
    </>
  );
}
