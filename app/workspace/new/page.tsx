import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { ProposalForm } from "@/components/proposals/ProposalForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { notFound } from "next/navigation";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";
import { saveProposalAction } from "@/lib/proposals/actions";
import { newProposalForm } from "@/lib/proposals/queries.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposalForm"))("newTitle") };
}

export default async function NewProposalPage() {
  const user = await requirePermission("proposal.workspace");
  const [t, form] = await Promise.all([getTranslations("proposalForm"), newProposalForm(actorOf(user))]);
  if (!form) notFound();
  return (
    <>
      <PageHeader title={t("newTitle")} lead={t("lead")} />
      <ClientIntl namespaces={["proposalForm", "enums"]}>
        {/* The forum whose submission period is open now is the likely choice. */}
        <ProposalForm action={saveProposalAction.bind(null, null)} initial={{ forumId: form.openForumId }} version={0} proposalId={null} options={form.options} canSubmit />
      </ClientIntl>
    </>
  );
}
