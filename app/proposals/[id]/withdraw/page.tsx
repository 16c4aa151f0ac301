import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { WithdrawForm } from "@/components/proposals/WithdrawForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { assertRecordAccess, requireUser } from "@/lib/auth/guard.server";
import { getDb } from "@/lib/db.server";
import { withdrawProposalAction } from "@/lib/proposals/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposals"))("withdrawTitle") };
}

export default async function WithdrawPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const proposal = await getDb().proposal.findUnique({ where: { id: id.slice(0, 40) }, select: { id: true, title: true, cityId: true, status: true } });
  assertRecordAccess(user, proposal && { cityId: proposal.cityId, status: proposal.status }, "proposal.view", "proposal.withdraw");
  if (!proposal) notFound();
  const t = await getTranslations("proposals");
  return (
    <>
      <PageHeader title={t("withdrawTitle")} lead={`${proposal.title}. ${t("withdrawLead")}`} />
      <ClientIntl namespaces={["proposalForm"]}>
        <WithdrawForm action={withdrawProposalAction.bind(null, proposal.id)} cancelHref={`/proposals/${proposal.id}`} submitLabel={t("withdrawSubmit")} />
      </ClientIntl>
    </>
  );
}
