import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/accounts/InviteForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { ROLES } from "@/lib/accounts/schemas";
import { actorOf, requirePermission } from "@/lib/auth/guard.server";
import { listCityOptions } from "@/lib/cities/queries.server";
import { getDb } from "@/lib/db.server";
import { can } from "@/lib/policy/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("inviteTitle") };
}

export default async function InvitePage() {
  const user = await requirePermission("user.invite", { role: "DELEGATE" });
  const [t, cities] = await Promise.all([getTranslations("accounts"), listCityOptions(getDb())]);
  const roles = ROLES.filter((role) => can(actorOf(user), "user.invite", { role }));
  return (
    <>
      <PageHeader title={t("inviteTitle")} lead={t("inviteLead")} />
      <ClientIntl namespaces={["accounts", "roles"]}>
        <InviteForm roles={roles} cities={cities} />
      </ClientIntl>
    </>
  );
}
