import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session.server";
import { originForumSummary } from "@/lib/forums/queries.server";

export default async function HomePage() {
  const [t, user, origin] = await Promise.all([getTranslations("home"), getCurrentUser(), originForumSummary()]);
  const steps = [["step1Title", "step1"], ["step2Title", "step2"], ["step3Title", "step3"], ["step4Title", "step4"]] as const;
  return (
    <div className="space-y-10">
      <section aria-labelledby="home-title" className="max-w-3xl">
        <h1 id="home-title" className="mb-4 text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="text-lg">{t("lead")}</p>
        {user ? (
          <p className="mt-6 text-lg font-semibold">{t("welcome", { name: user.name })}</p>
        ) : (
          <p className="mt-6">
            <Link href="/sign-in" className="btn">{t("signInCta")}</Link>
          </p>
        )}
      </section>
      <section aria-labelledby="how-title">
        <h2 id="how-title" className="mb-4 text-2xl">{t("howTitle")}</h2>
        <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {steps.map(([title, body], i) => (
            <li key={title} className="rounded border border-[var(--color-line)] bg-[var(--color-surface)] p-4">
              <h3 className="mb-2 text-lg">
                <span className="mr-2 inline-block rounded-full bg-[var(--color-brand)] px-2 text-white" aria-hidden="true">{i + 1}</span>
                {t(title)}
              </h3>
              <p>{t(body)}</p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="who-title" className="max-w-3xl">
        <h2 id="who-title" className="mb-4 text-2xl">{t("whoTitle")}</h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>{t("whoDelegate")}</li>
          <li>{t("whoChair")}</li>
          <li>{t("whoBoard")}</li>
          <li>{t("whoPublic")}</li>
        </ul>
      </section>
      <section aria-labelledby="origin-title" className="max-w-3xl">
        <h2 id="origin-title" className="mb-4 text-2xl">{t("originTitle")}</h2>
        <p>
          {t("originHeld")}
          {origin && ` ${t("originCities", { attended: origin.attended, invited: origin.invited })}`} {t("originOutcome")}
        </p>
        {origin && <p className="mt-2"><Link href={`/forums/${origin.slug}`}>{t("originLink")}</Link></p>}
      </section>
    </div>
  );
}
