import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl">{t("forbiddenTitle")}</h1>
      <p className="mb-6">{t("forbiddenBody")}</p>
      <p><Link href="/">{t("backHome")}</Link></p>
    </div>
  );
}
