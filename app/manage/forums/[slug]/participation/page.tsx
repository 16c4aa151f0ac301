import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CityParticipationForm } from "@/components/forums/CityParticipationForm";
import { ParticipantForm } from "@/components/forums/ParticipantForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { DataTable } from "@/components/ui/DataTable";
import { Notice } from "@/components/ui/Notice";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, granted, requirePermission } from "@/lib/auth/guard.server";
import { PARTICIPATION_STATUSES } from "@/lib/domain/enums";
import { addParticipantAction, setCityParticipationAction } from "@/lib/forums/actions";
import { participationForStewards } from "@/lib/forums/queries.server";
import { localized } from "@/lib/i18n/localized";
import { noticeKey } from "@/lib/i18n/notices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participationForm"))("title") };
}

export default async function ForumParticipationPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string }> }) {
  const user = await requirePermission("forum.manageParticipation");
  const [{ slug }, { saved }] = await Promise.all([params, searchParams]);
  const [{ forum, cities, participants }, t, tEnums, locale] = await Promise.all([
    participationForStewards(actorOf(user), slug).then(granted),
    getTranslations("participationForm"),
    getTranslations("enums"),
    getLocale(),
  ]);
  const savedKey = noticeKey({ cities: "savedcities", added: "savedadded", updated: "savedupdated", removed: "savedremoved" } as const, saved);
  const statusOptions = PARTICIPATION_STATUSES.map((s) => ({ value: s, label: tEnums(`participationStatus.${s}`) }));
  return (
    <>
      {savedKey && <Notice>{t(savedKey)}</Notice>}
      <PageHeader title={t("title")} lead={`${localized(locale, forum.title, forum.titleEn)}. ${t("lead")}`} actions={[{ href: `/forums/${forum.slug}`, label: t("backToForum") }]} />
      <ClientIntl namespaces={["participationForm"]}>
        <CityParticipationForm
          action={setCityParticipationAction.bind(null, forum.id)}
          cities={cities.map((c) => ({ id: c.id, name: c.name, membership: tEnums(`membership.${c.membershipStatus}`), status: c.status, note: c.note }))}
          statusOptions={statusOptions}
        />
      </ClientIntl>

      <section aria-labelledby="people-title">
        <h2 id="people-title" className="mb-3 text-2xl">{t("peopleTitle")}</h2>
        <DataTable
          caption={t("peopleCaption")}
          rows={participants}
          rowKey={(p) => p.id}
          empty={t("noPeople")}
          columns={[
            { key: "name", header: t("name"), rowHeader: true, cell: (p) => p.name },
            { key: "jobTitle", header: t("jobTitle"), cell: (p) => p.jobTitle },
            { key: "office", header: t("office"), cell: (p) => p.office },
            { key: "city", header: t("cityId"), cell: (p) => p.city?.name ?? "—" },
            { key: "status", header: t("status"), cell: (p) => tEnums(`participationStatus.${p.status}`) },
            { key: "edit", header: <span className="sr-only">{t("editTitle")}</span>, cell: (p) => <Link href={`/manage/forums/${forum.slug}/participants/${p.id}`}>{t("editPerson", { name: p.name })}</Link> },
          ]}
        />
        <div className="mt-8">
          <ClientIntl namespaces={["participationForm"]}>
            <ParticipantForm
              action={addParticipantAction.bind(null, forum.id)}
              initial={{ status: "ATTENDED" }}
              cities={cities}
              statusOptions={statusOptions}
              title={t("addTitle")}
              submitLabel={t("addSubmit")}
            />
          </ClientIntl>
        </div>
      </section>
    </>
  );
}
