import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { WithdrawForm } from "@/components/proposals/WithdrawForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, granted, requireUser } from "@/lib/auth/guard.server";
import { withdrawProposalAction } from "@/lib/proposals/actions";
import { proposalForWithdrawal } from "@/lib/proposals/queries.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposals"))("withdrawTitle") };
}

export default async function WithdrawPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, requireUser()]);
  const proposal = granted(await proposalForWithdrawal(actorOf(user), id.slice(0, 40)));
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
