import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { ProposalForm } from "@/components/proposals/ProposalForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { actorOf, granted, requireUser } from "@/lib/auth/guard.server";
import { saveProposalAction } from "@/lib/proposals/actions";
import { formValuesOf } from "@/lib/proposals/form-values";
import { proposalForEdit } from "@/lib/proposals/queries.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposalForm"))("editTitle") };
}

export default async function EditProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, requireUser()]);
  const { proposal, editable, options } = granted(await proposalForEdit(actorOf(user), id.slice(0, 40)));
  const [t, tp, locale] = await Promise.all([getTranslations("proposalForm"), getTranslations("proposals"), getLocale()]);
  if (!editable) {
    return (
      <div className="max-w-2xl">
        <h1 className="mb-4 text-3xl">{t("editTitle")}</h1>
        <p className="mb-4">{t("notEditable")}</p>
        <p><Link href={`/proposals/${proposal.id}`}>{tp("details")}</Link></p>
      </div>
    );
  }
  return (
    <>
      <PageHeader title={t("editTitle")} lead={proposal.title} />
      <ClientIntl namespaces={["proposalForm", "enums"]}>
        <ProposalForm
          action={saveProposalAction.bind(null, proposal.id)}
          initial={formValuesOf(proposal, locale)}
          version={proposal.version}
          proposalId={proposal.id}
          options={options}
          canSubmit={proposal.status !== "SUBMITTED"}
        />
      </ClientIntl>
    </>
  );
}
