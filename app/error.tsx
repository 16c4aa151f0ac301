"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";

// The root layout gives this boundary the "errors" messages (components/i18n/ClientIntl), so the
// visitor reads it in their own language.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl">{t("errorTitle")}</h1>
      <p>{t("errorBody")}</p>
      {error.digest && <p className="text-sm text-[var(--color-muted)]">{t("reference", { digest: error.digest })}</p>}
      <p className="flex flex-wrap gap-3">
        <button type="button" className="btn" onClick={() => reset()}>{t("tryAgain")}</button>
        <Link href="/" className="btn btn-secondary">{t("backHome")}</Link>
      </p>
    </div>
  );
}
