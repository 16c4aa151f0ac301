import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/SignInForm";
import { Notice } from "@/components/ui/Notice";
import { safeDestination } from "@/lib/http/destination";
import { getCurrentUser } from "@/lib/auth/session.server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

type Search = Promise<{ callbackUrl?: string; notice?: string; email?: string }>;

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const [t, user, params] = await Promise.all([getTranslations("signIn"), getCurrentUser(), searchParams]);
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl">{t("title")}</h1>
      {params.notice === "invited" && <Notice>{t("invited")}</Notice>}
      {params.notice === "passwordReset" && <Notice>{t("passwordReset")}</Notice>}
      {user && <p className="mb-4 bg-[var(--color-brand-soft)] p-3">{t("alreadySignedIn", { name: user.name })}</p>}
      <p className="mb-6">{t("lead")}</p>
      <SignInForm
        callbackUrl={safeDestination(params.callbackUrl)}
        email={typeof params.email === "string" ? params.email.slice(0, 254) : ""}
        labels={{
          email: t("email"),
          emailHint: t("emailHint"),
          password: t("password"),
          submit: t("submit"),
          submitting: t("submitting"),
          errorSummaryTitle: t("errorSummaryTitle"),
        }}
      />
    </div>
  );
}
