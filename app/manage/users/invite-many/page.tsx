import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BulkInviteForm } from "@/components/accounts/BulkInviteForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { requirePermission } from "@/lib/auth/guard.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("bulkTitle") };
}

export default async function InviteManyPage() {
  await requirePermission("user.invite", { role: "DELEGATE" });
  const t = await getTranslations("accounts");
  return (
    <>
      <p className="mb-4"><Link href="/manage/users">{t("backToUsers")}</Link></p>
      <PageHeader title={t("bulkTitle")} lead={t("bulkLead")} />
      <ClientIntl namespaces={["accounts"]}>
        <BulkInviteForm />
      </ClientIntl>
    </>
  );
}
