import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CommentForm } from "@/components/discussion/CommentForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, granted, requireUser } from "@/lib/auth/guard.server";
import { editCommentAction } from "@/lib/discussion/actions";
import { commentFor } from "@/lib/discussion/queries.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("discussion"))("editTitle") };
}

export default async function EditCommentPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, requireUser()]);
  const comment = granted(await commentFor(actorOf(user), id.slice(0, 40), "comment.edit"));
  const t = await getTranslations("discussion");
  return (
    <>
      <PageHeader title={t("editTitle")} lead={t("editLead")} />
      <ClientIntl namespaces={["discussion"]}>
        <CommentForm action={editCommentAction.bind(null, comment.id)} idPrefix="edit" label={t("bodyLabel")} submitLabel={t("save")} initial={comment.body} />
      </ClientIntl>
      <p className="mt-4"><Link href={comment.href}>{t("cancel")}</Link></p>
    </>
  );
}
