import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/accounts/SetPasswordForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { acceptInvitationAction } from "@/lib/accounts/actions";
import { invitationByToken } from "@/lib/accounts/queries.server";

const TOKEN_MESSAGES = { unknown: "tokenunknown", expired: "tokenexpired", used: "tokenused", revoked: "tokenrevoked" } as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("acceptTitle"), referrer: "no-referrer" };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [{ status, invitation }, t, tRoles, tNav] = await Promise.all([invitationByToken(token.slice(0, 100)), getTranslations("accounts"), getTranslations("roles"), getTranslations("nav")]);
  if (status !== "valid" || !invitation) {
    return (
      <div className="max-w-2xl">
        <h1 className="mb-4 text-3xl">{t("tokenInvalidTitle")}</h1>
        <p className="mb-4">{t(TOKEN_MESSAGES[status === "valid" ? "unknown" : status])}</p>
        <p><Link href="/sign-in">{tNav("signIn")}</Link></p>
      </div>
    );
  }
  return (
    <>
      <PageHeader title={t("acceptTitle")} lead={t("acceptLead", { role: tRoles(invitation.role), city: invitation.city?.name ?? "none", email: invitation.email })} />
      <ClientIntl namespaces={["accounts"]}>
        <SetPasswordForm action={acceptInvitationAction.bind(null, token)} email={invitation.email} withName submitLabel={t("acceptSubmit")} />
      </ClientIntl>
    </>
  );
}
