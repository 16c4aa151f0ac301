import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/accounts/InviteForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { notFound } from "next/navigation";
import { invitationForm } from "@/lib/accounts/queries.server";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("inviteTitle") };
}

export default async function InvitePage() {
  const user = await requirePermission("user.invite", { role: "DELEGATE" });
  const [t, form] = await Promise.all([getTranslations("accounts"), invitationForm(actorOf(user))]);
  if (!form) notFound();
  return (
    <>
      <PageHeader title={t("inviteTitle")} lead={t("inviteLead")} />
      <ClientIntl namespaces={["accounts", "roles"]}>
        <InviteForm roles={form.roles} cities={form.cities} />
      </ClientIntl>
    </>
  );
}
