import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/accounts/SetPasswordForm";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { resetPasswordAction } from "@/lib/accounts/actions";
import { resetByToken } from "@/lib/accounts/queries.server";

const TOKEN_MESSAGES = { unknown: "tokenunknown", expired: "tokenexpired", used: "tokenused", revoked: "tokenrevoked" } as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("resetTitle"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [{ status, reset }, t, tNav] = await Promise.all([resetByToken(token.slice(0, 100)), getTranslations("accounts"), getTranslations("nav")]);
  if (status !== "valid" || !reset) {
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
      <PageHeader title={t("resetTitle")} lead={t("resetLead", { email: reset.user.email })} />
      <ClientIntl namespaces={["accounts"]}>
        <SetPasswordForm action={resetPasswordAction.bind(null, token)} email={reset.user.email} withName={false} submitLabel={t("resetSubmit")} />
      </ClientIntl>
    </>
  );
}
