import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/forms/ButtonForm";
import { ParticipantForm } from "@/components/forums/ParticipantForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, granted, requirePermission } from "@/lib/auth/guard.server";
import { PARTICIPATION_STATUSES } from "@/lib/domain/enums";
import { removeParticipantAction, updateParticipantAction } from "@/lib/forums/actions";
import { participantForStewards } from "@/lib/forums/queries.server";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participationForm"))("editTitle") };
}

export default async function EditParticipantPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const user = await requirePermission("forum.manageParticipation");
  const { slug, id } = await params;
  const [{ participant, cities }, t, tEnums, tForms, locale] = await Promise.all([
    participantForStewards(actorOf(user), slug, id).then(granted),
    getTranslations("participationForm"),
    getTranslations("enums"),
    getTranslations("forms"),
    getLocale(),
  ]);
  const { forum } = participant;
  return (
    <>
      <PageHeader title={t("editTitle")} lead={`${participant.name}. ${localized(locale, forum.title, forum.titleEn)}`} />
      <ClientIntl namespaces={["participationForm", "accounts"]}>
        <ParticipantForm
          action={updateParticipantAction.bind(null, participant.id)}
          initial={{ name: participant.name, jobTitle: participant.jobTitle, office: participant.office, cityId: participant.cityId ?? "", status: participant.status }}
          cities={cities}
          statusOptions={PARTICIPATION_STATUSES.map((s) => ({ value: s, label: tEnums(`participationStatus.${s}`) }))}
          submitLabel={tForms("save")}
          cancelHref={`/manage/forums/${forum.slug}/participation`}
        />
        <div className="mt-12 border-t border-[var(--color-line)] pt-6">
          <ButtonForm action={removeParticipantAction.bind(null, participant.id)} title={t("remove")} hint={t("removeHint")} label={t("remove")} danger />
        </div>
      </ClientIntl>
    </>
  );
}
