import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HideForm } from "@/components/discussion/HideForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, granted, requireUser } from "@/lib/auth/guard.server";
import { hideCommentAction } from "@/lib/discussion/actions";
import { commentFor } from "@/lib/discussion/queries.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("discussion"))("hideTitle") };
}

export default async function HideCommentPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, requireUser()]);
  const comment = granted(await commentFor(actorOf(user), id.slice(0, 40), "comment.hide"));
  const t = await getTranslations("discussion");
  return (
    <>
      <PageHeader title={t("hideTitle")} lead={t("hideLead")} />
      <figure className="mb-6 max-w-2xl border-l-4 border-[var(--color-line)] pl-4">
        <figcaption className="font-semibold">{t("theComment", { author: comment.author ?? t("formerMember") })}</figcaption>
        <blockquote className="whitespace-pre-line break-words">{comment.body}</blockquote>
      </figure>
      <ClientIntl namespaces={["discussion"]}>
        <HideForm action={hideCommentAction.bind(null, comment.id)} cancelHref={comment.href} />
      </ClientIntl>
    </>
  );
}
