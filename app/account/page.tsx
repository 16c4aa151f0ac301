import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/accounts/ChangePasswordForm";
import { SelectField } from "@/components/forms/Fields";
import { ClientIntl } from "@/components/i18n/ClientIntl";
import { PageHeader } from "@/components/ui/PageHeader";
import { ownAccount } from "@/lib/accounts/queries.server";
import { actorOf, requireUser } from "@/lib/auth/guard.server";
import { setLocaleAction } from "@/lib/i18n/actions";
import { locales } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("accountTitle") };
}

export default async function AccountPage() {
  const user = await requireUser();
  const [t, tRoles, tLang, locale, { cityName }] = await Promise.all([
    getTranslations("accounts"), getTranslations("roles"), getTranslations("language"), getLocale(), ownAccount(actorOf(user)!),
  ]);
  return (
    <>
      <PageHeader title={t("accountTitle")} />
      <section aria-labelledby="profile-title" className="mb-12">
        <h2 id="profile-title" className="mb-3 text-2xl">{t("profile")}</h2>
        <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">{t("name")}</dt><dd>{user.name}</dd>
          <dt className="font-semibold">{t("email")}</dt><dd className="break-all">{user.email}</dd>
          <dt className="font-semibold">{t("role")}</dt><dd>{tRoles(user.role)}</dd>
          {cityName && (<><dt className="font-semibold">{t("cityId")}</dt><dd>{cityName}</dd></>)}
        </dl>
      </section>
      <div className="mb-12">
        <ClientIntl namespaces={["accounts"]}>
          <ChangePasswordForm email={user.email} />
        </ClientIntl>
      </div>
      <form action={setLocaleAction} className="max-w-md" aria-labelledby="language-title">
        <h2 id="language-title" className="mb-3 text-2xl">{t("languageTitle")}</h2>
        <input type="hidden" name="returnTo" value="/account" />
        <SelectField name="locale" label={tLang("label")} defaultValue={locale} options={locales.map((l) => ({ value: l, label: tLang(l) }))} />
        <button type="submit" className="btn">{t("languageSubmit")}</button>
      </form>
    </>
  );
}
