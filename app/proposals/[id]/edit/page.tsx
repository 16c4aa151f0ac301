import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { ProposalForm } from "@/components/proposals/ProposalForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { assertRecordAccess, requireUser } from "@/lib/auth/guard.server";
import { getDb } from "@/lib/db.server";
import { saveProposalAction } from "@/lib/proposals/actions";
import { EDITABLE } from "@/lib/proposals/constants";
import { formValuesOf } from "@/lib/proposals/form-values";
import { getProposalForEdit, proposalFormOptions } from "@/lib/proposals/queries.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposalForm"))("editTitle") };
}

export default async function EditProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const db = getDb();
  const proposal = await getProposalForEdit(db, id.slice(0, 40));
  assertRecordAccess(user, proposal && { cityId: proposal.cityId, status: proposal.status }, "proposal.view", "proposal.edit");
  if (!proposal) notFound();
  const [t, tp, options, locale] = await Promise.all([getTranslations("proposalForm"), getTranslations("proposals"), proposalFormOptions(db), getLocale()]);
  if (!EDITABLE.includes(proposal.status)) {
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
