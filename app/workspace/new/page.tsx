import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { ProposalForm } from "@/components/proposals/ProposalForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePermission } from "@/lib/auth/guard.server";
import { getDb } from "@/lib/db.server";
import { submissionWindowState } from "@/lib/forums/queries.server";
import { saveProposalAction } from "@/lib/proposals/actions";
import { proposalFormOptions } from "@/lib/proposals/queries.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposalForm"))("newTitle") };
}

export default async function NewProposalPage() {
  const user = await requirePermission("proposal.workspace");
  await requirePermission("proposal.create", { cityId: user.cityId });
  const [t, options] = await Promise.all([getTranslations("proposalForm"), proposalFormOptions(getDb())]);
  // The forum whose submission period is open now is the likely choice.
  const open = options.forums.find((f) => submissionWindowState(f) === "open");
  return (
    <>
      <PageHeader title={t("newTitle")} lead={t("lead")} />
      <ClientIntl namespaces={["proposalForm", "enums"]}>
        <ProposalForm action={saveProposalAction.bind(null, null)} initial={{ forumId: open?.id ?? "" }} version={0} proposalId={null} options={options} canSubmit />
      </ClientIntl>
    </>
  );
}
