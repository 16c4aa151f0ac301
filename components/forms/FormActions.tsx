"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { SubmitButton } from "./SubmitButton";

export function FormActions({ submitLabel, cancelHref }: { submitLabel?: string; cancelHref: string }) {
  const t = useTranslations("forms");
  return (
    <div className="mt-6 flex flex-wrap items-center gap-4">
      <SubmitButton label={submitLabel ?? t("save")} pendingLabel={t("saving")} />
      <Link href={cancelHref}>{t("cancel")}</Link>
    </div>
  );
}
