import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForumForm } from "@/components/forums/ForumForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePermission } from "@/lib/auth/guard.server";
import { listCityOptions } from "@/lib/cities/queries.server";
import { getDb } from "@/lib/db.server";
import { createForumAction } from "@/lib/forums/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forumForm"))("newTitle") };
}

export default async function NewForumPage() {
  await requirePermission("forum.create");
  const [t, cities] = await Promise.all([getTranslations("forumForm"), listCityOptions(getDb())]);
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <ClientIntl namespaces={["forumForm"]}>
        <ForumForm action={createForumAction} initial={{}} cities={cities} cancelHref="/forums" />
      </ClientIntl>
    </>
  );
}
