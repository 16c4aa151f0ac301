import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ForumForm } from "@/components/forums/ForumForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";
import { cityOptionsFor } from "@/lib/cities/queries.server";
import { createForumAction } from "@/lib/forums/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forumForm"))("newTitle") };
}

export default async function NewForumPage() {
  const user = await requirePermission("forum.create");
  const [t, cities] = await Promise.all([getTranslations("forumForm"), cityOptionsFor(actorOf(user), "forum.create")]);
  if (!cities) notFound();
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <ClientIntl namespaces={["forumForm"]}>
        <ForumForm action={createForumAction} initial={{}} cities={cities} cancelHref="/forums" />
      </ClientIntl>
    </>
  );
}
