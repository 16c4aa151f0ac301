import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForumForm } from "@/components/forums/ForumForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, granted, requirePermission } from "@/lib/auth/guard.server";
import { utcToDateOnly } from "@/lib/format/zones";
import { updateForumAction } from "@/lib/forums/actions";
import { forumForStewards } from "@/lib/forums/queries.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forumForm"))("editTitle") };
}

export default async function EditForumPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requirePermission("forum.update");
  const [{ forum, cities }, t] = await Promise.all([forumForStewards(actorOf(user), (await params).slug, "forum.update").then(granted), getTranslations("forumForm")]);
  return (
    <>
      <PageHeader title={t("editTitle")} lead={forum.title} />
      <ClientIntl namespaces={["forumForm"]}>
        <ForumForm
          action={updateForumAction.bind(null, forum.id)}
          cities={cities}
          cancelHref={`/forums/${forum.slug}`}
          initial={{
            title: forum.title, titleEn: forum.titleEn ?? "", slug: forum.slug, venue: forum.venue, hostCityId: forum.hostCityId ?? "",
            startsOn: utcToDateOnly(forum.startsOn), endsOn: utcToDateOnly(forum.endsOn), summary: forum.summary ?? "", summaryEn: forum.summaryEn ?? "",
            objectives: forum.objectives.map((o) => o.text).join("\n"),
            // Line by line with the Indonesian ones: a gap stays an empty line only up to the last English one.
            objectivesEn: forum.objectives.map((o) => o.textEn ?? "").join("\n").trimEnd(),
          }}
        />
      </ClientIntl>
    </>
  );
}
