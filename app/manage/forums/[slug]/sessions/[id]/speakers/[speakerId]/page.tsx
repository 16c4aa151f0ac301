import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/forms/ButtonForm";
import { SpeakerForm } from "@/components/forums/SpeakerForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, granted, requirePermission } from "@/lib/auth/guard.server";
import { removeSpeakerAction, updateSpeakerAction } from "@/lib/forums/actions";
import { speakerForStewards } from "@/lib/forums/queries.server";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programmeForm"))("editSpeakerTitle") };
}

export default async function EditSpeakerPage({ params }: { params: Promise<{ slug: string; id: string; speakerId: string }> }) {
  const user = await requirePermission("forum.manageProgramme");
  const { slug, id, speakerId } = await params;
  const [speaker, t, tForms, locale] = await Promise.all([
    speakerForStewards(actorOf(user), slug, id, speakerId).then(granted),
    getTranslations("programmeForm"),
    getTranslations("forms"),
    getLocale(),
  ]);
  const { session } = speaker;
  return (
    <>
      <PageHeader title={t("editSpeakerTitle")} lead={`${speaker.name}. ${localized(locale, session.title, session.titleEn)}`} />
      <ClientIntl namespaces={["programmeForm", "accounts"]}>
        <SpeakerForm
          action={updateSpeakerAction.bind(null, speaker.id)}
          initial={{ name: speaker.name, role: speaker.role, roleEn: speaker.roleEn ?? "" }}
          submitLabel={tForms("save")}
          cancelHref={`/manage/forums/${session.forum.slug}/sessions/${session.id}#speakers`}
        />
        <div className="mt-12 border-t border-[var(--color-line)] pt-6">
          <ButtonForm action={removeSpeakerAction.bind(null, speaker.id)} title={t("removeSpeaker")} hint={t("removeSpeakerHint")} label={t("removeSpeaker")} danger />
        </div>
      </ClientIntl>
    </>
  );
}
