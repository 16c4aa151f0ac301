import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl">{t("notFoundTitle")}</h1>
      <p className="mb-6">{t("notFoundBody")}</p>
      <p><Link href="/">{t("backHome")}</Link></p>
    </div>
  );
}
